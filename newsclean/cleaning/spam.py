"""Remove gambling link-farm spam line by line, deciding by several signals together.

No rule fires on one keyword: a line is spam when its *shape* (a list of short
fields, a short promo) agrees with the lexicon (brands, brand-shaped names,
gambling terms, call-to-action words) and with its *position* (after the
article's copyright line) or its *density* against the article's own. A Macau
gaming-revenue story is gambling-dense in every sentence, so none stands out;
the seed's tail is a list of brands after 本文系…不得转载。, so all of it does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsclean.cleaning.brands import (
    find_brand_prefix,
    find_brand_wrappers,
    find_title_brand_fields,
    find_title_suffix,
    has_sentence_head,
    is_brand_run,
)
from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.doorway import is_doorway_page
from newsclean.cleaning.features import BRAND_POINTS, LineSignals, measure_line
from newsclean.cleaning.registry import register, rule_names, rules_of
from newsclean.cleaning.shapes import spam_domains
from newsclean.cleaning.topic import topic_cores
from newsclean.cleaning.trailers import is_keyword_trailer
from newsclean.cleaning.types import Cleaned, Removal, delete_spans, remap, surviving

LINE_RE = re.compile(r"[^\n]+")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
# A short heading of a list (相关推荐：, 热门阅读:, 猜你喜欢): right above a link farm or a promo it introduces
# the block and goes with it. Above clean lines it stays.
BLOCK_HEADING_RE = re.compile(r"[\u4e00-\u9fffA-Za-z ]{2,8}[:：]?")
# Words of a list heading (相关推荐, 热门阅读, 猜你喜欢, 延伸阅读, 更多新闻); a credit (编辑 王楠) is none.
LIST_HEADING_WORDS_RE = re.compile(
    r"推荐|阅读|相关|热门|猜你|延伸|更多|热点|精彩|链接|鏈接|related|popular|more|links", re.IGNORECASE
)
LINK_LABEL_RE = re.compile(r"(?:阅读|閱讀|查看|点击阅读|點擊閱讀)(?:原文|全文)")
# The article's own lines that name places and credit pictures: an address (地址：…娱乐城B1), a caption
# ending in its photographer's credit (▲…外景 图：小北 摄). A spam line is neither.
ADDRESS_LINE_RE = re.compile(r"^\W*(?:地址|地點|地点|位置|位于|位於|门店地址|門市地址)\s*[:：]")
CAPTION_CREDIT_RE = re.compile(r"(?:摄|攝|供图|供圖)\s*[）)]?\s*$")
# A whole line in quotation marks, in an article that reports: the report quotes what it is about.
QUOTED_LINE_RE = re.compile(r"^\s*[“「『].*[”」』]\s*$")
# Brackets that quote a name rather than decorate it: in a report, 《X》 and 「X」 are what it is about.
QUOTE_BRACKETS = frozenset("《「『“")
# A numbered list item (1. 2、 ① （一）): spam lists are never numbered, reports' lists often are.
NUMBERED_RE = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[①-⑳]|[（(][一二三四五六七八九十\d]{1,2}[)）])")
# Verdicts of lines that are spam lists or promos: a heading right above one introduces it.
BLOCK_RULES = frozenset({"link_farm_line", "promo_line", "spam_line_run"})
# A line that ends as a question: SEO query lines (澳门威尼斯人网上赌场网址是多少?) are questions, not statements.
QUESTION_END_RE = re.compile(r"[?？][」』”\"’'）)]*\s*$")


@dataclass(frozen=True)
class PageContext:
    """What a line's verdict depends on beyond the line itself."""

    end_index: int  # index of the article's end marker line (copyright, 责任编辑), or the line count
    total_score: int
    total_chars: int
    reporting_lines: int = 0  # lines framed as reporting (警方, 提醒, 骗局 …): the article is about gambling


def measure_lines(text: str, config: CleaningConfig) -> tuple[list[LineSignals], frozenset[str]]:
    """Signals for every non-empty line, with the article's own topic words learnt first."""
    lines = [(m.start(), m.group()) for m in LINE_RE.finditer(text)]
    first = [measure_line(line, start) for start, line in lines]
    clean = [s.text for s in first if _is_prose_shaped(s, config) and not s.score]
    topic = topic_cores(clean, config.topic_min_occurrences)
    return [measure_line(line, start, topic) for start, line in lines], topic


def is_link_farm_line(s: LineSignals, config: CleaningConfig) -> bool:
    """Many short fields, no sentence end, and several brands: the seed tail's shape.

    Safe because a real sentence that lists operators (银河娱乐、金沙中国…) has
    them masked as legitimate entities, and a police report ends in 。.
    """
    if s.fields < config.link_farm_min_fields or s.is_sentence:
        return False
    many_brands = len(s.all_brands) >= config.link_farm_min_brands
    brand_list = s.brand_fields >= max(config.link_farm_min_fields, config.brand_list_share * s.fields)
    return many_brands or brand_list or (bool(s.brands) and s.score >= config.outlier_min_score)


def is_promo_line(s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig) -> bool:
    """A short call to action (《美高梅官网app》,《首次登录送91元红包》) after the article, or an outlier inside it."""
    if s.chars > _promo_limit(s, config) or not s.cta or not s.score:
        return False
    if index > ctx.end_index:
        return True
    # Inside the article a promo is no statement (a search query like …网址是多少? is none either);
    # a sentence with a brand aside is the brand rules' business.
    telling = s.score >= 3 or (s.score >= 2 and len(s.cta) >= 2)
    statement = s.is_sentence and not QUESTION_END_RE.search(s.text)
    return not statement and telling and _is_outlier(s, ctx, config)


def _promo_limit(s: LineSignals, config: CleaningConfig) -> int:
    """Longest promo line: Latin-script text spends about three characters per Han character's meaning."""
    return config.promo_max_chars if CJK_RE.search(s.text) else config.promo_max_chars * config.latin_length_factor


def is_gambling_outlier(s: LineSignals, ctx: PageContext, config: CleaningConfig) -> bool:
    """A non-sentence line far denser in gambling words than the rest of the article."""
    return not s.is_sentence and not s.reporting and s.score >= config.outlier_min_score and _is_outlier(s, ctx, config)


def is_gambling_ad(s: LineSignals, config: CleaningConfig, ctx: PageContext | None = None) -> bool:
    """A paragraph that sells gambling: several brands, several calls to action, no reporting frame.

    Parasite pages and stuffed intros are written as sentences (…新用户注册即送88元彩金。),
    so shape alone misses them. A police or court report quoting the same words
    (以“注册送彩金”为诱饵) carries reporting words (警方, 涉案, 提醒) and is kept.
    """
    if s.reporting or (s.is_sentence and ctx is not None and ctx.reporting_lines >= config.reporting_frame_min_lines):
        return False  # a report on gambling ads describes them in sentences; it sells nothing
    several_brands = len(s.all_brands) >= config.ad_min_brands and len(s.cta) >= config.ad_min_cta
    one_brand_hard_sell = bool(s.all_brands) and len(s.cta) >= config.ad_min_cta_one_brand
    no_brand_hard_sell = s.score >= config.tail_score and len(s.cta) >= config.ad_min_cta_no_brand
    # One brand selling (RoyalNova Casino offers … welcome bonus, free spins) in an article that is
    # otherwise about something else: the paragraph stands out against the article's own density.
    # A brand glued before a real sentence (365bet体育在线投注官网_在一家…) is the prefix rule's.
    injected_pitch = (
        bool(s.all_brands)
        and not find_brand_prefix(s.text, config)
        and len(s.cta) >= config.ad_min_cta
        and s.score >= config.outlier_min_score
        and ctx is not None
        and _is_outlier(s, ctx, config)
    )
    several = several_brands and s.score >= config.ad_min_score
    return several or one_brand_hard_sell or no_brand_hard_sell or injected_pitch


def _is_prose_shaped(s: LineSignals, config: CleaningConfig) -> bool:
    """A sentence long enough to be the article's own prose: what the article's density is measured on."""
    return s.is_sentence and s.chars >= config.topic_sentence_min_chars


def _is_outlier(s: LineSignals, ctx: PageContext, config: CleaningConfig) -> bool:
    """The line is far denser in gambling words than the article's prose (its other sentences).

    The density is measured on the prose only, so an injected block of list lines does not raise
    the bar for its own members (a 体彩 charity story followed by four lottery spam lines).
    """
    own = _is_prose_shaped(s, config)
    rest_chars = max(ctx.total_chars - (s.chars if own else 0), 1)
    rest_density = (ctx.total_score - (s.score if own else 0)) / rest_chars
    return s.score / max(s.chars, 1) >= config.outlier_density_factor * rest_density


def classify_line(s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig) -> str | None:
    """The name of the first line rule (in registry order) that marks this line as spam, or None to keep it."""
    if s.is_separator or has_sentence_head(s.text, config) or _is_prefixed_clean_line(s.text, config):
        return None  # a clean sentence with a run appended or a brand glued in front: only the brand goes
    if "keyword_trailer_item" not in config.disabled_rules and is_keyword_trailer(s.text, config):
        return None  # the site's own keywords with brands mixed in: only the brands go
    if ADDRESS_LINE_RE.match(s.text) or CAPTION_CREDIT_RE.search(s.text):
        return None  # an address or a credited caption: the article's own line, whatever names it holds
    reporting = ctx.reporting_lines >= config.reporting_frame_min_lines
    if reporting and index <= ctx.end_index and QUOTED_LINE_RE.match(s.text) and not s.obfuscated:
        return None  # a report quoting a spam line as evidence
    if reporting and index <= ctx.end_index and NUMBERED_RE.match(s.text):
        return None  # a report's numbered list of the platforms it warns about (1.宏利汇国际　2.金樽娱乐)
    for line_rule in rules_of("line", config.disabled_rules):
        if line_rule(s, ctx, index, config):
            return line_rule.name
    return None


def is_obfuscated_line(s: LineSignals, config: CleaningConfig) -> bool:
    """A short non-sentence whose gambling words are split by invisible characters or spaced out.

    威\ufe0f尼\ufe0f斯\ufe0f人 ☞ w w w . 8 8 2 9 . c o m: hiding a word from keyword filters is what
    spam does, and news has no reason to. Safe: it needs gambling evidence on the line too, no
    sentence and no reporting frame, so a spaced-out caption (图为 A B C 三组) stays.
    """
    evidence = bool(s.score > 0 or s.all_brands or s.weak_brands)
    short = s.chars <= _promo_limit(s, config)
    return s.obfuscated and evidence and short and not s.is_sentence and not s.reporting


def _is_list_heading(line: str) -> bool:
    """A short list heading (相关推荐：, 热门阅读, 猜你喜欢) that introduces the block below it."""
    text = line.strip()
    link = LINK_LABEL_RE.fullmatch(text)  # 阅读原文, 查看全文: a link to the article, no list heading
    return bool(BLOCK_HEADING_RE.fullmatch(text) and LIST_HEADING_WORDS_RE.search(text)) and not link


def _is_prefixed_clean_line(line: str, config: CleaningConfig) -> bool:
    """A brand prefix glued to a clean headline or sentence (九游会体育官网-苏超联赛总决赛落幕 6万名球迷现场观赛)."""
    prefix = find_brand_prefix(line, config)
    if not prefix:
        return False
    rest = measure_line(line[prefix:], 0)
    return not rest.all_brands and not rest.weak_brands and rest.score == 0 and not rest.cta


def _is_list_line(s: LineSignals, config: CleaningConfig) -> bool:
    """A short line with no sentence in it: one item of a list, a link, a name."""
    return 0 < s.chars <= config.line_run_max_chars and not s.is_sentence and not s.is_end_marker


def _is_run_evidence(s: LineSignals, config: CleaningConfig) -> bool:
    """Solid gambling evidence on a list line: a brand, a term only spam uses, or a bare spam domain."""
    return bool(s.all_brands) or s.score >= config.line_run_min_score or bool(spam_domains(s.text))


def find_line_runs(
    signals: list[LineSignals], verdicts: list[str | None], ctx: PageContext, config: CleaningConfig
) -> None:
    """spam_line_run: a run of short list lines, one link or name each, most of them gambling.

    Hacked pages carry their link farm one link per line (友情链接 / a brand / a casino game / a
    bookmaker domain …) and private-lottery stuffing one name per line, so no line is a list on its
    own. Together they are. Safe: the run needs several lines of solid evidence (a brand, a term only
    spam uses, a bare spam domain) making at least half its lines, and an article framed as reporting
    (a police warning listing scam platforms one per line) keeps its lists inside the article.
    Lines of the run with no gambling word at all (新华网 in a friend-links list) stay.
    """
    reporting = ctx.reporting_lines >= config.reporting_frame_min_lines
    runs: list[list[int]] = [[]]
    for i, s in enumerate(signals):
        if _is_list_line(s, config) or (verdicts[i] and not s.is_sentence):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        evidence = [i for i in run if _is_run_evidence(signals[i], config)]
        if len(evidence) < config.line_run_min_lines or len(evidence) < config.line_run_evidence_share * len(run):
            continue
        if reporting and run[0] <= ctx.end_index:
            continue
        for i in run:
            s = signals[i]
            if not verdicts[i] and (i in evidence or s.score or s.weak_brands) and not s.reporting:
                verdicts[i] = "spam_line_run"


def spread_to_block(
    signals: list[LineSignals], verdicts: list[str | None], ctx: PageContext, config: CleaningConfig
) -> None:
    """Extend spam verdicts to neighbours that belong to the same injected block.

    A separator line (……, ↓↓↓) or a short line with any gambling/CTA evidence
    (“世界杯足球购买app”) next to a spam line, after the article's end, is part of
    the block. Lines with no evidence (监制:邓金木) stop the spread, so credits stay.
    """
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(signals):
            below_is_spam = i + 1 < len(verdicts) and verdicts[i + 1] in BLOCK_RULES
            heading = below_is_spam and _is_list_heading(s.text)
            if verdicts[i] or not (s.is_separator or heading or (s.has_weak_signal and not s.is_end_marker)):
                continue
            if is_keyword_trailer(s.text, config):
                continue  # the site's own keywords: keyword_trailer_item takes the brands only
            near_spam = (i > 0 and verdicts[i - 1]) or (i + 1 < len(verdicts) and verdicts[i + 1])
            # Inside the article only solid evidence joins a block: a short non-sentence with gambling words,
            # or a brand-shaped name with a call to action (“麦浪国际平台是真的吗”, 《纸鸢彩票官方下载》).
            pitch = bool((s.all_brands or s.weak_brands) and s.cta)
            solid = (
                not s.is_sentence and (s.score >= 2 or pitch) and s.chars <= config.promo_max_chars and not s.reporting
            )
            if near_spam and (s.is_separator or heading or i > ctx.end_index or solid):
                verdicts[i] = "spam_block_separator" if s.is_separator or heading else "spam_block_member"
                changed = True


def remove_spam(text: str, config: CleaningConfig | None = None) -> Cleaned:
    """Remove gambling spam lines; flag the text ``is_spam`` when it is spam as a whole.

    Keeps news *about* gambling (博彩毛收入, 体彩, police reports), image captions
    naming the article's own subject (英伟达H200芯片资料图 英伟达官网), bylines,
    copyright lines and credits.

    >>> tail = "下载皇冠体育365app,万博官网APP,AG真人平台登录"
    >>> remove_spam("正文第一段。\\n本文未经授权,不得转载。\\n" + tail).text
    '正文第一段。\\n本文未经授权,不得转载。\\n'
    """
    config = config or DEFAULTS
    result = _remove_spam_once(text, config)
    # Verdicts depend on context (the article's density, what follows a sentence), and a removal
    # changes the context; repeat until nothing changes, so cleaning is idempotent. Each pass only
    # deletes, so this ends.
    removals, passes = list(result.removals), 1
    index = surviving(list(range(len(text))), result.removals)  # original offset of each surviving character
    while result.removals and passes < config.max_passes and not result.is_spam:
        result = _remove_spam_once(result.text, config)
        removals += remap(result.removals, index)  # every removal's offsets refer to ``text``
        index = surviving(index, result.removals)
        passes += 1
    return Cleaned(result.text, tuple(removals), result.is_spam, _flags(removals))


def _flags(removals: Iterable[Removal]) -> frozenset[str]:
    """``substitution`` when a brand was cut out of a sentence it stood in (the word it replaced is unknown)."""
    return frozenset({"substitution"}) if any(r.rule == "brand_substitution" for r in removals) else frozenset()


def _remove_spam_once(text: str, config: CleaningConfig) -> Cleaned:
    signals, topic = measure_lines(text, config)
    end = _article_end(signals)
    prose = [s for s in signals if _is_prose_shaped(s, config)] or signals
    ctx = PageContext(end, sum(s.score for s in prose), sum(s.chars for s in prose), sum(s.reporting for s in signals))
    verdicts = [classify_line(s, ctx, i, config) for i, s in enumerate(signals)]
    if "spam_line_run" not in config.disabled_rules:
        find_line_runs(signals, verdicts, ctx, config)
    spread_to_block(signals, verdicts, ctx, config)
    spans = [(s.start, _line_end(text, s), rule) for s, rule in zip(signals, verdicts, strict=True) if rule]
    kept = [s for s, v in zip(signals, verdicts, strict=True) if not v]
    reporting = ctx.reporting_lines > 0  # a report names platforms in quotation brackets on purpose
    brand_edits = [span for s in kept for span in brand_edits_in(s, topic, config, reporting)]
    brand_edits += repeat_substitutions(text, kept, brand_edits, config)
    cleaned = delete_spans(text, spans + brand_edits)
    # Judge the page on its lines as they will be published: a real sentence that lost a glued brand
    # prefix (华体会官网入口-新华社西昌电…) is article prose again.
    after = [_without_edits(s, brand_edits, topic) if not v else s for s, v in zip(signals, verdicts, strict=True)]
    spam_page = _is_spam_page(after, verdicts, config) or is_doorway_page(signals, verdicts, config)
    return Cleaned(cleaned.text, cleaned.removals, spam_page, _flags(cleaned.removals))


def _article_end(signals: list[LineSignals]) -> int:
    """Index of the line that closes the article: a copyright line or 责任编辑 (after the first line), or
    a bracketed credit (（记者 苏荣才）) in the second half of the text; else the line count."""
    half = len(signals) // 2
    for i, s in enumerate(signals):
        if i > 0 and (s.is_end_marker or (s.is_closing_credit and i >= half)):
            return i
    return len(signals)


def _without_edits(s: LineSignals, edits: list[tuple[int, int, str]], topic: frozenset[str]) -> LineSignals:
    mine = [(a - s.start, b - s.start, rule) for a, b, rule in edits if s.start <= a < s.end]
    return measure_line(delete_spans(s.text, mine).text, s.start, topic) if mine else s


def brand_edits_in(
    s: LineSignals, topic: frozenset[str], config: CleaningConfig, reporting: bool = False
) -> list[tuple[int, int, str]]:
    """Brand prefixes, wrappers, tails, keyword runs and substitutions in a line that is kept (see ``brands``).

    The span rules run in registry order; a span overlapping an earlier rule's is left to that rule.
    In an article framed as reporting (``reporting``), names in quotation brackets (《鑫鼎娱乐》,
    「天鑫娛樂城」) are the platforms the report is about, not wrappers.
    """
    edits: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for span_rule in rules_of("span", config.disabled_rules):
        for a, b in span_rule(s.text, topic, config):
            if reporting and span_rule.name == "brand_wrapper" and s.text[a] in QUOTE_BRACKETS:
                continue
            if span_rule.name in OVERLAPPING_SPAN_RULES or not covered.intersection(range(a, b)):
                edits.append((s.start + a, s.start + b, span_rule.name))
                covered.update(range(a, b))
    return edits


def repeat_substitutions(
    text: str, kept: list[LineSignals], edits: list[tuple[int, int, str]], config: CleaningConfig
) -> list[tuple[int, int, str]]:
    """Other occurrences, in kept lines, of a name already cut as a substitution: 瓴赢体育 stands for the
    same organisation every time the article names it."""
    names = {text[a:b] for a, b, rule in edits if rule == "brand_substitution" and b - a >= config.repeat_min_chars}
    taken = {i for a, b, _ in edits for i in range(a, b)}
    more: list[tuple[int, int, str]] = []
    for s in kept:
        if s.reporting or s.score > BRAND_POINTS * len(s.all_brands):
            continue  # the line talks gambling itself: the name is its subject, not a stand-in
        for name in names:
            for match in re.finditer(re.escape(name), s.text):
                start, end = s.start + match.start(), s.start + match.end()
                if not taken.intersection(range(start, end)):
                    more.append((start, end, "brand_substitution"))
                    taken.update(range(start, end))
    return more


def remove_title_spam(title: str, config: CleaningConfig | None = None) -> Cleaned:
    """Clean a headline: brand suffixes (…_博盈体育) and wrappers go; a hijacked title is spam as a whole.

    Keeps portal suffixes of real sites (_新浪体育, _凤凰网娱乐) and 【记者 张三】.

    >>> remove_title_spam("山村民宿抱团发展_沐岚体育app下载").text
    '山村民宿抱团发展'
    """
    config = config or DEFAULTS
    cut = find_title_suffix(title, config)
    head, whole = measure_line(title[:cut], 0), measure_line(title, 0)
    # Hijacked: the headline itself sells gambling or is nothing but a brand (琮瑢娱乐官网), or the whole
    # title is a brand list led by gambling words.
    hijacked = is_link_farm_line(head, config) or is_gambling_ad(head, config) or is_brand_run(title[:cut], config)
    if title.strip() and (hijacked or (is_link_farm_line(whole, config) and head.score > 0)):
        return Cleaned("", (Removal("title_link_farm", title, 0, len(title)),), is_spam=True)
    edits = [(cut, len(title), "title_brand_suffix")] if cut < len(title) else []
    edits += [(a, b, "title_brand_suffix") for a, b in find_title_brand_fields(title[:cut], config)]
    prefix = find_brand_prefix(title[:cut], config)
    if prefix:
        edits.append((0, prefix, "brand_prefix"))
    edits += [(a, b, "brand_wrapper") for a, b in find_brand_wrappers(title[:cut], frozenset(), config)]
    cleaned = delete_spans(title, edits)
    return Cleaned(cleaned.text, cleaned.removals, is_spam=bool(title.strip()) and not cleaned.text.strip())


def _line_end(text: str, s: LineSignals) -> int:
    """Remove the line's newline with it, so no blank line is left behind."""
    return s.end + 1 if text[s.end : s.end + 1] == "\n" else s.end


def _is_spam_page(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Spam as a whole: no article is left, and most characters are spam or sales pitch, or the page is a parasite.

    A short article with spam around it (a keyword block above, a link farm below) is an article,
    not a parasite: parasite pages interleave their pasted sentences with spam.
    """
    total = sum(s.chars for s in signals)
    article = _article_chars(signals, verdicts, config)
    if not total or article >= config.min_body_chars:
        return False
    if article >= config.short_article_min_chars and _spam_only_at_edges(signals, verdicts, config):
        return False
    spam = sum(s.chars for s, v in zip(signals, verdicts, strict=True) if v)
    # No prose at all, and most of the text sells gambling in sentences (a slot landing page on a
    # hacked site: every line a pitch, none flagged alone because none stands out from the rest).
    selling = sum(
        s.chars for s, v in zip(signals, verdicts, strict=True) if v or (_sells(s, config) and not s.reporting)
    )
    all_pitch = not article and selling / total >= config.spam_page_ratio
    return spam / total >= config.spam_page_ratio or all_pitch or is_parasite_page(signals, config)


def _spam_only_at_edges(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Two or more lines of prose with no spam line between them: the spam is a head or a tail.

    One line of prose amid spam is what a parasite page pastes (a 六合彩 pseudo-explainer).
    """
    prose = [i for i, (s, v) in enumerate(zip(signals, verdicts, strict=True)) if _is_prose(s, v, config)]
    spam = [i for i, v in enumerate(verdicts) if v]
    return len(prose) >= 2 and not any(prose[0] < i < prose[-1] for i in spam)


def _is_prose(s: LineSignals, verdict: str | None, config: CleaningConfig) -> bool:
    """A kept sentence long enough to be article text, selling nothing (or reporting on gambling)."""
    return not verdict and _is_prose_shaped(s, config) and (s.reporting or not _sells(s, config))


def _sells(s: LineSignals, config: CleaningConfig) -> bool:
    """Gambling words with a call to action, many calls to action, or ad-level gambling density.

    Without a gambling word, two call-to-action words are everyday prose (运送 … 注册无人机); a pitch
    with none (注册即送，首充再送，下载领取) has more.
    """
    many_cta = len(s.cta) >= config.selling_cta_without_terms
    return bool(s.cta and s.score) or many_cta or s.score >= config.ad_min_score


def _article_chars(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> int:
    """Characters of real article prose: kept sentences that sell no gambling (gambling words with a call to action)."""
    return sum(s.chars for s, v in zip(signals, verdicts, strict=True) if _is_prose(s, v, config))


def prose_chars(text: str, config: CleaningConfig | None = None) -> int:
    """Characters of article prose in a cleaned text: its sentences that sell no gambling."""
    config = config or DEFAULTS
    signals = [measure_line(m.group(), m.start()) for m in LINE_RE.finditer(text)]
    return _article_chars(signals, [None] * len(signals), config)


def is_parasite_page(signals: list[LineSignals], config: CleaningConfig) -> bool:
    """A page of brand lists and stolen headlines with no article prose (checked by the caller).

    Hijacked pages interleave short gambling lines with real headlines copied from
    news sites, so no single line looks like a link farm. Together they do: many
    lines carry gambling evidence and the page names several brands. A lottery
    notice names no brand (体彩, 大乐透 are legitimate entities) and stays.
    """
    lines = [s for s in signals if s.chars and not s.is_separator]
    if len(lines) < config.parasite_min_lines:
        return False  # a brief and one spam line is an article with a tail, not a page of interleaved spam
    # A report quoting the platform and its ads (警方, 涉案) is evidence of nothing but the report.
    selling = [s for s in lines if not s.reporting]
    evidence = [s for s in selling if s.all_brands or s.score >= 2 or (s.score and s.cta)]
    brands = {b for s in selling for b in s.all_brands}
    return bool(lines) and (
        len(brands) >= config.parasite_min_brands and len(evidence) >= config.parasite_min_evidence_share * len(lines)
    )


# Span rules that may overlap one another (delete_spans merges them); later span rules yield to earlier ones.
OVERLAPPING_SPAN_RULES = frozenset({"brand_prefix", "brand_wrapper", "spam_tail"})

register(
    "link_farm_line",
    "line",
    "spam",
    "a list line (`,` `，` `|` `、` spaces) with two or more brands (the seed's tail)",
    is_link_farm_line,
    lambda s, ctx, index, config: is_link_farm_line(s, config),
)
register(
    "promo_line",
    "line",
    "spam",
    "a short line with gambling words and a call to action, after the article's end or far denser than it",
    is_promo_line,
)
register(
    "gambling_outlier_line",
    "line",
    "spam",
    "a non-sentence line far denser in gambling words than the rest of the article",
    is_gambling_outlier,
    lambda s, ctx, index, config: is_gambling_outlier(s, ctx, config),
)
register(
    "gambling_ad_paragraph",
    "line",
    "spam",
    "a paragraph selling gambling: brands, calls to action, no reporting frame",
    is_gambling_ad,
    lambda s, ctx, index, config: is_gambling_ad(s, config, ctx),
)
register(
    "obfuscated_line",
    "line",
    "spam",
    "a short non-sentence whose gambling words are split by invisible characters or spaced out",
    is_obfuscated_line,
    lambda s, ctx, index, config: is_obfuscated_line(s, config),
)
register(
    "spam_line_run",
    "block",
    "spam",
    "a run of short lines, one link or name each, most of them gambling (one-link-per-line farms, lottery stuffing)",
    find_line_runs,
)
register(
    "spam_block_member",
    "block",
    "spam",
    "a weak line (`“世界杯足球购买app”`) inside a spam block",
    spread_to_block,
)
register(
    "spam_block_separator",
    "block",
    "spam",
    "a separator (`……`, `↓↓↓`) or list heading (`相关推荐：`) right next to a spam block",
    spread_to_block,
)
register(
    "title_link_farm",
    "title",
    "spam",
    "a hijacked title: a brand list or a brand alone (the title is removed whole)",
    remove_title_spam,
)
register(
    "spam_page",
    "page",
    "spam",
    "most of the text is spam or a parasite page, and no article prose is left (the page is dropped)",
    _is_spam_page,
)
RULE_NAMES: tuple[str, ...] = tuple(name for name in rule_names("spam") if name != "spam_page")
