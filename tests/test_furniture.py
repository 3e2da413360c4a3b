"""Page furniture after the article's end is trimmed; the article's own last lines, credits and notices
stay, and so does anything with gambling words (the cleaning's to remove and record)."""

from __future__ import annotations

import pytest

from newsclean.extraction.furniture import is_furniture, strip_trailing_furniture
from newsclean.extraction.leading import is_leading_meta, strip_leading_meta

LAST = "专家表示，相关部门将继续跟踪评估政策效果，并适时出台配套措施。"


@pytest.mark.parametrize(
    "line",
    [
        "分享到：",
        "微信扫一扫 关注该公众号",
        "更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）",
        "All Rights Reserved 新浪公司 版权所有",
        "Copyright © 1996-2019 SINA Corporation",
        "- 娱乐",
        "网友评论仅供其表达个人看法，并不表明网易立场。",
        "免责声明：本文仅代表作者本人观点，与本网无关。",
        "- 质疑三星反遭网友科普：华为高管再回应 2019-09-07 12:55 华为",
        "为您推荐",
    ],
)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        LAST,
        "责任编辑：张三",
        "本文为本站原创文章，未经允许不得转载。",
        "（原题为《是“收割韭菜”还是“回归理性”》）",
        "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)",
        "市民可关注官方公众号获取最新通知，扫描二维码即可在线预约，各区服务大厅同步开放办理业务。",
    ],
)
def test_the_articles_own_lines_are_no_furniture(line):
    assert not is_furniture(line)


def test_the_trim_stops_at_the_articles_credits():
    body = f"第一段。\n{LAST}\n责任编辑：张三\n分享到：\n- 推荐\n- 体育\nAll Rights Reserved 新浪公司 版权所有"
    assert strip_trailing_furniture(body) == f"第一段。\n{LAST}\n责任编辑：张三"


def test_related_headlines_that_are_links_go_with_the_furniture():
    body = f"{LAST}\n相关推荐\n国际油价连续三日上涨\n本地新建三座公园"
    links = {"国际油价连续三日上涨", "本地新建三座公园"}
    assert strip_trailing_furniture(body, links) == LAST


def test_a_reports_last_sentence_naming_gambling_stays_though_it_says_report_it():
    body = f"{LAST}\n警方提醒，参与网络赌博涉嫌违法，遇到类似网站请及时举报。\n违法和不良信息举报电话：12377"
    assert strip_trailing_furniture(body) == f"{LAST}\n警方提醒，参与网络赌博涉嫌违法，遇到类似网站请及时举报。"


def test_injected_gambling_lines_stay_for_the_cleaning_to_record():
    body = f"{LAST}\n相关阅读:万博官网APP,百家乐平台\n分享到："
    assert strip_trailing_furniture(body) == f"{LAST}\n相关阅读:万博官网APP,百家乐平台"


@pytest.mark.parametrize(
    "line",
    [
        "（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）",
        "原标题：视界丨这个中国人习以为常的地方",
        "澎湃新闻记者 段彦超 廖艳",
        "石佳/中国青年报",
        "2019-09-24 09:10",
        "来源：商讯",
        "字号",
        "登录超时，稍后再试",
        "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）",
        "▲图片来自视频截图。",
    ],
)
def test_dateline_block_lines_above_the_article_are_meta(line):
    assert is_leading_meta(line)


@pytest.mark.parametrize(
    "line",
    [
        "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革。",
        "记者从市公安局获悉，一批涉案人员已被依法刑事拘留。",
        "西方世界的一些反华分子正试图串联起来。",
    ],
)
def test_the_first_paragraph_is_no_meta(line):
    assert not is_leading_meta(line)


def test_the_body_starts_at_its_first_paragraph_and_never_ends_empty():
    body = f"（原标题：某地暴雨）\n澎湃新闻记者 张三\n2019-09-24 09:10\n{LAST}\n第二段。"
    assert strip_leading_meta(body) == f"{LAST}\n第二段。"
    assert strip_leading_meta("来源：商讯") == "来源：商讯"


def test_a_byline_carrying_a_brand_stays_for_the_cleaning():
    body = f"记者 百家乐平台\n{LAST}"
    assert strip_leading_meta(body) == body


def test_a_last_caption_that_credits_its_photographer_stays_and_a_bare_one_goes():
    credited, bare = "图为某社区新建的笼式足球场。 中新社记者 张亨伟 摄", "社区新建的笼式足球场"
    assert strip_trailing_furniture(f"{LAST}\n{credited}", captions={credited}) == f"{LAST}\n{credited}"
    assert strip_trailing_furniture(f"{LAST}\n{bare}", captions={bare}) == LAST
