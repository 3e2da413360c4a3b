"""Every template rule: what it must remove and what it must keep."""

from __future__ import annotations

import pytest

from newsclean.cleaning.templates import RULE_NAMES, remove_template_tags

REMOVES = [
    ("blade_raw_echo", "{!! riqi() !!},新闻标题", ",新闻标题"),
    ("handlebars_triple", "正文{{{body}}}结束", "正文结束"),
    ("mustache_echo", "记者{{ author }}报道", "记者报道"),
    ("jinja_statement", "{% if a %}正文{% endif %}", "正文"),
    ("jinja_comment", "正文{# note #}", "正文"),
    ("php_block", "标题<?php echo $title; ?>结束", "标题结束"),
    ("php_block", "标题<?= $t ?>结束", "标题结束"),
    ("erb_tag", "作者<%= author %>报道", "作者报道"),
    ("jsp_expression", "标题${article.title}结束", "标题结束"),
    ("smarty_var", "标题{$title}结束", "标题结束"),
    ("phpcms_tag", '{pc:content action="lists"}正文{/pc}', "正文"),
    ("phpcms_tag", "{loop $data $r}正文{/loop}", "正文"),
    ("phpcms_function", "发布时间：{date('Y-m-d H:i',$inputtime)}", "发布时间："),
    ("smarty_var", "{$smarty.now|date_format:'%Y-%m-%d'}正文", "正文"),
    ("blade_directive", "@if($article->cover)图片说明@endif", "图片说明"),
    ("jstl_tag", '编辑：<c:out value="${article.editor}"/>', "编辑："),
    ("dedecms_tag", "{dede:field name='title'/}正文", "正文"),
    ("dedecms_field", "[field:title/]正文", "正文"),
    ("empirecms_var", "[!--newstext--]正文", "正文"),
    ("ssi_directive", '正文<!--#include file="footer_ad.html"-->', "正文"),
    ("wordpress_seo_var", "欢迎访问%%sitename%%", "欢迎访问"),
    ("generator_slot", "{随机关键词}正文[标题]结束【关键词】", "正文结束"),
    # A slot under a name no list holds, recognised by its shape: Han words (and a count) alone in braces.
    ("generator_slot", "{副标题}\n本文作者：{编辑名}，共{随机段落3}段，{数字6}字", "\n本文作者：，共段，字"),
    ("generator_slot", "来源：{$来源} 关键词：%关键词2%", "来源： 关键词："),
    # Other slot syntaxes around a Han name: dollar braces, doubled percent signs (Yoast's own delimiters).
    ("generator_slot", "编辑：${责任编辑}\n%%随机长句%%\n正文", "编辑：\n\n正文"),
    # A listed name with a count in square brackets, where a number belongs in the sentence.
    ("generator_slot", "全市新增绿道[随机数字2]公里，【关键词3】", "全市新增绿道公里，"),
    # A slot named in pinyin: the whole word splits into pinyin syllables.
    ("generator_slot", "{biaoti}\n摘要：{zhaiyao2} {$laiyuan}", "\n摘要： "),
]

KEEPS = [
    "【记者 张三】北京报道",
    "据《人民日报》报道[1]，集合{1, 2, 3}的元素",
    "收购价为$45 million。",
    "Vue 的插值写作 `{{ message }}`，Jinja 的循环写作 `{% for item in items %}`。",
    "在 Vue 模板语法中，{{ message }} 会被替换为数据。",
    "Laravel 的 Blade 模板里，{!! $comment->body !!} 不做转义，要慎用。",
    "数组公式写作{=SUM(A1:A3*B1:B3)}，集合记作{苹果，香蕉}。",  # formulas and sets are no slots
    "今年上涨3%，同比增长5%左右。",  # percent signs around prose are no slot
    "【产品名称】全自动枕式包装机\n【联系人】张先生",  # a spec sheet's labels, each with its value
    "空置率从10%左右降到了5%。",
    "在织梦模板里，标题位置写作“{文章标题}”，生成时被替换。",  # a tutorial quoting a slot
    "PHP 模板变量可以写成 {网站名称} 的形式，渲染时由控制器赋值。",  # ... or naming one in a sentence
    "详见[附件2]和[图表3]，共[1]项。",  # references in square brackets: no slot's name
    "Python 格式化字符串里写 {banana} 或 {return}，运行时替换。",  # code braces a word on purpose
    "英文单词{spring}在句中不是占位符。",  # an English word in braces is no pinyin
]


@pytest.mark.parametrize(("rule", "text", "expected"), REMOVES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(REMOVES)])
def test_remove_template_tags_removes_with_rule_name(rule, text, expected):
    result = remove_template_tags(text)
    assert result.text == expected
    assert {r.rule for r in result.removals} == {rule}


@pytest.mark.parametrize("text", KEEPS)
def test_remove_template_tags_keeps_legit_text(text):
    result = remove_template_tags(text)
    assert (result.text, result.removals) == (text, ())


def test_generator_slots_outside_sentences_are_removed_even_in_code_discussion():
    text = "Vue 的模板语法用双大括号插值。\n{!! riqi() !!},万博官网APP"
    assert remove_template_tags(text).text == "Vue 的模板语法用双大括号插值。\n,万博官网APP"


def test_han_slots_at_a_fields_edge_are_removed_even_in_code_discussion():
    # A Q&A about Vue keeps the {{ msg }} it discusses; the generator's Han-named slots in its byline and on a
    # line of their own are no Vue and go.
    text = "Vue 里 {{ msg }} 不刷新怎么办？\n答：用 this.$set 赋值。\n转载自{来源网站}\n{随机标签}"
    result = remove_template_tags(text)
    assert result.text == "Vue 里 {{ msg }} 不刷新怎么办？\n答：用 this.$set 赋值。\n转载自\n"
    assert {r.rule for r in result.removals} == {"generator_slot"}


def test_snake_case_slots_filling_fields_go_even_in_code_discussion():
    # Written for this test: a developer digest quotes template code, and a generator left its own slots.
    text = (
        "Vue 3.5 improves reactivity: templates such as `{{ count }}` update faster.\n"
        "{trending_keyword} {spun_sentence}\n"
        "Posted by %author_name%"
    )
    result = remove_template_tags(text)
    assert result.text.split("\n") == [
        "Vue 3.5 improves reactivity: templates such as `{{ count }}` update faster.",
        " ",
        "Posted by ",
    ]
    assert {r.rule for r in result.removals} == {"generator_slot"}


def test_snake_case_fields_in_a_line_of_code_stay_in_code_discussion():
    text = 'Jinja and Python templates both use braces.\nprint(f"Hello {user_name}")\ngreeting = "Hi {first_name}"'
    assert remove_template_tags(text).text == text


def test_a_cms_field_heading_a_tutorial_section_stays():
    text = "织梦模板教程：{dede:arclist}标签参数详解\n模板里的标签决定列表如何输出。"
    assert remove_template_tags(text).text == text


def test_an_article_about_leftover_tags_keeps_the_tags_it_quotes():
    text = "研究人员发现，模板文件被篡改后，页面中出现 {!! riqi() !!} 这类未转义、未被渲染的标签。"
    assert remove_template_tags(text).text == text


def test_quoted_code_can_be_removed_when_configured():
    assert remove_template_tags("`{{ message }}`", keep_quoted_code=False).text == "``"


SEPARATOR_RESIDUE = [
    ("{!! riqi() !!},\n正文。", "\n正文。"),
    ("{!! riqi() !!}|{!! reci() !!}\n正文", "\n正文"),
    ("{$title} ， \n正文", "  \n正文"),
    ("市委宣传部召开推进会_{网站名称}", "市委宣传部召开推进会"),  # a title field's separator before its slot
]
SEPARATOR_KEEPS = [
    ("{!! reci() !!} 农村供水,保障水平提升", " 农村供水,保障水平提升"),  # words left: only the tag goes
    ("……\n***\n|", "……\n***\n|"),  # no tag on these lines: section breaks are the article's
    ("{$x}……", "……"),  # an ellipsis is no list separator
    ("{$x}中超联赛 - 第12轮", "中超联赛 - 第12轮"),  # a separator before words, not before the slot
]


@pytest.mark.parametrize(("text", "expected"), SEPARATOR_RESIDUE)
def test_tag_separator_removes_separators_left_between_removed_tags(text, expected):
    result = remove_template_tags(text)
    assert result.text == expected
    assert "tag_separator" in {r.rule for r in result.removals}


@pytest.mark.parametrize(("text", "expected"), SEPARATOR_KEEPS)
def test_tag_separator_keeps_lines_with_words_or_no_tag(text, expected):
    result = remove_template_tags(text)
    assert result.text == expected
    assert "tag_separator" not in {r.rule for r in result.removals}


def test_every_rule_has_a_removal_case():
    assert {rule for rule, _, _ in REMOVES} | {"tag_separator"} == set(RULE_NAMES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemerintah kota {nama_situs} mengumumkan jadwal baru.", "Pemerintah kota  mengumumkan jadwal baru."),
        ("[spin_artikel]\nHarga cabai naik lagi di pasar.", "\nHarga cabai naik lagi di pasar."),
        ("Baca juga: %%RANDOM_LINK%%", "Baca juga: "),
        (
            "港股今日收涨。\n%keyword%\n恒指涨1.2%。",
            "港股今日收涨。\n\n恒指涨1.2%。",
        ),  # a lowercase name in percent signs
    ],
)
def test_a_slot_named_in_snake_case_goes(text, expected):
    assert remove_template_tags(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题：{field:title}\n[c:description]\n正文。", "标题：\n\n正文。"),  # a namespaced field
        ("今天是$随机句子$的好日子。", "今天是的好日子。"),  # a listed name between dollar signs
        ("话题 #keyword2# 讨论。", "话题  讨论。"),  # a listed name between hashes
        ("近日，$company_name$成功入选。", "近日，成功入选。"),  # a snake_case name between dollar signs
        ("坐诊专家：#doctor_name#（#doctor_title#）", "坐诊专家："),  # and between hashes (the emptied brackets go too)
        ("<!--#relate_list#-->\n正文。", "\n正文。"),  # a template comment naming its block
        ("发布时间：{time}\u3000浏览次数：{hits}", "发布时间：\u3000浏览次数："),  # a braced word as a field's value
        ("来源：[来源名称]　作者：[作者]", "来源：　作者：[作者]"),  # a bracketed field name ([作者] may be a note)
        ("媒体联系：[联系人] [联系电话]", "媒体联系： "),  # a press-release template's fields
        ("Read about [[anchor]] at [[url]]. ##KW2##", "Read about  at . "),  # doubled marks
        ("$$anchor_text_3$$\nThe {best|top|most trusted} casino", "\nThe  casino"),  # doubled $, spintax
    ],
)
def test_farm_software_slots_in_other_marks_go(text, expected):
    assert remove_template_tags(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "#春节# 微博话题热度上升，售价$5$。",
        "配色 #fff 与 #1a2b3c，话题 #WorldCup# 与 #世界杯_2026#。",  # colours, a Latin tag, a Han tag
        "参见[注]与[1]，函数写作 f(x) = {x}，对象写作 {a: 1}。",  # notes, numbers and code keep their brackets
        "配置写作 {a:1} 即可。",
        "变量 $HOME 与 $PATH 不同，价格 $10 起。",
        "## Background\nSee [[Main Page]] and $$x^2$$.",
        "集合写作 {x | x²-3x+2=0}，或 {a | b}。",  # set-builder notation
    ],
)
def test_hashtags_prices_and_short_maps_stay(text):
    assert remove_template_tags(text).text == text


@pytest.mark.parametrize("text", ["在命令行输入 echo %PATH% 可以查看环境变量。", "同比增长50%至60%之间。"])
def test_environment_variables_and_percentages_stay(text):
    assert remove_template_tags(text).text == text


def test_a_code_answer_quoting_a_snake_case_placeholder_keeps_it():
    text = "在 Python 的 f-string 里写 {user_id} 会被替换成变量的值，例如 print(f'id={user_id}')。"
    assert remove_template_tags(text).text == text


def test_smarty_tags_in_angle_delimiters_go_whole():
    # ECShop and XOOPS write Smarty with <{ }> delimiters.
    assert remove_template_tags("相关案例推荐：<{$related_posts}>").text == "相关案例推荐："


def test_a_han_slot_in_doubled_brackets_goes():
    assert remove_template_tags("判决书全文见下。\n[[相关案例]]\n本文由律答网整理。").text == (
        "判决书全文见下。\n\n本文由律答网整理。"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("【標題】\n本校圖書館寒假照常開放。", "\n本校圖書館寒假照常開放。"),  # a slot named in traditional script
        ("累積二十本者可獲頒證書。#date#", "累積二十本者可獲頒證書。"),  # a date slot between hashes
        ("本讲示例见课程网站。\n{{ rand_keyword }}\nVue 的模板语法用 {{ count }} 插值。", None),
    ],
)
def test_generator_slots_of_other_names_go(text, kept):
    result = remove_template_tags(text).text
    if kept is not None:
        assert result == kept
    else:
        assert "rand_keyword" not in result
        assert "{{ count }}" in result


def test_a_template_filter_named_random_stays_in_a_lesson():
    text = "Jinja 的 random 过滤器：{{ items|random }} 会随机取一个元素。"
    assert remove_template_tags(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("〖随机标题〗\n正文第一段。", "\n正文第一段。"),  # a listed name in CJK's other brackets
        ("〔关键词〕〖日期〗|港口吞吐量", "|港口吞吐量"),
        ("运输成本下降。{:rand_link:}\n", "运输成本下降。\n"),  # a name between colons in braces
        ("{rand:段落}\n机场提醒旅客。", "\n机场提醒旅客。"),  # a namespaced field with a Han name
        ("编辑：[作者名]", "编辑："),  # a name field
        ("【#标题#】\n正文。", "\n正文。"),  # the brackets that held only the slot go with it
    ],
)
def test_slots_in_other_brackets_and_syntaxes_go(text, kept):
    assert remove_template_tags(text).text == kept


@pytest.mark.parametrize(
    "text",
    [
        "数组写作 {a:1}，参见[注]和（见图）以及【记者 张三】。",  # no listed name, no Han field name
        "报名请注明[姓名]和[单位]。",  # brackets around a word that names no field of the page
        "《标题》一书出版。",  # a book title in its own marks
    ],
)
def test_brackets_prose_uses_stay(text):
    assert remove_template_tags(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("{栏目主标题_3}\n正文。", "\n正文。"),  # a Han slot numbered after an underscore
        ("摘要：{$摘要_100字}", "摘要："),
        ("[[段落_随机4]]\n正文。", "\n正文。"),
        ("相关：<#关键词链接#>", "相关："),  # a Han name between <# and #>
    ],
)
def test_han_slots_qualified_after_an_underscore_or_in_hash_angles_go(text, kept):
    assert remove_template_tags(text).text == kept


@pytest.mark.parametrize("text", ["关于[单位名]申报项目的请示", "合同由[公司名]盖章后生效。"])
def test_a_format_samples_blanks_stay(text):
    assert remove_template_tags(text).text == text


def test_brackets_padded_with_ideographic_spaces_go_with_the_slot_they_held():
    assert remove_template_tags("【\u3000#标题#\u3000】\n正文。").text.strip() == "正文。"


def test_a_placeholder_inside_program_syntax_is_code_on_any_page():
    # Written for this test: a deploy note that names no template language, with a JavaScript template
    # literal and a CI workflow's expressions.
    text = (
        "The deploy script logs what it is doing:\n"
        "console.log(`Deploying ${name} (${symbol}) to ${network.name}...`);\n"
        "The workflow passes the key in as a secret:\n"
        "DEPLOYER_KEY: ${{ secrets.DEPLOYER_KEY }}"
    )
    assert remove_template_tags(text).text == text


def test_an_html_comment_around_a_slot_goes_with_it():
    text = "<!--{$副标题}-->\n央行数字货币研究所与多家商业银行合作，在跨境电商场景试点智能合约自动分账。"
    assert (
        remove_template_tags(text).text
        == "\n央行数字货币研究所与多家商业银行合作，在跨境电商场景试点智能合约自动分账。"
    )


def test_a_cms_leftover_on_a_page_about_other_code_goes():
    # A Foundry tutorial (about code) that never discusses DedeCMS, EmpireCMS or Smarty: their tags at a
    # field's edge are the CMS's leftovers; the Handlebars example in a sentence stays.
    text = (
        "Source: {dede:field.source/}\n"
        "Our release script prints a summary with a template literal:\n"
        "console.log(`Released ${amount} ${symbol} to ${beneficiary}`);\n"
        "The docs site renders the same message from a Handlebars partial: {{amount}} released to {{beneficiary}}.\n"
        "[!--newstext--]\n"
        "Tags: {$keywords}"
    )
    cleaned = remove_template_tags(text).text
    for leftover in ("{dede:field.source/}", "[!--newstext--]", "{$keywords}"):
        assert leftover not in cleaned
    assert "{{amount}} released to {{beneficiary}}." in cleaned
    assert "${amount}" in cleaned


def test_a_tutorial_on_a_cms_keeps_its_tags_even_on_lines_of_their_own():
    # It quotes the tags in its sentences, so the example lines are examples too.
    text = (
        "ThinkPHP的模板中输出数组元素可以用点语法：{$user.name}。\n"
        "当变量可能为空时，可以设置默认值：{$keywords|default='暂无关键词'}\n"
        "{$vo.title}"
    )
    assert remove_template_tags(text).text == text


def test_a_layout_quoted_with_its_markup_is_code():
    # Written for this test: a volunteer's note quoting a static-site layout, markup and all.
    text = (
        "The heart of that layout is a few lines like these:\n"
        "<h1>{{ .Title }}</h1>\n"
        "{{ range .Params.readings }}<li>{{ . }}</li>{{ end }}"
    )
    assert remove_template_tags(text).text == text


def test_a_question_about_a_cms_keeps_its_template_lines():
    # Written after a review: the page names the CMS (Smarty), so its tags on lines of their own are its code.
    text = "Smarty模板中如何遍历数组？模板这样写：\n{foreach $list as $item}\n{$item.title}\n{/foreach}\n但是页面什么都不输出"
    assert remove_template_tags(text).text == text


def test_a_slot_after_a_dollar_is_no_ci_expression():
    assert "site.name" not in remove_template_tags("来源：${{ site.name }}").text
