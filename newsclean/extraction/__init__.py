"""Article extraction: one HTML page in, one ``Article`` out.

A ``Page`` (``page``) holds the parsed page and what several fields read from it, found once: titles,
``<h1>``, the headline (``headline``) and the dateline after it, visible text, JSON-LD, trafilatura's
metadata, link texts, the article's container. One module per field reads it, never another field's
module: ``title``, ``body`` (trafilatura on a tree ``prepare`` reshaped, trimmed by ``chrome``,
``furniture`` and ``leading``), ``dates``, ``authors`` (with ``bylines``, ``persons`` and
``markup_author``), ``site`` and ``language``.
newsclean adds what trafilatura lacks for Chinese news: headline without the portal suffix, bylines,
ISO dates in the site's zone, and script-based language. ``extract`` is pure (no Scrapy), so it can
be benchmarked alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.html import strip_html_spam
from newsclean.cleaning.types import Removal
from newsclean.extraction.authors import article_author
from newsclean.extraction.body import extract_body, page_headlines, trim_body
from newsclean.extraction.dates import find_published_at, script_timestamp
from newsclean.extraction.language import language_of
from newsclean.extraction.leading import strip_leading_meta
from newsclean.extraction.page import Page, page_metadata, parse_html
from newsclean.extraction.prepare import drop_code, show_script_shown_content
from newsclean.extraction.selectors import drop_noise, select_field
from newsclean.extraction.site import site_name_of
from newsclean.extraction.title import title_of
from newsclean.sites.profile import Selectors

__all__ = ["DEFAULT_TIMEZONE", "Article", "Page", "extract", "page_metadata", "parse_html"]

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
    published_at_source: str | None = None  # json-ld, meta, profile, visible-text, script, relative, url or htmldate


def canonical_url_of(page: Page) -> str:
    hrefs = page.tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    href = next((h.strip() for h in hrefs if h.strip()), "")
    return urljoin(page.url, href) if href else page.url


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

    The steps run in this order because each reads the tree as the one before left it
    (see ``page``): the script moment before anything is removed, trafilatura's metadata
    on the prepared tree, the fields once the code is dropped.
    """
    selectors = selectors or Selectors()
    page = Page(url, html, tree)
    script_moment = script_timestamp(page, default_timezone)  # before the scripts are dropped
    show_script_shown_content(page.tree)  # before the hidden-block rules: WeChat's text is hidden until a script runs
    removed = tuple(strip_html_spam(page.tree, url, config))
    drop_noise(page.tree, selectors.noise)
    page.prepare()
    document = page.metadata  # on the prepared tree, scripts still in
    drop_code(page.tree)
    body = extract_body(page)
    site_name = site_name_of(page, document.sitename)
    title = select_field(page.tree, selectors.title) or title_of(page, document.title, site_name)
    selected = select_field(page.tree, selectors.body, joiner="\n")
    body = trim_body(page, body, title, selected)
    author = article_author(page, body, select_field(page.tree, selectors.author))
    if not selected:
        body = strip_leading_meta(body, page_headlines(page, title))  # after the author is read from the byline in it
    published = find_published_at(
        page, document.date, default_timezone, select_field(page.tree, selectors.date), script_moment=script_moment
    )
    return Article(
        url=url,
        canonical_url=canonical_url_of(page),
        title=title,
        body=body,
        published_at=published.value,
        published_at_source=published.source,
        author=author,
        site_name=site_name,
        language=language_of(page, body),
        removed=removed,
    )
