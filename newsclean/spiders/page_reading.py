"""One fetched page's CPU work as one unit, for a worker process: decode, parse once, recognise, extract,
find the links to follow.

The spider sends the page's bytes and what it knows of the page; it gets a ``PageReading`` of plain
values back (one round trip per page) and does the rest on the reactor: stats, log lines, the item,
the requests. ``read_page`` is pure: run inline or in a worker, the same page gives the same reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from newsclean.cleaning import CleaningConfig
from newsclean.extraction import Article, extract
from newsclean.extraction.page import parse_html
from newsclean.fetching.encoding import decode_html
from newsclean.fetching.pagetype import Hints, Verdict, classify_page
from newsclean.sites.profile import Selectors

LINK_EXTRACTOR = LinkExtractor()


@dataclass(frozen=True)
class SiteReading:
    """What the spider knows that is the same for every page of the crawl."""

    default_timezone: str
    config: CleaningConfig
    selectors: Selectors | None = None
    encoding_override: str | None = None  # the profile's encoding
    max_links: int = 0  # NEWSCLEAN_MAX_LINKS_PER_PAGE (0: no cap)


@dataclass(frozen=True)
class PageReading:
    encoding: str
    verdict: Verdict
    article: Article | None  # for an article page
    links: tuple[str, ...] = ()  # URLs to consider following, in page order (not yet scoped)
    anchors: int = 0  # links on the page when it had more than ``max_links`` (0: not capped)


def read_page(
    body: bytes, url: str, content_type: str | None, hints: Hints, follow: bool, site: SiteReading
) -> PageReading:
    """Decode, recognise and extract the page; its links too when ``follow``, unless it is the article the user named.

    Extraction reshapes the parsed tree; the link cap counts the anchors left after it, as the spider always did.
    """
    decoded = decode_html(body, content_type, site.encoding_override)
    tree = parse_html(decoded.text)
    verdict = classify_page(tree, url, hints)
    article = None
    if verdict.is_article:
        article = extract(decoded.text, url, site.default_timezone, site.config, site.selectors, tree=tree)
    if not follow or (hints.chosen and verdict.is_article):
        return PageReading(decoded.encoding, verdict, article)
    page = HtmlResponse(url=url, body=decoded.text.encode("utf-8"), encoding="utf-8")
    anchors = tree.xpath("//a[@href]") if tree is not None and site.max_links else []
    capped = len(anchors) > site.max_links
    source = capped_page(page, tree, anchors[: site.max_links]) if capped else page
    links = tuple(link.url for link in LINK_EXTRACTOR.extract_links(source))
    return PageReading(decoded.encoding, verdict, article, links, len(anchors) if capped else 0)


def capped_page(page: HtmlResponse, tree: Any, anchors: list[Any]) -> HtmlResponse:
    """A page of ``anchors`` only (and the page's ``<base>``).

    A hostile page with 100,000 links held the reactor for 3 s in LinkExtractor; every
    download in flight then timed out at once (a 500 page was counted as a timeout).
    """
    base = "".join(f'<base href="{escape(href)}">' for href in tree.xpath("//base/@href")[:1])
    links = "".join(f'<a href="{escape(a.get("href"))}">{escape(a.text_content())}</a>' for a in anchors)
    return page.replace(body=f"<html><head>{base}</head><body>{links}</body></html>".encode(), encoding="utf-8")
