"""Reshape an HTML tree before trafilatura reads it, where its generic rules lose Chinese news text.

- Image captions: trafilatura drops ``<figcaption>`` and elements classed
  ``caption``/``img-caption``, but a caption such as 英伟达H200芯片资料图 英伟达官网 is
  part of the article as published. They become plain paragraphs.
- Layout tables: old DedeCMS/PHPCMS templates put the whole page in
  ``<table><tr><td>``; trafilatura then emits Markdown-like ``| cell |`` rows and
  keeps navigation rows as text. A table whose cells hold paragraphs, or that has
  no header cells, is layout, not data: it becomes ``<div>``s, which trafilatura's
  link-density rules then judge like any other block. Data tables (with ``<th>``) stay.
- Layout lists: a ``<li>`` holding several prose paragraphs is a page column, not a list item;
  trafilatura would print the whole column as one "- " line. Its list becomes ``<div>``s.
- Figures: trafilatura drops ``<figure>`` with its caption when images are not
  extracted; the figure becomes a ``<div>`` so its caption survives.
- Split bodies: some templates cut one article into several containers of the same
  class (``article__body``) with ads or embeds between them; trafilatura reads the
  first container it recognises and loses the rest. The later ones move into the first.
- Standfirst: a subheading in the article header that repeats the page description
  (``<header><h1>…</h1><h2>summary</h2>``) is the summary shown under the headline,
  metadata like the headline itself; trafilatura keeps it as the first body line.
  A description that repeats the first paragraph of the text is not touched: only a
  heading inside a header container qualifies.
- Embedded posts: a tweet or Instagram post quoted in the article is a ``<blockquote>``
  (text, author, date) that trafilatura drops with its ``social-media-embed`` wrapper, as
  if it were a share bar. The wrapper's social class names go, so the quote stays.
- Screen-reader text: labels hidden from view by class (``<span class="off-screen">Image
  caption</span>``, sr-only, visually-hidden) are read aloud, never printed: not article text.
- Comments: lxml keeps ``<!-- -->`` nodes, and trafilatura drops the text that follows
  one inside a paragraph; they are removed, their trailing text kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from newsclean.extraction.chrome import text_key

CAPTION_CLASS_RE = re.compile(
    r"caption|pic[-_]?(?:desc|note|txt|info)|img[-_]?(?:desc|note|txt|title)|imgtxt|photo[-_]?desc", re.IGNORECASE
)
# Class names of a byline paragraph, and the longest text one holds (a name, a place, a date).
BYLINE_CLASS_RE = re.compile(r"byline|author[-_]?(?:line|name)|dateline", re.IGNORECASE)
BYLINE_MAX_CHARS = 120
# Class names of the container that holds an article's text (article__body, story-body,
# post-content, entry-content, body-text): the containers trafilatura looks for first.
BODY_CLASS_RE = re.compile(
    r"(?:article|story|post)[-_]*(?:body|content|text)|entry[-_]*content|body[-_]*text", re.IGNORECASE
)
# A body chunk holds at least this many characters of paragraphs of at least
# PROSE_PARAGRAPH_CHARS: two or three sentences of prose. Teasers, bylines and share bars
# under the same class names hold less; comment lists never use these class names.
CHUNK_MIN_CHARS = 200
PROSE_PARAGRAPH_CHARS = 80
# A list item longer than this is a block of its own, not a step or a point of a list.
LIST_ITEM_MAX_CHARS = 300
# A list holding any of these is navigation, a gallery, a form or nested: not a list of the article's points.
NOT_IN_OWN_LIST_TAGS = ("a", "ul", "ol", "img", "input", "button")
LIST_MARK = "- "
# A list item holding this many prose paragraphs is a layout column, not a list item.
LAYOUT_LIST_MIN_PARAGRAPHS = 2
# A heading that is a standfirst sits in <header> or in a headline container
# (article-head, headline-wrap, post-header) at most this many levels up.
STANDFIRST_HEADER_DEPTH = 3
HEADER_CLASS_RE = re.compile(r"head", re.IGNORECASE)
DESCRIPTION_XPATH = "//meta[@name='description' or @property='og:description' or @name='twitter:description']/@content"
# Descriptions shorter than this (in letters and digits) are labels, not summaries.
DESCRIPTION_MIN_CHARS = 40
LAYOUT_TABLE_BLOCKS_XPATH = ".//p | .//div | .//h1 | .//h2 | .//table"


# Posts embedded with the platforms' own markup (their scripts render them from the blockquote).
EMBEDDED_POST_XPATH = (
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'reddit-card')]"
)
# Wrappers up to this many levels above an embedded post carry the widget's class names.
EMBED_WRAPPER_DEPTH = 2
SOCIAL_CLASS_RE = re.compile(r"social|embed|tweet|twitter|instagram|tiktok|reddit", re.IGNORECASE)
# The class names of the common CSS frameworks for text shown to screen readers only.
SCREEN_READER_CLASS_RE = re.compile(
    r"(?:^|\s)(?:off-?screen|sr-only|visually-?hidden|screen-?reader-(?:text|only))(?:\s|$)", re.IGNORECASE
)
CAPTION_TAGS = ("figcaption", "p", "div", "span")
BODY_TAGS = ("div", "section", "article")
SCREEN_READER_TAGS = ("span", "div", "p", "h2", "h3", "label")
# Code, style sheets and vector drawings: trafilatura's cleaning (and its baseline's) removes them all.
CODE_XPATH = "//script[not(@type='application/ld+json')] | //style | //svg"
TABLE_TAGS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")


def promote_captions(tree: Any) -> list[Any]:
    """Turn figures into divs and captions into paragraphs; return the captions."""
    for element in tree.iter("figure"):
        element.tag = "div"
    captions = []
    for element in tree.iter(*CAPTION_TAGS):
        classes = element.get("class")
        if element.tag == "figcaption" or (classes and CAPTION_CLASS_RE.search(classes)):
            element.tag = "p"
            element.attrib.pop("class", None)
            captions.append(element)
    return captions


def keep_bylines(tree: Any) -> dict[Any, str]:
    """Byline paragraphs (<p class="byline">By Daniel Wong, Hong Kong</p>) become plain paragraphs;
    return their classes, by paragraph.

    trafilatura drops elements classed as bylines (it reads them as metadata); in this project
    the byline is article text, like a caption or a credit, so it is kept. (Zyte's ground truth
    leaves bylines out: this costs its body F1 0.0002.)
    """
    classes_of = {}
    for element in tree.iter("p"):
        classes = element.get("class")
        if classes and BYLINE_CLASS_RE.search(classes):  # the class first: most paragraphs have none
            text = " ".join(element.text_content().split())
            if 0 < len(text) <= BYLINE_MAX_CHARS:
                classes_of[element] = element.attrib.pop("class")
    return classes_of


def restore_bylines(classes_of: dict[Any, str]) -> None:
    """Give byline paragraphs their class back (trafilatura's author search looks for it), once the body is out."""
    for element, classes in classes_of.items():
        element.set("class", classes)


def unwrap_layout_tables(tree: Any) -> None:
    """Turn layout tables into divs (outermost first); keep data tables."""
    for table in list(tree.iter("table")):
        if table.tag == "table" and (table.xpath(LAYOUT_TABLE_BLOCKS_XPATH) or not table.xpath(".//th")):
            for element in table.iter(*TABLE_TAGS):
                element.tag = "div"
                for attribute in ("colspan", "rowspan", "width", "cellpadding", "cellspacing", "border"):
                    element.attrib.pop(attribute, None)


def unwrap_layout_lists(tree: Any) -> None:
    """Turn a list that lays out the page into divs: one whose item holds several prose paragraphs is a
    column (<ul class="two-coloum"><li class="left-main"><h3>…<p>…</p><p>…</p>), not a list of items,
    and trafilatura would glue the whole column into one "- " line. Lists of short items stay."""
    for item in list(tree.iter("li")):
        if item.tag != "li" or len(_prose_paragraphs(item)) < LAYOUT_LIST_MIN_PARAGRAPHS:
            continue
        parent = item.getparent()
        lists = [parent] if parent is not None and parent.tag in ("ul", "ol") else []
        for element in [*lists, *(lists[0].iterchildren("li") if lists else [item])]:
            element.tag = "div"


def _prose_paragraphs(element: Any) -> list[Any]:
    return [p for p in element.iter("p") if len(p.text_content().strip()) >= PROSE_PARAGRAPH_CHARS]


def drop_comments(tree: Any) -> None:
    """Remove HTML comments and processing instructions, keeping the text that follows them.

    trafilatura parses its own input without them; on a tree parsed with them it skips a
    comment's tail, so the text after ``<!-- ad slot -->`` inside a paragraph is lost.
    """
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def _in_header(element: Any) -> bool:
    for level, ancestor in enumerate(element.iterancestors()):
        if level >= STANDFIRST_HEADER_DEPTH:
            return False
        if ancestor.tag == "header" or HEADER_CLASS_RE.search(ancestor.get("class") or ""):
            return True
    return False


def drop_standfirst(tree: Any) -> None:
    """Remove header subheadings that repeat the page description (truncated descriptions end in …)."""
    descriptions = {text_key(d) for d in tree.xpath(DESCRIPTION_XPATH)}
    descriptions = {d for d in descriptions if len(d) >= DESCRIPTION_MIN_CHARS}
    if not descriptions:
        return
    for heading in [h for h in tree.iter("h2", "h3", "h4") if _in_header(h)]:
        key = text_key(heading.text_content())
        if key and any(key.startswith(d) or d.startswith(key) for d in descriptions):
            heading.drop_tree()


def paragraph_chars(element: Any) -> int:
    """Characters of prose paragraphs (long ``<p>``) under ``element``."""
    lengths = (len(p.text_content().strip()) for p in element.iter("p"))
    return sum(length for length in lengths if length >= PROSE_PARAGRAPH_CHARS)


def body_chunks(tree: Any) -> list[list[Any]]:
    """Groups of two or more outermost same-tag, same-class body containers that each hold prose."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for element in tree.iter(*BODY_TAGS):
        classes = element.get("class")
        if classes and BODY_CLASS_RE.search(classes) and paragraph_chars(element) >= CHUNK_MIN_CHARS:
            groups.setdefault((element.tag, classes), []).append(element)
    chunked = []
    for members in groups.values():
        outermost = [e for e in members if not any(other in members for other in e.iterancestors())]
        if len(outermost) > 1:
            chunked.append(outermost)
    return chunked


def move_keeping_tail(element: Any, destination: Any) -> None:
    """Append ``element`` to ``destination``; the text after it stays where it was."""
    tail, element.tail = element.tail, None
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent = element.getparent()
            parent.text = (parent.text or "") + tail
    destination.append(element)


def join_split_bodies(tree: Any) -> None:
    """Move the later chunks of a split article body into the first, in page order."""
    for first, *rest in body_chunks(tree):
        for chunk in rest:
            move_keeping_tail(chunk, first)


def drop_code(tree: Any) -> None:
    """Remove scripts (JSON-LD metadata excepted), style sheets and inline SVG.

    No extractor reads them as text, but trafilatura copies and walks the tree several
    times before its own cleaning drops them; on script-heavy pages that is a good part
    of its time. JSON-LD stays for the date and author rules that read it later.
    """
    for element in tree.xpath(CODE_XPATH):
        element.drop_tree()


def keep_embedded_posts(tree: Any) -> None:
    """Remove social-widget class names from the wrappers of embedded posts (and the posts)."""
    for post in tree.xpath(EMBEDDED_POST_XPATH):
        for element in (post, *list(post.iterancestors())[:EMBED_WRAPPER_DEPTH]):
            if SOCIAL_CLASS_RE.search(element.get("class") or ""):
                element.attrib.pop("class")


def drop_screen_reader_text(tree: Any) -> None:
    """Remove elements classed as visible to screen readers only, keeping the text after them."""
    hidden = [e for e in tree.iter(*SCREEN_READER_TAGS) if SCREEN_READER_CLASS_RE.search(e.get("class") or "")]
    for element in hidden:
        element.drop_tree()


# WeChat public-account articles keep their text in #js_content (or class rich_media_content), hidden
# (visibility: hidden) until a script shows it, and write paragraphs as <section><span> with no <p>.
SCRIPT_SHOWN_ID = "js_content"
SCRIPT_SHOWN_CLASS = "rich_media_content"
# The attributes that may name such a container, in page order: asked of the attributes, not of every
# element (twice as fast); the class is then matched as a whole name.
SCRIPT_SHOWN_ATTRIBUTES_XPATH = etree.XPath(
    f"//@id[. = '{SCRIPT_SHOWN_ID}'] | //@class[contains(., '{SCRIPT_SHOWN_CLASS}')]", smart_strings=True
)
CLASS_SEPARATOR_RE = re.compile(r"[ \t\r\n]+")  # XPath's whitespace, as normalize-space() splits classes
HIDDEN_STYLE_RE = re.compile(r"visibility\s*:\s*hidden\s*;?|display\s*:\s*none\s*;?", re.IGNORECASE)
BLOCK_TAGS = ("p", "div", "section", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")


def script_shown_containers(tree: Any) -> list[Any]:
    """The elements with id ``js_content`` or class ``rich_media_content``, in page order."""
    found: dict[Any, None] = {}
    for value in SCRIPT_SHOWN_ATTRIBUTES_XPATH(tree):
        if value.attrname == "id" or SCRIPT_SHOWN_CLASS in CLASS_SEPARATOR_RE.split(value):
            found[value.getparent()] = None
    return list(found)


def show_script_shown_content(tree: Any) -> None:
    """Un-hide the article text a script shows on load (WeChat's #js_content), as a reader's browser does:
    hidden, it reads as hidden page furniture and the whole article is lost. Run before the hidden-block rules."""
    for element in script_shown_containers(tree):
        style = element.get("style")
        if style and HIDDEN_STYLE_RE.search(style):
            element.set("style", HIDDEN_STYLE_RE.sub("", style))


def sections_as_paragraphs(tree: Any) -> None:
    """Text sections holding no block inside (<section><span>text</span></section>, WeChat's paragraphs)
    become <p>: the body extractor reads paragraphs, and these are the article's only ones."""
    for container in script_shown_containers(tree):
        for section in list(container.iter("section")):
            if section.text_content().strip() and not any(True for _ in section.iterdescendants(*BLOCK_TAGS)):
                section.tag = "p"


def lists_as_paragraphs(tree: Any) -> None:
    """A list of the article's own (no link in it) standing among its prose paragraphs becomes paragraphs:
    trafilatura drops short list items (第一步：在App中领取补贴资格), which are article text a reader sees.
    Lists with links are menus, related headlines or tags, and stay lists for the extractor to judge."""
    for listing in list(tree.iter("ul", "ol")):
        items = [li for li in listing if li.tag == "li"]
        parent = listing.getparent()
        if not items or parent is None or any(True for _ in listing.iterdescendants(*NOT_IN_OWN_LIST_TAGS)):
            continue
        if any(len(li.text_content().strip()) > LIST_ITEM_MAX_CHARS or not li.text_content().strip() for li in items):
            continue
        prose = [p for p in parent if p.tag == "p" and len(p.text_content().strip()) >= PROSE_PARAGRAPH_CHARS // 2]
        if not prose:
            continue
        listing.tag = "div"
        for li in items:
            li.tag = "p"
            li.text = f"{LIST_MARK}{(li.text or '').lstrip()}"  # printed as trafilatura prints the lists it keeps


@dataclass(frozen=True)
class Prepared:
    """What reshaping the tree set aside as values: the captions it promoted to paragraphs (article
    text, but no prose to locate the article's container by) and the classes it took from bylines."""

    captions: tuple[Any, ...] = ()
    byline_classes: dict[Any, str] = field(default_factory=dict)


def prepare_tree(tree: Any) -> Prepared:
    """Apply every reshaping step in place; return the captions and byline classes it set aside."""
    drop_comments(tree)
    sections_as_paragraphs(tree)
    keep_embedded_posts(tree)
    drop_screen_reader_text(tree)
    drop_standfirst(tree)
    captions = promote_captions(tree)
    byline_classes = keep_bylines(tree)
    unwrap_layout_tables(tree)
    unwrap_layout_lists(tree)
    join_split_bodies(tree)
    lists_as_paragraphs(tree)
    return Prepared(tuple(captions), byline_classes)
