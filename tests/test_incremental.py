"""Incremental runs over a site that changes between runs (NEWSCLEAN_STATE)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.crawl import run_crawl
from tests.expectations import items_by_path, load_expected
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SOURCE = Path(__file__).parent / "site_discovery"
ARTICLES = {a["path"] for a in load_expected(SOURCE)["articles"]}
CHANGED = "/news/2025/11/20/5001.html"
NEW = "/news/2025/12/10/5011.html"
NEAR_COPY = "/news/2025/12/10/5012.html"
NEAR_SOURCE = "/news/2025/12/05/5004.html"


def first_paragraph(html: str) -> re.Match[str]:
    match = re.search(r"<p>([^<]{20,})</p>", html)
    assert match
    return match


def change_site(root: Path) -> None:
    """Edit one article, add a new one and a near-copy of another, and link both from the home page."""
    changed = root / CHANGED.lstrip("/")
    html = changed.read_text("utf-8")
    changed.write_text(
        html.replace(
            first_paragraph(html).group(1), first_paragraph(html).group(1) + "记者晚间获悉，首批项目已进场施工。"
        ),
        "utf-8",
    )
    new_html = (root / "news/2025/12/05/5004.html").read_text("utf-8")
    body = re.findall(r"<p>[^<]{20,}</p>", new_html)
    fresh = new_html
    for i, paragraph in enumerate(body):
        fresh = fresh.replace(
            paragraph,
            f"<p>第{i + 1}段：市气象台今天发布寒潮蓝色预警，预计未来三天全市气温下降八到十摄氏度，请市民注意防寒保暖，出行注意交通安全。</p>",
        )
    (root / NEW.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
    (root / NEW.lstrip("/")).write_text(fresh.replace("环城绿道北段", "寒潮预警"), "utf-8")
    near = new_html.replace(first_paragraph(new_html).group(1), first_paragraph(new_html).group(1) + "据悉。")
    (root / NEAR_COPY.lstrip("/")).write_text(near.replace("<h1>环城绿道", "<h1>转载：环城绿道"), "utf-8")
    index = root / "index.html"
    links = f'<a href="{NEW}">寒潮预警</a><a href="{NEAR_COPY}">转载</a>'
    index.write_text(index.read_text("utf-8").replace("</body>", links + "</body>"), "utf-8")


def crawl(server: FixtureServer, out: Path, state: Path, recheck: str = "0") -> tuple[dict, dict]:
    out.mkdir(parents=True, exist_ok=True)
    settings = {"NEWSCLEAN_STATE": str(state), "NEWSCLEAN_RECHECK_AFTER": recheck}
    result = run_crawl(out, "-a", f"start_urls={server.url('/index.html')}", settings=settings)
    assert result.returncode == 0, result.log[-2000:]
    return {p: items[0] for p, items in items_by_path(result.items).items()}, result.stats


def test_three_runs_emit_new_then_changed_then_nothing(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SOURCE, root)
    state = tmp_path / "state" / "news.sqlite"
    server = FixtureServer(root).start()
    try:
        first, stats1 = crawl(server, tmp_path / "run1", state)
        assert set(first) == ARTICLES
        assert {item["version"] for item in first.values()} == {1}
        assert stats1["newsclean/state/new"] == len(ARTICLES)

        change_site(root)
        second, stats2 = crawl(server, tmp_path / "run2", state)
        assert set(second) == {CHANGED, NEW, NEAR_COPY}
        assert (second[CHANGED]["version"], second[NEW]["version"]) == (2, 1)
        assert second[CHANGED]["updated_at"]
        assert second[CHANGED]["id"] == first[CHANGED]["id"]
        assert second[NEAR_COPY]["near_duplicate_of"] == first[NEAR_SOURCE]["id"]
        assert second[NEW]["near_duplicate_of"] is None
        assert stats2["newsclean/state/unchanged"] == len(ARTICLES) - 1

        third, stats3 = crawl(server, tmp_path / "run3", state)
        assert third == {}
        assert stats3["newsclean/state/unchanged"] == len(ARTICLES) + 2
        assert (tmp_path / "run3" / "articles.rejects.jsonl").read_text("utf-8") == ""  # unchanged is no loss
        summary = json.loads((tmp_path / "run3" / "articles.summary.json").read_text("utf-8"))
        assert (summary["articles_written"], summary["new"], summary["updated"]) == (0, 0, 0)
        assert summary["unchanged"] == len(ARTICLES) + 2
        assert summary["alerts"] == []
    finally:
        server.stop()


def test_known_articles_are_not_refetched_before_the_recheck_interval(tmp_path):
    state = tmp_path / "news.sqlite"
    server = FixtureServer(SOURCE).start()
    try:
        crawl(server, tmp_path / "run1", state, recheck="3600")
        seen_before = len(server.requests)
        items, stats = crawl(server, tmp_path / "run2", state, recheck="3600")
        fetched = {r.path for r in server.requests[seen_before:]}
        assert items == {}
        assert not fetched & ARTICLES  # listings refetched, articles skipped
        assert "/index.html" in fetched
        assert stats["newsclean/state/skipped_fresh"] >= len(ARTICLES)
    finally:
        server.stop()
