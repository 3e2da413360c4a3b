"""End to end on tests/site_unseen/: a portal written independently of the code and never tuned against.

Spam tails inside the article container, a GB2312 page, gambling-topic news that
must stay whole, and a parasite page that is all spam.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.crawl import CrawlResult, run_crawl
from tests.expectations import items_by_path, load_expected

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SITE = Path(__file__).parent / "site_unseen"
EXPECTED = load_expected(SITE)


@pytest.fixture(scope="module")
def crawl(unseen_server, tmp_path_factory) -> CrawlResult:
    return run_crawl(tmp_path_factory.mktemp("unseen"), "-a", f"start_urls={unseen_server.url('/index.html')}")


def test_unseen_site_yields_every_real_article_and_nothing_else(crawl):
    by_path = items_by_path(crawl.items)
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert sorted(by_path) == sorted(a["path"] for a in EXPECTED["articles"])


@pytest.mark.parametrize("article", EXPECTED["articles"], ids=[a["path"] for a in EXPECTED["articles"]])
def test_unseen_article_has_its_full_text(crawl, article):
    items = items_by_path(crawl.items).get(article["path"], [])
    assert len(items) == 1
    assert items[0]["body"].split("\n") == article["body_lines"]


def test_unseen_site_no_spam_line_survives(crawl):
    text = "\n".join(f"{item['title']}\n{item['body']}" for item in crawl.items)
    assert [s for s in EXPECTED["spam"] if s in text] == []


def test_unseen_parasite_page_is_dropped_as_spam(crawl):
    parasites = {n["path"] for n in EXPECTED["not_articles"] if "parasite" in n["why"]}
    dropped = {unquote(urlparse(r["url"]).path) for r in crawl.rejects if r["rule"] == "spam_page"}
    assert parasites
    assert parasites <= dropped


def test_unseen_hidden_link_farm_is_removed_before_extraction_and_audited(crawl):
    # The site hides a block of link-farm lines with display:none inside one article.
    html_rows = [r for r in crawl.rejects if r["stage"] == "html"]
    assert [r["rule"] for r in html_rows] == ["hidden_spam"]
    assert crawl.stats["newsclean/removed/hidden_spam"] == 1
