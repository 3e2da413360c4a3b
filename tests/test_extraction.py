"""``newsclean.extraction.extract`` on the fixture pages, without Scrapy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.extraction import extract
from newsclean.extraction.title import strip_site_suffix
from newsclean.fetching.encoding import decode_html
from tests.expectations import load_expected

SITE = Path(__file__).parent / "site"
EXPECTED = load_expected(SITE)
HEADERS = json.loads((SITE / "_headers.json").read_text("utf-8"))
# Pages whose raw text still holds spam: extraction is right to keep it, cleaning removes it later.
SPAM_CARRYING = {"/internation/2025_12_09_799361.html", "/a/20251209/a1b2c3.shtml", "/news/2025/12/10/gbk-nodecl.html"}


def page(path: str):
    raw = (SITE / path.lstrip("/")).read_bytes()
    decoded = decode_html(raw, HEADERS.get(path, {}).get("Content-Type"))
    return extract(decoded.text, "http://127.0.0.1" + path)


@pytest.mark.parametrize("article", EXPECTED["articles"], ids=[a["path"] for a in EXPECTED["articles"]])
def test_extract_fixture_article(article):
    got = page(article["path"])
    assert (got.title, got.published_at, got.author) == (article["title"], article["published_at"], article["author"])
    lines = got.body.split("\n")
    if article["path"] in SPAM_CARRYING:
        assert [line for line in article["body_lines"] if line not in lines] == []
    else:
        assert lines == article["body_lines"]


def test_extract_reads_language_site_name_and_canonical_url():
    got = page("/internation/2025_12_09_799361.html")
    assert got.language.startswith("zh")
    assert got.site_name
    assert got.canonical_url.startswith("http")


def test_extract_never_raises_on_junk():
    for junk in ["", "<html", "\x00\x01binary", "<p>" * 1000]:
        assert len(extract(junk, "http://127.0.0.1/x.html").body) < 20


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("特朗普宣布将允许英伟达对华出口H200芯片_观察者网", "", "特朗普宣布将允许英伟达对华出口H200芯片"),
        ("澳门博彩收入回升_财经频道_新浪财经", "新浪财经", "澳门博彩收入回升"),
        ("Markets rally - Reuters", "Reuters", "Markets rally"),
        ("没有后缀的标题", "", "没有后缀的标题"),
    ],
)
def test_strip_site_suffix(title, site, expected):
    assert strip_site_suffix(title, site) == expected


@pytest.mark.parametrize(
    ("body", "content_type", "encoding", "source"),
    [
        ("<meta charset='gb2312'><p>朱镕基 王喆</p>".encode("gbk"), "text/html", "gb18030", "meta"),
        ("<p>朱镕基 王喆 新闻报道内容很长很长很长很长</p>".encode("gbk"), None, "gb18030", "detected"),
        ("<meta charset='gbk'><p>黄喆</p>".encode("gbk"), "text/html; charset=utf-8", "gb18030", "meta"),
        ("<meta charset='gb2312'><p>林珺</p>".encode(), "text/html; charset=iso-8859-1", "utf-8", "utf-8"),
        (b"\xef\xbb\xbf<p>\xe4\xb8\xad</p>", None, "utf-8", "bom"),
    ],
)
def test_decode_html_verifies_declared_charsets(body, content_type, encoding, source):
    decoded = decode_html(body, content_type)
    assert (decoded.encoding, decoded.source) == (encoding, source)
    assert "\ufffd" not in decoded.text
