"""What an edit leaves of a line goes when it holds no word (``edit_residue``); lines no rule touched stay.

Written for these tests: invented names (瑞岚体育, 琮湛体育) and invented pages.
"""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text
from newsclean.cleaning.residues import says_nothing

GUIDE = (
    "手机充电口接触不良怎么办？自己动手清理充电口\n"
    "很多朋友的手机用了两三年以后，充电时要把线掰到某个角度才能充上，大部分情况下是充电口里积了灰尘。\n"
    "{line}\n"
    "第一步：关机。清理之前一定要先关机，避免短路。\n"
    "第二步：用牙签沿着充电口内壁轻轻往外刮，注意不要碰中间的触点，动作要轻。"
)


@pytest.mark.parametrize("rest", ["━━━━  rk8866.com ━━━━", "8837", "00:05:20", "— www.ab12.net —"])
def test_a_rest_of_marks_numbers_and_addresses_says_nothing(rest):
    assert says_nothing(rest)


@pytest.mark.parametrize("rest", ["", "第一步", "热门标签：", "Live 3", "9:00 开幕式", "2024-05-12 10:30", "St.Louis"])
def test_a_rest_with_a_word_says_something(rest):
    assert not says_nothing(rest)


def test_a_banner_whose_name_was_cut_goes_whole():
    body = GUIDE.format(line="━━━━━━━━ 瑞岚体育 rk8866.com ━━━━━━━━")
    result = clean_text(body)
    assert "rk8866" not in result.text
    assert "━" not in result.text
    assert "edit_residue" in {r.rule for r in result.removed}
    assert "第二步：用牙签" in result.text


@pytest.mark.parametrize(
    "line",
    [
        "━━━━━━━━ 操作步骤 ━━━━━━━━",  # a section divider: no rule touched it
        "33218245 13:05 03 08 01 10 06 02 09 05 04 07",  # a row of numbers no rule touched
        "工具清单见 www.ab12.net/tools 页面。",
    ],
)
def test_lines_no_rule_touched_stay(line):
    body = GUIDE.format(line=line)
    assert clean_text(body).text == body


def test_a_dateline_that_lost_its_brand_keeps_its_date():
    # Written after a review: a brand put after an article's date and time.
    body = GUIDE.format(line="2024-05-12 10:30 瑞岚体育")
    assert "2024-05-12 10:30" in clean_text(body).text
