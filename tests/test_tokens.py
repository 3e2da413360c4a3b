"""Tokens and TF-IDF keywords from one jieba cut: the same keywords ``jieba.analyse.extract_tags`` finds."""

from __future__ import annotations

import gc

import pytest

from newsclean.cleaning.tokens import segment, segment_with_keywords, tfidf_keywords, top_keywords

SAMPLES = {
    "zh_news": "当地时间12月8日，美国总统特朗普宣布，将允许英伟达对华出口其H200人工智能（AI）芯片。"
    "英伟达股价随后上涨，分析人士认为，芯片出口管制的调整将影响全球半导体产业链。",
    # stop words in any case (The, THE), one-letter words, ASCII punctuation runs jieba keeps as one token
    "mixed_en": "The Federal Reserve said THE rate is 5.25%... Markets -- and the dollar -- rose; "
    "美联储 said it would act if needed. A B C",
    # every word once: the order among equal weights is extract_tags' insertion order
    "ties": "苹果 香蕉 橘子 葡萄 西瓜 草莓 芒果 菠萝 樱桃 柠檬 桃子 李子",
    "punctuation": "……——！！《新闻联播》“重磅”消息：2025年GDP增长5%，CPI上涨0.2%。\n\n\u3000\u3000第二段。",
    "empty": "",
}


@pytest.fixture(scope="module")
def extract_tags():
    # loads the project's words into jieba.dt, then jieba.analyse (its leaked file handled), as the pipeline does
    segment_with_keywords("", 1)
    from jieba.analyse import default_tfidf

    return default_tfidf.extract_tags


@pytest.mark.parametrize("top_k", [3, 10, 0], ids=["top3", "top10", "all"])
@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_segment_with_keywords_equals_segment_and_jieba_extract_tags(extract_tags, text, top_k):
    tokens, keywords = segment_with_keywords(text, top_k)
    assert tokens == segment(text)
    assert keywords == extract_tags(text, topK=top_k)
    assert top_keywords(text, top_k) == keywords


def test_keywords_count_punctuation_tokens_that_segment_drops(extract_tags):
    # "..." is one jieba token: no word for ``segment``, a two-character term for extract_tags
    text = "增长... 增长... 增长..."
    assert segment_with_keywords(text, 5) == (["增长", "增长", "增长"], ["...", "增长"])
    assert extract_tags(text, topK=5) == ["...", "增长"]


def test_tfidf_keywords_of_a_given_cut():
    assert tfidf_keywords(["增长", "...", " ", "增长", "...", " ", "增长", "..."], 5) == ["...", "增长"]


def test_keywords_use_jieba_default_tfidf_and_build_no_other():
    segment_with_keywords("英伟达对华出口H200芯片。", 3)
    import jieba.analyse
    from jieba.analyse.tfidf import TFIDF

    extractors = [o for o in gc.get_objects() if isinstance(o, TFIDF)]
    assert extractors == [jieba.analyse.default_tfidf]


def test_the_segmenter_is_built_once_whatever_cache_folder_later_calls_name(tmp_path):
    """A second build added the user words again, raising jieba's total frequency: the same text then cut two ways."""
    from newsclean.cleaning.tokens import load_segmenter, segment

    text = "11月下旬，警方在多地同步开展收网行动，一举打掉推广代理、技术维护和资金结算等环节。"
    first = load_segmenter()
    total, cut = first.total, segment(text)
    assert load_segmenter(str(tmp_path / "another")) is first
    assert first.total == total
    assert segment(text, str(tmp_path / "another")) == cut
