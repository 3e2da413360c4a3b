"""A gambling site's advertorial is dropped as a page; news about a firm, a development or a site is not.

Written for these tests: invented names (骏汐体育, QORVIX娱乐, BRELWIN, 鼎昇娛樂城, 星岚娱乐集团) and pages.
"""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text

ADVERTORIALS = [
    # A press release in a site's name: an award, then its sign-up offer.
    "近日，骏汐体育在年度数字娱乐颁奖盛典上荣获“最佳体育平台”奖，骏汐体育专注为会员提供足球、篮球、电竞等赛事投注服务。\n"
    "骏汐体育负责人表示，获奖是对平台的肯定，未来将推出更多优惠回馈会员。即日起新会员注册即送88元，首存再送100%。",
    # A sponsorship told by the sponsor, its offer below.
    "QORVIX娱乐今日官宣成为某职业电竞战队的年度合作伙伴。\n"
    "合作期间，QORVIX娱乐将上线电竞专区，提供英雄联盟、DOTA2等赛事的实时竞猜。\n"
    "新用户注册即送电竞彩金38元，Sign up now and claim your bonus!",
    # English sales copy about an invented sportsbook.
    "Looking for a trusted online sportsbook? BRELWIN has quickly become one of the most popular betting sites.\n"
    "With competitive odds on football and esports, plus a live casino with baccarat, BRELWIN offers something for every player.\n"
    "New members can claim a 100% welcome bonus up to $500.\n"
    "Download the BRELWIN app today and start winning.",
]


@pytest.mark.parametrize("body", ADVERTORIALS)
def test_a_sites_advertorial_is_dropped(body):
    assert clean_text(body).is_spam


KEPT = [
    # A development named like a casino, in a property page: its name sells nothing.
    "「鼎昇娛樂城」將軍澳新盤首輪抽籤 超額認購12倍\n首輪推出218伙，折實平均呎價約15,680元。\n"
    "【鼎昇娛樂城】何文田新盤週末開放示範單位\n實用面積由320至820平方呎。",
    # A firm registered under the name, with a member offer of its own (KTV top-ups).
    "星岚娱乐集团旗下连锁KTV品牌近日推出会员储值优惠：储值500元送100元，储值金额可用于包厢消费。\n"
    "星岚娱乐集团是一家以量贩式KTV和影院为主营业务的休闲娱乐企业，目前在全国拥有门店320家。\n"
    "集团表示，今年将在二三线城市新开门店60家。",
    # A police report on a site: reporting, not selling.
    "警方通报，骏汐体育平台以“注册即送88元”为诱饵吸引用户投注，涉案金额逾千万元。\n"
    "目前，骏汐体育平台的3名运营人员已被刑事拘留，案件正在进一步侦办中。\n"
    "警方提醒，网络赌博平台“首存再送”等优惠都是陷阱。",
    # A brief of its own between a dateline and a farm's signature that name a site (half the lines): the
    # brief's own prose keeps the page an article.
    "骏汐彩票讯：\n"
    "据德国《图片报》报道，上月独中欧洲彩票1.2亿欧元头奖的彩民日前办理了兑奖手续，彩票公司说中奖者是一名退休工人。\n"
    "欧洲彩票在18个欧洲国家发售，头奖上限为1.2亿欧元。\n"
    "本文由骏汐彩票编辑整理，购彩请认准骏汐彩票官网",
]


@pytest.mark.parametrize("body", KEPT)
def test_news_about_a_firm_a_development_or_a_site_is_no_advertorial(body):
    assert not clean_text(body).is_spam


def test_a_health_notice_naming_a_word_in_capitals_with_calls_to_action_stays():
    # A name in capitals is no gambling site's by its shape: a sales call alone does not make it one.
    body = (
        "COVID加强针已在全区各社区诊所开打，COVID加强针免费接种。\n"
        "65岁以上居民可立即注册下载APP，预约COVID加强针接种时段。\n"
        "COVID咨询热线每天8时至20时开通。"
    )
    assert not clean_text(body).is_spam


@pytest.mark.parametrize(
    "body",
    [
        # Written after a review: words in capitals, a streaming app's sports channel, an operator's news.
        "UPDATE 11:05 p.m.: The winning Powerball numbers are 12, 29, 33, 41 and 52.\n"
        "UPDATE 11:20 p.m.: No ticket matched all six numbers, so the jackpot grows to $500 million.\n"
        "UPDATE 11:45 p.m.: Check your tickets: a $1 million ticket was sold in Ohio, lottery officials said.",
        "PPTV体育宣布获得新赛季英超联赛独家新媒体转播权。\n新赛季英超将于8月16日揭幕。\n"
        "PPTV体育称，新赛季380场比赛将全部高清直播，会员下载APP并登录即可观看。",
        "MELCO旗下新濠天地再度入选全球十大综合度假村排行榜。\nMELCO表示，将继续投资非博彩业务。\n"
        "MELCO今年还将推出会员积分新计划，注册会员即送积分。",
    ],
)
def test_news_naming_a_firm_in_capitals_or_a_channel_is_no_advertorial(body):
    assert not clean_text(body).is_spam
