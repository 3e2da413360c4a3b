"""newsclean.cluster without a Redis: the switch, start entries, scope and file names."""

from __future__ import annotations

import json

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from newsclean.cluster.leases import LEASE_META, PARENT_META, AckProcessedResponses, LeaseTracker
from newsclean.cluster.start_entries import make_entry, parse_entry
from newsclean.cluster.switch import switch_to_redis
from newsclean.fetching.start_urls import url_scope
from newsclean.runs.output_paths import run_stamp
from newsclean.spiders.news import NewsSpider

SWITCHED = ("SCHEDULER", "DUPEFILTER_CLASS", "STATS_CLASS", "SCHEDULER_PERSIST", "EXTENSIONS", "SPIDER_MIDDLEWARES")
WORKER = {"since": None, "profile": None, "follow": None}


def test_switch_to_redis_changes_nothing_without_redis_url(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    settings = get_project_settings()
    before = {name: settings.get(name) for name in SWITCHED}
    NewsSpider.update_settings(settings)
    assert {name: settings.get(name) for name in SWITCHED} == before
    assert settings.get("NEWSCLEAN_WORKER_ID") == ""


def test_switch_to_redis_makes_a_worker_of_a_shared_crawl(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    settings = get_project_settings()
    settings.set("NEWSCLEAN_WORKER_ID", "box-1", priority="cmdline")
    switch_to_redis(settings)
    assert settings["SCHEDULER"] == "newsclean.cluster.leases.LeasedScheduler"
    assert settings["DUPEFILTER_CLASS"] == "newsclean.cluster.seen.ExpiringDupeFilter"
    assert settings["STATS_CLASS"] == "newsclean.cluster.stats_mirror.MirroredStatsCollector"
    assert settings.getbool("SCHEDULER_PERSIST") is True
    assert (settings["SCHEDULER_QUEUE_KEY"], settings["REDIS_START_URLS_KEY"]) == ("news:requests", "news:start_urls")
    assert settings["STATS_KEY"] == "news:stats:box-1"
    assert settings.getdict("EXTENSIONS")["newsclean.cluster.workers.WorkerLeases"] == 0
    assert settings.getdict("EXTENSIONS")["newsclean.runs.lock.RunLock"] is None  # workers of one crawl run together


def test_a_cmdline_setting_wins_over_the_switch(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    settings = get_project_settings()
    settings.set("SCHEDULER_QUEUE_KEY", "mine:queue", priority="cmdline")
    switch_to_redis(settings)
    assert settings["SCHEDULER_QUEUE_KEY"] == "mine:queue"


def test_parse_entry_reads_the_keys_of_the_spider_arguments():
    entry = json.dumps({"start_urls": "http://a.example/,http://b.example/x", "feeds": ["http://a.example/rss"]})
    assert parse_entry(entry, WORKER) == (["http://a.example/", "http://b.example/x"], [], ["http://a.example/rss"])
    assert parse_entry(make_entry(["http://a.example/"], ["http://a.example/s.xml"], []), WORKER) == (
        ["http://a.example/"],
        ["http://a.example/s.xml"],
        [],
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"start_url": "http://a.example/"}, "unknown key 'start_url'"),
        ({"start_urls": "http://a.example/", "since": "2025-01-01"}, "since='2025-01-01' is not this worker's"),
        ({"start_urls": ""}, "no start URL"),
        (["http://a.example/"], "a JSON object"),
    ],
    ids=["misspelt", "other-since", "empty", "not-an-object"],
)
def test_parse_entry_refuses_what_it_cannot_crawl_as_asked(entry, message):
    with pytest.raises(ValueError, match=message):
        parse_entry(json.dumps(entry), WORKER)


def test_url_scope_is_domains_and_local_folders():
    assert url_scope(["http://a.example/x", "https://b.example:8080/", "file:///srv/pages/a.html"]) == (
        {"a.example", "b.example"},
        {"/srv/pages"},
    )


def test_run_stamp_names_the_worker():
    local = get_crawler(settings_dict={"NEWSCLEAN_WORKER_ID": ""})
    worker = get_crawler(settings_dict={"NEWSCLEAN_WORKER_ID": "box-1"})
    assert "_" not in run_stamp(local)
    assert run_stamp(worker).endswith("_box-1")


class RecordingTracker(LeaseTracker):
    """A LeaseTracker that notes which leases it released instead of deleting them in Redis."""

    def __init__(self) -> None:
        super().__init__(crawler=None)
        self.released: list[str] = []

    def release(self, token: str) -> None:
        self.released.append(token)


def leased_response(token: str) -> Response:
    return Response("http://a.example/p.html", request=Request("http://a.example/p.html", meta={LEASE_META: token}))


def test_a_lease_ends_when_the_output_is_spent_its_links_queued_and_its_items_written():
    tracker = RecordingTracker()
    response = leased_response("t1")
    link, item = Request("http://a.example/next.html"), {"id": "a"}
    output = AckProcessedResponses(tracker).process_spider_output(response, iter([link, item]))
    assert list(output) == [link, item]
    assert tracker.released == []  # the link is not queued yet, the item not written
    tracker.child_done(link.meta[PARENT_META])  # what LeasedScheduler.enqueue_request does once it pushed it
    assert tracker.released == []
    tracker.item_done(item, response)  # item_scraped, after the feed exporter wrote the line
    assert tracker.released == ["t1"]


def test_a_callback_that_raised_keeps_its_lease():
    tracker = RecordingTracker()

    def callback_output():
        yield {"id": "a"}
        raise RuntimeError("parse failed half way")

    response = leased_response("t2")
    output = AckProcessedResponses(tracker).process_spider_output(response, callback_output())
    with pytest.raises(RuntimeError):
        list(output)
    tracker.item_done({"id": "a"}, response)
    assert tracker.released == []  # the links it had yet to yield would be lost: the page goes back at stop
