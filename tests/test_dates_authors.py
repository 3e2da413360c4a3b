"""Publication dates and authors of Chinese pages: the generic rules of newsclean.extraction.dates and .authors.

Every snippet here is made up for the rule it tests; each rule is shown finding
what it should and leaving alone what it should not.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from newsclean.extraction import extract
from newsclean.extraction.authors import author_of
from newsclean.extraction.dates import date_hits, find_published_at
from newsclean.extraction.page import VISIBLE_TEXT_XPATH, Page
from newsclean.extraction.site import copyright_name

ZONE = "Asia/Shanghai"


def html_page(body: str, title: str = "", head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


def published(body: str, title: str = "", head: str = "") -> tuple[str | None, str | None]:
    found = find_published_at(Page("", html_page(body, title, head)), None, ZONE)
    return found.value, found.source


def author(body_lines: list[str], page_body: str = "", title: str = "", meta_author: str | None = None) -> str | None:
    """``author_of`` with the extracted body given as lines, as trafilatura would hand it over."""
    page = Page("", html_page(page_body or "".join(f"<p>{line}</p>" for line in body_lines), title))
    return author_of(page, "\n".join(body_lines), meta_author)


def dateline_texts(html: str) -> list[str]:
    return Page("", html).dateline_texts


def json_ld(date: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{date}"}}</script>'


# --- locating the headline -------------------------------------------------------------------------------


def test_headline_without_h1_is_the_text_that_starts_the_title():
    body = "<div>当前位置：首页 &gt; 会议</div><b><br>第四届经济学年会会议议程<br></b><div>2004-12-10 阅读 105 次</div>"
    texts = dateline_texts(html_page(body, "第四届经济学年会会议议程_秘书处_经济研究中心"))
    assert texts[0].strip() == "2004-12-10 阅读 105 次"


def test_logo_h1_gives_way_to_the_h1_that_starts_the_title():
    body = "<h1>新闻中心</h1><p>2025年12月10日 星期三</p><h1>城郊蔬菜基地迎来采收旺季</h1><p>2025-12-09 08:30 来源：本网</p>"
    texts = dateline_texts(html_page(body, "城郊蔬菜基地迎来采收旺季_新闻中心"))
    assert texts[0] == "2025-12-09 08:30 来源：本网"


def test_a_link_repeating_the_title_is_no_headline():
    body = "<a href='/a'>城郊蔬菜基地迎来采收旺季</a><p>2025-12-01 09:00</p><p>城郊蔬菜基地迎来采收旺季</p><p>2025-12-09</p>"
    texts = dateline_texts(html_page(body, "城郊蔬菜基地迎来采收旺季 - 本网"))
    assert texts[0] == "2025-12-09"


def test_short_title_prefixes_are_site_names_not_headlines():
    body = "<div>多维博客</div><p>2006年12月27日</p>"
    assert dateline_texts(html_page(body, "多维博客 » 播客热潮迅速蔓延")) == []


# --- dates -----------------------------------------------------------------------------------------------


def test_dateline_under_a_title_matched_headline_beats_later_comment_times():
    body = (
        "<p>当前位置：首页</p><p>第四届经济学年会会议议程</p><p>2004-12-10 阅读 105 次</p><p>会议日程……</p>"
        "<p>相关评论：</p><p>发表人：550 发表时间：2004-12-11 9:51:00</p>"
    )
    assert published(body, "第四届经济学年会会议议程_秘书处") == ("2004-12-10T00:00:00+08:00", "visible-text")


def test_related_news_dates_do_not_beat_the_articles_own_date():
    article = "<h1>江苏多地要求师生暂不返校</h1><p>2022-02-13</p><p>正文第一段。</p>"
    related = "<ul><li><a href='/1'>南京开学返校要求</a> 2022-02-10 08:00</li><li><a href='/2'>另一条</a> 2022-02-09 10:00</li></ul>"
    assert published(article + related, "江苏多地要求师生暂不返校") == ("2022-02-13T00:00:00+08:00", "visible-text")


def test_us_date_with_am_pm_reads_month_first():
    body = "<p>孙丰：巴黎举行座谈会</p><p>发布日期： 9/17/2004 5:54:13 PM</p><p>正文。</p>"
    assert published(body, "孙丰：巴黎举行座谈会") == ("2004-09-17T17:54:13+08:00", "visible-text")


def test_us_date_midnight_and_noon():
    hits = date_hits("12/1/2004 12:05:00 AM 12/1/2004 12:05 PM", ZoneInfo(ZONE))
    assert [hit.value for hit in hits] == ["2004-12-01T00:05:00+08:00", "2004-12-01T12:05:00+08:00"]


def test_slashed_date_without_am_pm_is_not_read_as_month_first():
    # 7/5/2005 is 7 May in much of the world: without the 12-hour clock there is no telling.
    assert date_hits("更新 7/5/2005 21:23", ZoneInfo(ZONE)) == []


def test_date_hits_know_publication_labels():
    hits = date_hits("成文日期：2022年01月27日 发布日期：2022年01月28日 2022-01-29", ZoneInfo(ZONE))
    assert [(hit.value[:10], hit.labelled) for hit in hits] == [
        ("2022-01-27", False),
        ("2022-01-28", True),
        ("2022-01-29", False),
    ]


def test_json_ld_is_kept_against_an_unlabelled_date_near_the_headline():
    # A maintenance notice under the headline dates itself; it is not the article's publication.
    body = "<h1>金锺国</h1><p>此条目需要补充更多来源。 (2020年4月17日)请协助补充可靠来源。</p>"
    head = json_ld("2011-06-17T11:26:10Z")
    assert published(body, "金锺国 - 维基百科", head) == ("2011-06-17T11:26:10+00:00", "json-ld")


def test_labelled_dateline_beats_json_ld_of_another_day():
    # CMS templates leave stale dates in JSON-LD; the dateline the reader sees is the article's.
    body = "<h1>市政协会议开幕</h1><p>发布时间：2020-04-17 10:05 来源：本网</p><p>正文。</p>"
    head = json_ld("2011-06-17T11:26:10+08:00")
    assert published(body, "市政协会议开幕", head) == ("2020-04-17T10:05:00+08:00", "visible-text")


def test_json_ld_in_utc_agrees_with_the_local_dateline_of_the_next_day():
    body = "<h1>市政协会议开幕</h1><p>发布时间：2022-02-07 07:30</p>"
    head = json_ld("2022-02-06T23:30:00Z")
    assert published(body, "市政协会议开幕", head) == ("2022-02-06T23:30:00+00:00", "json-ld")


def test_signing_date_does_not_override_the_publication_meta():
    body = "<p>关于禁止新增建设项目的通告</p><p>成文日期：2022年01月27日</p><p>发布日期：2022年01月28日</p>"
    head = '<meta name="PubDate" content="2022-01-28 00:00:00">'
    assert published(body, "关于禁止新增建设项目的通告", head) == ("2022-01-28T00:00:00+08:00", "meta")


# --- authors: what counts as the author ------------------------------------------------------------------


def test_reporter_byline_beats_the_editor():
    # On Chinese news pages the author is the reporter; the editor (责任编辑) is credited for the page.
    lines = ["正文第一段。", "正文第二段。（记者 胡晓蓉）", "责任编辑：孙重远"]
    assert author(lines) == "胡晓蓉"


def test_editor_is_the_author_when_nobody_else_is_credited():
    lines = ["正文第一段。", "正文第二段。", "（ 责任编辑：魏喆 ）"]
    assert author(lines) == "魏喆"


@pytest.mark.parametrize(
    "prose",
    [
        "上海市工商局一位工作人员昨也向记者证实，没有接到通知。",
        "据记者采访了解，该企业是生产大客车的企业。",
        "研究部的郭励弘却撰文指出，把民资置于垄断领域是以卵击石。",
        "记者了解到，该项目已经开工。",
        "记者博客 联系记者",
    ],
)
def test_reporter_in_prose_is_no_byline(prose):
    assert author(["正文第一段。", prose, "（责任编辑：刘林源）"]) == "刘林源"


def test_all_reporters_of_a_byline_are_the_author():
    assert author(["【新春走基层】", "光明日报记者 王建宏 张文攀", "土豆，听名字就土得掉渣。"]) == "王建宏 张文攀"


def test_coauthors_keep_the_pages_enumeration_comma():
    assert author(["社会资本与再就业", "执笔人：赵延东、风笑天", "近年来，下岗职工……"]) == "赵延东、风笑天"


def test_byline_spanning_two_lines_is_one_byline():
    lines = ["拆房屡出命案", "本报实习生 刘国栋 周炜", "本报记者 王燕平 方云凤", "为拆一幢房……"]
    assert author(lines) == "刘国栋 周炜 王燕平 方云凤"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("新京报记者 彭冲 山东冠县报道", "彭冲"),  # a place before 报道 is no co-author
        ("长江网10月4日讯（记者陈智 整合）国庆长假过半……", "陈智"),  # the role closing a credit
        ("本报记者罗科苏盈发自北京", "罗科苏盈"),  # glued name, then 发自
        ("作者：张三 来源：新华网", "张三"),  # the next label ends the list
        ("（实习记者 樊亮 张明超 记者惠禾）", "樊亮 张明超 惠禾"),  # consecutive credits
        ("文：眉间尺", "眉间尺"),
        ("作者：未知 责任编辑：棒棒不是糖", None),  # nobody named
    ],
)
def test_byline_names_end_where_the_credit_ends(line, expected):
    assert author(["正文第一段。", line]) == expected


def test_correspondents_count_only_without_reporters():
    # A 通讯员 is a contributor from the institution reported on; the reporter wrote the article.
    assert author(["本网讯（记者 孙喆 通讯员 马珺）入冬以来……"]) == "孙喆"
    assert author(["本站讯（职工通讯员 李琴雯 刘会）为推进党建……"]) == "李琴雯 刘会"


def test_bracketed_name_after_the_dateline_time():
    page = "<h1>劳伦斯：一个无法定义的洛克菲勒</h1><p>2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]</p><p>正文。</p>"
    assert author(["正文。"], page, "劳伦斯：一个无法定义的洛克菲勒-财经") == "黄宇"


# --- authors: essays, closings, posts, notices -----------------------------------------------------------


def test_name_line_under_the_first_body_line():
    lines = ["犬儒病(上)", " 胡平", "——当代中国的精神危机 (上)", "人心不会熄灭……"]
    assert author(lines) == "胡平"


@pytest.mark.parametrize(
    "lines",
    [
        ["网站首页", "新闻", "|", "行情"],  # a menu: no text after the word
        ["网站首页导航", "新闻", "2019-09-23 07:48", "分享"],  # a date is no text either
        ["我们今天去了海边，", "胡平", "然后回家吃饭了，很开心。"],  # the first line is a sentence
        ["犬儒病(上)", "导语", "当代中国的精神危机"],  # a heading word
        ["犬儒病(上)", "新华社", "当代中国的精神危机"],  # an organisation
    ],
)
def test_no_name_line_in_menus_sentences_and_headings(lines):
    assert author(lines) is None


def test_name_line_after_a_repeated_headline_in_the_page():
    page = (
        "<p>学术前沿 » <span>社会资本与下岗职工的再就业</span></p><p>2003-5-29 09:07</p><p>高山流水</p>"
        "<p><b>社会资本与下岗职工的再就业</b></p><p>赵延东、风笑天</p><p>近年来，下岗职工这一群体越来越引人注目。</p>"
    )
    assert author(["版块导航"], page, "社会资本与下岗职工的再就业(页 1) - 学术前沿") == "赵延东、风笑天"


def test_closing_name_in_parentheses():
    lines = ["正文第一段。", "到头来，一位自甘穷酸的外科医生。", "（袁源）", "北京大学医学部新闻中心"]
    assert author(lines) == "袁源"
    assert author(["正文。", "过一个廉洁的新春佳节。（常书香 马丹阳 ）"]) == "常书香 马丹阳"


@pytest.mark.parametrize(
    "last_line",
    ["- YouTube上的金锺国频道（朝鲜文）", "共产党的犬儒主义也就走到了它的极点。（待续）", "据新华社报道。（新华社）"],
)
def test_parentheses_that_are_no_closing_name(last_line):
    assert author(["正文第一段。", last_line]) is None


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>正文。</p><p><em>由海姑娘张贴 @ <a href='/p'>2005-06-14 03:25:55</a></em></p>", "海姑娘"),
        ("<p>正文。</p><p>〓 明星话题 发布时间 2005/03/15 22:36:13 by <a href='/u'>duscha</a> 〓</p>", "duscha"),
        ("<p>[随笔]警世钟</p><p>ggjjzhzz 发表于 2005-9-15 11:46:00</p><p>正文。</p>", "ggjjzhzz"),
        ("<div>楼层：第 1 楼</div><div>作者： <a href='/u'>放飞&amp;心情</a><br>振威将军</div>", "放飞&心情"),
        ("<p>正文。</p><span>作者[太小心]自己发表的最新评论</span>", "太小心"),
        ("<table><tr><td>发文机关：</td><td>吉林省人民政府</td></tr></table>", "吉林省人民政府"),
    ],
)
def test_posters_and_issuing_offices_are_authors(page, expected):
    assert author(["正文第一段。", "正文第二段。"], page) == expected


def test_prose_about_posting_is_no_poster():
    page = "<p>通知由村委会张贴在公告栏，村民随后前来查看。</p>"
    assert author(["正文第一段。", "正文第二段。"], page) is None


@pytest.mark.parametrize("meta", ["■ 该作者文章", "云南网", "L_104485", "作者：未知 责任编辑：某某"])
def test_author_metadata_that_names_no_person_is_dropped(meta):
    assert author(["正文第一段。", "正文第二段。"], meta_author=meta) is None


def test_author_metadata_naming_a_person_is_kept():
    assert author(["正文第一段。", "正文第二段。"], meta_author="Joel Spolsky") == "Joel Spolsky"


# --- through extract -------------------------------------------------------------------------------------


def test_extract_reads_a_portal_page_without_h1():
    # No <h1>: the headline is found from the <title>; the day-only dateline under it beats the
    # header's today and the related list's timed dates, the reporter beats the editor.
    paragraph = "会议安排了一天时间，让与会者去风景点游玩观赏，那一天正好是四月十五日。" * 3
    body = (
        "<div>首页 | 新闻 | 财经</div><div>2025年12月10日 星期三</div>"
        "<table><tr><td><b>城郊蔬菜基地迎来采收旺季</b></td></tr>"
        "<tr><td>2025年12月09日 来源：本网</td></tr>"
        f"<tr><td><p>{paragraph}</p><p>{paragraph}（记者 孙喆）</p><p>（责任编辑：王五）</p></td></tr></table>"
        "<ul><li><a href='/x'>另一条新闻</a> 2025-12-11 10:00</li></ul>"
    )
    article = extract(html_page(body, "城郊蔬菜基地迎来采收旺季_本地新闻_本网"), "http://127.0.0.1/a.html")
    assert (article.published_at, article.author) == ("2025-12-09T00:00:00+08:00", "孙喆")


VISIBLE_TEXT_PAGES = {
    "no_code": ("<html><body><p>一<b>二</b>三</p></body></html>", ["一", "二", "三"]),
    "json_ld_in_head": (
        '<html><head><script type="application/ld+json">{"a": 1}</script></head><body><p>正文</p></body></html>',
        ["正文"],
    ),
    "json_ld_in_body": (
        '<html><body><p>正文</p><script type="application/ld+json">{"a": 1}</script>尾</body></html>',
        ["正文", "尾"],
    ),
    "style_in_body": ("<html><body><style>p {}</style><p>正文</p></body></html>", ["正文"]),
}


@pytest.mark.parametrize(("html", "expected"), VISIBLE_TEXT_PAGES.values(), ids=VISIBLE_TEXT_PAGES.keys())
def test_visible_texts_leave_out_scripts_and_style_sheets(html, expected):
    page = Page("https://n.example/1.html", html)
    assert page.visible_texts == expected
    assert page.visible_texts == page.tree.xpath(VISIBLE_TEXT_XPATH, smart_strings=False)


def test_copyright_name_reads_the_last_copyright_line():
    texts = ["Copyright © 2019 观察者 All rights reserved", "新闻正文", "证券时报网版权所有", "返回顶部"]
    assert copyright_name(texts) == "证券时报网"
    assert copyright_name(["© 2024 example.com", "正文"]) == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("©2018 厦门市鑫鼎盛控股有限公司 闽ICP备11019844号-1", "鑫鼎盛"),
        ("Copyright © 1997-2005 Sohu.com Inc. All rights reserved.搜狐公司版权所有", "搜狐"),
        ("网易公司版权所有", "网易"),
        ("人民网版权所有", "人民网"),
        ("版权所有：中国有限公司", "中国"),
    ],
    ids=["region-and-forms", "glued-sentence-end", "company", "no-form", "short-brand"],
)
def test_copyright_name_is_the_brand_without_legal_form_and_region(line, expected):
    assert copyright_name([line]) == expected
