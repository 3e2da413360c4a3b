"""Court and legal pages speak the crime's words (开设赌场罪, 跑分, 洗钱, named platforms): they are reports."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article
from newsclean.cleaning.features import CONTACT, measure_line
from newsclean.cleaning.spam import remove_title_spam

# Written for these tests: a court report on a money-moving gang for betting sites.
REPORT = (
    "一个以“跑分”为业的犯罪团伙，两年间为多个境外赌博网站转移资金超过1亿元。近日，主犯被以开设赌场罪判处有期徒刑九年。\n"
    "据查，该团伙招募“码商”上传个人收款码，赌客充值时由系统派单至码商账户，团伙从中抽取佣金。\n"
    "法院认为，该团伙为赌博网站提供资金支付结算服务，情节严重。"
)


def test_a_reporting_headline_keeps_its_words_and_loses_the_brand_fields():
    title = "“跑分”团伙为赌博网站洗钱过亿 主犯获刑九年 | qm517体育 | VORTA体育官方网站"
    assert remove_title_spam(title).text == "“跑分”团伙为赌博网站洗钱过亿 主犯获刑九年"


def test_a_court_report_under_a_suffixed_title_is_kept_whole():
    article = clean_article("利用直播间引流赌博 主播等6人一审获刑_翎岚体育官网-沅芳娱乐app下载", REPORT)
    assert article.is_spam is False
    assert article.title.text == "利用直播间引流赌博 主播等6人一审获刑"
    assert article.body.text == REPORT


def test_an_english_pitch_in_a_chinese_report_on_gambling_goes():
    ad = "Join QUILLWAVE88 today – 200% welcome bonus + 88 free spins, fast withdrawals!"
    article = clean_article("英国一在线博彩公司被罚千万英镑", REPORT + "\n" + ad)
    assert article.body.text.strip() == REPORT


# Written for these tests: the recovery scam (出黑) sold to gamblers a site will not pay.
RECOVERY_PITCH = (
    "网赌被黑不给出款怎么办？注单异常、流水不足不给提款，专业出黑团队帮您处理，先出款后收费，详询微信：qx3381"
)
LAWYER_ANSWER = (
    "您好。网络赌博本身违法，赌资不受法律保护，输掉的钱原则上无法通过诉讼追回。\n"
    "律师提醒：所谓“出黑团队”“先出款后收费”都是二次诈骗的话术，切勿相信，更不要再转账。\n"
    "如已被骗，请保存聊天记录和转账凭证，及时向公安机关报案。"
)


def test_a_recovery_scam_pitch_injected_into_an_answer_goes():
    article = clean_article("网上赌博输的钱能追回吗", LAWYER_ANSWER + "\n" + RECOVERY_PITCH)
    assert article.body.text.strip() == LAWYER_ANSWER


def test_a_lawyers_warning_quoting_the_recovery_scams_words_stays():
    article = clean_article("网上赌博输的钱能追回吗", LAWYER_ANSWER)
    assert article.body.text == LAWYER_ANSWER
    assert article.is_spam is False


def test_a_doorway_dressed_as_legal_advice_is_dropped():
    # Written for this test: every answer leads to the recovery service.
    doorway = (
        "问：网上平台被黑不能提现怎么办？\n"
        "答：遇到平台被黑不能提现，先稳住客服，不要暴露想维权，然后尽快联系专业人士处理。\n"
        "问：注单异常一般多久能出款？\n"
        "答：注单异常就是平台不想给你出款的借口，只有通过专业出黑团队用技术手段才能出款。\n"
        "答：我们团队十年经验，先出款后收费，出不了不收一分钱。\n"
        "答：添加客服微信 qx3381，发送“出款”即可获得一对一服务。"
    )
    assert clean_article("网上平台被黑不能提现怎么办", doorway).is_spam is True


def test_a_recovery_pitch_in_the_sellers_voice_goes_from_a_lawyers_answer():
    pitch = "网赌被黑不要急，专业团队帮您出款，先出款后收费，微信qx3381"
    article = clean_article("网上赌博输的钱能追回吗", LAWYER_ANSWER + "\n" + pitch)
    assert article.body.text.strip() == LAWYER_ANSWER


@pytest.mark.parametrize(
    ("line", "handle"),
    [
        ("出款找老陈，微信qx3381", True),
        ("加LINE：@chujin88 立即諮詢", True),
        ("VX：cxk7712（24小时在线）", True),
        ("关注微信公众号xinhua获取更多资讯", False),  # an account's name follows its kind, in Han
        ("The line up: v 2.0 ships next week", False),  # Latin words, no id after a label
        ("欢迎关注微信：新华社", False),  # an account's name, in Han
        ("Chelsea v: Arsenal tonight", False),  # a Latin label's id has a digit
    ],
)
def test_a_messenger_id_is_a_call_to_action(line, handle):
    assert (CONTACT in measure_line(line, 0).cta) is handle


ANSWER = "开设赌场罪的量刑，要看抽头渔利数额、赌资数额和参赌人数等情节，情节严重的处五年以上十年以下有期徒刑。\n"


def test_a_portals_related_questions_keep_their_crime_words_and_lose_the_brands():
    trailer = "相关法律问题：开设赌场罪怎么判、澜翎体育官网、帮信罪量刑标准、沅芳娱乐app下载、赌博罪与开设赌场罪的区别"
    article = clean_article("开设赌场罪的量刑标准是什么？", ANSWER + trailer)
    assert article.body.text == ANSWER + "相关法律问题：开设赌场罪怎么判、帮信罪量刑标准、赌博罪与开设赌场罪的区别"


def test_a_portals_questions_one_per_line_stay_between_brand_lines():
    block = "热门咨询：\nqm517体育\n开设赌场罪可以缓刑吗\n珀岚彩票官方下载\n赌资被冻结能要回来吗\n渟澜娱乐注册送彩金"
    body = clean_article("出借银行卡给他人用于赌博，会被判刑吗？", ANSWER + block).body.text
    assert "开设赌场罪可以缓刑吗" in body
    assert "赌资被冻结能要回来吗" in body
    assert "qm517体育" not in body


def test_a_warning_quoting_the_touts_words_in_single_quotes_stays():
    warning = (
        "第二，‘导师带单’‘人工计划’‘稳赚不赔’都是话术。前期让你小赢，是为了让你加大投入；"
        "等你大额充值后，平台会以‘注单异常’为由拒绝提现。"
    )
    assert clean_article("网上赌博输的钱能追回吗", LAWYER_ANSWER + "\n" + warning).body.text.endswith(warning)


def test_a_long_recovery_paragraph_in_traditional_script_goes():
    pitch = (
        "若您急需處理，也可以直接聯繫我們的出金團隊，專業處理娛樂城不出金、帳號凍結、注單審核等問題，"
        "成功出金後再收費，不成功不收取任何費用，全程保密，加LINE：@qx3381 立即諮詢。"
    )
    article = clean_article("網上賭博輸的錢能追回嗎", LAWYER_ANSWER + "\n" + pitch)
    assert article.body.text.strip() == LAWYER_ANSWER


def test_an_anti_gambling_notice_with_one_injected_line_keeps_its_text():
    notice = (
        "关于开展“远离网络赌博 珍爱美好青春”主题班会的通知\n"
        "各班主任：\n"
        "近期网络赌博以“充值返利”“稳赚不赔”为诱饵向学生渗透。请各班于本周内召开主题班会，讲清网络赌博的危害。\n"
        "班会结束后，请将记录表交至德育处。\n"
    )
    article = clean_article("", notice + "相关阅读：朔澜真人官网APP，鎏珑彩票，在线百家乐平台\n德育处")
    assert article.is_spam is False
    assert article.body.text.startswith(notice.strip())


def test_a_lesson_citing_every_tout_word_in_quotation_marks_keeps_the_sentence():
    lesson = "所以，网上流传的“必中公式”“杀号技巧”“走势图稳赚”都没有数学依据：每一期开奖都是独立事件。"
    story = "概率论告诉我们，双色球一等奖的中奖概率约为一千七百七十万分之一。\n"
    assert clean_article("彩票里的概率", story + lesson).body.text == story + lesson
