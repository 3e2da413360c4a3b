"""One page as extraction reads it: the parsed tree and what several fields read from it, each found once.

``Page`` holds the url, the html and its one lxml tree, and computes on first use what more than one
field needs: the titles (og:title and ``<title>``), the ``<h1>`` elements, the headline and the dateline
texts printed after it, the page's visible text, its JSON-LD, trafilatura's metadata, its link texts,
the element that holds the article's paragraphs and the moment a WeChat script keeps. The field modules
(``title``, ``body``, ``dates``, ``authors``, ``site``, ``language``) read the ``Page`` and never each other.

The tree is reshaped in place before the body is extracted (``extract`` runs the steps in order: spam
rules, profile noise, ``prepare``, then ``drop_code``). A property reads the tree as it is when first
asked, so ``extract`` asks each at the point of that sequence its value belongs to: ``script_epoch``
before anything is removed, ``metadata`` after ``prepare`` and before ``drop_code``, the rest after
``drop_code``, when the tree's text no longer changes. What ``prepare`` sets aside (the captions it
promoted, the classes it took from bylines) the ``Page`` keeps as values, not as marks in the tree.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Collection, Iterator
from functools import cached_property
from typing import Any

from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura.metadata import (
    META_URL,
    Document,
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)

from newsclean.extraction.headline import DATELINE_NODES, Headline, find_headline, page_titles
from newsclean.extraction.prepare import Prepared, prepare_tree, restore_bylines


def _html_parser() -> lxml_html.HTMLParser:
    """lxml.html's parser, giving every element the one class ``HtmlElement``, found in C.

    lxml.html's own parser asks a Python function (``HtmlElementClassLookup.lookup``) for the class
    each time an element is first touched from Python: about 4,800 calls a page here, in every
    step (trafilatura's and htmldate's too, as they copy this tree). Its only other classes are
    those of form fields (``FormElement``, ``InputElement``, …), whose form methods nothing here uses.
    """
    parser = lxml_html.HTMLParser()
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


HTML_PARSER = _html_parser()


def parse_html(html: str) -> Any:
    """An lxml tree of ``html``; an empty document for unparsable input."""
    try:
        return lxml_html.document_fromstring(html, parser=HTML_PARSER)
    except (ValueError, lxml_html.etree.ParserError):
        return lxml_html.document_fromstring("<html><body></body></html>", parser=HTML_PARSER)


# htmldate's extensive search guesses from dates in link URLs; a page without a date has none.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def page_metadata(tree: Any, url: str) -> Document:
    """Title, author, date and site name as trafilatura finds them, without the rest.

    The steps of ``trafilatura.metadata.extract_metadata`` for the fields ``extract``
    reads; its categories, tags and licence are left out (a third of its time), and so is
    its search of the page for an author (``authors.searched_author``): ``author`` holds the
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


# WeChat articles print 昨天 or 3天前 from a script; the script's own variable holds the moment: var ct = "1581517074".
SCRIPT_TIMESTAMP_RE = re.compile(r"""\bvar\s+ct\s*=\s*["'](?P<epoch>\d{10})["']""")
VISIBLE_TEXT_XPATH = "//body//text()[not(ancestor::script) and not(ancestor::style)]"
# The same text nodes when no script or style sheet is left in the body (once ``drop_code`` ran, only
# JSON-LD in the body is), without testing every node's ancestors: three times as fast.
BODY_TEXT_XPATH = "//body//text()"
CODE_TAGS = ("script", "style")
JSON_LD_XPATH = "//script[@type='application/ld+json']/text()"

# The article container is the innermost element holding this share of the page's prose
# paragraphs. Lower, it can shrink to one part of an article whose text is split around a
# photo or an aside (0.7-0.8 cut real paragraphs on the public benchmarks); higher, one
# sidebar blurb lifts it to the whole page and nothing is trimmed.
CONTAINER_PROSE_SHARE = 0.85
# A <p> of at least this many characters is prose (a sentence or two), shorter ones are
# labels, bylines and buttons.
PROSE_PARAGRAPH_MIN_CHARS = 40
# A <p> with more of its text in links is a teaser or a link list, not prose.
PROSE_MAX_LINK_SHARE = 0.5


def _prose_chars(paragraph: Any, captions: Collection[Any]) -> int:
    """Characters of a prose ``<p>``; 0 for a caption, a short one or one that is mostly links."""
    if paragraph in captions:
        return 0  # a caption stands by its photo, often outside the text's container
    length = len(paragraph.text_content().strip())
    if length < PROSE_PARAGRAPH_MIN_CHARS:
        return 0
    linked = sum(len(a.text_content()) for a in paragraph.iter("a"))
    return 0 if linked > PROSE_MAX_LINK_SHARE * length else length


def article_container(tree: Any, captions: Collection[Any] = frozenset()) -> Any:
    """The innermost element holding ``CONTAINER_PROSE_SHARE`` of the page's prose paragraphs, or None.
    Paragraphs in ``captions`` (promoted by ``prepare``) are article text, but no prose to find it by."""
    held: dict[Any, int] = {}
    total = 0
    for paragraph in tree.iter("p"):
        chars = _prose_chars(paragraph, captions)
        if chars:
            total += chars
            for ancestor in paragraph.iterancestors():
                held[ancestor] = held.get(ancestor, 0) + chars
    # Elements holding more than half of the prose contain one another: the innermost is the deepest.
    holders = [element for element, chars in held.items() if chars >= CONTAINER_PROSE_SHARE * total]
    return max(holders, key=lambda element: sum(1 for _ in element.iterancestors()), default=None)


class Page:
    """A page being extracted: ``url``, ``html`` and ``tree`` (parsed from ``html`` unless given), with
    what the fields read computed once (see the module docstring for when each may first be asked)."""

    def __init__(self, url: str, html: str, tree: Any = None) -> None:
        self.url, self.html = url, html
        self.tree = parse_html(html) if tree is None else tree
        self.prepared = Prepared()

    def prepare(self) -> None:
        """Reshape the tree for the body extractor (``prepare.prepare_tree``), keeping what it set aside."""
        self.prepared = prepare_tree(self.tree)

    def restore_bylines(self) -> None:
        """Give the byline paragraphs ``prepare`` unclassed their class back, once the body is out."""
        restore_bylines(self.prepared.byline_classes)

    def caption_texts(self) -> Iterator[str]:
        """The texts of the captions ``prepare`` promoted that are still in the page, lazily: most pages never ask."""
        root = self.tree.getroottree().getroot()
        for caption in self.prepared.captions:
            if caption.getroottree().getroot() is root:
                yield caption.text_content()

    def first_text(self, xpath: str) -> str:
        """The first non-blank string ``xpath`` selects, stripped; "" when none."""
        values = [v.strip() for v in self.tree.xpath(xpath) if isinstance(v, str) and v.strip()]
        return values[0] if values else ""

    @cached_property
    def script_epoch(self) -> int | None:
        """The publication moment (Unix seconds) a WeChat script keeps for its relative date; ask
        before the scripts are dropped."""
        for script in self.tree.xpath("//script[contains(., 'var ct')]/text()", smart_strings=False):
            match = SCRIPT_TIMESTAMP_RE.search(script)
            if match:
                return int(match.group("epoch"))
        return None

    @cached_property
    def metadata(self) -> Document:
        """trafilatura's title, author, date and site name (``page_metadata``), read on the prepared tree."""
        return page_metadata(self.tree, self.url)

    @cached_property
    def titles(self) -> list[str]:
        """og:title and ``<title>``, whitespace collapsed (``page_titles``)."""
        return page_titles(self.tree)

    @cached_property
    def h1s(self) -> list[Any]:
        """The ``<h1>`` elements, in page order."""
        return list(self.tree.xpath("//h1"))

    @cached_property
    def h1_texts(self) -> list[str]:
        """The texts of the ``<h1>`` elements, whitespace collapsed (empty ones too)."""
        return [" ".join(h1.text_content().split()) for h1 in self.h1s]

    @cached_property
    def headline(self) -> Headline | None:
        """Where the printed headline is (``headline.find_headline``)."""
        return find_headline(self.tree, self.titles, self.h1s)

    @cached_property
    def dateline_texts(self) -> list[str]:
        """The first printed text nodes after the headline (dates and bylines are read there); none without one."""
        return self.headline.following_texts(DATELINE_NODES) if self.headline else []

    @cached_property
    def visible_texts(self) -> list[str]:
        """The page's text nodes outside scripts and style sheets, in reading order."""
        in_body = any(a.tag == "body" for code in self.tree.iter(*CODE_TAGS) for a in code.iterancestors())
        return self.tree.xpath(VISIBLE_TEXT_XPATH if in_body else BODY_TEXT_XPATH, smart_strings=False)

    @cached_property
    def json_ld(self) -> list[Any]:
        """The page's JSON-LD blocks that parse (malformed ones are common and skipped)."""
        found = []
        for script in self.tree.xpath(JSON_LD_XPATH):
            with contextlib.suppress(ValueError):
                found.append(json.loads(script))
        return found

    @cached_property
    def link_texts(self) -> set[str]:
        """The texts of the page's links, whitespace collapsed."""
        return {" ".join(a.text_content().split()) for a in self.tree.iter("a")} - {""}

    @cached_property
    def links(self) -> LinkTexts:
        """``link_texts`` as a collection that collects them on first use."""
        return LinkTexts(self)

    @cached_property
    def container(self) -> Any:
        """The element that holds the article's paragraphs (``article_container``), or None."""
        return article_container(self.tree, set(self.prepared.captions))


class LinkTexts(Collection[str]):
    """A page's ``link_texts``, collected on first use: most bodies open with prose and never ask."""

    def __init__(self, page: Page) -> None:
        self._page = page

    def __contains__(self, text: object) -> bool:
        return text in self._page.link_texts

    def __iter__(self) -> Iterator[str]:
        return iter(self._page.link_texts)

    def __len__(self) -> int:
        return len(self._page.link_texts)
