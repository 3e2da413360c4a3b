"""Sitemap and feed callbacks of the news spider (parsing lives in ``newsclean.fetching``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.http import Response

from newsclean.fetching.encoding import decode_html
from newsclean.fetching.rss import feed_links, parse_feed
from newsclean.fetching.since import is_before
from newsclean.fetching.sitemaps import parse_sitemap, sitemaps_in_robots

logger = logging.getLogger(__name__)


class DiscoveryMixin:
    """Reads sitemaps (``-a sitemaps=``) and feeds (``-a feeds=``) into article requests.

    Expects the spider to provide ``crawler``, ``since``, ``default_timezone``,
    ``in_scope(url)`` and ``request(url, ...)``.
    """

    crawler: Any
    since: datetime | None
    default_timezone: str

    def in_scope(self, url: str) -> bool:  # pragma: no cover - provided by the spider
        raise NotImplementedError

    def request(self, url: str, **kwargs: Any) -> scrapy.Request | None:  # pragma: no cover - provided by the spider
        raise NotImplementedError

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newsclean/discovery/{key}")

    def _too_old(self, date_text: str | None) -> bool:
        if is_before(date_text, self.since, self.default_timezone):
            self._count("skipped_before_since")
            return True
        return False

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """A robots.txt (its Sitemap: lines), a sitemap index or a urlset, gzipped or not."""
        if response.url.split("?")[0].endswith("/robots.txt"):
            for url in sitemaps_in_robots(response.body.decode("utf-8", "replace")):
                yield scrapy.Request(url, callback=self.parse_sitemap)
            return
        sitemap = parse_sitemap(response.body)
        if sitemap is None:
            self._count("bad_sitemap")
            logger.warning("Not a sitemap: %s", response.url)
            return
        self._count("sitemaps")
        for entry in sitemap.entries:
            if not self.in_scope(entry.loc) or self._too_old(entry.date):
                continue
            if sitemap.is_index:
                yield scrapy.Request(entry.loc, callback=self.parse_sitemap)
            else:
                self._count("sitemap_urls")
                request = self.request(entry.loc, discovered=True)
                if request is not None:
                    yield request

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """An RSS or Atom feed; an HTML page is searched for the feeds it links to."""
        entries = parse_feed(response.body, response.url)
        if entries is None:
            content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None
            links = feed_links(decode_html(response.body, content_type).text, response.url)
            if not links:
                self._count("no_feed")
                logger.warning("No feed at %s and none linked from it", response.url)
            for url in links:
                yield scrapy.Request(url, callback=self.parse_feed)
            return
        self._count("feeds")
        for entry in entries:
            if self.in_scope(entry.link) and not self._too_old(entry.published):
                self._count("feed_urls")
                request = self.request(entry.link, discovered=True)
                if request is not None:
                    yield request
