"""headline_brand_field and tout_line: the article's own headline and sentences stay, what was glued on goes."""

from __future__ import annotations

import pytest

from newsclean.cleaning import remove_spam
from newsclean.cleaning.headlines import find_headline_fields

PARAGRAPHS = [
    "北京时间12月5日，女篮亚洲杯小组赛第二轮，中国女篮以102比51大胜对手，取得两连胜。",
    "李月汝首节就拿下12分，全场贡献22分12篮板；韩旭得到16分，替补登场的张子宇贡献14分。",
    "小组赛最后一轮，中国女篮将迎战日本女篮，争夺小组头名。",
]
HEADLINE = "女篮亚洲杯：中国队大胜对手 小组赛两连胜"


@pytest.mark.parametrize(
    "line",
    [
        f"琮澜体育(中国)官方网站-{HEADLINE}-琮澜体育app下载IOS/安卓通用版",
        f"澜峤棋牌 {HEADLINE} 璟泓电竞平台",
        f"世界杯买球app,世界杯投注平台,正规买球网站,足球投注官网,{HEADLINE}",
        f"{HEADLINE}_澜峤体育官网-APP下载",  # a title's suffix on an invented name no line rule takes whole
    ],
)
def test_the_opening_headline_keeps_its_words(line: str) -> None:
    result = remove_spam("\n".join([line, *PARAGRAPHS]))
    assert result.text.splitlines() == [HEADLINE, *PARAGRAPHS]
    assert "headline_brand_field" in {r.rule for r in result.removals}


@pytest.mark.parametrize(
    "line",
    [
        "北方多地迎来降雪|琮澜体育首页|澜峤娱乐app|百家乐在线|捕鱼游戏",  # a farm line further down
        "修车累了来放松一下，澜峤娱乐真人百家乐、龙虎斗，注册就送",  # a sentence: no headline
    ],
)
def test_lines_further_down_go_whole(line: str) -> None:
    result = remove_spam("\n".join([*PARAGRAPHS, line]))
    assert result.text.splitlines() == PARAGRAPHS


def test_an_opening_headline_naming_a_portal_or_a_firm_keeps_it() -> None:
    for line in (f"{HEADLINE}_新浪体育", f"{HEADLINE}_中国体育彩票网", f"{HEADLINE} - 华润国际"):
        assert remove_spam("\n".join([line, *PARAGRAPHS])).text.splitlines()[0] == line


def test_a_field_that_only_mentions_a_brand_is_no_gambling_field() -> None:
    line = "「琮澜体育」在一个老旧小区，新建的充电车棚里整齐排列着智能充电桩"
    assert find_headline_fields(line) == []


@pytest.mark.parametrize(
    "tout",
    [
        "竞彩推荐稳赚不赔，每日精选三场，连红28场，加微信进群免费领取今日方案。",
        "双色球下期预测：红球杀号03 11 27，蓝球定胆07 09，百期稳中，加群领取完整号码。",
    ],
)
def test_a_tip_sellers_pitch_goes(tout: str) -> None:
    result = remove_spam("\n".join([*PARAGRAPHS, tout, PARAGRAPHS[0]]))
    assert [r.rule for r in result.removals] == ["tout_line"]


def test_a_fraud_report_quoting_the_pitch_keeps_it() -> None:
    report = [
        "记者从市公安局获悉，警方近日破获一起以“竞彩推荐”为名的诈骗案，抓获犯罪嫌疑人5名。",
        "经查，该团伙在群内宣称“稳赚不赔、连红28场”，诱导受害人加微信进群领取今日方案后充值。",
        "警方提醒，所谓稳赚不赔的投注方案都是诈骗，请勿轻信。",
    ]
    assert remove_spam("\n".join(report)).removals == ()


def test_gambling_sentences_spun_into_a_paragraph_go_and_its_own_stay() -> None:
    own = [
        "活动中，谷爱凌为学员们示范了基础转弯和跳台动作，并分享了自己的训练经历。",
        "她表示，滑雪是一项需要耐心和坚持的运动，希望更多孩子爱上冰雪运动。",
    ]
    spun = "琮澜体育app下载安装是当前备受关注的话题。琮澜体育官网入口注册即送彩金是当前备受关注的话题。"
    result = remove_spam("\n".join([*PARAGRAPHS, own[0] + spun + own[1]]))
    assert result.text.splitlines() == [*PARAGRAPHS, own[0] + own[1]]


# Written for this test: invented Hong Kong property briefs and an invented brand (鼎汐娛樂城).
BRIEFS = [
    "將軍澳新盤首輪抽籤 超額認購12倍",
    "首輪推出218伙，折實平均呎價約15,680元。",
    "何文田新盤週末開放示範單位",
    "實用面積由320至820平方呎。",
]


@pytest.mark.parametrize("wrapper", ["「鼎汐娛樂城」", "【鼎汐娛樂城】"])
def test_a_bracketed_brand_before_a_clean_headline_goes_and_the_headline_stays(wrapper):
    lines = list(BRIEFS)
    lines[0], lines[2] = wrapper + lines[0], wrapper + lines[2]
    cleaned = remove_spam("\n".join(lines))
    assert not cleaned.is_spam
    assert cleaned.text.splitlines() == BRIEFS


def test_a_headline_of_figures_and_latin_words_keeps_its_words_when_fields_are_glued_on():
    # invented: a sales brief whose first line repeats the suffixed page title (lq93彩票 is invented)
    body = "双11家电GMV同比增长18%|lq93彩票-lq93彩票注册\n今年双11周期家电品类GMV达到386亿元，同比增长18.2%。"
    assert remove_spam(body).text.splitlines()[0] == "双11家电GMV同比增长18%"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("《曜汐棋牌》新能源车型保值率排行", "新能源车型保值率排行"),  # one everyday call to action: the headline's
    ],
)
def test_a_headline_with_one_everyday_call_to_action_keeps_its_words(line, kept):
    body = f"{line}\n1. 秦PLUS 三年保值率62%\n2. 埃安S 三年保值率58%\n续航、保值率和维修成本是网约车司机最关心的三项。"
    assert remove_spam(body).text.splitlines()[0] == kept


def test_a_bracketed_brand_before_nothing_but_a_sales_call_goes_whole():
    body = "《曜汐棋牌官网》,《注册送38元》\n续航、保值率和维修成本是网约车司机最关心的三项，记者走访了多家门店。"
    assert "注册送" not in remove_spam(body).text
