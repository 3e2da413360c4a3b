"""The incremental state of a shared crawl, in Redis: ``ArticleState``'s interface for many workers.

Per article (folded canonical URL), a hash ``<prefix>:article:<BLAKE2b-128 of the URL>`` holds its id, body
fingerprint, version, first and last fetch time, and a claim: ``status`` (``pending`` from the moment a
worker decides to emit it until its feed line is written, then ``done``), ``owner`` (the worker) and
``run`` (the worker's run, ``claim_run``: a worker restarted under the same name is another run). A
body fingerprint maps to the URL that holds it (``<prefix>:body:<fingerprint>``), so the same body under
two URLs is emitted once, as ``DedupeArticlesPipeline`` does within one run. Both expire
NEWSCLEAN_STATE_TTL seconds after the article was last fetched (Redis forgets them: ``expire`` has
nothing to do).

The decision is one Lua script (``RECORD_LUA``), so it is atomic: of two workers racing on one article,
one claims it and the other is told ``claimed`` and drops its copy quietly. A claim whose owner's
heartbeat expired (a killed worker; ``newsclean.cluster.leases``) is taken over by the next fetch, so an
article a killed worker claimed but never wrote is emitted by another one. The claim turns ``done`` on
``item_scraped``, connected after the feed exporter: the line is on disk first, so a kill never loses an
article. SIGKILL between that write and the ``HSET`` leaves the line in the killed worker's ``.part`` feed
and the claim ``pending``: another worker takes the claim over and emits the article too, and the line
is settled when that feed is recovered (``newsclean.cluster.feed_claims``): kept if the claim is still its
run's, dropped into the rejects (``duplicate_after_takeover``) if another run took the claim over.

Near-duplicate signatures: datasketch's MinHashLSH with its Redis storage (``storage_config`` type
``redis``, keys ``<prefix>:lsh*``), so every worker queries the same bands. Those keys do not expire
(datasketch sets no TTL); ``python -m newsclean.cluster reset --state`` deletes them with the rest.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
import weakref
from datetime import datetime, timedelta
from typing import Any

from datasketch import MinHashLSH
from itemadapter import ItemAdapter
from redis.connection import parse_url
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy_redis.connection import get_redis_from_settings

from newsclean.audit.rejects import ArticleDropped
from newsclean.cluster.switch import redis_key, redis_params, redis_url
from newsclean.cluster.workers import alive_key, crawl_key, stop_for_lost_state
from newsclean.runs.output_paths import run_stamp
from newsclean.runs.state import MINHASH_PERMUTATIONS, NEAR_DUPLICATE_THRESHOLD, Seen, _iso, body_minhash, run_state

logger = logging.getLogger(__name__)

# KEYS[1] article hash, KEYS[2] body claim, KEYS[3] the crawl's marker: gone (a Redis restarted without its
# data), nothing is claimed: every article would look new, and the pages published before would go out again.
# ARGV: 1 article id, 2 body fingerprint, 3 now (ISO),
# 4 this worker, 5 TTL seconds (0: none), 6 heartbeat key prefix, 7 the folded URL, 8 this worker's run.
# Returns {status, version, updated_at or holder}.
RECORD_LUA = """
if redis.call('EXISTS', KEYS[3]) == 0 then return {'lost', 0, ''} end
local s = redis.call('HMGET', KEYS[1], 'status', 'owner', 'body_hash', 'version', 'updated_at', 'pending')
local ttl = tonumber(ARGV[5])
local function keep(key) if ttl > 0 then redis.call('EXPIRE', key, ttl) end end
local function claim(kind, version, updated)
  redis.call('HSET', KEYS[1], 'id', ARGV[1], 'body_hash', ARGV[2], 'version', version, 'updated_at', updated,
             'last_fetched', ARGV[3], 'status', 'pending', 'owner', ARGV[4], 'run', ARGV[8], 'pending', kind)
  redis.call('SET', KEYS[2], ARGV[7])
  keep(KEYS[1]) keep(KEYS[2])
  return {kind, version, updated}
end
if s[1] == 'done' and s[3] == ARGV[2] then
  redis.call('HSET', KEYS[1], 'last_fetched', ARGV[3])
  keep(KEYS[1])
  return {'unchanged', tonumber(s[4]), s[5]}
end
if s[1] == 'pending' and s[2] ~= ARGV[4] and redis.call('EXISTS', ARGV[6] .. s[2]) == 1 then
  return {'claimed', tonumber(s[4]), s[2]}
end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[7] then return {'duplicate', 0, holder} end
if not s[1] then
  redis.call('HSET', KEYS[1], 'first_seen', ARGV[3])
  return claim('new', 1, '')
end
if s[1] == 'pending' then return claim(s[6], tonumber(s[4]), s[5]) end
return claim('changed', tonumber(s[4]) + 1, ARGV[3])
"""
# KEYS[1] article hash; ARGV[1] this worker. The claim is done only if this worker still owns it.
CONFIRM_LUA = """
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] then redis.call('HSET', KEYS[1], 'status', 'done') end
"""


def article_key(prefix_key: str, key: str) -> str:
    return f"{prefix_key}:{hashlib.blake2b(key.encode('utf-8'), digest_size=16).hexdigest()}"


# Per worker run (per crawler): the name its claims and its feeds' writer notes carry.
_RUNS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def claim_run(crawler: Any) -> str:
    """This worker's run, as its claims name it: the run stamp (start time and worker) and a random suffix.

    Not the worker id alone: a worker restarted under the same NEWSCLEAN_WORKER_ID (a service restarted
    after the OOM killer's SIGKILL) is another run, and its claims are not the killed run's lines.
    """
    if crawler not in _RUNS:
        _RUNS[crawler] = f"{run_stamp(crawler)}.{uuid.uuid4().hex[:8]}"
    return _RUNS[crawler]


class RedisArticleState:
    """``ArticleState`` for the workers of one crawl (see the module docstring).

    ``record`` returns a ``Seen`` whose status is ``new``, ``changed`` or ``unchanged`` as locally, or
    ``claimed`` (another live worker is emitting it), ``duplicate`` (another URL holds this body) or ``lost``
    (the crawl's keys are gone: the worker stops, and the article is not emitted twice).
    """

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.server = get_redis_from_settings(settings)
        self.worker = settings["NEWSCLEAN_WORKER_ID"]
        self.run = claim_run(crawler)
        self.ttl = max(int(settings.getfloat("NEWSCLEAN_STATE_TTL")), 0)
        self.articles, self.bodies = redis_key(settings, "article"), redis_key(settings, "body")
        self.alive_prefix = alive_key(settings, "")
        self.marker = crawl_key(settings)
        self.record_script = self.server.register_script(RECORD_LUA)
        self.confirm_script = self.server.register_script(CONFIRM_LUA)
        self.claimed: dict[str, str] = {}  # article id -> article hash key, until its line is written
        self.lsh = MinHashLSH(
            threshold=NEAR_DUPLICATE_THRESHOLD,
            num_perm=MINHASH_PERMUTATIONS,
            storage_config={
                "type": "redis",
                "basename": redis_key(settings, "lsh").encode(),
                "redis": lsh_redis(settings),
            },
        )
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    def spider_opened(self, spider: Any) -> None:
        # Connected now, after the feed exporter's own receiver: the feed line is written before the claim is done.
        self.crawler.signals.connect(self.confirm, signal=signals.item_scraped)

    def close(self) -> None:
        """Nothing to flush: every write went to Redis when it was made."""

    def expire(self, now: datetime, ttl_seconds: float) -> int:
        """Redis expires entries itself (NEWSCLEAN_STATE_TTL after the last fetch): nothing to delete here."""
        return 0

    def is_fresh(self, key: str, now: datetime, recheck_after: float) -> bool:
        if recheck_after <= 0:
            return False
        last = self.server.hget(article_key(self.articles, key), "last_fetched")
        return last is not None and last.decode() > _iso(now - timedelta(seconds=recheck_after))

    def record(self, key: str, article_id: str, body: str, body_hash: str, now: datetime) -> Seen:
        hashed = article_key(self.articles, key)
        args = [article_id, body_hash, _iso(now), self.worker, self.ttl, self.alive_prefix, key, self.run]
        keys = [hashed, f"{self.bodies}:{body_hash}", self.marker]
        status, version, extra = self.record_script(keys=keys, args=args)
        status, extra = status.decode(), extra.decode() if isinstance(extra, bytes) else str(extra)
        if status == "lost":
            stop_for_lost_state(self.crawler)  # at once: the heartbeat's check may be seconds away
            return Seen(status, 0, None, None)
        if status in ("claimed", "duplicate", "unchanged"):
            updated = extra if status == "unchanged" and int(version) > 1 and extra else None
            return Seen(status, int(version), updated, None)
        self.claimed[article_id] = hashed
        minhash = body_minhash(body)
        near = sorted(i for i in self.lsh.query(minhash) if i != article_id)
        if article_id not in self.lsh:
            self.lsh.insert(article_id, minhash)
        return Seen(status, int(version), extra or None, near[0] if near else None)

    def still_claimed(self, article_id: str) -> bool:
        """False when this worker's claim on the article passed to another worker (this one was taken for dead)."""
        hashed = self.claimed.get(article_id)
        if hashed is None or self.server.hget(hashed, "owner") == self.worker.encode():
            return True
        del self.claimed[article_id]
        return False

    def confirm(self, item: Any = None, **kwargs: Any) -> None:
        hashed = self.claimed.pop(str(ItemAdapter(item).get("id")), None) if item is not None else None
        if hashed:
            self.confirm_script(keys=[hashed], args=[self.worker])


def lsh_redis(settings: Any) -> dict[str, Any]:
    """datasketch's Redis storage takes redis-py keyword arguments, not a URL."""
    params = parse_url(redis_url(settings))
    found = {k: params[k] for k in ("host", "port", "db", "password", "username") if params.get(k) is not None}
    return {**found, **redis_params(settings.getint("NEWSCLEAN_REDIS_RETRIES"))}


class KeepClaimPipeline:
    """A worker's last item stage: drop an article whose claim passed to another worker meanwhile.

    A worker silent past NEWSCLEAN_REDIS_LEASE_SECONDS is taken for dead, but may only have been busy:
    the worker that fetched its pages again took its claims over and emits those articles. Checking the
    claim here, just before the feed line is written, leaves microseconds in which both write it.
    Counted as ``newsclean/state/claim_lost``; not audited (the other worker publishes the article).
    """

    def __init__(self, state: RedisArticleState, crawler: Any) -> None:
        self.state, self.crawler = state, crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> KeepClaimPipeline:
        state = run_state(crawler)
        if not isinstance(state, RedisArticleState):
            raise NotConfigured  # a local run: no claims
        return cls(state, crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        if not self.state.still_claimed(str(adapter.get("id"))):
            self.crawler.stats.inc_value("newsclean/state/claim_lost")
            raise ArticleDropped("state", "claimed", str(adapter.get("url")), audit=False)
        return item
