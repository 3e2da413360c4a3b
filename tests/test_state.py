"""The state store and URL folding on their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsclean.fetching.urls import fold_url
from newsclean.runs.state import ArticleState

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
BODY = "新华社北京11月28日电 国务院新闻办公室今天举行新闻发布会，介绍今年以来经济运行情况。" * 3


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://news.example.cn/a/1.html", "https://www.news.example.cn/a/1.html"),
        ("https://m.news.example.cn/a/1.html?utm_source=weixin&from=timeline", "https://news.example.cn/a/1.html"),
        ("https://news.example.cn/a/1.html?b=2&a=1#comments", "https://news.example.cn/a/1.html?a=1&b=2"),
    ],
)
def test_fold_url_gives_one_key_per_article(a, b):
    assert fold_url(a) == fold_url(b)


def test_fold_url_keeps_meaningful_parameters():
    assert fold_url("https://n.example.cn/show?id=1") != fold_url("https://n.example.cn/show?id=2")


def test_state_versions_recheck_and_ttl(tmp_path):
    state = ArticleState(tmp_path / "s.sqlite")
    assert state.record("k", "id1", BODY, "h1", NOW).status == "new"
    assert state.record("k", "id1", BODY, "h1", NOW).status == "unchanged"
    changed = state.record("k", "id1", BODY + "更新。", "h2", NOW + timedelta(hours=1))
    assert (changed.status, changed.version, changed.updated_at) == ("changed", 2, "2026-11-28T13:00:00+00:00")
    assert state.is_fresh("k", NOW + timedelta(hours=2), recheck_after=3 * 3600)
    assert not state.is_fresh("k", NOW + timedelta(hours=5), recheck_after=3 * 3600)
    assert not state.is_fresh("k", NOW + timedelta(hours=2), recheck_after=0)
    assert state.expire(NOW + timedelta(days=2), ttl_seconds=24 * 3600) == 1
    assert state.record("k", "id1", BODY, "h1", NOW + timedelta(days=2)).status == "new"
    state.close()


def test_near_duplicates_are_linked_across_reopen(tmp_path):
    state = ArticleState(tmp_path / "s.sqlite")
    state.record("a", "ida", BODY, "h1", NOW)
    state.close()
    reopened = ArticleState(tmp_path / "s.sqlite")
    assert reopened.record("b", "idb", BODY + "（完）", "h2", NOW).near_duplicate_of == "ida"
    assert (
        reopened.record("c", "idc", "完全不同的另一篇报道，讲的是秋收和粮食产量。" * 4, "h3", NOW).near_duplicate_of
        is None
    )
    reopened.close()


def test_a_run_opens_its_state_file_once_and_closes_it_with_the_spider(tmp_path):
    import sqlite3

    from scrapy import signals
    from scrapy.utils.test import get_crawler

    from newsclean.pipelines import TrackStatePipeline
    from newsclean.runs.state import run_state
    from newsclean.spiders.news import NewsSpider

    settings = {"NEWSCLEAN_STATE": str(tmp_path / "s.sqlite"), "EXTENSIONS_BASE": {}, "EXTENSIONS": {}}
    crawler = get_crawler(NewsSpider, settings)
    spider = NewsSpider.from_crawler(crawler, start_urls="https://news.example.cn/")
    pipeline = TrackStatePipeline.from_crawler(crawler)
    assert pipeline.state is spider.article_state is run_state(crawler)
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        pipeline.state.db.execute("SELECT 1")


def test_without_a_state_file_a_run_opens_none(tmp_path):
    from scrapy.utils.test import get_crawler

    from newsclean.runs.state import run_state

    assert run_state(get_crawler(settings_dict={"EXTENSIONS_BASE": {}, "EXTENSIONS": {}})) is None


@pytest.mark.parametrize(
    "body",
    [BODY, "短讯", "", "  一 二\n三 四五六  ", "Reuters — Markets rose on Tuesday. " * 20],
    ids=["article", "shorter_than_a_shingle", "empty", "whitespace", "english"],
)
def test_body_minhash_equals_one_update_per_shingle(body):
    from datasketch import MinHash

    from newsclean.runs.state import MINHASH_PERMUTATIONS, MINHASH_SCHEME, SHINGLE_CHARS, body_minhash

    expected = MinHash(num_perm=MINHASH_PERMUTATIONS, scheme=MINHASH_SCHEME)
    text = "".join(body.split())
    for i in range(max(len(text) - SHINGLE_CHARS + 1, 1)):
        expected.update(text[i : i + SHINGLE_CHARS].encode("utf-8"))
    found = body_minhash(body)
    assert found.hashvalues.dtype == expected.hashvalues.dtype
    assert found.hashvalues.tobytes() == expected.hashvalues.tobytes()


def test_an_article_the_shared_state_could_not_claim_is_dropped_with_its_url_and_audited(tmp_path):
    """A Redis that lost the crawl answers ``lost``: the page is not emitted, and the drop says so (rejects)."""
    from scrapy.utils.test import get_crawler

    from newsclean.audit.rejects import ArticleDropped
    from newsclean.pipelines import TrackStatePipeline
    from newsclean.runs.state import Seen

    class LostState:
        def record(self, key, article_id, body, body_hash, now):
            return Seen("lost", 0, None, None)

    crawler = get_crawler(settings_dict={"EXTENSIONS_BASE": {}, "EXTENSIONS": {}})
    pipeline = TrackStatePipeline(None, crawler, LostState())
    item = {"id": "a1", "url": "https://news.example.cn/a.html", "canonical_url": "https://news.example.cn/a.html"}
    with pytest.raises(ArticleDropped) as dropped:
        pipeline.process_item(item)
    assert (dropped.value.rule, dropped.value.audit) == ("state_lost", True)
    assert "https://news.example.cn/a.html" in str(dropped.value)
    assert crawler.stats.get_value("newsclean/dropped/state_lost") == 1
