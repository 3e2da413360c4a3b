"""Folding for matching: what obfuscation it sees through, what prose it leaves alone, and the map back."""

from __future__ import annotations

import pytest

from newsclean.cleaning.matching import fold

SEES_THROUGH = [
    ("皇 冠 体 育", "皇冠体育"),  # inserted spaces between Han characters
    ("澳\u200b门\u200b新\u200b葡\u200b京", "澳门新葡京"),  # zero-width spaces
    ("威\ufe0f尼\ufe0f斯\ufe0f人", "威尼斯人"),  # emoji variation selectors
    ("k Y 体 育", "ky体育"),  # single letters spaced out
    ("w w w . 8 8 2 9 . c o m", "www.8829.com"),
    ("开云·kaiyun体育(官方)网站", "开云kaiyun体育官方网站"),  # dot between scripts, brackets around 官方
    ("九游会J9·(中国)官方网站", "九游会j9官方网站"),
    ("ＡＧ真人", "ag真人"),  # full-width letters
    ("澳.门.新.葡.京", "澳门新葡京"),
    ("亿.澜.ti.育", "亿澜ti育"),  # pinyin units among the split characters
    ("悦🐟体🏀育", "悦体育"),  # emoji between Han characters
    ("翼🎯博🎯真🎯人", "翼博真人"),
]
LEAVES = [
    "约翰·史密斯说",  # a transliterated name keeps its dot
    "I am a student here",  # one single letter is a word
    "He said: I, a, b.",
    "西门子(中国)有限公司的官方(授权)店",
    "访问 www.sina.com.cn 或 v1.2.3 版",  # dotted addresses and versions with no Han unit
    "🍉 夏天到了，吃西瓜吧。🍉",  # emoji between phrases, not inside a word
]


@pytest.mark.parametrize(("text", "folded"), SEES_THROUGH)
def test_fold_sees_through_obfuscation(text, folded):
    assert fold(text).text == folded


@pytest.mark.parametrize("text", LEAVES)
def test_fold_leaves_prose_shape_alone(text):
    assert fold(text).text.replace("(中国)", "") == text.lower().replace("(中国)", "")


@pytest.mark.parametrize(("text", "_"), SEES_THROUGH)
def test_fold_maps_every_folded_character_back_to_the_same_character(text, _):
    folded = fold(text)
    for i, ch in enumerate(folded.text):
        assert text[folded.index[i]].lower() in {ch, ch.upper()} or ord(text[folded.index[i]]) > 0xFF00


def test_a_homophone_shorter_than_its_variant_maps_to_the_whole_variant():
    # baijiale folds to 百家乐: a span over 百家乐 must cover all of baijiale in the original
    from newsclean.cleaning.spans import term_spans

    assert [(a, b) for a, b in term_spans("今晚玩baijiale赢钱")] == [(3, 11)]


def test_a_letter_that_lower_cases_to_two_characters_keeps_the_offsets_right():
    from newsclean.cleaning import clean_text

    assert clean_text("【İ澳门新葡京官网】正文第一段内容很长很长。").text.endswith("正文第一段内容很长很长。")


def test_word_sets_find_what_each_list_finds_alone():
    from newsclean.cleaning.tries import WordSets, alternation

    lists = {"a": ["ag", "ag真人", "真人"], "b": ["真人平台", "平台", "bet"], "c": []}
    texts = ["ag真人平台登录", "again 真人", "bet365 真人平台 bet", "", "真人真人平台"]
    sets = WordSets(lists)
    for text in texts:
        found = sets.findall_each(text)
        for name, words in lists.items():
            alone = alternation(words)
            assert found[name] == (alone.findall(text) if alone else [])


def test_a_name_spelled_to_dodge_filters_is_a_brand_and_the_same_name_written_plainly_is_not():
    from newsclean.cleaning.features import measure_line

    assert "富湛体育" in measure_line("富湛ti育 zhen人bo彩 註冊送88", 0).brands
    assert not measure_line("东城体育中心今天开放", 0).brands


def test_folding_a_long_run_of_letters_before_a_dot_returns():
    """A pinyin-split pattern with nested optional groups backtracked exponentially on such text (hung)."""
    text = "abcdefghij" * 50 + "." + "亿.澜.ti.育"
    assert fold(text).text.endswith("亿澜ti育")


def test_an_english_word_is_found_in_its_plural_as_itself():
    from newsclean.cleaning.tries import WordSets

    sets = WordSets({"terms": ["online casino", "casino", "slot", "slots", "bet"]})
    found = sets.findall_each("top online casinos, casinoso and casinos. slots bets")["terms"]
    # "slots" is a word of its own; "bets" is too short to read as a plural; "casinoso" is no plural
    assert found == ["online casino", "casino", "slots"]


def test_casino_affiliate_names_in_latin_script_are_brand_shapes():
    from newsclean.cleaning.shapes import latin_brand_names

    line = "Skip the queue at SpinHollow or NovaStakes, or try Quabrix88 and LuckyNova88 today."
    assert latin_brand_names(line) == {"spinhollow", "novastakes", "quabrix88", "luckynova88"}
    # joined names with no gambling part, model numbers and a road are no such names
    assert (
        latin_brand_names("Watch it on YouTube or PlayStation, fly an A380, drive Route66 in an iPhone 15 ad.") == set()
    )


def test_traditional_characters_fold_to_simplified_one_for_one():
    folded = fold("六合彩 特碼 平碼 殺號 走勢圖")
    assert folded.text == "六合彩特码平码杀号走势图"
    assert len(folded.index) == len(folded.text)  # every character keeps its offset


def test_a_traditional_tip_line_scores_as_its_simplified_twin():
    from newsclean.cleaning.features import measure_line

    traditional = measure_line("六合彩 特碼 平碼 殺號 走勢圖", 0)
    simplified = measure_line("六合彩 特码 平码 杀号 走势图", 0)
    assert traditional.score == simplified.score > 0
    assert traditional.terms == simplified.terms


def test_a_star_inside_a_two_character_word_is_dropped_for_matching():
    assert fold("铂*澜*娱*乐 官*网 注*册").text == "铂澜娱乐官网注册"  # and the gaps between Han words close
    assert fold("*注：价格仅供参考").text == "*注：价格仅供参考"  # a footnote's star starts a note
