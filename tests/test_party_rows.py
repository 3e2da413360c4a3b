"""A brand as the whole value of a notice's party row (主办单位：, 中标人：, 冠军：) is cut; the label stays.

Written for these tests: invented brands (翎澜体育, 拓赢体育, ZOLVIN娱乐) and invented notices.
"""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_text
from newsclean.cleaning.parties import find_party_brand

NOTICE = (
    "关于举办2025年教育评价改革学术讲座的通知\n"
    "各学院、各部门：\n"
    "为推进教育评价改革，学校定于4月16日下午在图书馆学术报告厅举办专题讲座，欢迎师生参加。\n"
    "{row}\n"
    "报告人简介：许慧敏，某研究院研究员，长期从事教育评价与考试改革研究。"
)


@pytest.mark.parametrize(
    ("row", "brand"),
    [
        ("主办单位：拓赢体育官网", "拓赢体育官网"),
        ("中标人：翎澜体育官网", "翎澜体育官网"),
        ("冠军：ZOLVIN娱乐", "ZOLVIN娱乐"),
        ("网址：kq7788.vip", "kq7788.vip"),
    ],
)
def test_a_brand_as_a_partys_value_goes_and_the_label_stays(row, brand):
    body = NOTICE.format(row=row)
    assert clean_text(body).text == body.replace(brand, "")


@pytest.mark.parametrize(
    "row",
    [
        "主办单位：北京体育大学",  # a real party: 体育 in a university's name
        "承办单位：市体育局、市文化和旅游局",
        "冠军：高二（3）班",
        "联系人：孙丽，电话：0531-8692-2015",
    ],
)
def test_a_real_partys_row_is_kept(row):
    body = NOTICE.format(row=row)
    assert clean_text(body).text == body


@pytest.mark.parametrize(
    "row",
    [
        "推荐平台：拓赢体育官网",  # the label sells: no party's row
        "最新网址：kq7788.vip",
        "录取查询入口：拓赢体育官方网站，信誉第一，大额无忧。",  # the value says more than a name
    ],
)
def test_a_row_that_sells_is_no_partys(row):
    assert find_party_brand(row) is None
    assert row not in clean_text(NOTICE.format(row=row)).text


def test_a_brand_in_one_field_of_a_footer_row_goes_and_the_other_fields_stay():
    footer = "主办单位：乐澜娱乐\u3000承办单位：青崖镇党政综合办公室"
    body = NOTICE.format(row="如有疑问，请与镇财政所联系，电话：0597-6831152。") + "\n" + footer
    assert clean_text(body).text == body.replace("乐澜娱乐", "")


def test_a_sentence_with_a_colon_is_no_row_of_fields():
    line = "通知如下：主办单位为拓赢体育官网，承办单位另行通知。"
    assert find_party_brand(line) is None


def test_switching_brand_substitution_off_switches_the_party_rows_off_too():
    from dataclasses import replace

    from newsclean.cleaning.config import DEFAULTS

    body = NOTICE.format(row="中标人：翎澜体育官网")
    config = replace(DEFAULTS, disabled_rules=frozenset({"brand_substitution"}))
    assert "翎澜体育官网" not in clean_text(body).text
    assert "brand_substitution" not in {r.rule for r in clean_text(body, config).removed}
