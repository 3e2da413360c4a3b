"""The article's author: whoever the page credits with the writing.

The reporters of a news byline (记者 王建宏 张文攀, all of them), the 作者/文/执笔 of an essay, the poster
of a blog or forum entry, the issuing office of a government notice (the credits ``bylines`` reads).
The editor (责任编辑：魏喆) counts only when nobody else is credited: on zh-cwced every page that prints
both a byline and an editor gives the byline as author, and every page with an editor alone gives the
editor. Where they are looked for, in order: a site profile's selector, the dateline block after the
headline and the body's edges, a name line under the headline, a closing (袁源), an explicit credit
anywhere on the page, then author metadata that names a person (``persons``: a wrong author is worse
than none). trafilatura's own search of the page comes last.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from trafilatura.metadata import Document

from newsclean.extraction.bylines import (
    BYLINE_RE,
    DATED_NAME_RE,
    EDITOR_RE,
    HAN,
    LABELLED_BYLINE_RE,
    NAME_OUTLET_RE,
    NAME_SEPARATOR,
    POSTER_RE,
    REPORTED_FROM_RE,
    byline_name,
    clean_names,
)
from newsclean.extraction.headline import starts_title
from newsclean.extraction.markup_author import markup_author
from newsclean.extraction.persons import person_names

if TYPE_CHECKING:
    from newsclean.extraction.page import Page

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
BYLINE_LINES = 4  # bylines sit in the first lines of the body ...
BYLINE_TAIL_LINES = 3  # ... or in its last ones (（记者 张三）, 作者：李四)
# Text nodes after the headline searched for a name line (the headline may be repeated, a post header between).
NAME_LINE_NODES = 8
# Text after the headline where the dateline block prints the byline (characters).
BYLINE_WINDOW_CHARS = 400
# Author metadata that is a site, a list, an id or a label, not a person: 云南网, L_104485, a;b, www.x.cn,
# ■ 该作者文章 (a link to the author's other articles).
BAD_AUTHOR_RE = re.compile(r"[;；,，/|■□◆●★☆»]|www\.|\.com|\.cn|\d{3,}|_|文章|作者")
AUTHOR_MAX_CHARS = 20
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def plausible_author(value: str | None) -> str | None:
    """Author metadata when it names a person: not a site (云南网), a list, an id or a label."""
    value = " ".join((value or "").split())
    if not value or len(value) > AUTHOR_MAX_CHARS or BAD_AUTHOR_RE.search(value) or ORGANISATION_RE.search(value):
        return None
    return value


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
        return person_names(clean_names(line.strip(), ""), strict=False)  # a name alone on a line: a pen name too
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
            return person_names(clean_names(match.group("name"), ""), strict=False)
    return None


def author_of(page: Page, body: str, extracted: str | None, profile_value: str | None = None) -> str | None:
    """The author: a profile's author selector, a byline in the dateline block after the headline
    or at the body's edges (首尾), a name line under the headline, a closing (袁源), an explicit
    credit anywhere on the page, the editor, then author metadata that names a person."""
    if profile_value:
        return byline_name(profile_value, (BYLINE_RE,)) or profile_value.strip()
    lines = [line for line in body.splitlines() if line.strip()]
    head, tail = lines[:BYLINE_LINES], lines[-BYLINE_TAIL_LINES:]
    dateline_nodes = [stripped for stripped in (node.strip() for node in page.dateline_texts) if stripped]
    dateline = "\n".join(dateline_nodes)[:BYLINE_WINDOW_CHARS]
    edge_patterns = (BYLINE_RE, REPORTED_FROM_RE, DATED_NAME_RE, NAME_OUTLET_RE)
    finders: list[Callable[[], str | None]] = [
        lambda: byline_name("\n".join(head), edge_patterns),  # joined: a byline may span two lines
        lambda: byline_name(dateline, edge_patterns),
        lambda: _name_under_first_line(head),
        lambda: _name_after_headline(dateline_nodes[:NAME_LINE_NODES], page.titles),
        *(lambda line=line: byline_name(line, edge_patterns) for line in tail),
        lambda: _closing_name(tail),
    ]
    for finder in finders:
        name = finder()
        if name:
            return name
    # one text node a line: a list of names never runs into the next element
    page_text = "\n".join(page.visible_texts)
    if HAN_RE.search(page_text):  # the credit labels are Chinese: skip the search on other pages
        name = byline_name(page_text, (LABELLED_BYLINE_RE, REPORTED_FROM_RE, POSTER_RE)) or byline_name(
            page_text, (EDITOR_RE,)
        )
        if name:
            return name
    meta = page.first_text("//meta[@name='author']/@content")
    return person_names(plausible_author(meta)) or person_names(plausible_author(extracted))


def searched_author(page: Page) -> str | None:
    """trafilatura's search of the page for an author (bylines by class and itemprop; ``markup_author``),
    cleaned like its metadata."""
    found = Document()
    page.restore_bylines()  # the body is out: trafilatura may see the byline classes again
    try:
        found.author = markup_author(page.tree)
    except (TypeError, ValueError):
        return None
    found.clean_and_trim()
    return found.author


def article_author(page: Page, body: str, profile_value: str | None) -> str | None:
    """``author_of`` with trafilatura's author (``Page.metadata``): the page search runs only when the
    byline rules, the meta tags and JSON-LD all find nobody, since ``author_of`` consults it last."""
    document = page.metadata
    author = author_of(page, body, document.author, profile_value)
    if author is None and document.author is None and not profile_value:
        author = person_names(plausible_author(searched_author(page)))
    return author
