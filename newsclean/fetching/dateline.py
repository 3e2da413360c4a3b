"""A page's own headline, and whether a date or byline follows it (the dateline of an article).

Used by ``pageshape``: a short text under a headline and a dateline is a news brief.
"""

from __future__ import annotations

import re
from typing import Any

from newsclean.extraction.dates import VISIBLE_DATE_RE
from newsclean.fetching.textunits import PARAGRAPH_MIN_UNITS, SPACE_RE, TITLE_LINK_MIN_UNITS, units

# Byline and dateline words found near a headline.
BYLINE_RE = re.compile(
    r"记者|作者|来源|编辑|通讯员|发布|发表|日期|时间|本报讯|电（|\bBy\s+[A-Z]|\bPublished\b|\bUpdated\b|\bPosted\b",
)
# November 18, 2019 / 18 Nov 2019: English datelines.
EN_DATE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b"
)
# Characters of text read after the headline for a date or byline.
DATELINE_CHARS = 300


def _is_linked(heading: Any) -> bool:
    """A heading whose text is a link: a teaser's headline on a listing, not the page's own."""
    text = units(heading.text_content())
    return text > 0 and sum(units(a.text_content()) for a in heading.iter("a")) >= text / 2


def headline_element(tree: Any) -> Any:
    """The first non-empty, unlinked <h1>, else the first <h2>/<h3> whose text starts the <title>."""
    for h1 in tree.iter("h1"):
        if h1.text_content().strip() and not _is_linked(h1):
            return h1
    title = SPACE_RE.sub("", "".join(tree.xpath("//title//text()")))
    for heading in tree.xpath("//h2 | //h3"):
        text = SPACE_RE.sub("", heading.text_content())
        if len(text) >= 4 and title.startswith(text) and not _is_linked(heading):
            return heading
    return None


def _in_link(text: Any) -> bool:
    """Whether an lxml text result (``.text`` or ``.tail``) sits inside an <a>."""
    element = text.getparent()
    element = element if text.is_text or element is None else element.getparent()
    return element is not None and (element.tag == "a" or any(a.tag == "a" for a in element.iterancestors()))


def has_dateline(headline: Any) -> bool:
    """A date or byline right after the headline, followed by text rather than a headline link.

    On a listing, the text after a channel name is its first teaser: a headline link comes
    next (``<li><span>2025-12-09</span><a>…</a></li>``), not a paragraph.
    """
    dated, seen = False, 0
    for text in headline.xpath("following::text()[position() <= 120]"):
        if not text.strip():
            continue
        if units(text) >= TITLE_LINK_MIN_UNITS and _in_link(text):
            return False
        if dated and units(text) >= PARAGRAPH_MIN_UNITS:
            return True
        dated = dated or bool(VISIBLE_DATE_RE.search(text) or EN_DATE_RE.search(text) or BYLINE_RE.search(text))
        seen += len(text.strip())
        if seen > DATELINE_CHARS:
            return dated
    return dated
