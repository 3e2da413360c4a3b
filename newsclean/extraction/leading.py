"""The dateline block above the article's first paragraph: what a reader skips before the article starts.

Before the article's first paragraph: the original-title note (（原标题：…）), the byline and dateline
block when the extractor took it in (澎湃新闻记者 段彦超 廖艳, 2019-09-24 09:10, 来源：商讯, 字号), widget
text (登录超时，稍后再试), the lead photo's caption (图为…（刘通摄）, ▲图片来自视频截图, or by its shape: one
sentence, then its credit: 共享充电宝。视觉中国 资料), a copy of the headline (inside the <title> with the site's
name, or most of its character pairs: an <h1> rewritten), bare stamps and counters (昨天, 3573), a promo with a
bracketed call to action (→【下载地址】), a crumb over a dateline (新华社 / 2019-09-24) and a summary box (a
short label, then bullet points: 划重点：- …). They go from the top down to the first line of prose; the
author is read before they go.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newsclean.extraction.chrome import display_width, text_key
from newsclean.extraction.furniture import (
    BARE_STAMP_RE,
    BULLET_RE,
    CALL_RE,
    CRUMB_MAX_CHARS,
    LONG_LINE_CHARS,
    PROSE_END_RE,
    SENTENCE_END_RE,
    is_gambling,
)

# A line of the dateline block: the original-title note, a credit, a date, a tool.
ORIGINAL_TITLE_RE = re.compile(r"^[（(【\[]?\s*(?:本文)?(?:原标题|原題|原题)\s*[:：《]")
# The note alone, when the first sentence follows it on the same line (…原标题：《…》搭地铁去坐邮轮！).
ORIGINAL_TITLE_NOTE_RE = re.compile(
    r"^[（(【\[]?\s*(?:本文)?(?:原标题|原題|原题)\s*[:：]?\s*《[^》]*》\s*[）)】\]]?\s*"
)
META_LINE_RE = re.compile(
    r"^[【\[（(]?\s*(?:来源|來源|作者|编辑|編輯|责任编辑|发布时间|發佈時間|发表时间|时间|日期|字号|字體|图集|阅读|浏览|执笔|撰文|文|"
    r"原创|摄影|攝影)"
    r"\s*(?:[:：/|丨]|$)"
    r"|^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
    r"|^[【\[（(]?[\u4e00-\u9fff]{0,12}(?:记者|通讯员|特约撰稿人?)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[ 、\u3000]+(?:实习生|通讯员|记者)?\s*[\u4e00-\u9fff]{2,4})*\s*[】\]）)]?\s*$"
    r"|^[\u4e00-\u9fff]{2,4}\s*/\s*[\u4e00-\u9fff]{2,10}(?:报|网|社|台)\s*$"
    r"|^[^\s，。]{0,12}(?:作者|撰文)\s*[\u4e00-\u9fff]{2,4}$"
)
WIDGET_LINE_RE = re.compile(r"登录|注册|稍后再试|加载中")
WIDGET_MAX_CHARS = 12
# The lead photo's caption: 图为…, ▲…, …供图, …（刘通摄）, 图片来源：….
CAPTION_RE = re.compile(
    r"^(?:图为|图：|圖：|▲|△|图片来源|圖片來源)|(?:供图|供圖|摄|攝|摄影|攝影)\s*[）)]?\s*$|视频截图\s*$"
)
# The lead photo's caption by its shape: what it shows in one sentence, then who took it (共享充电宝。视觉中国 资料).
# (The credit is a name: a template slot left after the first sentence, {随机句子}, is none.)
CAPTION_SHAPE_RE = re.compile(
    r"^[^。！？!?]{2,40}。\s*[^\s。，,！？!?{}\[\]]{2,12}(?:\s+[^\s。，,！？!?{}\[\]]{1,8})?$"
)
META_MAX_CHARS = 40
CAPTION_MAX_CHARS = 80
# A copy of the headline above the text: its letters inside a page headline (the <title> with the site's
# name after it), or most of its character pairs in one (an <h1> rewritten: 大魔王 for 周琦).
HEADLINE_COPY_MIN_WIDTH = 12  # columns (``chrome.display_width``): 6 Chinese characters, 12 letters
HEADLINE_COPY_MAX_CHARS = 80
HEADLINE_PAIR_SHARE = 0.75  # Dice share of character pairs; 0.72 was an English line naming the title's event
# A summary box above the text: a short label (划重点：), then its bullet points.
SUMMARY_LABEL_RE = re.compile(r"^[^\s，。,.]{1,8}[:：]$")


def is_leading_meta(line: str) -> bool:
    """Whether a line above the article's first paragraph is dateline, credit, widget, promo or caption."""
    text = " ".join(line.split())
    if not text:
        return True
    if ORIGINAL_TITLE_RE.match(text) or BARE_STAMP_RE.match(text):
        return True
    if len(text) <= META_MAX_CHARS and META_LINE_RE.search(text):
        return True
    if len(text) <= WIDGET_MAX_CHARS and WIDGET_LINE_RE.search(text):
        return True
    if len(text) <= LONG_LINE_CHARS and CALL_RE.search(text) and not PROSE_END_RE.search(text):
        return True
    return len(text) <= CAPTION_MAX_CHARS and bool(CAPTION_RE.search(text) or CAPTION_SHAPE_RE.match(text))


def is_headline_copy(line: str, headline_keys: Collection[str]) -> bool:
    """Whether ``line`` repeats a page headline (``headline_keys``: ``chrome.text_key`` of each)."""
    key = text_key(line)
    if len(key) > HEADLINE_COPY_MAX_CHARS or display_width(key) < HEADLINE_COPY_MIN_WIDTH:
        return False
    pairs = {key[i : i + 2] for i in range(len(key) - 1)}
    for headline in headline_keys:
        if key in headline:
            return True
        theirs = {headline[i : i + 2] for i in range(len(headline) - 1)}
        if 2 * len(pairs & theirs) >= HEADLINE_PAIR_SHARE * (len(pairs) + len(theirs)):
            return True
    return False


def _summary_box_end(lines: list[str], start: int) -> int:
    """The index after a summary box (a short label, then bullet points) opening at ``start``, or ``start``."""
    if not SUMMARY_LABEL_RE.match(lines[start].strip()):
        return start
    end = start + 1
    while end < len(lines) - 1 and BULLET_RE.match(lines[end]):
        end += 1
    return end if end > start + 1 else start


def _is_meta_at(lines: list[str], index: int, headline_keys: Collection[str]) -> bool:
    """Whether ``lines[index]`` is leading meta, a headline copy, or a crumb (新华社) over another meta line."""
    line = lines[index]
    note = ORIGINAL_TITLE_NOTE_RE.match(line.strip())
    if note and note.end() < len(line.strip()):
        return False  # the first paragraph follows the note on its line
    if is_leading_meta(line) or is_headline_copy(line, headline_keys):
        return True
    text = " ".join(line.split())
    return (
        len(text) <= CRUMB_MAX_CHARS
        and not SENTENCE_END_RE.search(text)
        and index + 1 < len(lines)
        and is_leading_meta(lines[index + 1])
    )


def strip_leading_meta(body: str, headlines: Collection[str] = ()) -> str:
    """The body from its first line of the article's own (see the module docstring); a copy of one of
    ``headlines`` goes too. A line with gambling words stays for the cleaning, and a body that would be
    left empty is returned whole."""
    lines = body.split("\n")
    keys = {key for key in map(text_key, headlines) if key}
    start = 0
    while start < len(lines) - 1 and not is_gambling(lines[start]):
        after_box = _summary_box_end(lines, start)
        if after_box > start:
            start = after_box
        elif _is_meta_at(lines, start, keys):
            start += 1
        else:
            break
    text = lines[start].strip()
    note = ORIGINAL_TITLE_NOTE_RE.match(text)
    if note and note.end() < len(text):  # the note was glued to the first paragraph: the paragraph stays
        return "\n".join([text[note.end() :], *lines[start + 1 :]])
    return "\n".join(lines[start:]) if start else body
