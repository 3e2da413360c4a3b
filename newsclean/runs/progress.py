"""Progress on a terminal: one short line every few seconds while a crawl runs.

Scrapy's own LogStats says something once a minute; a person watching a crawl wants to
see it move. The line is only written when the log goes to a terminal: a scheduled run
logging to a file keeps its log for what happened, not for a ticker.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

logger = logging.getLogger(__name__)


def progress_line(stats: dict[str, Any], elapsed_seconds: float) -> str:
    """``Progress: 120 pages, 45 articles, 3 rejected (4.0 pages/s)`` from the crawl's stats."""
    pages = stats.get("response_received_count", 0)
    articles = stats.get("item_scraped_count", 0)
    rejected = stats.get("item_dropped_count", 0)
    rate = pages / elapsed_seconds if elapsed_seconds > 0 else 0.0
    return f"Progress: {pages} pages, {articles} articles, {rejected} rejected ({rate:.1f} pages/s)"


def logs_to_terminal(settings: Any) -> bool:
    return not settings.get("LOG_FILE") and sys.stderr.isatty()


class Progress:
    """Extension. Settings: NEWSCLEAN_PROGRESS_INTERVAL (seconds; 0: off). Only when the log is a terminal."""

    def __init__(self, crawler: Any, interval: float) -> None:
        self.crawler, self.interval = crawler, interval
        self.started = time.monotonic()
        self.task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        interval = crawler.settings.getfloat("NEWSCLEAN_PROGRESS_INTERVAL")
        if interval <= 0 or not logs_to_terminal(crawler.settings):
            raise NotConfigured  # no message: Scrapy would warn about it on every scheduled run
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.task = create_looping_call(self.log)
        self.task.start(self.interval, now=False)

    def log(self) -> None:
        logger.info(progress_line(self.crawler.stats.get_stats(), time.monotonic() - self.started))

    def spider_closed(self, spider: Any) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.log()  # the final tally, however short the crawl
