"""The article's title: the headline as printed, whole and without the site's suffix.

trafilatura's title is the og:title or ``<title>``, as the page's metadata gives it. Portals append
their channel and site names (标题_频道_观察者网, 标题 - 新华网, 标题-新华网), and some cut og:title
short (a quote inside the attribute ends it: 男孩因不想上补习班 写); the printed ``<h1>`` or headline
text is preferred when it is the title, whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsclean.extraction.headline import visible_headline

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newsclean.extraction.page import Page

# Separators between a headline and the site or channel names portals append: 标题_频道_站点, 标题 - 新华网, 标题|站点.
TITLE_SEPARATOR_RE = re.compile(r"\s*(?:_|｜|\||\s[-–—]\s|--)\s*")
# A trailing title segment at most this long is a site or channel name (新浪财经, 观察者网, Reuters).
SITE_SEGMENT_MAX_CHARS = 16
# A <title> this long that an <h1> starts with is that headline cut short (shorter ones may be a site name).
TITLE_PREFIX_MIN_CHARS = 6
# The page's only <h1>, this long, is its printed headline (shorter ones are logos and channel names).
SOLE_H1_MIN_CHARS = 8


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


def title_of(page: Page, extracted: str | None, site_name: str) -> str:
    """The headline, whole and without the site's suffix.

    An ``<h1>`` the ``og:title`` or ``<title>`` starts with, or one that starts with a cut ``og:title``
    (a quote inside the attribute ends it: 男孩因不想上补习班 写); else the printed text the ``<title>``
    starts with, when it holds most of the title; else the ``<title>`` minus its site and channel names.
    """
    og = page.first_text("//meta[@property='og:title']/@content")
    html_title = " ".join(page.first_text("//title/text()").split())
    raw = og or html_title or (extracted or "")
    if og and html_title and len(html_title) > len(og) and html_title.startswith(og):
        raw = html_title  # og:title cut short: the <title> holds the whole headline
    for text in page.h1_texts:
        if text and (raw.startswith(text) or (og and len(text) > len(og) and text.startswith(og))):
            return text
    stripped = _strip_site_name(strip_site_suffix(raw, site_name), site_name)
    for text in page.h1_texts:
        if len(stripped) >= TITLE_PREFIX_MIN_CHARS and len(text) > len(stripped) and text.startswith(stripped):
            return text  # the <title> keeps the headline's first part only (…营收274亿元 | h1: … 交付量同比下滑)
    sole = [(h1, text) for h1, text in zip(page.h1s, page.h1_texts, strict=True) if text]
    if len(sole) == 1 and _is_printed_headline(*sole[0], site_name):
        return sole[0][1]  # the page's one printed headline, when its <title> words it another way
    printed = visible_headline(page.tree, [raw])
    if printed and len(printed) * 2 >= len(stripped) and len(printed) < len(stripped):
        return printed  # the <title> keeps a channel or site after the headline with no separator we know
    return stripped


def _is_printed_headline(h1: HtmlElement, text: str, site_name: str) -> bool:
    """An ``<h1>`` that reads as a headline: long enough, not the site's name, not a link (a logo's <h1>)."""
    if len(text) < SOLE_H1_MIN_CHARS or (site_name and (text in site_name or site_name in text)):
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in h1.iter("a"))
    return linked * 2 < len(text)


def _strip_site_name(title: str, site_name: str) -> str:
    """The title without the site's name at its end after any separator, a bare hyphen too (…交通-新华网)."""
    if site_name and len(title) > len(site_name) + 1 and title.endswith(site_name):
        head = title[: -len(site_name)]
        if head[-1] in "-_|｜ \u3000–—:：":
            return head.rstrip("-_|｜ \u3000–—:：")
    return title
