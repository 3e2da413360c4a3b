"""Run summary next to the feed, alerts, and the one-run-at-a-time lock."""

from __future__ import annotations

import fcntl
import json
import re
import shutil
from pathlib import Path

from tests.crawl import run_crawl
from tests.server import FixtureServer

SITE = Path(__file__).parent / "site_discovery"
SPAM_TAIL = "<p>{!! riqi() !!},国乒十连胜晋级,万博官网APP,宝博评级官网,AG真人平台登录,必威首页体育官网</p><p>{!! riqi() !!}|澳大利亚宣布国防部门重大改革|赛酷体育网页版|升博官网APP|永利贵宾厅网址</p>"


def crawl_site(root: Path, out: Path, **settings: str):
    server = FixtureServer(root).start()
    try:
        out.mkdir(parents=True, exist_ok=True)
        result = run_crawl(out, "-a", f"start_urls={server.url('/index.html')}", settings=settings)
    finally:
        server.stop()
    summary = json.loads((out / "articles.summary.json").read_text("utf-8"))
    return result, summary


def test_summary_counts_the_run(tmp_path):
    result, summary = crawl_site(SITE, tmp_path)
    assert summary["articles_written"] == len(result.items) == 10
    assert summary["pages_fetched"] == result.stats["response_received_count"]
    assert summary["new"] == 10
    assert summary["alerts"] == []
    assert "Run summary" in result.log


def test_a_hacked_site_raises_the_spam_rate_alert(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    crawl_site(root, tmp_path / "feeds")  # a clean run first, its summary is the baseline
    for page in root.rglob("*.html"):
        html = page.read_text("utf-8")
        if 'og:type" content="article"' in html:
            page.write_text(re.sub(r"(<p>[^<]{20,}</p>)", lambda m: m.group(1) + SPAM_TAIL, html, count=1), "utf-8")
    result, summary = crawl_site(root, tmp_path / "feeds")
    assert summary["alerts"] == ["spam_rate_jump"]
    assert summary["spam_removed_by_rule"]["link_farm_line"] >= 10
    assert "the site may have been hacked" in result.log


def test_no_articles_raises_the_layout_alert(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html><body><p>维护中</p></body></html>", "utf-8")
    result, summary = crawl_site(tmp_path / "site", tmp_path / "out")
    assert summary["alerts"] == ["no_articles"]
    assert "layout may have changed" in result.log


def test_a_second_run_on_the_same_state_stops_at_once(tmp_path):
    state = tmp_path / "news.sqlite"
    with (tmp_path / "news.sqlite.lock").open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result, summary = crawl_site(SITE, tmp_path / "out", NEWSCLEAN_STATE=str(state))
    assert result.items == []
    assert summary["finish_reason"] == "another_run_in_progress"
    assert "Another run holds" in result.log
