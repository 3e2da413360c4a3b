"""Brand shapes: the lexicon matchers, folding with legitimate entities masked, and which
stem + suffix chains (意昂+体育+平台, kx88+彩票) name a gambling business.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from newsclean.cleaning.lexicon import load_lexicon, read_sections
from newsclean.cleaning.matching import Folded, fold, fold_simple
from newsclean.cleaning.stems import function_chars, is_word_stem
from newsclean.cleaning.tokens import is_known_word
from newsclean.cleaning.tries import WordMatcher, WordSets, alternation, trie_pattern

CJK_CHAR_RE = re.compile(r"[\u3400-\u9fff]")
# Particles that end a clause, never a name: a brand-shaped stem ending in one is prose (批准的|电子游艺).
NAME_END_PARTICLES = frozenset("的了過过吗呢吧")
# A number and a measure word before a suffix (买一注|彩票, 五张|彩票, 两家|娱乐城): a quantity, not a name.
QUANTITY_END_RE = re.compile(
    r"[一二三四五六七八九十两兩几幾百千万萬0-9][注张張份个個只位名家款种種期次元块塊条條套组組批台]$"
)


MASK_CHAR = "\x00"


# Words before "casino" that describe, not name: online casino, live casino, the casino.
LATIN_NON_NAMES = frozenset(
    {"online", "live", "the", "new", "best", "real", "mobile", "crypto", "top", "free", "land", "based", "its", "our"}
    # and the words before "slots" or "casino" in a sentence (offers slots, video slots, other casinos)
    | {"offers", "offer", "play", "more", "video", "classic", "penny", "popular", "other", "and", "with", "demo"}
    # and the words that say what kind of casino a report means (an overseas casino site, illegal casinos)
    | {"overseas", "offshore", "foreign", "illegal", "unlicensed", "licensed", "unregulated", "regulated", "local"}
    | {"tribal", "rogue", "fake", "legal", "an", "any", "first", "largest", "biggest", "nearby", "riverboat"}
    # and the ordinary words real venues are named with (Grand Casino, Crown Casino, Star Casino): a made-up
    # name is what an affiliate brand is, a real venue's is a word of the language
    | {"grand", "royal", "crown", "golden", "palace", "star", "city", "state", "national", "county", "river"}
    | {"lake", "park", "harbour", "harbor", "hotel", "resort", "old", "great", "western", "eastern"}
)


class SuffixGuarded:
    """The brand-shape regex behind a one-pass check that the text holds a brand suffix at all.

    Every brand shape ends in a suffix, and most lines hold none: one automaton pass answers for
    them instead of the regex trying a stem at every position (the shape regex was a fifth of the
    spam stage). ``match`` and ``fullmatch`` (on short names) go straight to the regex.
    """

    def __init__(self, pattern: re.Pattern[str], suffixes: Iterable[str]) -> None:
        self.pattern = pattern
        self.automaton = ahocorasick.Automaton()
        for suffix in {s for s in suffixes if s}:
            self.automaton.add_word(suffix, suffix)
        self.automaton.make_automaton()

    def _holds_suffix(self, text: str) -> bool:
        return next(self.automaton.iter(text), None) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._holds_suffix(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._holds_suffix(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)


@dataclass(frozen=True)
class Matchers:
    legit: WordMatcher | None
    brands: WordMatcher | None
    terms: WordMatcher | None
    cta: WordMatcher | None
    reporting: WordMatcher | None
    brand_shape: SuffixGuarded
    # brands, terms, cta, reporting and voice words found in one pass (what each matcher's findall gives)
    words: WordSets
    latin_brand: re.Pattern[str] | None
    strong_suffixes: frozenset[str]


@functools.cache
def matchers() -> Matchers:
    """Compiled lexicon matchers, built once per process."""
    lex = load_lexicon()
    suffixes = {*lex.strong_suffixes, *lex.weak_suffixes}
    # A short name (2-4 Han characters or 2-10 letters/digits) followed by 1-3 brand suffixes:
    # 意昂+体育+平台, 万博+官网+app. The rules decide whether the chain is telling enough.
    suffix_alt = trie_pattern(suffixes)
    shape = re.compile(rf"(?P<stem>[\u3400-\u9fff]{{2,4}}?|[a-z0-9]{{2,10}}?)(?P<suffixes>(?:{suffix_alt}){{1,3}})")
    return Matchers(
        legit=alternation(lex.legit_entities),
        brands=alternation(lex.brands),
        terms=alternation(lex.terms),
        cta=alternation(lex.cta_terms),
        reporting=alternation(lex.reporting_terms),
        brand_shape=SuffixGuarded(shape, suffixes),
        words=WordSets(
            {
                "brands": lex.brands,
                "terms": lex.terms,
                "cta": lex.cta_terms,
                "reporting": lex.reporting_terms,
                "voice": lex.voice_terms,
            }
        ),
        latin_brand=_latin_brand_re(lex.latin_suffixes),
        strong_suffixes=frozenset(lex.strong_suffixes),
    )


def _latin_brand_re(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A made-up Latin name before casino/slots: luckyorca casino, spinharbor casino (folded, lower case)."""
    if not suffixes:
        return None
    alternation = "|".join(re.escape(s) for s in suffixes)
    return re.compile(rf"(?<![a-z0-9])(?P<stem>[a-z][a-z0-9]{{2,15}}) ?(?:{alternation})(?![a-z])")


def mask_legit(folded: str, legit: WordMatcher | None) -> str:
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


# Folded once per line: measure_line, brand_spans and the span finders all fold the same lines.
@functools.lru_cache(maxsize=16384)
def lexicon_fold(line: str) -> Folded:
    """``line`` folded with the lexicon's homophones."""
    return fold(line, load_lexicon().homophones)


@functools.lru_cache(maxsize=16384)
def masked_fold(line: str) -> str:
    return mask_legit(lexicon_fold(line).text, matchers().legit)


def fold_line(line: str) -> str:
    """``line`` folded with legitimate entities masked out (cached)."""
    return masked_fold(line)


# A stem of a few letters and two or more digits (kx88, hq365, ya2288, 88bet): how gambling sites name
# themselves after their domains. One digit (F1, 5G) or none is how products and leagues are named.
ALNUM_SITE_NAME_RE = re.compile(r"[a-z]{1,6}\d{3,6}|\d{3,6}[a-z]{1,6}")
ALNUM_NAME_RE = re.compile(r"[a-z]{1,6}\d{2,6}|\d{2,6}[a-z]{1,6}")


ALNUM_OFFICIAL_RE = re.compile(r"(?<![a-z0-9])(?:[a-z]{1,6}\d{3,6}|\d{3,6}[a-z]{1,6})官方")
# Letters and two or more digits, then a betting word (HW88 Sports, KX365 Bet, JB99 Win): how a betting site
# names itself in English; a broadcaster's name has no digits (Fox Sports, Sky Sports).
ALNUM_LATIN_BRAND_RE = re.compile(r"(?<![a-z0-9])[a-z]{1,8}\d{2,4} ?(?:sports|sport|bet|win|gaming)(?![a-z])")


# A word and a lucky number (Quabrix88, LuckyNova88, Slotkudaz77, Rajapetir888): how betting sites name
# themselves in Latin script. A product's model number (iPhone 15, A380, Win11) is no such double.
LUCKY_NUMBER_NAME_RE = re.compile(r"(?<![a-z0-9_])[a-z]{4,12}(?:66|77|88|99|666|777|888|999|168|188|365)(?![a-z0-9])")
LUCKY_NUMBER_NON_NAMES = frozenset({"route66", "route99"})
# One word of joined capitalised parts with a gambling morpheme in it (SpinHollow, NovaStakes, RoyalPlinko,
# PredictaBet): how casino affiliates name brands. Matched on the line as written (case tells the parts).
CAMEL_BRAND_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+(?:[A-Z][a-z]+)+\d*(?![A-Za-z])")
CAMEL_GAMBLING_PART_RE = re.compile(
    r"spin|stake|bet(?!ter)|luck|jackpot|slot|casino|plinko|bingo|poker|vegas|wager|sweep", re.IGNORECASE
)


def folded_latin_brand_spans(folded: str, m: Matchers) -> list[tuple[int, int]]:
    """Latin brands read on folded (lower-case) text: a made-up name before casino/slots (reelmont casino),
    letters and digits before a betting word (kx88 bet), a bookmaker-shaped name (moxbet; not alphabet)."""
    spans: list[tuple[int, int]] = []
    if m.latin_brand:
        spans += [x.span() for x in m.latin_brand.finditer(folded) if x.group("stem") not in LATIN_NON_NAMES]
    spans += [x.span() for x in ALNUM_LATIN_BRAND_RE.finditer(folded)]
    if "bet" in folded:
        spans += [x.span() for x in BET_NAME_RE.finditer(folded) if x.group() not in BET_WORDS]
    return spans


def _affiliate_matches(line: str) -> list[re.Match[str]]:
    """Casino-affiliate names as written (SpinHollow: case tells the parts) and lowered (Quabrix88)."""
    camel = [x for x in CAMEL_BRAND_RE.finditer(line) if CAMEL_GAMBLING_PART_RE.search(x.group())]
    lucky = [x for x in LUCKY_NUMBER_NAME_RE.finditer(line.lower()) if x.group() not in LUCKY_NUMBER_NON_NAMES]
    return camel + lucky


def latin_brand_spans(folded: str, line: str, m: Matchers) -> list[tuple[int, int]]:
    """Where ``brand_shapes`` and ``latin_brand_names`` read a Latin brand, as offsets in ``folded``; the
    affiliate names, matched on ``line`` as written, only when the two have one length."""
    spans = folded_latin_brand_spans(folded, m)
    if len(folded) == len(line):
        spans += [x.span() for x in _affiliate_matches(line)]
    return spans


def latin_brand_names(line: str) -> set[str]:
    """Casino-affiliate brand names in Latin script, folded: SpinHollow, NovaStakes, Quabrix88."""
    return {x.group().lower() for x in _affiliate_matches(line)}


# A host named like a gambling site: letters and three or more digits (hx6677.com, xt9977.vip, 88bet8.net).
# Digits alone (163.com, 12306.cn) are how well-known Chinese sites are named. Matched without case.
SITE_NUMBER_HOST = r"(?:www\.)?(?:[a-z]{1,6}\d{3,6}|\d{3,6}[a-z]{1,6})\.[a-z]{2,6}"


# A bare web address standing as a brand (ab8899.vip, bw6677.cc, rr777bet.win): a top-level domain gambling
# sites favour, two digits in the name where the domain is one ordinary sites use too (.cc, .top: 8ku9.cc),
# a site number on .app, .live and the like (bb2828.app, pw33.live; notion.app has none), or a
# hyphenated casino or slots part on .com and .net.
# A Han character may touch it (来hy8866.top玩): only a Latin letter, digit, dot or @ before it extends it.
SPAM_DOMAIN_RE = re.compile(
    r"(?<![A-Za-z0-9_.@-])(?:www\.)?(?:[a-z0-9-]{2,}\.(?:vip|bet|win)"
    r"|[a-z0-9-]*(?:\d[a-z-]{0,3}\d|bet|win|casino|slot|spin)[a-z0-9-]*\.(?:cc|top|xyz|club)"
    # On .app, .live, .fun, .site, .online only a site number names one: letters and two digits or more
    # (bb2828.app, pw33.live); words there are apps and events (twinkl.app, winterolympics.live).
    r"|[a-z]{2,6}\d{2,6}\.(?:app|live|fun|site|online)"
    # On .com and .net, a hyphenated part that says what the site is (luckyfurrow-slots.com, spin-casino.net);
    # glued into a word it may be another one (bestslots, casinoreports name news sites too).
    r"|[a-z0-9]+(?:-[a-z0-9]+)*-(?:casino|slots?)\.(?:com|net))"
    r"(?![A-Za-z0-9_.])",
    re.IGNORECASE,
)


SPAM_TLDS = (".vip", ".bet", ".win", ".cc", ".top", ".xyz", ".club", ".app", ".live", ".fun", ".site", ".online")
# What a line must hold for SPAM_DOMAIN_RE to find anything: one of those domains, or a hyphenated part.
SPAM_DOMAIN_HINTS = (*SPAM_TLDS, "-casino.", "-slot.", "-slots.")


# A made-up Latin name ending in "bet" (moxbet, 1xbet, 188bet, luckbet): how bookmakers name themselves.
# English words that end so are listed; the name must have two characters before "bet".
BET_NAME_RE = re.compile(r"(?<![a-z0-9])[a-z0-9]{2,12}bet(?![a-z])")
BET_WORDS = frozenset({"alphabet", "tibet", "sorbet", "gibbet", "barbet", "quodlibet", "abet", "rabbet"})


def spam_domains(text: str) -> list[str]:
    """Spam domains standing in ``text`` (the regex runs only where such a top-level domain occurs)."""
    lowered = text.lower()
    return SPAM_DOMAIN_RE.findall(text) if any(hint in lowered for hint in SPAM_DOMAIN_HINTS) else []


# Nouns that make a letters-and-digits stem a site's name though they follow real names too: 官方, 官网, and
# 电竞, which real teams carry after letters (EDG电竞, T1电竞) but never after two digits (tb77电竞).
ALNUM_SITE_NOUNS = frozenset({"官方", "官网", "電競", "电竞"})
# Suffixes that make a two-suffix chain a sales name besides the cta_nouns: 意昂体育平台 (seed).
CHAIN_CTA_EXTRA = frozenset(
    {"平台", "平臺", "手机版", "手機版", "手机下载", "手機下載", "网页版", "網頁版", "客户端", "客戶端", "首页", "首頁"}
    | {"在线", "在線"}
)


# Suffixes in a chain that make it a brand whatever its stem (体育+app+官网).
LONG_CHAIN_PARTS = 3


def outermost(names: set[str]) -> set[str]:
    """Drop names inside longer ones: ag真人 within ag真人平台登录 is one brand, not two."""
    return {n for n in names if not any(n != other and n in other for other in names)}


# A branch after a name makes it a shop: 金色年华娱乐城(人民路店), X娱乐城(万达馆). Gambling sites have no branches.
BRANCH_RE = re.compile(r"[（(][^（）()]{1,8}[店館馆][）)]")


def brand_shapes(folded: str, m: Matchers, topic: frozenset[str]) -> tuple[set[str], set[str]]:
    """Brand-shaped names: a chain of two suffixes, or one strong suffix, after a non-topic stem."""
    strong: set[str] = set()
    weak: set[str] = set()
    strong |= {folded[a:b] for a, b in folded_latin_brand_spans(folded, m)} | set(spam_domains(folded))
    if "官方" in folded:  # hq288官方: letters and three digits then 官方 name a site (官方 is no suffix)
        strong |= {x.group() for x in ALNUM_OFFICIAL_RE.finditer(folded)}
    for match in m.brand_shape.finditer(folded):
        stem, chain = match.group("stem"), match.group("suffixes")
        if is_no_name_stem(stem, topic) or BRANCH_RE.match(folded, match.end()):
            continue  # the article's subject or prose, or a shop with branches (金色年华娱乐城（人民路店）)
        parts = split_suffixes(chain, m.strong_suffixes | all_suffixes())
        lead = telling_stem_start(stem, parts, m)
        if lead >= 0:
            strong.add(match.group()[lead:])
        else:
            # A firm's name is often a place and a name before 电子/国际 (河南中安电子): cut prose only
            # before a gambling or sales suffix.
            firm_noun = parts[0] in ordinary_company_nouns()
            lead = 0 if firm_noun else prose_lead(stem)
            # Grammar before a site word (可於|官方網站) is no name, nor a firm ending in a particle (扩展到|国际).
            if set(stem[lead:]) <= function_chars() or (firm_noun and stem[-1] in function_chars()):
                continue
            weak.add(match.group()[lead:])
    return strong, weak


def prose_lead(stem: str) -> int:
    """Characters of prose the leftmost stem took before the name, cut between words (前往|翼盈, 的|金海岸), or 0."""
    if not CJK_CHAR_RE.match(stem[-1:]):
        return 0
    for start in range(1, len(stem) - 1):
        head = stem[:start]
        grammar = set(head) <= function_chars() and stem[start] not in function_chars()  # 可在|翎盛, not 可|在翎盛
        if (len(head) >= 2 and is_known_word(head)) or grammar:
            return start
    # A word's tail, then a grammar character (时间|在|乐澜): cut after the last grammar character.
    marks = [i for i, ch in enumerate(stem[:-2]) if ch in function_chars()]
    return marks[-1] + 1 if marks else 0


def telling_stem_start(stem: str, parts: list[str], m: Matchers) -> int:
    """Where in ``stem`` a name starts that makes the chain telling, or -1.

    The shape regex takes the leftmost stem, so prose may lead it (粪池|澜峤体育官网, 前往|澜峤体育官网):
    when the whole stem holds a word, its last two or three characters may still be a name no
    dictionary knows.
    """
    if is_telling_chain(parts, m, stem):
        return 0
    if CJK_CHAR_RE.match(stem[-1:]):
        start = prose_lead(stem)  # the cut must fall between words: 粪池|澜峤 yes, 方二|维码 (二维码) no
        if start and not is_word_stem(stem[start:], m) and is_telling_chain(parts, m, stem[start:]):
            return start
    return -1


@functools.cache
def trigger_words() -> ahocorasick.Automaton:
    """Every string any spam rule needs to find in a text before it can act on it, in one automaton.

    Brands, terms, calls to action, reporting words, brand suffixes (a brand shape ends in one),
    Latin suffixes (casino), spam top-level domains, 官方 (hq288官方) and the homophones' variants
    (their canonical forms are ordinary characters, 高 and 乐: a word they belong to is listed
    itself). A line where none occurs, folded or as written, gives the span rules and the
    sentence-head tests nothing to find in it or in any piece of it (see ``features.inert``).
    """
    lex = load_lexicon()
    words = {*lex.brands, *lex.terms, *lex.cta_terms, *lex.reporting_terms, *all_suffixes(), *lex.latin_suffixes}
    words |= {*SPAM_DOMAIN_HINTS, "官方"}
    words |= set(lex.homophones)  # a variant folds to a lexicon word's character: 楽 is 乐
    automaton = ahocorasick.Automaton()
    for word in {w for w in words if w}:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def has_trigger(line: str) -> bool:
    """Any trigger word in ``line``, folded (lexicon_fold, legit names unmasked) or as written (lower case)."""
    automaton = trigger_words()
    for text in (lexicon_fold(line).text, line.lower()):
        if next(automaton.iter(text), None) is not None:
            return True
    return False


@functools.cache
def all_suffixes() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset((*lex.strong_suffixes, *lex.weak_suffixes))


def is_telling_chain(parts: list[str], m: Matchers, stem: str = "") -> bool:
    """A strong suffix, or two suffixes one of which is a call to action (体育官网, 娱乐平台, 国际app)
    after a stem that is a name, not an everyday word.

    Two business nouns alone (国际体育, 体育娱乐) are how news names events and bodies: 国际体育赛事.
    A chain after a word (扫描|下载app, 二维码|下载客户端, 医生|国际注册) is a site's own call to
    action or plain prose; known brands with word stems (皇冠体育) are in the lexicon.
    """
    if any(p in m.strong_suffixes for p in parts):
        return True
    if ALNUM_NAME_RE.fullmatch(stem) and parts[0] in gambling_nouns() | CHAIN_CTA_EXTRA | ALNUM_SITE_NOUNS:
        return True  # kx88彩票, hq365官方, vb77真人, tb77电竞: letters and digits are a site's name, never a word
    if ALNUM_SITE_NAME_RE.fullmatch(stem) and parts[0] in load_lexicon().cta_nouns:
        return True  # bt365手机下载: three digits make a site's name; win10下载 and ios17下载 are software
    if len(parts) >= LONG_CHAIN_PARTS:
        return True  # 爱游戏+体育+app+官网: a word stem too, but no prose chains three brand suffixes
    if is_word_stem(stem, m):
        return False
    return len(parts) >= 2 and any(p in _chain_cta() for p in parts)


@functools.cache
def ordinary_company_nouns() -> frozenset[str]:
    """Brand nouns ordinary firms carry as often as gambling brands (国际, 电子): brand_suffixes.txt."""
    return frozenset(fold_simple(s) for s in read_sections("brand_suffixes.txt").get("ordinary_company_nouns", []))


@functools.cache
def suffix_chain_re() -> re.Pattern[str]:
    """One to three brand suffixes in a row (官网, 线路, app下载), matched on original text, any case."""
    alternation = "|".join(re.escape(x) for x in sorted(all_suffixes(), key=len, reverse=True))
    return re.compile(rf"(?:{alternation}){{1,3}}", re.IGNORECASE)


@functools.cache
def gambling_nouns() -> frozenset[str]:
    """Brand nouns that name a gambling business whatever the stem: 体育, 娱乐, 彩票, 棋牌, 真人, 娱乐城."""
    return load_lexicon().brand_nouns - ordinary_company_nouns()


@functools.cache
def _chain_cta() -> frozenset[str]:
    return load_lexicon().cta_nouns | CHAIN_CTA_EXTRA


def stem_core(stem: str) -> str:
    """The part of a stem next to its suffix: the brand's own name (下载皇冠 → 皇冠)."""
    return stem[-2:] if CJK_CHAR_RE.match(stem[-1:]) else stem


def is_no_name_stem(stem: str, topic: frozenset[str]) -> bool:
    """The stem before a brand suffix names nothing: it is the article's subject (``is_topic_stem``),
    prose ending in a particle (文化部门批准的|电子游艺: a name never ends in one) or a quantity (买一注|彩票)."""
    if stem.lower() in GENERIC_LATIN_STEMS:
        return True  # 下载App注册登入: the word "app" names no site (kx88app would: letters and digits)
    return stem[-1:] in NAME_END_PARTICLES or bool(QUANTITY_END_RE.search(stem)) or is_topic_stem(stem, topic)


# Latin words for a kind of software or device, never a site's name by themselves.
GENERIC_LATIN_STEMS = frozenset({"app", "apps", "web", "wap", "ios", "android", "pc", "h5", "ipad", "iphone", "mac"})


def is_topic_stem(stem: str, topic: frozenset[str]) -> bool:
    """The stem names what the article is about: its core or its ending is a topic word (图英伟达 → 英伟达)."""
    # Each ending of the stem asked about in turn (topic words have two characters or more): the topic
    # is asked, never listed, so it need not segment the article up front (see ``topic.Topic``).
    return stem_core(stem) in topic or any(stem[-k:] in topic for k in range(2, len(stem) + 1))
