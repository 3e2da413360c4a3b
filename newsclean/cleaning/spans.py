"""Where in a line the brands, invented names and gambling terms are: offsets in the original characters."""

from __future__ import annotations

import re

from newsclean.cleaning.features import disguised_names, measure_line
from newsclean.cleaning.lexicon import load_lexicon
from newsclean.cleaning.shapes import (
    ALNUM_OFFICIAL_RE,
    CJK_CHAR_RE,
    SPAM_DOMAIN_HINTS,
    SPAM_DOMAIN_RE,
    Matchers,
    all_suffixes,
    fold_line,
    gambling_nouns,
    is_no_name_stem,
    latin_brand_spans,
    lexicon_fold,
    matchers,
    prose_lead,
    split_suffixes,
    suffix_chain_re,
    telling_stem_start,
)
from newsclean.cleaning.stems import function_chars, is_word_stem
from newsclean.cleaning.tokens import is_known_word


def brand_spans(
    line: str, topic: frozenset[str] = frozenset(), weak: bool = False, cta_nouns: bool = False
) -> list[tuple[int, int]]:
    """Offsets in ``line`` (original characters) of known brands and brand-shaped names.

    With ``weak``, single-suffix shapes (霁澄娱乐) count too: callers use that only
    where the position already says "brand" (inside a 【】 wrapper, a title suffix).
    """
    lex, m = load_lexicon(), matchers()
    folded, text = lexicon_fold(line), fold_line(line)
    spans = [folded.span(x.start(), x.end()) for x in m.brands.finditer(text)] if m.brands else []
    if any(hint in text for hint in SPAM_DOMAIN_HINTS):  # a spam domain standing as a brand (kd3355.cc, ab8899.vip)
        spans += [folded.span(x.start(), x.end()) for x in SPAM_DOMAIN_RE.finditer(text)]
    if "官方" in text:
        spans += [folded.span(x.start(), x.end()) for x in ALNUM_OFFICIAL_RE.finditer(text)]
    spans += [folded.span(a, b) for a, b in latin_brand_spans(text, line, m)]
    for match in m.brand_shape.finditer(text):
        if is_no_name_stem(match.group("stem"), topic):
            continue
        stem = match.group("stem")
        parts = split_suffixes(match.group("suffixes"), all_suffixes())
        noun = parts[0] in lex.brand_nouns or (cta_nouns and parts[0] in lex.cta_nouns)
        # Where position says brand, a word stem with a gambling noun is one too (【北岸娱乐】, 白鹭体育 ):
        # invented brands take ordinary words as often as rare ones. 电子, 国际 and 官网 after a word are a
        # firm, a show or a site (消费电子展, 中国地理学会官网).
        weak_brand = weak and noun and (not is_word_stem(stem, m) or parts[0] in gambling_nouns())
        lead = telling_stem_start(stem, parts, m)
        if weak_brand or lead >= 0:
            spans.append(folded.span(match.start() + max(lead, _lead_in(stem)), match.end()))
        elif _is_disguised(line, match.group(), stem, m):
            # Spelt another way (云枢ti育, 亿.澜.ti.育): a gambling site's name, as ``measure_line`` counts it.
            spans.append(folded.span(match.start() + prose_lead(stem), match.end()))
    return merge_spans([_with_suffixes(line, span) for span in spans])


# The decoration gambling sites put after their name: 开云体育(中国), 凯铂体育（中国）.
CHINA_MARK_RE = re.compile(r"[(（]中国[)）]")


# What a disguise needs in a line: Latin letters (ti育), a dot between characters (亿.澜), or an emoji (悦🐟体).
DISGUISE_HINT_RE = re.compile(r"[A-Za-z.]|[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def _is_disguised(line: str, name: str, stem: str, m: Matchers) -> bool:
    """The brand shape ``name`` is spelt another way in ``line``; a word before the disguised noun
    (前往|zhen人荟) is prose, not the name's stem. Lines with nothing to disguise with are not read."""
    if not DISGUISE_HINT_RE.search(line):
        return False
    prose = prose_lead(stem)
    return not is_word_stem(stem[prose:], m) and bool(disguised_names(line, {name[prose:]}))


def _with_suffixes(line: str, span: tuple[int, int]) -> tuple[int, int]:
    """A brand span with the brand suffixes and (中国) right after it (js333金沙 + 线路, 华体会 + 官网app,
    凯铂体育 + (中国)): one name."""
    end = span[1]
    while True:
        more = suffix_chain_re().match(line, end) or CHINA_MARK_RE.match(line, end)
        if not more or more.end() == end:
            return span[0], end
        end = more.end()


def _lead_in(stem: str) -> int:
    """Characters of prose the stem match took before the name (前往|美狮, 是对|吕氏, 节的|吕氏): the regex
    takes the leftmost stem, so a four-character stem may start with the words before the brand."""
    head = stem[:-2]
    # A stem that is a casino's name is no prose before one (威尼斯人现金网: 威尼 is no lead-in).
    if not CJK_CHAR_RE.match(stem[-1:]) or not head or stem in load_lexicon().terms:
        return 0
    if len(head) >= 2 and is_known_word(head):
        return len(head)
    # Up to the last grammar character: 的|金海岸娱乐城 keeps 金, 是对|吕氏 drops both.
    marks = [i for i, ch in enumerate(head) if ch in function_chars()]
    return marks[-1] + 1 if marks else 0


def made_up_spans(line: str, topic: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Offsets in ``line`` of invented-looking brands (璨驰平台, 珀瑞线路: a weak shape on a stem of no word)."""
    names = measure_line(line, 0, topic).made_up
    if not names:
        return []
    folded, text = lexicon_fold(line), fold_line(line)
    spans = [folded.span(x.start(), x.end()) for name in names for x in re.finditer(re.escape(name), text)]
    return merge_spans([_with_china_mark(line, span) for span in spans])


def _with_china_mark(line: str, span: tuple[int, int]) -> tuple[int, int]:
    mark = CHINA_MARK_RE.match(line, span[1])
    return (span[0], mark.end()) if mark else span


def term_spans(line: str) -> list[tuple[int, int]]:
    """Offsets in ``line`` of gambling terms (百家乐, 买球网站), matched on folded text like the score."""
    m = matchers()
    if m.terms is None:
        return []
    folded, text = lexicon_fold(line), fold_line(line)
    return merge_spans([folded.span(x.start(), x.end()) for x in m.terms.finditer(text)])


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
