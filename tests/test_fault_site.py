"""A crawl of a failing, hostile site finishes, delivers every good article and accounts for every bad page."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.crawl import CrawlResult, run_crawl
from tests.fault_server import BROKEN_ARTICLE, GBK_ARTICLE, GOOD_ARTICLES, FaultServer

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> CrawlResult:
    server = FaultServer().start()
    out = tmp_path_factory.mktemp("fault")
    try:
        result = run_crawl(
            out,
            "-a",
            f"start_urls={server.base_url}/index.html",
            settings={"DOWNLOAD_TIMEOUT": "2", "RETRY_TIMES": "1"},
        )
    finally:
        server.stop()
    result.summary = json.loads((out / "articles.summary.json").read_text("utf-8"))  # type: ignore[attr-defined]
    return result


def test_crawl_finishes_and_delivers_every_good_article(crawl):
    assert crawl.returncode == 0
    paths = sorted(item["url"].split("127.0.0.1", 1)[1].split("/", 1)[1] for item in crawl.items)
    assert paths == sorted(p.lstrip("/") for p in [*GOOD_ARTICLES, GBK_ARTICLE, BROKEN_ARTICLE])
    gbk = next(item for item in crawl.items if item["url"].endswith(GBK_ARTICLE))
    assert "刘喆" in gbk["body"]
    assert gbk["encoding"] == "gb18030"


def test_each_failure_is_counted_by_kind(crawl):
    stats = crawl.stats
    assert stats["newsclean/errors/http_500"] == 1
    assert stats["newsclean/errors/timeout"] >= 1
    assert stats["newsclean/errors/too_large"] == 1
    assert stats["newsclean/errors/http_404"] >= 1
    assert stats["newsclean/skipped/not_html"] == 2  # the PDF and the JPEG at article URLs
    assert stats["newsclean/pages/no_body"] >= 1  # the empty 200
    assert stats["retry/reason_count/503 Service Unavailable"] == 1  # retried once, then delivered
    assert crawl.summary["errors_by_kind"]["too_large"] == 1


def test_each_failure_is_logged_once_with_its_reason(crawl):
    failed = Counter(
        line.split("Failed ", 1)[1].split(" ", 1)[0] for line in crawl.log.splitlines() if "] WARNING: Failed " in line
    )
    assert failed
    assert set(failed.values()) == {1}
    assert any("/fault/huge.html (too_large): Expected to receive" in line for line in crawl.log.splitlines())
    assert "Gave up retrying" not in crawl.log  # said once, by the spider, not again by Scrapy


def test_every_item_is_accounted_for(crawl):
    created = crawl.stats["newsclean/pages/article"]
    written = crawl.stats.get("item_scraped_count", 0)
    dropped = crawl.stats.get("item_dropped_count", 0)
    assert created == written + dropped
    assert len([r for r in crawl.rejects if r["kind"] == "dropped_page"]) == dropped
    assert crawl.summary["articles_written"] == written == len(crawl.items)


def test_a_page_of_100000_links_is_capped_and_said(crawl):
    # Following every link of a hostile page held the crawl for seconds and timed out other downloads.
    assert crawl.stats["newsclean/links/capped_pages"] == 1
    assert any(
        "/fault/links.html has 100000 links; following the first 5000" in line for line in crawl.log.splitlines()
    )
