"""Workers of a shared crawl: heartbeats, and the leases of workers that stopped without finishing.

Each worker keeps ``<prefix>:worker:<id>`` alive and is listed in ``<prefix>:workers``; its leases
(``newsclean.cluster.leases``) are the hash ``<prefix>:inflight:<id>``. A worker whose key expired is dead:
any live worker pushes its leased requests back to the queue. Redis gone past the retries stops a worker.
"""

from __future__ import annotations

import logging
import threading
import uuid
import weakref
from typing import Any

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.connection import get_redis_from_settings
from twisted.internet import task

from newsclean.cluster.switch import redis_key

logger = logging.getLogger(__name__)


def inflight_key(settings: Any, worker: str) -> str:
    return redis_key(settings, f"inflight:{worker}")


def alive_key(settings: Any, worker: str) -> str:
    return redis_key(settings, f"worker:{worker}")


_STOPPED: weakref.WeakSet[Any] = weakref.WeakSet()


def stop_for_redis(crawler: Any, error: Exception) -> None:
    """Redis unreachable past NEWSCLEAN_REDIS_RETRIES: stop this worker, loudly, once (finish reason redis_unavailable).

    What it wrote is published as the spider closes; its leases and claims stay in Redis (if Redis keeps
    its data) for the workers that run when it is back.
    """
    if crawler in _STOPPED:
        return
    _STOPPED.add(crawler)
    crawler.stats.set_value("newsclean/redis/unavailable", 1)
    logger.error("Redis unreachable after NEWSCLEAN_REDIS_RETRIES retries (%s): this worker stops", error)
    deferred_from_coro(crawler.engine.close_spider_async(reason="redis_unavailable"))


def crawl_key(settings: Any) -> str:
    """The shared crawl's marker: an id the first worker writes, every worker checks is still there."""
    return redis_key(settings, "crawl")


_LOST: weakref.WeakSet[Any] = weakref.WeakSet()
# Checks in a row (a third of a lease apart) that must find the crawl's marker gone before a worker stops.
LOST_AFTER_CHECKS = 2


def stop_for_lost_state(crawler: Any) -> None:
    """The crawl's keys are gone (a Redis restarted without its data, or a ``reset``): stop, loudly, once.

    Going on would be silent loss: the queue is empty, so the worker would idle out as if the crawl
    were done, and the next run, with no state, would publish every article again.
    """
    if crawler in _LOST:
        return
    _LOST.add(crawler)
    crawler.stats.set_value("newsclean/redis/state_lost", 1)
    logger.error(
        "Redis lost this shared crawl's keys (restarted without its data, or reset): this worker stops; "
        "what it wrote is published, and pages still queued must be pushed again"
    )
    deferred_from_coro(crawler.engine.close_spider_async(reason="redis_state_lost"))


def requeue(server: Any, queue_key: str, inflight: str) -> int:
    """Push every request of an in-flight hash back to the queue at its old score; returns how many."""
    entries = server.hgetall(inflight)
    if not entries:
        server.delete(inflight)
        return 0
    with server.pipeline() as pipe:  # MULTI/EXEC: the queue gets them all, or the hash keeps them all
        for value in entries.values():
            score, _, data = value.partition(b"|")
            pipe.zadd(queue_key, {data: float(score)})
        pipe.delete(inflight)
        pipe.execute()
    return len(entries)


def reap_dead_workers(server: Any, settings: Any, stats: Any) -> int:
    """Re-queue the in-flight requests of every worker whose heartbeat expired; returns how many."""
    total, me = 0, settings["NEWSCLEAN_WORKER_ID"]
    workers_key = redis_key(settings, "workers")
    for raw in server.smembers(workers_key):
        worker = raw.decode()
        if worker == me or server.exists(alive_key(settings, worker)):
            continue
        count = requeue(server, settings["SCHEDULER_QUEUE_KEY"], inflight_key(settings, worker))
        server.srem(workers_key, worker)
        if count:
            stats.inc_value("newsclean/redis/requeued", count)
            logger.warning("Worker %s stopped without finishing: %d requests back in the queue", worker, count)
        total += count
    return total


def busy_elsewhere(server: Any, settings: Any, me: str) -> bool:
    """True while another live worker holds leases: it may still queue more work."""
    for raw in server.smembers(redis_key(settings, "workers")):
        worker = raw.decode()
        if worker != me and server.exists(alive_key(settings, worker)) and server.hlen(inflight_key(settings, worker)):
            return True
    return False


class WorkerLeases:
    """Extension: this worker's heartbeat, and the leases of workers that stopped without finishing.

    Settings: NEWSCLEAN_REDIS_LEASE_SECONDS (a worker silent that long counts as dead; its requests go
    back to the queue).
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler, self.settings = crawler, crawler.settings
        self.worker = self.settings["NEWSCLEAN_WORKER_ID"]
        self.lease_seconds = max(self.settings.getfloat("NEWSCLEAN_REDIS_LEASE_SECONDS"), 1.0)
        self.workers_key = redis_key(self.settings, "workers")
        self.loop: Any = None
        self.crawl_id: bytes | None = None
        self.misses = 0
        self.closed = threading.Event()
        self.server = get_redis_from_settings(self.settings)

    @classmethod
    def from_crawler(cls, crawler: Any) -> WorkerLeases:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        self.beat(self.server)
        self.server.sadd(self.workers_key, self.worker)
        # The first worker of a crawl names it; the others read the name. A worker that finds it gone
        # later knows Redis lost the crawl (``watch``).
        self.server.set(crawl_key(self.settings), uuid.uuid4().hex, nx=True)
        self.crawl_id = self.server.get(crawl_key(self.settings))
        threading.Thread(target=self.beat_until_closed, name="newsclean-heartbeat", daemon=True).start()
        self.loop = task.LoopingCall(self.watch)
        self.loop.start(self.lease_seconds / 3, now=False)

    def watch(self) -> None:
        """Every third of a lease: stop if Redis lost the crawl, else re-queue dead workers' leases.

        The crawl counts as lost when its marker is missing at two checks in a row: one read in the
        middle of a restart is no verdict.
        """
        if self.server.get(crawl_key(self.settings)) != self.crawl_id:
            self.misses += 1
            if self.misses >= LOST_AFTER_CHECKS:
                stop_for_lost_state(self.crawler)
            return
        self.misses = 0
        reap_dead_workers(self.server, self.settings, self.crawler.stats)

    def beat(self, server: Any) -> None:
        server.set(alive_key(self.settings, self.worker), "1", px=int(self.lease_seconds * 1000))

    def beat_until_closed(self) -> None:
        server = get_redis_from_settings(self.settings)  # a client of its own: not shared across threads
        while not self.closed.wait(self.lease_seconds / 3):
            try:
                self.beat(server)
            except RedisError as error:  # Redis down past the retries: the reactor's calls report it too
                logger.error("Heartbeat of worker %s not written: %s", self.worker, error)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.closed.set()
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        count = requeue(self.server, self.settings["SCHEDULER_QUEUE_KEY"], inflight_key(self.settings, self.worker))
        if count:
            self.crawler.stats.set_value("newsclean/redis/returned", count)
            logger.warning("Stopped (%s): %d requests whose work did not finish are back in the queue", reason, count)
        self.server.srem(self.workers_key, self.worker)
        self.server.delete(alive_key(self.settings, self.worker))
