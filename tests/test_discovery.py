"""Discovery on a portal-like fixture site: sitemap index, Google News sitemap, gzipped sitemap, RSS, Atom."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsclean.fetching.rss import feed_links, parse_feed
from newsclean.fetching.sitemaps import parse_sitemap
from tests.crawl import run_crawl
from tests.expectations import items_by_path, load_expected
from tests.server import FixtureServer

SITE = Path(__file__).parent / "site_discovery"
EXPECTED = load_expected(SITE)
ALL = {a["path"] for a in EXPECTED["articles"]}
IN_SITEMAPS = {a["path"] for a in EXPECTED["articles"] if a["in_sitemaps"]}
IN_FEEDS = {a["path"] for a in EXPECTED["articles"] if a["in_feeds"]}


@pytest.fixture(scope="module")
def server() -> Iterator[FixtureServer]:
    server = FixtureServer(SITE).start()
    yield server
    server.stop()


def crawl_paths(tmp_path: Path, *args: str) -> tuple[set[str], dict]:
    result = run_crawl(tmp_path, *args)
    by_path = items_by_path(result.items)
    assert all(len(items) == 1 for items in by_path.values())
    return set(by_path), result.stats


def test_sitemaps_from_robots_txt_reach_every_listed_article_and_no_listing(server, tmp_path):
    paths, stats = crawl_paths(tmp_path, "-a", f"sitemaps={server.url('/robots.txt')}")
    assert paths == IN_SITEMAPS
    assert stats["newsclean/discovery/sitemaps"] == 3  # index, news sitemap, gzipped archive


def test_feeds_found_from_the_home_page(server, tmp_path):
    paths, stats = crawl_paths(tmp_path, "-a", f"feeds={server.url('/index.html')}")
    assert paths == IN_FEEDS
    assert stats["newsclean/discovery/feeds"] == 2  # RSS and Atom, found through <link rel=alternate>


def test_sitemaps_and_feeds_together_discover_the_whole_site(server, tmp_path):
    args = (
        "-a",
        f"sitemaps={server.url('/sitemap_index.xml')}",
        "-a",
        f"feeds={server.url('/rss.xml')},{server.url('/atom.xml')}",
    )
    paths, _ = crawl_paths(tmp_path, *args)
    assert paths == ALL


def test_link_following_emits_articles_and_only_follows_listings(server, tmp_path):
    paths, stats = crawl_paths(tmp_path, "-a", f"start_urls={server.url('/index.html')}")
    assert paths == ALL
    assert stats["newsclean/pages/listing"] >= len(EXPECTED["listings"])


def test_since_skips_older_entries_before_fetching(server, tmp_path):
    since = "2025-12-05"
    seen_before = len(server.requests)
    paths, stats = crawl_paths(tmp_path, "-a", f"sitemaps={server.url('/sitemap_index.xml')}", "-a", f"since={since}")
    expected = {a["path"] for a in EXPECTED["articles"] if a["in_sitemaps"] and a["published_at"][:10] >= since}
    assert paths == expected
    assert stats["newsclean/discovery/skipped_before_since"] == len(IN_SITEMAPS) - len(expected)
    older = [a["path"] for a in EXPECTED["articles"] if a["in_sitemaps"] and a["published_at"][:10] < since]
    assert not any(r.path in older for r in server.requests[seen_before:])  # never fetched


def test_parse_sitemap_reads_news_dates_and_gzip():
    news = parse_sitemap((SITE / "sitemap-news.xml").read_bytes())
    assert news is not None
    assert not news.is_index
    assert all(e.news_date for e in news.entries)
    archive = parse_sitemap((SITE / "sitemap-archive.xml.gz").read_bytes())
    assert archive is not None
    assert len(archive.entries) == 5
    index = parse_sitemap((SITE / "sitemap_index.xml").read_bytes())
    assert index is not None
    assert index.is_index


def test_parse_feed_reads_rss_and_atom_and_refuses_html():
    rss = parse_feed((SITE / "rss.xml").read_bytes(), "http://SITE_HOST/rss.xml")
    atom = parse_feed((SITE / "atom.xml").read_bytes(), "http://SITE_HOST/atom.xml")
    assert rss is not None
    assert atom is not None
    assert {e.link.removeprefix("http://SITE_HOST") for e in rss + atom} == IN_FEEDS
    assert all(e.published for e in rss + atom)
    assert parse_feed((SITE / "index.html").read_bytes(), "http://SITE_HOST/") is None


def test_feed_links_in_html():
    html = (SITE / "index.html").read_text("utf-8")
    assert feed_links(html, "http://h.example/") == ["http://h.example/rss.xml", "http://h.example/atom.xml"]
