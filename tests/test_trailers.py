"""keyword_trailer_item: brands mixed into a page's own keyword line go; the site's keywords stay."""

from __future__ import annotations

import pytest

from newsclean.cleaning import clean_article, remove_spam

BRIEF = "为方便居民出行，市公交集团自11月18日起新开3条社区微循环线路，连接大型居住区、地铁站和农贸市场，票价1元。"


@pytest.mark.parametrize(
    ("trailer", "kept"),
    [
        ("本文关键词：创新创业大赛,大学生,校内选拔赛,九游会", "本文关键词：创新创业大赛,大学生,校内选拔赛"),
        ("标签：公交 社区 ab8899.vip 出行", "标签：公交 社区 出行"),
        (
            "本文关键词：华体会官网,德邦,物流,快递",
            "本文关键词：德邦,物流,快递",
        ),  # the first item takes the comma after it
        ("相關搜尋：滷肉飯,滷肉做法,古早味,金樂88娛樂城", "相關搜尋：滷肉飯,滷肉做法,古早味"),
    ],
)
def test_brands_in_a_keyword_trailer_go_and_the_site_keywords_stay(trailer, kept):
    result = remove_spam(f"{BRIEF}\n{trailer}")
    assert result.text == f"{BRIEF}\n{kept}"
    assert {r.rule for r in result.removals} == {"keyword_trailer_item"}


@pytest.mark.parametrize(
    "trailer",
    ["标签：经济 消费 政策", "相关搜索：螺杆空压机,空压机保养,油气分离器更换", "上一篇：全国秋粮收购进度过半"],
)
def test_a_keyword_trailer_without_gambling_is_untouched(trailer):
    assert remove_spam(f"{BRIEF}\n{trailer}").text == f"{BRIEF}\n{trailer}"


def test_a_trailer_of_brands_only_goes_whole():
    trailer = "相关搜索:亚博体育app 开云官网 九游会登录 必威体育 华体会 真人百家乐"
    assert remove_spam(f"{BRIEF}\n{trailer}").text.strip() == BRIEF


def test_a_brief_with_one_spam_line_below_is_an_article_not_a_parasite_page():
    article = clean_article("社区微循环公交开通", f"{BRIEF}\n九游会 尊龙凯时 华体会")
    assert (article.is_spam, article.body.text) == (False, BRIEF)


@pytest.mark.parametrize(
    ("trailer", "kept"),
    [
        ("上一篇：大口径钢丝网骨架管kx88体育app下载的安装要点", "上一篇：大口径钢丝网骨架管的安装要点"),
        ("下一篇：三格化粪池澜峤体育官网具体尺寸", "下一篇：三格化粪池具体尺寸"),
    ],
)
def test_a_brand_put_in_a_neighbour_headline_goes_and_the_headline_stays(trailer, kept):
    result = remove_spam(f"{BRIEF}\n{trailer}")
    assert result.text == f"{BRIEF}\n{kept}"


def test_spam_only_terms_glued_into_a_sentence_go():
    line = "冲超成功的辽宁铁人队长获得赛季最佳球员，加拿大28人工计划软件最佳射手由南通支云外援以21球获得。"
    result = remove_spam(f"{BRIEF}\n{line}")
    assert result.text == f"{BRIEF}\n" + line.replace("加拿大28人工计划软件", "")
    assert [r.rule for r in result.removals] == ["stuffed_terms"]


# Written for this test: a farm-price bulletin (invented prices) with tip items woven in as rows.
PRICE_ROWS = ["芹菜 2.40元/斤", "菠菜 3.00元/斤", "莲藕 3.50元/斤", "冬瓜 0.90元/斤", "本期价格由县价格监测中心提供。"]


@pytest.mark.parametrize("item", ["极速赛车 冠亚和 精准单双", "北京赛车pk10杀号公式在线", "加拿大28 大小单双 在线预测"])
def test_a_tip_item_of_two_spam_only_terms_and_a_sellers_word_goes_whole(item):
    rows = [*PRICE_ROWS[:2], item, *PRICE_ROWS[2:]]
    assert [line for line in remove_spam("\n".join(rows)).text.splitlines() if line] == PRICE_ROWS


def test_a_report_on_tip_seller_software_keeps_its_words():
    line = "警方查明，该团伙以“加拿大28人工计划软件”为诱饵，诱导受害人充值，涉案金额逾百万元。"
    assert remove_spam(f"{BRIEF}\n{line}").removals == ()


def test_gambling_items_glued_into_a_sites_own_product_list_go_and_its_products_stay():
    line = "产品中心：速冻水饺 极速飞艇在线计划 手工汤圆 鲜肉馄饨 秒速时时彩 葱油拌面"
    assert remove_spam(f"{BRIEF}\n{line}").text == f"{BRIEF}\n产品中心：速冻水饺 手工汤圆 鲜肉馄饨 葱油拌面"
    glued = "主营产品：伺服油缸、液压站、比例阀组、极速赛车人工计划软件恒锐蓄能器"
    assert remove_spam(f"{BRIEF}\n{glued}").text == f"{BRIEF}\n主营产品：伺服油缸、液压站、比例阀组、恒锐蓄能器"


def test_a_pitch_under_a_heading_is_no_product_list():
    pitch = "开箱网站推荐：zx9体育CS2开箱，饰品秒回收，充值返利，电竞竞猜赛前赛中滚球"
    assert remove_spam(f"{BRIEF}\n{pitch}").text.strip() == BRIEF


def test_minute_draw_private_lotteries_in_a_farm_tail_go():
    tail = ["热门彩种", "重庆时时彩", "五分彩", "台湾宾果", "极速六合", "幸运农场 开奖记录"]
    body = "\n".join([*PRICE_ROWS, *tail])
    assert [line for line in remove_spam(body).text.splitlines() if line] == PRICE_ROWS


def test_a_reading_list_keeps_the_sites_own_titles_and_loses_the_brands():
    line = "猜你喜欢：阳台种菜｜星湾体育下载｜草莓怎么种｜多肉浇水｜盛霖真人官方网址｜绿萝黄叶"
    assert remove_spam(f"{BRIEF}\n{line}").text == f"{BRIEF}\n猜你喜欢：阳台种菜｜草莓怎么种｜多肉浇水｜绿萝黄叶"


@pytest.mark.parametrize(
    "line",
    [
        "相关阅读：星湾体育app下载，盛霖真人官网，澳洲幸运10计划",  # a list of brands: a farm
        "延伸阅读：溪辰线路最新入口 稳定不迷路",  # titles hold spaces: one pitch, not two items
    ],
)
def test_a_reading_label_over_a_farm_or_a_pitch_goes_whole(line):
    assert remove_spam(f"{BRIEF}\n{line}").text.strip() == BRIEF


def test_a_name_ending_in_a_noun_only_gambling_sites_use_goes_from_a_trailer():
    line = "相关搜索：澜屿体育官网入口 议论文开头 烁岚彩票平台 高考作文素材 在线真人"
    assert remove_spam(f"{BRIEF}\n{line}").text == f"{BRIEF}\n相关搜索：议论文开头 高考作文素材"


PROPERTY = (
    "11月第二周新房成交回落 改善型住房占比提升\n"
    "据市房产交易中心数据，11月第二周全市新房成交1094套，环比下降13.7%。\n"
    "其中建面144㎡以上改善型住房成交占比达到21%，较前一周提高3个百分点。\n"
    "{trailer}"
)


@pytest.mark.parametrize(
    ("trailer", "kept"),
    [
        ("标签：房价 二手房 成交量 彩票开奖", "标签：房价 二手房 成交量"),
        ("Tags: property, rental yield, online baccarat", "Tags: property, rental yield"),
        ("相关搜索：房贷计算器 体育投注 公积金", "相关搜索：房贷计算器 公积金"),
    ],
)
def test_gambling_words_tagging_a_page_that_never_speaks_of_gambling_go(trailer, kept):
    # Written for this test: a property brief whose keyword line carries words of gambling.
    assert remove_spam(PROPERTY.format(trailer=trailer)).text == PROPERTY.format(trailer=kept)


@pytest.mark.parametrize(
    "body",
    [
        # The page speaks of lotteries: 彩票开奖 is its own keyword.
        "福彩双色球第2024135期开奖 一等奖开出7注\n本期开奖号码为红球03 08 12 19 25 31，蓝球09。\n标签：双色球 彩票开奖 福彩",
        # A business noun alone tags a sports or a show page, whatever the rest says.
        PROPERTY.format(trailer="标签：房价 体育中心 二手房"),
        # A neighbour link's items are a headline's words.
        PROPERTY.format(trailer="上一篇：澳门赌场收入回升 博彩股走强"),
        # A gambling word the page says inside a legitimate name (National Lottery): a tag of its own.
        "National Lottery funding has helped restore the town's Victorian bandstand.\n"
        "The grant of £250,000 came from good causes money raised by players.\n"
        "Tags: National Lottery, lottery funding, good causes",
    ],
)
def test_a_gambling_word_the_page_itself_uses_or_a_headline_stays(body):
    assert remove_spam(body).text == body
