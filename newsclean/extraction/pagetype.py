"""Is a page an article (emit it) or a listing (only follow its links)?

Page signals come first: Open Graph ``og:type=article``, ``article:published_time``
and JSON-LD ``NewsArticle`` are written by CMSs for articles only. Without them the
URL decides: dated paths and numeric ids (/2025/12/09/1234.html, 20251209/a1.shtml)
are articles; list, tag, search, channel and pagination URLs never are.
"""

from __future__ import annotations

import re
from typing import Any

ARTICLE_META_XPATH = (
    "//meta[(@property='og:type' or @name='og:type') and translate(@content,'ARTICLE','article')='article']"
    " | //meta[@property='article:published_time' or @name='article:published_time']"
)
JSON_LD_ARTICLE_RE = re.compile(r'"@type"\s*:\s*"(?:News|Blog|Report)?Article"')
ARTICLE_URL_RE = re.compile(
    r"/(?:19|20)\d{2}[-/]?\d{2}[-/]?\d{2}/|/\d{5,}\.s?html?$|/[a-z0-9_-]*\d{4,}[a-z0-9_-]*\.s?html?$|\.shtml$",
    re.IGNORECASE,
)
LISTING_URL_RE = re.compile(
    r"/(?:list|lists|tag|tags|search|category|channel|column|topic|page)(?:[/_.-]|$)|[?&](?:page|p|q)=|_\d{1,3}\.s?html?$"
    r"|/index(?:_\d+)?\.s?html?$|/$",
    re.IGNORECASE,
)


def has_article_markup(tree: Any) -> bool:
    if tree.xpath(ARTICLE_META_XPATH):
        return True
    return any(JSON_LD_ARTICLE_RE.search(s) for s in tree.xpath("//script[@type='application/ld+json']/text()"))


def is_listing_url(url: str) -> bool:
    """
    >>> is_listing_url("https://news.example.cn/list/world_2.html")
    True
    """
    return bool(LISTING_URL_RE.search(url.split("#")[0]))


def is_article_url(url: str) -> bool:
    """
    >>> is_article_url("https://news.example.cn/news/2025/12/09/1001.html")
    True
    """
    return bool(ARTICLE_URL_RE.search(url.split("?")[0].split("#")[0])) and not is_listing_url(url)


def looks_like_article(tree: Any, url: str) -> bool:
    """True for article pages; listing pages are crawled for links but never emitted."""
    if is_listing_url(url):
        return False
    return has_article_markup(tree) or is_article_url(url)
