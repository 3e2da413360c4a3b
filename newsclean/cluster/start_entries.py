"""Start URLs, sitemaps and feeds from a Redis list that idle workers wait on.

The list is scrapy-redis's ``REDIS_START_URLS_KEY`` (here ``<prefix>:start_urls``, ``news:start_urls``
by default). An entry is one JSON object with the ``-a`` arguments that say what to crawl::

    {"start_urls": "https://a.example/,https://b.example/news/", "sitemaps": ["https://a.example/sitemap.xml"]}

``start_urls``, ``sitemaps`` and ``feeds`` take a comma-separated string or a list; ``urls_file`` a path
on the worker that takes the entry. ``since``, ``profile`` and ``follow`` say *how* to crawl: they are
the workers' own ``-a`` arguments (every worker of a crawl gets the same), and an entry naming a different
value is refused with an error rather than crawled in a way it did not ask for. A worker started with
``-a start_urls=...`` pushes them as one entry, so any worker may start them.

scrapy-redis's RedisMixin is not used: its idle clock starts when the module is imported, and it cannot
see that another worker still has requests in flight (which may queue more work). ``SharedStart`` keeps
its setting names (REDIS_START_URLS_KEY, MAX_IDLE_TIME_BEFORE_CLOSE) and adds both. The domains of every
entry go to a shared set (``<prefix>:scope``): a worker reading a page another worker's entry led to
follows that page's links as the other would.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.connection import get_redis_from_settings

from newsclean.cluster.switch import redis_key
from newsclean.cluster.workers import busy_elsewhere, crawl_key, reap_dead_workers, stop_for_lost_state, stop_for_redis
from newsclean.fetching.start_urls import parse_start_urls, url_scope

logger = logging.getLogger(__name__)
URL_KEYS = ("start_urls", "urls_file", "sitemaps", "feeds")
WORKER_KEYS = ("since", "profile", "follow")  # how to crawl: the workers' own -a arguments


def parse_entry(data: bytes | str, worker_options: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """(start URLs, sitemaps, feeds) of one entry; ValueError naming what is wrong with it."""
    entry = json.loads(data)
    if not isinstance(entry, dict):
        raise ValueError("an entry is a JSON object of -a arguments")
    unknown = sorted(set(entry) - set(URL_KEYS) - set(WORKER_KEYS))
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r}; an entry takes {', '.join(URL_KEYS + WORKER_KEYS)}")
    for name in WORKER_KEYS:
        if name in entry and entry[name] != worker_options.get(name):
            raise ValueError(f"{name}={entry[name]!r} is not this worker's -a {name}={worker_options.get(name)!r}")
    starts = parse_start_urls(entry.get("start_urls"), entry.get("urls_file"))
    sitemaps, feeds = parse_start_urls(entry.get("sitemaps"), None), parse_start_urls(entry.get("feeds"), None)
    if not starts + sitemaps + feeds:
        raise ValueError("no start URL, sitemap or feed in the entry")
    return starts, sitemaps, feeds


def make_entry(start_urls: list[str], sitemaps: list[str], feeds: list[str]) -> str:
    entry = {"start_urls": start_urls, "sitemaps": sitemaps, "feeds": feeds}
    return json.dumps({k: v for k, v in entry.items() if v}, ensure_ascii=False)


class SharedStart:
    """A worker's start: entries from the shared list when idle, the crawl's scope, the idle stop.

    Settings: REDIS_START_URLS_KEY, MAX_IDLE_TIME_BEFORE_CLOSE (seconds with nothing to do, nothing
    queued and no other worker busy, before this worker stops; 0: never).
    """

    def __init__(self, spider: Any, crawler: Any) -> None:
        settings = crawler.settings
        self.spider, self.crawler, self.settings = spider, crawler, settings
        self.server = get_redis_from_settings(settings)
        self.key = settings["REDIS_START_URLS_KEY"]
        self.scope_key = redis_key(settings, "scope")
        self.max_idle = settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE")
        self.batch = max(settings.getint("CONCURRENT_REQUESTS"), 1)
        self.own_domains, self.own_roots = set(spider.allowed_domains), set(spider.file_roots)
        self.scope_size = -1
        self.idle_since: float | None = None
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    def push(self, start_urls: list[str], sitemaps: list[str], feeds: list[str]) -> None:
        """This worker's own -a URLs: one entry in the list, taken by whichever worker is idle first."""
        if start_urls or sitemaps or feeds:
            self.server.rpush(self.key, make_entry(start_urls, sitemaps, feeds))

    def worker_options(self) -> dict[str, Any]:
        spider = self.spider
        return {
            "since": spider.since_text,
            "profile": spider.profile.name if spider.profile else None,
            "follow": None if spider.follow else "false",
        }

    def take_entries(self) -> int:
        """Schedule the requests of up to CONCURRENT_REQUESTS entries; returns how many entries were taken."""
        entries = self.server.lpop(self.key, self.batch) or []
        for data in entries:
            try:
                starts, sitemaps, feeds = parse_entry(data, self.worker_options())
            except (ValueError, OSError) as error:
                self.crawler.stats.inc_value("newsclean/redis/bad_entries")
                logger.error("Refused entry %s from %s: %s", data[:200], self.key, error)
                continue
            self.add_scope([*starts, *sitemaps, *feeds])
            for request in self.spider.requests_for(starts, sitemaps, feeds):
                self.crawler.engine.crawl(request)
            self.crawler.stats.inc_value("newsclean/redis/entries")
        return len(entries)

    def add_scope(self, urls: list[str]) -> None:
        hosts, roots = url_scope(urls)
        members = [f"host:{h}" for h in hosts] + [f"root:{r}" for r in roots]
        if members:
            self.server.sadd(self.scope_key, *members)
        self.refresh_scope()

    def refresh_scope(self) -> None:
        size = self.server.scard(self.scope_key)
        if size == self.scope_size:
            return
        members = [m.decode() for m in self.server.smembers(self.scope_key)]
        self.scope_size = len(members)
        hosts = {m.removeprefix("host:") for m in members if m.startswith("host:")}
        roots = {m.removeprefix("root:") for m in members if m.startswith("root:")}
        self.spider.allowed_domains = sorted(self.own_domains | hosts)
        self.spider.file_roots = sorted(self.own_roots | roots)

    def ensure_scope(self, url: str) -> None:
        """Before a request another worker queued is fetched here: the crawl's scope, if its URL is outside ours."""
        if not self.spider.in_scope(url):
            self.refresh_scope()

    def spider_idle(self) -> None:
        try:
            self.wait_or_stop()
        except RedisError as error:
            stop_for_redis(self.crawler, error)
            raise DontCloseSpider from None  # the close above gives the reason, not "finished"

    def wait_or_stop(self) -> None:
        reap_dead_workers(self.server, self.settings, self.crawler.stats)
        worker = self.settings["NEWSCLEAN_WORKER_ID"]
        queued = self.server.zcard(self.settings["SCHEDULER_QUEUE_KEY"])
        if self.take_entries() or queued or busy_elsewhere(self.server, self.settings, worker):
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if self.max_idle <= 0 or now - self.idle_since < self.max_idle:
            raise DontCloseSpider
        if not self.server.exists(crawl_key(self.settings)):
            # An empty queue because Redis lost the crawl is no finished crawl: say so, loudly.
            stop_for_lost_state(self.crawler)
            raise DontCloseSpider
        logger.info("Nothing to do for %.0f s (MAX_IDLE_TIME_BEFORE_CLOSE): this worker stops", now - self.idle_since)
