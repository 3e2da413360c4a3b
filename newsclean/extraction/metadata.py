"""Title, author, site name and language of an article page.

trafilatura finds most of these; what it does not know about Chinese pages is
written here: the ``_观察者网`` title suffix, bylines such as 【文/观察者网 齐倩】
or 记者 张三, and language from the text's script when the page does not say.

The author is whoever the page credits with the writing: the reporters of a
news byline (记者 王建宏 张文攀, all of them), the 作者/文/执笔 of an essay, the
poster of a blog or forum entry (由海姑娘张贴, 发布时间 … by duscha), the issuing
office of a government notice (发文机关). The editor (责任编辑：魏喆) counts only
when nobody else is credited: on zh-cwced every page that prints both a byline and
an editor gives the byline as author, and every page with an editor alone gives
the editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from newsclean.extraction.dates import headline_following_texts, page_titles, starts_title, visible_headline
from newsclean.extraction.persons import person_names

# Separators between a headline and the site or channel names portals append: 标题_频道_站点, 标题 - 新华网, 标题|站点.
TITLE_SEPARATOR_RE = re.compile(r"\s*(?:_|｜|\||\s[-–—]\s|--)\s*")
# A trailing title segment at most this long is a site or channel name (新浪财经, 观察者网, Reuters).
SITE_SEGMENT_MAX_CHARS = 16
HAN = "\u4e00-\u9fff"
# Credit words that start the next credit, never a name: 记者惠禾 in （实习记者 樊亮 张明超 记者惠禾）.
CREDIT_WORDS = "记者|通讯员|实习生|责任|编辑|责编|来源|作者|摄影"
# A personal name: 2-4 Han characters (4 for compound surnames and pen names: 欧阳晓明, 芊草凡凡).
NAME = rf"(?!{CREDIT_WORDS})[{HAN}]{{2,4}}"
# Co-authors share one credit: 王建宏 张文攀, 伊琳&nbsp; 李清芬, 赵延东、风笑天.
NAME_SEPARATOR = "[ \t\xa0\u3000、]+"
NAMES = rf"{NAME}(?:{NAME_SEPARATOR}{NAME})*"
# Romanised pen names and forum handles: zboygirl, woshi---lianghui, alex...qiqi.
HANDLE = r"[A-Za-z][\w.\-]{2,19}"
# After an explicit 作者： a forum handle may mix scripts and symbols (放飞&心情, mi来mi去).
ANY_HANDLE = r"[^\W_][\w&.\-]{1,19}"
# What ends a credited name: space, bracket or punctuation, the end, or 发自/报道 (本报记者罗科苏盈发自北京).
NAME_END = r"(?=[\s）)】\]〓，,。/|;；:：·]|$|发自|报道)"
# Characters that put 记者 inside a sentence rather than a credit: 向记者证实, 据记者了解, 告诉记者,
# 一位记者, 多名记者. Outlets and ranks before a credit end otherwise (本报记者, 交汇点记者, 实习记者).
PROSE_BEFORE_CREDIT = "向对据让请给和与跟被使令同带随等是为的了位名些多个诉领陪见访问答接邀及"
# The guards look behind from after the credit word (记者(?<![向…]记者)): a pattern that starts with
# its literal lets the regex engine skip ahead to it, which keeps page-wide searches fast.
REPORTER_CREDIT = rf"(?:记者(?<![{PROSE_BEFORE_CREDIT}]..)|(?:通讯员|实习生)(?<![{PROSE_BEFORE_CREDIT}]...))"
# 文/ and 文： as a credit, not the end of a word (原文：, 全文/, 中文：); 图文： credits both.
TEXT_CREDIT = rf"(?:图文|文(?<![{HAN}]文))\s*[:：/]"
# Bylines in the dateline block and at the body's edges: 【文/观察者网 齐倩】, 文：眉间尺, 记者 张三,
# 本报实习生 刘国栋 周炜, 作者：王五, 执笔人：闵乐夫 赵兰波. An outlet may stand before the name.
BYLINE_RE = re.compile(
    rf"(?:{REPORTER_CREDIT}\s*[:：]?|{TEXT_CREDIT}|(?:撰文|撰稿人?|执笔人?|发布者|博主)\s*[:：]|(?<!联系)(?<!关于)(?<!原)作者\s*(?:[:：/]|(?=\s)))\s*"
    rf"(?:[{HAN}]{{2,6}}(?:网|社|报|台)\s+)?"
    rf"(?P<name>{NAMES}|{HANDLE}){NAME_END}"
)
# Words that follow 记者/作者 in prose but are no name: 记者了解到, 记者从…获悉, 记者采访了解.
# A candidate starting with one of them is rejected (了解到, 证实了).
NOT_NAMES = frozenset(
    {
        "了解",
        "获悉",
        "采访",
        "看到",
        "注意到",
        "发现",
        "调查",
        "近日",
        "日前",
        "表示",
        "观察",
        "走访",
        "随机",
        "实地",
        "探访",
        "得知",
        "从中",
        "查询",
        "咨询",
        "联系",
        "致电",
        "来到",
        "证实",
        "指出",
        "认为",
        "介绍",
        "询问",
        "暗访",
        "赶到",
        "现场",
        "一行",
        "博客",
        "招待",
        "见面",
        "提问",
        "手记",
        # "unknown", "anonymous", "this site", "the web": an author field with nobody in it
        "未知",
        "不详",
        "佚名",
        "匿名",
        "本站",
        "网络",
    }
)
# Words that end a list of names: the next label of the credit line (作者：张三 来源：…) or of the page,
# and the role a credit closes with (记者陈智 整合, 张三 编译, 李四 摄).
LABEL_WORD_RE = re.compile(
    r"来源|责任|编辑|责编|时间|日期|发布|发表|出处|阅读|点击|浏览|评论|分享|打印|字号|原标题|记者|通讯员|实习生|摄影|报道|发自"
    r"|整合|整理|编译|综合|供图|制图|翻译|校对|策划|出品"
)
PHOTO_CREDIT_RE = re.compile(r"\s*(?:摄影?|供图|拍摄)(?![\u4e00-\u9fff])")
# A place before 报道 is no co-author: 新京报记者 彭冲 山东冠县报道.
REPORTED_AFTER_RE = re.compile(r"\s*报道")
# (姚峰 上海报道), （记者 张三 北京报道）
REPORTED_FROM_RE = re.compile(rf"[（(]\s*(?:记者\s*)?(?P<name>[{HAN}]{{2,4}})\s+[{HAN}]{{2,6}}报道\s*[)）]")
# A name, a slash and the outlet it writes for, on a line of its own under the headline: 石佳/中国青年报.
NAME_OUTLET_RE = re.compile(
    rf"^\s*(?P<name>{NAMES})\s*/\s*[{HAN}]{{2,10}}(?:报|網|网|社|台|杂志|周刊)\s*$", re.MULTILINE
)
# Sohu-style datelines print the reporter in brackets after the time: 2004年7月16日08:19 [ 黄宇 ] 来源：….
DATED_NAME_RE = re.compile(
    rf"(?:19|20)\d{{2}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?"
    rf"\s*[\[【]\s*(?P<name>{NAMES})\s*[\]】]"
)
# Page-wide, only explicit credits count: a bare 记者 in prose (记者证实, 记者采访了解) is no byline.
# 作者：王五, 作者[太小心] (a blog's "author's own comments" box), 文/李四, 本报记者 张三, 执笔：…,
# and the issuing office of a government notice, which is its author (发文机关：吉林省人民政府).
LABELLED_BYLINE_RE = re.compile(
    rf"(?:{TEXT_CREDIT}|(?:执笔人?|撰稿人?|撰文)\s*[:：]"
    rf"|本报记者|特约记者|新华社记者|通讯员)\s*(?P<name>{NAMES}|{HANDLE}){NAME_END}"
    rf"|作者\s*(?:[:：]\s*(?P<handle>{NAMES}{NAME_END}|{ANY_HANDLE}(?=\s|$))|[\[【]\s*(?P<bracketed>[^\]】\s]{{2,20}})\s*[\]】])"
    rf"|(?:发文机关|发布机构)\s*[:：]\s*(?P<office>[{HAN}]{{2,20}})(?![{HAN}])"
)
# A post's numeric time stamp: 2005-06-14 03:25:55, 2005/03/15 22:36:13.
POSTED_AT = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
# Who posted a forum or blog entry, where the post's header or footer says so next to its time:
# 本贴由 大卫 于2005年…, 由海姑娘张贴 @ 2005-06-14 03:25:55, 发布时间 2005/03/15 22:36:13 by duscha,
# ggjjzhzz 发表于 2005-9-15. The time keeps prose out (通知由村委会张贴在…).
POSTER_RE = re.compile(
    rf"本贴由\s*(?P<name>[{HAN}\w]{{2,12}})\s*于"
    rf"|由(?<![{HAN}]由)\s*(?P<poster>[{HAN}\w]{{2,12}}?)\s*(?:张贴|发帖|发表)\s*[@于]?\s*{POSTED_AT}"
    rf"|{POSTED_AT}\s+by\s+(?P<by>[^\s〓|<>]{{2,20}})"
    rf"|(?P<signed>[A-Za-z](?<![\w.\-][A-Za-z])[\w.\-]{{2,19}})\s*发表于\s*[:：]?\s*(?:19|20)\d{{2}}"
)
# A name in parentheses closing the article, after its last sentence or on a line of its own:
# …自甘穷酸的外科医生。（袁源）, …廉洁之年。（常书香 马丹阳 ）. Not (朝鲜文) after a link's text.
CLOSING_NAME_RE = re.compile(
    rf"(?:^|(?<=[。！？!?”」』…]))\s*[（(]\s*(?P<name>[{HAN}]{{2,3}}(?:{NAME_SEPARATOR}[{HAN}]{{2,3}})*)\s*[)）]\s*$"
)
# Parenthesised closings that are no name: (待续), (未完), (组图).
NOT_CLOSING_NAMES = frozenset(
    {"待续", "未完", "续完", "全文完", "本文完", "完待续", "组图", "图文", "原创", "转载", "综合"}
)
# A line that is only a name under a headline-like line: essays and magazine pages print 标题 / 胡平.
# Names of 2-3 characters only: four-character lines there are section headings (现场直击).
NAME_LINE_RE = re.compile(rf"[{HAN}]{{2,3}}(?:{NAME_SEPARATOR}[{HAN}]{{2,3}})*")
# Short lines that are headings, not names, where a name line would stand.
HEADING_WORDS = frozenset(
    {
        "摘要",
        "导语",
        "导读",
        "前言",
        "引言",
        "概述",
        "背景",
        "简介",
        "正文",
        "目录",
        "提要",
        "编者按",
        "按语",
        "图片",
        "视频",
        "音频",
        "附件",
        "附录",
        "结语",
        "后记",
        "序言",
        "返回",
        "首页",
        "更多",
        "分享",
        "打印",
        "关闭",
        "评论",
    }
)
# Organisations are sources, not names: 新华社, 人民网, 北京日报, 外交部.
ORGANISATION_RE = re.compile(r"(?:网|社|报|台|刊|部|局|院|会|委|厅|处|所|办|站|司|中心|大学)$")
# A headline-like line: short, with some Han text and no sentence punctuation; the line after a name
# line is text (a subtitle at least).
HEADLINE_LINE_MAX_CHARS = 40
HEADLINE_LINE_MIN_HAN = 4
TEXT_LINE_MIN_HAN = 4
SENTENCE_PUNCTUATION_RE = re.compile(r"[。！？!?；;，,]")
# The editor credit, the last resort for an author: 责任编辑：刘林源, (责编：萧潇、张妍), 编辑：苏亮.
EDITOR_RE = re.compile(rf"(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<name>[{HAN}]{{2,4}})(?=[\s）)】\]，,、。/|;；]|$)")
BYLINE_LINES = 4  # bylines sit in the first lines of the body ...
BYLINE_TAIL_LINES = 3  # ... or in its last ones (（记者 张三）, 作者：李四)
# Text nodes after the headline searched for a name line (the headline may be repeated, a post header between).
NAME_LINE_NODES = 8
# Text after the headline where the dateline block prints the byline (characters).
BYLINE_WINDOW_CHARS = 400
# Consecutive credits form one byline: 本报实习生 刘国栋 周炜 / 本报记者 王燕平 (an outlet may sit between).
BYLINE_GAP_RE = re.compile(rf"[\s\xa0\u3000]*[{HAN}]{{0,6}}")
# Author metadata that is a site, a list, an id or a label, not a person: 云南网, L_104485, a;b, www.x.cn,
# ■ 该作者文章 (a link to the author's other articles).
BAD_AUTHOR_RE = re.compile(r"[;；,，/|■□◆●★☆»]|www\.|\.com|\.cn|\d{3,}|_|文章|作者")
AUTHOR_MAX_CHARS = 20
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# Share of Han characters above which untagged text is Chinese.
HAN_SHARE_FOR_ZH = 0.3


def _first(tree: Any, xpath: str) -> str:
    values = [v.strip() for v in tree.xpath(xpath) if isinstance(v, str) and v.strip()]
    return values[0] if values else ""


def strip_site_suffix(title: str, site_name: str) -> str:
    """Drop the site and channel names a portal appends to a headline.

    >>> strip_site_suffix("特朗普宣布将允许英伟达对华出口H200芯片_观察者网", "")
    '特朗普宣布将允许英伟达对华出口H200芯片'
    >>> strip_site_suffix("Markets rally - Reuters", "Reuters")
    'Markets rally'
    """
    title = title.strip()
    end = len(title)
    for separator in reversed(list(TITLE_SEPARATOR_RE.finditer(title))):
        segment, head = title[separator.end() : end], title[: separator.start()]
        if segment != site_name and (len(segment) > SITE_SEGMENT_MAX_CHARS or len(segment) > len(head)):
            break
        end = separator.start()
    return title[:end]


def title_of(tree: Any, extracted: str | None, site_name: str) -> str:
    """The headline, whole and without the site's suffix.

    An ``<h1>`` the ``og:title`` or ``<title>`` starts with, or one that starts with a cut ``og:title``
    (a quote inside the attribute ends it: 男孩因不想上补习班 写); else the printed text the ``<title>``
    starts with, when it holds most of the title; else the ``<title>`` minus its site and channel names.
    """
    og = _first(tree, "//meta[@property='og:title']/@content")
    html_title = " ".join(_first(tree, "//title/text()").split())
    raw = og or html_title or (extracted or "")
    if og and html_title and len(html_title) > len(og) and html_title.startswith(og):
        raw = html_title  # og:title cut short: the <title> holds the whole headline
    for h1 in tree.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text and (raw.startswith(text) or (og and len(text) > len(og) and text.startswith(og))):
            return text
    stripped = _strip_site_name(strip_site_suffix(raw, site_name), site_name)
    printed = visible_headline(tree, [raw])
    if printed and len(printed) * 2 >= len(stripped) and len(printed) < len(stripped):
        return printed  # the <title> keeps a channel or site after the headline with no separator we know
    return stripped


def _strip_site_name(title: str, site_name: str) -> str:
    """The title without the site's name at its end after any separator, a bare hyphen too (…交通-新华网)."""
    if site_name and len(title) > len(site_name) + 1 and title.endswith(site_name):
        head = title[: -len(site_name)]
        if head[-1] in "-_|｜ \u3000–—:：":
            return head.rstrip("-_|｜ \u3000–—:：")
    return title


def plausible_author(value: str | None) -> str | None:
    """Author metadata when it names a person: not a site (云南网), a list, an id or a label."""
    value = " ".join((value or "").split())
    if not value or len(value) > AUTHOR_MAX_CHARS or BAD_AUTHOR_RE.search(value) or ORGANISATION_RE.search(value):
        return None
    return value


def _name_group(match: re.Match[str]) -> str:
    """Which of a pattern's name groups matched (name, handle, poster, office…)."""
    return next(group for group, value in match.groupdict().items() if value)


def _clean_names(raw: str, after: str) -> str | None:
    """The credited names in ``raw`` (text ``after`` it follows), one space (or the page's 、) apart.

    Reading stops at the first word that is no name: 张三 来源 gives 张三, 了解到 gives nothing;
    a place before 报道 is dropped (彭冲 山东冠县 | 报道).
    """
    parts = re.split(f"({NAME_SEPARATOR})", raw.strip())
    names, separators = parts[0::2], parts[1::2]
    kept: list[str] = []
    for candidate in names:
        label = LABEL_WORD_RE.search(candidate)
        name = candidate[: label.start()] if label else candidate  # the name before a glued label (张三来源)
        if len(name) < 2 or any(name.startswith(word) for word in NOT_NAMES):
            break
        kept.append(name)
        if label:
            break
    if len(kept) > 1 and len(kept) == len(names) and REPORTED_AFTER_RE.match(after):
        kept.pop()
    if not kept:
        return None
    joined = kept[0]
    for separator, name in zip(separators, kept[1:], strict=False):
        joined += ("、" if "、" in separator else " ") + name  # one space, as body text prints it
    return joined


def _credits(text: str, patterns: tuple[re.Pattern[str], ...]) -> Iterator[tuple[re.Match[str], str]]:
    """Every credit the patterns find in ``text``, in reading order, with its cleaned names."""
    matches = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    for match in matches:
        group = _name_group(match)
        names = _clean_names(match.group(group), text[match.end(group) :])
        if PHOTO_CREDIT_RE.match(match.string, match.end(group)):
            continue  # 中新社记者 贾天勇 摄: the photographer's credit, not the writer's
        # A credit may run into prose (记者会上表示, 记者的接触中): its names must be no fragment of a
        # sentence. Pen names and handles are credited too (作者：眉间尺, 记者 格桑边觉): no surname test.
        if person_names(names, strict=False):
            yield match, names


def _is_correspondent(match: re.Match[str]) -> bool:
    """Whether the credit is a 通讯员's: a contributor from the institution reported on, not staff."""
    return "通讯员" in match.string[match.start() : match.start(_name_group(match))]


def _byline_name(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The names of the first byline in ``text``: its first credit and the credits right after it
    (本报实习生 刘国栋 周炜 本报记者 王燕平). Correspondents count only in a byline without
    reporters: （记者 孙喆 通讯员 马珺） is 孙喆's article, （通讯员 李琴雯 刘会） theirs."""
    block: list[tuple[re.Match[str], str]] = []
    for match, names in _credits(text, patterns):
        if block and not BYLINE_GAP_RE.fullmatch(text[block[-1][0].end() : match.start()]):
            break
        block.append((match, names))
    staff = [names for match, names in block if not _is_correspondent(match)]
    return " ".join(staff or [names for _, names in block]) or None


def _is_headline_like(line: str) -> bool:
    """Short, with some Han text and no sentence punctuation: 犬儒病(上), not 我们今天去了海边，."""
    line = line.strip()
    return (
        len(line) <= HEADLINE_LINE_MAX_CHARS
        and len(HAN_RE.findall(line)) >= HEADLINE_LINE_MIN_HAN
        and not SENTENCE_PUNCTUATION_RE.search(line)
    )


def _is_name_line(line: str) -> bool:
    """Only names (胡平, 赵延东、风笑天), none of them a heading word or an organisation."""
    names = re.split(NAME_SEPARATOR, line.strip())
    return bool(NAME_LINE_RE.fullmatch(line.strip())) and not any(
        name in HEADING_WORDS or ORGANISATION_RE.search(name) for name in names
    )


def _name_line_between(previous: str, line: str, following: str) -> str | None:
    """``line`` (under the headline ``previous``) when it holds only a name and ``following`` is text:
    a subtitle or the first paragraph. Requiring text after it keeps menus out (首页 / 新闻 / 财经)."""
    if _is_name_line(line) and len(HAN_RE.findall(following)) >= TEXT_LINE_MIN_HAN:
        return person_names(_clean_names(line.strip(), ""), strict=False)  # a name alone on a line: a pen name too
    return None


def _name_under_first_line(lines: list[str]) -> str | None:
    """In the body: a name line under its first line, when that is headline-like (犬儒病(上) / 胡平 / ——副标题)."""
    if len(lines) >= 3 and _is_headline_like(lines[0]):
        return _name_line_between(*lines[:3])
    return None


def _name_after_headline(nodes: list[str], titles: list[str]) -> str | None:
    """After the headline in the page: a name line under a repeat of the headline (a forum post
    repeats its thread's title, then its authors)."""
    for previous, line, following in zip(nodes, nodes[1:], nodes[2:], strict=False):
        name = _name_line_between(previous, line, following) if starts_title(titles, previous) else None
        if name:
            return name
    return None


def _closing_name(lines: list[str]) -> str | None:
    """A name in parentheses closing the article: its last sentence's (袁源), or a line of its own."""
    for line in reversed(lines):
        match = CLOSING_NAME_RE.search(line.strip())
        if match and match.group("name") not in NOT_CLOSING_NAMES and not ORGANISATION_RE.search(match.group("name")):
            return person_names(_clean_names(match.group("name"), ""), strict=False)
    return None


def _page_text(tree: Any) -> str:
    """The page's visible text, one text node a line: a list of names never runs into the next element."""
    return "\n".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]", smart_strings=False))


def author_of(body: str, extracted: str | None, tree: Any, profile_value: str | None = None) -> str | None:
    """The author: a profile's author selector, a byline in the dateline block after the headline
    or at the body's edges (首尾), a name line under the headline, a closing (袁源), an explicit
    credit anywhere on the page, the editor, then author metadata that names a person."""
    if profile_value:
        return _byline_name(profile_value, (BYLINE_RE,)) or profile_value.strip()
    lines = [line for line in body.splitlines() if line.strip()]
    head, tail = lines[:BYLINE_LINES], lines[-BYLINE_TAIL_LINES:]
    dateline_nodes = [stripped for stripped in (node.strip() for node in headline_following_texts(tree)) if stripped]
    dateline = "\n".join(dateline_nodes)[:BYLINE_WINDOW_CHARS]
    edge_patterns = (BYLINE_RE, REPORTED_FROM_RE, DATED_NAME_RE, NAME_OUTLET_RE)
    finders: list[Callable[[], str | None]] = [
        lambda: _byline_name("\n".join(head), edge_patterns),  # joined: a byline may span two lines
        lambda: _byline_name(dateline, edge_patterns),
        lambda: _name_under_first_line(head),
        lambda: _name_after_headline(dateline_nodes[:NAME_LINE_NODES], page_titles(tree)),
        *(lambda line=line: _byline_name(line, edge_patterns) for line in tail),
        lambda: _closing_name(tail),
    ]
    for finder in finders:
        name = finder()
        if name:
            return name
    page_text = _page_text(tree)
    if HAN_RE.search(page_text):  # the credit labels are Chinese: skip the search on other pages
        name = _byline_name(page_text, (LABELLED_BYLINE_RE, REPORTED_FROM_RE, POSTER_RE)) or _byline_name(
            page_text, (EDITOR_RE,)
        )
        if name:
            return name
    meta = _first(tree, "//meta[@name='author']/@content")
    return person_names(plausible_author(meta)) or person_names(plausible_author(extracted))


def language_of(tree: Any, text: str) -> str:
    """``<html lang>`` or Content-Language, else ``zh`` when the text is mostly Han, else ``und``."""
    declared = _first(tree, "/html/@lang") or _first(tree, "//meta[@http-equiv='Content-Language']/@content")
    if declared:
        return declared.split(",")[0].strip()
    sample = "".join(text.split())[:2000]
    if sample and len(HAN_RE.findall(sample)) / len(sample) >= HAN_SHARE_FOR_ZH:
        return "zh"
    return "und"
