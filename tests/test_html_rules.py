"""HTML-level rules: hidden gambling containers and gambling link blocks go; hidden menus and friend links stay."""

from __future__ import annotations

import pytest
from lxml import html

from newsclean.cleaning.html import strip_html_spam

BASE = "https://news.example.cn/a/1.html"
ARTICLE = "<p>全市今年新增公交线路三条，串联高铁站与新城片区，方便市民出行。</p>"
GAMBLING_LINKS = "".join(
    f'<a href="https://{d}.example/">{t}</a>'
    for d, t in [
        ("a1", "皇冠体育官网"),
        ("b2", "365bet体育在线"),
        ("c3", "AG真人娱乐平台"),
        ("d4", "澳门新葡京"),
        ("e5", "九游会入口"),
    ]
)


def strip(body: str) -> tuple[str, list[str]]:
    tree = html.document_fromstring(f"<html><body><div class='content'>{body}</div></body></html>")
    removals = strip_html_spam(tree, BASE)
    return " ".join(tree.text_content().split()), [r.rule for r in removals]


@pytest.mark.parametrize(
    "style",
    [
        "display:none",
        "visibility: hidden",
        "position:absolute;left:-9999px",
        "text-indent:-9999px",
        "font-size:0;",
        "width:1px;height:1px;overflow:hidden",
    ],
)
def test_hidden_gambling_links_are_removed(style):
    text, rules = strip(f'{ARTICLE}<div style="{style}">{GAMBLING_LINKS}</div>')
    assert rules == ["hidden_spam"]
    assert "皇冠" not in text
    assert "新增公交线路" in text


def test_marquee_of_gambling_text_is_removed():
    text, rules = strip(f"{ARTICLE}<marquee>澳门新葡京娱乐场网址 注册送彩金</marquee>")
    assert (rules, "葡京" in text) == (["hidden_spam"], False)


def test_hidden_share_bar_linking_off_site_is_chrome_not_spam():
    bar = (
        '<div style="display:none"><a href="https://service.weibo.com/share">微博</a>'
        '<a href="https://connect.qq.com/share">QQ空间</a>分享到</div>'
    )
    text, rules = strip(ARTICLE + bar)
    assert rules == ["hidden_chrome"]
    assert "新增公交线路" in text


def test_hidden_menu_of_own_links_is_kept():
    menu = '<ul style="display:none"><li><a href="/sports/">体育</a></li><li><a href="/ent/">娱乐</a></li></ul>'
    text, rules = strip(ARTICLE + menu)
    assert rules == []
    assert "体育" in text


def test_folded_away_article_text_is_unhidden():
    tree = html.document_fromstring(
        f'<html><body>{ARTICLE}<div id="more" style="display:none"><p>下一步，交通部门将根据客流继续优化线路和发车间隔。</p></div></body></html>'
    )
    assert strip_html_spam(tree, BASE) == []
    assert tree.get_element_by_id("more").get("style") is None


def test_visible_gambling_link_block_is_removed():
    text, rules = strip(f"{ARTICLE}<div class='links'>友情链接：{GAMBLING_LINKS}</div>")
    assert rules == ["gambling_link_block"]
    assert "新增公交线路" in text


def test_friend_links_to_government_and_news_sites_are_kept():
    links = "".join(f'<a href="https://www.{d}.gov.cn/">{d}政府网</a>' for d in ("bj", "sh", "gz", "sz", "cq"))
    text, rules = strip(f"{ARTICLE}<div class='links'>友情链接：{links}</div>")
    assert (rules, "bj政府网" in text) == ([], True)


def test_removing_a_hidden_block_keeps_the_text_after_it_in_place():
    tree = html.document_fromstring(
        '<html><body><div class="content"><p>第一句。<b>粗体</b>第二句。'
        '<span style="display:none"><a href="http://x.example/">华体会体育官网</a></span>第三句。</p></div></body></html>'
    )
    strip_html_spam(tree, BASE)
    assert " ".join(tree.text_content().split()) == "第一句。粗体第二句。第三句。"


def test_a_hidden_table_row_of_tip_words_goes_and_the_visible_rows_stay():
    table = (
        "<table><tr><th>品种</th><th>批发价(元/公斤)</th></tr>"
        "<tr><td>富士苹果</td><td>7.20</td></tr>"
        '<tr style="display:none"><td>幸运飞艇计划</td><td>极速赛车人工计划 特码精准资料</td></tr>'
        "<tr><td>香蕉</td><td>4.60</td></tr></table>"
    )
    text, rules = strip(ARTICLE + table)
    assert rules == ["hidden_spam"]
    assert "幸运飞艇" not in text
    assert "富士苹果7.20" in text
    assert "香蕉4.60" in text
