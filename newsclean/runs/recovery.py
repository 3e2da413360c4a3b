"""Recovery of what a killed run wrote: its ``.part`` article feeds and rejects, in one place, once per run.

A SIGKILL can cut at most the line being written, and only in a ``.part`` file (see
``newsclean.runs.feed_storage``). ``recover_interrupted_run`` cuts such files to their last whole
line and publishes them: the article feeds in the folders of the run's FEEDS, and the rejects in
the folder of its rejects feed (``newsclean.runs.output_paths``). It runs once per run, for its
first caller: the resumable dupefilter when the scheduler opens (with JOBDIR, it reads the URLs of
the recovered feeds as done), else the ``RecoverPartialFeeds`` extension when the spider opens,
before the rejects feed opens a ``.part`` of its own.

A writer holds an ``flock`` on its ``.part`` file until it publishes it; the kernel drops the lock
when the process dies. Recovery leaves locked files alone: they belong to a run still going
(another profile's cron run writing to the same ``feeds/news/``). It holds the lock itself while it
recovers a file, so workers started together in one folder recover each file once. A run refused by
the run lock recovers nothing: the ``.part`` files are the feeds of the run that holds the state.

A feed written by a worker of a shared crawl (a writer note beside it) is settled against the crawl's
claims before it is published (``newsclean.cluster.feed_claims``): a line whose article another worker
took over and emitted leaves the feed, and the run that recovered it writes it to its own rejects feed.
"""

from __future__ import annotations

import fcntl
import logging
import os
import weakref
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy import signals

from newsclean.runs.feed_storage import (
    PART_SUFFIX,
    REJECTS_SUFFIX,
    WRITER_SUFFIX,
    local_feed_folders,
    writer_note_path,
)
from newsclean.runs.lock import run_refused
from newsclean.runs.output_paths import fill, resolve_rejects_uri

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovered:
    """What one run's start published of a killed run's files."""

    feeds: tuple[Path, ...] = ()
    rejects: tuple[Path, ...] = ()
    # Rejects rows of the lines taken out of a shared crawl's recovered feeds: this run's rejects feed writes them.
    duplicates: tuple[dict[str, Any], ...] = ()


# Per run (per crawler): what its start recovered, so the second caller finds the work done.
_RECOVERED: weakref.WeakKeyDictionary[Any, Recovered] = weakref.WeakKeyDictionary()


# Settles a feed cut to whole lines before it is published (see recover_partial_feeds); False leaves it.
Settle = Callable[[Path, ExitStack], bool]


def hold_unless_busy(path: Path, held: ExitStack) -> bool:
    """Lock ``path`` until ``held`` closes; False when a live process holds it (or it is gone)."""
    try:
        handle = held.enter_context(path.open("rb"))
    except FileNotFoundError:
        return False  # another start recovered it meanwhile
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def truncate_to_last_line(path: Path) -> int:
    """Cut a file after its last newline; returns the bytes removed."""
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    if keep < len(data):
        with path.open("r+b") as handle:
            handle.truncate(keep)
    return len(data) - keep


def recover_partial_feeds(folder: Path, rejects: bool = False, settle: Settle | None = None) -> list[Path]:
    """Publish every ``*.jsonl.part`` feed a killed run left in ``folder``, cut to whole lines.

    ``rejects``: the rejects files (``*.rejects.jsonl.part``) instead of the article feeds. They are
    kept apart because the resumable dupefilter counts every URL of a recovered article feed as done.
    ``settle``: called with each feed cut to whole lines, and what holds it locked until it is published;
    False leaves the feed where it is.
    """
    recovered = []
    for part in sorted(folder.glob(f"*{PART_SUFFIX}")):
        if part.name.endswith(REJECTS_SUFFIX + PART_SUFFIX) != rejects:
            continue
        with ExitStack() as held:
            if not hold_unless_busy(part, held):
                continue
            if not part.name.endswith(f".jsonl{PART_SUFFIX}"):
                # A compressed feed cut mid-stream cannot be cut back to whole lines: leave it for a person.
                logger.warning("Left %s from an interrupted run: only plain JSON-lines feeds are recovered", part)
                continue
            cut = truncate_to_last_line(part)
            if settle is not None and not settle(part, held):
                continue
            final = part.with_name(part.name.removesuffix(PART_SUFFIX))
            if final.exists():
                final = final.with_name(final.stem + ".recovered" + final.suffix)
            os.replace(part, final)
        writer_note_path(part).unlink(missing_ok=True)
        logger.warning("Recovered %s from an interrupted run (%d bytes of a cut line dropped)", final, cut)
        recovered.append(final)
    remove_stale_writer_notes(folder)
    return recovered


def remove_stale_writer_notes(folder: Path) -> None:
    """Delete the writer notes whose feed is gone (its worker was killed after publishing it).

    A live worker's note never is: it is written after its ``.part`` exists, deleted after it is published.
    """
    for note in folder.glob(f"*{PART_SUFFIX}{WRITER_SUFFIX}"):
        if not note.with_name(note.name.removesuffix(WRITER_SUFFIX)).exists():
            note.unlink(missing_ok=True)


def rejects_folder(crawler: Any, spider_name: str) -> Path | None:
    """The existing folder the run's rejects feed goes to (None when the rejects feed is off)."""
    if not crawler.settings.getbool("NEWSCLEAN_REJECTS_ENABLED"):
        return None
    folder = fill(resolve_rejects_uri(crawler.settings)[0], crawler, spider_name).parent
    return folder if folder.is_dir() else None


def recover_interrupted_run(crawler: Any) -> Recovered:
    """Publish the ``.part`` feeds and rejects a killed run left beside this run's; once per run.

    Counted in ``newsclean/feeds/recovered`` and ``newsclean/rejects/recovered``.
    """
    if crawler not in _RECOVERED:
        _RECOVERED[crawler] = Recovered() if run_refused(crawler) else _recover(crawler)
    return _RECOVERED[crawler]


def recovered_so_far(crawler: Any) -> Recovered:
    """What this run's start recovered (nothing, before it ran or when it did not)."""
    return _RECOVERED.get(crawler, Recovered())


def _recover(crawler: Any) -> Recovered:
    name = getattr(crawler.spider, "name", "")
    folders = sorted(local_feed_folders(crawler.settings, name))
    duplicates: list[dict[str, Any]] = []

    def settle(part: Path, held: ExitStack) -> bool:
        if not writer_note_path(part).exists():
            return True  # a local run's feed: every line is its own
        from newsclean.cluster.feed_claims import settle_feed  # only for a feed a shared crawl's worker wrote

        rows = settle_feed(part, crawler, keep_held=lambda fd: held.callback(os.close, fd))
        duplicates.extend(rows or ())
        return rows is not None

    feeds = tuple(feed for folder in folders for feed in recover_partial_feeds(folder, settle=settle))
    rejects_in = rejects_folder(crawler, name)
    rejects = tuple(recover_partial_feeds(rejects_in, rejects=True)) if rejects_in is not None else ()
    crawler.stats.inc_value("newsclean/feeds/recovered", len(feeds))
    crawler.stats.inc_value("newsclean/rejects/recovered", len(rejects))
    return Recovered(feeds, rejects, tuple(duplicates))


class RecoverPartialFeeds:
    """Extension: when the spider opens, ``recover_interrupted_run`` (if the dupefilter has not already).

    Placed before ``RejectsFeed`` in EXTENSIONS: the rejects feed's ``.part`` may have the killed run's name.
    """

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecoverPartialFeeds:
        extension = cls()
        crawler.signals.connect(extension.spider_opened, signals.spider_opened)
        return extension

    def spider_opened(self, spider: Any) -> None:
        recover_interrupted_run(spider.crawler)
