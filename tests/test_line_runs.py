"""spam_line_run: one-link-per-line farms and private-lottery names one per line; the lists news keeps."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article, remove_spam

ARTICLE = (
    "近日，省博物馆推出宋代瓷器特展，展出汝窑、官窑、哥窑等窑口的精品一百余件，吸引大批市民前来参观。\n"
    "策展人介绍，此次特展按窑口分为五个单元，并首次展出了馆藏的三件修复完成的青瓷。\n"
)


def _rules(text: str) -> list[str]:
    return [r.rule for r in remove_spam(text).removals]


def test_a_friend_links_farm_one_link_per_line_goes_with_its_heading():
    farm = "友情链接\n华体会体育\n百家乐\n全讯网\nbet365中文\n真人荷官\nwww.dq168.vip\n"
    result = remove_spam(ARTICLE + farm)
    assert result.text == ARTICLE
    # www.dq168.vip is a brand with a call to action (www) on its own, so promo_line takes that line first.
    assert set(_rules(ARTICLE + farm)) == {"spam_line_run", "spam_block_separator", "promo_line"}


def test_a_farm_under_its_heading_needs_half_of_its_links_solid_not_half_with_the_heading():
    farm = "友情链接\nk9彩官网\n百家乐\nJQB86.cc\n龙虎斗\nlk555娱乐\n皇朝足球\n"  # 3 solid links of 6
    cleaned = remove_spam(ARTICLE + farm).text
    assert cleaned.startswith(ARTICLE)
    assert not any(word in cleaned for word in ("百家乐", "JQB86.cc", "lk555娱乐", "龙虎斗"))


def test_private_lottery_names_one_per_line_after_a_company_profile():
    stuffing = "澳洲幸运8\n极速快3\n腾讯分分彩\nSG飞艇\n幸运28\n"
    assert remove_spam(ARTICLE + stuffing).text == ARTICLE


@pytest.mark.parametrize(
    "lines",
    [
        "友情链接\n新华网\n人民网\n中国政府网\n国家统计局\n",  # friend links to government and news sites
        "iPhone\niPad\nAndroid\nTV\n",  # a product's platforms, one per line
        "双色球\n大乐透\n七星彩\n福彩3D\n",  # legal lottery games: legitimate entities
        "相关阅读\n国务院常务会议部署消费品以旧换新\n全国秋粮收购进度过半\n",
    ],
)
def test_lists_of_news_items_one_per_line_stay(lines):
    assert remove_spam(ARTICLE + lines).text == ARTICLE + lines


def test_a_police_warning_listing_scam_platforms_one_per_line_stays():
    report = (
        "警方提醒，以下平台均为诈骗网站，涉案资金已被冻结，请市民切勿下载：\n"
        "鑫濠娱乐\n金蟾体育\n天天赢彩票\n百胜棋牌\n"
        "警方表示，案件仍在进一步侦办中，提醒市民提高警惕。\n"
    )
    assert clean_article("警方公布一批网络赌博诈骗平台", report).body.text == report.strip()


def test_a_site_number_domain_inside_a_farm_goes_and_a_known_number_site_outside_stays():
    from newsclean.cleaning.blocks import _is_site_number_domain

    assert _is_site_number_domain("hx6677.com")
    assert not _is_site_number_domain("www.163.com")
    assert not _is_site_number_domain("www.12306.cn")


def test_two_digit_site_names_at_the_head_of_a_farm_go_with_it():
    farm = "友情链接\nqd77.net\n58fy.app\n汀澈体育\n滚球投注官网\nlzq88.cc\n"
    assert remove_spam(ARTICLE + farm).text == ARTICLE


def test_how_to_tags_of_a_gambling_tag_page_go():
    from newsclean.cleaning import remove_spam

    brief = "为方便居民出行，市公交集团自11月18日起新开3条社区微循环线路，连接大型居住区、地铁站和农贸市场。"
    tags = ["相关标签：", "百家乐有什么技巧", "炸金花必胜口诀", "网上棋牌哪个平台好"]
    assert remove_spam("\n".join([brief, *tags])).text.strip() == brief


def test_a_farm_of_letter_and_digit_site_names_goes_with_the_gambling_lines_beside_it():
    article = (
        "连日豪雨导致多个村庄陷入水患，截至今早已有逾两千名灾民被疏散至临时疏散中心。\n"
        "州政府宣布拨款五十万元作为紧急援助，并指示县署确保疏散中心的食物及医药供应充足。"
    )
    farm = "友情链接\nMBWIN368\nTIGA88真人\n真人百家乐\nKAYU77\n海燕国际官网"
    result = clean_article("多地水患灾民疏散", article + "\n" + farm)
    assert result.body.text == article


def test_model_numbers_one_per_line_in_a_tech_story_stay():
    body = (
        "今年下半年发布的旗舰手机中，影像和续航成为厂商比拼的重点，多款机型的价格也有所下调。\n"
        "参与本次横评的机型包括：\nMate60\nFind8\nRTX4090\n评测显示，各机型在弱光环境下的表现差距明显。"
    )
    result = clean_article("下半年旗舰手机横评", body)
    assert result.body.text == body


def test_farm_rows_spliced_into_a_results_list_go_and_the_results_stay():
    # Written for this test: three brand rows shaped like the page's own rows, in the middle of the list.
    results = ["甲级联赛第9轮赛果", "东港 3-1 西岭", "南湖 0-0 北川", "青石 2-2 白沙"]
    farm = ["瀚泓国际 | 真人娱乐", "博岚体育 | 足球投注", "赢珀电竞 | 电竞竞猜"]
    after = ["红山 1-0 金谷", "本轮过后，东港以7胜2平继续领跑积分榜。"]
    article = clean_article("", "\n".join(results + farm + after))
    assert article.is_spam is False
    assert article.body.text.split("\n") == results + after


ROUNDUP = (
    "一周要闻回顾\n"
    "◆ 国家医保局公布新版医保药品目录，新增91种药品，明年1月1日起执行。\n"
    "◆ 冰雪季开启，东北多个滑雪场提前开板迎客。\n"
    "（本栏目每周日更新）\n"
)


def test_headlines_a_farm_stole_go_with_the_links_around_them():
    # Written for this test: a farm after a roundup, each stolen headline between two of its links.
    farm = [
        "qv616体育官方入口",
        "寒潮来袭 多地气温创下今冬新低",
        "真人百家乐在线",
        "三江源国家公园雪豹数量稳中有升",
        "澜晟娱乐手机版登录",
    ]
    article = clean_article("一周要闻回顾", ROUNDUP + "\n".join(farm))
    assert article.body.text.strip() == ROUNDUP.strip()


def test_a_credit_between_two_spam_lines_stays():
    farm = "qv616体育官方入口\n责任编辑：王晓明\n澜晟娱乐手机版登录"
    article = clean_article("一周要闻回顾", ROUNDUP + farm)
    assert "责任编辑：王晓明" in article.body.text


def test_a_gambling_brand_standing_alone_as_a_banner_goes():
    text = ARTICLE.replace("\n", "\n========== 瀚铂国际 欢迎您 ==========\n", 1)
    result = remove_spam(text)
    assert result.text == ARTICLE
    assert _rules(text) == ["brand_line"]


@pytest.mark.parametrize(
    "line",
    [
        "解放路 金海岸娱乐城",  # a venue in an inspection list, its street before it
        "原创 李晓 瀚铂国际",  # a byline: the author's name beside the name
        "瀚铂国际赛事回顾",  # a heading that says something besides a name
        "银河娱乐",  # a legitimate operator heading a Macau section
    ],
)
def test_lines_that_name_more_than_a_brand_or_no_gambling_brand_stay(line):
    text = ARTICLE.replace("\n", f"\n{line}\n", 1)
    assert "brand_line" not in _rules(text)


def test_a_contact_line_under_tip_lines_goes_with_them():
    tips = "北京赛车pk10全天计划 稳赚不赔 导师一对一带单\n回血上岸找老师 倍投方案 胜率95%以上\n加微信 qz66881 进群免费领取今日计划\n"
    assert remove_spam(ARTICLE + tips).text == ARTICLE


def test_public_bodies_between_spam_links_in_a_related_links_list_stay():
    links = "相关链接\n中国政府网\n省农业农村厅\n禾澜娱乐官网\n县应急管理局\nqk58体育\n县气象局\n"
    cleaned = remove_spam(ARTICLE + links).text
    assert "县应急管理局" in cleaned
    assert "禾澜娱乐官网" not in cleaned


def test_a_banner_of_a_weak_shaped_name_and_the_sites_own_words_goes():
    text = ARTICLE.replace("\n", "\n━━━━━━ 澜砚娱乐 官方直营 ━━━━━━\n", 1)
    assert remove_spam(text).text == ARTICLE


@pytest.mark.parametrize("line", ["━━━━━━ 相关阅读 ━━━━━━", "━━━ 下载APP 官方入口 ━━━", "===== 第二部分 ====="])
def test_a_banner_naming_no_brand_stays(line):
    text = ARTICLE.replace("\n", f"\n{line}\n", 1)
    assert "brand_line" not in _rules(text)


def test_a_notices_own_contact_line_stays_above_a_block_injected_below_it():
    notice = "青少年宫寒假课程开始报名，课程包括书法、围棋和编程，每期十次课。\n报名咨询请加微信 qsng2024 或致电 0571-88886666\n"
    tips = "北京赛车pk10全天计划 稳赚不赔 导师一对一带单\n回血上岸找老师 倍投方案 胜率95%以上\n"
    assert "报名咨询请加微信 qsng2024" in remove_spam(notice + tips).text


def test_companies_named_with_an_ordinary_firms_noun_in_a_list_stay():
    text = ARTICLE + "入选企业包括：\n金鹰国际\n苏宁易购\n华润万家\n"
    assert remove_spam(text).text.strip() == text.strip()


def test_a_banner_naming_what_its_site_sells_goes_and_a_section_banner_stays():
    # Written for this test: an invented brand on a racing report's banner, beside the game it sells.
    body = (
        "11月9日，2025赛季GT锦标赛收官战在国际赛车场结束，一台赛车在第二回合中后来居上，帮助车队锁定年度总冠军。\n"
        "━━━━━━ 澜岫体育 赛车竞猜 ━━━━━━\n"
        "第二回合比赛时长60分钟，中途进站窗口开启后，冠军车组换上的新胎每圈都比对手快0.5秒以上。\n"
        "━━━━━━ 赛事回顾 ━━━━━━\n"
        "本赛季共进行6站12回合比赛，参赛车辆超过40台，创下赛事举办以来的新高。"
    )
    cleaned = remove_spam(body).text
    assert "澜岫体育" not in cleaned
    assert "━━━━━━ 赛事回顾 ━━━━━━" in cleaned
