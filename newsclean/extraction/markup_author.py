"""trafilatura's search of a page's markup for its author, without copying the page.

``trafilatura.metadata.extract_author`` deep-copies the whole tree, prunes comment lists,
sidebars, dates and figures from the copy (``AUTHOR_DISCARD_XPATHS``), then runs three XPath
expressions (``AUTHOR_XPATHS``) whose EXSLT regular expressions call back into Python for
every element of the page: about 10 ms a call on the bench pages. ``markup_author`` gives the
same answer from the few elements whose attributes can match at all: it tests each against
the expressions' own predicates (copied below; a test pins them to trafilatura's text), skips
those the pruning would remove, and prunes a copy of a matching element alone.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import etree
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.metadata import extract_author, normalize_authors
from trafilatura.utils import trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}
# The predicates of trafilatura's AUTHOR_XPATHS, in its order, each applied to one element.
AUTHOR_PREDICATES = (
    "[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][ @rel='author'"
    " or @id='author' or @class='author' or @itemprop='author name' or rel='me' or @data-testid='AuthorCard' or"
    " @data-testid='AuthorURL' or re:test(@class, 'author-?name|AuthorName|authorName')]",
    "[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ @class='byline' or @class='username'"
    " or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or re:test(@id, 'author|zuozhe|bianji|xiaobian')"
    " or re:test(@class, 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, '[Aa]uthor') or"
    " re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
)
# The first expression also takes every <author> element.
AUTHOR_TESTS = (
    etree.XPath(f"self::*{AUTHOR_PREDICATES[0]} | self::author", namespaces=REGEXP_NS),
    *(etree.XPath(f"self::*{predicate}", namespaces=REGEXP_NS) for predicate in AUTHOR_PREDICATES[1:]),
)
# The predicate of the first AUTHOR_DISCARD_XPATHS expression (below the root); the second takes these tags.
DISCARD_PREDICATE = (
    "[self::a or self::div or self::section or self::span][ @id='comments' or @class='comments' or @class='title' or"
    " @class='date' or re:test(@id, '^comments|comment-?list|ProductReviews') or re:test(@class, '^[Cc]omments|"
    "commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|print|category|"
    "meta-date|meta-reviewer') or contains(@data-component, 'Figure')]"
)
DISCARD_TEST = etree.XPath(f"self::*{DISCARD_PREDICATE}", namespaces=REGEXP_NS)
DISCARD_TAGS = ("time", "figure")
# Every attribute the predicates read and the <author> elements, in page order.
HINTED_XPATH = etree.XPath("//@class | //@id | //@itemprop | //@rel | //@data-testid | //@data-component | //author")
# What one of those attributes holds when a predicate can match (a superset: [Aa]uthor → uthor, [Bb]yline → yline).
HINT_RE = re.compile(
    r"uthor|yline|username|byl|BBL|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|journalist-name"
    r"|screenname|writer"
)
# trafilatura's length limit for an author (extract_author's len_limit).
AUTHOR_MAX_CHARS = 120


def _candidates(tree: Any) -> list[Any]:
    """The elements any predicate might match, in page order, each once."""
    found: dict[Any, None] = {}
    for node in HINTED_XPATH(tree):
        if isinstance(node, str):
            if HINT_RE.search(node):
                found[node.getparent()] = None
        else:
            found[node] = None
    return list(found)


def _pruned(element: Any, root: Any) -> bool:
    """True when trafilatura's pruning removes ``element`` from the copy, itself or with an ancestor
    (its first expression looks below the ``root``, its second anywhere)."""
    for node in (element, *element.iterancestors()):
        if node.tag in DISCARD_TAGS or (node is not root and DISCARD_TEST(node)):
            return True
    return False


def _pruned_text(element: Any) -> str:
    """``element``'s text once trafilatura's pruning removed what it removes inside it."""
    copy = prune_unwanted_nodes(deepcopy(element), AUTHOR_DISCARD_XPATHS)
    return trim(" ".join(copy.itertext()))


def markup_author(tree: Any) -> str | None:
    """``trafilatura.metadata.extract_author(tree)`` for a page's root element, read from the elements
    that can match; ``tree`` is only read.

    trafilatura's own search runs instead on a part of a page (whose copy would hold that part
    only) and on a page with a ``<rel>`` element (``rel='me'`` reads its text after the pruning).
    """
    if tree.getparent() is not None or next(tree.iter("rel"), None) is not None:
        return extract_author(tree)
    candidates = _candidates(tree)
    kept: dict[Any, bool] = {}
    for test in AUTHOR_TESTS:
        for element in candidates:
            if not test(element):
                continue
            if element not in kept:
                kept[element] = not _pruned(element, tree)
            if kept[element]:
                content = _pruned_text(element)
                if content and 2 < len(content) < AUTHOR_MAX_CHARS:
                    return normalize_authors(None, content)
    return None
