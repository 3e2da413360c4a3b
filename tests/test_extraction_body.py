"""The article body rules of ``newsclean.extraction``: tree reshaping (``prepare``), page chrome
(``chrome``) and the metadata shortcut, on small pages written for these tests.

Each test states what must stay (the article's paragraphs, captions, credits, a copyright
line at the end) and what must go (menus, related headlines, promotions, labels).
"""

from __future__ import annotations

import json

import pytest
import trafilatura

from newsclean.extraction import extract, page_metadata
from newsclean.extraction.chrome import (
    strip_cross_references,
    strip_header_chrome,
    strip_leading_navigation,
    trim_to_container,
)
from newsclean.extraction.page import article_container, parse_html
from newsclean.extraction.prepare import (
    drop_code,
    drop_comments,
    drop_screen_reader_text,
    drop_standfirst,
    join_split_bodies,
    keep_bylines,
    keep_embedded_posts,
    prepare_tree,
    script_shown_containers,
    unwrap_layout_lists,
)

URL = "https://news.example.com/2024/05/07/harbour-reopens.html"
PARAGRAPHS = [
    "The harbour reopened on Tuesday after three weeks of repairs to the storm-damaged sea wall, the port authority said.",
    "Fishing boats queued at dawn to unload their first catch since April, and the fish market stayed open until noon.",
    "Engineers replaced forty metres of the wall with concrete blocks designed to absorb the force of winter waves.",
    "The repairs cost 2.4 million euros, paid from the regional emergency fund set up after the floods of last year.",
    "Harbour master Ana Reis said the work had finished a week early thanks to calm weather in the second half of May.",
]
ZH_PARAGRAPHS = [
    "本报讯 5月7日上午，经过三周的抢修，受风暴损坏的港口防波堤修复完成，港口正式恢复通航，渔船陆续进港卸货。",
    "港务部门介绍，此次共更换了四十米长的堤段，新堤采用可消减冬季浪涌冲击的混凝土块，设计使用年限为五十年。",
    "修复工程总投资二百四十万元，资金来自去年洪灾后设立的区域应急基金，工程比原计划提前一周完成，未发生安全事故。",
]


def article_html(body: str, head: str = "", title: str = "Harbour reopens after repairs") -> str:
    """A page with ``body`` inside its <body> and ``head`` in its <head>."""
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def paragraphs_html(paragraphs: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def body_lines(html: str) -> list[str]:
    return extract(html, URL).body.split("\n")


def tree_of(html: str):
    return parse_html(html)


# --- prepare: reshaping the tree before trafilatura ---


def test_text_after_an_html_comment_inside_a_paragraph_is_kept():
    html = article_html(
        "<article><h1>Harbour reopens after repairs</h1>"
        f"<p>{PARAGRAPHS[0]} <!-- ad slot --> {PARAGRAPHS[1]}</p>{paragraphs_html(PARAGRAPHS[2:])}</article>"
    )
    body = extract(html, URL).body
    assert PARAGRAPHS[1] in body
    assert "ad slot" not in body


def test_drop_comments_keeps_the_tail_text():
    tree = tree_of("<html><body><p>before <!-- note --> after</p></body></html>")
    drop_comments(tree)
    assert " ".join(tree.xpath("//p")[0].text_content().split()) == "before after"


def test_split_article_body_is_read_whole():
    chunk = '<div class="article__body">{}</div>'
    html = article_html(
        "<main><h1>Harbour reopens after repairs</h1>"
        + chunk.format(paragraphs_html(PARAGRAPHS[:2]))
        + '<div class="ad">Advertisement</div>'
        + chunk.format(paragraphs_html(PARAGRAPHS[2:]))
        + "</main>"
    )
    lines = body_lines(html)
    assert all(text in lines for text in PARAGRAPHS)
    assert "Advertisement" not in lines


def test_a_column_laid_out_as_a_list_item_is_read_as_paragraphs():
    html = article_html(
        '<ul class="two-columns"><li class="left-main"><h3>港口恢复通航</h3>'
        + paragraphs_html(ZH_PARAGRAPHS)
        + '</li><li class="right-side"><a href="/a">热门新闻</a></li></ul>',
        title="港口恢复通航",
    )
    lines = body_lines(html)
    assert lines[: len(ZH_PARAGRAPHS)] == ZH_PARAGRAPHS


def test_unwrap_layout_lists_keeps_a_list_of_short_items():
    tree = tree_of(article_html(paragraphs_html() + "<ul><li><p>First point.</p></li><li>Second point.</li></ul>"))
    unwrap_layout_lists(tree)
    assert [item.text_content() for item in tree.iter("li")] == ["First point.", "Second point."]


def test_join_split_bodies_leaves_a_single_body_alone():
    tree = tree_of(article_html('<div class="post-content">' + paragraphs_html() + "</div>"))
    join_split_bodies(tree)
    assert len(tree.xpath("//div[@class='post-content']")) == 1
    assert len(tree.xpath("//p")) == len(PARAGRAPHS)


def test_standfirst_repeating_the_description_is_dropped():
    summary = "The sea wall is fixed and the fishing fleet is back at work after three weeks of storm repairs."
    html = article_html(
        f"<article><header><h1>Harbour reopens after repairs</h1><h2>{summary}</h2></header>{paragraphs_html()}</article>",
        head=f'<meta name="description" content="{summary}">',
    )
    lines = body_lines(html)
    assert summary not in lines
    assert lines[0] == PARAGRAPHS[0]


def test_description_that_repeats_the_first_paragraph_keeps_it():
    html = article_html(
        f"<article><header><h1>Harbour reopens after repairs</h1></header>{paragraphs_html()}</article>",
        head=f'<meta name="description" content="{PARAGRAPHS[0]}">',
    )
    assert body_lines(html)[0] == PARAGRAPHS[0]


def test_drop_standfirst_only_touches_headings_in_a_header():
    summary = "The sea wall is fixed and the fishing fleet is back at work after three weeks of storm repairs."
    tree = tree_of(
        article_html(
            f"<div class='story'><h2>{summary}</h2></div>", head=f'<meta name="description" content="{summary}">'
        )
    )
    drop_standfirst(tree)
    assert tree.xpath("//h2")


def test_embedded_tweet_is_kept_as_quoted_text():
    tweet = "The new wall looks great from the ferry this morning, well done to everyone who worked on it"
    html = article_html(
        f"<article><h1>Harbour reopens after repairs</h1>{paragraphs_html(PARAGRAPHS[:3])}"
        f'<div class="social-media-embed"><blockquote class="twitter-tweet"><p>{tweet}</p>'
        "— Port Watch (@portwatch) May 7, 2024</blockquote></div>"
        f"{paragraphs_html(PARAGRAPHS[3:])}</article>"
    )
    assert tweet in extract(html, URL).body


def test_keep_embedded_posts_removes_only_social_class_names():
    tree = tree_of(
        '<html><body><div class="story"><div class="embed-wrap"><blockquote class="twitter-tweet">'
        "<p>hello</p></blockquote></div></div></body></html>"
    )
    keep_embedded_posts(tree)
    assert tree.xpath("//div[@class='story']")
    assert not tree.xpath("//*[contains(@class, 'embed') or contains(@class, 'tweet')]")


def test_screen_reader_labels_are_dropped_and_the_caption_kept():
    caption = "Fishing boats wait to unload at the reopened harbour on Tuesday morning."
    html = article_html(
        f"<article><h1>Harbour reopens after repairs</h1>{paragraphs_html(PARAGRAPHS[:2])}"
        '<figure><img src="boats.jpg"><span class="off-screen">Image copyright</span> Port Authority'
        f'<figcaption><span class="sr-only">Image caption</span>{caption}</figcaption></figure>'
        f"{paragraphs_html(PARAGRAPHS[2:])}</article>"
    )
    body = extract(html, URL).body
    assert caption in body
    assert "Image caption" not in body
    assert "Image copyright" not in body


def test_drop_screen_reader_text_keeps_the_following_text():
    tree = tree_of('<html><body><p><span class="visually-hidden">Label</span>Printed text</p></body></html>')
    drop_screen_reader_text(tree)
    assert tree.xpath("//p")[0].text_content() == "Printed text"


def test_drop_code_keeps_json_ld():
    tree = tree_of(
        '<html><head><script type="application/ld+json">{"datePublished": "2024-05-07"}</script>'
        "<style>p {color: red}</style></head><body><script>var x = 1;</script><p>Text</p></body></html>"
    )
    drop_code(tree)
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"]
    assert not tree.xpath("//style")


def test_date_from_json_ld_survives_the_script_removal():
    html = article_html(
        f"<article><h1>Harbour reopens after repairs</h1>{paragraphs_html()}</article>",
        head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-07T09:30:00+01:00"}'
        "</script><script>window.ads = [];</script>",
    )
    assert (extract(html, URL).published_at or "").startswith("2024-05-07")


# --- chrome: lines around the article ---


def test_headline_printed_in_h1_is_dropped_even_when_the_title_differs():
    html = article_html(
        f"<article><h1>Harbour Reopens – At Last</h1>{paragraphs_html()}</article>",
        title="Harbour reopens | Example News",
    )
    assert body_lines(html)[0] == PARAGRAPHS[0]


def test_strip_header_chrome_matches_across_dash_and_case_variants():
    body = "Harbour Reopens – At Last\n" + "\n".join(PARAGRAPHS)
    assert strip_header_chrome(body, "", ["Harbour reopens - at last"]).split("\n")[0] == PARAGRAPHS[0]


def test_leading_menu_of_links_is_dropped():
    items = ["Home", "Politics", "Business", "Sport", "Culture", "Weather", "Login"]
    menu = "".join(f'<div><a href="/{item.lower()}">{item}</a></div>' for item in items)
    html = article_html(
        f"<table><tr><td>{menu}</td></tr><tr><td><h1>Harbour reopens after repairs</h1>{paragraphs_html()}</td></tr></table>"
    )
    lines = body_lines(html)
    assert not set(items) & set(lines)
    assert all(text in lines for text in PARAGRAPHS)


def test_article_opening_with_a_short_list_keeps_it():
    body = "Key points:\nWall repaired\nBoats back\nMarket open\nCost 2.4m\nDone early\n" + PARAGRAPHS[0]
    links = {"Home", "Sport"}
    assert strip_leading_navigation(body, links) == body


def test_chinese_portal_menu_is_dropped():
    items = ["首页", "新闻", "财经", "体育", "娱乐", "图片", "论坛", "登录"]
    body = "\n".join([*items, *ZH_PARAGRAPHS])
    assert strip_leading_navigation(body, set(items)).split("\n") == ZH_PARAGRAPHS


def test_a_live_blogs_first_short_entry_under_the_headline_stays_when_the_menu_goes():
    items = ["江城新闻网", "首页", "本地", "体育", "财经"]
    entries = ["09:00", "演练开始，模拟城区突降暴雨。", "09:20", "消防救援队在下穿隧道开展被困人员救援演练。"]
    body = "\n".join([*items, "【直播】全市防汛演练", *entries])
    assert strip_leading_navigation(body, set(items), ["【直播】全市防汛演练"]).split("\n")[-4:] == entries


def test_related_headlines_and_promotions_after_the_article_are_dropped():
    related = ["Ferry timetable changes for the summer season", "New lighthouse keeper appointed this week"]
    html = article_html(
        f'<article><h1>Harbour reopens after repairs</h1><div class="story-body">{paragraphs_html()}</div></article>'
        '<aside class="more">'
        + "".join(f'<p><a href="/n{i}">{text}</a></p>' for i, text in enumerate(related))
        + "</aside><div class='newsletter'><p>Get the day's top headlines delivered to your inbox every morning.</p>"
        "<p>Thanks for signing up!</p></div>"
    )
    lines = body_lines(html)
    assert lines == PARAGRAPHS


def test_edge_trim_keeps_caption_credit_and_copyright():
    caption = "Fishing boats wait to unload at the reopened harbour on Tuesday morning."
    promo = "Download our app to get the news first"
    html = article_html(
        "<article><h1>Harbour reopens after repairs</h1>"
        f"<figure><img src='b.jpg'><figcaption>{caption}</figcaption></figure>"
        f'<div class="wrap">{paragraphs_html()}</div>'
        "<p>Reporting by Ana Costa; Editing by Tom Reed</p>"
        f'<p><a href="/app">{promo}</a>, wherever you are.</p>'
        "<div>Copyright © 2024 Example News. All rights reserved.</div></article>"
    )
    lines = body_lines(html)
    assert caption in lines
    assert all(text in lines for text in PARAGRAPHS)
    assert "Reporting by Ana Costa; Editing by Tom Reed" in lines
    assert lines[-1] == "Copyright © 2024 Example News. All rights reserved."
    assert not [line for line in lines if promo in line]


def test_chinese_editor_credit_after_the_article_is_kept():
    body = "\n".join([*ZH_PARAGRAPHS, "扫一扫在手机打开当前页", "责任编辑：李楠"])
    container = "".join(ZH_PARAGRAPHS)
    assert trim_to_container(body, container).split("\n") == [*ZH_PARAGRAPHS, "责任编辑：李楠"]


def test_trim_never_swaps_the_article_for_a_small_container():
    body = "\n".join(PARAGRAPHS)
    assert trim_to_container(body, PARAGRAPHS[0]) == body


def test_article_container_is_the_element_holding_the_prose():
    tree = tree_of(
        article_html(
            '<div class="page"><div class="story">'
            + paragraphs_html()
            + '</div><div class="side"><p><a href="/x">A teaser headline that is long enough to count</a></p></div></div>'
        )
    )
    assert article_container(tree).get("class") == "story"


def test_cross_reference_lines_are_dropped_and_prose_kept():
    links = {"Ferry timetable changes for the summer season", "Lighthouse keeper appointed"}
    body = "\n".join(
        [
            PARAGRAPHS[0],
            "Read more: Ferry timetable changes for the summer season",
            "More than 40 boats use the harbour every day, the authority said.",
            "You may also like",
            "Lighthouse keeper appointed",
            PARAGRAPHS[1],
        ]
    )
    assert strip_cross_references(body, links).split("\n") == [
        PARAGRAPHS[0],
        "More than 40 boats use the harbour every day, the authority said.",
        PARAGRAPHS[1],
    ]


def test_related_label_inside_prose_is_prose():
    body = "Related issues were raised by the fishermen at the meeting on Monday evening."
    assert strip_cross_references(body, set()) == body


# --- metadata: trafilatura's fields without its slow extras ---


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:title" content="Harbour reopens"><meta property="og:site_name" content="example news">'
        '<meta name="author" content="Ana Costa"><meta property="article:published_time" content="2024-05-07">',
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@type": "NewsArticle",
                "headline": "Harbour reopens",
                "datePublished": "2024-05-07",
                "author": {"@type": "Person", "name": "Ana Costa"},
            }
        )
        + "</script>",
        "",
    ],
)
def test_page_metadata_matches_trafilatura(head):
    tree = tree_of(article_html(f"<article>{paragraphs_html()}</article>", head=head))
    prepare_tree(tree)
    ours = page_metadata(tree, URL)
    theirs = trafilatura.bare_extraction(
        tree,
        url=URL,
        with_metadata=True,
        fast=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    assert (ours.title, ours.date, ours.sitename) == (theirs.title, theirs.date, theirs.sitename)
    if ours.author:  # the page-wide author search is deferred: see test_author_found_by_trafilatura_search
        assert ours.author == theirs.author


def test_author_found_by_trafilatura_search_is_still_used():
    html = article_html(
        f'<article><h1>Harbour reopens after repairs</h1><p class="byline">By Ana Costa</p>{paragraphs_html()}</article>'
    )
    # trafilatura on the page as published (keep_bylines hides the byline class from it while the body is read)
    theirs = trafilatura.bare_extraction(tree_of(html), url=URL, with_metadata=True, fast=True)
    assert theirs.author
    article = extract(html, URL)
    assert article.author == theirs.author
    assert "By Ana Costa" in article.body.split("\n")


# --- bylines: article text, which trafilatura reads as metadata ---


def test_a_byline_paragraph_stays_in_the_body():
    html = article_html(
        '<main><article><h1>Harbour reopens after repairs</h1><p class="byline">By Ana Costa, Lisbon</p>'
        + paragraphs_html()
        + "</article></main>"
    )
    lines = body_lines(html)
    assert "By Ana Costa, Lisbon" in lines
    assert lines[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_a_long_block_classed_byline_is_left_to_trafilatura():
    long_text = "By Ana Costa. " + "Read more from this author in our archive of harbour stories. " * 3
    tree = tree_of(article_html(f'<p class="byline">{long_text}</p>' + paragraphs_html()))
    keep_bylines(tree)
    assert tree.xpath("//p[@class='byline']")


def test_script_shown_containers_match_the_id_or_the_whole_class_name():
    tree = parse_html(
        '<html><body><div id="js_content" class="rich_media_content">a</div>'
        '<p class=" rich_media_content\tx">b</p><p class="rich_media_content_x">c</p>'
        '<p class="x-rich_media_content">d</p><p id="js_content2">e</p><p class="a rich_media_content">f</p>'
        "</body></html>"
    )
    # the same elements, once each and in page order, as the XPath test on every element gave
    expected = tree.xpath(
        "//*[@id='js_content' or contains(concat(' ', normalize-space(@class), ' '), ' rich_media_content ')]"
    )
    assert [e.text for e in script_shown_containers(tree)] == [e.text for e in expected] == ["a", "b", "f"]


def test_keep_bylines_unclasses_short_byline_paragraphs_only():
    tree = parse_html(
        '<html><body><p class="byline">By Daniel Wong, Hong Kong</p><p class="byline">'
        + "x" * 130
        + '</p><p class="byline"> </p><p>By nobody</p></body></html>'
    )
    kept = keep_bylines(tree)
    assert [e.text for e in kept] == ["By Daniel Wong, Hong Kong"]
    assert [p.get("class") for p in tree.iter("p")] == [None, "byline", "byline", None]


def test_parse_html_gives_every_element_the_html_element_class():
    tree = parse_html(
        "<html><body><form><label>名字</label><input name='q'><p>正文<!-- 注 --></p></form></body></html>"
    )
    assert {type(e).__name__ for e in tree.iter()} == {"HtmlElement", "HtmlComment"}
    assert tree.find(".//form").text_content() == "名字正文"


ZH_PARAGRAPHS = [
    "根据政策，个人消费者购买单价不超过6000元的手机、平板、智能手表，可按售价15%获得补贴，每件最高补贴500元。",
    "以一款官方售价5999元的手机为例，补贴后实付约5499元，多个品牌的主流机型都在补贴范围内。",
]
STEPS = ["第一步：在App中领取补贴资格", "第二步：选择参与活动的商品", "第三步：完成实名认证后下单"]


def test_a_list_of_the_articles_own_points_comes_out_with_it():
    """trafilatura drops a short list among the paragraphs; a list with no link in it is the article's."""
    items = "".join(f"<li>{step}</li>" for step in STEPS)
    html = "<html><body><div class='article'><h1>国补手机怎么买？一文看懂补贴规则</h1>" + (
        f"<p>{ZH_PARAGRAPHS[0]}</p><ul>{items}</ul><p>{ZH_PARAGRAPHS[1]}</p></div></body></html>"
    )
    assert extract(html, URL).body.split("\n") == [ZH_PARAGRAPHS[0], *(f"- {s}" for s in STEPS), ZH_PARAGRAPHS[1]]


def test_a_list_of_links_among_the_paragraphs_is_not_the_articles():
    items = "".join(f"<li><a href='/n/{i}.html'>{step}</a></li>" for i, step in enumerate(STEPS))
    html = f"<html><body><div class='article'><p>{ZH_PARAGRAPHS[0]}</p><ul>{items}</ul><p>{ZH_PARAGRAPHS[1]}</p>"
    body = extract(html + "</div></body></html>", URL).body
    assert not any(step in body for step in STEPS)


def test_a_gallerys_last_captions_are_its_text_not_trailing_furniture():
    figures = "".join(
        f'<figure><img src="/{i}.jpg" alt=""><figcaption>{i}/4 {text}</figcaption></figure>'
        for i, text in enumerate(
            [
                "傍晚的西湾大桥，车灯连成一条线。",
                "议事亭前地的灯饰吸引大批游客。",
                "氹仔旧城区的小巷，一家葡国餐厅刚刚开门。",
                "凌晨的关闸口岸，旅客排队过关。",
            ],
            1,
        )
    )
    html = article_html(
        f"<main><h1>图集｜澳门夜色</h1><p>入夜后的澳门，半岛和路氹是两种完全不同的光。</p>{figures}</main>"
    )
    body = extract(html, "http://127.0.0.1/gallery.html").body
    assert body.split("\n")[-1] == "4/4 凌晨的关闸口岸，旅客排队过关。"


def test_a_first_paragraph_ending_in_a_template_slot_is_no_photo_caption():
    from newsclean.extraction.leading import is_leading_meta

    assert not is_leading_meta("获得年度最佳叙事奖的国产解谜游戏今日宣布，手机版将于明年春季上线。{随机句子}")
    assert is_leading_meta("共享充电宝。视觉中国")
