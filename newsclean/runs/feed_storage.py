"""Feed files that appear only when complete, and where a run's local feeds are written.

An indexer watching the feed folder must never read half a file: each feed is
written as ``<name>.part`` and renamed to its final name when the run closes the
feed (rename is atomic on one filesystem). Writes are unbuffered, so each item's
line (one ``write`` per item from Scrapy's JSON-lines exporter) is on disk as soon
as it is exported; a SIGKILL can cut at most the line being written, and only in a
``.part`` file. On the next start, ``newsclean.runs.recovery`` cuts such files to their
last complete line and publishes them, so what the killed run scraped is kept.

A writer holds an ``flock`` on its ``.part`` file until it publishes it (``hold``); the kernel
drops the lock when the process dies, and recovery leaves locked files alone.

A worker of a shared crawl (REDIS_URL) also writes a note beside each ``.part`` feed, before its first
line: ``<name>.part.writer`` names the crawl, the worker and its run, so that recovery can tell the lines
whose article another worker took over and emitted (``newsclean.cluster.feed_claims``). The note is
deleted once the feed is published; recovery deletes a note whose feed is gone.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path
from typing import IO, Any

from scrapy.extensions.feedexport import FileFeedStorage
from w3lib.url import file_uri_to_path

from newsclean.cluster.switch import cluster_on

PART_SUFFIX = ".part"
# Beside a shared crawl's worker's ``.part`` feed: which run writes it (newsclean.cluster.feed_claims).
WRITER_SUFFIX = ".writer"
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
        crawler = getattr(spider, "crawler", None)
        if crawler is not None and cluster_on(crawler.settings):
            from newsclean.cluster.feed_claims import write_writer_note  # a worker of a shared crawl only

            write_writer_note(part, crawler, start=part.stat().st_size)  # what an -o append copied is not its own
        return handle

    def store(self, file: IO[bytes]) -> None:
        file.close()
        final = Path(self.path)
        part = final.with_name(final.name + PART_SUFFIX)
        os.replace(part, final)
        writer_note_path(part).unlink(missing_ok=True)  # killed before this line: recovery deletes it


def hold(fd: int) -> None:
    """Mark a ``.part`` file as being written by this process (released on close or death)."""
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def writer_note_path(part: Path) -> Path:
    """The note beside a shared crawl's worker's ``.part`` feed naming the run that writes it."""
    return part.with_name(part.name + WRITER_SUFFIX)


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
