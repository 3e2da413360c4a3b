"""End to end: a real ``scrapy crawl news`` against tests/site/ on 127.0.0.1, feed checked line by line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from newsclean.fetching.urls import fold_url
from newsclean.items import FEED_FIELDS
from tests.crawl import CrawlResult, run_crawl
from tests.expectations import items_by_path, load_expected

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SITE = Path(__file__).parent / "site"
SCHEMA = Path(__file__).parents[1] / "newsclean" / "schema" / "article.schema.json"
EXPECTED = load_expected(SITE)
SEED_PATH = "/internation/2025_12_09_799361.html"
PARASITE_PATH = "/news/2025/12/09/98765432.html"


@pytest.fixture(scope="module")
def crawl(site_server, tmp_path_factory) -> CrawlResult:
    out = tmp_path_factory.mktemp("e2e")
    return run_crawl(out, "-a", f"start_urls={site_server.url('/index.html')}")


@pytest.fixture(scope="module")
def by_path(crawl) -> dict[str, list[dict]]:
    return items_by_path(crawl.items)


def test_crawl_emits_every_article_once_and_nothing_else(crawl, by_path):
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert sorted(by_path) == sorted(a["path"] for a in EXPECTED["articles"])
    assert all(len(items) == 1 for items in by_path.values())
    assert crawl.stats["item_scraped_count"] == len(EXPECTED["articles"])


@pytest.mark.parametrize("article", EXPECTED["articles"], ids=[a["path"] for a in EXPECTED["articles"]])
def test_article_title_body_date_author(by_path, article):
    item = by_path[article["path"]][0]
    assert item["title"] == article["title"]
    assert item["body"].split("\n") == article["body_lines"]
    assert item["published_at"] == article["published_at"]
    assert item["author"] == article["author"]


def test_no_spam_or_template_tag_reaches_the_feed(crawl):
    text = "\n".join(f"{item['title']}\n{item['body']}" for item in crawl.items)
    assert [s for s in EXPECTED["spam"] if s in text] == []
    assert "{!!" not in text
    assert "riqi()" not in text


def test_seed_keeps_copyright_line_and_credits(by_path):
    body = by_path[SEED_PATH][0]["body"].split("\n")
    assert "本文系观察者网独家稿件,未经授权,不得转载。" in body
    assert body[-4:] == ["监制:邓金木", "策划:赖晗", "主创:唐征宇 林箴贺 陈佛烘 颜亦阳 陈林韵", "编辑:王家菁、段圣祺"]
    assert "英伟达H200芯片资料图 英伟达官网" in body


def test_seed_item_records_cleaning_per_rule(by_path):
    cleaning = by_path[SEED_PATH][0]["cleaning"]
    assert cleaning["template_tags"]["blade_raw_echo"] == 19
    assert cleaning["spam"]["link_farm_line"] >= 13
    assert sum(cleaning["spam"].values()) == 22  # every line of the seed's tail, tags aside


def test_parasite_page_is_dropped_and_accounted_for(crawl):
    dropped = [r for r in crawl.rejects if r["kind"] == "dropped_page"]
    assert [(r["stage"], r["rule"]) for r in dropped if r["url"].endswith(PARASITE_PATH)] == [("spam", "spam_page")]
    assert crawl.stats["newsclean/dropped/spam_page"] == 1


def test_rejects_feed_holds_every_removed_line(crawl):
    removed = {r["text"] for r in crawl.rejects if r["kind"] == "removed_text"}
    seed_tail_line = "“意昂体育平台假的吗”"
    assert seed_tail_line in removed
    assert "{!! riqi() !!}" in removed
    rows_by_rule = sum(1 for r in crawl.rejects if r["kind"] == "removed_text")
    removed_stats = sum(v for k, v in crawl.stats.items() if k.startswith("newsclean/removed/"))
    assert rows_by_rule <= removed_stats  # whitespace edits are counted but carry no text
    assert crawl.stats["newsclean/rejects/rows"] == len(crawl.rejects)


def test_feed_is_utf8_without_escapes_in_fixed_field_order(crawl):
    assert "\\u" not in crawl.feed_text
    for line in crawl.feed_text.splitlines():
        assert list(json.loads(line)) == FEED_FIELDS


def test_feed_matches_json_schema(crawl):
    schema = json.loads(SCHEMA.read_text("utf-8"))
    for item in crawl.items:
        jsonschema.validate(item, schema)
    assert crawl.items


def test_encodings_are_decoded_and_recorded(by_path, crawl):
    for path, needle in [
        ("/news/2025/12/10/gb2312-declared.html", "刘喆昇"),
        ("/news/2025/12/10/gbk-nodecl.html", "刘堃"),
        ("/news/2025/12/10/header-mismatch.html", "黄喆"),
    ]:
        item = by_path[path][0]
        assert needle in item["title"] + item["body"]
        assert item["encoding"] == "gb18030"
    assert by_path["/news/2025/12/10/header-mismatch2.html"][0]["encoding"] == "utf-8"
    assert crawl.stats["newsclean/encoding/gb18030"] == 3


def test_tokens_and_keywords_segment_chinese(by_path):
    item = by_path[SEED_PATH][0]
    assert "英伟达" in item["tokens"]
    assert "黄仁勋" in item["tokens"]
    assert "英伟达" in item["keywords"]
    assert len(item["keywords"]) == 10


def test_ids_are_hashes_of_canonical_urls(crawl):
    import hashlib

    for item in crawl.items:
        assert item["id"] == hashlib.sha256(fold_url(item["canonical_url"]).encode()).hexdigest()[:32]


def test_listing_pages_are_followed_not_emitted(crawl):
    listings = [n["path"] for n in EXPECTED["not_articles"] if n["path"].startswith("/list/")]
    assert crawl.stats["newsclean/pages/listing"] >= len(listings)
