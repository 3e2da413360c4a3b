"""What a killed run wrote is recovered in one place, once per run: its .part article feeds and rejects."""

from __future__ import annotations

from scrapy import Spider
from scrapy.utils.test import get_crawler

from newsclean.runs.recovery import Recovered, recover_interrupted_run

CUT_FEED = b'{"url": "https://news.example.cn/1.html"}\n{"url": "https://news.exa'


def test_a_killed_runs_part_files_are_recovered_once_per_run(tmp_path):
    feeds, rejects = tmp_path / "feeds" / "news", tmp_path / "rejects" / "news"
    feeds.mkdir(parents=True)
    rejects.mkdir(parents=True)
    (feeds / "old.jsonl.part").write_bytes(CUT_FEED)
    (rejects / "old.rejects.jsonl.part").write_bytes(b'{"kind": "removed_text"}\n{"ki')
    settings = {
        "FEEDS": {str(tmp_path / "feeds" / "%(name)s" / "%(time)s.jsonl"): {"format": "jsonlines"}},
        "NEWSCLEAN_REJECTS_ENABLED": True,
        "NEWSCLEAN_REJECTS_URI": str(tmp_path / "rejects" / "%(name)s" / "%(time)s.rejects.jsonl"),
        "EXTENSIONS_BASE": {},
        "EXTENSIONS": {},
    }
    crawler = get_crawler(Spider, settings)
    crawler.spider = Spider(name="news")
    first = recover_interrupted_run(crawler)
    assert first == Recovered((feeds / "old.jsonl",), (rejects / "old.rejects.jsonl",))
    assert (feeds / "old.jsonl").read_bytes() == b'{"url": "https://news.example.cn/1.html"}\n'
    (feeds / "later.jsonl.part").write_bytes(CUT_FEED)  # written after the start: this run's own business
    assert recover_interrupted_run(crawler) is first
    assert (feeds / "later.jsonl.part").exists()
    stats = crawler.stats.get_stats()
    assert (stats["newsclean/feeds/recovered"], stats["newsclean/rejects/recovered"]) == (1, 1)
