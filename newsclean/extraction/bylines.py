"""Credits as Chinese pages print them, and the names read from them: the patterns ``authors`` searches with.

A byline credits the reporters of a news story (记者 王建宏 张文攀, all of them), the 作者/文/执笔 of an
essay, the poster of a blog or forum entry (由海姑娘张贴, 发布时间 … by duscha), the issuing office of a
government notice (发文机关) or the editor (责任编辑：魏喆). Each pattern names the credit's name group;
``byline_name`` reads the first byline of a text, names cleaned of the labels and prose that follow them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsclean.extraction.persons import person_names

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
# The editor credit, the last resort for an author: 责任编辑：刘林源, (责编：萧潇、张妍), 编辑：苏亮.
EDITOR_RE = re.compile(rf"(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<name>[{HAN}]{{2,4}})(?=[\s）)】\]，,、。/|;；]|$)")
# Consecutive credits form one byline: 本报实习生 刘国栋 周炜 / 本报记者 王燕平 (an outlet may sit between).
BYLINE_GAP_RE = re.compile(rf"[\s\xa0\u3000]*[{HAN}]{{0,6}}")


def name_group(match: re.Match[str]) -> str:
    """Which of a pattern's name groups matched (name, handle, poster, office…)."""
    return next(group for group, value in match.groupdict().items() if value)


def clean_names(raw: str, after: str) -> str | None:
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


def credits(text: str, patterns: tuple[re.Pattern[str], ...]) -> Iterator[tuple[re.Match[str], str]]:
    """Every credit the patterns find in ``text``, in reading order, with its cleaned names."""
    matches = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    for match in matches:
        group = name_group(match)
        names = clean_names(match.group(group), text[match.end(group) :])
        if PHOTO_CREDIT_RE.match(match.string, match.end(group)):
            continue  # 中新社记者 贾天勇 摄: the photographer's credit, not the writer's
        # A credit may run into prose (记者会上表示, 记者的接触中): its names must be no fragment of a
        # sentence. Pen names and handles are credited too (作者：眉间尺, 记者 格桑边觉): no surname test.
        if person_names(names, strict=False):
            yield match, names


def is_correspondent(match: re.Match[str]) -> bool:
    """Whether the credit is a 通讯员's: a contributor from the institution reported on, not staff."""
    return "通讯员" in match.string[match.start() : match.start(name_group(match))]


def byline_name(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The names of the first byline in ``text``: its first credit and the credits right after it
    (本报实习生 刘国栋 周炜 本报记者 王燕平). Correspondents count only in a byline without
    reporters: （记者 孙喆 通讯员 马珺） is 孙喆's article, （通讯员 李琴雯 刘会） theirs."""
    block: list[tuple[re.Match[str], str]] = []
    for match, names in credits(text, patterns):
        if block and not BYLINE_GAP_RE.fullmatch(text[block[-1][0].end() : match.start()]):
            break
        block.append((match, names))
    staff = [names for match, names in block if not is_correspondent(match)]
    return " ".join(staff or [names for _, names in block]) or None
