"""Run summary, alerts and the one-run-at-a-time lock for scheduled crawls.

``RunSummary`` writes, when the spider closes, what the run did (pages fetched,
articles written, new/updated/unchanged, removals by rule, drops by reason, errors by
kind) to the log and as JSON (where: ``newsclean.runs.output_paths``), and raises two alerts at
WARNING: the spam-removal rate jumped against the previous run of the same spider on
the same site or profile (the site was just hacked), or no article was found at all
(its layout changed). ``newsclean.runs.lock`` keeps two runs sharing a state file from
overlapping.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals

from newsclean.cleaning.registry import rule_names, spam_rule_names
from newsclean.runs.output_paths import fill, resolve_summary_uri, uses_default_feed

logger = logging.getLogger(__name__)
REMOVED_PREFIX = "newsclean/removed/"
DROPPED_PREFIX = "newsclean/dropped/"
ERROR_PREFIXES = ("downloader/exception_type_count/", "newsclean/errors/")


def _with_prefix(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k.removeprefix(prefix): v for k, v in sorted(stats.items()) if k.startswith(prefix)}


def build_summary(stats: dict[str, Any], spider_name: str) -> dict[str, Any]:
    removed = _with_prefix(stats, REMOVED_PREFIX)
    spam_rules = spam_rule_names()
    statuses = _with_prefix(stats, "downloader/response_status_count/")
    errors = {k: v for prefix in ERROR_PREFIXES for k, v in _with_prefix(stats, prefix).items()}
    errors.update({f"http_{code}": n for code, n in statuses.items() if not code.startswith(("2", "3"))})
    written = stats.get("item_scraped_count", 0)
    unchanged = stats.get("newsclean/state/unchanged", 0) + stats.get("newsclean/state/skipped_fresh", 0)
    return {
        "spider": spider_name,
        "started_at": str(stats.get("start_time", "")),
        "finished_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "finish_reason": stats.get("finish_reason", ""),
        "pages_fetched": stats.get("response_received_count", 0),
        "articles_written": written,
        "articles_found": written + unchanged + sum(_with_prefix(stats, DROPPED_PREFIX).values()),
        "new": stats.get("newsclean/state/new", 0) if "newsclean/state/expired" in stats else written,
        "updated": stats.get("newsclean/state/changed", 0),
        "unchanged": unchanged,
        "spam_removed_by_rule": {k: v for k, v in removed.items() if k in spam_rules},
        "template_tags_removed_by_rule": {k: v for k, v in removed.items() if k in rule_names("template_tags")},
        "dropped_by_reason": _with_prefix(stats, DROPPED_PREFIX),
        "errors_by_kind": errors,
        "alerts": [],
    }


def spam_rate(summary: dict[str, Any]) -> float:
    """Spam removals per article found."""
    return sum(summary["spam_removed_by_rule"].values()) / max(summary["articles_found"], 1)


def site_of(spider: Any) -> str:
    """What a run crawled, to compare runs by: ``profile:NAME``, else its domains and local folders (no port)."""
    profile = getattr(spider, "profile", None)
    if profile is not None:
        return f"profile:{profile.name}"
    return ",".join([*getattr(spider, "allowed_domains", []), *getattr(spider, "file_roots", [])])


def previous_summary(folder: Path, spider_name: str, site: str) -> dict[str, Any] | None:
    """The latest summary in ``folder`` of a run of the same spider on the same site (read before this run's).

    Runs of other profiles may share the folder: their spam rates say nothing about this site.
    """
    runs = []
    for path in [*folder.glob("*.summary.json"), *folder.glob("summary-*.json")]:
        try:
            summary = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(summary, dict) or (summary.get("spider"), summary.get("site")) != (spider_name, site):
            continue
        if summary.get("articles_found"):  # a run that found nothing (stopped at once, site down) has no rate
            runs.append(summary)
    return max(runs, key=lambda s: str(s.get("started_at", "")), default=None)


# Said in the summary when the per-run feed was not published (it would have been empty).
NO_FEED_NOTE = "no new or changed article: no feed file published"


class RunSummary:
    """Extension. Settings: NEWSCLEAN_ALERT_SPAM_RATE_FACTOR, NEWSCLEAN_ALERT_MIN_SPAM_RATE,
    NEWSCLEAN_DEFAULT_SUMMARY (with the per-run feed; else beside the rejects feed: ``articles.summary.json``).
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.factor = crawler.settings.getfloat("NEWSCLEAN_ALERT_SPAM_RATE_FACTOR")
        self.floor = crawler.settings.getfloat("NEWSCLEAN_ALERT_MIN_SPAM_RATE")

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunSummary:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signals.spider_closed)
        return extension

    def path_for(self, spider: Any) -> Path:
        return fill(resolve_summary_uri(self.crawler.settings), self.crawler, spider.name)

    def spider_closed(self, spider: Any, reason: str) -> None:
        summary = build_summary(self.crawler.stats.get_stats(), spider.name)
        summary["finish_reason"] = reason
        summary["profile"] = spider.profile.name if getattr(spider, "profile", None) else None
        summary["site"] = site_of(spider)
        summary["feed_published"] = summary["articles_written"] > 0 or not uses_default_feed(self.crawler.settings)
        if not summary["feed_published"]:
            summary["feed_note"] = NO_FEED_NOTE
        path = self.path_for(spider)
        self.raise_alerts(summary, previous_summary(path.parent, spider.name, summary["site"]))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", "utf-8")
        os.replace(tmp, path)
        logger.info("Run summary (%s): %s", path, json.dumps(summary, ensure_ascii=False), extra={"spider": spider})

    def raise_alerts(self, summary: dict[str, Any], previous: dict[str, Any] | None) -> None:
        if summary["articles_found"] == 0 and summary["finish_reason"] == "finished":
            summary["alerts"].append("no_articles")
            logger.warning("No article found this run: the site's layout may have changed")
        rate = spam_rate(summary)
        if previous is not None and rate >= self.floor and rate > self.factor * spam_rate(previous):
            summary["alerts"].append("spam_rate_jump")
            logger.warning(
                "Spam removals per article jumped from %.2f to %.2f: the site may have been hacked",
                spam_rate(previous),
                rate,
            )
