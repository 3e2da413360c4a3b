"""A programme's or a chapter's time opening a line belongs to the list: a brand glued after it goes,
the time and the title stay. Written for these tests: invented brands (kq3377彩票, 翎汐娛樂) and pages."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text

SCHEDULE = (
    "新闻广播 今日节目单\n"
    "本台今日节目安排如下，节目如有调整以实际播出为准。\n"
    "06:30 早间新闻\n"
    "{line}\n"
    "10:00 法治时空\n"
    "12:00 午间新闻\n"
    "14:00 城市话题：老旧小区停车难怎么解"
)


def test_a_brand_after_a_programmes_time_goes_and_the_time_stays():
    body = SCHEDULE.format(line="09:00 kq3377彩票｜健康加油站：冬季如何预防心脑血管疾病")
    assert clean_text(body).text == body.replace("kq3377彩票｜", "")


def test_gambling_fields_after_a_chapters_time_go_and_the_title_stays():
    body = SCHEDULE.format(line="00:16:45 翎汐娛樂 線上百家樂 鉸鏈與摺痕：耐用度實測")
    assert clean_text(body).text == body.replace("翎汐娛樂 線上百家樂 ", "")


def test_a_clean_schedule_is_untouched():
    body = SCHEDULE.format(line="09:00 健康加油站：冬季如何预防心脑血管疾病")
    assert clean_text(body).text == body


def test_a_venue_line_with_directions_keeps_its_landmark():
    # 分会场：, like 地址：, labels the place of the article's event; the 娱乐城 is a landmark there.
    body = (
        "本周六上午，电台将把直播间搬到城东，和听众朋友一起逛亲子市集。\n"
        "直播地点：城东家居广场北侧停车场（东二环与和平路交叉口）\n"
        "分会场：童趣娱乐城一楼中庭（家居广场对面）\n"
        "现场活动：旧书交换、儿童绘画角、社区义诊、垃圾分类小课堂"
    )
    assert clean_text(body).text == body


def test_a_keyword_list_closed_by_a_space_goes_and_the_prose_around_it_stays():
    body = (
        "本期节目教大家做一道秋冬都合适的番茄牛腩，主厨说牛腩要选带筋的。\n"
        "旁白：炖煮九十分钟后开盖收汁，翎汐国际 百家乐技巧 老虎机 捕鱼 棋牌 撒上葱花即可出锅。\n"
        "食材：牛腩800克、番茄4个、洋葱半个、姜三片、冰糖少许。"
    )
    assert clean_text(body).text == body.replace("翎汐国际 百家乐技巧 老虎机 捕鱼 棋牌 ", "")


def test_a_regulation_podcasts_chapter_on_bonus_offers_is_kept():
    body = (
        "This week we look at the new rules on gambling advertising in sport and what the white paper means.\n"
        "Guests: a public health researcher who studies gambling harm, and a former compliance officer.\n"
        "00:00 Intro and a quick recap of the white paper\n"
        "15:30 Free bets, bonus offers and the new stake limits for online slots\n"
        "27:45 Affiliate marketing: the part of the industry nobody sees\n"
        "If gambling is causing you problems, free and confidential support is available from the helpline."
    )
    assert clean_text(body).text == body


@pytest.mark.parametrize(
    "line",
    [
        "经查，该赌博网站提供：百家乐 老虎机 捕鱼 棋牌 涉案金额达300余万元，警方已立案侦查。",  # a report
        "赌场里常见的玩法有：百家乐 轮盘 老虎机 二十一点 游客可以参观但未满21岁不得入场。",  # a guide: no site named
    ],
)
def test_a_list_of_games_closed_by_a_space_without_a_site_stays(line):
    body = "澳门旅游小贴士\n" + line + "\n景区开放时间为每日9:00至18:00。"
    assert clean_text(body).text == body
