"""Where the printed headline is, and the text a reader sees right after it (the dateline).

The headline is the ``<h1>`` that starts the ``<title>`` (or og:title), else the first text outside
links that starts it (old portals have no ``<h1>``, or one around their logo: 新闻中心, 松花江网), else
the first non-empty ``<h1>``. The title, the dates and the authors all read from it, through ``Page``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Blank text nodes (indentation between tags) would use up the dateline's node budget. Text is
# fetched with smart_strings=False: plain strings, without a parent element built for each node.
PRINTED_TEXT_PREDICATE = "normalize-space() and not(ancestor::script) and not(ancestor::style)"
# The dateline: this many text nodes after the headline.
DATELINE_NODES = 80

# Without a headline <h1>, the headline is the first text outside links that starts the <title> (标题_频道_站点).
HEADLINE_MIN_CHARS = 6  # shorter title prefixes are site names (多维博客) or words (显示), not headlines
TITLE_XPATH = "//meta[@property='og:title']/@content | //title/text()"
# Texts that may be the headline: outside links, holding the title's first characters ($head; a cheap
# test lxml runs in C on every text node). Whether one starts the title is checked on the few found.
HEADLINE_TEXT_XPATH = (
    "//body//text()[contains(., $head)][not(ancestor::a or ancestor::script or ancestor::style"
    " or ancestor::title or ancestor::option or ancestor::textarea)]"
)
HEAD_CHARS = 4  # how many of the title's first characters make $head
# What may follow the headline in a <title>: the end, or a separator before the channel and site names.
TITLE_REST_RE = re.compile(r"$|[\s_|｜\-–—(（【\[:：»>,，]")


def page_titles(tree: Any) -> list[str]:
    """The page's og:title and <title>, whitespace collapsed."""
    return [" ".join(t.split()) for t in tree.xpath(TITLE_XPATH, smart_strings=False) if t.strip()]


def starts_title(titles: list[str], text: str) -> bool:
    """Whether ``text`` is a headline: long enough, and one of ``titles`` starts with it then ends or breaks."""
    text = " ".join(text.split())
    return len(text) >= HEADLINE_MIN_CHARS and any(
        title.startswith(text) and TITLE_REST_RE.match(title, len(text)) for title in titles
    )


@dataclass(frozen=True)
class Headline:
    """Where the headline is: the element to read on from, the XPath axes that follow it, and how
    many of the nodes they select are the headline's own text."""

    context: Any
    axes: str
    skip: int = 0

    def following_texts(self, nodes: int | None = DATELINE_NODES) -> list[str]:
        """The printed text nodes after the headline: the first ``nodes`` of them, or all."""
        limit = f"[position() <= {nodes + self.skip}]" if nodes else ""
        found = self.context.xpath(f"({self.axes})[{PRINTED_TEXT_PREDICATE}]{limit}", smart_strings=False)
        return found[self.skip :]


def _headline_text(tree: Any, titles: list[str]) -> Headline | None:
    """The first text outside links that starts a title, as a place to read on from."""
    for title in titles:
        head = title.split()[0][:HEAD_CHARS]
        text = next((t for t in tree.xpath(HEADLINE_TEXT_XPATH, head=head) if starts_title([title], t)), None)
        if text is not None:
            # A tail follows its element; an element's own text comes first among its descendants.
            if text.is_tail:
                return Headline(text.getparent(), "following::text()", 1)
            return Headline(text.getparent(), "descendant::text() | following::text()", 1)
    return None


def visible_headline(tree: Any, titles: list[str]) -> str | None:
    """The text outside links that starts one of ``titles``, whitespace collapsed: the headline as printed."""
    for title in (t for t in titles if t.strip()):
        head = title.split()[0][:HEAD_CHARS]
        text = next((t for t in tree.xpath(HEADLINE_TEXT_XPATH, head=head) if starts_title([title], t)), None)
        if text is not None:
            return " ".join(text.split())
    return None


def find_headline(tree: Any, titles: list[str], h1s: list[Any]) -> Headline | None:
    """The headline: the <h1> (of ``h1s``, the page's) that starts one of ``titles`` (``page_titles``),
    else the first text outside links that starts one, else the first non-empty <h1>; None without any."""
    h1s = [h for h in h1s if h.text_content().strip()]
    h1 = next((h for h in h1s if starts_title(titles, h.text_content())), None)
    if h1 is not None:
        return Headline(h1, "following::text()")
    found = _headline_text(tree, titles)
    if found is None and h1s:
        return Headline(h1s[0], "following::text()")
    return found
