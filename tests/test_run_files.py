"""Where a run's files go, which run is 'the previous run', and the quiet log: unit tests, no crawl."""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newsclean import settings as project_settings
from newsclean.audit.logformat import QuietLogFormatter
from newsclean.audit.rejects import ArticleDropped
from newsclean.runs.output_paths import (
    default_feed_options,
    resolve_rejects_uri,
    resolve_summary_uri,
    uses_default_feed,
)
from newsclean.runs.progress import Progress, progress_line
from newsclean.runs.summary import previous_summary, site_of
from newsclean.sites.profile import Profile


def project(feeds: dict | None = None, **overrides: str) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings)
    settings.setdict(overrides, priority="cmdline")
    if feeds is None:
        feeds = dict([default_feed_options(settings)])
    settings.set("FEEDS", feeds, priority="cmdline")
    return settings


def test_per_run_feed_sends_rejects_and_summary_to_folders_of_their_own():
    settings = project()
    assert uses_default_feed(settings)
    assert default_feed_options(settings)[1]["store_empty"] is False  # no empty feed file for an indexer
    assert resolve_rejects_uri(settings) == ("rejects/%(name)s/%(time)s.rejects.jsonl", True)
    assert resolve_summary_uri(settings) == "summaries/%(name)s/%(time)s.summary.json"


def test_an_explicit_feed_keeps_rejects_and_summary_beside_it():
    settings = project({"out/articles.jsonl": {"format": "jsonlines", "overwrite": True}})
    assert not uses_default_feed(settings)
    assert resolve_rejects_uri(settings) == ("out/articles.rejects.jsonl", True)
    assert resolve_summary_uri(settings) == "out/articles.summary.json"


def test_no_local_feed_writes_rejects_and_summary_in_the_working_folder():
    settings = project({"s3://bucket/a.jsonl": {"format": "jsonlines"}})
    assert resolve_rejects_uri(settings) == ("rejects-%(name)s.jsonl", True)
    assert resolve_summary_uri(settings) == "summary-%(name)s.json"


def write_summary(folder, name: str, spider: str, site: str, started: str, rate_removals: int, found: int = 5) -> None:
    summary = {"spider": spider, "site": site, "started_at": started, "spam_removed_by_rule": {"x": rate_removals}}
    summary["articles_found"] = found
    (folder / name).write_text(json.dumps(summary), "utf-8")


def test_previous_run_is_the_latest_of_the_same_spider_and_site(tmp_path):
    write_summary(tmp_path, "a.summary.json", "news", "profile:people_cn", "2026-12-06 10:00:00+00:00", 1)
    write_summary(tmp_path, "b.summary.json", "news", "profile:people_cn", "2026-12-06 11:00:00+00:00", 2)
    write_summary(tmp_path, "c.summary.json", "news", "profile:xinhuanet", "2026-12-06 12:00:00+00:00", 3)
    write_summary(tmp_path, "d.summary.json", "other", "profile:people_cn", "2026-12-06 13:00:00+00:00", 4)
    (tmp_path / "e.summary.json").write_text("{broken", "utf-8")
    # A run refused by the lock (or of a site that was down) found nothing: no rate to compare with.
    write_summary(tmp_path, "f.summary.json", "news", "profile:people_cn", "2026-12-06 14:00:00+00:00", 0, found=0)
    previous = previous_summary(tmp_path, "news", "profile:people_cn")
    assert previous is not None
    assert previous["spam_removed_by_rule"] == {"x": 2}
    assert previous_summary(tmp_path, "news", "profile:thepaper") is None


def test_site_is_the_profile_or_the_domains_without_port():
    assert site_of(SimpleNamespace(profile=Profile(name="people_cn"))) == "profile:people_cn"
    spider = SimpleNamespace(profile=None, allowed_domains=["127.0.0.1"], file_roots=["/srv/saved"])
    assert site_of(spider) == "127.0.0.1,/srv/saved"


def test_progress_line_says_pages_articles_rejects_and_rate():
    stats = {"response_received_count": 120, "item_scraped_count": 45, "item_dropped_count": 3}
    assert progress_line(stats, 30.0) == "Progress: 120 pages, 45 articles, 3 rejected (4.0 pages/s)"
    assert progress_line({}, 0.0) == "Progress: 0 pages, 0 articles, 0 rejected (0.0 pages/s)"


def test_progress_is_off_unless_the_log_is_a_terminal(monkeypatch):
    from scrapy.exceptions import NotConfigured

    crawler = get_crawler(settings_dict={"NEWSCLEAN_PROGRESS_INTERVAL": 5.0})
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    with pytest.raises(NotConfigured):
        Progress.from_crawler(crawler)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert Progress.from_crawler(crawler).interval == 5.0


def test_project_logs_at_info_and_dropped_items_without_their_text():
    assert project_settings.LOG_LEVEL == "INFO"
    item = {"url": "http://a.example/1.html", "body": "整篇文章" * 200}
    spider = SimpleNamespace(crawler=get_crawler())
    logged = QuietLogFormatter().dropped(
        item, ArticleDropped("spam", "spam_page", "http://a.example/1.html"), None, spider
    )
    assert logged["msg"] % logged["args"] == "Dropped: spam/spam_page: http://a.example/1.html"
    assert logged["level"] == logging.INFO
