"""Doorway pages: fluent sentences, gambling through and through, dropped whole; news about gambling kept."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article

SPUN = (
    "琮璟彩票在这个季节的湖面上，风吹过来的时候有很多想法，时时彩的计划就像我们每天的生活一样。\n"
    "其实关于琮璟彩票的问题，小编也是今天才了解到，原来极速赛车的走势可以在厨房里看到。\n"
    "不少网友表示，琮璟彩票的窗口打开以后，孩子的作业本上出现了百家乐的规律，大家怎么看呢？\n"
    "以上就是关于琮璟彩票的全部内容，希望对大家有所帮助，分分彩的技巧也在其中。\n"
)


def test_a_spun_doorway_naming_one_brand_with_gambling_terms_is_dropped():
    assert clean_article("琮璟彩票官方网站", SPUN).is_spam is True


def test_macau_revenue_news_dense_in_gambling_words_is_kept():
    body = (
        "澳门博彩监察协调局公布，11月博彩毛收入为215亿澳门元，按年上升8%。\n"
        "分析师指出，中场业务持续复苏，金沙中国与银河娱乐的赌台收入均有增长。\n"
        "贵宾厅业务占比继续下降，银河娱乐和金沙中国表示将加大非博彩业务投入。\n"
        "业界预计，随着假期客流增加，赌场中场收入下月仍将保持增长。\n"
    )
    article = clean_article("澳门11月博彩毛收入按年升8%", body)
    assert (article.is_spam, article.body.text) == (False, body.strip())


def test_a_police_report_naming_a_fake_platform_on_every_line_is_kept():
    body = (
        "警方通报，犯罪嫌疑人搭建“琮璟彩票”网站，以时时彩、极速赛车为名组织网络赌博。\n"
        "经查，“琮璟彩票”平台涉案流水逾2亿元，参赌人员遍布多个省份。\n"
        "警方提醒，“琮璟彩票”等平台所谓稳赚计划均为诈骗，切勿下载参与百家乐等赌博。\n"
        "目前，涉案的“琮璟彩票”服务器已被查封，案件正在进一步侦办中。\n"
    )
    assert clean_article("警方捣毁一网络赌博平台", body).is_spam is False


def test_a_lottery_doorway_salting_keyword_lines_through_company_blurbs_is_dropped():
    blurbs = [
        "宏达机械有限公司是一家专业生产数控机床附件的企业，产品远销海内外。",
        "本厂位于工业园区，交通便利，欢迎新老客户来电洽谈合作。",
        "公司坚持质量第一、信誉至上的经营理念，竭诚为客户服务。",
    ]
    keywords = [
        "澳洲幸运8人工计划软件",
        "极速飞艇开奖结果助手",
        "SG飞艇在线计划",
        "加拿大28走势图",
        "澳洲幸运10在线预测",
    ]
    body = "\n".join(line for pair in zip(keywords, blurbs * 2, strict=False) for line in pair) + "\n"
    assert clean_article("澳洲幸运8一天多少期", body).is_spam is True


def test_a_fraud_report_listing_private_lotteries_is_kept():
    body = (
        "警方提醒，近期出现多个以私彩为名的诈骗团伙，涉案平台包括：\n"
        "澳洲幸运8人工计划\n极速飞艇开奖结果助手\nSG飞艇在线计划\n加拿大28走势图\n澳洲幸运10在线预测\n"
        "民警表示，上述平台均为非法赌博网站，受害人充值后无法提现，切勿轻信。\n"
    )
    assert clean_article("警方提醒：警惕私彩诈骗", body).is_spam is False


def test_a_private_lottery_named_on_every_line_of_fluent_prose_is_a_doorway():
    body = (
        "加拿大28是当前热门的高频彩种，每三分半钟开奖一次，很多玩家希望通过走势分析提高中奖率。\n"
        "专家提醒，玩加拿大28要学会看走势图，连开大时可以适当追小，配合人工计划稳中求胜。\n"
        "今日推荐的加拿大28计划已经更新，单双交替时跟随号码规律下注。\n"
        "更多加拿大28、幸运28计划请加入官方交流群。\n"
    )
    assert clean_article("加拿大28在线预测", body).is_spam is True


def test_a_wechat_post_selling_one_brand_line_after_line_is_a_doorway():
    body = (
        "点击上方蓝字关注我们\n"
        "琮璟体育是一家集体育赛事、真人视讯、电子游艺于一体的综合性平台。\n"
        "琮璟体育提现秒到账，7x24小时在线客服。\n"
        "新用户注册琮璟体育即可领取188元新人彩金。\n"
        "▶ 琮璟体育怎么注册？三分钟教会你\n"
        "分享 · 收藏 · 点赞 · 在看\n"
    )
    assert clean_article("琮璟体育官方", body).is_spam is True


def test_a_real_article_whose_company_name_was_swapped_for_a_brand_is_kept():
    body = (
        "近日，记者专访了集团董事局主席，就光伏产业发展谈了他的看法。\n"
        "因此，琮璟体育将围绕光伏等可再生能源产业生产能耗考核提出建议，推动行业低碳转型。\n"
        "当前，琮璟体育已形成了完整的光伏产业链，全球七成以上的光伏产品产自中国。\n"
        "琮璟体育认为，加快可再生能源发展，是实现双碳目标的关键所在。\n"
    )
    assert clean_article("助力双碳目标早日实现", body).is_spam is False


def test_news_about_a_sports_app_selling_itself_is_no_doorway():
    body = (
        "锐力体育app近日发布8.0版本，新增了跑步和骑行的训练计划功能。\n"
        "据介绍，锐力体育app目前注册用户已超过3000万，日活跃用户约400万。\n"
        "用户可在各大应用商店下载锐力体育app，新版本还支持智能手表数据同步。\n"
        "业内人士认为，运动健康服务正在成为体育产业中增长最快的细分领域之一。\n"
        "锐力体育创始人表示，公司将继续加大在运动数据分析方面的投入。\n"
    )
    assert clean_article("运动健康应用迎来新一轮增长", body).body.is_spam is False


ESSAY = (
    "在这个全民热议体育的时代，足球场上的每一次射门都牵动着亿万球迷的心。琮璟体育app下载，官网登录入口。\n"
    "1. 比赛前夜：紧张与期待\n"
    "随着比赛日子的临近，整个城市仿佛进入了一种静谧而紧张的状态。琮璟体育真人娱乐平台为广大球迷提供了丰富的选择。\n"
    "当比赛开始时，不管是在现场还是在电视机前，都能感受到一种前所未有的激动人心。琮璟体育，赢在起点。\n"
    "当裁判吹响终场哨声，一支球队站在胜利者的位置，另一方则陷入失望与遗憾之中。\n"
    "总之，琮璟体育app下载是每一位球迷不容错过的选择。\n"
)


def test_a_brand_essay_with_generic_filler_is_a_doorway():
    assert clean_article("", ESSAY).is_spam is True


def test_the_essay_without_gambling_words_is_an_app_story_and_stays():
    assert clean_article("", ESSAY.replace("真人娱乐平台", "赛事直播频道")).body.is_spam is False


# A slot brand of a weak shape (a Latin stem and 电子, as TCL电子 is named) explaining its games, closing on its
# sign-up gift: the only gambling word is the gift's.
SLOT_EXPLAINER = (
    "QX9电子的游戏为什么会连续出奖？今天一文讲清楚\n"
    "不少玩家发现，QX9电子的游戏有时候连续出奖，有时候又很久没有动静，这到底是运气还是规律？\n"
    "QX9电子所有游戏都由随机算法决定结果，点击开始的一刻就已确定，和点得快慢没有任何关系。\n"
    "QX9电子提醒，街机厅里的老机器由硬件控制，玩家更容易产生机器快要吐分了的错觉。\n"
    "想亲自验证？QX9电子官网现已开放，新人注册即送体验金，热门游戏免费试玩。\n"
)


def test_a_weak_shaped_brands_explainer_closing_on_its_sign_up_gift_is_a_doorway():
    assert clean_article("", SLOT_EXPLAINER).is_spam is True


def test_a_firm_of_the_same_shape_news_with_no_gambling_offer_stays():
    firm = SLOT_EXPLAINER.replace("新人注册即送体验金，热门游戏免费试玩", "新用户注册即送延保服务，新品免费试用")
    assert clean_article("", firm).body.is_spam is False


def test_a_short_notice_with_one_spam_block_inside_or_below_is_an_article():
    notice = [
        "本校第二十屆陸運會已於十一月十四日假將軍澳運動場順利舉行，全校師生參與。",
        "當日賽事緊湊，共打破三項大會紀錄，四社健兒全力以赴，充分體現體育精神。",
    ]
    spam = ["琮澜體育官方網址｜足球投注即時賠率｜滾球盤口推介", "百家樂真人荷官 24小時線上存提"]
    below = clean_article("本校舉行第二十屆陸運會", "\n".join([*notice, *spam]))
    inside = clean_article("本校舉行第二十屆陸運會", "\n".join([notice[0], *spam, notice[1]]))
    assert not below.is_spam
    assert not inside.is_spam
    assert below.body.text.splitlines() == notice == inside.body.text.splitlines()


def test_an_article_whose_paragraphs_each_start_with_one_brand_is_kept():
    body = "\n".join(
        [
            "记者王品萱／台北报导",
            "琮澜娱乐城：台北市都市发展局今日宣布，明年起扩大老屋结构安全健检补助，单栋最高补助50万元。",
            "都发局指出，全市屋龄超过30年的建筑物约有40万栋，其中不少位于断层带附近。",
            "琮澜娱乐城官网都发局表示，民众可上网申请，由专业技师到场评估，若判定须补强，另可申请补助。",
            "琮澜娱乐城推荐：申请期限至明年6月底止，详情可洽都发局建筑管理工程处。",
        ]
    )
    article = clean_article("北市老屋健检补助加码 最高补助50万元", body)
    assert article.is_spam is False
    assert "琮澜" not in article.body.text


# Written for this test in the shape of a football tipster's page: match previews, a record of picks and
# picks sold by the week for the site's coins.
TIPSTER = (
    "罗兹vs卡托维兹 主队近况低迷 412人气\n"
    "赫塔菲vs奥萨苏纳 客队防守稳固 655人气\n"
    "北京时间周六晚，赫塔菲主场迎战奥萨苏纳，两队上赛季两回合均战平。\n"
    "昨日私推顺利拿下红单，今天继续为大家精选场次。\n"
    "赫塔菲近6轮联赛2胜2平2负，主场进攻效率一般；奥萨苏纳客场丢球少，韧性十足。\n"
    "方向参考：奥萨苏纳+0.25\n"
    "【周推荐】每周188球币，包周的朋友留言注明，方便统计。\n"
)


def test_a_tipster_page_selling_picks_is_dropped():
    assert clean_article("西甲赛事前瞻", TIPSTER).is_spam is True


def test_a_match_preview_with_odds_and_no_picks_for_sale_is_kept():
    body = (
        "北京时间周六晚，赫塔菲主场迎战奥萨苏纳，两队上赛季两回合均战平。\n"
        "赫塔菲近6轮联赛2胜2平2负，主场进攻效率一般；奥萨苏纳客场丢球少，韧性十足。\n"
        "博彩公司开出赫塔菲主让平半的盘口，赔率显示两队实力接近。\n"
        "双方历史交锋中，赫塔菲主场3胜4平1负稍占上风。\n"
    )
    article = clean_article("西甲前瞻：赫塔菲迎战奥萨苏纳", body)
    assert (article.is_spam, article.body.text) == (False, body.strip())


def test_a_fraud_report_quoting_the_tipsters_words_is_kept():
    body = (
        "警方通报，一“足球推荐”团伙以私推红单为饵，诱骗受害人购买包周方案，涉案金额逾百万元。\n"
        "民警介绍，嫌疑人在群内晒红单，再以方向参考、稳胆推荐为名收取球币费用。\n"
        "警方提醒，所谓稳胆、私推均为诈骗话术，切勿轻信。\n"
        "目前，3名犯罪嫌疑人已被依法刑事拘留，案件正在进一步侦办中。\n"
    )
    assert clean_article("警方破获一起足球推荐诈骗案", body).is_spam is False


# Written for these tests in the shapes of pick sheets: a Mark Six sheet of one pick per line, a fast-lottery
# plan with a stake ladder, a football page selling its picks for coins.
MARK_SIX_SHEET = (
    "第88期 金鲤阁内部资料\n一肖一码：兔 31\n平特一肖：羊\n杀三肖：牛 马 蛇\n家禽野兽：主家禽\n第87期开：龙 13 准！\n"
)
PLAN_PAGE = (
    "云帆计划网 快三人工计划 天天更新\n"
    "第0603-021期 预测：大单 推荐：3 4 6\n"
    "第0603-020期 预测：小双 开：1 2 3 中\n"
    "倍投参考：10-20-40-80-160 五期必回本\n"
)
COIN_PICKS = (
    "神算老周 近12中10 6连红\n"
    "周日003 英超 狼队VS富勒姆 推荐：客胜\n"
    "周日006 西甲 赫罗纳VS比利亚雷亚尔 推荐：让平\n"
    "解锁本场完整方案 58金币 不中退还\n"
)


def test_pick_sheets_and_plan_pages_are_dropped():
    assert clean_article("第88期资料", MARK_SIX_SHEET).is_spam is True
    assert clean_article("快三计划", PLAN_PAGE).is_spam is True
    assert clean_article("今日足球推荐", COIN_PICKS).is_spam is True


def test_a_mark_six_draw_notice_is_kept():
    body = (
        "六合彩第25/088期攪珠結果\n"
        "攪出號碼：05、13、22、31、40、47\n"
        "特別號碼：18，生肖兔，波色藍波\n"
        "頭獎一注中，派彩1,200萬元；二獎三注中，每注派彩85萬元。\n"
    )
    article = clean_article("六合彩攪珠結果", body)
    assert (article.is_spam, article.body.text) == (False, body.strip())


def test_a_sports_odds_table_and_a_box_score_are_kept():
    body = (
        "周日003 英超 狼队VS富勒姆 胜2.45 平3.10 负2.60\n"
        "周日006 西甲 赫罗纳VS比利亚雷亚尔 胜2.05 平3.30 负3.15\n"
        "周日008 意甲 博洛尼亚VS都灵 胜1.90 平3.20 负3.90\n"
        "本场比赛，中锋18中10砍下24分，近5场3胜2负。\n"
    )
    article = clean_article("竞彩赔率一览", body)
    assert (article.is_spam, article.body.text) == (False, body.strip())


def test_a_lottery_prize_claim_qa_is_kept():
    body = (
        "问：中了快乐8的二等奖，去哪里兑奖？\n"
        "答：单注奖金1万元以上的，须持彩票和身份证到市级福彩中心兑奖，兑奖期限为开奖之日起60天。\n"
        "问：彩票弄脏了还能兑吗？\n"
        "答：票面号码和条形码能够辨认的即可兑奖，请妥善保管彩票。\n"
    )
    article = clean_article("彩票兑奖常见问题", body)
    assert (article.is_spam, article.body.text) == (False, body.strip())


# Written for these tests in the shape of a spun doorway built around one search query.
QUERY_DOORWAY = (
    "港彩今晚开什么号码资料大全：深度解读与实用指南\n"
    "当下，港彩今晚开什么号码资料大全成为很多人关心的问题，我们需要理性看待各种说法。\n"
    "第一，从方法上看，港彩今晚开什么号码资料大全的答案往往藏在长期的数据积累之中。\n"
    "第二，从渠道上看，港彩今晚开什么号码资料大全的资料已在本站持续更新。\n"
    "总之，生活需要规划，学习需要坚持，希望本文能给您带来启发。\n"
)


def test_a_doorway_spun_around_one_gambling_query_is_dropped():
    assert clean_article("", QUERY_DOORWAY).is_spam is True


def test_pages_repeating_a_headline_phrase_with_no_gambling_query_are_kept():
    # An app's news names it on every line (a brand alone is no query); a weather alert repeats its warning.
    app_story = (
        "锐力体育app发布新版本\n"
        "锐力体育app近日发布8.0版本，新增了跑步和骑行的训练计划功能。\n"
        "据介绍，锐力体育app目前注册用户已超过3000万，日活跃用户约400万。\n"
        "用户可在各大应用商店下载锐力体育app，新版本还支持智能手表数据同步。\n"
    )
    alert = (
        "暴雨橙色预警信号：市气象台今日发布\n"
        "今天上午10时，市气象台将暴雨黄色预警信号升级为暴雨橙色预警信号。\n"
        "暴雨橙色预警信号生效期间，中小学可视情况停课。\n"
        "这是今年入汛以来我市首次发布暴雨橙色预警信号，请市民减少外出。\n"
    )
    assert clean_article("", app_story).body.is_spam is False
    article = clean_article("", alert)
    assert (article.is_spam, article.body.text) == (False, alert.strip())


def test_a_regulator_faq_repeating_a_scam_query_is_kept():
    body = (
        "关于“今晚澳门特马开什么”类网络信息的答问\n"
        "问：网上“今晚澳门特马开什么”的预测可信吗？答：主管部门提醒，此类预测均属虚假宣传。\n"
        "问：点击“今晚澳门特马开什么”链接有何风险？答：警方提示，这类链接多指向境外赌博网站。\n"
        "问：遇到“今晚澳门特马开什么”推广怎么办？答：可向公安机关举报，切勿参与非法赌博。\n"
    )
    assert clean_article("", body).is_spam is False


# Written for these tests in the shape of a platform's own explainer: a casino game explained, the brand named
# in the headline and in the closing pitches, which the line rules take.
PLATFORM_EXPLAINER = (
    "百家樂怎麼看路？金煌娛樂城一次教會你\n"
    "百家樂的大路、珠盤路到底怎麼看？其實路紙只是記錄過去的結果，每一局都是獨立的。\n"
    "有經驗的玩家都知道，長龍出現的機率並不比其他走勢更高，看路只是參考。\n"
    "想實際練習？金煌娛樂城精選數十張真人桌檯，新會員首存即送100%，每日還有返水。\n"
    "立即加入金煌娛樂城，線上百家樂隨時玩！\n"
)


def test_a_platforms_explainer_whose_pitches_were_taken_is_dropped():
    assert clean_article("", PLATFORM_EXPLAINER).is_spam is True


def test_an_explainer_naming_no_platform_and_a_story_with_one_injected_pitch_are_kept():
    explainer = "\n".join(PLATFORM_EXPLAINER.replace("金煌娛樂城", "").splitlines()[:3])
    assert clean_article("", explainer).is_spam is False
    story = (
        "市文旅局昨日通报，今年一季度全市接待游客同比增长18%，酒店平均入住率回升至72%。\n"
        "其中，滨海片区新开业的三家度假酒店带动周边餐饮消费增长明显。\n"
        "金煌娱乐城新会员首存即送100%，每日返水无上限，真人百家乐24小时开桌。\n"
        "文旅局表示，下一步将推出夜间文旅消费季，延长景区开放时间。\n"
    )
    article = clean_article("一季度全市接待游客同比增长18%", story)
    assert article.is_spam is False
    assert "文旅局表示" in article.body.text


# Written for these tests in the shape of a brand's entrance guide: no gambling word, only the way in.
ENTRANCE_GUIDE = (
    "琨岳体育官网入口在哪？最新琨岳体育登录入口汇总\n"
    "不少用户反映找不到琨岳体育官方入口，其实只要认准琨岳体育官网，就不会走错。\n"
    "琨岳体育备用网址会定期更新，收藏本页即可随时找到。\n"
    "琨岳体育官方入口支持电脑和手机访问，注册登录都很方便。\n"
)


def test_a_gambling_brands_entrance_guide_is_dropped():
    assert clean_article("", ENTRANCE_GUIDE).is_spam is True


def test_entrance_words_beside_no_gambling_brand_or_in_a_report_are_kept():
    bank = (
        "很多储户问手机银行登录入口在哪，这里统一说明。\n"
        "个人网上银行登录入口位于官网首页右上角，首次登录需设置密码。\n"
        "企业网上银行登录入口需插入证书后方可访问。\n"
        "如遇登录问题，可拨打客服热线咨询。\n"
    )
    article = clean_article("网上银行使用指南", bank)
    assert (article.is_spam, article.body.text) == (False, bank.strip())
    report = (
        "警方通报，“琨岳体育”赌博网站频繁更换备用网址，诱导参赌人员通过官方入口充值。\n"
        "民警介绍，琨岳体育官方入口的域名在半年内更换了40余次，涉案资金逾千万元。\n"
        "目前，琨岳体育备用网址已被依法封堵，5名犯罪嫌疑人被刑事拘留。\n"
        "警方提醒，切勿登录任何赌博网站。\n"
    )
    assert clean_article("警方打掉一跨境网络赌博平台", report).is_spam is False


# Written for these tests: a gambling brand's press release, in the register of a company's news.
RELEASE = [
    "翎澜体育今日正式宣布，与欧洲某足球俱乐部签署亚洲区域官方合作伙伴协议，合作期为三个赛季。",
    "根据协议，翎澜体育将获得俱乐部在亚洲地区的品牌使用权，并在主场比赛期间进行场边广告展示。",
    "翎澜体育首席执行官表示，此次合作标志着平台国际化战略迈出关键一步。",
    "作为亚洲领先的体育娱乐平台，翎澜体育提供足球、篮球、电竞等上千场赛事的滚球投注与赔率服务。",
    "即日起下载翎澜体育APP，新用户可领取188元新人礼包，首充再送100%。",
    "关于翎澜体育",
    "翎澜体育成立于2015年，总部位于马尼拉。",
]


# An award release whose last line glues the brand as a prefix before the site's address.
AWARD = [
    "近日，在马尼拉举行的年度数字娱乐峰会上，琥澜娱乐城凭借卓越的用户体验和稳定的技术实力，荣获年度最佳娱乐平台大奖。",
    "琥澜娱乐城自成立以来，始终坚持诚信为本的经营理念，为会员提供真人视讯、体育竞猜、电子游艺和彩票等多元化娱乐服务。",
    "平台负责人在颁奖典礼上表示：“这个奖项属于每一位信任我们的会员，未来我们将继续加大技术投入，让每一笔出款都在三分钟内到账。”",
    "为庆祝获奖，即日起新会员注册即送88元体验金，首存最高享200%红利。",
    "琥澜娱乐城官方网址：www.hulan-yule88.com（请收藏以防走失）",
]


@pytest.mark.parametrize(
    "page", [RELEASE, AWARD], ids=["its pitch taken first", "a brand prefix before the site's address"]
)
def test_a_gambling_brands_own_press_release_is_a_doorway(page):
    assert clean_article("", "\n".join(page)).is_spam is True


def test_a_sports_clubs_sponsorship_news_naming_its_sponsor_stays():
    news = [
        "市足球俱乐部今日宣布，与本地乳企青禾乳业续签三个赛季的主赞助协议。",
        "根据协议，青禾乳业将获得球衣胸前广告位，并在主场比赛期间进行场边广告展示。",
        "俱乐部总经理表示，此次续约标志着双方合作进入第二个十年。",
        "新赛季季票即日起在俱乐部官方APP发售，新用户注册可领取观赛礼包。",
    ]
    article = clean_article("市足球俱乐部与青禾乳业续约", "\n".join(news))
    assert article.is_spam is False
    assert article.body.text == "\n".join(news)


def test_a_brands_anniversary_page_with_its_offer_rules_is_dropped():
    # Written for this test: the brand is the subject of every sentence, which the substitution rule
    # would cut, leaving the rules as if they were prose.
    page = (
        "瑧赢娱乐城成立八周年庆典活动正式启动！八年来，瑧赢娱乐城累计服务会员超过300万人。\n"
        "活动规则：\n"
        "一、周年首存礼：活动期间首次存款满100元，赠送100%红利，最高888元；\n"
        "二、连续签到礼：连续签到7天，即可领取38元彩金；\n"
        "三、所有红利只需完成10倍流水即可提款。"
    )
    assert clean_article("", page).is_spam is True


def test_a_notice_with_two_spam_lines_woven_between_its_sentences_is_an_article():
    # Written for this test: an invented enlistment notice and invented brands (ＱＺ５８体育, 澜 嵘 体 育).
    notice = [
        "下坪乡2024年第四季度征兵工作公告",
        "凡年满18至22周岁的男性青年（大学毕业生可放宽至24周岁），均可在户籍所在地参加应征报名。",
        "报名时间：即日起至12月20日；报名地点：下坪乡人民武装部。",
        "下坪乡人民武装部",
    ]
    spam = ["ＱＺ５８体育\u3000首存即送\u3000ｖｉｐ返水", "澜 嵘 体 育 官 网 注 册 送 彩 金"]
    article = clean_article("", "\n".join([*notice[:2], spam[0], notice[2], spam[1], notice[3]]))
    assert not article.is_spam
    assert article.body.text.splitlines() == notice


def test_two_paragraphs_with_a_spam_line_after_each_are_an_article_not_a_parasite():
    # Written for this test: an invented heritage brief and invented spaced and starred brands.
    prose = [
        "昆剧传习所创办于1921年，培养了“传”字辈一代昆剧艺人。",
        "旧址修缮后将辟为昆曲主题陈列馆，预计年内对外开放。",
    ]
    spam = ["澜 嵘 国 际 官 网", "鹤*汐*娱*乐*城 *真*人*荷*官*"]
    article = clean_article("昆剧传习所旧址修缮完成", "\n".join([prose[0], spam[0], prose[1], spam[1]]))
    assert not article.is_spam
    assert article.body.text.splitlines() == prose


def test_a_two_paragraph_brief_over_a_long_farm_tail_keeps_its_paragraphs():
    # Written for this test: an invented science-fair brief and an invented farm tail.
    brief = [
        "第十一届青少年科技创新大赛获奖项目在市科技馆展出，共展出作品64件。",
        "其中《校园微型气象站的设计与数据分析》获一等奖。",
    ]
    tail = [
        "|省内多地启动防汛应急响应|翎汐体育首页|骁澜电竞下载|彩票平台注册|真人荷官在线",
        "，全球冰川消融速度创新高，曜岚真人官网，霁汐彩票app，在线电子游艺",
        "|地磁暴预警发布|鸿汐娱乐登录|捕鱼游戏大厅|百家乐技巧",
    ]
    article = clean_article("青少年科技创新大赛获奖项目展出", "\n".join([*brief, *tail]))
    assert not article.is_spam
    assert article.body.text.splitlines() == brief


SALTED_QUERY = (
    "公积金几点到账？提取公积金要等几天\n"
    "公积金几点到账是很多网友关心的问题，公积金几点到账和分分彩一样每天都有固定时间，想早点用钱就要了解公积金几点到账。\n"
    "一般来说公积金几点到账要看银行，有的银行上午到账，和幸运飞艇开奖时间一样准时。小编建议大家下载澜砚体育app随时查看。\n"
    "相关问题：公积金几点到账 公积金提取条件 极速赛车几点开奖\n"
)


def test_a_query_doorway_on_any_topic_salted_with_gambling_is_dropped():
    assert clean_article("", SALTED_QUERY).is_spam is True


def test_a_faq_repeating_its_question_with_no_gambling_salt_is_kept():
    faq = SALTED_QUERY.replace(
        "，和幸运飞艇开奖时间一样准时。小编建议大家下载澜砚体育app随时查看", "，请以银行通知为准"
    ).replace(" 极速赛车几点开奖", " 公积金贷款利率")
    assert clean_article("", faq).body.is_spam is False
