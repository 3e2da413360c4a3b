"""The switch: ``REDIS_URL`` (a setting, else the environment variable) turns a run into a worker of a shared crawl.

``switch_to_redis`` runs from the spider's ``update_settings``, before any component is built; without
``REDIS_URL`` it changes nothing. Every Redis key of a crawl starts with ``NEWSCLEAN_REDIS_PREFIX``.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from typing import Any

from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger(__name__)
REDIS_URL_ENV = "REDIS_URL"
WORKER_ID_UNSAFE_RE = re.compile(r"[^A-Za-z0-9_.-]+")
# A Redis call that fails for a dropped connection is retried with backoff up to this cap per wait (seconds):
# with NEWSCLEAN_REDIS_RETRIES = 40, a worker rides out a Redis restart of about 15 s, then fails loudly.
RETRY_BACKOFF_CAP_SECONDS = 0.5
RETRY_BACKOFF_BASE_SECONDS = 0.05


# Components a worker adds to the project's (order None: off).
CLUSTER_COMPONENTS = (
    # Outermost (nearest the engine): sees a response's final output, after every other middleware.
    ("SPIDER_MIDDLEWARES", "newsclean.cluster.leases.AckProcessedResponses", 10),
    # Nearest the engine: sees a download's exception only after RetryMiddleware (550) gave up.
    ("DOWNLOADER_MIDDLEWARES", "newsclean.cluster.leases.AckFailedDownloads", 10),
    ("EXTENSIONS", "newsclean.cluster.workers.WorkerLeases", 0),
    # Last, after every stage that may drop or change the item: the claim is checked just before the feed.
    ("ITEM_PIPELINES", "newsclean.cluster.shared_state.KeepClaimPipeline", 900),
    # One lock per state file keeps two local runs apart; the workers of one crawl run together by design.
    ("EXTENSIONS", "newsclean.runs.lock.RunLock", None),
)


def redis_url(settings: Any) -> str:
    """The shared Redis of this run: ``-s REDIS_URL=``, else ``$REDIS_URL``; empty for a local run."""
    return str(settings.get("REDIS_URL") or os.environ.get(REDIS_URL_ENV, ""))


def cluster_on(settings: Any) -> bool:
    return bool(redis_url(settings))


def redis_key(settings: Any, part: str) -> str:
    """``<NEWSCLEAN_REDIS_PREFIX>:<part>``: every key of one crawl shares the prefix (reset deletes them)."""
    return f"{settings.get('NEWSCLEAN_REDIS_PREFIX')}:{part}"


def default_worker_id() -> str:
    """``<host>-<pid>``: unique among live workers; a feed's time stamp tells restarts apart."""
    return WORKER_ID_UNSAFE_RE.sub("-", f"{socket.gethostname()}-{os.getpid()}")


def redis_params(retries: int) -> dict[str, Any]:
    """Connection parameters for scrapy-redis's ``REDIS_PARAMS``: retry a dropped connection, then raise."""
    backoff = ExponentialBackoff(cap=RETRY_BACKOFF_CAP_SECONDS, base=RETRY_BACKOFF_BASE_SECONDS)
    return {
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
        "retry": Retry(backoff, retries),
        "retry_on_error": [RedisConnectionError, RedisTimeoutError],
    }


def cluster_settings(settings: Any, worker: str) -> dict[str, Any]:
    """What a worker runs with: scrapy-redis's scheduler, dupefilter and stats under the crawl's key prefix."""
    return {
        "REDIS_URL": redis_url(settings),
        "REDIS_PARAMS": redis_params(settings.getint("NEWSCLEAN_REDIS_RETRIES")),
        "NEWSCLEAN_WORKER_ID": worker,
        "SCHEDULER": "newsclean.cluster.leases.LeasedScheduler",
        # Score = -priority: breadth first, as DEPTH_PRIORITY orders a local run.
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        # The queue and the dupefilter are the crawl's, not this worker's: never flushed when it closes.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": redis_key(settings, "requests"),
        "SCHEDULER_DUPEFILTER_KEY": redis_key(settings, "seen"),
        "DUPEFILTER_CLASS": "newsclean.cluster.seen.ExpiringDupeFilter",
        "STATS_CLASS": "newsclean.cluster.stats_mirror.MirroredStatsCollector",
        "STATS_KEY": redis_key(settings, f"stats:{worker}"),
        "REDIS_START_URLS_KEY": redis_key(settings, "start_urls"),
        "JOBDIR": None,  # the queue is in Redis; a JOBDIR would be a second, local one
    }


def switch_to_redis(settings: Any) -> None:
    """With REDIS_URL, make the run a worker of a shared crawl; without it, change nothing.

    Called from the spider's ``update_settings``, before the crawler builds anything (the spider, its
    state and the stats collector included). Values are set at spider priority: above the project's
    settings, below ``-s``. Settings: REDIS_URL (or $REDIS_URL), NEWSCLEAN_REDIS_PREFIX,
    NEWSCLEAN_WORKER_ID, NEWSCLEAN_REDIS_RETRIES.
    """
    if not cluster_on(settings):
        return
    worker = str(settings.get("NEWSCLEAN_WORKER_ID") or default_worker_id())
    for name, value in cluster_settings(settings, worker).items():
        settings.set(name, value, priority="spider")
    for setting, component, order in CLUSTER_COMPONENTS:
        settings.set(setting, {**settings.getdict(setting), component: order}, priority="spider")
    if settings.get("NEWSCLEAN_STATE"):
        logger.warning("NEWSCLEAN_STATE is ignored with REDIS_URL: the crawl's state is in Redis")
