"""Title, author, site name and language of an article page.

trafilatura finds most of these; what it does not know about Chinese pages is
written here: the ``_观察者网`` title suffix, bylines such as 【文/观察者网 齐倩】
or 记者 张三, and language from the text's script when the page does not say.
"""

from __future__ import annotations

import re
from typing import Any

# Separators between a headline and the site or channel names portals append: 标题_频道_站点, 标题 - 新华网, 标题|站点.
TITLE_SEPARATOR_RE = re.compile(r"\s*(?:_|｜|\||\s[-–—]\s|--)\s*")
# A trailing title segment at most this long is a site or channel name (新浪财经, 观察者网, Reuters).
SITE_SEGMENT_MAX_CHARS = 16
# Bylines: 【文/观察者网 齐倩】, 文/李四, 记者 张三, 作者：王五. The name is 2-4 Han characters.
BYLINE_RE = re.compile(
    r"(?:文\s*/|作者\s*[:：/]|记者\s*[:：]?|撰文\s*[:：]?|撰稿\s*[:：]|发布者\s*[:：]|博主\s*[:：])\s*"
    r"(?:[\u4e00-\u9fff]{2,6}(?:网|社|报|台)\s+)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[A-Za-z][\w.\-]{2,19})"
    r"(?=[\s）)】\]，,。/|;；:：·]|$)"
)
# Words that follow 记者/作者 in prose but are no name: 记者了解到, 记者从…获悉, 记者采访了解.
NOT_NAMES = frozenset(
    {
        "了解",
        "获悉",
        "采访",
        "看到",
        "注意到",
        "发现",
        "调查",
        "近日",
        "日前",
        "表示",
        "观察",
        "走访",
        "随机",
        "实地",
        "探访",
        "得知",
        "从中",
        "查询",
        "咨询",
        "联系",
        "致电",
        "来到",
    }
)
# (姚峰 上海报道), （记者 张三 北京报道）; 本贴由 大卫 于2005年…
REPORTED_FROM_RE = re.compile(r"[（(]\s*(?:记者\s*)?(?P<name>[\u4e00-\u9fff]{2,4})\s+[\u4e00-\u9fff]{2,6}报道\s*[)）]")
# Page-wide, only explicit credits count: a bare 记者 in prose (记者证实, 记者采访了解) is no byline.
LABELLED_BYLINE_RE = re.compile(
    r"(?:作者\s*[:：]|文\s*/|本报记者|特约记者|新华社记者|通讯员)\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[A-Za-z][\w.\-]{2,19})(?=[\s）)】\]，,。/|;；:：·]|$)"
)
FORUM_POSTER_RE = re.compile(r"本贴由\s*(?P<name>[\u4e00-\u9fff\w]{2,12})\s*于")
# A name in parentheses closing the article: …自甘穷酸的外科医生。（袁源）
CLOSING_NAME_RE = re.compile(r"[（(]\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*[)）]\s*$")
# The editor credit, the last resort for an author: 责任编辑：刘林源, (责编：萧潇、张妍), 编辑：苏亮.
EDITOR_RE = re.compile(r"(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})(?=[\s）)】\]，,、。/|;；]|$)")
BYLINE_LINES = 4  # bylines sit in the first lines of the body ...
BYLINE_TAIL_LINES = 3  # ... or in its last ones (（记者 张三）, 作者：李四)
# Text after the headline where the dateline block prints the byline (characters).
BYLINE_WINDOW_CHARS = 400
# The first text nodes after the headline: enough for the dateline block, cheap on huge pages.
HEADLINE_FOLLOWING_XPATH = "(//h1)[1]/following::text()[not(ancestor::script)][position() <= 80]"
# Author metadata that is a site, a list or an id, not a person: 云南网, L_104485, a;b, www.x.cn.
BAD_AUTHOR_RE = re.compile(r"[;；,，/|]|www\.|\.com|\.cn|\d{3,}|_")
AUTHOR_MAX_CHARS = 20
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# Share of Han characters above which untagged text is Chinese.
HAN_SHARE_FOR_ZH = 0.3


def _first(tree: Any, xpath: str) -> str:
    values = [v.strip() for v in tree.xpath(xpath) if isinstance(v, str) and v.strip()]
    return values[0] if values else ""


def site_name_of(tree: Any, fallback: str | None) -> str:
    return _first(tree, "//meta[@property='og:site_name']/@content") or (fallback or "")


def strip_site_suffix(title: str, site_name: str) -> str:
    """Drop the site and channel names a portal appends to a headline.

    >>> strip_site_suffix("特朗普宣布将允许英伟达对华出口H200芯片_观察者网", "")
    '特朗普宣布将允许英伟达对华出口H200芯片'
    >>> strip_site_suffix("Markets rally - Reuters", "Reuters")
    'Markets rally'
    """
    title = title.strip()
    end = len(title)
    for separator in reversed(list(TITLE_SEPARATOR_RE.finditer(title))):
        segment, head = title[separator.end() : end], title[: separator.start()]
        if segment != site_name and (len(segment) > SITE_SEGMENT_MAX_CHARS or len(segment) > len(head)):
            break
        end = separator.start()
    return title[:end]


def title_of(tree: Any, extracted: str | None, site_name: str) -> str:
    """The headline: the page's <h1> when the <title> starts with it, else the <title> minus its suffix."""
    raw = _first(tree, "//meta[@property='og:title']/@content") or _first(tree, "//title/text()") or (extracted or "")
    for h1 in tree.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text and raw.startswith(text):
            return text
    return strip_site_suffix(raw, site_name)


def _plausible_author(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    if not value or len(value) > AUTHOR_MAX_CHARS or BAD_AUTHOR_RE.search(value):
        return None
    return value


def _byline_name(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The first name a byline pattern finds in ``text`` that is not a verb of reporting (记者了解到)."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.group("name") not in NOT_NAMES:
                return match.group("name")
    return None


def author_of(body: str, extracted: str | None, tree: Any, profile_value: str | None = None) -> str | None:
    """The author: a profile's author selector, a byline (首尾 of the body, or the dateline block
    after the headline), then author metadata that names a person."""
    if profile_value:
        return _byline_name(profile_value, (BYLINE_RE,)) or profile_value.strip()
    lines = body.splitlines()
    near_headline = " ".join(tree.xpath(HEADLINE_FOLLOWING_XPATH))[:BYLINE_WINDOW_CHARS]
    for text in (*lines[:BYLINE_LINES], near_headline, *lines[-BYLINE_TAIL_LINES:]):
        name = _byline_name(text, (BYLINE_RE, REPORTED_FROM_RE))
        if name:
            return name
    closing = CLOSING_NAME_RE.search(lines[-1]) if lines else None
    if closing:
        return closing.group("name")
    page_text = " ".join(" ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")).split())
    name = _byline_name(page_text, (LABELLED_BYLINE_RE, REPORTED_FROM_RE, FORUM_POSTER_RE)) or _byline_name(
        page_text, (EDITOR_RE,)
    )
    if name:
        return name
    meta = _first(tree, "//meta[@name='author']/@content")
    return _plausible_author(meta) or _plausible_author(extracted)


def language_of(tree: Any, text: str) -> str:
    """``<html lang>`` or Content-Language, else ``zh`` when the text is mostly Han, else ``und``."""
    declared = _first(tree, "/html/@lang") or _first(tree, "//meta[@http-equiv='Content-Language']/@content")
    if declared:
        return declared.split(",")[0].strip()
    sample = "".join(text.split())[:2000]
    if sample and len(HAN_RE.findall(sample)) / len(sample) >= HAN_SHARE_FOR_ZH:
        return "zh"
    return "und"
