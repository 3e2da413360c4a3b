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


def _texts(selector: Selector, query: str) -> list[str]:
    """Each matched element's visible text (or the matched text nodes), whitespace-collapsed."""
    out = []
    for match in _select(selector, query):
        root = match.root
        text = (
            root
            if isinstance(root, str)
            else " ".join(match.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]").getall())
        )
        text = " ".join(text.split())
        if text:
            out.append(text)
    return out


def drop_noise(tree: Any, queries: tuple[str, ...]) -> None:
    """Remove the elements the profile calls noise from an lxml tree, in place."""
    selector = Selector(root=tree)
    for query in queries:
        for match in _select(selector, query):
            element = match.root
            if hasattr(element, "getparent") and element.getparent() is not None:
                element.getparent().remove(element)


def select_field(tree: Any, query: str | None, joiner: str = " ") -> str | None:
    """The text a selector matches (paragraphs joined by ``joiner``), or None when it matches nothing."""
    if not query:
        return None
    texts = _texts(Selector(root=tree), query)
    return joiner.join(texts) if texts else None
