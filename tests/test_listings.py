"""Local listings and notices (job ads, shop directories, property-office notices): short lines of their
own, so the page rules and the shape rules must tell them from a parasite page and from spam.

Written for these tests: the shops, people and numbers are invented.
"""

from __future__ import annotations

from newsclean.cleaning import clean_article, clean_text

NOTICE = [
    "关于开展冬季消防安全检查的通知",
    "各楼栋业主：物业将于12月8日至12日逐户检查燃气管道及消防器材，请各户留人配合。",
    "桂园社区物业服务中心",
]


def test_a_notice_with_a_one_link_per_line_farm_below_is_kept_and_the_farm_goes():
    farm = ["友情链接", "博澜国际", "盛泷棋牌", "汇途电竞", "百家乐", "龙虎斗", "bolan8866.vip"]
    article = clean_article("", "\n".join([*NOTICE, *farm]))
    assert article.is_spam is False
    assert article.body.text == "\n".join(NOTICE)


def test_a_farm_pasted_around_one_stolen_sentence_is_still_a_parasite_page():
    farm = ["友情链接", "博澜国际", "盛泷棋牌", "汇途电竞", "百家乐", "龙虎斗", "bolan8866.vip"]
    page = [*farm[:4], NOTICE[1], *farm[4:]]
    assert clean_article("", "\n".join(page)).is_spam is True


def test_a_tip_list_glued_after_a_job_ads_phone_number_goes_and_the_ad_stays():
    ad = ["招聘：小区门卫 60岁以下 月薪2800", "地址：清河苑北门", "联系电话：159****1120", "发布时间：12月3日"]
    spammed = [*ad[:2], ad[2] + " 加拿大28 极速快3 六合彩特码 平码 免费资料 走势图分析", ad[3]]
    article = clean_article("", "\n".join(spammed))
    assert article.is_spam is False
    assert article.body.text.replace(" \n", "\n") == "\n".join(ad)


def test_a_numbered_warning_list_of_platforms_is_no_keyword_run():
    line = "1.宏利汇国际\u30002.金樽娱乐\u30003.乐赢体育"
    assert "keyword_run" not in {r.rule for r in clean_text(line).removed}


def test_a_venue_named_like_a_casino_in_a_listings_name_field_stays():
    ad = [
        "KTV 招聘服务生",
        "店名：金港湾娱乐城（KTV）",
        "地址：滨海路与港城大道交叉口金港湾商业广场3楼",
        "待遇：服务生3800+酒水提成，包住宿。",
    ]
    assert clean_text("\n".join(ad)).text == "\n".join(ad)


def test_a_directory_items_number_is_no_sentence_end():
    lines = ["1. 老周修车行 —— 长乐路12号，营业 8:00-19:00", "2. 鑫源彩票（体彩3307号）—— 长乐路20号，营业 8:30-21:30"]
    assert clean_text("\n".join(lines)).text == "\n".join(lines)


def test_prose_before_a_business_noun_is_no_brand_and_a_messaging_app_is_no_wrapper():
    lines = [
        "本店为文化部门批准的电子游艺场所，现招机修员1名。",
        "即睇即租，可短期租約。聯絡：陳小姐 9xxx 6238（WhatsApp）",
    ]
    assert clean_text("\n".join(lines)).text == "\n".join(lines)


def test_a_partner_farm_under_a_job_ad_goes_and_the_ad_stays():
    ad = [
        "招聘：连锁药店营业员",
        "要求：中专以上学历，有药师证者优先，月薪4000-6000。",
        "门店地址：和谐路与光明街交叉口 仁心大药房",
    ]
    farm = ["合作伙伴", "鸿琨体育", "bt838体育", "真人百家乐", "体育投注"]
    article = clean_article("", "\n".join([*ad, *farm]))
    assert article.is_spam is False
    assert article.body.text == "\n".join(ad)


def test_a_betting_agents_recruitment_line_among_job_ads_goes():
    ads = [
        "招聘：超市理货员 月薪3500 包午餐",
        "要求：身体健康，能适应早晚班，有超市工作经验者优先录用。",
        "地址：和平路18号 惠民超市",
        "联系电话：138****2271",
    ]
    pitch = "招网投代理，0投资，抽水返佣，团队长每月分红，日入过万不是梦"
    result = clean_text("\n".join([*ads, pitch]))
    assert result.text == "\n".join(ads)


def test_a_police_warning_quoting_the_recruiters_words_stays():
    notice = (
        "警方提醒：近期有不法分子以“跑分手”“代收代付”“一单一结”为幌子招募人员，实为帮助网络赌博洗钱。\n"
        "出租、出借收款码和银行卡涉嫌违法犯罪，已有多名群众被依法处理，请广大市民切勿参与。"
    )
    assert clean_text(notice).text == notice


# Written for this test: a used-car dealer's listing rows (invented cars, prices and phone number).
CAR_ROWS = [
    "2020款 卡罗拉 1.2T 4.1万公里 8.96万",
    "2019款 雅阁 260TURBO 6.3万公里 12.80万",
    "2018款 途观L 330TSI 9.2万公里 15.40万",
    "车商：河西顺达二手车｜139 0571 2286",
]


def test_a_listing_of_plain_rows_with_a_farm_below_is_kept_and_the_farm_goes():
    farm = ["热门推荐", "qz520真人", "幸运飞艇开奖直播", "hq4471.top", "澳洲幸运10计划", "极速快3走势"]
    article = clean_article("二手车推荐", "\n".join([*CAR_ROWS, *farm]))
    assert article.is_spam is False
    assert article.body.text.splitlines() == CAR_ROWS


def test_plain_rows_pasted_between_farm_lines_are_still_a_parasite_page():
    farm = ["qz520真人", "幸运飞艇开奖直播", "hq4471.top", "澳洲幸运10计划", "极速快3走势", "qz520真人app"]
    page = [farm[0], CAR_ROWS[0], farm[1], farm[2], CAR_ROWS[1], farm[3], CAR_ROWS[2], farm[4], farm[5]]
    assert clean_article("", "\n".join(page)).is_spam is True
