"""Per-line features: what the lexicon and the line's shape say about one line, measured once.

Features are measured on folded text (see ``matching``) with legitimate entities
(银河娱乐, 中国体育彩票, 新浪体育 …) masked out first, so naming a real company
never counts as naming a gambling brand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsclean.cleaning.lexicon import load_lexicon
from newsclean.cleaning.matching import SPACED_OUT_RE, fold_simple
from newsclean.cleaning.shapes import (
    CJK_CHAR_RE,
    MASK_CHAR,
    brand_shapes,
    fold_line,
    has_trigger,
    latin_brand_names,
    lexicon_fold,
    masked_fold,
    matchers,
    outermost,
)
from newsclean.cleaning.stems import is_made_up_shape

if TYPE_CHECKING:
    from newsclean.cleaning.config import CleaningConfig

# Points a known gambling brand or a brand-shaped name adds to a line's score;
# equal to the heaviest lexicon term weight, since a brand is as telling as 百家乐.
BRAND_POINTS = 3


# Field separators of link-farm lines: , ， | ｜ 、 and the title separator _ (seed tail).
FIELD_SEPARATOR_RE = re.compile(r"[,，|｜、_]+")


CJK_SPACE_SEPARATOR_RE = re.compile(r"(?<=[\u3400-\u9fff\w])\s+(?=[\u3400-\u9fff\w])")


# Sentence punctuation at the end, possibly inside closing quotes (…。” counts, “XX体育平台假的吗” does not).
SENTENCE_END_RE = re.compile(r"[。！？!?；;.…][」』”\"’'）)]*\s*$|。")


# A line with nothing but punctuation/arrows/dots: ……, ↓↓↓, ------ (separators of spam blocks).
SEPARATOR_ONLY_RE = re.compile(r"^[\s.。…·•\-—_=*~#↓↑→←▼▲►◄|｜,，、:：\u2500-\u257f★☆◆◇■□●○]+$")


# The article's own end: a copyright notice, (完), 责任编辑. Spam generators append after it.
END_MARKER_RE = re.compile(
    r"不得转载|转载请注明|版权所有|未经授权|[（(【\[]完[）)】\]]|责任编辑|copyright|©", re.IGNORECASE
)


# A line that is only a bracketed credit: （记者 苏荣才）, (编辑：王楠), （来源：健康时报）, 【責任編輯：…】. In the
# article's last lines it closes the article like a copyright line does.
CLOSING_CREDIT_RE = re.compile(
    r"[（(【\[]\s*(?:本报|本報)?"
    r"(?:(?:记者|記者|编辑|編輯|责编|責編|通讯员|通訊員|作者|来源|來源)\s*[:：/]?|(?:文|图|圖)\s*[:：/])"
    r"\s*[\u4e00-\u9fffA-Za-z][^（）()【】\[\]\n]{0,38}[）)】\]]"
)


# Zero-width and control characters: invisible, and removed by the normalise stage later.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00-\x08\x0b-\x1f\x7f-\x9f]")


# An invisible character (zero-width, variation selector) inside a word: 澳\u200b门, 威\ufe0f尼. Spammers
# split words so keyword filters miss them; news text has no reason to.
HIDDEN_SPLIT_RE = re.compile(
    "[\u3400-\u9fffA-Za-z0-9][\u200b\u200c\u200d\u2060\ufeff\u034f\ufe00-\ufe0f]+(?=[\u3400-\u9fffA-Za-z0-9])"
)


# (Soft hyphens are left out: CMSs insert them for hyphenation, Ma\u00adcau ca\u00adsi\u00adno.)
# Splits it takes before a line counts as obfuscated (one stray zero-width space is a copy-paste accident).
HIDDEN_SPLIT_MIN = 2


@dataclass(frozen=True)
class LineSignals:
    """Everything the spam rules know about one line."""

    start: int  # offset of the line's first character in the text
    end: int  # offset just after its last character (the newline is not included)
    text: str
    chars: int  # non-space characters
    brands: frozenset[str]  # known brands and qualifying brand-shaped names
    weak_brands: frozenset[str]  # a short name + one weak suffix (购买app): block evidence only
    made_up: frozenset[str]  # weak shapes on a stem jieba does not know (璟筠下载, 琮璟彩票): invented brands
    brand_fields: int  # list fields that are mostly a brand or brand-shaped name
    terms: frozenset[str]
    score: int
    cta: frozenset[str]
    reporting: bool  # police/court/regulator framing: the line reports on gambling
    fields: int
    is_sentence: bool
    is_separator: bool
    is_end_marker: bool
    is_closing_credit: bool = False  # a line that is only a credit: （记者 苏荣才）, (编辑：王楠)
    obfuscated: bool = False  # words split by invisible characters or spaced out letter by letter
    # No trigger word in the line at all (see ``shapes.has_trigger``): no span rule can find anything in
    # it or in a piece of it, so the spam stage skips them. False when unknown.
    inert: bool = False
    voice: frozenset[str] = frozenset()  # a sales page's voice: you, our experts, 首选 (data/pitch_voice.txt)

    @property
    def has_weak_signal(self) -> bool:
        return bool(self.score or self.cta or self.weak_brands)

    @property
    def all_brands(self) -> frozenset[str]:
        """Known, brand-shaped and invented-looking brands together."""
        return self.brands | self.made_up


def _split_fields(line: str) -> list[str]:
    """Fields between link-farm separators; in CJK text, words split by spaces are fields too."""
    fields = [f for f in FIELD_SEPARATOR_RE.split(line) if f.strip()]
    if len(CJK_CHAR_RE.findall(line)) * 2 > len(line.strip()):
        fields = [g for f in fields for g in CJK_SPACE_SEPARATOR_RE.split(f) if g.strip()]
    return fields


def count_fields(line: str) -> int:
    """Number of fields between link-farm separators; CJK words split by spaces count too."""
    return len(_split_fields(line))


def measure_line(line: str, start: int, topic: frozenset[str] = frozenset(), find_made_up: bool = True) -> LineSignals:
    """Signals of one line. ``topic`` holds name cores the article itself uses (英伟达).

    ``find_made_up=False`` skips the jieba dictionary look-up for invented names (HTML rules
    judge links and hidden blocks without it, so extraction never loads jieba).
    """
    signals = _measure(line, topic, find_made_up)
    return signals if start == 0 else _placed(signals, start)


def _placed(signals: LineSignals, start: int) -> LineSignals:
    """The signals of a line measured at offset 0, moved to ``start``.

    A copy of the instance's fields rather than ``dataclasses.replace``, which runs ``__init__``
    over every field again: a line is placed once per spam pass, tens of thousands of times a crawl.
    """
    placed = object.__new__(LineSignals)
    placed.__dict__.update(signals.__dict__, start=start, end=start + len(signals.text))
    return placed


def forget_lines() -> None:
    """Empty the per-line caches (signals, folds): ``clean_article`` calls it for each article.

    The caches pay within an article, whose passes and rules ask about the same lines again and
    again; across articles they almost never hit, yet filled they held ~100 MB for good, and an
    entry keyed by an article's ``Topic`` kept that article's lines alive with it.
    """
    _measure.cache_clear()
    lexicon_fold.cache_clear()
    masked_fold.cache_clear()


# Lines measured once per article: the spam passes and the brand rules ask about the same
# lines, fields and tails again and again (emptied for each article: ``forget_lines``).
@functools.lru_cache(maxsize=16384)
def _measure(line: str, topic: frozenset[str], find_made_up: bool) -> LineSignals:
    lex, m = load_lexicon(), matchers()
    folded = fold_line(line)
    found = m.words.findall_each(folded)
    brands, terms = set(found["brands"]), set(found["terms"])
    shaped, weak = brand_shapes(folded, m, topic)
    shaped |= latin_brand_names(line)
    if weak:
        shaped |= disguised_names(line, weak)
    brands = outermost(brands | shaped)
    made_up = {w for w in weak - brands if is_made_up_shape(w, m)} if find_made_up else set()
    score = sum(lex.terms[t].weight for t in terms) + BRAND_POINTS * len(brands) + MADE_UP_POINTS * len(made_up)
    stripped = INVISIBLE_RE.sub("", line).strip()  # judge shape on what a reader sees
    names = brands | weak
    cta = frozenset(found["cta"]) | _contact_handle(folded)
    return LineSignals(
        start=0,
        end=len(line),
        text=line,
        chars=len("".join(stripped.split())),
        brands=frozenset(brands),
        weak_brands=frozenset(weak - brands),
        made_up=frozenset(made_up),
        brand_fields=_brand_fields(stripped, names) if names else 0,
        terms=frozenset(terms),
        score=score,
        cta=cta,
        reporting=_reports(found["reporting"], brands, cta, _signing(folded, made_up)),
        fields=count_fields(stripped),
        is_sentence=bool(SENTENCE_END_RE.search(stripped)),
        is_separator=bool(stripped) and bool(SEPARATOR_ONLY_RE.match(stripped)),
        is_end_marker=bool(END_MARKER_RE.search(stripped)),
        is_closing_credit=bool(CLOSING_CREDIT_RE.fullmatch(stripped)),
        obfuscated=is_obfuscated(line),
        inert=not (names or terms or score) and not has_trigger(line),
        voice=frozenset(found["voice"]),
    )


# A reporting word a pitch borrows (澜晟娱乐提醒您：注册即送…, 业内人士提醒，选择X官网app下载…): it frames a
# line as a warning only when the line sells no brand; 警方, 警惕, 谨防 and the rest frame it whatever it says.
# (The seller's voice alone does not sell: 壹心娱乐提醒您：公司从未授权… is an agency's warning.)
BORROWED_REPORTING = frozenset({"提醒"})


# A contact handle: an id after a messenger's name (微信qx3381, 微信号：…, VX：cxk7712, LINE：@chujin88). A
# Latin label needs its colon and an id with a digit (line up, Chelsea v: Arsenal are words); no Han in an id.
CONTACT_HANDLE_RE = re.compile(
    r"(?:微信|威信|薇信)\s*号?\s*[:：]?\s*[a-z0-9][a-z0-9_\-]{4,19}"
    r"|(?<![a-z])(?:vx|wx|qq|line|tg|v)\s*[:：]\s*@?(?=[a-z_\-]*\d)[a-z0-9][a-z0-9_\-]{3,19}"
)
CONTACT = "<contact handle>"


def _contact_handle(folded: str) -> frozenset[str]:
    """``{CONTACT}`` when the line gives a messenger id to write to, a call to action of its own."""
    return frozenset({CONTACT}) if CONTACT_HANDLE_RE.search(folded) else frozenset()


def _reports(words: Iterable[str], brands: set[str], cta: Iterable[str], signed: bool = False) -> bool:
    words = set(words)
    return bool(words) and not (words <= BORROWED_REPORTING and (brands or signed) and any(True for _ in cta))


def _signing(folded: str, names: set[str]) -> bool:
    """An invented name signs the reminder itself (泓湃娱乐提醒您：…): the platform speaks, no one reports on it."""
    return any(name + word in folded for name in names for word in BORROWED_REPORTING)


def disguised_names(line: str, names: set[str]) -> set[str]:
    """Brand-shaped names the line spells another way (亿.澜.ti.育, 悦🐟体🏀育, 富湛ti育): split by dots or
    emoji, or with pinyin for a character, so a keyword filter misses them. A name of a firm or a
    sports club is written as it is; one disguised is a gambling site's, however weak its suffix."""
    plain = "".join(fold_simple(line).split())
    return {n for n in names if MASK_CHAR not in n and "".join(n.split()) not in plain}


def is_obfuscated(line: str) -> bool:
    """Words split by invisible characters (澳\u200b门\u200b新), spaced out letter by letter (k Y 体 育), or
    written half in pinyin (bo彩 ti育 zhen人: two such words; one may be a brand's disguise).

    Spaced-out digits alone are how lottery results print their numbers (开奖号码：3 8 1 6 0 9), not hiding.
    """
    if len(HIDDEN_SPLIT_RE.findall(line)) >= HIDDEN_SPLIT_MIN:
        return True
    mixed = _mixed_script_variants()
    if mixed is not None and len(mixed.findall(line.lower())) >= HIDDEN_SPLIT_MIN:
        return True
    return any(sum(ch.isalpha() for ch in m.group()) >= 2 for m in SPACED_OUT_RE.finditer(line))


@functools.cache
def _mixed_script_variants() -> re.Pattern[str] | None:
    """The homophone variants that mix pinyin and Han characters (bo彩, ti育, 体yu): no word is written so."""
    variants = [v for v in load_lexicon().homophones if CJK_CHAR_RE.search(v) and re.search(r"[a-z]", v)]
    return re.compile("|".join(map(re.escape, sorted(variants, key=len, reverse=True)))) if variants else None


# Points an invented-looking brand adds: less than a known brand, since the stem test can err.
MADE_UP_POINTS = 2


# A list field is a brand field when a brand-shaped name covers this share of it.
BRAND_FIELD_COVER = 0.6


def _brand_fields(line: str, names: set[str]) -> int:
    """List fields that are mostly a brand name; split on the line as written (folding joins 青松体育 青松体育官网)."""
    fields = [fold_line(f).strip() for f in _split_fields(line) if f.strip()]
    return sum(any(n in f and len(n) >= BRAND_FIELD_COVER * len(f) for n in names) for f in fields)


CJK_RE = re.compile(r"[\u3400-\u9fff]")


def han_chars(s: LineSignals, config: CleaningConfig) -> float:
    """A line's length in Han characters' worth: Latin-script text spends about three characters per Han
    character's meaning, so length limits set in Han characters hold for English lines too."""
    return s.chars if CJK_RE.search(s.text) else s.chars / config.latin_length_factor
