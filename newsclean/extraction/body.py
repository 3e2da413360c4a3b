"""The article's body: trafilatura's text of the prepared page, one paragraph per line, trimmed at its edges.

trafilatura (the best generic extractor on the public benchmarks: F1 0.96 on Zyte's) reads the tree
``prepare`` reshaped where its rules lose article text (captions, layout tables, split bodies, embedded
posts). What it keeps around the article is removed afterwards: the headline and dateline lines, a menu
above the article, cross-references in it and the blocks beside it (``chrome``), then the page
furniture after its last line (``furniture``); the dateline block above it goes later (``leading``),
once the author is read. A site profile's body selector names the article's element: its text is taken
as the profile says, only the headline and dateline lines go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import trafilatura

from newsclean.extraction.chrome import (
    strip_cross_references,
    strip_header_chrome,
    strip_leading_navigation,
    trim_to_container,
)
from newsclean.extraction.furniture import strip_trailing_furniture

if TYPE_CHECKING:
    from newsclean.extraction.page import Page

# A page has one headline; more <h1> than this are section titles of a listing or a
# templated sidebar, and their texts are not compared.
HEADLINE_MAX_H1 = 3


def extract_body(page: Page) -> str:
    """The article text of the prepared tree, one paragraph per line."""
    document = trafilatura.bare_extraction(
        page.tree,
        url=page.url or None,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        fast=True,
    )
    return getattr(document, "text", None) or ""


def page_headlines(page: Page, title: str) -> list[str]:
    """The texts a copy of the headline may take: ``title``, the ``<h1>`` texts (when there are few),
    og:title and ``<title>``."""
    h1_texts = page.h1_texts if len(page.h1_texts) <= HEADLINE_MAX_H1 else []
    return [title, *h1_texts, *page.titles]


def strip_page_chrome(page: Page, body: str, headlines: list[str]) -> str:
    """Drop a menu above the article, cross-references in it and the blocks beside it at its edges (see ``chrome``)."""
    body = strip_cross_references(strip_leading_navigation(body, page.links, headlines), page.links)
    if page.container is not None:
        body = trim_to_container(body, page.container.text_content(), page.caption_texts())
    return body


def trim_body(page: Page, body: str, title: str, selected: str | None) -> str:
    """``body`` (trafilatura's) without the page chrome and the trailing furniture, or the profile's
    ``selected`` text without the headline and dateline lines.

    The dateline block above the first paragraph (``leading.strip_leading_meta``) stays: the author
    is read from the byline in it first.
    """
    headlines = page_headlines(page, title)
    body = strip_header_chrome(selected or strip_page_chrome(page, body, headlines), title, headlines)
    if selected:
        return body
    captions = {" ".join(text.split()) for text in page.caption_texts()}
    return strip_trailing_furniture(body, page.links, captions)
