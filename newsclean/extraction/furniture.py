"""Page furniture at the body's edges: what a reader skips and an indexer must not index.

Before the article's first paragraph: the original-title note (（原标题：…）), the byline and dateline
block when the extractor took it in (澎湃新闻记者 段彦超 廖艳, 2019-09-24 09:10, 来源：商讯, 字号), widget
text (登录超时，稍后再试), the lead photo's caption (图为…（刘通摄）, ▲图片来自视频截图, or by its shape: one
sentence, then its credit: 共享充电宝。视觉中国 资料), a copy of the headline (inside the <title> with the site's
name, or most of its character pairs: an <h1> rewritten), bare stamps and counters (昨天, 3573), a promo with a
bracketed call to action (→【下载地址】), a crumb over a dateline (新华社 / 2019-09-24) and a summary box (a
short label, then bullet points: 划重点：- …). They go from the top down to the first line of prose; the
author is read before they go.


The body extractor stops late on many portals: share bars (分享到, 微信扫一扫), follow-us boxes (扫描二维码
关注…), channel menus (- 娱乐 / - 体育), "recommended for you" lists whose items carry a time stamp,
disclaimers and the site's footer (Copyright © 1996-2019 SINA Corporation, 新浪公司 版权所有, ICP备).
Bare stamps and counters (- 2019年09月07日, 7小时前, 20,566, 阅读:3727), labels with nothing after them
(责任编辑：, 相关推荐:), lone addresses (Trackback: http://…) and related headlines that are links (a line
inside a longer link's text, or mostly links' texts, unless it is a sentence) are furniture there too; so
is any line after the editor's closing credit (责任编辑：张迪 in the body's last part) that is no credit or
note of its own. The vocabulary is ``data/furniture.txt``.
They are trimmed from the end of the body backwards, stopping at the first line of the article's own:
prose, its credits (责任编辑, 原标题, 来源) and its own notices (本文为…原创, 未经允许不得转载) stay, since
the spam rules read them as the article's end, and so does an official notice's signature (the issuer, then
the date, under the last sentence). The site's contact block (three lines or more of 地址, 邮编, 电话…), a
platform's disclaimer (…仅代表该机构观点，不代表本网的观点或立场), a promo line with no sentence end and a
link glued after the last sentence (…仍将持续。返回首页>>) go too; a list heading alone on its line (为你推荐)
closes the article like the editor's credit when mostly headlines and stamps follow it. The last photo's
caption under the last paragraph goes; the article's credits below furniture stay (the trim goes on above
them), without the list marker a template printed them with. A line with
gambling words stops the trim too: injected text after the article is the cleaning's to remove and
record, never the extractor's to drop unseen.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from newsclean.cleaning.features import measure_line
from newsclean.extraction.chrome import display_width, text_key

DATA = Path(__file__).resolve().parent / "data"
SECTION_RE = re.compile(r"^# --- (\S+) ---$")


def vocabulary(section: str) -> list[str]:
    """The alternatives of one ``# --- section ---`` of ``data/furniture.txt``."""
    found, current = [], None
    for line in (DATA / "furniture.txt").read_text("utf-8").splitlines():
        header = SECTION_RE.match(line)
        if header:
            current = header.group(1)
        elif current == section and line.strip() and not line.startswith("#"):
            found.append(line.strip())
    return found


# Words that open a furniture line (or fill a short one), and a post's counters (阅读:3727, 已被阅读178次).
FURNITURE_RE = re.compile("|".join(vocabulary("opens") + vocabulary("counts")), re.IGNORECASE)
# A line that is nothing but a date, a time, a relative time or a count: a list item's stamp, a counter.
BARE_STAMP_RE = re.compile("^(?:" + "|".join(vocabulary("stamps")) + ")$")
# A promo's button: 【点击投票】, →【下载地址】.
CALL_RE = re.compile("|".join(vocabulary("calls")))
# The site's contact block, one label a line.
CONTACT_RE = re.compile("^(?:" + "|".join(vocabulary("contacts")) + ")", re.IGNORECASE)
# An address inside a line that is no sentence: 发送邮件至zhengwu@example.cn申请加入….
ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE | re.ASCII)
ADDRESS_LINE_MAX_CHARS = 80
# The site's contact block is address, post code, phone, fax…: a contact or two under a name is the article's.
CONTACT_BLOCK_MIN_LINES = 3
# The article's own notices and credits, which end it and stay: 本文为CSDN原创文章，未经允许不得转载.
OWN_NOTICE_RE = re.compile(
    r"本文|原创|原标题|原题|转载请|转发请|未经(?:允许|授权|许可)|责任编辑|责编|编辑|校对|来源|作者|记者|通讯员|摄影|供稿"
)
# Lines that are the site's whatever else they say: its footer, its disclaimer, its tip-off line.
SITE_WIDE_RE = re.compile(
    r"ICP|免责声明|^(?:特别|重要)?声明[:：]|报料|公网安备|仅代表.{0,20}不代表.{0,16}(?:观点|立场)", re.IGNORECASE
)
# The platform's disclaimer, a sentence: 本文…仅代表该机构观点，不代表本网的观点或立场.
DISCLAIMER_RE = re.compile(r"仅代表.{0,20}不代表.{0,16}(?:观点|立场)")
# A copyright line is the article's own (Copyright © 2024 Example News) unless it is the site's footer: a
# span of years since the site began (1996-2019) or the company that runs it (新浪公司 版权所有, SINA Corporation).
COPYRIGHT_LINE_RE = re.compile(r"Copyright|©|ⓒ|All Rights Reserved|版权所有|版權所有", re.IGNORECASE)
SITE_FOOTER_RE = re.compile(
    r"(?:19|20)\d{2}\s*[-–—~～]\s*(?:19|20)\d{2}|公司|集团|Corporation|Corp\b|Inc\b|Ltd|Limited|(?<![\w.])Co\.(?!\w)",
    re.IGNORECASE,
)
# A related-list item: a headline, then its time stamp (and maybe a channel label).
STAMPED_ITEM_RE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?(?:\s*\S{1,12})?(?:\s+\S{1,12})?$")
PROSE_END_RE = re.compile(r"[。！？!?]$")
SENTENCE_END_RE = re.compile(r"[。！？!?…」”』）)]$")
# A furniture word anywhere marks a short line; a long one must open with it.
SHORT_LINE_CHARS = 40
OPENING_CHARS = 8
LONG_LINE_CHARS = 160
# Gambling points that stop the trim (the weights of cleaning/data/gambling_terms.txt).
GAMBLING_MIN_POINTS = 2
# Menu crumbs with no words of their own: - 娱乐, 微信, 919, 篇.
CRUMB_MAX_CHARS = 4
# A label with nothing after it (责任编辑：, 相关推荐:, 全球站点：): a widget's heading or an empty credit.
BARE_LABEL_RE = re.compile(r"^[（(【\[]?[^\s，。,.：:]{1,10}\s*[:：]\s*[】\]）)]?$")
# A line that is an address and nothing more: Trackback: http://…, webmaster@example.com.
ADDRESS_LINE_RE = re.compile(
    r"^[^\s，。：:]{0,12}\s*[:：]?\s*(?:https?://|www\.)\S+$|^\S+@\S+\.[a-z]{2,}$", re.IGNORECASE
)
# A related headline is a link: a line that is part of a longer link's text (10图 老照片：…), or that
# links' texts fill this share of (- 1 38159 奖金711万元！… with its rank and count outside the link).
LINK_LINE_SHARE = 0.6
LINK_MIN_CHARS = 6
STATEMENT_END_RE = re.compile(r"[。.]$")
# The editor's credit closes the article (责任编辑：张迪, (责编：汤诗瑶)): when the prose after it is at most
# this share of the prose before it or of the text after it, the lines after it that are no credit of their own go.
EDITOR_CREDIT_RE = re.compile(r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*[^\s:：]{2,}.{0,20}[】\]）)]?$")
CLOSING_CREDIT_TAIL_SHARE = 0.4
# A list heading alone on its line (为你推荐, 相关阅读) closes the article the same way.
LIST_HEADING_RE = re.compile(r"^[【\[]?(?:" + "|".join(vocabulary("headings")) + r")[】\]]?\s*[:：>»]*$")
# A furniture phrase glued to the last sentence (…可以预见的是，整顿仍将持续。返回腾讯网首页>>).
GLUED_MAX_CHARS = 16
PARENTHESISED_RE = re.compile(r"^[（(].+[）)]$")
# A signature (the issuer's name, then the date) closes an official notice: it stays.
SIGNATURE_MAX_CHARS = 20
NUMERAL_RE = re.compile(r"\d")


def is_furniture(line: str) -> bool:
    """Whether one line at the body's end is page furniture (see the module docstring)."""
    text = " ".join(line.split()).lstrip("-•·* ")
    if not text:
        return True
    if len(text) <= CRUMB_MAX_CHARS:
        return not SENTENCE_END_RE.search(text)
    if BARE_STAMP_RE.match(text) or BARE_LABEL_RE.match(text) or ADDRESS_LINE_RE.match(text):
        return True
    if COPYRIGHT_LINE_RE.search(text) and len(text) <= SHORT_LINE_CHARS * 2 and not PROSE_END_RE.search(text):
        return bool(SITE_FOOTER_RE.search(text))
    found = FURNITURE_RE.search(text) or CALL_RE.search(text)
    if found and glued_furniture_start(text) is not None:
        return False  # the last sentence with a link glued to it: the link goes alone
    if (
        found
        and len(text) > SHORT_LINE_CHARS
        and PROSE_END_RE.search(text)
        and not SITE_WIDE_RE.search(text[:OPENING_CHARS])
        and not DISCLAIMER_RE.search(text)
    ):
        return False  # a long sentence that mentions 公众号 or 二维码 is the article's, like any other
    if not found and len(text) <= ADDRESS_LINE_MAX_CHARS and not PROSE_END_RE.search(text):
        found = ADDRESS_RE.search(text)  # 发送邮件至…@….cn申请加入…
    if (
        found
        and (
            len(text) <= SHORT_LINE_CHARS
            or found.start() < OPENING_CHARS
            or not PROSE_END_RE.search(text)
            or DISCLAIMER_RE.search(text)
        )
        and len(text) <= LONG_LINE_CHARS
    ):
        return bool(SITE_WIDE_RE.search(text)) or not OWN_NOTICE_RE.search(text[: found.start()] + text[found.end() :])
    stamp = STAMPED_ITEM_RE.search(text)
    return bool(stamp) and not SENTENCE_END_RE.search(text[: stamp.start()].strip())


def glued_furniture_start(text: str) -> int | None:
    """Where a short furniture phrase glued after the last sentence starts, or None."""
    for found in FURNITURE_RE.finditer(text):
        head = text[: found.start()].rstrip()
        if len(text) - found.start() <= GLUED_MAX_CHARS and len(head) > SHORT_LINE_CHARS and PROSE_END_RE.search(head):
            return found.start()
    return None


def _gambling(line: str) -> bool:
    """Gambling terms worth ``GAMBLING_MIN_POINTS`` (百家乐, not 体育 or 娱乐 alone, which are channel names
    too) or a gambling brand, as the HTML rules measure a line (no jieba): the cleaning's to judge, so
    the trim stops there."""
    signals = measure_line(line, 0, find_made_up=False)
    return bool(signals.brands) or signals.score >= GAMBLING_MIN_POINTS


def is_link_line(line: str, links: Collection[str]) -> bool:
    """Whether ``line`` is a link's text, part of a longer one's, or mostly made of links' texts."""
    text = " ".join(line.split()).lstrip("-•·* ")
    if text in links or len(text) < LINK_MIN_CHARS:
        return text in links
    if STATEMENT_END_RE.search(text):
        return False  # a sentence with links in it (Follow us on Facebook and Twitter.) is the article's
    covered = sum(len(link) for link in links if len(link) >= LINK_MIN_CHARS and link in text)
    return covered >= LINK_LINE_SHARE * len(text) or any(text in link for link in links)


def closing_credit(lines: list[str]) -> int | None:
    """The index of the line that closes the article, the editor's credit or a list heading: the first of
    those whose following prose (teasers of other articles) is a small share of the prose before it or
    of the text after it (a list of headlines and stamps)."""
    closing = None
    for index in range(len(lines) - 1, 0, -1):
        text = " ".join(lines[index].split()).lstrip("-•·* ")
        if EDITOR_CREDIT_RE.match(text) or LIST_HEADING_RE.match(text):
            after, tail = _prose_chars(lines[index + 1 :]), sum(len(line.strip()) for line in lines[index + 1 :])
            if after > CLOSING_CREDIT_TAIL_SHARE * max(_prose_chars(lines[:index]), tail):
                break
            closing = index
    return closing


def _prose_chars(lines: list[str]) -> int:
    """Characters of the lines that are sentences as long as a paragraph."""
    texts = (" ".join(line.split()) for line in lines)
    return sum(len(text) for text in texts if len(text) > SHORT_LINE_CHARS and PROSE_END_RE.search(text))


def strip_trailing_furniture(body: str, links: Collection[str] = (), captions: Collection[str] = ()) -> str:
    """The body without the furniture lines after the article's last line of its own; a line that is a
    link's text (``links``: a related headline, a topic) or a photo's caption (``captions``, whitespace
    collapsed: the last photo's, under the last paragraph) is furniture there too, and so is any line after
    the editor's closing credit that is no credit of its own. The article's credits may stand below
    furniture (a disclaimer above 责任编辑): they stay, and the trim goes on above them.

    >>> strip_trailing_furniture("正文最后一段。\\n责任编辑：张三\\n分享到：\\n- 娱乐\\nCopyright © 1996-2019 SINA")
    '正文最后一段。\\n责任编辑：张三'
    """
    lines = body.split("\n")
    end, credits = len(lines), []
    closing = closing_credit(lines)
    while end > 1:
        line = lines[end - 1]
        if _gambling(line) or is_signature(lines, end - 1):
            break
        own = not is_furniture(line) and _own_credit(line)
        furniture = not own and (
            is_furniture(line)
            or (closing is not None and end - 1 > closing)
            or is_link_line(line, links)  # links: built lazily
            or _in_contact_block(lines, end - 1)
            or " ".join(line.split()) in captions
        )
        if not own and not furniture:
            break
        if own:
            credits.insert(0, line)  # the article's own: kept, and the furniture above it goes
        end -= 1
    end, lines = end + len(credits), [*lines[:end], *credits]
    kept = _unbulleted_credits(lines[:end])
    last = " ".join(kept[-1].split())
    glued = glued_furniture_start(last)
    if glued is not None and not _gambling(last[glued:]):
        kept[-1] = last[:glued].rstrip()
    trimmed = "\n".join(kept)
    return trimmed.rstrip("\n") if end < len(lines) else trimmed


def _unbulleted_credits(lines: list[str]) -> list[str]:
    """``lines`` with the list marker taken off the credits that close them (- 原标题：…, - 责任编辑: 刘响): a
    template that prints its credit lines as a list makes no bullet points of them."""
    lines = list(lines)
    index = len(lines) - 1
    while index > 0 and BULLET_RE.match(lines[index]) and _own_credit(BULLET_RE.sub("", lines[index], count=1)):
        lines[index] = BULLET_RE.sub("", lines[index], count=1)
        index -= 1
    return lines


def _is_contact(line: str) -> bool:
    text = " ".join(line.split())
    return len(text) <= SHORT_LINE_CHARS and bool(CONTACT_RE.match(text))


def _in_contact_block(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is in a run of at least ``CONTACT_BLOCK_MIN_LINES`` contact lines."""
    if not _is_contact(lines[index]):
        return False
    first, last = index, index
    while first > 0 and _is_contact(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _is_contact(lines[last + 1]):
        last += 1
    return last - first + 1 >= CONTACT_BLOCK_MIN_LINES


def _own_credit(line: str) -> bool:
    """A short line of the article's own credits or notices (来源：新京报, 原标题：…, (综合整理自…))."""
    text = " ".join(line.split())
    return len(text) <= SHORT_LINE_CHARS * 2 and bool(
        OWN_NOTICE_RE.search(text[:OPENING_CHARS]) or PARENTHESISED_RE.match(text)
    )


def is_signature(lines: list[str], index: int) -> bool:
    """Whether the bare date at ``index`` signs the text: under a short name (吉林省人民政府) that follows the
    last sentence (特此通告。), as an official notice or a letter ends."""
    if index < 2 or not BARE_STAMP_RE.match(" ".join(lines[index].split())):
        return False
    name, sentence = " ".join(lines[index - 1].split()), " ".join(lines[index - 2].split())
    return 0 < len(name) <= SIGNATURE_MAX_CHARS and not NUMERAL_RE.search(name) and bool(PROSE_END_RE.search(sentence))


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
CAPTION_SHAPE_RE = re.compile(r"^[^。！？!?]{2,40}。\s*[^\s。，,！？!?]{2,12}(?:\s+[^\s。，,！？!?]{1,8})?$")
META_MAX_CHARS = 40
CAPTION_MAX_CHARS = 80
# A copy of the headline above the text: its letters inside a page headline (the <title> with the site's
# name after it), or most of its character pairs in one (an <h1> rewritten: 大魔王 for 周琦).
HEADLINE_COPY_MIN_WIDTH = 12  # columns (``chrome.display_width``): 6 Chinese characters, 12 letters
HEADLINE_COPY_MAX_CHARS = 80
HEADLINE_PAIR_SHARE = 0.75  # Dice share of character pairs; 0.72 was an English line naming the title's event
# A summary box above the text: a short label (划重点：), then its bullet points.
SUMMARY_LABEL_RE = re.compile(r"^[^\s，。,.]{1,8}[:：]$")
BULLET_RE = re.compile(r"^\s*[-•·*]\s")


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
    while start < len(lines) - 1 and not _gambling(lines[start]):
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
