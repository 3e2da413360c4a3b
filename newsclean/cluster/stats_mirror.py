"""A worker's stats: in memory as in a local run, mirrored to scrapy-redis's stats hash in Redis.

scrapy-redis's RedisStatsCollector keeps every value only in Redis: each increment costs three round
trips (HEXISTS, HSET, HINCRBY; dozens per page), values come back as strings (the run summary adds
them up) and ``get_value`` calls ``int()`` on any value (``finish_reason`` raises). This subclass keeps
its connection and key (STATS_KEY, here ``<prefix>:stats:<worker>``) but holds the values in memory, as
Scrapy's MemoryStatsCollector does, and writes them all to the hash every
NEWSCLEAN_REDIS_STATS_INTERVAL seconds and when the spider closes, so ``HGETALL`` shows each worker's
progress. The hash expires NEWSCLEAN_REDIS_STATS_TTL seconds after the last write.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from scrapy.statscollectors import StatsCollector
from scrapy_redis.stats import RedisStatsCollector
from twisted.internet import task


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return value if isinstance(value, str) else json.dumps(value, default=str)


class MirroredStatsCollector(RedisStatsCollector):
    """STATS_CLASS of a worker. Settings: STATS_KEY, NEWSCLEAN_REDIS_STATS_INTERVAL, NEWSCLEAN_REDIS_STATS_TTL."""

    def __init__(self, crawler: Any, spider: Any = None) -> None:
        super().__init__(crawler, spider)
        self._stats: dict[str, Any] = {}
        self.interval = crawler.settings.getfloat("NEWSCLEAN_REDIS_STATS_INTERVAL")
        self.ttl = crawler.settings.getint("NEWSCLEAN_REDIS_STATS_TTL")
        self.loop: Any = None

    def get_value(self, key: str, default: Any = None, spider: Any = None) -> Any:
        return self._stats.get(key, default)

    def get_stats(self, spider: Any = None) -> dict[str, Any]:
        return self._stats

    def set_value(self, key: str, value: Any, spider: Any = None) -> None:
        self._stats[key] = value

    def set_stats(self, stats: dict[str, Any], spider: Any = None) -> None:
        self._stats = stats

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        self._stats[key] = self._stats.setdefault(key, start) + count

    def max_value(self, key: str, value: Any, spider: Any = None) -> None:
        self._stats[key] = max(self._stats.setdefault(key, value), value)

    def min_value(self, key: str, value: Any, spider: Any = None) -> None:
        self._stats[key] = min(self._stats.setdefault(key, value), value)

    def clear_stats(self, spider: Any = None) -> None:
        self._stats.clear()

    def open_spider(self, spider: Any = None) -> None:
        super().open_spider(spider)
        if self.interval > 0:
            self.loop = task.LoopingCall(self.mirror)
            self.loop.start(self.interval, now=False)

    def close_spider(self, spider: Any = None, reason: str = "") -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.mirror()
        StatsCollector.close_spider(self, spider, reason)  # STATS_DUMP: the stats in the log, as locally

    def mirror(self) -> None:
        """Write every value to ``STATS_KEY`` (one HSET) and push its expiry back."""
        if not self._stats:
            return
        key = self._get_key()
        with self.server.pipeline() as pipe:
            pipe.hset(key, mapping={k: _text(v) for k, v in self._stats.items()})
            if self.ttl > 0:
                pipe.expire(key, self.ttl)
            pipe.execute()
