"""Brand stems that are no Chinese word: letters and digits, spam domains, pinyin for one character."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text
from newsclean.cleaning.features import measure_line

BRIEF = "为方便居民出行，市公交集团自11月18日起新开3条社区微循环线路，连接大型居住区、地铁站和农贸市场，票价1元。"


@pytest.mark.parametrize("name", ["kx88彩票", "hq365官网", "vb77真人", "ya2288ti育", "ab8899.vip", "bw6677.cc"])
def test_letters_and_digits_before_a_gambling_noun_or_a_spam_domain_are_a_brand(name):
    assert measure_line(name, 0).all_brands


@pytest.mark.parametrize(
    "text",
    [
        "英伟达H200芯片今年将向中国客户交付，RTX4090显卡价格回落。",
        "网易163.com邮箱、hao123.com导航和51job.com招聘网站均已完成适配。",
        "F1赛车中国大奖赛下月开赛，5G体育直播覆盖全部场次。",
        "C919大型客机完成第200架交付，A380停飞消息不实。",
    ],
)
def test_products_sites_and_leagues_with_digits_are_not_brands(text):
    assert not measure_line(text, 0).all_brands
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    ("spelt", "word"), [("zhen人视讯", "真人视讯"), ("qi牌游戏", "棋牌游戏"), ("澳门jin沙", "澳门金沙")]
)
def test_pinyin_for_one_character_reads_as_the_word(spelt, word):
    """The same words are found; a disguised spelling may weigh more (a name spelt to dodge filters is a brand)."""
    disguised, plain = measure_line(spelt, 0), measure_line(word, 0)
    assert disguised.terms == plain.terms
    assert disguised.score >= plain.score > 0


def test_a_spam_domain_line_under_a_brief_goes():
    assert clean_text(f"{BRIEF}\n━━━ 瑞鲲体育 rk8866.vip ━━━").text == BRIEF


def test_a_substituted_brand_goes_with_its_suffix():
    text = "这是js333金沙线路第一次参加这样的比赛，js333金沙线路的队员们都很兴奋。"
    removed = [r.text for r in clean_text(text).removed]
    assert removed == ["js333金沙线路", "js333金沙线路"]


@pytest.mark.parametrize(("name", "is_brand"), [("bt365下载", True), ("win10下载", False), ("ios17下载", False)])
def test_three_digits_before_a_download_name_a_site_two_name_software(name, is_brand):
    assert bool(measure_line(name, 0).all_brands) is is_brand


@pytest.mark.parametrize(("line", "names"), [("热门搜索：MOXBET中文官网", {"moxbet"}), ("下载1xbet", {"1xbet"})])
def test_a_latin_name_ending_in_bet_is_a_bookmakers(line, names):
    assert measure_line(line, 0).all_brands == names


@pytest.mark.parametrize("line", ["谷歌母公司Alphabet发布财报", "Tibet tourism grew", "Lemon sorbet recipe"])
def test_english_words_ending_in_bet_are_no_brand(line):
    assert measure_line(line, 0).all_brands == frozenset()


@pytest.mark.parametrize("line", ["推出文旅线路和研学线路", "康养线路与茶旅线路受欢迎"])
def test_tourism_routes_are_no_invented_brands(line):
    assert measure_line(line, 0).all_brands == frozenset()


@pytest.mark.parametrize(
    ("line", "names"),
    [("HW88 Sports is giving new members a bonus", {"hw88 sports"}), ("Fox Sports and Sky Sports", set())],
)
def test_letters_and_digits_before_a_betting_word_name_a_site(line, names):
    assert measure_line(line, 0).all_brands == names


def test_words_before_slots_in_a_sentence_are_no_name():
    assert measure_line("The site offers slots and video slots", 0).all_brands == frozenset()


@pytest.mark.parametrize(
    "text", ["I deposited $18,000 on an overseas casino site.", "Police raided an illegal casino."]
)
def test_a_kind_of_casino_is_no_name(text):
    assert measure_line(text, 0).all_brands == frozenset()


@pytest.mark.parametrize("name", ["网贷平台", "网约车平台", "众筹平台", "网购平台"])
def test_an_everyday_noun_jiebas_dictionary_predates_is_no_invented_brand(name):
    assert not measure_line(f"他先后借了十几个{name}的钱。", 0).all_brands


def test_a_report_on_gambling_addiction_naming_loan_platforms_keeps_its_sentence():
    # Written for this test: a report sentence naming the games and the loans of an addiction case.
    line = (
        "小陈告诉记者，他最早是在手机上看到所谓“体育竞猜”广告，从几十元下注开始，后来发展到通宵在境外赌博网站"
        "玩百家乐和老虎机，两年间先后借了十几个网贷平台，累计欠款三十余万元。"
    )
    assert clean_text(BRIEF + "\n" + line).text == BRIEF + "\n" + line


@pytest.mark.parametrize("domain", ["luckyfarrow-slots.com", "spin-casino.net", "reelmaple.bet"])
def test_a_domain_that_says_casino_or_slots_in_a_part_of_its_own_is_a_brand(domain):
    assert measure_line(domain, 0).all_brands


@pytest.mark.parametrize("domain", ["casinoreports.com", "bestslots.com", "slot-machine-history.com"])
def test_a_domain_with_casino_or_slot_inside_a_word_is_no_brand_by_its_shape(domain):
    assert not measure_line(domain, 0).all_brands
