"""Pages that are no news articles (FAQs, notices, novels, encyclopedia entries, Q&As): what the rules keep and
what they still take. The texts are written for these tests in each family's shape."""

from __future__ import annotations

from collections import Counter

from newsclean.cleaning import clean_article, clean_text


def _rules(text: str) -> Counter[str]:
    return Counter(r.rule for r in clean_text(text).removed if r.text.strip())


# A regulator's FAQ: numbered questions (一、二、) that name private lotteries in quotation marks.
FAQ = "\n".join(
    [
        "一、哪些彩票是合法的？",
        "答：我国只批准发行福利彩票和体育彩票两种，任何网站都未获准在网上销售彩票。",
        "二、网上有人推荐‘极速飞艇’‘幸运飞艇’‘澳洲幸运10’等彩票，能买吗？",
        "答：不能。这些名目都不是国家发行的，钱一旦转进去往往就取不出来了。",
        "三、替这类网站拉人头要承担什么责任？",
        "答：可能构成犯罪，公安机关将依法追究刑事责任。",
        "四、发现这类网站去哪里举报？",
        "答：可拨打110，或者在国家反诈中心APP上举报。",
    ]
)


def test_faq_numbered_questions_naming_private_lotteries_are_kept():
    result = clean_text(FAQ)
    assert result.text == FAQ
    assert result.is_spam is False


def test_faq_frame_does_not_shelter_an_unnumbered_pitch_after_its_end():
    pitch = "幸运飞艇人工计划，稳赚不赔，加微信进群领取"
    text = FAQ + "\n本文版权所有，未经授权不得转载。\n" + pitch
    assert clean_text(text).text == FAQ + "\n本文版权所有，未经授权不得转载。"


# A community notice giving directions by a landmark that happens to be an 娱乐城.
NOTICE = "\n".join(
    [
        "为方便居民办事，本周六街道在以下地点设点服务：",
        "社保卡补办：社区服务中心二楼（金湾娱乐城西侧）",
        "免费量血压：文化广场东门",
        "服务时间为上午9点至下午4点，请带好身份证。",
    ]
)


def test_notice_line_with_a_venue_in_bracketed_directions_is_kept():
    assert clean_text(NOTICE).text == NOTICE


def test_line_with_a_brand_outside_its_directions_still_goes():
    line = "社保卡补办：社区服务中心二楼（金湾娱乐城西侧） 金湾娱乐城官网注册送88元彩金"
    text = NOTICE.replace("社保卡补办：社区服务中心二楼（金湾娱乐城西侧）", line)
    assert "官网注册送" not in clean_text(text).text


# A novel quoting the spam text message its plot turns on.
NOVEL = "\n".join(
    [
        "第三章 旧手机",
        "老周翻出那部旧手机，屏幕上还留着一条短信。",
        "“‘【琨渊国际】会员专享，首存即送百分百，真人、电子一站畅玩’——我哥就是点了这条，”她低声说，“后来房子都没了。”",
        "老周把手机装进证物袋，说明天一早就送去技术科。",
    ]
)


def test_novel_quoting_a_spam_message_in_dialogue_keeps_it():
    assert clean_text(NOVEL).text == NOVEL


def test_bracketed_brand_glued_to_a_sentence_outside_quotation_still_goes():
    text = "【琨渊国际】本周社区开展垃圾分类宣传活动，居民踊跃参加。"
    assert clean_text(text).text == "本周社区开展垃圾分类宣传活动，居民踊跃参加。"


# A Q&A on a PHP template engine, the tag it asks about in its title.
CODE_TITLE = "模板里{$item.name}原样显示，没有被替换"
CODE_BODY = "问：页面直接显示了 {$item.name}。\n答：先确认控制器渲染了模板，模板引擎的定界符有没有改过。"


def test_title_quoting_a_tag_its_code_question_explains_is_kept():
    article = clean_article(CODE_TITLE, CODE_BODY)
    assert (article.title.text, article.body.text) == (CODE_TITLE, CODE_BODY)


def test_title_tag_over_a_body_about_something_else_still_goes():
    article = clean_article(CODE_TITLE, "本周社区开展垃圾分类宣传活动，居民踊跃参加。")
    assert article.title.text == "模板里原样显示，没有被替换"


# An encyclopedia entry on a game that private platforms imitate: it explains and rules on the game.
ENTRY = "\n".join(
    [
        "时时彩",
        "时时彩是一类高频数字彩票，全天开奖数十期，投注者从0到9中选号，按位置和组合判断是否中奖。",
        "它曾在少数省份以地方游戏的形式试点销售，主管部门以开奖过快、易致沉迷为由陆续叫停。",
        "如今网上打着‘时时彩’‘分分彩’旗号自行开奖的平台，均未经国家批准，开奖结果可被随意操控。",
    ]
)


def test_encyclopedia_entry_ruling_on_private_lotteries_is_kept_whole():
    result = clean_text(ENTRY)
    assert (result.text, result.is_spam) == (ENTRY, False)


def test_doorway_repeating_a_private_lottery_without_ruling_on_it_is_still_dropped():
    doorway = "\n".join(
        [
            "分分彩计划",
            "分分彩每天开奖上千期，分分彩人工计划准确率高，跟着分分彩计划倍投轻松回本。",
            "分分彩怎么玩才稳？先看分分彩走势图，再用杀号公式定胆。",
            "分分彩开奖结果实时更新，分分彩技巧大全每天分享给大家。",
            "分分彩平台推荐：注册即送彩金，提现秒到账。",
        ]
    )
    assert clean_text(doorway).is_spam is True


# A digest of headlines, some with a title's brand suffix appended.
DIGEST = [
    "城市马拉松周日开跑 三万名选手参赛",
    "高温黄色预警发布 户外作业时间调整",
    "上半年外贸进出口总值同比增长4.2%",
    "全省乡村振兴现场会在山区县召开",
    "全市中小学暑假放假时间公布",
]


def test_digest_headlines_lose_only_their_appended_brand_suffixes():
    spammed = [
        DIGEST[0] + "_澜玥国际 澜玥体育官网",
        DIGEST[1],
        DIGEST[2] + "_澜玥国际 真人百家乐",
        DIGEST[3],
        DIGEST[4] + " - 澜玥国际官网_澜玥国际彩票",
    ]
    result = clean_text("\n".join(spammed))
    assert (result.text, result.is_spam) == ("\n".join(DIGEST), False)
    assert _rules("\n".join(spammed)) == Counter({"headline_brand_field": 3})


def test_stolen_headline_between_brand_lines_still_goes_whole():
    farm = [
        "澜玥国际官网,澜玥体育app下载,真人百家乐,澜玥彩票",
        DIGEST[2] + "_澜玥国际 真人百家乐",
        "澜玥体育官网入口,澜玥国际娱乐,澜玥真人,澜玥电子",
    ]
    assert DIGEST[2] not in clean_text("\n".join([DIGEST[0], *farm])).text


# A platform describing itself: its name on every line, betting words here and there, one hard sell.
PLATFORM = [
    "珑澈体育",
    "珑澈体育平台介绍：赛事、直播与福利",
    "珑澈体育是一家综合体育服务平台，提供比分直播、数据分析和专家解读等服务，力求一站式满足球迷需求。",
    "一、赛事：珑澈体育覆盖欧洲五大联赛和NBA，每天上线比赛上千场，支持滚球与串关玩法。",
    "二、福利：新会员在珑澈体育完成注册即可领取新人礼包，充值提现极速到账，VIP越高返水越多。",
    "三、总结：选择珑澈体育，让看球更轻松。",
]


def test_platform_page_whose_own_pitch_a_line_rule_took_is_dropped():
    assert clean_text("\n".join(PLATFORM)).is_spam is True


def test_app_news_naming_its_app_on_every_line_with_an_injected_pitch_is_kept():
    news = [
        "健身类应用新版上线 新增社区跑团功能",
        "记者从开发方获悉，跑跑健身APP本周发布新版本，新增社区跑团和训练计划功能。",
        "据介绍，跑跑健身的用户可以在应用内查看附近跑团，报名参加周末的集体训练。",
        "开发方表示，跑跑健身将继续与各地体育部门合作，推广全民健身。",
        "新会员在鼎晟娱乐完成注册即可领取彩金，充值提现极速到账，VIP越高返水越多。",
    ]
    result = clean_text("\n".join(news))
    assert (result.text, result.is_spam) == ("\n".join(news[:4]), False)
