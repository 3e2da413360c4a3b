"""Leases: a request popped from the shared queue stays in Redis until its work is done.

scrapy-redis pops a request (``ZRANGE`` + ``ZREM``): a worker killed with SIGKILL takes the requests it
had in flight with it, and their articles are never fetched. ``LeasedScheduler`` pops atomically into
the worker's in-flight hash (``<prefix>:inflight:<worker>``, token -> ``score|request``) and marks the
request with its lease token. The lease is acknowledged (``HDEL``) only when the response's work is over:

- the callback's output is exhausted, every request it yielded is in the shared queue (pushed by the
  scheduler) and every item it yielded left the item pipeline as written (``item_scraped``; the feed line
  is written before, see ``LeaseTracker.watch_items``) or dropped with a reason (``item_dropped``). An
  ``item_error`` (a pipeline raised: a bug, or Redis gone past the retries) keeps the lease;
- or the download failed for good (after RetryMiddleware; ``AckFailedDownloads``);
- or the request went back to the queue itself (a retry, a redirect): its new copy carries the work.

When a worker stops, the leases it still holds go back to the queue, whatever the reason: a lease left
after the engine went idle is work that failed (``item_error``), and the next worker tries it again.
Each worker keeps ``<prefix>:worker:<worker>`` alive (``SET PX`` every third of
NEWSCLEAN_REDIS_LEASE_SECONDS, ``WorkerLeases``) from a thread of its own: the reactor thread may be
busy for seconds (a worker's log showed no line for 20 s after it opened, on a 2-core machine at load
average 9), and a busy worker is not a dead one. The thread dies with the process. Any worker finding a member of
``<prefix>:workers`` whose key expired pushes that worker's in-flight requests back to the queue (at
their old priority). So a killed worker's pages are fetched again by the others; the shared state's
claim per article (``newsclean.cluster.shared_state``) keeps them from being emitted twice. A lease is
never acknowledged early; when in doubt it stays, and the worst case is a page fetched twice, never a
page lost.
"""

from __future__ import annotations

import logging
import threading
import uuid
import weakref
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from redis.exceptions import RedisError
from scrapy import Request, signals
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from newsclean.cluster.switch import redis_key

logger = logging.getLogger(__name__)
LEASE_META = "newsclean_lease"  # the lease of the request being processed
PARENT_META = "newsclean_parent_lease"  # on a request a leased response yielded, until it is queued
# KEYS[1] the queue (zset), KEYS[2] this worker's in-flight hash; ARGV[1] the lease token.
POP_WITH_LEASE_LUA = """
local found = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #found == 0 then return false end
redis.call('ZREM', KEYS[1], found[1])
redis.call('HSET', KEYS[2], ARGV[1], found[2] .. '|' .. found[1])
return found[1]
"""


def inflight_key(settings: Any, worker: str) -> str:
    return redis_key(settings, f"inflight:{worker}")


def alive_key(settings: Any, worker: str) -> str:
    return redis_key(settings, f"worker:{worker}")


class LeaseTracker:
    """This worker's leases still being worked on: outputs not exhausted, children not yet done."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.children: Counter[str] = Counter()
        self.open_outputs: set[str] = set()
        self.server: Any = None
        self.inflight = ""

    def watch_items(self) -> None:
        """Connected when the spider opens, after the feed exporter: its line is written before the ack."""
        for signal in (signals.item_scraped, signals.item_dropped):  # not item_error: that work failed
            self.crawler.signals.connect(self.item_done, signal=signal)

    def output_started(self, token: str) -> None:
        self.open_outputs.add(token)

    def expect(self, token: str, element: Any) -> None:
        self.children[token] += 1
        if isinstance(element, Request):
            element.meta.pop(LEASE_META, None)  # a child never inherits its parent's lease
            element.meta[PARENT_META] = token

    def output_done(self, token: str) -> None:
        self.open_outputs.discard(token)
        self._ack_if_done(token)

    def child_done(self, token: str) -> None:
        if self.children[token] > 0:
            self.children[token] -= 1
        self._ack_if_done(token)

    def item_done(self, item: Any = None, response: Any = None, **kwargs: Any) -> None:
        token = getattr(response, "meta", {}).get(LEASE_META) if response is not None else None
        if token:
            self.child_done(token)

    def _ack_if_done(self, token: str) -> None:
        if token not in self.open_outputs and self.children[token] <= 0:
            self.children.pop(token, None)
            self.release(token)

    def release(self, token: str) -> None:
        if self.server is not None:
            self.server.hdel(self.inflight, token)


_TRACKERS: weakref.WeakKeyDictionary[Any, LeaseTracker] = weakref.WeakKeyDictionary()


def lease_tracker(crawler: Any) -> LeaseTracker:
    if crawler not in _TRACKERS:
        _TRACKERS[crawler] = LeaseTracker(crawler)
    return _TRACKERS[crawler]


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


class LeasedScheduler(Scheduler):
    """scrapy-redis's Scheduler, popping into a lease. Settings: scrapy-redis's SCHEDULER_* and REDIS_*."""

    tracker: LeaseTracker

    @classmethod
    def from_crawler(cls, crawler: Any) -> LeasedScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.tracker = lease_tracker(crawler)
        scheduler.tracker.server = scheduler.server
        scheduler.tracker.inflight = inflight_key(crawler.settings, crawler.settings["NEWSCLEAN_WORKER_ID"])
        scheduler.pop_script = scheduler.server.register_script(POP_WITH_LEASE_LUA)
        return scheduler

    def enqueue_request(self, request: Request) -> bool:
        parent = request.meta.pop(PARENT_META, None)
        own = request.meta.pop(LEASE_META, None)
        if request.dont_filter:
            self.df.mark_seen(request)  # a start page: later links to it are not fetched again
        queued = request.dont_filter or not self.df.request_seen(request)
        if queued:  # scrapy-redis's enqueue_request, without its deprecated spider= arguments
            self.stats.inc_value("scheduler/enqueued/redis")
            self.queue.push(request)
        if own:
            self.tracker.release(own)  # a retry or redirect: the queued copy carries the work on
        if parent:
            self.tracker.child_done(parent)
        return queued

    def next_request(self) -> Request | None:
        token = uuid.uuid4().hex[:16]
        try:
            data = self.pop_script(keys=[self.queue.key, self.tracker.inflight], args=[token])
        except RedisError as error:
            stop_for_redis(self.crawler, error)
            return None
        if not data:
            return None
        request = self.queue._decode_request(data)
        request.meta[LEASE_META] = token
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        scope = getattr(self.spider, "shared_start", None)
        if scope is not None:
            scope.ensure_scope(request.url)  # found by another worker, maybe under a start URL this one never read
        return request


class AckProcessedResponses:
    """Spider middleware: a leased response's output is watched until all of it is done."""

    def __init__(self, tracker: LeaseTracker) -> None:
        self.tracker = tracker

    @classmethod
    def from_crawler(cls, crawler: Any) -> AckProcessedResponses:
        return cls(lease_tracker(crawler))

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterator[Any]:
        token = response.meta.get(LEASE_META)
        if not token:
            yield from result
            return
        self.tracker.output_started(token)
        try:
            for element in result:
                self.tracker.expect(token, element)
                yield element
        finally:
            self.tracker.output_done(token)

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        token = response.meta.get(LEASE_META)
        if not token:
            async for element in result:
                yield element
            return
        self.tracker.output_started(token)
        try:
            async for element in result:
                self.tracker.expect(token, element)
                yield element
        finally:
            self.tracker.output_done(token)


class AckFailedDownloads:
    """Downloader middleware: a download that failed for good (retries spent) ends its lease."""

    def __init__(self, tracker: LeaseTracker) -> None:
        self.tracker = tracker

    @classmethod
    def from_crawler(cls, crawler: Any) -> AckFailedDownloads:
        return cls(lease_tracker(crawler))

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        token = request.meta.get(LEASE_META)
        if token:
            self.tracker.release(token)


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
        self.closed = threading.Event()
        self.server = get_redis_from_settings(self.settings)

    @classmethod
    def from_crawler(cls, crawler: Any) -> WorkerLeases:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        lease_tracker(self.crawler).watch_items()
        self.beat(self.server)
        self.server.sadd(self.workers_key, self.worker)
        threading.Thread(target=self.beat_until_closed, name="newsclean-heartbeat", daemon=True).start()
        self.loop = task.LoopingCall(reap_dead_workers, self.server, self.settings, self.crawler.stats)
        self.loop.start(self.lease_seconds / 3, now=False)

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
