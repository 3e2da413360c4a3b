"""The body's trailing edge: stamps, counters, bare labels, addresses, related headlines that are links and
whatever follows the editor's closing credit go; the article's own sentences, credits and an official
notice's signature stay."""

from __future__ import annotations

import pytest

from newsclean.extraction.furniture import is_furniture, is_link_line, strip_trailing_furniture

LAST = "专家表示，相关部门将继续跟踪评估政策效果，并适时出台配套措施。"
TEXT = "记者从市交通委获悉，今年以来全市新开通公交线路十二条，优化调整线路三十余条，方便市民出行。\n" * 3


@pytest.mark.parametrize(
    "line",
    [
        "- 2019年09月07日",
        "- 09:02",
        "7小时前",
        "- 20,566",
        "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)",
        "责任编辑：",
        "全球站点：",
        "Trackback: http://tb.example.net/TrackBack.aspx?PostId=1",
        "Download: http://po.example/TP_615",
        "分享让更多人看到",
    ],
    ids=["date", "time", "relative", "count", "counters", "empty-credit", "label", "trackback", "download", "share"],
)
def test_stamps_counters_labels_and_addresses_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [LAST, "责任编辑：张迪", "预祝大会圆满成功！", "（来源：新华网）"],
    ids=["prose", "credit", "exclamation", "source"],
)
def test_sentences_and_credits_are_no_such_furniture(line):
    assert not is_furniture(line)


def test_a_headline_inside_a_longer_link_or_mostly_links_is_a_link_line():
    links = {"10图 老照片：1933年的中国各地鸟瞰图", '奖金711万元！"中国诺贝尔奖"首位获奖'}
    assert is_link_line("老照片：1933年的中国各地鸟瞰图", links)
    assert is_link_line('- 138159奖金711万元！"中国诺贝尔奖"首位获奖', links)


def test_a_sentence_with_links_in_it_is_no_link_line():
    links = {"NBC Latino on Facebook", "Twitter"}
    assert not is_link_line("Follow NBC Latino on Facebook, Twitter and Instagram.", links)


def test_lines_after_the_editors_closing_credit_go_and_its_own_credits_stay():
    article = f"{TEXT}{LAST}\n责任编辑：霍琦\n（综合整理自新华社）"
    body = f"{article}\n海尔4名员工午休被开除 员工：只有30分钟午餐时间 收起\n某地新建三座公园"
    assert strip_trailing_furniture(body) == article


def test_an_editor_credit_early_in_the_body_closes_nothing():
    body = f"责任编辑：张三\n{LAST}\n第二段。\n某地新建三座公园"
    assert strip_trailing_furniture(body) == body


def test_an_official_notices_signature_and_date_stay():
    body = f"{LAST}\n特此通告。\n吉林省人民政府\n2022年1月27日"
    assert strip_trailing_furniture(body, {"吉林省人民政府"}) == body


def test_a_related_list_of_stamped_headlines_goes():
    body = f"{LAST}\n【上一篇】\n国际油价连续三日上涨\n6小时前\n本地新建三座公园\n7小时前"
    links = {"国际油价连续三日上涨", "本地新建三座公园"}
    assert strip_trailing_furniture(body, links) == LAST


def test_gambling_words_after_the_closing_credit_stay_for_the_cleaning():
    article = f"{TEXT}{LAST}\n责任编辑：霍琦"
    body = f"{article}\n百家乐平台 万博官网APP 注册送彩金\n某地新建三座公园"
    assert strip_trailing_furniture(body) == f"{article}\n百家乐平台 万博官网APP 注册送彩金"
