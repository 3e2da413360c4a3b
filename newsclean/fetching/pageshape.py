"""What a page's content looks like: prose in one container, or many short links.

Measured once per page on the parsed tree (read only, before extraction reshapes it),
the way readability scores a page: every block of text is a paragraph, a paragraph of
sentences credits its parent (and half its grandparent), and the best-credited element
is the page's dominant container. An article has a dominant block of prose with few
links in it, a headline, and usually a date near it; a listing has many links with
short anchor texts and little prose. ``pagetype`` decides from these numbers.

Lengths are in *units* (``textunits``). The headline and its dateline are found by
``dateline``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsclean.extraction.dates import VISIBLE_DATE_RE
from newsclean.fetching.dateline import has_dateline, headline_element
from newsclean.fetching.textunits import PARAGRAPH_MIN_UNITS, TITLE_LINK_MIN_UNITS, units

# Subtrees whose text no reader sees as page text.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "select", "option", "textarea", "button", "svg", "iframe"}
)
# Page chrome: its text is page text, never article prose.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
# Footers and breadcrumbs by a class or id token: <div class="footer"> on sites older than <footer>.
# Whole tokens only: a body class such as "sticky-footer" or "has-nav" says nothing of its text.
CHROME_TOKENS = frozenset({"footer", "foot", "copyright", "site-footer", "page-footer", "breadcrumb", "breadcrumbs"})
# Inline elements: their text belongs to the paragraph around them.
INLINE_TAGS = frozenset(
    {
        "a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "sup", "sub", "img", "label",
        "abbr", "cite", "code", "mark", "q", "s", "strike", "time", "wbr", "ins", "del", "br", "tt", "var",
    }
)  # fmt: skip
# A paragraph is sentence text when it has sentence punctuation: menus, tabs and button rows do not.
SENTENCE_MARK_RE = re.compile(r"[，。！？；、,.!?;:：](?:\s|$|[^\d])")
# A paragraph with more than this share of its text in links is a teaser or a link list.
PARAGRAPH_MAX_LINK_SHARE = 0.5
# A region with more of its text in links is navigation or a link list, not an article's container.
CONTAINER_MAX_LINK_SHARE = 0.5
# A region whose paragraphs are at least this many teasers (headline link + summary per item), and
# this share of its paragraphs, is a listing, not an article.
LISTING_MIN_TEASERS = 3
TEASER_SHARE = 0.5
# A summary is at most this long (a teaser of two or three sentences); longer paragraphs are article text.
TEASER_MAX_UNITS = 150
# A page with no prose and this many headline links is a listing.
LISTING_MIN_TITLE_LINKS = 4


@dataclass
class _Block:
    element: Any
    text: list[str]
    linked: float = 0.0
    in_chrome: bool = False


@dataclass(frozen=True)
class PageShape:
    """The numbers ``pagetype`` decides on; lengths in units (see ``units``)."""

    prose: float  # sentence text in the dominant container, outside links
    paragraphs: int  # prose paragraphs in it
    container_link_share: float  # share of the container's text inside links
    container_title_links: int  # headline-length links inside the container (listing items)
    title_links: int  # headline-length links on the whole page
    page_link_share: float  # share of the page's text inside links
    headline: bool  # an <h1>, or a heading that starts the <title>
    dateline: bool  # a date or byline word right after the headline
    dates: int  # distinct dates written in the page's text
    listing_region: bool  # the container is mostly links or a list of teasers
    teaser_list: bool  # ... a list of teasers: headline link + summary per item


def _walk_blocks(body: Any) -> list[_Block]:
    """Every block element's own text (inline children's included), with the units inside links.

    A stack, not recursion: real pages nest deeper than Python's recursion limit.
    """
    blocks: dict[Any, _Block] = {}
    # (element, the parent's block, whether the parent is inside a link, inside chrome)
    stack: list[tuple[Any, Any, bool, bool]] = [(body, body, False, False)]
    while stack:
        element, parent_block, parent_link, parent_chrome = stack.pop()
        _add_text(blocks, parent_block, element.tail, parent_link, parent_chrome)
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIP_TAGS or not tag:
            continue
        block = parent_block if tag in INLINE_TAGS else element
        in_link = parent_link or tag == "a"
        in_chrome = parent_chrome or tag in CHROME_TAGS or _is_chrome_box(element)
        _add_text(blocks, block, element.text, in_link, in_chrome)
        stack.extend((child, block, in_link, in_chrome) for child in element)
    return list(blocks.values())


def _is_chrome_box(element: Any) -> bool:
    tokens = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return not CHROME_TOKENS.isdisjoint(tokens)


def _add_text(blocks: dict[Any, _Block], block: Any, text: str | None, in_link: bool, in_chrome: bool) -> None:
    if not text or not text.strip():
        return
    record = blocks.setdefault(block, _Block(block, [], in_chrome=in_chrome))
    record.text.append(text)
    if in_link:
        record.linked += units(text)


def _prose_units(block: _Block) -> float:
    """Units of sentence text outside links; 0 for a label, a menu, chrome or a link list."""
    text = " ".join(block.text)
    total = units(text)
    if block.in_chrome or total < PARAGRAPH_MIN_UNITS or not SENTENCE_MARK_RE.search(text):
        return 0.0
    return 0.0 if block.linked > PARAGRAPH_MAX_LINK_SHARE * total else total - block.linked


def dominant_container(paragraphs: list[tuple[Any, float]]) -> Any:
    """The element most credited by prose paragraphs: its parent gets a paragraph's units, its grandparent half.

    readability's scoring; the block itself also counts half, for text split by <br> in one <div>.
    """
    credit: dict[Any, float] = {}
    for element, prose in paragraphs:
        parent = element.getparent()
        grandparent = parent.getparent() if parent is not None else None
        for holder, share in ((element, 0.5), (parent, 1.0), (grandparent, 0.5)):
            if holder is not None:
                credit[holder] = credit.get(holder, 0.0) + share * prose
    return max(credit, key=credit.__getitem__, default=None)


@dataclass
class _Held:
    """What an element's subtree holds."""

    prose: float = 0.0
    paragraphs: int = 0
    text: float = 0.0
    linked: float = 0.0
    title_links: int = 0
    teasers: int = 0  # prose paragraphs that are a teaser's summary (see ``_is_teaser``)


def _is_teaser(block: _Block, prose: float, held: dict[Any, _Held]) -> bool:
    """A short paragraph sharing a small item (≤ 2 paragraphs) with a headline link: a listing's summary.

    An article's paragraphs share their parent with one another; a teaser's shares it with
    its headline (``<li><h3><a>…</a></h3><p>summary</p></li>``).
    """
    if prose > TEASER_MAX_UNITS:
        return False
    parent = block.element.getparent()
    for item in (parent, parent.getparent() if parent is not None else None):
        entry = held.get(item) if item is not None else None
        if entry is not None and entry.paragraphs <= 2 and entry.title_links > 0:
            return True
    return False


def _held_by_ancestors(blocks: list[_Block], body: Any) -> dict[Any, _Held]:
    held: dict[Any, _Held] = {}
    for block in blocks:
        prose, text = _prose_units(block), units(" ".join(block.text))
        for element in (block.element, *block.element.iterancestors()):
            entry = held.setdefault(element, _Held())
            entry.prose += prose
            entry.paragraphs += prose > 0
            entry.text += text
            entry.linked += block.linked
    for anchor in body.iter("a"):
        if _is_title_link(anchor):
            for element in (anchor, *anchor.iterancestors()):
                held.setdefault(element, _Held()).title_links += 1
    for block in blocks:
        prose = _prose_units(block)
        if prose and _is_teaser(block, prose, held):
            for element in (block.element, *block.element.iterancestors()):
                held[element].teasers += 1
    return held


def _is_teaser_list(entry: _Held) -> bool:
    return entry.teasers >= LISTING_MIN_TEASERS and entry.teasers >= TEASER_SHARE * entry.paragraphs


def _is_listing_region(entry: _Held) -> bool:
    """Mostly links, or one headline link per paragraph (a list of teasers)."""
    link_share = entry.linked / entry.text if entry.text else 0.0
    return link_share > CONTAINER_MAX_LINK_SHARE or _is_teaser_list(entry)


def widen_container(container: Any, held: dict[Any, _Held]) -> Any:
    """The container, widened to its ancestors while they add prose and stay prose.

    Pages that wrap each paragraph in a card or a column of its own credit one wrapper
    most; its ancestors hold the whole text. Widening stops at the first ancestor that is
    mostly links or a list of teasers (the page around the article).
    """
    if _is_listing_region(held[container]):
        return container
    for ancestor in container.iterancestors():
        entry = held.get(ancestor)
        if entry is None or _is_listing_region(entry):
            break
        container = ancestor
    return container


def _is_title_link(anchor: Any) -> bool:
    return units(anchor.text_content()) >= TITLE_LINK_MIN_UNITS


def content_region(tree: Any) -> Any:
    """The element ``measure_page`` reads as the page's container (widened), or None without prose."""
    body = tree.find("body")
    body = body if body is not None else tree
    blocks = _walk_blocks(body)
    container = dominant_container([(b.element, p) for b in blocks if (p := _prose_units(b)) > 0])
    return widen_container(container, _held_by_ancestors(blocks, body)) if container is not None else None


def measure_page(tree: Any) -> PageShape:
    """The content features of a parsed page (``parse_html``); the tree is only read."""
    body = tree.find("body")
    body = body if body is not None else tree
    blocks = _walk_blocks(body)
    held = _held_by_ancestors(blocks, body)
    page = held.get(body, _Held())
    container = dominant_container([(b.element, p) for b in blocks if (p := _prose_units(b)) > 0])
    region = held[widen_container(container, held)] if container is not None else _Held()
    listing_region = _is_listing_region(region) or (container is None and page.title_links >= LISTING_MIN_TITLE_LINKS)
    headline = headline_element(tree)
    text = " ".join(" ".join(b.text) for b in blocks)
    return PageShape(
        prose=region.prose,
        paragraphs=region.paragraphs,
        container_link_share=region.linked / region.text if region.text else 0.0,
        container_title_links=region.title_links,
        title_links=page.title_links,
        page_link_share=page.linked / page.text if page.text else 0.0,
        headline=headline is not None,
        dateline=headline is not None and has_dateline(headline),
        dates=len({m.group(0)[:10] for m in VISIBLE_DATE_RE.finditer(text)}),
        listing_region=listing_region,
        teaser_list=_is_teaser_list(region),
    )
