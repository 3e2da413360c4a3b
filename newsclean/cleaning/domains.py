"""Invented names out of their subject: 星途体育 in a walk in the park, 骁渡电竞 measuring rainfall.

A gambling site's name is made of an invented stem and the business it pretends to be (体育, 电竞,
娱乐, 真人, 彩票, 棋牌). Put in place of an organisation, a place or a person in an article about
something else, it stands in a slot any name could fill (去了<X>湿地公园, 据<X>监测, 专家<X>老师), so
no position rule sees it. What gives it away is the subject: a page that is about sport uses the
words of sport (比赛, 球队, 训练 …) outside the name, a weather report or a museum's notice uses none.
The words of each noun's subject are data: ``data/noun_domains.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsclean.cleaning.brands import INSTITUTION_AFTER_RE, is_table_row, names_a_stand_in, talks_gambling_without
from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.firms import REGISTERED_AFTER_RE
from newsclean.cleaning.lexicon import read_sections
from newsclean.cleaning.shapes import lexicon_fold
from newsclean.cleaning.spans import brand_spans, made_up_spans

VERBS_SECTION = "verbs"
# A desk's or an outlet's report after the name (记者 周航澜砚体育报道, X体育讯): a byline or a dateline,
# judged by the byline and dateline rules, where a reporter's glued name keeps its desk word.
DESK_AFTER_RE = re.compile(r"报道|報導|讯|訊")


@functools.cache
def noun_domains() -> dict[str, tuple[str, ...]]:
    """Each business noun and the words of its subject (``data/noun_domains.txt``)."""
    sections = read_sections("noun_domains.txt")
    return {noun: tuple(words) for noun, words in sections.items() if noun and noun != VERBS_SECTION}


@functools.cache
def object_verbs() -> frozenset[str]:
    """Characters that take a business noun as their object (买 of 买彩票): ``data/noun_domains.txt``."""
    return frozenset(read_sections("noun_domains.txt")[VERBS_SECTION])


# A Latin name's gambling noun (ORBIWIN casino, Quendra Slots): its subject is the casino section's.
# The stem is one invented token: capitals or letters with digits (ORBIWIN casino, spin88 slots). Not a
# capitalised word (Monte Carlo Casino, Seneca Niagara Casino, Primetime Slots: real places and shows),
# not a word (evening slots).
LATIN_NOUN_RE = re.compile(r"(?:^|\s)(?:[A-Z][A-Z0-9]{3,}|[A-Za-z]+\d+)\s?(?i:casino|slots)$")
# A capitalised word right before the name: it is the last word of a longer, real name (Seneca NIAGARA Casino).
NAME_BEFORE_RE = re.compile(r"[A-Z][A-Za-z]*\s$")
# After a Han name: a venue's noun (岚汀电竞酒店: esports hotels are a trade regulators inspect).
VENUE_AFTER_RE = re.compile(r"酒店|宾馆|賓館|馆|館|场馆|場館|网吧|網吧")
# Before it: the value of a notice's party (中标单位为<X体育>, 供应商：): the firm the notice names.
PARTY_BEFORE_RE = re.compile(
    r"(?:单位|單位|中标人|中標人|供应商|供應商|投标人|投標人|候选人|候選人)\s*(?:为|為|是|[:：])?\s*$"
)
LATIN_SECTION = "casino"
# A Latin stem of letters alone before a business noun (VELLIX娛樂, QYWIN娱乐): a site's invented name when
# the page never speaks of the noun's subject. Shorter stems are the acronyms of channels and teams
# (CCTV体育, EDG电竞, KTV娱乐), which a page names on purpose; a stem with digits is a strong shape already.
# Talent agencies are named so in Chinese news (STARSHIP娱乐, PLEDIS娱乐): a Latin stem before 娱乐 is no evidence.
LATIN_STEM_SPARED = frozenset({"娱乐"})
LATIN_STEM_NOUN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{5,12}(?=\s?(?P<noun>[\u3400-\u9fff]{2}))")


def domain_noun(name: str) -> str:
    """The business noun an invented name ends in, if it has a subject to check (体育 of 星途体育, the
    casino section of ORBIWIN casino), else ""."""
    if LATIN_NOUN_RE.search(name):
        return LATIN_SECTION
    folded = lexicon_fold(name).text
    return next((noun for noun in noun_domains() if noun != LATIN_SECTION and folded.endswith(noun)), "")


def _speaks_of(word: str, page: str) -> bool:
    """``word`` is on the page: as a whole word when Latin (odds, not in "oddsmaker"), anywhere when Han."""
    if word.isascii():
        return re.search(rf"\b{re.escape(word)}\b", page) is not None
    return word in page


def off_domain_names(names: Iterable[str], page_lines: Iterable[str], below: int = 1) -> frozenset[str]:
    """The names whose noun's subject the page speaks of in fewer than ``below`` distinct words (never, by
    default), once every candidate name is taken out.

    The names themselves are removed before counting: 曜达体育 says 体育 but is no sports word.
    """
    by_noun: dict[str, list[str]] = {}
    for name in names:
        if noun := domain_noun(name):
            by_noun.setdefault(noun, []).append(name)
    if not by_noun:
        return frozenset()
    folded_names = sorted({lexicon_fold(n).text for ns in by_noun.values() for n in ns}, key=len, reverse=True)
    cut = re.compile("|".join(map(re.escape, folded_names)))
    page = "\n".join(cut.sub(" ", lexicon_fold(line).text.lower()) for line in page_lines)
    return frozenset(
        name
        for noun, group in by_noun.items()
        if sum(_speaks_of(word, page) for word in noun_domains()[noun]) < below
        for name in group
    )


# An invented name's stem is two characters (星途, 焰鲤); a longer stem match took the prose before it
# (所藏|焰鲤体育, 去|鑫鑾娛樂), which stays.
STEM_CHARS = 2


# Single quotation marks around the name alone (‘铂钧体育’) are the spam's own wrapper: they go with it.
# Double ones and corner brackets (“岚汀体育”, 「…」) are how a text names a thing on purpose: kept.
WRAPPER_QUOTES = ("‘", "’")


def _with_wrapper(line: str, start: int, end: int) -> tuple[int, int]:
    """The name's span with its ‘’ wrapper, when it has one."""
    if line[start - 1 : start] == WRAPPER_QUOTES[0] and line[end : end + 1] == WRAPPER_QUOTES[1]:
        return start - 1, end + 1
    return start, end


def _candidate_names(s: LineSignals, topic: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, noun) of the names with a subject to check: invented Han names (made up: no dictionary
    knows the stem), cut to their noun and two characters of stem (the match may take prose before the
    name), and brand-shaped names that end in such a noun, as found (zd68真人, VELLIX娛樂, ORBIWIN casino)."""
    found: list[tuple[int, int, str]] = []
    for a, b in made_up_spans(s.text, topic) if s.made_up else []:
        if noun := domain_noun(s.text[a:b]):
            found.append((max(a, b - len(noun) - STEM_CHARS), b, noun))
    for a, b in brand_spans(s.text, topic) if s.brands else []:
        noun = domain_noun(s.text[a:b])
        if noun and _ends_in(s.text[a:b], noun) and (a, b, noun) not in found:
            found.append((a, b, noun))
    for a, b, noun in _latin_stem_names(s) if s.weak_brands else []:
        if not any(x <= a < y for x, y, _ in found):
            found.append((a, b, noun))
    return found


def _latin_stem_names(s: LineSignals) -> list[tuple[int, int, str]]:
    """(start, end, noun) of the letters-only names the line's weak shapes hold (``LATIN_STEM_NOUN_RE``)."""
    folded = lexicon_fold(s.text).text
    if len(folded) != len(s.text):
        return []
    weak = " ".join(s.weak_brands)
    found = []
    for x in LATIN_STEM_NOUN_RE.finditer(folded):
        noun = x.group("noun")
        end = x.end() + (folded[x.end()] == " ") + len(noun)
        if noun in noun_domains() and noun not in LATIN_STEM_SPARED and folded[x.start() : end].lower() in weak:
            found.append((x.start(), end, noun))
    return found


def _ends_in(name: str, noun: str) -> bool:
    """The name ends in its business noun itself (zd68真人), not in a site word after it (zd68真人官网)."""
    return noun == LATIN_SECTION or lexicon_fold(name).text.endswith(noun)


def off_domain_substitutions(
    kept: list[LineSignals],
    edits: list[tuple[int, int, str]],
    topic: frozenset[str],
    reporting_lines: int,
    config: CleaningConfig,
) -> list[tuple[int, int, str]]:
    """Invented or brand-shaped names with a business noun (``_candidate_names``), standing in kept lines of
    a page that never speaks of the noun's subject: cut as ``brand_substitution``, every occurrence.

    Safe because a page about sport, a show or a lottery uses its subject's words and keeps the names;
    a report on gambling (reporting lines) names platforms on purpose; a name in quotation marks or
    book-title marks, a place given with directions, a name followed by an institution's noun
    (俱乐部, 中心) or registered in full elsewhere (``without_registered_names``) is kept; and a line
    that still talks gambling once the name is out is the line rules' business, not a substitution.
    """
    if reporting_lines >= config.reporting_frame_min_lines:
        return []
    taken = {i for a, b, _ in edits for i in range(a, b)}
    candidates: list[tuple[int, int, str]] = []
    for s in kept:
        if s.reporting or not (s.made_up or s.brands or s.weak_brands) or is_table_row(s.text):
            continue  # a table row's first cell is its label (运营商 | 地区 | 收入): the row's own subject
        for a, b, noun in _candidate_names(s, topic):
            if (
                not names_a_stand_in(s.text, a, b)
                or INSTITUTION_AFTER_RE.match(s.text, b)
                or REGISTERED_AFTER_RE.match(s.text, b)
                or DESK_AFTER_RE.match(s.text, b)
                or VENUE_AFTER_RE.match(s.text, b)
                or PARTY_BEFORE_RE.search(s.text[:a])
                or (noun == LATIN_SECTION and NAME_BEFORE_RE.search(s.text[:a]))
                or (noun != LATIN_SECTION and s.text[b - len(noun) - 1] in object_verbs())
                or taken.intersection(range(s.start + a, s.start + b))
            ):
                continue
            if talks_gambling_without(s.text, [(a, b)], topic):
                continue
            cut_start, cut_end = _with_wrapper(s.text, a, b)
            candidates.append((s.start + cut_start, s.start + cut_end, s.text[a:b]))
    out = off_domain_names({name for _, _, name in candidates}, (s.text for s in kept))
    return [(a, b, "brand_substitution") for a, b, name in candidates if name in out]


def on_domain_made_up(
    text: str,
    kept: list[LineSignals],
    edits: list[tuple[int, int, str]],
    topic: frozenset[str],
    config: CleaningConfig,
) -> list[tuple[int, int, str]]:
    """The substitutions to undo: invented names with a business noun (星禾娱乐) on a page about the noun's
    subject (节目由星禾娱乐与卫视联合出品 in a show's news, with 节目, 演员, 导演): there the name is the
    business itself. About means ``subject_min_words`` distinct words of it: one (训练 in a choir's story)
    is a word the page happens to use.

    Only invented names (a stem no dictionary or lexicon knows) are given back: a known gambling brand
    stays cut wherever it stands.
    """
    names = {text[a:b] for a, b, rule in edits if rule == "brand_substitution" and _is_made_up_name(text[a:b], topic)}
    if not names:
        return edits
    off = off_domain_names(names, (s.text for s in kept), config.subject_min_words)
    on = {name for name in names if domain_noun(name) and name not in off}
    # Only where the line sells nothing: 星禾娱乐注册送38元 on the same page is the site's pitch, not the firm's news.
    selling = [(s.start, s.end) for s in kept if s.cta or s.voice]
    return [
        e
        for e in edits
        if not (e[2] == "brand_substitution" and text[e[0] : e[1]] in on and not any(a <= e[0] < b for a, b in selling))
    ]


def _is_made_up_name(name: str, topic: frozenset[str]) -> bool:
    signals = measure_line(name, 0, topic)
    return bool(signals.made_up) and not signals.brands
