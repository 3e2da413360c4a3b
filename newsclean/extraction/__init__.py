"""Article extraction: one HTML page in, one ``Article`` out.

The body comes from trafilatura (the best generic extractor on the public
benchmarks: F1 0.96 on Zyte's), on a tree reshaped where its rules lose article text
(``prepare``: captions, layout tables, split bodies, embedded posts) and with the page
chrome it keeps removed afterwards (``chrome``: headline, menus, related links, blocks
beside the article). newsclean adds what it lacks for Chinese news: headline without
the portal suffix, bylines, ISO dates in the site's zone, and script-based language.
``extract`` is pure (no Scrapy), so it can be benchmarked alone.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import trafilatura
from htmldate import find_date
from trafilatura.metadata import (
    META_URL,
    Document,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.html import strip_html_spam
from newsclean.cleaning.types import Removal
from newsclean.extraction.chrome import (
    LinkTexts,
    article_container,
    page_headlines,
    strip_cross_references,
    strip_header_chrome,
    strip_leading_navigation,
    trim_to_container,
)
from newsclean.extraction.dates import find_published_at, page_titles, parse_html, script_timestamp
from newsclean.extraction.furniture import strip_leading_meta, strip_trailing_furniture
from newsclean.extraction.metadata import author_of, language_of, plausible_author, title_of
from newsclean.extraction.persons import person_names
from newsclean.extraction.prepare import (
    caption_texts,
    drop_code,
    prepare_tree,
    restore_bylines,
    show_script_shown_content,
)
from newsclean.extraction.selectors import drop_noise, select_field
from newsclean.extraction.site import site_name_of
from newsclean.sites.profile import Selectors

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


def canonical_url_of(tree: object, url: str) -> str:
    hrefs = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")  # type: ignore[attr-defined]
    href = next((h.strip() for h in hrefs if h.strip()), "")
    return urljoin(url, href) if href else url


# htmldate's extensive search guesses from dates in link URLs; a page without a date has none.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def page_metadata(tree: Any, url: str) -> Document:
    """Title, author, date and site name as trafilatura finds them, without the rest.

    The steps of ``trafilatura.metadata.extract_metadata`` for the fields ``extract``
    reads; its categories, tags and licence are left out (a third of its time), and so is
    its search of the page for an author (``searched_author``): ``author`` holds the
    author the meta tags and JSON-LD name. The tree is only read. A page too broken for
    them has no metadata, as in ``trafilatura.bare_extraction``.
    """
    try:
        return _page_metadata(tree, url)
    except (TypeError, ValueError):
        return Document()


def _page_metadata(tree: Any, url: str) -> Document:
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # trafilatura's rule: a one-word meta author is a handle or a site
    # malformed JSON-LD is common; trafilatura ignores its errors too
    with contextlib.suppress(Exception):
        metadata = extract_meta_json(tree, metadata)
    metadata.title = metadata.title or extract_title(tree)
    metadata.url = metadata.url or extract_url(tree, url or None)
    metadata.date = find_date(tree, url=metadata.url, **DATE_PARAMS)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (match := META_URL.match(metadata.url)):
        metadata.sitename = match[1]
    metadata.clean_and_trim()
    return metadata


def searched_author(tree: Any) -> str | None:
    """trafilatura's search of the page for an author (bylines by class and itemprop), cleaned
    like its metadata. Up to half of its metadata time on Chinese portals."""
    found = Document()
    restore_bylines(tree)  # the body is out: trafilatura may see the byline classes again
    try:
        found.author = extract_author(tree)
    except (TypeError, ValueError):
        return None
    found.clean_and_trim()
    return found.author


def article_author(body: str, document: Document, tree: Any, profile_value: str | None) -> str | None:
    """``author_of`` with trafilatura's author: the page search runs only when the byline rules,
    the meta tags and JSON-LD all find nobody, since ``author_of`` consults it last."""
    author = author_of(body, document.author, tree, profile_value)
    if author is None and document.author is None and not profile_value:
        author = person_names(plausible_author(searched_author(tree)))
    return author


def extract_body(tree: Any, url: str) -> str:
    """The article text of a prepared tree, one paragraph per line."""
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        fast=True,
    )
    return getattr(document, "text", None) or ""


def strip_page_chrome(body: str, tree: Any, headlines: list[str], links: LinkTexts) -> str:
    """Drop a menu above the article, cross-references in it and the blocks beside it at its edges (see ``chrome``)."""
    body = strip_cross_references(strip_leading_navigation(body, links, headlines), links)
    container = article_container(tree)
    if container is not None:
        body = trim_to_container(body, container.text_content(), caption_texts(tree))
    return body


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
    script_moment = script_timestamp(tree, default_timezone)  # before the scripts are dropped
    show_script_shown_content(tree)  # before the hidden-block rules: WeChat's text is hidden until a script runs
    removed = tuple(strip_html_spam(tree, url, config))
    drop_noise(tree, selectors.noise)
    prepare_tree(tree)
    document = page_metadata(tree, url)
    drop_code(tree)
    body = extract_body(tree, url)
    site_name = site_name_of(tree, document.sitename, url)
    title = select_field(tree, selectors.title) or title_of(tree, document.title, site_name)
    headlines = [title, *page_headlines(tree), *page_titles(tree)]
    links = LinkTexts(tree)
    # A site profile's body selector names the article's element: its text is taken as the profile says.
    selected = select_field(tree, selectors.body, joiner="\n")
    body = strip_header_chrome(selected or strip_page_chrome(body, tree, headlines, links), title, headlines)
    if not selected:
        body = strip_trailing_furniture(body, links)
    author = article_author(body, document, tree, select_field(tree, selectors.author))
    if not selected:
        body = strip_leading_meta(body)  # after the author is read from the byline in it
    published = find_published_at(
        tree, document.date, default_timezone, url, select_field(tree, selectors.date), script_moment=script_moment
    )
    return Article(
        url=url,
        canonical_url=canonical_url_of(tree, url),
        title=title,
        body=body,
        published_at=published.value,
        published_at_source=published.source,
        author=author,
        site_name=site_name,
        language=language_of(tree, body),
        removed=removed,
    )
