"""keyword_trailer_item: brands mixed into a page's own keyword trailer.

Hacked pages slip their brands into the lines a CMS prints under an article (本文关键词：, 标签：,
相关搜索：, 上一篇：), among the page's own keywords: 本文关键词：创新创业大赛,大学生,<brand>. Removing the
whole line loses the site's keywords; this rule cuts only the gambling items.
"""

from __future__ import annotations

import re

from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.keywords import find_stuffed_terms
from newsclean.cleaning.lines import trade_terms
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import spam_domains
from newsclean.cleaning.spans import brand_spans
from newsclean.cleaning.types import delete_spans

HAN_RE = re.compile(r"[\u4e00-\u9fff]")

# Reading lists a site prints under its article (猜你喜欢：, 相关阅读：, 热门推荐：): a list of brands under one
# is a farm and goes whole (``is_keyword_trailer``), the site's own titles stay. Titles hold spaces, so the
# items of a reading list are split at list punctuation only (溪辰线路最新入口 稳定不迷路 is one pitch).
READING_LABELS = (
    "猜你喜欢|猜你喜歡|相关阅读|相關閱讀|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|相关文章|相關文章|热门文章|熱門文章"
    "|相关推荐|相關推薦|热门推荐|熱門推薦"
)
# The labels CMSs print before keyword lists and neighbour links (simplified, traditional, English).
TRAILER_LABEL_RE = re.compile(
    r"^\s*(?:本文)?(?:关键词|关键字|關鍵詞|關鍵字|标签|標籤|热门标签|熱門標籤|相关标签|相关搜索|相關搜尋|相關搜索"
    r"|热门搜索|熱門搜尋|上一篇|下一篇|上一条|下一条|上一篇文章|下一篇文章|tags?|keywords?"
    r"|(?P<reading>" + READING_LABELS + ")"
    # The related questions a Q&A portal lists under its answer (相关法律问题：, 热门咨询：).
    r"|相关(?:法律)?问题|相關(?:法律)?問題|热门咨询|熱門諮詢|相关咨询|相關諮詢)\s*[:：]\s*",
    re.IGNORECASE,
)
# Items are split at list punctuation; at spaces only when the line has none (标签：经济 消费 政策),
# so "online casino, bet365" keeps its two-word items.
LIST_SEPARATOR_RE = re.compile(r"[,，、|｜;；]\s*")
SPACE_SEPARATOR_RE = re.compile(r"\s+")


# A site's own labelled list (产品中心：, 主营产品：, 业务范围：): a short label, then items, no sentence.
LIST_LABEL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*")
SENTENCE_MARK_RE = re.compile(r"[。！？!?]")


def trailer_items(line: str, config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """(start, end) of each item after a trailer label or a list label, or [] when the line has neither."""
    label = TRAILER_LABEL_RE.match(line) or _list_label(line, config)
    if not label:
        return []
    items, cursor = [], label.end()
    listed = LIST_SEPARATOR_RE.search(line, label.end())
    if not listed and label.groupdict().get("reading"):
        return []  # a reading list's titles are split at list punctuation only
    separators = LIST_SEPARATOR_RE if listed else SPACE_SEPARATOR_RE
    for separator in separators.finditer(line, label.end()):
        if separator.start() > cursor:
            items.append((cursor, separator.start()))
        cursor = separator.end()
    if cursor < len(line.rstrip()):
        items.append((cursor, len(line.rstrip())))
    return items


def _list_label(line: str, config: CleaningConfig) -> re.Match[str] | None:
    """The label of a list line of several short items (产品中心：速冻水饺 手工汤圆 …), not of a sentence."""
    label = LIST_LABEL_RE.match(line)
    if not label or SENTENCE_MARK_RE.search(line):
        return None
    head = measure_line(label.group(), 0)
    if head.cta or head.score or head.reporting:
        return None  # 开箱网站推荐：… is a pitch's heading, not a site's own list
    if len(measure_line(line, 0).cta) >= config.ad_min_cta:
        return None  # 网友：…来X娱乐城玩捕鱼，充值秒到，注册领68元 is a pitch in clauses, not a list of names
    items = [x for x in re.split(r"[,，、|｜;；\s]+", line[label.end() :]) if x]
    return label if len(items) >= LIST_MIN_ITEMS and sum(map(len, items)) <= LIST_ITEM_MAX_MEAN * len(items) else None


# A labelled list has at least this many items, this short on average (a product or service name each).
LIST_MIN_ITEMS, LIST_ITEM_MAX_MEAN = 4, 10


# Business nouns only gambling sites put after a name: a list item named X真人 or X棋牌 is one, whatever
# its stem (HX8真人; a car model is 星越L, a product line X体育 or X娱乐 may be a real one's).
GAMBLING_ONLY_NOUNS = ("真人", "棋牌", "娱乐城", "娱乐场", "彩票")


def is_gambling_item(item: str, config: CleaningConfig = DEFAULTS, named: bool = False) -> bool:
    """A brand, a bare spam domain or terms only spam uses, not framed as reporting; with ``named``, also a
    name ending in a noun only gambling sites use (HX8真人), which is cut from a trailer but does not count
    towards calling the trailer a farm (``is_keyword_trailer``)."""
    s = measure_line(item, 0)
    solid = bool(s.all_brands) or s.score >= config.line_run_min_score or bool(spam_domains(item))
    shaped = named and any(name.endswith(GAMBLING_ONLY_NOUNS) for name in s.weak_brands)
    return (solid or shaped) and not s.reporting


def _is_plain(item: str) -> bool:
    """An item of the site's own: no gambling at all, or gambling named as a crime (开设赌场罪怎么判, a legal
    portal's topic), with no brand, call to action or spam domain."""
    s = measure_line(item, 0)
    return not ((s.score and not s.reporting) or s.all_brands or s.weak_brands or s.cta or spam_domains(item))


def is_keyword_trailer(line: str, config: CleaningConfig = DEFAULTS) -> bool:
    """A labelled keyword or neighbour-link line holding some of the page's own items besides gambling ones."""
    items = [line[a:b] for a, b in trailer_items(line, config)]
    gambling = sum(is_gambling_item(item, config) for item in items)
    # The site's own keywords carry no gambling word at all; a trailer that is mostly brands (some of
    # them names this lexicon does not know) is a link farm, and goes whole.
    own = sum(_is_plain(item) or bool(_brands_in_headline(item, config)) for item in items)
    return gambling > 0 and own >= gambling


def find_trailer_items(line: str, topic: frozenset[str], config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """The gambling items of a keyword trailer, each with the separator before it.

    Safe: it needs a CMS label at the start of the line (本文关键词：, 标签：, 上一篇：) and cuts only
    items that are a brand, a spam domain or spam-only terms; the site's own keywords stay. An item
    that is a headline with a brand put in it (上一篇：大口径<brand>的重要性质是什么？) loses the brand only.
    """
    if not is_keyword_trailer(line, config):
        return []
    items = trailer_items(line, config)
    spans = []
    for index, (a, b) in enumerate(items):
        if is_gambling_item(line[a:b], config, named=True):
            # A brand put in a headline, or spam-only terms glued onto a product (…计划软件恒锐蓄能器).
            inside = _brands_in_headline(line[a:b], config) or find_stuffed_terms(line[a:b], frozenset(), config)
            if inside and inside != [(0, b - a)]:  # part of the item; a whole item goes with its separator
                spans += [(a + start, a + end) for start, end in inside]
            elif index:
                spans.append((items[index - 1][1], b))  # with the separator before it
            else:
                spans.append((a, items[1][0] if len(items) > 1 else b))  # the first: with the one after it
    return spans


def off_subject_trailer_items(
    kept: list[LineSignals], edits: list[tuple[int, int, str]], config: CleaningConfig = DEFAULTS
) -> list[tuple[int, int, str]]:
    """Gambling words as items of a CMS keyword trailer (标签：房价 二手房 彩票开奖, Tags: …, sportsbook odds) on a
    page whose other kept lines never speak of gambling: they are no keyword of this article.

    ``find_trailer_items`` cuts brands and spam-only terms, which are spam on any page; a word the news
    uses too (彩票开奖, 体育投注, online baccarat) is a keyword of a page about lotteries or casinos, and only
    the rest of the page tells. Safe: only lines under a CMS label (not a site's product list), only items
    with a gambling word, and only when no other kept line holds one or reports on gambling.
    """
    trailers = [s for s in kept if _is_keyword_label(TRAILER_LABEL_RE.match(s.text))]
    others = [s for s in kept if s not in trailers]
    if not trailers or any(s.score or s.all_brands or s.reporting for s in others):
        return []
    taken = {i for a, b, _ in edits for i in range(a, b)}
    page = "\n".join(s.text for s in others).lower()
    spans: list[tuple[int, int, str]] = []
    for s in trailers:
        items = trailer_items(s.text, config)
        for index, (a, b) in enumerate(items):
            if taken.intersection(range(s.start + a, s.start + b)) or not _names_gambling(s.text[a:b], config):
                continue
            if _page_says(s.text[a:b], page):
                continue  # lottery funding under a National Lottery story: the masked name speaks of it
            start = items[index - 1][1] if index else a
            end = b if index else (items[1][0] if len(items) > 1 else b)
            spans.append((s.start + start, s.start + end, "keyword_trailer_item"))
    return spans


def _page_says(item: str, page: str) -> bool:
    """A gambling word of the item stands in the page's other lines (``page``, lower case) as written, inside a
    legitimate name too (lottery of National Lottery, 彩票 of 中国福利彩票): the page does speak of it."""
    return any(term in page for term in measure_line(item, 0).terms)


def _is_keyword_label(label: re.Match[str] | None) -> bool:
    """A keyword or search label (标签：, Tags:, 相关搜索：), not a reading list or a neighbour link, whose
    items are headlines (上一篇：啟德體育園下月試運)."""
    return label is not None and not label["reading"] and NEIGHBOUR_LABEL_RE.search(label.group()) is None


# Neighbour links: their items are the neighbouring articles' headlines.
NEIGHBOUR_LABEL_RE = re.compile(r"[上下]一(?:篇|条|條)")


def _names_gambling(item: str, config: CleaningConfig) -> bool:
    """The item holds a gambling word other than a business noun alone (体育, 娱乐 tag a sports or a show page)."""
    s = measure_line(item, 0)
    return s.score >= config.trailer_term_min_score or bool(trade_terms(s))


def _brands_in_headline(item: str, config: CleaningConfig) -> list[tuple[int, int]]:
    """The brands in an item that stays a clean headline without them, else []."""
    spans = brand_spans(item, weak=True)
    rest = delete_spans(item, [(a, b, "brand") for a, b in spans]).text
    if not spans or len(HAN_RE.findall(rest)) < config.trailer_headline_min_chars or not _is_plain(rest):
        return []
    return spans


register(
    "keyword_trailer_item",
    "span",
    "spam",
    "brands and spam domains mixed into a labelled keyword line (`本文关键词：`, `标签：`, `上一篇：`)",
    find_trailer_items,
)
