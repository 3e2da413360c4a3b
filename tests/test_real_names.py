"""Real names the brand rules must leave whole: section labels, places, quoted names, reports' lists."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article, clean_text

KEEPS = [
    # a roundup's section label before a line of news (综艺娱乐：), not a brand prefix
    "综艺娱乐：某卫视跨年晚会节目单公布，多位歌手将同台演出，晚会将于12月31日晚直播。",
    # a place given as directions in brackets, and a bus stop in quotes, named like a casino
    "书屋地址：城东区建设路188号（金盛国际家居北侧）二楼。",
    "乘坐12路公交车至“新世纪娱乐城”站下车，向北步行约200米即到。",
    # a quoted phrase at the end of a line is the text naming something, not a spam run glued on
    "专家解读。“网络赌博”新套路：从“稳赚计划群”到“导师带单”",
    # a place named like a casino, given in directions
    "沿建设路向北步行约200米，至富豪娱乐城东门即到。",
    # a listing's venue in its address field, with the floor it is on: a family playground named like a casino
    "3. 室内亲子乐园：蹦床、攀岩、海洋球，地点：欢乐岛娱乐城（万象汇四楼）。",
    # the same directions in traditional script
    "書屋地址：城東區建設路188號（金盛國際家居北側）二樓。",
    # a listed company whose name ends in 娱乐
    "奥飞娱乐今日发布公告称，公司前三季度实现营业收入20.1亿元，同比增长5.3%。",
]


@pytest.mark.parametrize("text", KEEPS)
def test_real_names_stay(text):
    assert clean_text(text).text == text


REPORT = (
    "警方提醒，近期多名市民在以下平台受骗，涉案金额逾百万元：\n"
    "1.宏利汇国际　2.金樽娱乐　3.乐赢体育\n"
    "民警介绍，《鑫鼎娱乐》等平台以高额返利为诱饵，受害人充值后无法提现。\n"
    "警方提醒，切勿轻信网络赌博平台，发现可疑情况及时报警。\n"
)


def test_a_police_report_keeps_its_numbered_list_and_the_names_it_quotes():
    assert clean_article("警方提醒：这些网络赌博平台都是骗局", REPORT).body.text == REPORT.strip()


def test_a_report_on_hacked_sites_keeps_the_spam_it_quotes():
    text = (
        "报告称，黑产团伙入侵网站后，常在新闻页底部批量插入“新闻标题＋博彩关键词”的拼接内容，"
        "例如“某市召开会议，澳丰国际官网，博鑫体育app下载，注册送38元”。"
    )
    assert clean_text(text).text == text


def test_a_bracketed_brand_before_a_headline_still_goes():
    assert clean_text("【开云体育官方网站】WTT总决赛：国乒包揽男女单打冠军").text == "WTT总决赛：国乒包揽男女单打冠军"


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("中广核表示，游客可前往美狮贵宾会展厅参观核电科普展，了解清洁能源。", "美狮贵宾会"),
        ("这是对吕氏贵宾会教学工作的一次全面检阅，全校师生参与其中。", "吕氏贵宾会"),
    ],
)
def test_a_substituted_brand_is_cut_exactly_not_the_words_before_it(text, brand):
    result = clean_text(text)
    assert [(r.rule, r.text) for r in result.removed] == [("brand_substitution", brand)]
    assert result.text == text.replace(brand, "")


def test_a_bracketed_site_in_traditional_script_is_a_wrapper_not_a_station():
    # 網站 is a web site; only 站 alone (车站) ends a place.
    text = "開放競爭帶來了巨大的變化。【瀾泓國際網站】外資在路氹興建大型度假村。"
    assert clean_text(text).text == "開放競爭帶來了巨大的變化。外資在路氹興建大型度假村。"


def test_a_brand_naming_the_column_it_heads_goes_with_its_bracket():
    text = "【澜弈娱乐·环球快讯】据英国《卫报》报道，英国政府公布了博彩改革配套细则。"
    assert clean_text(text).text == "据英国《卫报》报道，英国政府公布了博彩改革配套细则。"


def test_a_papers_own_column_label_stays():
    text = "【新华社·环球快讯】据英国《卫报》报道，英国政府公布了博彩改革配套细则。"
    assert clean_text(text).text == text


def test_an_invented_gambling_business_after_de_is_a_substitution():
    # Written for this test: the name stands where a restaurant's was (二楼的<餐厅>用早餐).
    text = "早餐在二楼的沁屿体育用，品种丰富，还有现切的水果。"
    result = clean_text(text)
    assert [(r.rule, r.text) for r in result.removed] == [("brand_substitution", "沁屿体育")]


def test_a_known_word_business_after_de_keeps_its_name():
    # 腾讯 is a word: 腾讯体育 is a real sports channel, not a made-up name.
    text = "比赛的转播画面来自中国的腾讯体育，解说由两位前国脚担任。"
    assert clean_text(text).text == text


def test_a_brand_in_a_persons_slot_goes_even_in_a_sentence_about_betting():
    # Written for this test: a betting site does not speak; the name stands where the analyst's was.
    text = "一家研究机构的分析师qx707真人指出，新规可能让依赖高频投注的小平台退出市场。"
    result = clean_text(text)
    assert [(r.rule, r.text) for r in result.removed] == [("brand_substitution", "qx707真人")]
    assert result.text == text.replace("qx707真人", "")


def test_a_quoted_sentence_keeps_the_name_in_its_persons_slot():
    text = "标题写着“分析师qx707真人指出新规利好”，记者核实后发现这是一条虚假新闻。"
    assert clean_text(text).text == text


def test_a_person_named_after_a_job_title_keeps_the_name():
    text = "英国博彩委员会发言人威廉姆斯表示，委员会将评估新规对投注平台的影响。"
    assert clean_text(text).text == text


def test_a_title_naming_the_site_owners_registered_company_keeps_it():
    title = "精密軸承系列產品介紹｜永展國際企業股份有限公司"
    assert clean_article(title, "本公司生產各類精密軸承，產品遠銷歐美市場，歡迎來電洽詢。").title.text == title


def test_a_police_report_with_one_injected_link_farm_line_loses_the_line_not_the_page():
    body = (
        "警方通报，近日成功打掉一个利用“鑫濠娱乐”网站组织网络赌博的犯罪团伙，抓获犯罪嫌疑人12名。\n"
        "经查，该团伙以“注册送彩金”为诱饵，吸引群众在平台充值参赌，涉案流水达3000余万元。\n"
        "相关阅读:万博官网APP,AG真人平台登录,必威体育官网,开云体育app下载\n"
        "警方提醒，网络赌博没有赢家，广大群众切勿轻信高额返利宣传。\n"
    )
    article = clean_article("警方打掉一网络赌博犯罪团伙", body)
    assert article.is_spam is False
    assert [r.rule for r in article.body.removed if r.text.strip()] == ["link_farm_line"]


@pytest.mark.parametrize(
    "line",
    [
        "📍地址：东湖路188号金悦汇娱乐城B1—4F",  # an address naming a venue like a casino
        "▲金悦汇娱乐城外景 图：小北 摄",  # a credited caption
    ],
)
def test_an_address_and_a_credited_caption_stay(line):
    body = "新开业的综合体昨日迎来首批市民，现场人气很旺，周边交通也做了相应调整。\n" + line
    assert clean_text(body).text == body


def test_a_wechat_read_more_link_is_no_list_heading():
    body = "新开业的综合体昨日迎来首批市民，现场人气很旺，周边交通也做了相应调整。\n阅读原文\ndz5599.vip"
    assert clean_text(body).text.split("\n")[-1] == "阅读原文"


def test_hong_kong_and_taiwan_betting_jargon_counts():
    from newsclean.cleaning.features import measure_line

    assert measure_line("利昇外圍 英超波膽 信用投注 即時出糧", 0).score >= 9
    assert measure_line("今彩539 版路分析 獨支明牌 老師報牌", 0).score >= 6
    assert measure_line("世界盃外圍賽 港隊今晚出戰", 0).score <= 1  # qualifiers are 外圍賽
