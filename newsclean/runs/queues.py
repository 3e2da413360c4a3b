"""The scheduler's disk queue (JOBDIR), made safe to reopen after SIGKILL.

With ``DEPTH_PRIORITY`` each depth has a queue file of its own. queuelib's LIFO disk queue
writes its 4-byte header through a buffer: a run killed right after opening a queue leaves
the file empty, and the resumed run fails on it (``struct.error``) each time it schedules a
request at that depth, losing them all. An empty or header-less file holds no request: it
is started afresh. A file with its header reopens as before (the header counts what was
there at the last clean close; requests pushed after it stay out of the count).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from queuelib.queue import LifoDiskQueue
from scrapy.squeues import PickleLifoDiskQueue


class ResumableLifoDiskQueue(PickleLifoDiskQueue):  # type: ignore[misc,valid-type]
    """SCHEDULER_DISK_QUEUE: Scrapy's PickleLifoDiskQueue, reopening a header-less file as empty."""

    def __init__(self, crawler: Any, key: str) -> None:
        path = Path(key)
        if path.is_file() and path.stat().st_size < LifoDiskQueue.SIZE_SIZE:
            path.unlink()
        super().__init__(crawler, key)
