"""An invented name with a business noun (体育, 电竞, 娱乐, 真人) on a page that never speaks of the noun's
subject is a stand-in: cut as ``brand_substitution``. Pages about that subject keep it.

Written for these tests: invented names (岚汀体育, 琰渡电竞, 璟鸢娱乐, 珂驰真人) and invented pages.
"""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text
from newsclean.cleaning.domains import domain_noun, off_domain_names

TRIP = (
    "周末带孩子去哪儿？这份近郊出行清单请收好\n"
    "上周六我们去了{name}湿地公园，草坪很大，可以搭帐篷、放风筝，孩子玩了一整天。\n"
    "公园门口有停车场，周末车位紧张，建议早上九点前到。\n"
    "园内餐饮选择不多，最好自带午餐和饮用水。"
)
WEATHER = (
    "全国7月气候公报发布：平均气温创同期新高\n"
    "据{name}监测，7月全国平均气温23.9℃，较常年同期偏高1.1℃。\n"
    "南方多地出现持续高温，部分地区最高气温超过40℃。\n"
    "气象部门提醒，公众外出注意防暑降温。"
)
BASKETBALL = (
    "辽宁队主场力克浙江队 豪取三连胜\n"
    "首节比赛双方互有攻守，浙江队凭借{name}外线手感占据优势，以26比22领先。\n"
    "次节辽宁队加强内线进攻，球员轮番冲击篮下，半场结束时双方战成47平。\n"
    "下半场主队防守提升，最终以98比90取胜，赛季战绩来到12胜3负。"
)


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (TRIP, "岚汀体育"),  # a park's name taken by a sports brand, in a trip guide
        (WEATHER, "琰渡电竞"),  # a weather bureau's name taken by an esports brand
        (TRIP, "璟鸢娱乐"),
        (WEATHER, "珂驰真人"),
        (TRIP, "QORVIX电竞"),  # letters alone before the noun: an invented Latin stem
        (WEATHER, "Brelmo體育"),
    ],
)
def test_an_invented_name_out_of_its_subject_goes(page, name):
    body = page.format(name=name)
    result = clean_text(body)
    assert result.text == body.replace(name, "")
    assert [r.rule for r in result.removed] == ["brand_substitution"]


def test_a_page_about_the_nouns_subject_keeps_the_name():
    # A match report speaks of sport: a sports firm's name in it may be real, and is not judged here.
    body = BASKETBALL.format(name="岚汀体育")
    assert clean_text(body).text == body


@pytest.mark.parametrize(
    "line",
    [
        "第一中标候选人：岚汀体育发展有限公司，投标报价12,684,302元。",  # registered with its legal form
        "今年不适合做高风险投资，更别想着靠买彩票翻身，踏踏实实最重要。",  # 买彩票 is a verb and its object
        "网友戏称这里是“岚汀体育”，其实只是一块空地。",  # quoted: the text names it on purpose
        "上周六我们去了岚汀体育俱乐部，教练很耐心。",  # an institution's noun after it
        "执法人员在岚汀电竞酒店发现有未成年人入住，已责令整改。",  # a venue's noun after it
        "本项目中标单位为岚汀体育，中标金额368万元。",  # a notice's party
    ],
)
def test_names_a_page_gives_on_purpose_stay(line):
    body = TRIP.split("\n", 1)[0] + "\n" + line + "\n公园门口有停车场，周末车位紧张，建议早上九点前到。"
    assert clean_text(body).text == body


def test_a_report_on_gambling_keeps_the_platform_it_names():
    body = (
        "警方破获一起网络赌博案\n"
        "警方提醒，所谓琰渡电竞平台是境外赌博网站，市民切勿轻信。\n"
        "经查，该团伙通过社交软件招揽参赌人员，涉案金额逾千万元。\n"
        "民警提醒，网络赌博违法，切勿参与。"
    )
    assert clean_text(body).text == body


def test_the_subject_is_read_outside_the_name_itself():
    assert domain_noun("岚汀体育") == "体育"
    assert domain_noun("岚汀科技") == ""
    # 体育 inside the name is no sports word; 训练 elsewhere on the page is.
    assert off_domain_names({"岚汀体育"}, ["我们去了岚汀体育湿地公园"]) == {"岚汀体育"}
    assert off_domain_names({"岚汀体育"}, ["我们去了岚汀体育湿地公园", "周末有训练营"]) == frozenset()


def test_single_quotes_around_the_name_go_with_it():
    body = TRIP.format(name="‘岚汀体育’")
    assert clean_text(body).text == body.replace("‘岚汀体育’", "")


def test_an_invented_name_on_a_page_about_its_subject_is_the_business():
    # A show's news (节目, 演员, 导演, 歌手): the production company's name is no stand-in.
    body = (
        "综艺节目新一季开播 素人配音演员惊艳全场\n"
        "节目由琰汀娱乐与卫视联合出品，总导演表示，新一季将开放素人报名通道。\n"
        "首期嘉宾阵容：演员韩露、配音导演孙卫、歌手许朗。\n"
        "播出时间：每周五 20:20，视频平台同步上线。"
    )
    assert clean_text(body).text == body


def test_a_name_spelt_with_pinyin_for_its_noun_goes_as_a_substitution():
    # 岚枢ti育: a disguised spelling is a gambling site's, wherever it stands in a sentence.
    body = (
        "本集简介：在秦岭北麓的岚枢ti育猕猴桃合作社，种植户们第一次尝试直播卖果。\n"
        "看点一：合作社理事长算了一笔账，现在通过冷链直发，一斤能卖到四块五。\n"
        "答：参保人员年满60周岁的，可以前往社保大厅办理待遇领取手续。"
    )
    assert clean_text(body).text == body.replace("岚枢ti育", "")


PODCAST = (
    "In this episode we visit a school playground where volunteers planted 600 native saplings.\n"
    "Guest: Dr. Lena Brooks, urban ecologist\n"
    "00:00 Intro\n"
    "{line}\n"
    "36:00 Do they really cool the street? Volunteers book evening slots to water the saplings."
)


def test_a_latin_casino_name_in_a_page_that_never_speaks_of_gambling_goes():
    body = PODCAST.format(line="27:10 QUORVEX casino and community maintenance")
    assert clean_text(body).text == body.replace("QUORVEX casino ", "")  # the spaces around it collapse


@pytest.mark.parametrize(
    "line",
    [
        "27:10 Firefighters were called to the Seneca Niagara Casino just after 2am",  # a real, longer name
        "27:10 Primetime Slots will go to two new dramas",  # a capitalised word: a show's slot
    ],
)
def test_real_names_and_words_with_casino_or_slots_stay(line):
    body = PODCAST.format(line=line)
    assert clean_text(body).text == body


def test_a_casino_named_on_a_page_about_gambling_stays():
    body = PODCAST.format(line="27:10 How Marlowe Casino funds the city's gambling-harm clinics")
    assert clean_text(body).text == body


def test_a_letter_and_digit_name_with_a_noun_in_a_dealers_notice_goes():
    body = (
        "各位农户：\n"
        "kq58真人农资门市春耕用肥已到货，现将价格公布如下：\n"
        "46%大颗粒尿素 95元/袋\n"
        "地址：kq58真人农资门市（高庄镇汽车站西100米） 电话：13563218870"
    )
    assert clean_text(body).text == body.replace("kq58真人", "")


@pytest.mark.parametrize(
    "body",
    [
        # Four letters or fewer: a channel's, a team's or a venue's acronym, named on purpose; and any Latin
        # stem before 娱乐, how Chinese news names talent agencies (PLEDIS娱乐, STARSHIP娱乐).
        *(TRIP.format(name=name) for name in ("CCTV体育", "EDG电竞", "KTV娱乐", "PLEDIS娱乐")),
        BASKETBALL.format(name="QORVIX体育"),  # a Latin stem on a page about the noun's subject
        # A name a verb introduces (一个叫X的小程序) is named on purpose.
        TRIP.format(name="岚汀体育").replace(
            "上周六我们去了岚汀体育湿地公园", "上周六朋友推荐了一个叫岚汀体育的小程序，我们去了湿地公园"
        ),
    ],
)
def test_acronyms_names_on_their_subject_and_names_a_verb_introduces_stay(body):
    assert clean_text(body).text == body
