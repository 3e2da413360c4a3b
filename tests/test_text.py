"""Whitespace normalisation keeps Chinese punctuation and paragraphs."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text, normalize_text

CASES = [
    ("　　第一段，内容。\n\n\n第二段：“引号”", "第一段，内容。\n第二段：“引号”", {"whitespace": 3}),
    ("皇\u200b冠", "皇冠", {"zero_width": 1}),
    ("a\x00b\x1fc", "abc", {"control_char": 2}),
    ("word  word\tword\xa0word", "word word word word", {"whitespace": 1}),
    ("中文　全角空格在中间", "中文　全角空格在中间", {}),
    ("line1\r\nline2", "line1\nline2", {}),
]


@pytest.mark.parametrize(("text", "expected", "counts"), CASES)
def test_normalize_text(text, expected, counts):
    result = normalize_text(text)
    assert result.text == expected
    assert result.counts() == counts


def test_normalize_text_never_applies_nfkc():
    text = "标点，：（）“”！？；、。"
    assert normalize_text(text).text == text


def test_clean_text_is_idempotent_and_only_deletes():
    text = "记者{{ author }}报道。\n\n本文系独家稿件,未经授权,不得转载。\n{!! riqi() !!},万博官网APP,AG真人平台登录,下载皇冠体育365app"
    once = clean_text(text).text
    assert clean_text(once).text == once
    assert len(once) < len(text)
