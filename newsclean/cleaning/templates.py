"""Remove unrendered template tags: what a CMS or a spam generator failed to fill in.

Each rule is one template language's tag shape, bounded in length and never
crossing a line, so a stray brace in prose cannot swallow a paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsclean.cleaning.lexicon import read_sections
from newsclean.cleaning.registry import register, rule_names
from newsclean.cleaning.types import Cleaned, delete_spans


@dataclass(frozen=True)
class Rule:
    name: str  # stable id: used in stats keys, the cleaning field and the rejects feed
    pattern: re.Pattern[str]
    reason: str  # what it catches, and the sample it came from
    code_like: bool = True  # a tech article may quote it on purpose (see keep_quoted_code)
    # A spam generator's own slot ({网站名称}): no template language names a variable in Han, so even in a
    # text about code it is kept only where a sentence quotes it (a tutorial), never at a field's edge.
    generator: bool = False
    # A CMS's own tag (DedeCMS, EmpireCMS, PHPCMS, Smarty, Yoast), with the names a page about the CMS
    # calls it by: no program is written in it outside the CMS's templates, so on a page about other code
    # that never names the CMS nor quotes its tags in a sentence (a Foundry tutorial with Source:
    # {dede:field.source/}) it is the CMS's leftover.
    cms: str = ""


BLADE_RAW_ECHO_RE = re.compile(r"\{!![^{}\n]{0,120}?!!\}")
HANDLEBARS_TRIPLE_RE = re.compile(r"\{\{\{[^{}\n]{1,120}\}\}\}")
MUSTACHE_ECHO_RE = re.compile(r"\{\{[^{}\n]{1,120}\}\}")
JINJA_STATEMENT_RE = re.compile(r"\{%[^{}\n]{1,200}?%\}")
JINJA_COMMENT_RE = re.compile(r"\{#[^{}\n]{0,200}?#\}")
PHP_BLOCK_RE = re.compile(r"<\?(?:php\b|=)[^\n]{0,300}?\?>")
ERB_TAG_RE = re.compile(r"<%[=#-]?[^\n%]{0,200}%>")
JSP_EXPRESSION_RE = re.compile(r"\$\{[A-Za-z_][\w.]{0,60}(?:\([^(){}\n]{0,60}\))?\}")
# ECShop and XOOPS set Smarty's delimiters to <{ }> (<{$related_posts}>): the angle brackets go with the tag.
SMARTY_VAR_RE = re.compile(r"<\{\$?[A-Za-z_][^{}<>\n]{0,80}\}>|\{\$[A-Za-z_][^{}\n]{0,80}\}")
PHPCMS_FUNCTION_RE = re.compile(r"\{[a-z_][a-z0-9_]{1,30}\([^{}\n]{0,120}\)\}")
BLADE_DIRECTIVE_RE = re.compile(
    r"@(?:if|elseif|foreach|for|while|isset|empty|section|yield|include|extends|php|unless)\([^()\n]{0,120}(?:\([^()\n]{0,60}\))?[^()\n]{0,60}\)"
    r"|@(?:endif|endforeach|endfor|endwhile|endisset|endempty|endsection|endphp|endunless|else|csrf)\b"
)
JSTL_TAG_RE = re.compile(r"</?c:(?:out|if|forEach|set|choose|when|otherwise|url)\b[^<>\n]{0,200}/?>")
PHPCMS_TAG_RE = re.compile(
    r"\{(?:pc:|loop\b|if\b|elseif\b|else\b|foreach\b|template\b|php\b)[^{}\n]{0,200}\}|\{/(?:pc|loop|if|foreach|php)\}"
)
DEDECMS_TAG_RE = re.compile(r"\{/?dede:[^{}\n]{1,200}\}")
DEDECMS_FIELD_RE = re.compile(r"\[field:[^\[\]\n]{1,100}/\]")
EMPIRECMS_VAR_RE = re.compile(r"\[!--[\w.]{1,40}--\]")
# A server-side include left as text (<!--#include file="footer_ad.html"-->): the server did not run it.
SSI_DIRECTIVE_RE = re.compile(r"<!--#(?:include|echo|exec|config|set|if|else|endif)\b[^<>\n]{0,200}-->")
WORDPRESS_SEO_VAR_RE = re.compile(r"%%[a-z_]{2,30}%%")

# A generator slot under any name: a few Han characters, maybe a count, alone in braces
# ({副标题}, {随机段落3}, {数字6}, Smarty-style {$来源}, dollar-style ${来源}) or between percent
# signs, single or doubled as Yoast writes its own (%关键词2%, %%随机段落%%). Prose never braces a
# bare word; a set or formula has commas, operators or Latin text ({1, 2, 3}, {=SUM(A1:A3)}); a
# percentage (5%左右) follows a digit; a tutorial quoting a slot is kept as code.
# A part after an underscore ({栏目主标题_3}, {$摘要_100字}, [[段落_随机4]]) numbers or qualifies the slot.
HAN_NAME = r"[\u4e00-\u9fff]{2,8}(?:_[\u4e00-\u9fff0-9]{1,8})?\d{0,2}"
# A link-insertion tool's slot in doubled brackets ([[相关案例]], as [[anchor]] in Latin) is one too.
HAN_SLOT_RE = re.compile(
    rf"\$?\{{\$?{HAN_NAME}\}}|%%{HAN_NAME}%%|(?<![\d.%])%{HAN_NAME}%(?!%)|\[\[{HAN_NAME}\]\]|<#{HAN_NAME}#>"
    # In single brackets, a name that ends in a field's word ([来源名称], [文章标题], [发布时间]): prose brackets a
    # note or a number ([注], [1]), never the name of a field.
    rf"|\[[\u4e00-\u9fff]{{0,4}}(?:名称|名稱|标题|標題|内容|內容|链接|鏈接|网址|網址|日期|时间|時間)\d{{0,2}}\]"
    # ... and a page's own name field ([作者名], [站点名]): a note names no field of its own page, and a format
    # sample's blanks ([单位名], [公司名]) are the sample's text.
    rf"|\[(?:作者|编辑|編輯|站点|站點|网站|網站)名\d{{0,2}}\]"
    # A namespaced field whose name is Han ({rand:段落}, {field:标题}), as {field:title} in Latin.
    rf"|\{{[a-z]{{1,12}}:{HAN_NAME}\}}",
)
HAN_SLOT_RULE = Rule("generator_slot", HAN_SLOT_RE, "{副标题}, {随机段落3}: a slot by its shape", generator=True)
# A slot named in pinyin ({pinyin}, {suijijuzi}, {$biaoti2}): a lowercase word of five or more letters
# that splits wholly into pinyin syllables, alone in braces. English names seldom split so ({title},
# {content}, {return} do not); code that braces a word is kept by the code-text test (code_like).
PINYIN_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|iu|in|ou|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)"
    r"|ang|eng|ai|ao|an|ei|en|er|ou|a|o|e)"
)
PINYIN_SLOT_RE = re.compile(rf"\{{\$?(?=[a-z]{{5,24}}\d{{0,2}}\}})(?:{PINYIN_SYLLABLE}){{2,8}}\d{{0,2}}\}}")
PINYIN_SLOT_RULE = Rule("generator_slot", PINYIN_SLOT_RE, "{pinyin}, {suijijuzi}: a slot named in pinyin")

# A slot named in Latin snake_case ({nama_situs}, [spin_artikel], {KEYWORD_2}), or any-case between
# doubled percent signs (%%RANDOM_LINK%%): generators for Indonesian and English pages name slots so.
# Prose never braces or brackets an identifier with an underscore; code that does is kept by the
# code-text test, as for the pinyin slot.
# A lowercase name between single percent signs (%keyword%, %title%) is such a slot too: a percentage
# follows a digit, and the environment variables a tutorial quotes are upper case (%PATH%, %APPDATA%).
# So is a namespaced field in braces or brackets ({field:title}, {tag:sitepath}, [c:description]), and a
# snake_case name between dollar or hash signs ($company_name$, #doctor_name#): a price, a formula, a colour
# (#fff) or a topic tag (#世界杯#) has no underscore name.
# One alternative of a spintax: words only (Latin or Han letters and spaces), two letters at least.
SPIN_WORDS = r"[A-Za-z\u4e00-\u9fff]{2,}[A-Za-z\u4e00-\u9fff ]{0,30}"
LATIN_SLOT_RE = re.compile(
    r"\{\$?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\}|\[[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\]|%%[A-Z][A-Z0-9_]{1,30}%%"
    r"|(?<![\w%])%[a-z][a-z0-9_]{2,30}%(?![\w%])"
    r"|(?<![A-Za-z0-9_$])\$[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\$(?![A-Za-z0-9_$])"
    r"|<!--#[A-Za-z][A-Za-z0-9_]*#-->"
    r"|(?<![A-Za-z0-9_#])#[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+#(?![A-Za-z0-9_#])"
    # A braced word standing as a Chinese field's whole value (发布时间：{time}  浏览次数：{hits}): a label's
    # value is text, and code writes its colons half-width.
    r"|(?<=：)\s*\{[A-Za-z]{2,16}\}(?=\s|$)"
)
FIELD_SLOT_RE = re.compile(
    r"\{[a-z]{1,12}:[a-z][a-z0-9_]{1,30}\}|\[[a-z]{1,12}:[a-z][a-z0-9_]{1,30}\]"
    # A name between colons in braces ({:rand_link:}, {:title:}): how some farm tools mark a slot; prose and
    # code put no colon right inside a brace.
    r"|\{:[a-z][a-z0-9_]{1,30}:\}"
    # Doubled marks around a name: [[anchor]], ##KW2##, $$anchor_text_3$$ (a link-insertion tool's slots; a
    # wiki link is capitalised and spaced, a heading has a space after ##, display maths has no _ name).
    r"|\[\[[a-z][a-z0-9_]{1,30}\]\]|##[A-Za-z][A-Za-z0-9_]{1,30}##"
    r"|\$\$[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\$\$"
    # Spintax: alternatives in braces ({best|top|most trusted}), which a spinner picks one of at render time.
    # Words only, two letters at least each: a set-builder {x | x²-3x+2=0} has a variable and a formula.
    rf"|\{{ ?{SPIN_WORDS}(?:\| ?{SPIN_WORDS}){{1,8}}\}}"
)
# A CMS's namespaced field ({dede:arclist}) is a template language's own tag: a tutorial heads its
# sections with them, so in a text about code it stays wherever it stands, like {{ title }}.
FIELD_SLOT_RULE = Rule("generator_slot", FIELD_SLOT_RE, "{field:title}, [[anchor]], {best|top}: a field or a spin")
# In a text about code a snake_case name in braces may be a format field the text shows ({user_name} in
# f"Hello {user_name}"): kept in a sentence or a line of code, and gone where it fills a field alone
# (- {random_keyword} {random_sentence}, Posted by %author_name%), as a Han slot is.
LATIN_SLOT_RULE = Rule(
    "generator_slot",
    LATIN_SLOT_RE,
    "{nama_situs}, [spin_artikel], %keyword%: a slot named in snake_case",
    generator=True,
)

TEMPLATE_RULES: tuple[Rule, ...] = (
    Rule("blade_raw_echo", BLADE_RAW_ECHO_RE, "{!! riqi() !!} (seed: spam generator's date slot)"),
    Rule("handlebars_triple", HANDLEBARS_TRIPLE_RE, "{{{body}}} (Handlebars/Mustache raw)"),
    Rule("mustache_echo", MUSTACHE_ECHO_RE, "{{ title }} (Blade, Jinja, Twig, Vue, Mustache)"),
    Rule("jinja_statement", JINJA_STATEMENT_RE, "{% if a %} (Jinja, Django, Twig, Liquid)"),
    Rule("jinja_comment", JINJA_COMMENT_RE, "{# note #} (Jinja, Twig)"),
    Rule("php_block", PHP_BLOCK_RE, "<?php echo $t; ?> and <?= $t ?>"),
    Rule("erb_tag", ERB_TAG_RE, "<% x %> and <%= x %> (ERB, ASP, JSP)"),
    Rule("jsp_expression", JSP_EXPRESSION_RE, "${article.title} (JSP EL, FreeMarker)"),
    Rule("smarty_var", SMARTY_VAR_RE, "{$title} (Smarty, PHPCMS)", cms="Smarty|ThinkPHP|PHPCMS|phpcms|模板引擎"),
    Rule(
        "phpcms_tag",
        PHPCMS_TAG_RE,
        '{pc:content action="lists"}, {loop $data $r}, {/loop}',
        cms="PHPCMS|phpcms|ThinkPHP|Smarty|模板引擎",
    ),
    Rule(
        "phpcms_function",
        PHPCMS_FUNCTION_RE,
        "{date('Y-m-d',$inputtime)} (PHPCMS)",
        cms="PHPCMS|phpcms|ThinkPHP|模板引擎",
    ),
    Rule("blade_directive", BLADE_DIRECTIVE_RE, "@if($article->cover) … @endif (Blade)"),
    Rule("jstl_tag", JSTL_TAG_RE, '<c:out value="${article.editor}"/> (JSP JSTL)'),
    Rule("dedecms_tag", DEDECMS_TAG_RE, "{dede:field name='title'/} (DedeCMS)", cms="DedeCMS|dedecms|织梦|織夢"),
    Rule("dedecms_field", DEDECMS_FIELD_RE, "[field:title/] (DedeCMS)", cms="DedeCMS|dedecms|织梦|織夢"),
    Rule("empirecms_var", EMPIRECMS_VAR_RE, "[!--newstext--] (EmpireCMS)", cms="EmpireCMS|帝国CMS|帝國CMS|帝国cms"),
    Rule("ssi_directive", SSI_DIRECTIVE_RE, '<!--#include file="footer.html"--> (server-side include)'),
    Rule("wordpress_seo_var", WORDPRESS_SEO_VAR_RE, "%%sitename%% (Yoast SEO)", cms="Yoast|WordPress|WordPress"),
)
for _rule in TEMPLATE_RULES:
    register(_rule.name, "template", "template_tags", _rule.reason)
register(
    "generator_slot",
    "template",
    "template_tags",
    "spam-generator slots (`{随机关键词}`, `[标题]`, `【关键词】`)",
)
register(
    "tag_separator",
    "template",
    "template_tags",
    "the `,` and `|` left between a generator's slots once the tags are gone",
)
RULE_NAMES: tuple[str, ...] = rule_names("template_tags")
# List separators a spam generator puts between its slots: {!! riqi() !!},  {!! riqi() !!}|{!! reci() !!}.
TAG_SEPARATOR_CHARS = frozenset(",，|｜、")
# Separators of a title's fields (headline_site name): one left at a line's end led to a slot that went.
FIELD_SEPARATOR_CHARS = frozenset("_|｜-—–")


@functools.cache
def _slot_data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    sections = read_sections("template_slots.txt")
    words = "|".join(re.escape(w) for w in sorted(sections["slots"], key=len, reverse=True))
    # A listed name, maybe numbered ([随机数字3], 【关键词2】): square brackets hold references in prose
    # ([1], [注]), so only a slot's own name with its count is a slot there.
    # A field of a press-release template ([联系人], {公司名称}) is a slot in braces, or in brackets with no
    # value after it on its line: 【产品名称】全自动包装机 is a spec sheet's label.
    # Farm software also marks them with # or $ on both sides (#keyword#, $随机句子$): a listed name only, so a
    # Weibo hashtag (#春节#) or a price stays.
    fields = "|".join(re.escape(w) for w in sorted(sections["field_slots"], key=len, reverse=True))
    slot = re.compile(
        rf"\{{(?:{fields})\}}|[\[【](?:{fields})[\]】](?=[ \t\u3000]*(?:\n|$|[\[【{{]))"
        rf"|\{{(?:{words})\d{{0,2}}\}}|\[(?:{words})\d{{0,2}}\]|【(?:{words})\d{{0,2}}】"
        # The other brackets CJK type has (〖日期〗, 〔随机标题〕, ［关键词］, ｛标题｝): generators pick any of them.
        rf"|[〖〔［｛](?:{words})\d{{0,2}}[〗〕］｝]"
        rf"|(?<![A-Za-z0-9_#])#(?:{words})\d{{0,2}}#(?![A-Za-z0-9_#])"
        rf"|(?<![A-Za-z0-9_$])\$(?:{words})\d{{0,2}}\$(?![A-Za-z0-9_$])"
    )
    # A function's name is called (riqi()); a name ending in _ heads a variable's (rand_keyword).
    names = sections["generator_functions"]
    functions = "|".join(re.escape(w) for w in names if not w.endswith("_"))
    prefixes = "|".join(re.escape(w) for w in names if w.endswith("_")) or "(?!)"
    generator_fn = re.compile(rf"\b(?:{functions})\s*\(|\b(?:{prefixes})\w", re.IGNORECASE)
    context_words = [w for name, words in sections.items() if name.startswith("code_context") for w in words]
    context = "|".join(_bounded(w) for w in context_words)
    code_context = re.compile(rf"(?:{context})", re.IGNORECASE)
    return slot, generator_fn, code_context


def _bounded(word: str) -> str:
    """A Latin word matches whole (Vue, not value); a Han word anywhere."""
    escaped = re.escape(word)
    return rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if word.isascii() else escaped


# Anything in braces or angle brackets: tag-like text that must not count as the article talking about code.
BRACKETED_RE = re.compile(r"\{[^{}\n]{0,200}\}|<[^<>\n]{0,200}>|%%[a-z_]+%%")


def is_code_discussion(text: str) -> bool:
    """True when ``text`` talks about code (Vue, Jinja, 模板语法 …), so quoted tags are content.

    >>> is_code_discussion("Vue 的模板语法用双大括号插值")
    True
    """
    return _slot_data()[2].search(text) is not None


def is_code_page(text: str, rules: Sequence[Rule] = TEMPLATE_RULES) -> bool:
    """``text`` talks about code once its tags are blanked (their own words, such as <?php, do not count).

    >>> is_code_page("模板引擎没有解析 {$vo.title}，检查控制器")
    True
    """
    return is_code_discussion(_without_tags(text, rules))


def _without_tags(text: str, rules: Sequence[Rule]) -> str:
    """The text with every tag blanked, so a tag's own words (<?php) don't make it a code discussion."""
    for rule in rules:
        text = rule.pattern.sub(" ", text)
    return BRACKETED_RE.sub(" ", text)


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _in_sentence(text: str, position: int) -> bool:
    line = _line_at(text, position)
    return "。" in line or line.rstrip().endswith((".", "！", "？", "；"))


# Marks of a line of code (a call, an assignment, a statement's end, a string): prose and a generator's
# fields have none of them around a slot.
CODE_LINE_RE = re.compile(r"[()=;\"'`<>]")


def _in_code_line(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """The slot's line, its tags aside, is a line of code; a tag's own marks ({!! riqi() !!}) do not count."""
    line = _line_at(text, match.start())
    return CODE_LINE_RE.search(BRACKETED_RE.sub(" ", pattern.sub(" ", line))) is not None


def _in_code_syntax(text: str, match: re.Match[str]) -> bool:
    """The tag is a piece of a program's own syntax, whatever the page says it is about: a placeholder inside
    a JavaScript template literal (console.log(`Deploying ${name}`)), between literal markup on a line of
    text (<h1>{{ .Title }}</h1>: a layout's source, shown), or a CI workflow's expression (${{ secrets.KEY }}).
    No CMS or generator prints a backtick around its slot, a $ before its braces or markup as text."""
    before, after = _around(text, match)
    # A JavaScript placeholder (${name}) between a template literal's backticks.
    in_literal = match.group().startswith("${") and before.count("`") % 2 == 1 and "`" in after
    # Literal markup around it on a line of text (<h1>{{ .Title }}</h1>): a layout's source, shown as code.
    in_markup = MARKUP_RE.search(before) is not None or MARKUP_RE.search(after) is not None
    ci_expression = text[match.start() - 1 : match.start()] == "$" and CI_EXPRESSION_RE.match(match.group()) is not None
    return in_literal or in_markup or ci_expression


# A CI workflow's expression: ${{ secrets.KEY }}, ${{ github.sha }} (GitHub Actions' contexts).
CI_EXPRESSION_RE = re.compile(r"\{\{\s*(?:secrets|github|env|vars|matrix|steps|needs|inputs|runner|job|strategy)\.")
# Literal HTML markup in a line of text: a tutorial quoting a template's source.
MARKUP_RE = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>\n]*)?>")
WORD_CHAR_RE = re.compile(r"[\w\u3400-\u9fff]")


def _around(text: str, match: re.Match[str]) -> tuple[str, str]:
    """What the tag's line holds before it and after it."""
    line_end = text.find("\n", match.end())
    end = line_end if line_end >= 0 else len(text)
    return text[text.rfind("\n", 0, match.start()) + 1 : match.start()], text[match.end() : end]


def _amid_words(text: str, match: re.Match[str]) -> bool:
    """The line goes on with words on both sides of the tag: it is neither the line's start nor its end."""
    before, after = _around(text, match)
    return WORD_CHAR_RE.search(before) is not None and WORD_CHAR_RE.search(after) is not None


def _is_quoted(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1 : start], text[end : end + 1]
    return (before, after) in {("`", "`"), ("“", "”"), ('"', '"'), ("「", "」"), ("'", "'")}


def remove_template_tags(
    text: str,
    rules: Sequence[Rule] = TEMPLATE_RULES,
    keep_quoted_code: bool = True,
    disabled: frozenset[str] = frozenset(),
    about_code: bool = False,
) -> Cleaned:
    """Remove unrendered template tags; report each removal by rule name.

    Keeps tags a tech article quotes on purpose (`` `{{ message }}` ``, or any
    code-shaped tag in a text about Vue/Jinja/模板语法) unless the tag calls a spam
    generator's slot function (riqi, reci). Keeps 【记者 张三】, [1] and {1, 2, 3}.

    >>> remove_template_tags("{!! riqi() !!},记者{{ author }}报道").text
    ',记者报道'
    >>> remove_template_tags("Vue 用 `{{ message }}` 插值").text
    'Vue 用 `{{ message }}` 插值'
    """
    slot_re, generator_fn_re, _ = _slot_data()
    every_rule = rules
    judged: list[bool] = []

    def in_code_text() -> bool:
        """Whether the text talks about code: judged once, and only when a tag was found (most texts hold none)."""
        if not judged:
            judged.append(keep_quoted_code and (about_code or is_code_discussion(_without_tags(text, every_rule))))
        return judged[0]

    rules = [rule for rule in rules if rule.name not in disabled]
    spans: list[tuple[int, int, str]] = []
    if "generator_slot" not in disabled:
        slots = [
            *((m, HAN_SLOT_RULE) for m in (*slot_re.finditer(text), *HAN_SLOT_RE.finditer(text))),
            *((m, PINYIN_SLOT_RULE) for m in PINYIN_SLOT_RE.finditer(text)),
            *((m, LATIN_SLOT_RULE) for m in LATIN_SLOT_RE.finditer(text)),
            *((m, FIELD_SLOT_RULE) for m in FIELD_SLOT_RE.finditer(text)),
        ]
        spans += [
            (m.start(), m.end(), "generator_slot")
            for m, slot_rule in slots
            if not _keeps_tag(text, m, slot_rule, in_code_text, keep_quoted_code, generator_fn_re)
        ]
    for rule in rules:
        for match in rule.pattern.finditer(text):
            if _keeps_tag(text, match, rule, in_code_text, keep_quoted_code, generator_fn_re):
                continue
            spans.append((match.start(), match.end(), rule.name))
    residue = _separator_residue(text, spans) if "tag_separator" not in disabled else []
    return delete_spans(text, spans + residue)


def _separator_residue(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """tag_separator: the `,` and `|` left on a line whose tags were all removed, and brackets left empty.

    Catches the separators between a generator's slots ({!! riqi() !!}|{!! reci() !!}), and the field
    separator left at a line's end before the slots that closed it (推进会_{网站名称}).
    Safe: it fires only on a line that held a removed tag and has nothing left but list
    separators and spaces, which no article line is, or on the one separator that ends a line
    once the tags after it are gone (no headline ends in `_`); other words are untouched, and
    section breaks (……, ***) are no list separators. A bracket pair goes only when a removed tag was all it
    held (【#标题#】): brackets around words stay.
    """
    residue: list[tuple[int, int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        inside = [(a, b) for a, b, _ in spans if line.start() <= a < line.end()]
        if not inside:
            continue
        removed = {i for a, b in inside for i in range(a, b)}
        left = [i for i in range(line.start(), line.end()) if i not in removed and not text[i].isspace()]
        emptied = set(_emptied_brackets(text, line.start(), line.end(), inside))
        if emptied:
            residue += [(i, i + 1, "tag_separator") for i in sorted(emptied)]
            left = [i for i in left if i not in emptied]
        if left and all(text[i] in TAG_SEPARATOR_CHARS for i in left):
            residue += [(i, i + 1, "tag_separator") for i in left]
        elif left and left[-1] < min(a for a, _ in inside) and text[left[-1]] in FIELD_SEPARATOR_CHARS:
            residue.append((left[-1], left[-1] + 1, "tag_separator"))  # 推进会_{网站名称}: the field's separator
    return residue


# Brackets that held nothing but a tag (【#标题#】 once #标题# is gone): the pair goes with the tag, and so
# does an HTML comment's <!-- --> around a slot alone.
BRACKET_PAIRS = {"【": "】", "〖": "〗", "〔": "〕", "［": "］", "[": "]", "(": ")", "（": "）", "「": "」"}


def _emptied_brackets(text: str, start: int, end: int, inside: list[tuple[int, int]]) -> list[int]:
    """The positions of bracket pairs on the line [start, end) around a removed span and nothing else."""
    out: list[int] = []
    for a, b in inside:
        before = a - 1
        while before >= start and text[before] in " \u3000":
            before -= 1
        after = b
        while after < end and text[after] in " \u3000":
            after += 1
        if before >= start and after < end and BRACKET_PAIRS.get(text[before]) == text[after]:
            out += [before, after]
        elif text[before - 3 : before + 1] == "<!--" and text[after : after + 3] == "-->":
            out += [*range(before - 3, before + 1), *range(after, after + 3)]  # <!--{$副标题}--> once the slot is out
    return out


def _keeps_tag(
    text: str,
    match: re.Match[str],
    rule: Rule,
    in_code_text: Callable[[], bool],
    keep_quoted_code: bool,
    generator_fn_re: re.Pattern[str],
) -> bool:
    if keep_quoted_code and _is_quoted(text, match.start(), match.end()):
        return True
    is_generator = rule.generator or generator_fn_re.search(match.group()) is not None
    if keep_quoted_code and rule.code_like and not (is_generator or rule.cms) and _in_code_syntax(text, match):
        return True
    if not (rule.code_like and in_code_text()):
        return False
    # An article about templates (or about hacked sites' leftover tags) quotes them in its sentences;
    # a spam generator's slot (riqi, reci) standing outside a sentence is still the generator's.
    if rule.cms:
        # A page about code that never discusses this CMS's tags (a Foundry tutorial with Source:
        # {dede:field.source/} and [!--newstext--] on lines of their own) shows its leftovers; a tutorial on
        # the CMS quotes its tags amid its words, in its sentences or in quoted markup, and keeps every one.
        return _cms_discussed(text, rule)
    return not is_generator or _in_sentence(text, match.start()) or _in_code_line(text, match, rule.pattern)


@functools.lru_cache(maxsize=64)
def _cms_discussed(text: str, rule: Rule) -> bool:
    """The text names the CMS (``rule.cms``) or quotes one of its tags somewhere as a tutorial does: in a
    sentence, in a line of code or markup, or amid its words (织梦内容页{dede:field.body/}不输出). Asked once
    per text and rule, however many of its tags the text holds."""
    return re.search(rule.cms, text) is not None or any(
        _in_sentence(text, m.start())
        or _in_code_line(text, m, rule.pattern)
        or MARKUP_RE.search(_line_at(text, m.start())) is not None
        or _amid_words(text, m)
        for m in rule.pattern.finditer(text)
    )
