"""Fold text for matching, keeping a map back to the original characters.

Spammers dodge keyword filters with zero-width characters (皇\u200b冠), inserted
spaces (皇 冠 体 育), full-width letters (ＡＧ真人) and homophones (六和彩). Rules
match on the folded text and remove the *original* span, so the output keeps the
source's own characters (never NFKC: it would turn ，：“” into ASCII).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Invisible characters dropped for matching: zero-width and format characters (incl. bidi marks and
# the variation selectors of 威️尼️斯️人), the combining grapheme joiner, and C0/C1 controls.
ZERO_WIDTH_CHARS = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f\u200e\u200f"
    + "".join(
        map(
            chr,
            [
                *range(0, 9),
                *range(11, 32),
                *range(127, 160),
                *range(0x202A, 0x202F),
                *range(0x2061, 0x2065),
                *range(0x2066, 0x206A),
                *range(0xFE00, 0xFE10),
            ],
        )
    )
)
FULLWIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E map to U+0021..U+007E
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A run of spaces between two CJK characters: 皇 冠 体 育. Chinese prose never
# puts spaces inside words, so dropping them for matching loses nothing.
CJK_GAP_RE = re.compile(r"(?<=[\u3400-\u9fff]) {1,2}(?=[\u3400-\u9fff])")
# Three or more single letters, digits or Han characters split by single spaces: k Y 体 育, w w w . 8 8 2 9.
# Words are longer than one character, so only spaced-out names fold together.
SPACED_OUT_RE = re.compile(r"(?<![\w.])(?:[^\W_.]|\.)(?: (?:[^\W_.]|\.)){2,}(?![\w.])")
# A middle dot between Han and Latin script inside a brand: 开云·kaiyun, 九游会J9·(中国). Chinese
# transliterated names put it between Han characters (约翰·史密斯), which stay as they are.
SCRIPT_DOT_RE = re.compile(r"(?<=[\u3400-\u9fff])[·・•](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[·・•](?=[\u3400-\u9fff(（])")
# Single characters split by one repeated filler: 澳.门.新.葡.京, b*e*t*3*6*5, 亚/博/体/育. Three or more
# one-character units in a row never happen in prose (dates and versions have longer units).
SPLIT_WORD_RE = re.compile(
    r"(?<![\w\u3400-\u9fff])_?(?:[\w\u3400-\u9fff]([.*/_\-·~])){2,}[\w\u3400-\u9fff]\1?_?(?![\w\u3400-\u9fff])"
)
# A star between two Han characters (官*网, 注*册): a two-character word split the way SPLIT_WORD_RE's
# longer ones are; prose puts no star inside a word, and a footnote's star follows a word, not a character.
HAN_STAR_RE = re.compile(r"(?<=[\u3400-\u9fff])\*(?=[\u3400-\u9fff])")
# The same with pinyin for some of the characters (亿.澜.ti.育, 澳.门.jin.沙): two Han units at least, so a
# dotted address or version (www.sina.com, v1.2.3) is left alone.
SPLIT_PINYIN_RE = re.compile(
    r"(?<![\w\u3400-\u9fff])(?:(?:[\u3400-\u9fff]|[a-z]{1,6})([.*/·~]))(?:(?:[\u3400-\u9fff]|[a-z]{1,6})\1)+"
    r"(?:[\u3400-\u9fff]|[a-z]{1,6})(?![\w\u3400-\u9fff])",
    re.IGNORECASE,
)
# Emoji between two Han characters (翼🎯博🎯真🎯人, 悦🐟体🏀育): prose puts them between phrases, never
# inside a word, so they are dropped for matching.
EMOJI_GAP_RE = re.compile(r"(?<=[\u3400-\u9fff])[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+(?=[\u3400-\u9fff])")
# The characters SPLIT_WORD_RE splits with, and SCRIPT_DOT_RE's dots: a text without any skips the regex.
SPLIT_FILLERS = frozenset(".*/_-·~")
SCRIPT_DOTS = frozenset("·・•")
# Full-width punctuation that separates fields (，｜) stays as it is so separator
# rules see the source; only letters and digits are narrowed.
CJK_PUNCT_KEEP = frozenset("，：；！？（）｜")


# Full-width letters, digits and punctuation narrowed, but for the punctuation that separates fields.
FULLWIDTH_TABLE = {code: code - FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F) if chr(code) not in CJK_PUNCT_KEEP}


@functools.cache
def fold_table() -> dict[int, int | str]:
    """What folding maps one for one: full-width letters and digits narrowed, traditional characters to
    simplified ones.

    The simplified map is OpenCC's t2s (the project's one converter, ``tokens.to_simplified``), asked one character at a
    time (a line each, so no phrase rule applies) and kept where it gives one character for one: a fold
    must keep every character's offset. 娛樂城 and 娱乐城, 殺號 and 杀号, 特碼 and 特码 then match one
    lexicon entry, and a traditional entry matches a simplified line too (~3,800 characters, built once).
    """
    from newsclean.cleaning.tokens import to_simplified  # tokens loads the lexicon, which folds with this

    chars = [chr(code) for code in range(0x3400, 0xA000)]
    simplified = to_simplified().convert("\n".join(chars)).split("\n")
    table: dict[int, int | str] = {ord(a): b for a, b in zip(chars, simplified, strict=True) if a != b and len(b) == 1}
    table.update(FULLWIDTH_TABLE)
    return table


def _fold_char(ch: str) -> str:
    return ch.translate(fold_table()).lower()


# "(中国)" between a brand and its suffix: 开云体育(中国)官方网站. Dropped for matching only
# (西门子(中国)有限公司 still reads as 西门子有限公司: nothing gambling in it).
CHINA_MARK_RE = re.compile(r"[（(]中国[)）]")
# "(官方)" inside a suffix: 体育(官方)网站 is 体育官方网站 with brackets; only the brackets are dropped.
OFFICIAL_MARK_RE = re.compile(r"[（(](?=官方[)）])|(?<=官方)[)）]")


def _is_word(ch: str) -> bool:
    return ch.isalnum() and ch != "_"


def fold_simple(text: str) -> str:
    """Fold a lexicon entry: lower case, narrow full-width letters, drop zero-width characters."""
    return "".join(_fold_char(ch) for ch in text if ch not in ZERO_WIDTH_CHARS)


@dataclass(frozen=True)
class Folded:
    """Folded text plus ``index[i]``: the original offset of folded character ``i``."""

    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded slice ``[start:end]``."""
        if start >= end:
            return (self.index[start] if start < len(self.index) else self.source_len,) * 2
        return self.index[start], self.index[end - 1] + 1

    @property
    def source_len(self) -> int:
        return self.index[-1] + 1 if self.index else 0


@functools.cache
def _homophone_re(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not pairs:
        return None
    variants = sorted((v for v, _ in pairs), key=len, reverse=True)
    return re.compile("|".join(re.escape(v) for v in variants))


def fold(text: str, homophones: dict[str, str] | None = None) -> Folded:
    """Fold ``text`` for matching and remember where each folded character came from.

    >>> fold("皇 冠\u200b体育").text
    '皇冠体育'
    >>> fold("ＡＧ真人").text
    'ag真人'
    """
    # Each pattern runs only on a text holding the character it cannot match without (most lines
    # hold none of them): a substring test is one pass in C, a regex a Python-level walk.
    gaps: set[int] = set()
    if " " in text:
        gaps |= {m.start() + k for m in CJK_GAP_RE.finditer(text) for k in range(len(m.group()))}
        gaps |= {m.start() + k for m in SPACED_OUT_RE.finditer(text) for k, ch in enumerate(m.group()) if ch == " "}
    if "*" in text:
        gaps |= {m.start() for m in HAN_STAR_RE.finditer(text)}
    if not SPLIT_FILLERS.isdisjoint(text):
        split = SPLIT_WORD_RE.finditer(text)
        gaps |= {m.start() + k for m in split for k, ch in enumerate(m.group()) if not _is_word(ch)}
        split = [m for m in SPLIT_PINYIN_RE.finditer(text) if len(CJK_RE.findall(m.group())) >= 2]
        gaps |= {m.start() + k for m in split for k, ch in enumerate(m.group()) if not _is_word(ch)}
    if not text.isascii():  # the regex walks the text in C: a per-character test in Python cost more than it saved
        gaps |= {m.start() + k for m in EMOJI_GAP_RE.finditer(text) for k in range(len(m.group()))}
    if "中国" in text:
        gaps |= {m.start() + k for m in CHINA_MARK_RE.finditer(text) for k in range(len(m.group()))}
    if "官方" in text:
        gaps |= {m.start() for m in OFFICIAL_MARK_RE.finditer(text)}
    if not SCRIPT_DOTS.isdisjoint(text):
        gaps |= {m.start() for m in SCRIPT_DOT_RE.finditer(text)}
    narrowed = text.translate(fold_table()).lower()
    if not gaps and len(narrowed) == len(text) and ZERO_WIDTH_CHARS.isdisjoint(text):
        folded = Folded(narrowed, tuple(range(len(text))))  # the usual line: nothing dropped, one pass in C
    else:
        chars: list[str] = []
        index: list[int] = []
        for pos, ch in enumerate(text):
            if ch in ZERO_WIDTH_CHARS or pos in gaps:
                continue
            low = _fold_char(ch)
            chars.append(low)
            index.extend([pos] * len(low))  # İ lower-cases to two characters: both point at it
        folded = Folded("".join(chars), tuple(index))
    pattern = _homophone_pattern(homophones)
    if pattern is None:
        return folded
    return _replace_homophones(folded, pattern, homophones or {})


# Homophone patterns by table: the lexicon's table is one dict for the whole process, so its pattern is
# built once instead of sorting the table on every call.
_PATTERNS: dict[int, tuple[dict[str, str], re.Pattern[str] | None]] = {}


def _homophone_pattern(homophones: dict[str, str] | None) -> re.Pattern[str] | None:
    if not homophones:
        return None
    cached = _PATTERNS.get(id(homophones))
    if cached is None or cached[0] is not homophones:
        cached = _PATTERNS[id(homophones)] = (homophones, _homophone_re(tuple(sorted(homophones.items()))))
    return cached[1]


def _replace_homophones(folded: Folded, pattern: re.Pattern[str], table: dict[str, str]) -> Folded:
    if pattern.search(folded.text) is None:
        return folded  # the usual line: no homophone, nothing to copy
    chars: list[str] = []
    index: list[int] = []
    cursor = 0
    for match in pattern.finditer(folded.text):
        chars.append(folded.text[cursor : match.start()])
        index.extend(folded.index[cursor : match.start()])
        canonical = table[match.group()]
        chars.append(canonical)
        # Every canonical character points into the variant's span, the last one at its end, so a span
        # ending on the canonical form's last character ends where the variant ends (baijiale → 百家乐).
        last = match.end() - 1
        index.extend(
            folded.index[last if k == len(canonical) - 1 else min(match.start() + k, last)]
            for k in range(len(canonical))
        )
        cursor = match.end()
    chars.append(folded.text[cursor:])
    index.extend(folded.index[cursor:])
    return Folded("".join(chars), tuple(index))
