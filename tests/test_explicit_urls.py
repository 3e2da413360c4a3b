"""What the user asked for is what they get: named article URLs, -a follow=false, saved pages,
a news brief, and breadth-first order (articles linked from the start page come out first)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from newsclean.bench.datasets import DEFAULT_DATA
from tests.crawl import run_crawl
from tests.expectations import load_expected
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls

SITE = Path(__file__).parent / "site"
ARTICLES = [a["path"] for a in load_expected(SITE)["articles"]][:6]
PARAGRAPH = "市公交集团新开通三条公交线路，串联高铁东站与城东新城、科教园区等片区，进一步方便市民出行。"
# A 新华社 dispatch of 100 characters: news, however short.
BRIEF = (
    "新华社北京11月3日电（记者张三）国家统计局3日发布数据，10月份全国规模以上工业增加值同比增长5.6%，"
    "环比增长0.4%。1至10月份，规模以上工业增加值同比增长5.8%。"
)


def fetched(server: FixtureServer) -> set[str]:
    return {r.path for r in server.requests if r.path != "/robots.txt"}


def test_article_urls_in_a_urls_file_give_those_articles_and_nothing_more(site_server, tmp_path):
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text("\n".join(site_server.url(p) for p in ARTICLES) + "\n", "utf-8")
    before = len(site_server.requests)
    result = run_crawl(tmp_path, "-a", f"urls_file={urls_file}")
    assert sorted(urlparse(i["url"]).path for i in result.items) == sorted(ARTICLES)
    seen = {r.path for r in site_server.requests[before:] if r.path != "/robots.txt"}
    assert seen == set(ARTICLES)


def test_follow_false_fetches_only_the_given_pages(site_server, tmp_path):
    before = len(site_server.requests)
    result = run_crawl(tmp_path, "-a", f"start_urls={site_server.url('/index.html')}", "-a", "follow=false")
    assert {r.path for r in site_server.requests[before:] if r.path != "/robots.txt"} == {"/index.html"}
    assert result.items == []
    assert result.stats["newsclean/pages/not_article/listing_shape"] == 1


def test_saved_pages_given_as_paths_become_items_without_warnings(tmp_path):
    saved = sorted(DEFAULT_DATA.glob("gne-tests/tests/*/1.html"))[:5]
    if len(saved) < 5:
        pytest.skip(f"{DEFAULT_DATA} absent (../shared/bench-data not laid out)")
    result = run_crawl(tmp_path, "-a", "start_urls=" + ",".join(str(p) for p in saved))
    reached = {i["url"] for i in result.items} | {r["url"] for r in result.rejects if r["kind"] == "dropped_page"}
    assert reached == {p.resolve().as_uri() for p in saved}
    assert "WARNING" not in result.log.replace("WARNING: Deprecation", "")


def page(title: str, text: str, links: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{links}<h1>{title}</h1>"
        f"<div class='info'>2026-11-03 08:05 来源：新华社</div><div class='text'>{text}</div></body></html>"
    )


def test_a_news_brief_is_an_article_and_is_published(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "17.html").write_text(page("10月份规模以上工业增加值增长5.6%", f"<p>{BRIEF}</p>"), "utf-8")
    settings = {"NEWSCLEAN_LOG_NOT_ARTICLES": "True"}
    result = run_crawl(tmp_path, "-a", f"start_urls={tmp_path / 'site' / '17.html'}", settings=settings)
    assert result.stats["newsclean/pages/article"] == 1
    assert "Not an article" not in result.log
    assert [item["body"] for item in result.items] == [BRIEF]  # not body_too_short


def test_pages_not_emitted_are_logged_with_their_reason_on_request(site_server, tmp_path):
    settings = {"NEWSCLEAN_LOG_NOT_ARTICLES": "True", "DEPTH_LIMIT": "1"}
    result = run_crawl(tmp_path, "-a", f"start_urls={site_server.url('/index.html')}", settings=settings)
    assert f"Not an article (listing_url): {site_server.url('/list/world.html')}" in result.log
    logged = result.log.count("Not an article (")
    assert logged == sum(v for k, v in result.stats.items() if k.startswith("newsclean/pages/not_article/"))


def test_articles_linked_from_the_start_page_come_out_first(tmp_path):
    """Breadth first: depth-1 articles before the articles at the end of a chain of channel pages."""
    root = tmp_path / "site"
    root.mkdir()

    def article(key: str) -> str:  # distinct bodies, or dedupe would keep one
        return "".join(f"<p>{PARAGRAPH.replace('三条', f'{key}号{k}条')}</p>" for k in range(6))

    menu = "".join(f"<a href='/c/{i}.html'>第{i}频道</a> " for i in range(1, 4))
    for i in range(1, 4):  # channel pages: each links to the next and to deep articles
        deep = "".join(f"<li><a href='/d/{i}{j}.html'>深层新闻第{i}{j}条标题</a></li>" for j in range(5))
        nxt = f"<a href='/c/{i + 1}.html'>下一频道页面</a>" if i < 3 else ""
        (root / "c").mkdir(exist_ok=True)
        (root / "c" / f"{i}.html").write_text(f"<html><body><ul>{deep}</ul>{nxt}</body></html>", "utf-8")
        for j in range(5):
            (root / "d").mkdir(exist_ok=True)
            (root / "d" / f"{i}{j}.html").write_text(page(f"深层新闻第{i}{j}条", article(f"d{i}{j}")), "utf-8")
    (root / "a").mkdir()
    top = "".join(f"<li><a href='/a/{n}.html'>首页新闻第{n}条标题</a></li>" for n in range(5))
    for n in range(5):
        (root / "a" / f"{n}.html").write_text(page(f"首页新闻第{n}条", article(f"a{n}")), "utf-8")
    # The menu comes last: depth first (Scrapy's LIFO default) would crawl the channels first.
    (root / "index.html").write_text(f"<html><body><ul>{top}</ul>{menu}</body></html>", "utf-8")
    server = FixtureServer(root).start()
    try:
        settings = {"CONCURRENT_REQUESTS": "1", "NEWSCLEAN_TOKENS_ENABLED": "False"}
        result = run_crawl(tmp_path, "-a", f"start_urls={server.url('/index.html')}", settings=settings)
    finally:
        server.stop()
    order = [urlparse(i["url"]).path for i in result.items]
    assert len(order) == 20
    assert sorted(order[:5]) == [f"/a/{n}.html" for n in range(5)]


def test_small_site_without_open_graph_gives_its_articles_and_no_layout_alert(tmp_path):
    """/2026/11/a1.html says nothing a URL rule knows, and no page has Open Graph: the content decides."""
    root = tmp_path / "site"
    (root / "2026" / "11").mkdir(parents=True)
    links = ""
    for n in range(1, 4):
        text = "".join(f"<p>{PARAGRAPH.replace('三条', f'{n}号线第{k}条')}</p>" for k in range(6))
        (root / "2026" / "11" / f"a{n}.html").write_text(page(f"本市新闻第{n}条", text), "utf-8")
        links += f"<li><a href='/2026/11/a{n}.html'>本市新闻第{n}条的标题</a> 2026-11-0{n}</li>"
    (root / "index.html").write_text(f"<html><body><h1>小站</h1><ul>{links}</ul></body></html>", "utf-8")
    server = FixtureServer(root).start()
    try:
        result = run_crawl(tmp_path, "-a", f"start_urls={server.url('/index.html')}")
    finally:
        server.stop()
    assert sorted(urlparse(i["url"]).path for i in result.items) == [f"/2026/11/a{n}.html" for n in range(1, 4)]
    assert "layout may have changed" not in result.log
