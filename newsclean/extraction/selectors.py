"""Apply a site profile's selectors: drop noise before extraction, read fields that match.

Selectors are CSS, or XPath when written ``xpath:…`` (parsel evaluates both).
A selector that matches nothing leaves the generic extractor's answer in place.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector

XPATH_PREFIX = "xpath:"


def _select(selector: Selector, query: str) -> Any:
    if query.startswith(XPATH_PREFIX):
        return selector.xpath(query.removeprefix(XPATH_PREFIX))
    return selector.css(query)


# Elements that start a new line when an element's text is split into paragraphs.
BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "tr"})


def _lines(element: Any) -> list[str]:
    """An element's text split into paragraphs at <br> and block children (澎湃's <br>-separated text)."""
    pieces: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            pieces.append(node.tail or "")
            return
        newline = node.tag == "br" or node.tag in BLOCK_TAGS
        pieces.append("\n" if newline else "")
        pieces.append(node.text or "")
        for child in node:
            walk(child)
        pieces.append("\n" if node.tag in BLOCK_TAGS else "")
        pieces.append(node.tail or "")

    pieces.append(element.text or "")
    for child in element:
        walk(child)
    return [" ".join(line.split()) for line in "".join(pieces).split("\n") if line.strip()]


def _texts(selector: Selector, query: str, split_lines: bool) -> list[str]:
    """Each match's visible text, whitespace-collapsed; with ``split_lines``, elements give one entry per paragraph."""
    out: list[str] = []
    for match in _select(selector, query):
        root = match.root
        if isinstance(root, str):
            out.append(" ".join(root.split()))
        elif split_lines:
            out += _lines(root)
        else:
            out.append(
                " ".join(
                    "".join(match.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]").getall()).split()
                )
            )
    return [text for text in out if text]


def drop_noise(tree: Any, queries: tuple[str, ...]) -> None:
    """Remove the elements the profile calls noise from an lxml tree, in place."""
    selector = Selector(root=tree)
    for query in queries:
        for match in _select(selector, query):
            element = match.root
            if hasattr(element, "getparent") and element.getparent() is not None:
                element.getparent().remove(element)


def select_field(tree: Any, query: str | None, joiner: str = " ") -> str | None:
    """The text a selector matches (one paragraph per line when ``joiner`` is a newline), or None when none."""
    if not query:
        return None
    texts = _texts(Selector(root=tree), query, split_lines=joiner == "\n")
    return joiner.join(texts) if texts else None
