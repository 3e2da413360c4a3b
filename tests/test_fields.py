"""Fields on real-page shapes: titles whole and without the site, authors that are people, the site's
name, WeChat articles whole with their date. Pages written for these tests in the shapes the golden set
(tests/golden/gne-tests.jsonl) found on real portals."""

from __future__ import annotations

import pytest

from newsclean.bench.fields import Truth, body_ends_right, body_starts_right
from newsclean.extraction import extract
from newsclean.extraction.persons import is_person_name, person_names

PARAGRAPH = "这是一段足够长的新闻正文，用来让正文抽取器把它认作文章的内容，而不是页面上的导航或者页脚文字。"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("name", ["会上表示", "的接触中", "我已授权", "网易", "CSDN NET", "IT之家", "加拿大必读"])
def test_fragments_sites_and_accounts_are_no_person(name):
    assert not is_person_name(name)


@pytest.mark.parametrize("name", ["张三", "欧阳晓明", "马克·吐温", "John Smith", "zboygirl", "格桑边觉"])
def test_people_are_people(name):
    assert is_person_name(name) or is_person_name(name, strict=False)


def test_a_labelled_pen_name_passes_only_the_lenient_test():
    assert person_names("眉间尺", strict=False) == "眉间尺"
    assert person_names("眉间尺") is None
    assert person_names("王建宏 张文攀") == "王建宏 张文攀"


def test_a_press_conference_is_no_reporter_and_a_photographer_no_author():
    body = (
        "<h1>某市召开新闻发布会通报最新进展情况</h1>"
        f"<p>在当天的新闻发布会上，市长在记者会上表示，{PARAGRAPH}</p>"
        f"<p>{PARAGRAPH}</p><p>资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄</p><p>{PARAGRAPH}</p>"
    )
    html = page("<title>某市召开新闻发布会通报最新进展情况_某某网</title>", body)
    assert extract(html, "https://news.example.cn/a/1.html").author is None


def test_an_author_credit_without_a_colon_is_read():
    body = (
        "<h1>第三届安全论坛在京举办，新版平台同日发布</h1><div class='info'>2014-08-24 21:30 | 作者<span>魏星</span></div>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    )
    html = page("<title>第三届安全论坛在京举办，新版平台同日发布-CSDN.NET</title>", body)
    article = extract(html, "https://www.example.net/a/1.html")
    assert (article.author, article.title, article.site_name) == (
        "魏星",
        "第三届安全论坛在京举办，新版平台同日发布",
        "CSDN.NET",
    )


def test_an_og_title_cut_at_a_quote_gives_way_to_the_whole_headline():
    head = '<meta property="og:title" content="男孩因不想上补习班 写"><title>男孩因不想上补习班 写"救命啊"纸团_网易新闻</title>'
    body = f'<h1>男孩因不想上补习班 写"救命啊"纸团</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>'
    article = extract(page(head, body), "https://www.example.com/a.html")
    assert (article.title, article.site_name) == ('男孩因不想上补习班 写"救命啊"纸团', "网易新闻")


def test_a_title_holding_the_headlines_first_part_gives_way_to_the_whole_h1():
    head = "<title>理想汽车三季度营收274亿元</title>"
    body = f"<h1>理想汽车三季度营收274亿元 交付量同比下滑</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    assert (
        extract(page(head, body), "https://www.example.com/a.html").title == "理想汽车三季度营收274亿元 交付量同比下滑"
    )
    head = "<title>新华网</title>"  # a site name an <h1> starts with is no cut headline
    body = f"<h1>新华网评：办好民生实事</h1><h1>另一条标题</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    assert extract(page(head, body), "https://www.example.com/a.html").title != "新华网评：办好民生实事"


def test_a_site_glued_with_a_bare_hyphen_and_a_channel_after_a_space_are_cut():
    head = "<title>法国全国大罢工再次严重影响交通-新华网</title>"
    assert extract(page(head, f"<p>{PARAGRAPH}</p>" * 2), "https://www.example.com/a.html").title == (
        "法国全国大罢工再次严重影响交通"
    )
    head = "<title>区领导一行到金融街开展调研工作 东区办事处_中山网</title>"
    body = f"<div class='t'>区领导一行到金融街开展调研工作</div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    article = extract(page(head, body), "https://www.example.com/a.html")
    assert (article.title, article.site_name) == ("区领导一行到金融街开展调研工作", "中山网")


def test_the_site_name_comes_from_the_copyright_line_without_its_words():
    body = f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><div class='foot'>Copyright © 2019 观察者 All rights reserved.</div>"
    assert (
        extract(page("<title>一条新闻的标题在这里</title>", body), "https://www.example.cn/a.html").site_name
        == "观察者"
    )


WECHAT = page(
    '<meta property="og:site_name" content="微信公众平台"><title>三星新款手机正式发布</title>',
    '<h2 id="activity-name">三星新款手机正式发布</h2><a id="js_name">爱否科技</a>'
    '<div class="rich_media_content " id="js_content" style="visibility: hidden;">'
    + "".join(f'<section style="margin: 0 16px;"><span>第{i}段：{PARAGRAPH}</span></section>' for i in range(1, 8))
    # A link off the platform inside the hidden text: hidden and linking out, it would read as a share bar.
    + f'<section><span>第8段：{PARAGRAPH}<a href="https://www.example.org/report">报告全文</a></span></section>'
    + '</div><script>var ct = "1581517074";</script>',
)


def test_a_wechat_article_hidden_until_its_script_runs_comes_out_whole_and_dated():
    article = extract(WECHAT, "https://mp.weixin.qq.com/s?__biz=abc&mid=1")
    lines = article.body.splitlines()
    assert [line[:3] for line in lines] == [f"第{i}段" for i in range(1, 9)]
    assert (article.published_at, article.published_at_source) == ("2020-02-12T22:17:54+08:00", "script")
    assert article.site_name == "爱否科技"


def test_the_field_bench_accepts_the_articles_own_credits_after_its_end_and_nothing_else():
    truth = Truth("x", body_first="第一段的开头文字足够长了吗是的", body_ends=("最后一段的结尾文字足够长了。",))
    assert body_starts_right("第一段的开头文字足够长了吗是的，然后继续。\n中间", truth)
    assert body_ends_right("中间\n最后一段的结尾文字足够长了。\n（责任编辑：张三）", truth)
    assert not body_ends_right("中间\n最后一段的结尾文字足够长了。\n微信扫一扫 关注该公众号", truth)
