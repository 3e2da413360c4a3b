"""The bench's reference spider: follows every link on the start URL's host, one trivial item per page.

Run with ``scrapy runspider`` outside the project (no newsclean settings, pipelines or
middlewares), with the same concurrency settings the bench gives ``news``: what Scrapy alone
delivers on the same site, the ceiling the ``news`` crawl is compared with.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import scrapy


class BareSpider(scrapy.Spider):
    name = "bench_bare"

    def __init__(self, start_url: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.allowed_domains = [urlparse(start_url).hostname or ""]

    def parse(self, response: Any, **kwargs: Any) -> Iterator[Any]:
        yield {"url": response.url}
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, callback=self.parse)
