"""Leases: a request popped from the shared queue stays in Redis until its work is done.

scrapy-redis pops a request (``ZRANGE`` + ``ZREM``): a worker killed with SIGKILL takes the requests it
had in flight with it, and their articles are never fetched. ``LeasedScheduler`` pops atomically into
the worker's in-flight hash (``<prefix>:inflight:<worker>``, token -> ``score|request``) and marks the
request with its lease token. The lease is acknowledged (``HDEL``) only when the response's work is over:

- the callback's output is exhausted, every request it yielded is in the shared queue (pushed by the
  scheduler) and every item it yielded left the item pipeline as written (``item_scraped``; the feed line
  is written before, see ``LeaseTracker.watch_items``) or dropped with a reason (``item_dropped``). An
  ``item_error`` (a pipeline raised: a bug, or Redis gone past the retries) keeps the lease, and so
  does a callback that raised (the links it had yet to yield would be lost);
- or the download failed for good (after RetryMiddleware; ``AckFailedDownloads``);
- or the request went back to the queue itself (a retry, a redirect): its new copy carries the work.

When a worker stops, the leases it still holds go back to the queue, whatever the reason: a lease left
after the engine went idle is work that failed (an ``item_error``, a callback that raised), and the next
worker tries it again.
Each worker keeps ``<prefix>:worker:<worker>`` alive (``SET PX`` every third of
NEWSCLEAN_REDIS_LEASE_SECONDS, ``newsclean.cluster.workers.WorkerLeases``) from a thread of its own: the
reactor thread may be busy for seconds (a worker's log showed no line for 20 s after it opened, on a
2-core machine at load average 9), and a busy worker is not a dead one. The thread dies with the
process. Any worker finding a member of ``<prefix>:workers`` whose key expired pushes that worker's
in-flight requests back to the queue (at their old priority). So a killed worker's pages are fetched again
by the others; the shared state's claim per article (``newsclean.cluster.shared_state``) keeps them from
being emitted twice. A lease is never acknowledged early; when in doubt it stays, and the worst case is
a page fetched twice, never a page lost.
"""

from __future__ import annotations

import logging
import uuid
import weakref
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from redis.exceptions import RedisError
from scrapy import Request, signals
from scrapy_redis.scheduler import Scheduler

from newsclean.cluster.workers import inflight_key, stop_for_redis

logger = logging.getLogger(__name__)
LEASE_META = "newsclean_lease"  # the lease of the request being processed
PARENT_META = "newsclean_parent_lease"  # on a request a leased response yielded, until it is queued
# KEYS[1] the queue (zset), KEYS[2] this worker's in-flight hash; ARGV[1] the lease token.
# Idempotent per token: a call whose reply was lost (Redis stopped right after running it) is retried by
# redis-py with the same token, and gets the request it leased, not the next one (that would overwrite the
# lease of the first, gone from the queue: a page lost; seen in tests/test_cluster.py's Redis restart).
POP_WITH_LEASE_LUA = """
local held = redis.call('HGET', KEYS[2], ARGV[1])
if held then return string.sub(held, string.find(held, '|', 1, true) + 1) end
local found = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #found == 0 then return false end
redis.call('ZREM', KEYS[1], found[1])
redis.call('HSET', KEYS[2], ARGV[1], found[2] .. '|' .. found[1])
return found[1]
"""


class LeaseTracker:
    """This worker's leases still being worked on: outputs not exhausted, children not yet done."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.children: Counter[str] = Counter()
        self.open_outputs: set[str] = set()
        self.failed: set[str] = set()  # a callback raised: the lease is kept (returned to the queue at stop)
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

    def output_failed(self, token: str) -> None:
        """The callback raised (a bug, or Redis gone): its links may be lost, so the page is not done."""
        self.open_outputs.discard(token)
        self.failed.add(token)

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
        if token not in self.open_outputs and token not in self.failed and self.children[token] <= 0:
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

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.tracker.watch_items()  # now, after the feed exporter connected its own receivers

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

    def has_pending_requests(self) -> bool:
        try:
            return len(self) > 0
        except RedisError as error:
            stop_for_redis(self.crawler, error)
            return False

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
        except Exception:
            self.tracker.output_failed(token)
            raise
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
        except Exception:
            self.tracker.output_failed(token)
            raise
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
