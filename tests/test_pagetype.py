"""Page recognition on small pages written for each case: content decides, URLs and markup tip short pages."""

from __future__ import annotations

import re

import pytest

from newsclean.extraction.page import parse_html
from newsclean.fetching.pagetype import Hints, classify_page
from newsclean.sites.profile import load_profile
from newsclean.spiders.recognition import parse_follow, profile_hints

PARAGRAPH = "市公交集团新开通三条公交线路，串联高铁东站与城东新城、科教园区等片区，进一步方便市民出行。"
NAV = "".join(f'<li><a href="/c{i}.html">频道{i}</a></li>' for i in range(12))
OPAQUE = "http://127.0.0.1/p/17.html"


def article_page(paragraphs: int, dateline: str = "2026-11-03 08:05 来源：本报", og: str = "") -> str:
    body = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(paragraphs))
    return (
        f"<html><head><title>新开通3条公交线路_新闻网</title>{og}</head><body><ul class='nav'>{NAV}</ul>"
        f"<h1>新开通3条公交线路</h1><div class='info'>{dateline}</div><div class='text'>{body}</div>"
        "<div class='related'><a href='/a/1.html'>另一条新闻的标题在这里</a></div></body></html>"
    )


def listing_page(items: int, summaries: bool) -> str:
    rows = "".join(
        f"<li><h3><a href='/p/{i}.html'>第{i}条新闻的标题写在这里</a></h3>"
        + (f"<p>{PARAGRAPH}</p>" if summaries else "")
        + "<span>2026-11-03</span></li>"
        for i in range(items)
    )
    return f"<html><head><title>本地新闻_新闻网</title></head><body><ul>{NAV}</ul><h2>本地新闻</h2><ul>{rows}</ul></body></html>"


def verdict(html: str, url: str = OPAQUE, hints: Hints | None = None) -> tuple[bool, str]:
    result = classify_page(parse_html(html), url, hints)
    return result.is_article, result.reason


def test_long_prose_is_an_article_under_an_opaque_url():
    assert verdict(article_page(8)) == (True, "content")


def test_a_brief_with_a_dateline_is_an_article():
    # A 新华社-style dispatch of two sentences (~90 characters) under its headline and dateline.
    assert verdict(article_page(2)) == (True, "brief")


def test_a_short_undated_page_is_not_an_article():
    assert verdict(article_page(2, dateline="")) == (False, "short_undated")


def test_a_short_page_that_says_website_is_not_news():
    og = '<meta property="og:type" content="website">'
    assert verdict(article_page(2, dateline="", og=og)) == (False, "not_news")


@pytest.mark.parametrize("summaries", [False, True], ids=["headlines", "teasers"])
def test_listing_pages_are_not_articles(summaries):
    assert verdict(listing_page(20, summaries)) == (False, "listing_shape")


def test_teasers_stay_a_listing_even_when_the_user_names_the_page():
    assert verdict(listing_page(20, True), hints=Hints(named=True, chosen=True)) == (False, "listing_shape")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/tag/news.html", "http://127.0.0.1/search?q=x", "http://127.0.0.1/list/world_2.html"]
)
def test_tag_search_and_pagination_urls_are_never_articles(url):
    assert verdict(article_page(8), url) == (False, "listing_url")


def test_a_user_named_article_at_a_listing_looking_url_is_read():
    hints = Hints(named=True, chosen=True)
    assert verdict(article_page(8), "http://127.0.0.1/list/a.html", hints) == (True, "content")


def test_open_graph_article_tips_a_short_undated_page():
    og = '<meta property="og:type" content="article">'
    assert verdict(article_page(2, dateline="", og=og)) == (True, "hint")


def test_an_article_url_sends_a_page_without_prose_to_extraction():
    empty = "<html><body><h1>标题</h1></body></html>"
    assert verdict(empty, "http://127.0.0.1/2026/11/03/1234.html") == (True, "hint")
    assert verdict(empty) == (False, "no_prose")


def test_profile_patterns_name_articles_and_listings():
    thepaper = profile_hints(load_profile("thepaper"))
    assert verdict(article_page(2, dateline=""), "https://www.thepaper.cn/newsDetail_forward_4873123", thepaper) == (
        True,
        "hint",
    )
    assert verdict(article_page(8), "https://www.thepaper.cn/channel_25950", thepaper) == (
        False,
        "profile_listing_url",
    )


def test_broken_profile_pattern_is_refused():
    from newsclean.sites.profile import parse_profile

    with pytest.raises(ValueError, match=re.escape("article_urls: '(' is not a regular expression")):
        parse_profile("x", "article_urls: ['(']", "x.yaml")


@pytest.mark.parametrize(("value", "expected"), [(None, True), ("false", False), ("No", False), ("true", True)])
def test_parse_follow(value, expected):
    assert parse_follow(value) is expected


def test_parse_follow_refuses_other_words():
    with pytest.raises(ValueError, match="follow='maybe' is not true or false"):
        parse_follow("maybe")
