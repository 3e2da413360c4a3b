"""The rejects feed: every dropped page and every piece of removed text, as JSONL.

Nothing leaves the pipeline without a trace: a person auditing a run reads this
file to see what each rule removed and why each page was dropped. Like the article
feed, it is written as ``<name>.part`` and renamed when the run closes, so a reader
never sees half of it; where it goes is decided in ``newsclean.runs.output_paths``, and what a
killed run left is published by ``newsclean.runs.recovery`` before this run opens its own. Its first
rows are the lines that recovery took out of a killed worker's feed as duplicates (a shared crawl's).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from newsclean.audit.crawl_signals import text_removed
from newsclean.runs.feed_storage import PART_SUFFIX, hold
from newsclean.runs.output_paths import fill, resolve_rejects_uri
from newsclean.runs.recovery import recovered_so_far

logger = logging.getLogger(__name__)


class ArticleDropped(DropItem):
    """DropItem that says which stage dropped the item and by which rule.

    ``audit=False`` marks a drop that loses nothing (an article already published,
    unchanged since): it is counted, not written to the rejects feed.
    """

    def __init__(self, stage: str, rule: str, detail: str = "", audit: bool = True) -> None:
        super().__init__(f"{stage}/{rule}: {detail}".rstrip(": "), log_level="INFO" if audit else "DEBUG")
        self.stage, self.rule, self.audit = stage, rule, audit


class RejectsFeed:
    """Extension writing the rejects feed. Settings: NEWSCLEAN_REJECTS_ENABLED, NEWSCLEAN_REJECTS_URI."""

    def __init__(self, crawler: Any, uri_template: str, overwrite: bool) -> None:
        self.crawler, self.uri_template, self.overwrite = crawler, uri_template, overwrite
        self.fd: int | None = None
        self.path: Path | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RejectsFeed:
        if not crawler.settings.getbool("NEWSCLEAN_REJECTS_ENABLED"):
            raise NotConfigured("NEWSCLEAN_REJECTS_ENABLED is False")
        extension = cls(crawler, *resolve_rejects_uri(crawler.settings))
        crawler.signals.connect(extension.spider_opened, signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signals.spider_closed)
        crawler.signals.connect(extension.item_dropped, signals.item_dropped)
        crawler.signals.connect(extension.text_removed, text_removed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        self.path = fill(self.uri_template, self.crawler, spider.name)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        part = self.part_path  # a killed run's .part here was published already (newsclean.runs.recovery)
        if not self.overwrite and self.path.exists():
            shutil.copyfile(self.path, part)  # -o appends: continue the published file, publish again at the end
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if self.overwrite else 0)
        self.fd = os.open(part, flags, 0o644)
        hold(self.fd)  # recovery in another run leaves it alone while this run writes it
        logger.info("Rejects feed: %s", self.path, extra={"spider": spider})
        for row in recovered_so_far(self.crawler).duplicates:  # lines this start took out of a killed worker's feed
            self.write(dict(row))

    @property
    def part_path(self) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + PART_SUFFIX)

    def spider_closed(self, spider: Any) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
            os.replace(self.part_path, self.path)  # published whole, like the article feed
        count = self.crawler.stats.get_value("newsclean/rejects/rows", 0)
        logger.info("Rejects feed: %d rows in %s", count, self.path, extra={"spider": spider})

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Any) -> None:
        if not getattr(exception, "audit", True):
            return
        adapter = ItemAdapter(item)
        text = "\n".join(str(adapter.get(k) or "") for k in ("title", "body")).strip()
        self.write(
            {
                "kind": "dropped_page",
                "url": adapter.get("url"),
                "stage": getattr(exception, "stage", "pipeline"),
                "rule": getattr(exception, "rule", type(exception).__name__),
                "field": None,
                "text": text,
                "message": str(exception),
            }
        )

    def text_removed(self, item: Any, stage: str, field: str, removals: tuple[Any, ...]) -> None:
        url = ItemAdapter(item).get("url")
        for removal in removals:
            if not removal.text.strip():
                continue  # whitespace edits carry no text worth auditing; they are counted in stats
            self.write(
                {
                    "kind": "removed_text",
                    "url": url,
                    "stage": stage,
                    "rule": removal.rule,
                    "field": field,
                    "text": removal.text.rstrip("\n"),
                    "message": "",
                }
            )

    def write(self, row: dict[str, Any]) -> None:
        """Append one row with a single write(2) on an O_APPEND file: a killed run leaves whole lines."""
        if self.fd is None:
            return
        row["time"] = datetime.now(UTC).isoformat()
        os.write(self.fd, (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
        self.crawler.stats.inc_value("newsclean/rejects/rows")
