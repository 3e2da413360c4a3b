"""Fluent injections in county and trade news: what goes and what the article keeps (holdout 18's families).

Examples are written here, not copied from the corpus: each stands for a class of text.
"""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article, clean_text

LEAD = "今年全县计划新建高标准农田3.5万亩,涉及9个镇46个村,主要实施土地平整和灌溉排水等工程。\n"


@pytest.mark.parametrize(
    ("paragraph", "pitch"),
    [
        # a pitch spliced between two sentences whose only call-to-action word is ordinary prose (十大, 配送)
        (
            "二手市場方面,上月十大屋苑共錄得約420宗買賣,按月微升。鑫濠娛樂線上百家樂,首儲送千元。"
            "有代理表示,息口回落令買家信心略為改善,但業主議價空間仍大。",
            "鑫濠娛樂線上百家樂,首儲送千元。",
        ),
        (
            "随着生鲜电商持续扩张,冷链仓储需求快速增长,多家企业加快布局配送网络。"
            "业内人士透露,不少从业人员下班后会到澜鼎娱乐城放松,平台出款稳定,首充再送30%。"
            "多家物流企业今年宣布扩建低温物流中心,抢占生鲜配送市场。",
            "业内人士透露,不少从业人员下班后会到澜鼎娱乐城放松,平台出款稳定,首充再送30%。",
        ),
    ],
)
def test_a_pitch_spliced_into_a_paragraph_goes_and_its_sentences_stay(paragraph, pitch):
    assert clean_text(LEAD + paragraph).text == LEAD + paragraph.replace(pitch, "")


def test_a_pitch_paragraph_of_calls_to_action_still_goes_whole():
    line = "扫码下载澜鼎娱乐APP,注册即送88元体验金。每天登录领取彩金,充值返利无上限。"
    assert clean_text(LEAD + line).text.strip() == LEAD.strip()


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        ("高标准农田建设现场(图片来源:鼎沣彩票官网)", "高标准农田建设现场"),
        ("村民在田间采摘春茶(图/澜鼎体育)", "村民在田间采摘春茶"),
    ],
)
def test_a_caption_signed_by_a_gambling_site_loses_the_credit_not_its_words(caption, kept):
    assert clean_text(LEAD + caption).text == LEAD + kept


def test_a_caption_credited_to_the_welfare_lottery_stays():
    body = LEAD + "开奖现场(图片来源:中国福利彩票)"
    assert clean_text(body).text == body


def test_a_classified_ad_for_a_venue_with_street_address_and_phone_keeps_its_name():
    body = (
        "【开业】银河湾娱乐城(KTV·自助餐·桌球)本周六开业,包厢八折,地址:县城滨河路88号,订房电话:0917-6612888。\n"
        "【招聘】县城某连锁超市招聘收银员、理货员各5名,包吃住,月薪3500元起,联系电话:138****6620。"
    )
    assert clean_text(body).text == body


def test_a_substituted_brand_with_a_web_address_still_goes():
    line = "记者从瓴赢体育获悉,全县今年将新建高标准农田3.5万亩,网址:www.ly88.com。"
    assert "瓴赢体育" not in clean_text(line).text


@pytest.mark.parametrize(
    ("line", "brand"),
    [
        ("记者从ZOLVARK娱乐了解到,全县今年将新建高标准农田3.5万亩。", "ZOLVARK娱乐"),
        ("本次培训由kv909体育牵头,县农业农村局组织实施。", "kv909体育"),
    ],
)
def test_a_latin_brand_in_an_organisations_slot_is_cut_exactly(line, brand):
    assert clean_text(LEAD + line).text == LEAD + line.replace(brand, "")


@pytest.mark.parametrize(
    "line", ["记者从PP体育获悉,本赛季中超联赛将于3月1日开幕。", "记者从ESPN体育了解到,比赛将如期举行。"]
)
def test_a_broadcasters_short_latin_name_in_an_organisations_slot_stays(line):
    assert clean_text(LEAD + line).text == LEAD + line


def test_a_listed_company_named_in_full_keeps_its_short_name():
    body = (
        "在香港上市的综合度假村运营商澳峰娱乐控股有限公司昨日公布中期业绩,期内净收益按年增长14%。\n"
        "董事会宣布派发中期股息每股0.12港元,管理层预计下半年访客量将进一步恢复。\n"
        "消息公布后,澳峰娱乐股价早盘一度上涨3.6%。"
    )
    assert clean_article("澳峰娱乐公布中期业绩", body).body.text == body


def test_a_short_name_without_its_company_in_the_text_is_still_a_substitution():
    body = LEAD + "消息公布后,澳峰娱乐相关负责人表示,将继续加大投入。"
    assert "澳峰娱乐" not in clean_text(body).text


STORY = (
    "县里依托电商产业园,已累计培训农村电商人才1800余人次,培育本土主播120余名。\n"
    "今年以来,全县农产品网络零售额达到4.6亿元,同比增长28%。\n"
)


def test_a_comment_block_of_platform_pitches_goes_with_its_heading():
    comments = (
        "热门评论\n"
        "用户5512:笋干收到了,顺便说一句,澜鼎体育看球下注真的稳。\n"
        "山里娃:澜鼎体育官网注册送88,我表哥天天在上面玩。\n"
        "用户3307:求澜鼎体育邀请码!"
    )
    article = clean_article("农产品搭上电商快车", STORY + comments)
    assert article.body.text.strip() == STORY.strip()
    assert {r.rule for r in article.body.removed if r.text.strip()} == {"comment_pitch"}


def test_real_replies_and_their_heading_stay_when_one_reply_pitches():
    comments = (
        "网友评论\n"
        "网友“云雾山下”:明前茶真香,今年一定回老家带几斤。\n"
        "网友“阿杰”:楼上说的K8娱乐确实靠谱,新人注册送的彩金我已经提出来了。"
    )
    text = clean_text(STORY + comments).text
    assert "网友评论" in text
    assert "明前茶真香" in text
    assert "K8娱乐" not in text


# Comments as apps print them: a header line (handle, time, IP属地) and the reply on the line below.
HEADED_COMMENTS = (
    "网友评论\n"
    "骑车上班的老周　2小时前　IP属地：江西\n"
    "笋干收到了，比超市的香。\n"
    "qm778体育官方客服　1小时前　IP属地：广东\n"
    "说得好👍\n"
    "山里娃　40分钟前　IP属地：江西\n"
    "明年还想去采茶，有没有人一起？"
)


def test_a_platforms_account_under_a_comment_heading_goes_with_its_reply():
    text = clean_text(STORY + HEADED_COMMENTS).text
    assert "qm778" not in text
    assert "说得好" not in text
    for own in ("骑车上班的老周", "笋干收到了，比超市的香。", "山里娃", "明年还想去采茶，有没有人一起？"):
        assert own in text


def test_a_headed_reply_that_pitches_goes_and_a_readers_sentence_with_a_pitch_glued_on_keeps_its_words():
    comments = (
        "网友评论\n"
        "热心市民0417　IP属地：河南\n"
        "下雨天在家没事，来榕川娱乐城玩捕鱼电玩，充值秒到，注册领68元\n"
        "接娃的奶奶　IP属地：四川\n"
        "这个天桥早该加电梯了，我每天背着孙子爬上爬下。更多精彩尽在qz58体育，手机下载即送彩金"
    )
    text = clean_text(STORY + comments).text
    assert "榕川娱乐城" not in text
    assert "qz58" not in text
    assert "这个天桥早该加电梯了，我每天背着孙子爬上爬下。" in text


def test_a_spam_domain_touching_han_characters_is_a_domain():
    from newsclean.cleaning.shapes import spam_domains

    assert spam_domains("看不懂就别看了，来hy8866.top玩真人百家乐") == ["hy8866.top"]
    assert spam_domains("Sign up today at spinharbor-win.top") == ["spinharbor-win.top"]
    assert spam_domains("联系邮箱 press@news88.top") == []


def test_a_bracketed_section_label_and_a_warning_quoting_the_bait_stay():
    roundup = "【综艺娱乐】本周六晚，市民文化广场将举办消夏晚会，免费入场。\n"
    warning = 'Warning: fake "free spins" texts are phishing for bank details\n'
    slogan = "臉書上整天都是「娛樂城體驗金」的廣告，早該抓了。"
    assert clean_text(STORY + roundup + warning + slogan).text == STORY + roundup + warning + slogan


@pytest.mark.parametrize(
    "reply",
    [
        "球迷老张:英超这赛季太精彩了,周末去体彩店买了两注竞彩。",
        "网友:华纳娱乐的新电影不错,孩子很喜欢。",
        "市民李女士:鑫鼎娱乐就是诈骗平台,警方提醒大家千万别信。",
    ],
)
def test_replies_about_lottery_film_firms_or_scam_warnings_stay(reply):
    body = STORY + "网友评论\n" + reply
    assert clean_text(body).text == body


def test_a_related_reading_block_of_headlines_glued_to_a_platform_goes_whole():
    block = (
        "推荐阅读\n"
        "77hx真人|基层医疗卫生服务能力提升年行动启动\n"
        "77hx真人|慢性病患者长处方政策扩围\n"
        "77hx真人|村卫生室纳入医保定点管理"
    )
    article = clean_article("家庭医生签约服务提质扩面", STORY + block)
    assert article.body.text.strip() == STORY.strip()
    assert "related_block_item" in {r.rule for r in article.body.removed}


def test_a_real_related_reading_list_stays():
    block = "相关阅读\n基层医疗卫生服务能力提升年行动启动\n慢性病患者长处方政策扩围\n村卫生室纳入医保定点管理"
    assert clean_text(STORY + block).text == STORY + block


def test_a_partner_links_heading_goes_with_its_farm():
    farm = "合作伙伴:\n翎羽真人\n云鲸体育\nvz365体育\n捕鱼游戏"
    assert clean_text(STORY + farm).text.strip() == STORY.strip()


PARAGRAPH = "县交通运输局相关负责人介绍,共配中心投用后,快件从县城到村级服务站的时间缩短至24小时以内。"


def test_a_pitch_sentence_spliced_into_a_clean_paragraph_goes():
    pitch = "想体验更刺激的玩法,就上kq58彩票,一分钟一期,稳赚不赔。"
    article = clean_article("县级寄递物流共配中心投用", STORY + PARAGRAPH + pitch)
    assert article.body.text == STORY + PARAGRAPH
    assert [r.rule for r in article.body.removed if r.text.strip()] == ["spliced_pitch"]


def test_a_pitch_naming_a_weak_brand_with_offer_words_goes():
    # Written for this test: 电竞 alone makes no brand (many real teams carry it); 首注包赔 only offers use.
    pitch = "看联赛就上澈羽电竞，全场串关1.8倍起，新人首注包赔！"
    article = clean_article("县级寄递物流共配中心投用", STORY + PARAGRAPH + pitch)
    assert article.body.text == STORY + PARAGRAPH


def test_a_sentence_on_a_real_esports_team_stays():
    sentence = "据悉，狼牙电竞俱乐部宣布与两名选手完成续约，新合同将持续至2027赛季结束。"
    article = clean_article("县级寄递物流共配中心投用", STORY + PARAGRAPH + sentence)
    assert article.body.text == STORY + PARAGRAPH + sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a venue named like a casino, located in the sentence: no pitch word besides its name
        "执法人员发现位于解放路的金海岸娱乐城存在安全出口被锁闭等问题。",
        # bookmakers as odds sources: only words news prints too (赔率, 博彩公司)
        "赛前,立博和Bet365等博彩公司给出的阿森纳主胜赔率为1.57。",
    ],
)
def test_a_sentence_naming_a_venue_or_a_bookmaker_without_a_pitch_stays(sentence):
    body = STORY + PARAGRAPH + sentence
    assert clean_text(body).text == body


def test_a_casino_results_report_keeps_its_sentences():
    body = (
        "澳门博彩业上半年博彩毛收入按年增长15%,中场博彩收益恢复至疫情前九成。\n"
        "董事会宣布派发中期股息每股0.12港元,管理层预计下半年访客量将进一步恢复。"
        "旗下濠峰娱乐场的百家乐赌台收益按年增长12%,贵宾厅下注额仍低于疫情前。"
    )
    assert clean_text(body).text == body


@pytest.mark.parametrize(
    ("lead", "fake"),
    [
        # an attribution keeps its own words: exactly the name goes (据综合报道 is the article's clause)
        ("据瓴赢娱乐综合报道,近日,市应急管理局组织专家组对全市23家非煤矿山企业开展安全检查。", "瓴赢娱乐"),
        # a dateline's 讯 alone at the line's start says nothing: it goes with the name
        ("kx365体育讯 开学季来临,县市场监督管理局组织执法人员对全县学校食堂开展食品安全检查。", "kx365体育讯 "),
        # an invented firm-like name (X国际) as the source of a report
        ("据澜泓国际报道,近日,市应急管理局组织专家组对全市23家非煤矿山企业开展安全检查。", "澜泓国际"),
    ],
)
def test_a_brand_as_the_leads_source_is_cut_exactly(lead, fake):
    assert clean_text(lead + "\n" + STORY).text == lead.replace(fake, "") + "\n" + STORY.strip()


def test_a_real_source_keeps_its_attribution():
    lead = "据新华社报道,近日,市应急管理局组织专家组对全市23家非煤矿山企业开展安全检查。"
    assert clean_text(lead + "\n" + STORY).text == lead + "\n" + STORY.strip()


# Written for these tests: an invented brand (岚鲸体育) whose title suffix proves it spam on this page.
PITCH_TITLE = "县级寄递物流共配中心投用_岚鲸体育官网"


@pytest.mark.parametrize(
    "pitch",
    [
        # three calls to action around the brand: a line rule's sell (gambling_ad_paragraph) on any page
        "不少网友表示，岚鲸体育平台的赛事数据更新及时，注册后即可领取新人礼包。",
        # one call to action: the title carrying the brand makes it a pitch (brand_pitch)
        "不少网友表示，岚鲸体育平台的赛事数据更新及时，注册后即可参与竞猜。",
    ],
)
def test_a_sentence_selling_a_brand_the_title_carried_goes_whole(pitch):
    article = clean_article(PITCH_TITLE, STORY + pitch + "\n" + PARAGRAPH)
    assert article.body.text.strip() == (STORY + PARAGRAPH).strip()


def test_a_soft_sell_of_the_brand_the_title_carried_is_a_brand_pitch():
    pitch = "不少网友表示，岚鲸体育平台的赛事数据更新及时，注册后即可参与竞猜。"
    assert "brand_pitch" in {r.rule for r in clean_article(PITCH_TITLE, STORY + pitch + "\n" + PARAGRAPH).body.removed}
    # without the title's word for it, one call to action does not make the sentence a pitch
    assert pitch in clean_article("县级寄递物流共配中心投用", STORY + pitch + "\n" + PARAGRAPH).body.text


def test_a_sentence_talking_odds_about_the_brand_goes_whole():
    pitch = "有分析称，岚鲸体育凭借高赔率和多样化的玩法，已成为越来越多球迷的首选。"
    article = clean_article(PITCH_TITLE, STORY + pitch + "\n" + PARAGRAPH)
    assert pitch not in article.body.text
    assert PARAGRAPH in article.body.text


def test_a_sentence_the_brand_was_substituted_into_loses_only_the_name():
    # 选送, 推荐: everyday calls to action, one is no pitch; the sentence is the article's own.
    sentence = "主办方岚鲸体育相关负责人表示，将从各社区选送的节目中评选出30个优秀节目。"
    article = clean_article(PITCH_TITLE, STORY + sentence)
    assert "主办方相关负责人表示，将从各社区选送的节目中评选出30个优秀节目。" in article.body.text
    assert "brand_pitch" not in {r.rule for r in article.body.removed}


def test_a_brand_never_removed_on_the_page_makes_no_pitch():
    sentence = "不少网友表示，岚鲸体育平台的赛事数据更新及时，注册后即可领取新人礼包。"
    article = clean_article("县级寄递物流共配中心投用", STORY + sentence)
    assert "brand_pitch" not in {r.rule for r in article.body.removed}


def test_a_police_report_on_the_brand_keeps_its_sentences():
    report = (
        "警方通报，岚鲸体育平台以注册即可领取新人礼包为诱饵，诱骗群众参与网络赌博。\n"
        "民警提醒，所谓高赔率、即可领取彩金均是骗局，涉案资金已被冻结。\n"
        "据介绍，该平台注册后即可领取新人礼包，玩法多样，已有多人受骗。"
    )
    article = clean_article("警方破获岚鲸体育网络赌博案_岚鲸体育官网", report)
    assert article.body.text == report


def test_a_pitch_clause_before_a_comma_goes_and_the_prose_clause_after_it_stays():
    # Written for this test: a pitch glued by a comma to the article's own sentence.
    own = "年轻人成为夜宵消费主力，二十五岁至三十五岁的用户贡献了六成订单。"
    line = "夜宵配球赛更过瘾，澜汐ti育全场zhen人直播，新人首存送彩金，" + own
    result = clean_text(STORY + line)
    assert result.text == STORY + own


def test_a_pitch_clause_going_on_with_a_call_to_action_goes_whole():
    line = "推荐你用kv58彩票app，中奖自动到账，提款秒到，注册就送18元，比跑体彩中心方便多了。"
    assert line not in clean_text(STORY + line + "\n" + PARAGRAPH).text


@pytest.mark.parametrize(
    ("own", "pitch", "after"),
    [
        (  # the article's own promotion (a shopping app's coupons) before a pitch in the same register
            "活动期间，新用户下载拾光优选APP并注册，可领取满99减20等多张优惠券。",
            "据悉，澜汐体育官方平台同步推出春季回馈，新会员注册即可领取最高888元体验金，首存再送100%。",
            "老用户参与“每日逛店”任务，可累计兑换无门槛券，优惠力度为历年最大。",
        ),
        (  # a short sentence before a pitch, in a paragraph with prose of its own
            "据介绍，该功能目前已覆盖国内全部航线。",
            "此外，澜汐体育也上线了“一键存款”，新会员首存即送58元彩金。",
            "橙意出行表示，下一步将把一键退改扩展到国际航线和酒店订单。",
        ),
    ],
)
def test_a_paragraphs_own_sentences_around_a_pitch_stay(own, pitch, after):
    assert clean_text(STORY + own + pitch + after).text == STORY + own + after


def test_grammar_before_a_site_word_is_no_brand():
    sentence = "用戶可於官方網站或門市登記，安裝服務一般可於三個工作天內完成。粉丝可在官网预约门票。"
    assert clean_text(STORY + sentence).text == STORY + sentence


def test_a_short_clause_of_the_articles_own_after_a_pitch_stays():
    pitch = "另外，澜汐国际娱乐为每位新用户准备了58元无门槛彩金，扫码即领，提款秒到账。"
    own = "报名成功后将收到短信确认。"
    result = clean_text(STORY + pitch + own + "\n" + PARAGRAPH)
    assert result.text == STORY + own + "\n" + PARAGRAPH


def test_a_short_slogan_leading_into_a_pitch_goes_with_it():
    note = "【编者按】文明实践，重在参与。本期特别推荐澜汐娱乐，新老会员每日登录即可领取彩金，详情请搜索澜汐娱乐官网。"
    result = clean_text(note + "\n" + STORY + PARAGRAPH)
    assert result.text.strip() == (STORY + PARAGRAPH).strip()


# Written for these tests: an English local story, and an invented slot site.
EN_STORY = (
    "The county council approved a new footbridge over the river on Tuesday, ending a decade of debate.\n"
    "Construction is expected to start in spring and take about eighteen months, the council said.\n"
)


def test_an_ads_question_hook_goes_with_its_pitch():
    # Written for this test: the ad opens on a question to the reader; hook and pitch are one injection.
    ad = "Stuck at home this weekend? Sign up at Brantoll Casino and claim 50 free spins with your first deposit."
    assert clean_text(EN_STORY + ad).text.strip() == EN_STORY.strip()


def test_a_question_in_a_story_stays_when_a_pitch_follows_a_longer_paragraph():
    line = (
        "Will the bridge open on time? Engineers say the schedule holds. "
        "Sign up at Brantoll Casino and claim 50 free spins with your first deposit."
    )
    cleaned = clean_text(EN_STORY + line).text
    assert "Will the bridge open on time? Engineers say the schedule holds." in cleaned
    assert "Brantoll" not in cleaned


def test_an_english_offer_with_no_call_to_action_goes():
    offer = "Much like the river, your bankroll can bounce back too: Vellora Slots hands returning players "
    offer += "50 free spins every Monday with zero wagering."
    result = clean_text(EN_STORY + offer + "\nResidents can view the plans at the library until Friday.")
    assert offer not in result.text
    assert EN_STORY in result.text


def test_a_regulators_report_on_such_offers_stays():
    report = (
        "The Gambling Commission fined Vellora Slots for advertising free spins with zero wagering to self-excluded players.\n"
        "The regulator said the operator's deposit bonus adverts broke the rules on three occasions.\n"
        "The operator has until March to change its marketing, the commission said."
    )
    assert clean_text(report).text == report


def test_an_english_partners_heading_goes_with_its_farm():
    farm = "Useful resources\nVellora Slots casino\nnon gamstop casinos\nfree spins no deposit\nlive roulette online"
    assert clean_text(EN_STORY + farm).text.strip() == EN_STORY.strip()


# A whole sales page in English: every line sells in a seller's voice, none stands out from the rest.
EN_DOORWAY = (
    "Searching for the best crypto casinos this year? You have landed in the right place.\n"
    "Our experts compared over 90 online casinos for their free spins, deposit bonuses and payout speed.\n"
    "Top 3 Crypto Casinos\n"
    "1. Ferrowind Casino – 150 free spins on sign-up\n"
    "2. Quillmoor Slots – 40 spins, 30x wagering\n"
    "3. Tamberlo Casino – $20 free chip\n"
    "To claim your bonus, create an account, confirm your email and enter the code at the cashier.\n"
    "18+ only. Terms apply."
)


def test_an_english_casino_listicle_in_a_sellers_voice_is_dropped_as_a_page():
    result = clean_article("Best Crypto Casinos 2026", EN_DOORWAY)
    assert result.is_spam


def test_a_help_page_that_says_you_about_gambling_stays():
    help_page = (
        "If gambling is causing problems for you or someone close to you, free and confidential help is available.\n"
        "Speak to your GP about local treatment options, or call the national helpline, open every day of the year.\n"
        "Support groups meet on Tuesday evenings at the community centre on Mill Lane."
    )
    result = clean_article("Where to get help with gambling", help_page)
    assert not result.is_spam
    assert result.body.text == help_page


def test_an_offer_with_no_known_brand_goes_when_its_offer_words_run_through_the_line():
    offer = "Slot gacor hari ini gampang maxwin di Rodakilat77, deposit pulsa tanpa potongan."
    result = clean_text(EN_STORY + offer)
    assert offer not in result.text
    assert EN_STORY.strip() in result.text


def test_a_security_report_quoting_the_offer_words_stays():
    report = (
        'Attackers compromise old sites and publish pages stuffed with phrases like "free spins", '
        '"no deposit bonus" and "slot gacor", researchers found.\n'
        "The pages target search engines rather than readers, the team said."
    )
    assert clean_text(EN_STORY + report).text == EN_STORY + report


# A photo gallery's captions: the words are the article's, a brand or a site glued after them is not.
GALLERY = (
    "本组照片拍摄于三月的一个周末。\n"
    "1/5 三月的油菜花田，远处是城山日出峰。\n"
    "2/5 图为澳门新葡京酒店外景，莲花造型的塔楼是半岛天际线的标志。\n"
)


@pytest.mark.parametrize(
    ("caption", "tail"),
    [
        ("3/5 图为澳门塔下的游客", " 溯辰娱乐官网"),
        ("图4：济州城山日出峰", " | 更多美图请访问 yq8899.vip 真人视讯"),
        ("5/5 涉地可支海岸的灯塔", "，耀岬娱乐官网诚邀您体验"),
    ],
)
def test_a_tail_glued_to_a_caption_goes_and_the_caption_stays(caption, tail):
    result = clean_text(GALLERY + caption + tail)
    assert result.text == GALLERY + caption
    assert [r.rule for r in result.removed if r.text.strip()] == ["caption_tail"]


def test_a_caption_naming_a_resort_stays_whole():
    assert clean_text(GALLERY + "3/5 图为 澳门新葡京酒店外景").text == GALLERY + "3/5 图为 澳门新葡京酒店外景"


def test_a_guide_with_a_promo_line_after_every_two_paragraphs_keeps_its_paragraphs():
    guide = [
        "马尼拉老城王城区保留了西班牙殖民时期的城墙，古老的石造教堂就在城墙里面。",
        "坐三轮车绕王城一圈大约一小时，车夫会顺路讲解，价格上车前一定要谈好。",
        "王城外的公园很大，周末有很多本地家庭野餐，纪念碑前每天有卫兵换岗。",
        "晚上可以去商场附近吃饭，餐厅选择多，治安也相对好一些。",
    ]
    promos = ["zhen人bo彩 汐漫ti育 注册就送 yu乐一条龙", "汐漫ti育官网 bo彩平台 秒到账"]
    result = clean_article("马尼拉王城半日游", "\n".join([*guide[:2], promos[0], *guide[2:], promos[1]]))
    assert not result.is_spam
    assert result.body.text.split("\n") == guide


def test_a_line_written_half_in_pinyin_is_hidden_spam():
    line = "入住就送：bo彩 ti育 zhen人 三合一 加 v：ltyy5566 领取"
    result = clean_text(STORY + line)
    assert result.text.strip() == STORY.strip()


def test_an_english_pitch_sentence_after_the_paragraphs_own_goes_alone():
    own = "Back in town, book a show in advance and eat early to beat the crowds."
    pitch = " Before you fly, warm up at GlimSpin Casino and claim 200 free spins with code VEGAS200 at glimspin9.bet."
    result = clean_text(EN_STORY + own + pitch + "\nThe dam tour sells out on weekends, so book it the day before.")
    assert own in result.text
    assert "GlimSpin" not in result.text


def test_a_bloggers_explanation_of_template_syntax_keeps_its_tags():
    post = (
        "每篇游记就是一个 Markdown 文件，开头写标题和日期。\n"
        "主题模板里，文章标题用 {{ page.title }} 输出，插入图片时我写 {% asset_img night.jpg 夜景 %}。"
    )
    assert clean_text(post).text == post


def test_a_road_named_after_an_entertainment_district_stays():
    line = "地址参考：帕拉尼亚克市娱乐城大道一带，晚上交通拥堵严重，去机场至少提前三小时出发。"
    assert clean_text(STORY + line).text == STORY + line


# A job board's listings (written for these tests).
JOBS = (
    "招聘：小区保洁员2名 60岁以下 月薪2600 包午餐\n"
    "岗位职责：负责小区公共区域的日常清洁，工作时间为早上七点到下午四点，每周休息一天。\n"
    "地址：清河苑物业中心\n联系电话：1590000xxxx\n"
)


def test_an_order_brushing_job_scam_in_a_job_board_goes():
    scam = "正规刷单兼职 一单一结 本金秒返 在家手机操作 飞机：@sd_team_01"
    result = clean_text(JOBS + scam)
    assert result.text.strip() == JOBS.strip()


def test_a_whole_money_mule_recruitment_page_is_dropped():
    page = (
        "长期收码 跑分车队招人\n"
        "微信支付宝收款码均收，不碰本金，单单结。\n"
        "新人入队送教程，多开多赚，宝妈学生上班族都能做。\n"
        "车队长TG：@pf_team_01"
    )
    assert clean_article("", page).is_spam


def test_a_police_notice_quoting_the_scams_words_stays():
    notice = (
        "反诈提醒：警方近期破获一起刷单诈骗案，嫌疑人以“刷单兼职 一单一结 本金秒返”为诱饵骗取受害人钱财。\n"
        "警方提醒，凡是要求先垫付本金的兼职都是诈骗，如被骗请立即报警。"
    )
    assert clean_text(notice).text == notice


def test_an_english_recruitment_pitch_in_a_chinese_job_ad_goes_and_the_ad_stays():
    ad = "招聘：英语培训机构前台1名\n要求：大专以上，英语口语流利，会基本办公软件。\n薪资：4000-5000元，双休。\n"
    pitch = "BRAVEX Casino agent wanted – daily payout, work from phone, high commission, Telegram @bravex_hr\n"
    result = clean_article("", ad + pitch + "地址：国贸大厦16楼")
    assert not result.is_spam
    assert result.body.text == ad + "地址：国贸大厦16楼"


def test_a_reminder_signed_by_an_invented_platform_is_its_pitch_and_a_bodys_reminder_is_a_report():
    pitch = "湃泓娱乐提醒您：注册即送彩金，官网地址haipong.cc，请收藏。\n"
    warning = "消费者协会提醒，正规电商平台的新人红包不会要求先充值或下载不明App。\n"
    text = clean_text(STORY + pitch + warning).text
    assert "湃泓娱乐" not in text
    assert warning.strip() in text


def test_a_hyphenated_english_headline_is_no_title_with_a_suffix():
    from newsclean.cleaning import clean_article

    title = "Three players banned for match-fixing linked to offshore betting site"
    assert clean_article(title, EN_STORY).title.text == title


def test_a_title_suffix_after_a_spaced_tilde_goes():
    from newsclean.cleaning import clean_article

    title = "Record number of first-generation students graduate ~ Free Spins No Deposit 2026"
    assert clean_article(title, EN_STORY).title.text == "Record number of first-generation students graduate"


def test_an_event_address_naming_a_mall_called_a_casino_stays():
    line = "活动地址：滨江路88号金鼎娱乐城三楼展厅"
    assert clean_text(STORY + line).text == STORY + line


def test_a_maker_introduced_as_a_brand_keeps_its_name():
    text = (
        "北极星战队今日宣布与国产运动服饰品牌飞羚体育达成合作，后者将在未来三个赛季为战队提供比赛服。\n"
        "新队服将在下周的主场比赛中首次亮相，球迷版队服同步在飞羚体育官方旗舰店开售。"
    )
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "signature",
    [
        "转载请注明：骁峦娱乐官网 » 全省秋粮收购超186万吨 多地推出预约收购",
        "本文由朔岚体育小编整理发布，转载请注明出处。",
    ],
)
def test_a_farms_signature_after_a_credit_label_goes(signature):
    result = clean_text(STORY + signature)
    assert result.text.strip() == STORY.strip()
    assert [r.rule for r in result.removed if r.text.strip()] == ["farm_signature"]


def test_an_app_named_as_the_source_stays():
    assert clean_text(STORY + "来源：掌上体育客户端").text == STORY + "来源：掌上体育客户端"


def test_an_english_pitch_for_a_joined_name_goes_and_the_story_stays():
    pitch = "Who will win? Place your bets on the derby at PredictoBet88 for the best odds and instant payouts."
    result = clean_text(EN_STORY + pitch)
    assert result.text.strip() == EN_STORY.strip()


@pytest.mark.parametrize("line", ["qv86体·育官网入口", "网上贝者场 真亻言誉 大额无忧 认准唯一官方"])
def test_a_gambling_word_split_by_a_dot_or_into_components_is_read(line):
    assert clean_text(STORY + line).text.strip() == STORY.strip()


def test_a_transliterated_name_with_a_dot_stays():
    line = "据新华社报道，约翰·史密斯当天在发布会上介绍了新体育馆的建设进度。"
    assert clean_text(STORY + line).text == STORY + line


def test_an_explainer_debunking_tip_sellers_words_in_quotes_is_no_tip_page():
    explainer = (
        "每当彩票头奖累积到数亿元，总会有人问：到底有没有办法提高中奖的概率？这个问题的答案，其实在中学数学课本里就能找到。\n"
        "换句话说，买一注彩票中头奖的概率约为一千七百七十万分之一，这个数字抽象得难以想象。\n"
        "市面上还有大量所谓“专家预测”“精准计划”“必中号码”，从概率论的角度看，任何声称能预测随机摇奖结果的说法都不可信。\n"
        "理解了这些，再看那些“稳赚”“包中”的广告，就能一眼识破其中的逻辑漏洞。\n"
        "问：跟着“计划群”买，会不会比自己选号强？\n"
        "答：不会。开奖号码与任何人的“计划”无关，所谓计划只是把随机结果事后解释成规律。"
    )
    result = clean_article("中一次头奖有多难？用概率读懂彩票", explainer)
    assert not result.is_spam
    assert result.body.text == explainer


def test_a_partner_links_heading_over_an_english_link_list_takes_the_list():
    report = (
        "The regulator said on Tuesday that sports betting revenue rose 14 percent last year, and the state "
        "gambling commission fined two operators for advertising to self-excluded customers.\n"
    )
    farm = "Partner sites\nVelmora Sportsbook\nbest live casino bonus 2024\nharbor66bet.com\nfree spins no deposit"
    assert clean_text(report + farm).text.strip() == report.strip()


def test_a_hard_sell_sentence_injected_into_a_report_goes():
    report = (
        "Regulators said the state gambling commission fined two operators last year for advertising to "
        "self-excluded players, and police arrested the owner of an illegal betting site.\n"
        "Casino revenue on the Strip rose again, driven by conventions and shows rather than the tables.\n"
    )
    pitch = "Feeling lucky? Quillroll Casino gives new players 200 free spins on sign-up — use code QR200 at checkout."
    assert clean_text(report + pitch).text.strip() == report.strip()


def test_a_marketing_how_to_quoting_title_variables_and_merge_tags_keeps_them():
    text = (
        "Most SEO plugins let you build page titles from variables instead of typing each title by hand.\n"
        "A common pattern is %%title%% %%sep%% %%sitename%%, which produces the post title and the site name.\n"
        "Merge tags work the same way: type Hi {{first_name}} and each reader sees their own name."
    )
    assert clean_text(text).text == text


def test_an_operators_name_heading_a_table_row_is_its_label():
    table = (
        "运营商 | 地区 | 季度收入（亿美元） | 同比 | 净利润\n"
        "太平洋星宸娱乐 | 澳门 | 17.6 | +12% | 5.4\n"
        "海湾度假村集团 | 新加坡 | 11.2 | +8% | 3.1\n"
    )
    assert clean_text(STORY + table).text == STORY + table.rstrip("\n")


def test_an_attributed_report_sentence_keeps_its_words_when_a_wrapped_brand_leads_it():
    lead = "【金澜阁真人网站】"
    report = "据英国《每日电讯报》报道,英超20家俱乐部一致同意不再在球衣胸前展示博彩公司广告。"
    text = clean_text(lead + report + "\n报道称,禁令实施后,博彩公司仍可出现在球衣袖口和场边广告牌上。").text
    assert text.startswith(report)


def test_a_betting_preview_line_goes_whole_not_only_its_appended_offer():
    # Written for this test: the first sentence reads the odds and recommends a pick; it is the pitch's own.
    preview = "【赛前分析】灰隼VS青岩 盘口解读：灰隼让1.5局，青岩+1.5局强烈推荐！汐鸣电竞独家开出全场滚球，首存即返50%"
    story = "亚洲邀请赛首日比赛昨日结束，八支队伍完成小组赛第一轮较量。\n"
    article = clean_article("亚洲邀请赛首日战罢", story + preview + "\n" + PARAGRAPH)
    assert preview not in article.body.text
    assert "灰隼VS青岩" not in article.body.text
    assert PARAGRAPH in article.body.text


def test_a_sentence_with_one_gambling_word_keeps_its_head_when_a_brand_run_is_appended():
    line = "主办方当天公布了比赛的盘口规则。 汐鸣电竞 滚球 真人视讯"
    assert clean_text(line).text.strip() == "主办方当天公布了比赛的盘口规则。"


@pytest.mark.parametrize(
    "line",
    [
        "今年3月，由退役运动员成立的星途体育俱乐部目前已有会员300余人。",
        "记者走进星途体育俱乐部，看到二十多名孩子正在训练。",
        "在澜汐体育中心，孩子们正在训练。",
    ],
)
def test_a_made_up_name_with_its_kind_after_it_is_an_institutions_full_name(line):
    # Written for this test: invented club and centre names the dictionary does not know.
    assert clean_text(LEAD + line).text == LEAD + line


def test_a_lexicon_brand_before_an_institutions_kind_is_still_cut():
    line = "第十七届省运动会昨晚在必威体育中心开幕。"
    assert "必威" not in clean_text(LEAD + line).text


def test_a_pitch_spliced_into_the_middle_of_a_sentence_goes_and_the_sentence_keeps_both_ends():
    # Written for this test: an invented temple notice and an invented brand (宸弘娛樂城).
    head, pitch, tail = (
        "廟方表示，祭典期間將加開求籤服務，",
        "宸弘娛樂城註冊送1000，百家樂、運彩、電子老虎機通通有，",
        "並由志工協助解籤。",
    )
    lines = ["台南府城隍廟秋季祭典於本週末舉行，信眾依循古禮上香獻供，祈求合境平安。", head + pitch + tail]
    article = clean_article("城隍廟舉行秋季祭典", "\n".join(lines))
    assert not article.is_spam
    assert article.body.text.splitlines() == [lines[0], head + tail]


def test_a_pitch_that_ends_its_sentence_is_no_splice_and_goes_whole():
    line = "更多英超赛事分析及独家贴士，请浏览宸弘体育官网，注册即送彩金。"
    assert "贴士" not in clean_text(LEAD + line).text


def test_a_brand_sentence_in_the_sellers_voice_glued_after_a_clean_sentence_goes():
    # Written for this test: an invented exhibit description and an invented brand (泷汐体育).
    own = "此洗敞口，浅腹，平底，底下承以三足，通体施天青色釉，釉面开细碎纹片，俗称“蟹爪纹”。"
    pitch = "泷汐体育，亚洲信誉第一的线上平台，百万玩家的共同选择。"
    body = own + pitch + "\n汝窑烧造时间短暂，传世品极少，历来为收藏家所珍视。"
    assert clean_text(body).text == body.replace(pitch, "")


def test_an_exclamation_calling_the_reader_to_a_casino_between_paragraphs_goes():
    # Written for this test: an invented crop report and an invented casino (LuckyHarrow Casino).
    paragraphs = [
        "Corn harvest is about 12 percent complete across the county, slightly ahead of the five-year average.",
        "Soybean leaf drop is nearly finished in early-planted fields; growers should check for pod shatter.",
        "Pasture conditions remain fair after three weeks without significant rain.",
    ]
    pitch = "Play now at LuckyHarrow Casino!"
    body = "\n".join([paragraphs[0], pitch, paragraphs[1], pitch, paragraphs[2]])
    assert clean_text(body).text.splitlines() == paragraphs


THREAD = (
    "楼主 小土豆的麻麻:\n"
    "宝宝四个月,最近每天晚上要抱着睡,一放下就醒,有没有姐妹有好办法?\n"
    "1楼 云朵面包:四个月睡眠倒退很正常!晚上固定流程:洗澡、抚触、喂奶、关灯,坚持一周就好多了。\n"
    "{post}\n"
    "3楼 奶酪芝士球:可以试试等他睡沉了再放,先放屁股再放头。"
)


def test_a_forum_post_selling_a_platform_goes_and_the_thread_stays():
    # Written for this test: a mothers' thread with an invented platform's post between real ones.
    post = "2楼 可乐鸡翅妈:姐妹们哄睡完是不是都在刷手机😂 我最近在玩澜驰娱乐,每天随便玩玩就赚个奶粉钱 新人注册送58,加我微信 lc6688mm"
    result = clean_text(THREAD.format(post=post))
    assert result.text == THREAD.format(post="").replace("\n\n", "\n")
    assert {r.rule for r in result.removed} == {"comment_pitch"}


@pytest.mark.parametrize(
    "post",
    [
        # A family's loss, the pitch that took it in quoted: a reader's story.
        "2楼 可乐鸡翅妈:说个题外话,我老公去年迷上一个叫澜驰娱乐的app,说什么新人注册送58,结果半年输了十几万,姐妹们千万别碰!",
        "2楼 可乐鸡翅妈:我们楼下新开了一家亲子乐园,周末带娃去玩了一下午,门票68元。",
    ],
)
def test_a_forum_post_telling_a_loss_or_plain_news_stays(post):
    body = THREAD.format(post=post)
    assert clean_text(body).text == body
