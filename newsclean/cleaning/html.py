"""HTML-level spam rules, applied to the parsed page before extraction.

Link-farm injectors hide their links (so readers don't see them but crawlers do)
or drop a block of links to many unrelated gambling domains into the page. Real
sites hide things too (a mobile menu, a "展开全文" remainder), so a hidden
container is removed only when it links off-site or talks gambling; a hidden
container of plain text is *unhidden*, since it is article text the page folds away.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import measure_line
from newsclean.cleaning.registry import register, rule_names
from newsclean.cleaning.types import Removal

HIDDEN_STYLE_RE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?:left|top|text-indent|margin-left)\s*:\s*-\s*\d{3,}\s*(?:px|em|pt)?"
    r"|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$|!)"
    r"|(?:width|height)\s*:\s*[01]px",
    re.IGNORECASE,
)
# Characters of a hidden block or anchor read to judge it: injected blocks say what they are at once.
GAMBLING_SAMPLE_CHARS = 600
# Tables and list items hide rows too (<tr style="display:none"> of tip words in a price table).
CONTAINER_TAGS = tuple("div span p section aside font marquee ul ol li dl table tr td".split())
LINK_BLOCK_TAGS = ("div", "ul", "ol", "p", "td", "section", "dl", "span")


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


@functools.lru_cache(maxsize=4096)
def _host(href: str, base: str) -> str:
    if href.startswith("//"):
        href = "http:" + href
    elif not href.lower().startswith(("http:", "https:")):
        href = urljoin(base, href)
    try:
        return (urlsplit(href).hostname or "").removeprefix("www.")
    except ValueError:  # a malformed URL (bad IPv6 literal, port): no host to compare
        return ""


def _external_host(anchor: Any, base: str) -> str:
    """The anchor's host when it links off-site, else ""."""
    href = (anchor.get("href") or "").strip()
    if not href.lower().startswith(("http:", "https:", "//")):
        return ""  # relative links stay on the site; no need to parse them
    host = _host(href, base)
    return host if host and host != _host(base, base) else ""


def _external_links(element: Any, base: str) -> list[Any]:
    return [a for a in element.iter("a") if _external_host(a, base)]


@functools.lru_cache(maxsize=8192)
def _is_gambling(text: str, min_score: int) -> bool:
    signals = measure_line(text[:GAMBLING_SAMPLE_CHARS], 0, find_made_up=False)
    return bool(signals.brands) or signals.score >= min_score


@dataclass
class LinkTally:
    """Off-site links below an element (each off-site anchor counted in all its ancestors)."""

    links: int = 0
    anchor_chars: int = 0
    domains: set[str] = field(default_factory=set)


def _link_tallies(tree: Any, base: str) -> dict[Any, LinkTally]:
    """Off-site link counts of every element that has any, by walking up from each off-site anchor.

    Gambling anchors are counted later, only for the few blocks that pass the link thresholds.
    """
    tallies: dict[Any, LinkTally] = {}
    for anchor in tree.iter("a"):
        host = _external_host(anchor, base)
        if not host:
            continue
        chars = len(anchor.text_content().strip())
        for element in (anchor, *anchor.iterancestors()):
            tally = tallies.get(element)
            if tally is None:
                tally = tallies[element] = LinkTally()
            tally.links += 1
            tally.anchor_chars += chars
            tally.domains.add(host)
    return tallies


def _gambling_anchors(element: Any, base: str, min_score: int) -> int:
    return sum(
        _is_gambling(f"{_text(a)} {a.get('title') or ''}", min_score)
        for a in element.iter("a")
        if _external_host(a, base)
    )


def is_hidden(element: Any) -> bool:
    return element.tag == "marquee" or bool(HIDDEN_STYLE_RE.search(element.get("style") or ""))


def _drop(element: Any, rule: str, removals: list[Removal]) -> None:
    removals.append(Removal(rule, _text(element), -1, -1))
    parent = element.getparent()
    if parent is not None:
        tail, previous = element.tail, element.getprevious()  # the sibling before it, while it is still attached
        parent.remove(element)
        if tail:  # keep the text that follows the element in the parent, where it stood
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
    """Remove hidden containers and marquees that hold gambling text or links (rule ``hidden_spam``).

    A hidden container linking off-site with no gambling in it (a share bar, a login widget, an
    analytics badge) goes too, as ``hidden_chrome``: page chrome, counted apart so it never
    inflates spam figures or fires a spam-rate alert. Keeps hidden menus of the site's own links
    (extraction ignores them anyway) and unhides plain folded-away text.
    """
    config = config or CleaningConfig()
    removals: list[Removal] = []
    for element in list(tree.iter(*CONTAINER_TAGS)):
        if element.getparent() is None or not is_hidden(element):
            continue
        text = _text(element)
        external = _external_links(element, base_url)
        off = config.disabled_rules
        if _is_gambling(text, config.hidden_min_score) or _gambling_anchors(element, base_url, config.hidden_min_score):
            if "hidden_spam" not in off:
                _drop(element, "hidden_spam", removals)
        elif external:
            if "hidden_chrome" not in off:
                _drop(element, "hidden_chrome", removals)  # a hidden share bar or widget: page chrome, not spam
        elif len(text) >= config.unhide_min_chars and not list(element.iter("a")) and element.tag != "marquee":
            element.attrib.pop("style", None)
    return removals


def strip_gambling_link_blocks(tree: Any, base_url: str, config: CleaningConfig | None = None) -> list[Removal]:
    """Remove blocks of links to many unrelated domains with gambling anchors (rule ``gambling_link_block``).

    A friend-links block to government and news sites has no gambling anchors and stays.
    """
    config = config or CleaningConfig()
    removals: list[Removal] = []
    tallies = _link_tallies(tree, base_url)
    for element in reversed(list(tree.iter(*LINK_BLOCK_TAGS))):  # innermost blocks first
        tally = tallies.get(element)
        if tally is None or tally.links < config.link_block_min_links or _is_detached(element):
            continue
        if removals:  # a block below may be gone already: count what is left
            tally = _link_tallies(element, base_url).get(element, LinkTally())
        if tally.links < config.link_block_min_links or len(tally.domains) < config.link_block_min_domains:
            continue
        if tally.anchor_chars < config.link_block_link_density * max(len(_text(element)), 1):
            continue
        gambling = _gambling_anchors(element, base_url, config.hidden_min_score)
        if gambling >= config.link_block_gambling_share * tally.links:
            if "gambling_link_block" not in config.disabled_rules:
                _drop(element, "gambling_link_block", removals)
    return removals


register(
    "hidden_spam",
    "html",
    "html",
    "hidden containers and `<marquee>` that link off-site to gambling or hold gambling text",
    strip_hidden_spam,
)
register(
    "hidden_chrome",
    "html",
    "html",
    "hidden containers linking off-site with no gambling (share bars, widgets): chrome, not counted as spam",
    strip_hidden_spam,
)
register(
    "gambling_link_block",
    "html",
    "html",
    "a block of ≥5 links to ≥3 external domains, mostly gambling anchors, mostly link text",
    strip_gambling_link_blocks,
)
RULE_NAMES = rule_names("html")


def strip_html_spam(tree: Any, base_url: str, config: CleaningConfig | None = None) -> list[Removal]:
    """Both HTML rules, hidden containers first (a hidden link block is reported once)."""
    return strip_hidden_spam(tree, base_url, config) + strip_gambling_link_blocks(tree, base_url, config)
