"""Feed files that appear only when complete, and recovery of what a killed run wrote.

An indexer watching the feed folder must never read half a file: each feed is
written as ``<name>.part`` and renamed to its final name when the run closes the
feed (rename is atomic on one filesystem). Writes are unbuffered, so each item's
line (one ``write`` per item from Scrapy's JSON-lines exporter) is on disk as soon
as it is exported; a SIGKILL can cut at most the line being written, and only in a
``.part`` file. On the next start, ``RecoverPartialFeeds`` truncates such files to
their last complete line and publishes them, so what the killed run scraped is kept.

A writer holds an ``flock`` on its ``.part`` file until it publishes it; the kernel drops
the lock when the process dies. Recovery leaves locked files alone: they belong to a run
still going (another profile's cron run writing to the same ``feeds/news/``).
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from pathlib import Path
from typing import IO, Any

from scrapy import signals
from scrapy.extensions.feedexport import FileFeedStorage
from w3lib.url import file_uri_to_path

from newsclean.runs.lock import run_refused

logger = logging.getLogger(__name__)
PART_SUFFIX = ".part"
# The rejects of a run (see newsclean.runs.output_paths); never read back as an article feed.
REJECTS_SUFFIX = ".rejects.jsonl"


class AtomicFileFeedStorage(FileFeedStorage):
    """FileFeedStorage writing to ``<path>.part`` (unbuffered) and renaming it when the feed closes."""

    def open(self, spider: Any) -> IO[bytes]:
        final = Path(self.path)
        final.parent.mkdir(parents=True, exist_ok=True)
        part = final.with_name(final.name + PART_SUFFIX)
        if self.write_mode == "ab" and final.exists():
            shutil.copyfile(final, part)  # -o appends: continue the published file, publish again at the end
        elif part.exists():
            part.unlink()
        handle = part.open("ab", buffering=0)
        hold(handle.fileno())
        return handle

    def store(self, file: IO[bytes]) -> None:
        file.close()
        final = Path(self.path)
        os.replace(final.with_name(final.name + PART_SUFFIX), final)


def hold(fd: int) -> None:
    """Mark a ``.part`` file as being written by this process (released on close or death)."""
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def is_being_written(path: Path) -> bool:
    """True when a live process holds ``path`` (see ``hold``)."""
    with path.open("rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def truncate_to_last_line(path: Path) -> int:
    """Cut a file after its last newline; returns the bytes removed."""
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    if keep < len(data):
        with path.open("r+b") as handle:
            handle.truncate(keep)
    return len(data) - keep


def recover_partial_feeds(folder: Path, rejects: bool = False) -> list[Path]:
    """Publish every ``*.jsonl.part`` feed a killed run left in ``folder``, cut to whole lines.

    ``rejects``: the rejects files (``*.rejects.jsonl.part``) instead of the article feeds. They are
    kept apart because the resumable dupefilter counts every URL of a recovered article feed as done.
    """
    recovered = []
    for part in sorted(folder.glob(f"*{PART_SUFFIX}")):
        if part.name.endswith(REJECTS_SUFFIX + PART_SUFFIX) != rejects or is_being_written(part):
            continue
        if not part.name.endswith(f".jsonl{PART_SUFFIX}"):
            # A compressed feed cut mid-stream cannot be cut back to whole lines: leave it for a person.
            logger.warning("Left %s from an interrupted run: only plain JSON-lines feeds are recovered", part)
            continue
        cut = truncate_to_last_line(part)
        final = part.with_name(part.name.removesuffix(PART_SUFFIX))
        if final.exists():
            final = final.with_name(final.stem + ".recovered" + final.suffix)
        os.replace(part, final)
        logger.warning("Recovered %s from an interrupted run (%d bytes of a cut line dropped)", final, cut)
        recovered.append(final)
    return recovered


class RecoverPartialFeeds:
    """Extension: at start, recover the ``.part`` feeds an interrupted run left beside this run's feeds."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecoverPartialFeeds:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signals.spider_opened)
        return extension

    def spider_opened(self, spider: Any) -> None:
        if run_refused(self.crawler):
            return  # the .part files are the feeds of the run that holds the state
        for folder in local_feed_folders(self.crawler.settings, spider.name):
            count = len(recover_partial_feeds(folder))
            self.crawler.stats.inc_value("newsclean/feeds/recovered", count)


def local_feed_path(uri: str) -> Path | None:
    """The file a FEEDS URI writes to when it is local (a path or file://), placeholders left in."""
    text = str(uri)
    if text.startswith("file://"):
        return Path(file_uri_to_path(text))
    return None if "://" in text else Path(text)


def feed_folder(uri: str, spider_name: str) -> Path | None:
    """The folder a local FEEDS URI writes to, its placeholders filled (None for remote feeds)."""
    path = local_feed_path(uri)
    if path is None:
        return None
    return Path(str(path) % {"name": spider_name, "time": "", "batch_id": 0, "batch_time": ""}).parent


def local_feed_folders(settings: Any, spider_name: str) -> set[Path]:
    """Existing folders the run's local feeds (FEEDS) are written to."""
    folders = {feed_folder(str(uri), spider_name) for uri in settings.getdict("FEEDS")}
    return {folder for folder in folders if folder is not None and folder.is_dir()}
