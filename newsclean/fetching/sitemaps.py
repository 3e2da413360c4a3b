"""Read sitemap indexes, urlsets, Google News sitemaps (gzipped or not) and robots.txt Sitemap lines.

Scrapy's own ``Sitemap`` class flattens each ``<url>`` to its direct children, so
a Google News sitemap's nested ``<news:publication_date>`` is lost; this reader
keeps it. The XML parser never resolves entities or touches the network.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from io import BytesIO

from lxml import etree

GZIP_MAGIC = b"\x1f\x8b"
# Gzipped sitemaps above this size (bytes, decompressed) are cut: a 50 MB sitemap is the protocol's maximum.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
ROBOTS_SITEMAP_RE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None  # <lastmod>, as written
    news_date: str | None = None  # <news:publication_date>, as written

    @property
    def date(self) -> str | None:
        """The publication date when the sitemap gives one, else the last modification."""
        return self.news_date or self.lastmod


@dataclass(frozen=True)
class Sitemap:
    is_index: bool
    entries: tuple[SitemapEntry, ...]


def maybe_gunzip(body: bytes) -> bytes:
    """The body, decompressed when it is gzip (a .xml.gz served as application/gzip)."""
    if not body.startswith(GZIP_MAGIC):
        return body
    try:
        with gzip.GzipFile(fileobj=BytesIO(body)) as stream:
            return stream.read(MAX_SITEMAP_BYTES)
    except (OSError, EOFError, zlib.error):
        return b""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: etree._Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes) -> Sitemap | None:
    """A sitemap or sitemap index from raw bytes (gzip allowed); None when it is not one."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = etree.fromstring(maybe_gunzip(body), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        return None
    item_tag = "sitemap" if _local(root.tag) == "sitemapindex" else "url"
    entries = []
    for element in root:
        if _local(element.tag) != item_tag:
            continue
        loc = _text(element, "loc")
        if loc:
            entries.append(SitemapEntry(loc, _text(element, "lastmod"), _text(element, "publication_date")))
    return Sitemap(item_tag == "sitemap", tuple(entries))


def sitemaps_in_robots(text: str) -> list[str]:
    """The ``Sitemap:`` URLs a robots.txt declares.

    >>> sitemaps_in_robots("User-agent: *\\nSitemap: https://n.example/sitemap.xml\\n")
    ['https://n.example/sitemap.xml']
    """
    return ROBOTS_SITEMAP_RE.findall(text)
