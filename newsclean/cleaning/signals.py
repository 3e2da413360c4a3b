"""Per-line spam signals: what the lexicon and the line's shape say about one line.

Signals are measured on folded text (see ``matching``) with legitimate entities
(银河娱乐, 中国体育彩票, 新浪体育 …) masked out first, so naming a real company
never counts as naming a gambling brand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from newsclean.cleaning.lexicon import load_lexicon, read_entries, read_sections
from newsclean.cleaning.matching import SPACED_OUT_RE, Folded, fold, fold_simple
from newsclean.cleaning.tokens import holds_known_word, is_known_word, segment

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
CJK_CHAR_RE = re.compile(r"[\u3400-\u9fff]")
MASK_CHAR = "\x00"
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
# Words before "casino" that describe, not name: online casino, live casino, the casino.
LATIN_NON_NAMES = frozenset(
    {"online", "live", "the", "new", "best", "real", "mobile", "crypto", "top", "free", "land", "based", "its", "our"}
)


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

    @property
    def has_weak_signal(self) -> bool:
        return bool(self.score or self.cta or self.weak_brands)

    @property
    def all_brands(self) -> frozenset[str]:
        """Known, brand-shaped and invented-looking brands together."""
        return self.brands | self.made_up


def _is_latin_edge(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, as a trie: 体育(?:网址|投注)? instead of 体育网址|体育投注|体育.

    Python's ``re`` tries a plain alternation's branches one by one at every position, which
    made the lexicon matchers most of the cleaning time on long texts; a trie tries one branch
    per character. Longer words are tried first, as in a longest-first alternation; a word
    with a Latin letter or digit at an edge matches only at a Latin word boundary.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word
    return "|".join(_branch(ch, child, first=True) for ch, child in sorted(trie.items()))


def _branch(ch: str, node: dict, first: bool = False) -> str:
    left = r"(?<![a-z0-9])" if first and _is_latin_edge(ch) else ""
    return left + re.escape(ch) + _node_pattern(node)


def _node_pattern(node: dict) -> str:
    alternatives = [_branch(ch, child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alternatives.append(r"(?![a-z0-9])" if _is_latin_edge(node[""][-1]) else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """Match any of ``words`` (longest first; Latin-edged words at word boundaries only)."""
    unique = sorted({w for w in words if w})
    return re.compile(_trie_pattern(unique)) if unique else None


@dataclass(frozen=True)
class Matchers:
    legit: re.Pattern[str] | None
    brands: re.Pattern[str] | None
    terms: re.Pattern[str] | None
    cta: re.Pattern[str] | None
    reporting: re.Pattern[str] | None
    brand_shape: re.Pattern[str]
    latin_brand: re.Pattern[str] | None
    strong_suffixes: frozenset[str]


@functools.cache
def matchers() -> Matchers:
    """Compiled lexicon matchers, built once per process."""
    lex = load_lexicon()
    suffixes = sorted({*lex.strong_suffixes, *lex.weak_suffixes}, key=len, reverse=True)
    suffix_alt = "|".join(re.escape(s) for s in suffixes)
    # A short name (2-4 Han characters or 2-10 letters/digits) followed by 1-3 brand suffixes:
    # 意昂+体育+平台, 万博+官网+app. The rules decide whether the chain is telling enough.
    shape = re.compile(rf"(?P<stem>[\u3400-\u9fff]{{2,4}}?|[a-z0-9]{{2,10}}?)(?P<suffixes>(?:{suffix_alt}){{1,3}})")
    return Matchers(
        legit=_alternation(lex.legit_entities),
        brands=_alternation(lex.brands),
        terms=_alternation(lex.terms),
        cta=_alternation(lex.cta_terms),
        reporting=_alternation(lex.reporting_terms),
        brand_shape=shape,
        latin_brand=_latin_brand_re(lex.latin_suffixes),
        strong_suffixes=frozenset(lex.strong_suffixes),
    )


def _latin_brand_re(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A made-up Latin name before casino/slots: luckyorca casino, spinharbor casino (folded, lower case)."""
    if not suffixes:
        return None
    alternation = "|".join(re.escape(s) for s in suffixes)
    return re.compile(rf"(?<![a-z0-9])(?P<stem>[a-z][a-z0-9]{{2,15}}) ?(?:{alternation})(?![a-z])")


def mask_legit(folded: str, legit: re.Pattern[str] | None) -> str:
    """Blank out legitimate entities so their characters match no gambling word."""
    if legit is None:
        return folded
    return legit.sub(lambda m: MASK_CHAR * len(m.group()), folded)


def split_suffixes(chain: str, suffixes: Iterable[str]) -> list[str]:
    """Split a matched suffix chain (体育官网app) into its suffixes, longest first."""
    ordered = sorted(suffixes, key=len, reverse=True)
    parts: list[str] = []
    while chain:
        head = next((s for s in ordered if chain.startswith(s)), chain)
        parts.append(head)
        chain = chain[len(head) :]
    return parts


def _split_fields(line: str) -> list[str]:
    """Fields between link-farm separators; in CJK text, words split by spaces are fields too."""
    fields = [f for f in FIELD_SEPARATOR_RE.split(line) if f.strip()]
    if len(CJK_CHAR_RE.findall(line)) * 2 > len(line.strip()):
        fields = [g for f in fields for g in CJK_SPACE_SEPARATOR_RE.split(f) if g.strip()]
    return fields


def count_fields(line: str) -> int:
    """Number of fields between link-farm separators; CJK words split by spaces count too."""
    return len(_split_fields(line))


# Folded once per line: measure_line, brand_spans and the span finders all fold the same lines.
@functools.lru_cache(maxsize=16384)
def lexicon_fold(line: str) -> Folded:
    """``line`` folded with the lexicon's homophones."""
    return fold(line, load_lexicon().homophones)


@functools.lru_cache(maxsize=16384)
def _masked(line: str) -> str:
    return mask_legit(lexicon_fold(line).text, matchers().legit)


def fold_line(line: str) -> str:
    """``line`` folded with legitimate entities masked out (cached)."""
    return _masked(line)


def measure_line(line: str, start: int, topic: frozenset[str] = frozenset(), find_made_up: bool = True) -> LineSignals:
    """Signals of one line. ``topic`` holds name cores the article itself uses (英伟达).

    ``find_made_up=False`` skips the jieba dictionary look-up for invented names (HTML rules
    judge links and hidden blocks without it, so extraction never loads jieba).
    """
    signals = _measure(line, topic, find_made_up)
    return signals if start == 0 else replace(signals, start=start, end=start + len(line))


# Lines measured once per process: the spam passes and the brand rules ask about the same
# lines, fields and tails again and again.
@functools.lru_cache(maxsize=16384)
def _measure(line: str, topic: frozenset[str], find_made_up: bool) -> LineSignals:
    lex, m = load_lexicon(), matchers()
    folded = fold_line(line)
    brands = set(m.brands.findall(folded)) if m.brands else set()
    terms = set(m.terms.findall(folded)) if m.terms else set()
    shaped, weak = _brand_shapes(folded, m, topic)
    brands = _outermost(brands | shaped)
    made_up = {w for w in weak - brands if _is_made_up_shape(w, m)} if find_made_up else set()
    score = sum(lex.terms[t].weight for t in terms) + BRAND_POINTS * len(brands) + MADE_UP_POINTS * len(made_up)
    stripped = INVISIBLE_RE.sub("", line).strip()  # judge shape on what a reader sees
    return LineSignals(
        start=0,
        end=len(line),
        text=line,
        chars=len("".join(stripped.split())),
        brands=frozenset(brands),
        weak_brands=frozenset(weak - brands),
        made_up=frozenset(made_up),
        brand_fields=_brand_fields(stripped, brands | weak),
        terms=frozenset(terms),
        score=score,
        cta=frozenset(m.cta.findall(folded)) if m.cta else frozenset(),
        reporting=bool(m.reporting and m.reporting.search(folded)),
        fields=count_fields(stripped),
        is_sentence=bool(SENTENCE_END_RE.search(stripped)),
        is_separator=bool(stripped) and bool(SEPARATOR_ONLY_RE.match(stripped)),
        is_end_marker=bool(END_MARKER_RE.search(stripped)),
        is_closing_credit=bool(CLOSING_CREDIT_RE.fullmatch(stripped)),
        obfuscated=is_obfuscated(line),
    )


def is_obfuscated(line: str) -> bool:
    """Words split by invisible characters (澳\u200b门\u200b新) or spaced out letter by letter (k Y 体 育).

    Spaced-out digits alone are how lottery results print their numbers (开奖号码：3 8 1 6 0 9), not hiding.
    """
    if len(HIDDEN_SPLIT_RE.findall(line)) >= HIDDEN_SPLIT_MIN:
        return True
    return any(sum(ch.isalpha() for ch in m.group()) >= 2 for m in SPACED_OUT_RE.finditer(line))


# A stem of a few letters and two or more digits (kx88, hq365, ya2288, 88bet): how gambling sites name
# themselves after their domains. One digit (F1, 5G) or none is how products and leagues are named.
ALNUM_NAME_RE = re.compile(r"[a-z]{1,6}\d{2,6}|\d{2,6}[a-z]{1,6}")
# A bare web address standing as a brand (ab8899.vip, bw6677.cc, rr777bet.win): a top-level domain gambling
# sites favour, and digits in the name where the domain is one ordinary sites use too (.cc, .top).
SPAM_DOMAIN_RE = re.compile(
    r"(?<![\w.@])(?:www\.)?(?:[a-z0-9-]{2,}\.(?:vip|bet|win)|[a-z0-9-]*\d{2,}[a-z0-9-]*\.(?:cc|top|xyz|club))(?![\w.])",
    re.IGNORECASE,
)
SPAM_TLDS = (".vip", ".bet", ".win", ".cc", ".top", ".xyz", ".club")


def spam_domains(text: str) -> list[str]:
    """Spam domains standing in ``text`` (the regex runs only where such a top-level domain occurs)."""
    lowered = text.lower()
    return SPAM_DOMAIN_RE.findall(text) if any(tld in lowered for tld in SPAM_TLDS) else []


# Suffixes that make a two-suffix chain a sales name besides the cta_nouns: 意昂体育平台 (seed).
CHAIN_CTA_EXTRA = frozenset(
    {"平台", "平臺", "手机版", "手機版", "网页版", "網頁版", "客户端", "客戶端", "首页", "首頁", "在线", "在線"}
)
# Suffixes in a chain that make it a brand whatever its stem (体育+app+官网).
LONG_CHAIN_PARTS = 3
# Points an invented-looking brand adds: less than a known brand, since the stem test can err.
MADE_UP_POINTS = 2
# A list field is a brand field when a brand-shaped name covers this share of it.
BRAND_FIELD_COVER = 0.6


def _is_made_up_shape(name: str, m: Matchers) -> bool:
    """A weak shape whose stem holds no word jieba's dictionary knows: 琮璟 in 琮璟彩票 is no word, 全市 is,
    and 回腾讯网 (cut from 返回腾讯网首页) holds 腾讯."""
    match = m.brand_shape.fullmatch(name)
    if not match or not CJK_CHAR_RE.match(match.group("stem")):
        return False
    stem, suffix = match.group("stem"), match.group("suffixes")
    # 芯启|微电子: the stem's last character starts a word with the suffix, so the cut is wrong.
    straddles = any(is_known_word(stem[-1] + suffix[:k]) for k in range(1, len(suffix) + 1))
    return not set(stem) & function_chars() and not holds_known_word(stem) and not straddles


@functools.cache
def function_chars() -> frozenset[str]:
    """Grammar characters no invented name holds (data/function_chars.txt)."""
    return frozenset(read_entries("function_chars.txt"))


def _brand_fields(line: str, names: set[str]) -> int:
    """List fields that are mostly a brand name; split on the line as written (folding joins 青松体育 青松体育官网)."""
    fields = [fold_line(f).strip() for f in _split_fields(line) if f.strip()]
    return sum(any(n in f and len(n) >= BRAND_FIELD_COVER * len(f) for n in names) for f in fields)


def _outermost(names: set[str]) -> set[str]:
    """Drop names inside longer ones: ag真人 within ag真人平台登录 is one brand, not two."""
    return {n for n in names if not any(n != other and n in other for other in names)}


def _brand_shapes(folded: str, m: Matchers, topic: frozenset[str]) -> tuple[set[str], set[str]]:
    """Brand-shaped names: a chain of two suffixes, or one strong suffix, after a non-topic stem."""
    strong: set[str] = set()
    weak: set[str] = set()
    if m.latin_brand:
        strong |= {x.group() for x in m.latin_brand.finditer(folded) if x.group("stem") not in LATIN_NON_NAMES}
    strong |= set(spam_domains(folded))
    for match in m.brand_shape.finditer(folded):
        stem, chain = match.group("stem"), match.group("suffixes")
        if is_topic_stem(stem, topic):
            continue
        parts = split_suffixes(chain, m.strong_suffixes | _all_suffixes())
        if _is_telling_chain(parts, m, stem):
            strong.add(match.group())
        else:
            weak.add(match.group())
    return strong, weak


@functools.cache
def _all_suffixes() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset((*lex.strong_suffixes, *lex.weak_suffixes))


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
    for match in m.brand_shape.finditer(text):
        if is_topic_stem(match.group("stem"), topic):
            continue
        stem = match.group("stem")
        parts = split_suffixes(match.group("suffixes"), _all_suffixes())
        noun = parts[0] in lex.brand_nouns or (cta_nouns and parts[0] in lex.cta_nouns)
        # Where position says brand, a word stem with a gambling noun is one too (【北岸娱乐】, 白鹭体育 ):
        # invented brands take ordinary words as often as rare ones. 电子, 国际 and 官网 after a word are a
        # firm, a show or a site (消费电子展, 中国地理学会官网).
        weak_brand = weak and noun and (not _is_word_stem(stem, m) or parts[0] in gambling_nouns())
        if weak_brand or _is_telling_chain(parts, m, stem):
            spans.append(folded.span(match.start() + _lead_in(stem), match.end()))
    return _merge(spans)


def _lead_in(stem: str) -> int:
    """Characters of prose the stem match took before the name (前往|美狮, 是对|吕氏, 节的|吕氏): the regex
    takes the leftmost stem, so a four-character stem may start with the words before the brand."""
    head = stem[:-2]
    if not CJK_CHAR_RE.match(stem[-1:]) or not head:
        return 0
    return len(head) if set(head) & function_chars() or (len(head) >= 2 and is_known_word(head)) else 0


def made_up_spans(line: str, topic: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Offsets in ``line`` of invented-looking brands (璨驰平台, 珀瑞线路: a weak shape on a stem of no word)."""
    names = measure_line(line, 0, topic).made_up
    if not names:
        return []
    folded, text = lexicon_fold(line), fold_line(line)
    return _merge([folded.span(x.start(), x.end()) for name in names for x in re.finditer(re.escape(name), text)])


def term_spans(line: str) -> list[tuple[int, int]]:
    """Offsets in ``line`` of gambling terms (百家乐, 买球网站), matched on folded text like the score."""
    m = matchers()
    if m.terms is None:
        return []
    folded, text = lexicon_fold(line), fold_line(line)
    return _merge([folded.span(x.start(), x.end()) for x in m.terms.finditer(text)])


def _is_telling_chain(parts: list[str], m: Matchers, stem: str = "") -> bool:
    """A strong suffix, or two suffixes one of which is a call to action (体育官网, 娱乐平台, 国际app)
    after a stem that is a name, not an everyday word.

    Two business nouns alone (国际体育, 体育娱乐) are how news names events and bodies: 国际体育赛事.
    A chain after a word (扫描|下载app, 二维码|下载客户端, 医生|国际注册) is a site's own call to
    action or plain prose; known brands with word stems (皇冠体育) are in the lexicon.
    """
    if any(p in m.strong_suffixes for p in parts):
        return True
    if ALNUM_NAME_RE.fullmatch(stem) and parts[0] in gambling_nouns() | CHAIN_CTA_EXTRA | {"官方", "官网"}:
        return True  # kx88彩票, hq365官方, vb77真人: letters and digits are a site's name, never a word
    if len(parts) >= LONG_CHAIN_PARTS:
        return True  # 爱游戏+体育+app+官网: a word stem too, but no prose chains three brand suffixes
    if _is_word_stem(stem, m):
        return False
    return len(parts) >= 2 and any(p in _chain_cta() for p in parts)


def _is_word_stem(stem: str, m: Matchers) -> bool:
    """A Han stem holding an everyday word (扫描, 消费, 学会), unless it holds a gambling word or brand too
    (门新葡京, 华体会: 体会 is a word)."""
    if not CJK_CHAR_RE.match(stem) or any(x and x.search(stem) for x in (m.terms, m.brands)):
        return False
    return holds_known_word(stem)


@functools.cache
def ordinary_company_nouns() -> frozenset[str]:
    """Brand nouns ordinary firms carry as often as gambling brands (国际, 电子): brand_suffixes.txt."""
    return frozenset(fold_simple(s) for s in read_sections("brand_suffixes.txt").get("ordinary_company_nouns", []))


@functools.cache
def gambling_nouns() -> frozenset[str]:
    """Brand nouns that name a gambling business whatever the stem: 体育, 娱乐, 彩票, 棋牌, 真人, 娱乐城."""
    return load_lexicon().brand_nouns - ordinary_company_nouns()


@functools.cache
def _chain_cta() -> frozenset[str]:
    return load_lexicon().cta_nouns | CHAIN_CTA_EXTRA


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def stem_core(stem: str) -> str:
    """The part of a stem next to its suffix: the brand's own name (下载皇冠 → 皇冠)."""
    return stem[-2:] if CJK_CHAR_RE.match(stem[-1:]) else stem


def is_topic_stem(stem: str, topic: frozenset[str]) -> bool:
    """The stem names what the article is about: its core or its ending is a topic word (图英伟达 → 英伟达)."""
    return stem_core(stem) in topic or any(stem.endswith(word) for word in topic if len(word) <= len(stem))


def topic_cores(lines: Iterable[str], min_occurrences: int) -> frozenset[str]:
    """Words the article's clean sentences repeat: its topic (英伟达, 黄仁勋), from jieba's segmentation.

    jieba knows the lexicon's brands and entities as whole words (see ``tokens``), so a
    brand core the article is *about* is one token, counted like any other word.
    """
    counts: dict[str, int] = {}
    for line in lines:
        for word in segment(fold_line(line).replace(MASK_CHAR, " ")):
            if len(word) >= 2:
                counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_occurrences)
