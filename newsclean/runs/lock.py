"""One run at a time per state file: a cron run that starts while the last one still runs stops at once.

The lock file sits next to ``NEWSCLEAN_STATE`` and is held with ``flock`` for the run's lifetime, so a
killed run releases it. The refused run must not touch the running one's files: its JOBDIR
(queue and seen requests) and the ``.part`` feeds and rejects it is still writing.
"""

from __future__ import annotations

import fcntl
import logging
import os
import weakref
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

# Crawlers refused by RunLock: another run holds their state file.
_REFUSED: weakref.WeakSet[Any] = weakref.WeakSet()


def run_refused(crawler: Any) -> bool:
    """True when another run holds this run's state file: this one must not touch that run's files."""
    return crawler in _REFUSED


class RunLock:
    """Extension: one run at a time per state file (a lock file next to NEWSCLEAN_STATE).

    The lock is taken when extensions are built, before the scheduler opens: a refused run
    drops JOBDIR (the running one's queue and seen requests) and recovers no ``.part`` file
    (they are the running one's feeds), then stops as soon as its spider opens.
    """

    def __init__(self, crawler: Any, path: Path) -> None:
        self.crawler, self.path = crawler, path
        self.handle: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunLock:
        state = crawler.settings.get("NEWSCLEAN_STATE")
        if not state:
            raise NotConfigured
        extension = cls(crawler, Path(f"{state}.lock"))
        if not extension.acquire():
            _REFUSED.add(crawler)
            crawler.settings.set("JOBDIR", None, priority="cmdline")  # settings freeze after extensions
        crawler.signals.connect(extension.spider_opened, signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signals.spider_closed)
        return extension

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.path.open("a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            self.handle = None
            return False
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"{os.getpid()}\n")
        self.handle.flush()
        return True

    def spider_opened(self, spider: Any) -> None:
        if self.handle is None:
            logger.error("Another run holds %s: this run stops now (state %s is in use)", self.path, self.path.stem)
            self.crawler.engine.close_spider(spider, "another_run_in_progress")

    def spider_closed(self, spider: Any) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
