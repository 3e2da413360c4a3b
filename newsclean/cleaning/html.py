"""HTML-level spam rules, applied to the parsed page before extraction.

Link-farm injectors hide their links (so readers don't see them but crawlers do)
or drop a block of links to many unrelated gambling domains into the page. Real
sites hide things too (a mobile menu, a "展开全文" remainder), so a hidden
container is removed only when it links off-site or talks gambling; a hidden
container of plain text is *unhidden*, since it is article text the page folds away.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlparse

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.signals import measure_line
from newsclean.cleaning.types import Removal

HIDDEN_STYLE_RE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?:left|top|text-indent|margin-left)\s*:\s*-\s*\d{3,}\s*(?:px|em|pt)?"
    r"|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$|!)"
    r"|(?:width|height)\s*:\s*[01]px",
    re.IGNORECASE,
)
CONTAINER_TAGS = ("div", "span", "p", "ul", "ol", "section", "td", "font", "marquee", "aside", "dl")
LINK_BLOCK_TAGS = ("div", "ul", "ol", "p", "td", "section", "dl", "span")


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _host(href: str, base: str) -> str:
    return (urlparse(urljoin(base, href)).hostname or "").removeprefix("www.")


def _external_links(element: Any, base: str) -> list[Any]:
    own = _host(base, base)
    links = element.iter("a")
    return [a for a in links if (a.get("href") or "").strip() and _host(a.get("href"), base) not in ("", own)]


def _is_gambling(text: str, min_score: int) -> bool:
    signals = measure_line(text, 0)
    return bool(signals.brands) or signals.score >= min_score


def is_hidden(element: Any) -> bool:
    return element.tag == "marquee" or bool(HIDDEN_STYLE_RE.search(element.get("style") or ""))


def _drop(element: Any, rule: str, removals: list[Removal]) -> None:
    removals.append(Removal(rule, _text(element), -1, -1))
    parent = element.getparent()
    if parent is not None:
        tail = element.tail
        parent.remove(element)
        if tail:  # keep the text that follows the element in the parent
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _is_detached(element: Any) -> bool:
    """True when an ancestor was already removed (the element no longer reaches the root)."""
    while element.getparent() is not None:
        element = element.getparent()
    return element.tag != "html"


def strip_hidden_spam(tree: Any, base_url: str, config: CleaningConfig | None = None) -> list[Removal]:
    """Remove hidden containers and marquees that link off-site or hold gambling text (rule ``hidden_spam``).

    Keeps hidden menus of the site's own links (extraction ignores them anyway) and
    unhides plain folded-away text.
    """
    config = config or CleaningConfig()
    removals: list[Removal] = []
    for element in list(tree.iter(*CONTAINER_TAGS)):
        if element.getparent() is None or not is_hidden(element):
            continue
        text = _text(element)
        if _external_links(element, base_url) or _is_gambling(text, config.hidden_min_score):
            _drop(element, "hidden_spam", removals)
        elif len(text) >= config.unhide_min_chars and not list(element.iter("a")) and element.tag != "marquee":
            element.attrib.pop("style", None)
    return removals


def strip_gambling_link_blocks(tree: Any, base_url: str, config: CleaningConfig | None = None) -> list[Removal]:
    """Remove blocks of links to many unrelated domains with gambling anchors (rule ``gambling_link_block``).

    A friend-links block to government and news sites has no gambling anchors and stays.
    """
    config = config or CleaningConfig()
    removals: list[Removal] = []
    for element in reversed(list(tree.iter(*LINK_BLOCK_TAGS))):  # innermost blocks first
        if element.getparent() is None or _is_detached(element):
            continue
        links = _external_links(element, base_url)
        if len(links) < config.link_block_min_links:
            continue
        anchor_chars = sum(len(_text(a)) for a in links)
        if anchor_chars < config.link_block_link_density * max(len(_text(element)), 1):
            continue
        domains = {_host(a.get("href"), base_url) for a in links}
        gambling = sum(_is_gambling(_text(a) + " " + (a.get("title") or ""), config.hidden_min_score) for a in links)
        if len(domains) >= config.link_block_min_domains and gambling >= config.link_block_gambling_share * len(links):
            _drop(element, "gambling_link_block", removals)
    return removals


RULE_NAMES = ("hidden_spam", "gambling_link_block")


def strip_html_spam(tree: Any, base_url: str, config: CleaningConfig | None = None) -> list[Removal]:
    """Both HTML rules, hidden containers first (a hidden link block is reported once)."""
    return strip_hidden_spam(tree, base_url, config) + strip_gambling_link_blocks(tree, base_url, config)
