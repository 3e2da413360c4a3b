"""The speed bench (python -m newsclean.bench.crawl): its site, its measures, its table. No timing assertions."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from newsclean.bench.crawl.__main__ import main
from newsclean.bench.datasets import Page
from newsclean.bench.localsite import LocalSite, LocalSiteServer
from newsclean.bench.processing import MEASURES, measure_processing
from newsclean.bench.sitecrawls import STAT_RE, CrawlRun, MemorySample
from newsclean.fetching.encoding import decode_html
from tests.crawl import REPO, crawl_env

SAMPLE_PAGES = ("news/2025/12/09/1002.html", "internation/2025_12_09_799361.html", "a/20251208/gj3k7x.html")
HREF_RE = re.compile(r"""href=["'](/[^"']+)["']""")
QUICK_ROWS = [
    "extraction",
    "cleaning",
    "tokens",
    "full",
    "trafilatura",
    "lxml floor",
    "full / trafilatura",
    "cleaning share of full",
    "full, local-site articles",
    "bare Scrapy",
    "news NEWSCLEAN_WORKERS=0",
    "news default pool",
    "target",
    "peak, news default pool",
    "at 10% of the articles served",
    "at 50% of the articles served",
    "at 100% of the articles served",
    "last sample (closing)",
]


@pytest.fixture
def bench_data(tmp_path: Path) -> Path:
    """A bench-data folder holding three sample_site pages as a gne-tests set."""
    folder = tmp_path / "data" / "gne-tests" / "tests" / "sample"
    folder.mkdir(parents=True)
    for i, page in enumerate(SAMPLE_PAGES):
        shutil.copy(REPO / "sample_site" / page, folder / f"{i}.html")
    return tmp_path / "data"


def test_local_site_links_every_article_from_a_listing_and_repeats_itself():
    site = LocalSite(120)
    assert site.listings == 3
    home = site.page("/").decode()
    assert sorted({h for h in HREF_RE.findall(home) if h.startswith("/list/")}) == [
        "/list/1.html",
        "/list/2.html",
        "/list/3.html",
    ]
    listed = {href for k in (1, 2, 3) for href in HREF_RE.findall(site.page(f"/list/{k}.html").decode())}
    articles = {site.article_path(n) for n in range(120)}
    assert len(articles) == 120
    assert articles <= listed
    assert site.page(site.article_path(7)) == LocalSite(120).page(site.article_path(7))
    assert site.page(site.article_path(120)) is None
    assert site.page("/list/4.html") is None


def test_local_site_writes_english_and_spam_articles_where_it_says():
    site = LocalSite(30)
    english = [n for n in range(30) if 'lang="en"' in site.page(site.article_path(n)).decode()]
    spam = [n for n in range(30) if ".invalid/" in site.page(site.article_path(n)).decode()]
    assert english == [0, 10, 20]
    assert spam == [3, 10, 17, 24]


def test_local_site_server_serves_pages_and_counts_articles():
    site = LocalSite(5)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with LocalSiteServer(site) as server:
        assert server.httpd.request_queue_size >= 128
        with opener.open(server.base_url + site.article_path(2)) as response:
            assert response.read() == site.page(site.article_path(2))
        with opener.open(server.base_url + "/robots.txt") as response:
            assert response.read() == b"User-agent: *\nDisallow:\n"
        with pytest.raises(urllib.error.HTTPError, match="404"):
            opener.open(server.base_url + "/nope.html")
        assert server.served_articles == 1


def test_measure_processing_times_every_measure_on_every_page():
    raw = [(REPO / "sample_site" / page).read_bytes() for page in SAMPLE_PAGES]
    pages = [Page(str(i), "", decode_html(html).text) for i, html in enumerate(raw)]
    result = measure_processing(pages)
    assert {name: t.pages for name, t in result.tallies.items()} == dict.fromkeys(MEASURES, 3)
    html_bytes = sum(len(p.html.encode()) for p in pages)
    assert [result.tallies[name].bytes for name in ("extraction", "full", "trafilatura", "lxml floor")] == [
        html_bytes
    ] * 4


def test_stats_dump_and_memory_progress_are_read():
    dump = "{'elapsed_time_seconds': 7.5,\n 'item_scraped_count': 2000,\n 'response_received_count': 2045}"
    stats = {m["key"]: float(m["value"]) for m in STAT_RE.finditer(dump)}
    samples = [MemorySample(0.5, 0, 90, 80), MemorySample(1.0, 300, 200, 150), MemorySample(2.0, 2000, 180, None)]
    run = CrawlRun("news", 0, stats, samples)
    assert (run.pages, run.items, run.seconds, run.pages_per_second) == (2045, 2000, 7.5, 2045 / 7.5)
    assert (run.peak_rss, run.peak_pss) == (200, 150)
    assert [run.rss_at(share, 2000) for share in (0.1, 0.5, 1.0)] == [samples[1], samples[2], samples[2]]


def test_bench_crawl_without_data_says_so_in_one_line(tmp_path, capsys):
    assert main(["--data", str(tmp_path / "absent"), "--skip-crawl"]) == 2
    assert capsys.readouterr().err == (
        f"error: no bench data in {tmp_path / 'absent'} (expected one of zyte-aeb, zh-cwced, gne-tests)\n"
    )


@pytest.mark.slow
def test_bench_crawl_quick_prints_every_row(bench_data, tmp_path):
    command = [sys.executable, "-m", "newsclean.bench.crawl", "--quick", "--data", str(bench_data), "--pages", "20"]
    proc = subprocess.run(
        command, cwd=tmp_path, env=crawl_env(), capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("machine: ")
    rows = [line.split(" | ") for line in lines if line.startswith("| ") and not line.startswith("| part")]
    assert [re.sub(r" \(\d+\)$| \(\d+ workers\)$", "", r[1]) for r in rows] == QUICK_ROWS
    assert [r[2] for r in rows[:6]] == ["3"] * 6
    crawls = {r[1]: r[-1] for r in rows if r[0] == "| crawl" and r[1] != "target"}
    assert all(note.rstrip(" |").endswith(" items") for note in crawls.values()), crawls
    assert "FAILED" not in proc.stdout
