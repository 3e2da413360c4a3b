"""Read RSS and Atom feeds (feedparser), and find the feeds an HTML page links to."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser
from lxml import html as lxml_html

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml")


@dataclass(frozen=True)
class FeedEntry:
    link: str
    published: str | None  # ISO 8601 in UTC, from pubDate / published / updated


def parse_feed(body: bytes, base_url: str) -> list[FeedEntry] | None:
    """Entries of an RSS or Atom feed; None when the body is not a feed (an HTML page, say)."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if not parsed.get("version"):
        return None
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        stamp = datetime.fromtimestamp(calendar.timegm(when), UTC).isoformat() if when else None
        entries.append(FeedEntry(urljoin(base_url, link), stamp))
    return entries


def feed_links(html: str, base_url: str) -> list[str]:
    """Feeds an HTML page advertises with ``<link rel="alternate" type="application/rss+xml">``."""
    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    links = []
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" in rel and (link.get("type") or "").lower() in FEED_TYPES:
            links.append(urljoin(base_url, link.get("href").strip()))
    return list(dict.fromkeys(links))
