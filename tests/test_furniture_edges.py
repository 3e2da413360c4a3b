"""The body's trailing edge: stamps, counters, bare labels, addresses, related headlines that are links and
whatever follows the editor's closing credit go; the article's own sentences, credits and an official
notice's signature stay."""

from __future__ import annotations

import pytest

from newsclean.extraction.chrome import text_key
from newsclean.extraction.furniture import is_furniture, is_link_line, strip_trailing_furniture
from newsclean.extraction.leading import is_headline_copy, strip_leading_meta

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


# The body's leading edge: what stands above the first paragraph.
FIRST = "新京报讯 2019年篮球世界杯排位赛，中国男篮以77比73战胜韩国队，保住进军东京奥运会的希望。"


@pytest.mark.parametrize(
    ("lead", "headlines"),
    [
        (
            "姚明对周琦说了啥？大魔王上下半场判若两人\n姚明场边支招周琦。视频截图",
            ["姚明对周琦说了啥？周琦上下半场判若两人"],
        ),
        ("给计算机系学生的建议", ["Joel on Software - 给计算机系学生的建议"]),
        ("共享充电宝。视觉中国 资料", []),
        ("新华社\n2020-01-03 18:13\n字号", []),
        ("昨天", []),
        ("发布时间： 2019-09-26 10:09:11\n4\n3573", []),
        ("安装财经客户端第一时间接收最全面的市场资讯→【下载地址】\n原创： 路闻卓立编译 人民币交易与研究", []),
        ("划重点：\n- 监管方从年初就在酝酿整顿。\n- 数据是命门。\n《棱镜》作者 周纯", []),
    ],
    ids=[
        "rewritten-h1",
        "title-with-site",
        "caption-shape",
        "agency-date-tool",
        "relative",
        "counters",
        "promo",
        "summary",
    ],
)
def test_leading_headline_copies_captions_stamps_promos_and_summaries_go(lead, headlines):
    assert strip_leading_meta(f"{lead}\n{FIRST}\n第二段。", headlines) == f"{FIRST}\n第二段。"


@pytest.mark.parametrize(
    "lead",
    ["编者按", "一、理解文革的一个重要内容", "Photos", "春潮声声、踔厉奋发。"],
    ids=["editors-note", "section-heading", "short-word-of-title", "opening-sentence"],
)
def test_leading_lines_of_the_article_stay(lead):
    body = f"{lead}\n{FIRST}"
    assert strip_leading_meta(body, ["Nollywood Actress Is Looking Stunning In New Photos"]) == body


def test_a_line_sharing_most_words_with_an_english_title_but_not_its_pairs_stays():
    line = "@noksutagram <The Palace: Tale of Jang Noksu> ‘2018 Welcome Daehak-ro Festival’ Performance"
    title = "[The Palace: Tale of Jang Noksu] The Beauty of Korea Revealed at ‘2018 Welcome Daehak-ro Festival’! To the Actual Scene!"
    assert not is_headline_copy(line, [text_key(title)])


def test_an_original_title_note_glued_to_the_first_paragraph_goes_alone():
    body = f"字号\n本文原标题：《定了！邮轮母港即将开通！》搭地铁去坐邮轮玩转东南亚！\n{FIRST}"
    assert strip_leading_meta(body) == f"搭地铁去坐邮轮玩转东南亚！\n{FIRST}"


@pytest.mark.parametrize(
    "line",
    [
        "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）",
        "发送邮件至news@example.cn申请加入政务号或媒体团",
        "本文为政务等机构在本网上传并发布，仅代表该机构观点，不代表本网的观点或立场，本网仅提供信息发布平台。",
        "声明：本报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
        "- 德国竟让黄之锋在联邦新闻发布厅举行记者会 2019-09-06 19:51 香港 时政",
        "看都看完了，点【在看】试试",
        "证券时报APP",
    ],
    ids=["long-promo", "email", "platform-disclaimer", "disclaimer", "stamped-two-labels", "button", "app"],
)
def test_promos_disclaimers_and_list_items_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "本文仅代表作者个人观点。",
        "저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지",
        "他表示，这一决定并不代表政府的立场，相关部门将在下周召开新闻发布会作出进一步说明。",
    ],
    ids=["authors-view", "own-copyright-with-domain", "prose-about-a-stance"],
)
def test_the_articles_own_notices_and_sentences_stay(line):
    assert not is_furniture(line)


def test_a_link_glued_to_the_last_sentence_goes_alone():
    body = f"{TEXT}转型之路，道阻且长。而眼下，在严厉表态下，可以预见的是，第三方数据行业的整顿仍将持续。返回某网首页>>"
    assert (
        strip_trailing_furniture(body)
        == f"{TEXT}转型之路，道阻且长。而眼下，在严厉表态下，可以预见的是，第三方数据行业的整顿仍将持续。"
    )


def test_a_list_heading_closes_the_article_when_mostly_headlines_and_stamps_follow():
    teaser = "十一国庆假期前，金融委召开会议，部署了一系列金融领域下一步的重点工作和任务安排。"
    items = f"为你推荐\n金融委最新定调\n{teaser}\n2019-09-30\n07:42\n点击排行\n1、\n大油田\n2、\n赴港上市"
    assert strip_trailing_furniture(f"{TEXT}{LAST}\n{items}") == f"{TEXT}{LAST}"


def test_a_list_heading_with_the_article_going_on_after_it_closes_nothing():
    body = f"{LAST}\n相关阅读\n{TEXT}{LAST}"
    assert strip_trailing_furniture(body) == body


def test_the_sites_contact_block_goes_and_a_contact_under_a_name_stays():
    block = "地 址：北京市朝阳区大屯路甲11号\n邮政编码：100101\n电 话：010-64870663\n传 真：010-64870663"
    assert strip_trailing_furniture(f"{TEXT}{LAST}\n{block}") == f"{TEXT}{LAST}"
    notice = f"{TEXT}{LAST}\n项虹 老师\n电话：022-23508981\n传真：022-23500216"
    assert strip_trailing_furniture(notice) == notice


def test_a_caption_under_the_last_paragraph_goes_and_one_inside_stays():
    caption = "2019年10月15日，沈阳，在八一公园晨练的老年人。（视觉中国）"
    body = f"{TEXT}{caption}\n{LAST}\n{caption}"
    assert strip_trailing_furniture(body, captions={caption}) == f"{TEXT}{caption}\n{LAST}"


def test_furniture_above_the_articles_credits_goes_and_the_credits_stay():
    disclaimer = "免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。"
    body = f"{TEXT}{LAST}\n{disclaimer}\n原标题：港口恢复通航\n责任编辑：郭明煜\n分享到："
    assert strip_trailing_furniture(body, {"港口恢复通航"}) == f"{TEXT}{LAST}\n原标题：港口恢复通航\n责任编辑：郭明煜"


def test_credits_printed_as_a_list_lose_their_marker():
    body = f"{TEXT}{LAST}\n- 原标题：港口恢复通航\n- 责任编辑: 刘响"
    assert strip_trailing_furniture(body) == f"{TEXT}{LAST}\n原标题：港口恢复通航\n责任编辑: 刘响"


def test_the_sites_notice_after_a_parenthesised_editor_credit_goes():
    notice = "反侵权公告：\n根据著作权法等法律法规，未经书面许可，擅自转载本报作品的，本报将依法追究其法律责任。"
    body = f"{TEXT}{LAST}\n（松花江网编辑 孙桂芳）\n{notice}\n陈律师（法律顾问）0432-62099222"
    assert strip_trailing_furniture(body) == f"{TEXT}{LAST}\n（松花江网编辑 孙桂芳）"


def test_a_copyright_and_disclaimer_heading_closes_the_article():
    notice = "① 凡本网注明“来源：本网”的所有作品，版权均属于本网，未经授权不得转载。\n③ 如因作品内容需要同本网联系的，请在30日内进行。"
    body = f"{TEXT}{LAST}\n某某网版权与免责声明：\n{notice}"
    assert strip_trailing_furniture(body) == f"{TEXT}{LAST}"


def test_an_empty_editor_slot_closes_the_article_and_a_link_glued_to_a_credit_goes():
    related = "香港警方：示威行动未发生致命事件，谴责造谣者\n港铁公司表示，因激进示威者的破坏行为，港铁公司于22点53分启动疏散程序…\n,南方都市报"
    body = f"{TEXT}{LAST}\n作者：余毅菁 向雪妮返回富达，查看更多\n责任编辑：\n{related}"
    assert strip_trailing_furniture(body) == f"{TEXT}{LAST}\n作者：余毅菁 向雪妮"
