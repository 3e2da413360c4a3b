"""Is a page an article (emit it) or not (only follow its links), and why?

The content decides (``pageshape``): a dominant block of prose with few links in it is an
article; many headline links with little prose is a listing. URLs and markup are hints
that tip the short cases, not the only door:

- a profile's ``listing_urls``, and tag, search, list and pagination URLs are never
  articles (still followed);
- a long prose block (``LONG_PROSE_UNITS``) that is not a list of teasers is an article,
  whatever its URL says (``/p/17.html``, a trailing slash, no Open Graph);
- a short one (a brief, ``BRIEF_PROSE_UNITS`` and up) is an article when a date or byline
  follows its headline, or a hint says so: Open Graph ``article``, JSON-LD ``NewsArticle``,
  a dated or numeric article URL, a profile's ``article_urls``, or a URL the user, a sitemap
  or a feed named;
- a page with less prose still goes to extraction when its markup or URL says article
  (extraction then keeps it or says why not), and is otherwise no article;
- a list of teasers, or a container mostly of links, is a listing unless the page's markup
  says article over a brief's worth of prose (never over a list of teasers).

Every "no" carries a reason, the stat suffix ``newsclean/pages/not_article/<reason>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsclean.fetching.pageshape import LISTING_MIN_TITLE_LINKS, PageShape, measure_page

ARTICLE_META_XPATH = (
    "//meta[(@property='og:type' or @name='og:type') and translate(@content,'ARTICLE','article')='article']"
    " | //meta[@property='article:published_time' or @name='article:published_time']"
)
# og:type of a page that says it is something else than an article (website, video.other, profile).
OTHER_OG_TYPE_XPATH = "//meta[(@property='og:type' or @name='og:type') and @content]/@content"
JSON_LD_ARTICLE_RE = re.compile(r'"@type"\s*:\s*"(?:News|Blog|Report)?Article"')
ARTICLE_URL_RE = re.compile(
    r"/(?:19|20)\d{2}[-/]?\d{2}[-/]?\d{2}/|/\d{5,}\.s?html?$|/[a-z0-9_-]*\d{4,}[a-z0-9_-]*\.s?html?$|\.shtml$"
    # a headline slug of five words or more (/nasa-finds-water-vapor-on-europa/): section names are shorter
    r"|/[a-z0-9]+(?:-[a-z0-9]+){4,}(?:\.s?html?)?/?$",
    re.IGNORECASE,
)
# Never an article: tag, search, list and category pages, page 2 of anything.
LISTING_URL_RE = re.compile(
    r"/(?:list|lists|tag|tags|search|category|categories|page)(?:[/_.-]|$)|_\d{1,3}\.s?html?$"
    # a search, or page 2 and on (page=1 rides along on article URLs: news_view.html?idx=8576&page=1)
    r"|[?&](?:q|s|keyword)=|[?&](?:page|p)=(?:[2-9]|\d{2,})",
    re.IGNORECASE,
)
# Usually a listing (a home or channel page), but articles live there too (/a6767234/, /topic/2019/...):
# only long prose makes such a page an article.
SECTION_URL_RE = re.compile(r"/(?:index(?:_\d+)?\.s?html?|default\.s?html?|channel|column|topic)?$", re.IGNORECASE)

# Units of prose (see pageshape.units) that make a page an article by content alone: a short news
# story. The shortest real articles of the benchmark sets hold ~100 (a 新华社 brief); listing pages
# of the fixture sites hold at most ~120 of teaser and footer text outside lists.
LONG_PROSE_UNITS = 250
# Units of prose of the shortest brief: a dispatch of two sentences (新华社北京12月1日电 …).
BRIEF_PROSE_UNITS = 50
# A named page without a headline is read as an article only when at most this share of its text is links.
NAMED_MAX_LINK_SHARE = 0.5


@dataclass(frozen=True)
class Hints:
    """What is known of a page besides its content."""

    named: bool = False  # the user, a sitemap or a feed named this URL
    chosen: bool = False  # the user named it: its URL's shape does not veto it (a sitemap's listing URL does)
    article_urls: tuple[re.Pattern[str], ...] = ()  # a profile's article_urls
    listing_urls: tuple[re.Pattern[str], ...] = ()  # a profile's listing_urls


@dataclass(frozen=True)
class Verdict:
    is_article: bool
    reason: str  # why: content, brief, hint (articles); listing_url, listing_shape, no_prose, not_news … (others)
    shape: PageShape | None = None


def has_article_markup(tree: Any) -> bool:
    if tree.xpath(ARTICLE_META_XPATH):
        return True
    return any(JSON_LD_ARTICLE_RE.search(s) for s in tree.xpath("//script[@type='application/ld+json']/text()"))


def _path(url: str) -> str:
    return url.split("#")[0]


def is_listing_url(url: str) -> bool:
    """
    >>> is_listing_url("https://news.example.cn/list/world_2.html")
    True
    """
    return bool(LISTING_URL_RE.search(_path(url)))


def is_article_url(url: str) -> bool:
    """
    >>> is_article_url("https://news.example.cn/news/2025/12/09/1001.html")
    True
    """
    return bool(ARTICLE_URL_RE.search(_path(url).split("?")[0])) and not is_listing_url(url)


def is_section_url(url: str) -> bool:
    """A home, index or channel URL.

    >>> is_section_url("https://news.example.cn/world/"), is_section_url("https://a.example/p/17.html")
    (True, False)
    """
    return bool(SECTION_URL_RE.search(_path(url).split("?")[0])) and not is_article_url(url)


def says_other_than_article(tree: Any) -> bool:
    """og:type names something else than an article (``website``: a home, about or channel page)."""
    types = [t.strip().lower() for t in tree.xpath(OTHER_OG_TYPE_XPATH)]
    return bool(types) and not any(t == "article" or t.endswith(".article") for t in types)


def _matches(patterns: tuple[re.Pattern[str], ...], url: str) -> bool:
    return any(p.search(url) for p in patterns)


def classify_page(tree: Any, url: str, hints: Hints | None = None) -> Verdict:
    """Article or not, with the reason; ``tree`` (``parse_html``) is only read."""
    hints = hints or Hints()
    if _matches(hints.listing_urls, url):
        return Verdict(False, "profile_listing_url")
    profile_article = _matches(hints.article_urls, url)
    if is_listing_url(url) and not (hints.chosen or profile_article):
        return Verdict(False, "listing_url")
    shape = measure_page(tree)
    if shape.prose >= LONG_PROSE_UNITS and not shape.listing_region:
        return Verdict(True, "content", shape)
    marked = profile_article or has_article_markup(tree)
    # No prose beside headline links (a daily archive at /2026/11/03/) is a listing, whatever its URL.
    bare_links = shape.prose < BRIEF_PROSE_UNITS and shape.title_links >= LISTING_MIN_TITLE_LINKS
    # Markup outweighs a link-heavy container beside a short text, not a list of teasers: some CMSs
    # say og:type=article on every page, channel pages included. Naming a page outweighs neither.
    overruled = marked and shape.prose >= BRIEF_PROSE_UNITS and not (shape.teaser_list and not profile_article)
    if (shape.listing_region or bare_links) and not overruled:
        return Verdict(False, "listing_shape", shape)
    # A named page (by the user, a sitemap, a feed) is an article when it reads as one: a headline, or
    # more prose than links. A home page's one teaser under many links does not.
    named = hints.named and (shape.headline or shape.page_link_share <= NAMED_MAX_LINK_SHARE)
    return _short_page(tree, url, shape, marked or is_article_url(url), named)


def _short_page(tree: Any, url: str, shape: PageShape, hinted: bool, named: bool) -> Verdict:
    """A page with less than ``LONG_PROSE_UNITS`` of prose that is no listing: a brief, or nothing."""
    if is_section_url(url) and not (hinted or named):
        return Verdict(False, "section_url", shape)
    if shape.prose >= BRIEF_PROSE_UNITS:
        if hinted or named:
            return Verdict(True, "hint", shape)
        if says_other_than_article(tree):
            return Verdict(False, "not_news", shape)
        return Verdict(True, "brief", shape) if shape.dateline else Verdict(False, "short_undated", shape)
    if hinted:
        return Verdict(True, "hint", shape)  # extraction decides: no_body or body_too_short, with the URL
    return Verdict(False, "no_prose", shape)


def looks_like_article(tree: Any, url: str, hints: Hints | None = None) -> bool:
    """True for article pages; listing pages are crawled for links but never emitted."""
    return classify_page(tree, url, hints).is_article
