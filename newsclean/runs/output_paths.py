"""Where one run's files go: its article feed, its rejects and its summary, all named by one time stamp.

A scheduled run without ``-o/-O`` writes three files, each in a folder of its own, so an
indexer that ingests every ``*.jsonl`` of the feed folder only ever reads articles:

    feeds/news/2026-12-06T19-30-00+00-00.jsonl               NEWSCLEAN_DEFAULT_FEED
    rejects/news/2026-12-06T19-30-00+00-00.rejects.jsonl     NEWSCLEAN_DEFAULT_REJECTS
    summaries/news/2026-12-06T19-30-00+00-00.summary.json    NEWSCLEAN_DEFAULT_SUMMARY

A run with no new or changed article publishes no feed file (its summary says so). With a
single local ``-o/-O`` feed, rejects and summary go next to it (``articles.rejects.jsonl``,
``articles.summary.json``): the person chose that file; ``NEWSCLEAN_REJECTS_URI`` overrides.
"""

from __future__ import annotations

import re
import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsclean.runs.feed_storage import REJECTS_SUFFIX, local_feed_path

BATCH_PLACEHOLDER_RE = re.compile(r"[-_]?%\(batch_(?:id|time)\)\w*")
SUMMARY_SUFFIX = ".summary.json"
# One stamp per run (per crawler), shared by the feed's %(time)s, the rejects and the summary.
_STAMPS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def run_stamp(crawler: Any) -> str:
    """The run's ``%(time)s``: UTC start time as Scrapy's feed exporter writes it (``:`` made ``-``).

    A worker of a shared crawl (``NEWSCLEAN_WORKER_ID``, set with REDIS_URL) adds its id, so the workers
    sharing a folder write files of their own: ``2026-12-06T19-30-00+00-00_host-4242.jsonl``.
    """
    if crawler not in _STAMPS:
        stamp = datetime.now(UTC).replace(microsecond=0).isoformat().replace(":", "-")
        worker = crawler.settings.get("NEWSCLEAN_WORKER_ID")
        _STAMPS[crawler] = f"{stamp}_{worker}" if worker else stamp
    return _STAMPS[crawler]


def feed_uri_params(params: dict[str, Any], spider: Any) -> dict[str, Any]:
    """FEED_URI_PARAMS: the feed's ``%(time)s`` is the run stamp, so the three files of a run share a name."""
    params["time"] = run_stamp(spider.crawler)
    return params


def default_feed_options(settings: Any) -> tuple[str, dict[str, Any]]:
    """The per-run feed: NEWSCLEAN_DEFAULT_FEED, gzipped and/or split into batches if asked.

    ``store_empty`` is off: a run that found nothing new publishes no empty file for an indexer to ingest.
    """
    uri = settings.get("NEWSCLEAN_DEFAULT_FEED")
    options: dict[str, Any] = {"format": "jsonlines", "encoding": "utf-8", "store_empty": False}
    batch = settings.getint("NEWSCLEAN_FEED_BATCH_ITEMS")
    if batch:
        uri, options["batch_item_count"] = uri.replace(".jsonl", "-%(batch_id)05d.jsonl"), batch
    if settings.getbool("NEWSCLEAN_FEED_GZIP"):
        uri, options["postprocessing"] = uri + ".gz", ["scrapy.extensions.postprocessing.GzipPlugin"]
    return uri, options


def uses_default_feed(settings: Any) -> bool:
    """True when the run writes the per-run feed (no -o/-O, no FEEDS of its own)."""
    default = settings.get("NEWSCLEAN_DEFAULT_FEED")
    return bool(default) and list(settings.getdict("FEEDS")) == [default_feed_options(settings)[0]]


def _single_local_feed(settings: Any) -> tuple[Path, bool] | None:
    feeds = settings.getdict("FEEDS")
    if len(feeds) != 1:
        return None
    uri, options = next(iter(feeds.items()))
    path = local_feed_path(str(uri))
    return (path, bool(options.get("overwrite"))) if path is not None else None


def resolve_rejects_uri(settings: Any) -> tuple[str, bool]:
    """Where the rejects go (a template with %(name)s / %(time)s) and whether an existing file is overwritten."""
    explicit = settings.get("NEWSCLEAN_REJECTS_URI")
    if explicit:
        return str(explicit), True
    if uses_default_feed(settings):
        return str(settings.get("NEWSCLEAN_DEFAULT_REJECTS")), True
    single = _single_local_feed(settings)
    if single is not None:
        path, overwrite = single
        stem = BATCH_PLACEHOLDER_RE.sub("", path.name.split(".")[0])  # one rejects file for all batches
        return str(path.with_name(f"{stem}{REJECTS_SUFFIX}")), overwrite
    return "rejects-%(name)s.jsonl", True


def resolve_summary_uri(settings: Any) -> str:
    """Where the summary goes: its own folder for per-run feeds, else beside the rejects file."""
    if uses_default_feed(settings):
        return str(settings.get("NEWSCLEAN_DEFAULT_SUMMARY"))
    rejects = resolve_rejects_uri(settings)[0].replace("rejects-", "summary-")
    if rejects.endswith(REJECTS_SUFFIX):
        return rejects.removesuffix(REJECTS_SUFFIX) + SUMMARY_SUFFIX
    return rejects.removesuffix(".jsonl") + ".json"  # never a .jsonl: it is one JSON object


def fill(template: str, crawler: Any, spider_name: str) -> Path:
    """A run file's path: the template's %(name)s and %(time)s filled in."""
    return Path(template % {"name": spider_name, "time": run_stamp(crawler)})
