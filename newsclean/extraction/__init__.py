"""Article extraction: one HTML page in, one ``Article`` out.

The body comes from trafilatura (the best generic extractor on the public
benchmarks: F1 0.96 on Zyte's); newsclean adds what it lacks for Chinese news:
headline without the portal suffix, bylines, ISO dates in the site's zone, and
script-based language. ``extract`` is pure (no Scrapy), so it can be benchmarked alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import trafilatura

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.html import strip_html_spam
from newsclean.cleaning.types import Removal
from newsclean.extraction.chrome import strip_header_chrome
from newsclean.extraction.dates import find_published_at, parse_html
from newsclean.extraction.metadata import author_of, language_of, site_name_of, title_of
from newsclean.extraction.prepare import prepare_tree
from newsclean.extraction.selectors import drop_noise, select_field
from newsclean.profile import Selectors

DEFAULT_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class Article:
    url: str
    canonical_url: str
    title: str
    body: str  # one paragraph per line
    published_at: str | None
    author: str | None
    site_name: str
    language: str
    removed: tuple[Removal, ...] = ()  # what the HTML-level spam rules took out before extraction
    published_at_source: str | None = None  # json-ld, meta, profile, visible-text, relative, url or htmldate


def canonical_url_of(tree: object, url: str) -> str:
    hrefs = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")  # type: ignore[attr-defined]
    href = next((h.strip() for h in hrefs if h.strip()), "")
    return urljoin(url, href) if href else url


def extract_body(tree: Any, url: str) -> tuple[str, Any]:
    """The article text (one paragraph per line) and trafilatura's document (metadata) of a prepared tree."""
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        fast=True,
        # htmldate's extensive search guesses from dates in link URLs; a page without a date has none.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return getattr(document, "text", None) or "", document


def extract(
    html: str,
    url: str,
    default_timezone: str = DEFAULT_TIMEZONE,
    config: CleaningConfig | None = None,
    selectors: Selectors | None = None,
    tree: Any = None,
) -> Article:
    """Extract the article in ``html`` fetched from ``url``.

    ``config`` tunes the HTML-level spam rules; ``selectors`` (a site profile's) drop
    noise first and override the generic title, body, date and author where they
    match. ``tree``: the page already parsed by the caller (``parse_html(html)``), so it
    is not parsed twice; extraction modifies it. A page with no article gives an empty
    body, never an exception.
    """
    selectors = selectors or Selectors()
    tree = parse_html(html) if tree is None else tree
    removed = tuple(strip_html_spam(tree, url, config))
    drop_noise(tree, selectors.noise)
    prepare_tree(tree)
    body, document = extract_body(tree, url)
    body = select_field(tree, selectors.body, joiner="\n") or body
    site_name = site_name_of(tree, getattr(document, "sitename", None))
    title = select_field(tree, selectors.title) or title_of(tree, getattr(document, "title", None), site_name)
    body = strip_header_chrome(body, title)
    published = find_published_at(
        tree, getattr(document, "date", None), default_timezone, url, select_field(tree, selectors.date)
    )
    return Article(
        url=url,
        canonical_url=canonical_url_of(tree, url),
        title=title,
        body=body,
        published_at=published.value,
        published_at_source=published.source,
        author=author_of(body, getattr(document, "author", None), tree, select_field(tree, selectors.author)),
        site_name=site_name,
        language=language_of(tree, body),
        removed=removed,
    )
