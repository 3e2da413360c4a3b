"""``WorkerPool``: run a pure function in a worker process, or inline with no workers.

Built on pebble's ``ProcessPool``: a worker that dies (SIGKILL, the OOM killer, a segfault in lxml)
fails only the task it was running (``ProcessExpired``) and is replaced, where the standard library's
``ProcessPoolExecutor`` breaks the whole pool. Here a task whose worker died runs once more on a fresh
worker; dying twice, it raises ``WorkerDied`` for the caller to count.

Workers are forked (not spawned) the first time a task arrives, after ``prepare`` ran in this
process: whatever ``prepare`` loads (jieba's dictionary, the lexicons) is shared by every worker,
loaded once, never per task. No Scrapy here; ``crawler_pool`` ties a pool to a crawl.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import logging
import multiprocessing
import os
import re
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from pebble import ProcessExpired, ProcessPool

logger = logging.getLogger(__name__)
T = TypeVar("T")
# Exit status of a worker ended on purpose by ``exit_worker`` (tests only): EX_SOFTWARE.
CRASH_EXIT_CODE = 70


class WorkerDied(Exception):
    """The worker running a task died, and so did the one running it again."""


def exit_worker(*_: Any) -> NoReturn:
    """End this worker process at once, with no clean-up, as a crash in native code would.

    Tests only: a pool given ``crash_tasks`` runs this instead of the task (NEWSCLEAN_WORKERS_CRASH_URLS).
    """
    os._exit(CRASH_EXIT_CODE)


class WorkerPool:
    """``await pool.run(fn, *args)``: ``fn(*args)`` in a worker process, or here when ``workers`` is 0.

    ``fn`` and its arguments and result must pickle; ``fn`` should be pure, since a task may run
    twice. ``on_retry`` is called each time a task runs again after its worker died (to count it).
    ``crash_tasks`` (tests only): tasks whose name matches end their worker (``exit_worker``).
    """

    def __init__(
        self,
        workers: int,
        prepare: Callable[[], object] | None = None,
        on_retry: Callable[[], object] | None = None,
        crash_tasks: re.Pattern[str] | None = None,
    ) -> None:
        if workers < 0:
            raise ValueError(f"a pool of {workers} workers: use 0 (inline) or more")
        self.workers = workers
        self.prepare = prepare
        self.on_retry = on_retry
        self.crash_tasks = crash_tasks
        self._pool: ProcessPool | None = None
        self._closed = False

    @property
    def inline(self) -> bool:
        return self.workers == 0

    async def run(self, fn: Callable[..., T], *args: Any, task: str = "") -> T:
        """``fn(*args)``, in a worker unless the pool is inline; ``task`` names it in log lines (a URL).

        A task whose worker dies runs once more; raises ``WorkerDied`` if that worker dies too.
        Exceptions ``fn`` raises reach the caller as they would inline.
        """
        if self.inline:
            return fn(*args)
        if self.crash_tasks is not None and self.crash_tasks.search(task):
            fn = exit_worker
        try:
            return await self._in_worker(fn, args)
        except ProcessExpired as died:
            if self.on_retry is not None:
                self.on_retry()
            logger.warning("A worker died (exit code %s) on %s; running it again", died.exitcode, task or fn.__name__)
        try:
            return await self._in_worker(fn, args)
        except ProcessExpired as died:
            raise WorkerDied(f"two workers died on it, the last with exit code {died.exitcode}") from died

    async def _in_worker(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        return await asyncio.wrap_future(self._started().schedule(fn, args))

    def _started(self) -> ProcessPool:
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        if self._pool is None:
            if self.prepare is not None:
                self.prepare()  # before the fork, so every worker shares what it loads
            # Every object alive now (Scrapy, jieba's dictionary, the lexicons) goes to the collector's
            # permanent generation while the pool lives (``close`` thaws them): collections here and in
            # the workers never touch them, so the pages holding them stay shared instead of being copied.
            gc.collect()
            gc.freeze()
            # fork, explicitly: Python 3.14 makes forkserver the default, and spawned workers reload everything.
            self._pool = ProcessPool(self.workers, context=multiprocessing.get_context("fork"))
            atexit.register(self.close)  # Ctrl-C twice stops the reactor without spider_closed
        return self._pool

    def close(self) -> None:
        """Stop the workers and wait for them to exit; the pool runs nothing after. Safe to call twice."""
        self._closed = True
        pool, self._pool = self._pool, None
        if pool is None:
            return
        atexit.unregister(self.close)
        pool.stop()  # pending tasks are cancelled; each worker gets SIGTERM, then SIGKILL if it lingers
        pool.join()
        gc.unfreeze()
