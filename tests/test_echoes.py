"""brand_echo: a brand removed on its own evidence takes its other shapes on the same page with it."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article
from newsclean.cleaning.echoes import brands_removed, find_brand_echoes, off_subject, page_brands

STORY = "本报讯 今年全市新增就业岗位三万个，高校毕业生就业率保持在九成以上，相关部门表示将继续做好服务。"


def _rules(field) -> list[str]:
    return [r.rule for r in field.removed if r.rule not in ("whitespace", "control_char")]


def test_a_title_suffix_brand_takes_its_other_shapes_in_the_body() -> None:
    body = "\n".join([STORY, "本文关键词：澜,峤,体育,官网,app,就业,高校", "澜峤体育官网"])
    article = clean_article("全市新增就业岗位三万个_澜峤体育", body)
    assert article.title.text == "全市新增就业岗位三万个"
    assert article.body.text == STORY + "\n本文关键词：就业,高校"
    assert "brand_echo" in _rules(article.body)


def test_bracketed_and_quoted_echoes_go_with_their_brackets() -> None:
    body = "\n".join(
        [
            "【汐沐网站】集团董事长在会上介绍了今年的新能源项目进展，并回答了记者提问。",
            "会议指出，要坚持稳中求进，落实各项惠企政策，帮助企业渡过难关。",
            "上一篇：全市机关干部职工参加义务植树活动‘汐沐体育官方’",
        ]
    )
    article = clean_article("全市部署新能源项目_汐沐体育app", body)
    assert article.body.text.splitlines() == [
        "集团董事长在会上介绍了今年的新能源项目进展，并回答了记者提问。",
        "会议指出，要坚持稳中求进，落实各项惠企政策，帮助企业渡过难关。",
        "上一篇：全市机关干部职工参加义务植树活动",
    ]


def test_a_brand_the_body_gives_away_is_taken_from_the_title_too() -> None:
    body = STORY + "\n上一篇：全市高校举办春季招聘会【琮澈体育app】"
    article = clean_article("全市新增就业岗位三万个【琮澈网站】", body)
    assert article.title.text == "全市新增就业岗位三万个"
    assert "brand_echo" in _rules(article.title)


def test_no_brand_removed_no_echo() -> None:
    body = "\n".join([STORY, "海德体育官网", "本文关键词：海,德,体育,官网"])
    article = clean_article("全市新增就业岗位三万个", body)
    assert "brand_echo" not in _rules(article.body)


def test_a_stem_the_article_uses_on_its_own_is_its_subject() -> None:
    brands = page_brands({"金沙娱乐场官网"})
    lines = ["金沙中国公布第三季度业绩，收益按年增长。", "【金沙网站】公布业绩"]
    assert off_subject(brands, lines).stems == frozenset()
    assert find_brand_echoes("【金沙网站】公布业绩", off_subject(brands, lines)) == []


def test_inside_a_sentence_only_the_whole_name_goes() -> None:
    brands = page_brands({"沐鑫体育"})
    line = "通过沐鑫体育App开立个人养老金资金账户，整个过程不到五分钟。"
    assert [line[a:b] for a, b in find_brand_echoes(line, brands)] == ["沐鑫体育"]


@pytest.mark.parametrize(
    "line",
    [
        "简称“澜峤”的项目今年投产。",  # quotation marks name on purpose
        "澜峤江畔的新城区今年投产。",  # the stem as a word, with no site suffix
        "本文关键词：体育,官网,就业",  # suffixes alone spell no brand
    ],
)
def test_keeps(line: str) -> None:
    assert find_brand_echoes(line, page_brands({"澜峤体育"})) == []


def test_police_report_lines_keep_the_name() -> None:
    body = "\n".join(
        [
            "警方通报，犯罪嫌疑人通过澜峤体育官网组织网络赌博，涉案金额巨大，已被依法刑事拘留。",
            STORY,
        ]
    )
    article = clean_article("全市新增就业岗位三万个_澜峤体育", body)
    assert "澜峤体育官网" in article.body.text


def test_brands_come_only_from_brand_rules() -> None:
    assert brands_removed([("title_brand_suffix", "_澜峤体育")]) == frozenset({"澜峤体育"})
    assert brands_removed([("link_farm_line", "澜峤体育 全市新增就业岗位")]) == frozenset()


def test_a_removed_pitch_line_gives_its_brand_names_not_its_words() -> None:
    pitch = "推荐 | 澜峤娱乐app下载-澜峤娱乐官方网站-澜峤娱乐注册送彩金"
    assert brands_removed([("gambling_ad_paragraph", pitch)]) == frozenset(
        {"澜峤娱乐app下载", "澜峤娱乐官方网站", "澜峤娱乐注册"}
    )


def test_a_names_core_is_the_whole_name_inside_a_sentence() -> None:
    brands = page_brands({"澜峤娱乐app下载"})
    line = "全国大部地区气温回升，澜峤娱乐建议出行注意早晚温差。"
    assert [line[a:b] for a, b in find_brand_echoes(line, brands)] == ["澜峤娱乐"]


def test_a_brand_in_a_byline_stands_for_the_reporter_and_goes_alone() -> None:
    body = "記者翠瀾娛樂城／高雄報導\n高雄輕軌環狀線今日全線成圓通車，總長22.1公里、共設38站，串聯亞洲新灣區。"
    assert clean_article("", body).body.text.splitlines()[0] == "記者／高雄報導"


def test_a_report_quoting_a_hijacked_title_keeps_the_quote() -> None:
    body = "网站负责人找到我们：搜索出来的标题竟然变成了“XX协会_鑫澜体育官网入口”。排查后发现网站被植入了暗链。"
    assert clean_article("", body).body.text == body


def test_a_reporting_headline_keeps_the_name_it_quotes() -> None:
    title = "刑事局破獲跨境線上賭場 「鉑御娛樂城」洗錢逾30億"
    assert clean_article(title, STORY).title.text == title


WINTER = (
    "Cold weather is hard on batteries, tires and wiper blades.\n"
    "Looking for the best online casino? Quellmoor Casino offers 200 free spins and instant withdrawals.\n"
    "Replace wiper blades every six to twelve months.\n"
    "Play slots, blackjack and live roulette at Quellmoor Casino today.\n"
    "Keep an emergency kit with a blanket, flashlight and jumper cables in the trunk.\n"
)


def test_a_latin_brand_a_pitch_line_gave_away_is_looked_for_again_with_its_space() -> None:
    line = "Looking for the best online casino? Quellmoor Casino offers 200 free spins."
    assert brands_removed([("gambling_ad_paragraph", line)]) == {"quellmoor casino"}


def test_a_sentence_selling_that_latin_brand_goes_and_the_article_stays() -> None:
    # The title's suffix gives the brand away; its sentences in the body are then the page's pitches.
    body = clean_article("Getting your car ready for winter - Quellmoor Casino Free Spins", WINTER).body.text
    assert "Quellmoor" not in body
    assert "blackjack" not in body
    assert all(line in body for line in WINTER.split("\n") if line and "Casino" not in line)


def test_a_pitch_clause_spliced_after_a_clean_head_goes_and_the_head_keeps_its_full_stop() -> None:
    body = (
        "The township board is accepting applications through March 31 from landowners interested in "
        "selling easements, a program as rewarding as the daily free spins at Quellmoor Casino.\n"
        "Players who want a trusted platform can complete the Quellmoor Casino login in seconds and claim a "
        "200% welcome bonus on their first deposit.\n"
        "Application packets are available at the township office, 210 Mill Road.\n"
    )
    cleaned = clean_article("", body).body.text
    assert cleaned.startswith(
        "The township board is accepting applications through March 31 from landowners "
        "interested in selling easements.\n"
    )
    assert "Quellmoor" not in cleaned
    assert "Application packets" in cleaned


def test_a_report_on_a_real_casino_keeps_its_name() -> None:
    body = (
        "Crown Casino was fined $450 million by the regulator on Tuesday, the court heard.\n"
        "The regulator said Crown Casino had failed to stop money laundering at its Melbourne venue.\n"
    )
    assert clean_article("Crown fined", body).body.text == body.strip()
