"""Page furniture at the body's edges: what a reader skips and an indexer must not index.

Before the article's first paragraph: the original-title note (（原标题：…）), the byline and dateline
block when the extractor took it in (澎湃新闻记者 段彦超 廖艳, 2019-09-24 09:10, 来源：商讯, 字号), widget
text (登录超时，稍后再试) and the lead photo's caption (图为…（刘通摄）, ▲图片来自视频截图). They go from the
top down to the first line of prose; the author is read before they go.


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
the date, under the last sentence). A line with gambling words stops the trim too: injected
text after the article is the cleaning's to remove and record, never the extractor's to drop unseen.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from newsclean.cleaning.features import measure_line

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
# The article's own notices and credits, which end it and stay: 本文为CSDN原创文章，未经允许不得转载.
OWN_NOTICE_RE = re.compile(
    r"本文|原创|原标题|原题|转载请|转发请|未经(?:允许|授权|许可)|责任编辑|责编|编辑|校对|来源|作者|记者|通讯员|摄影|供稿"
)
# Lines that are the site's whatever else they say: its footer, its disclaimer, its tip-off line.
SITE_WIDE_RE = re.compile(r"ICP|免责声明|报料|公网安备", re.IGNORECASE)
# A copyright line is the article's own (Copyright © 2024 Example News) unless it is the site's footer: a
# span of years since the site began (1996-2019) or the company that runs it (新浪公司 版权所有, SINA Corporation).
COPYRIGHT_LINE_RE = re.compile(r"Copyright|©|All Rights Reserved|版权所有|版權所有", re.IGNORECASE)
SITE_FOOTER_RE = re.compile(
    r"(?:19|20)\d{2}\s*[-–—~～]\s*(?:19|20)\d{2}|公司|集团|Corporation|Corp\b|Inc\b|Ltd|Limited|Co\.", re.IGNORECASE
)
# A related-list item: a headline, then its time stamp (and maybe a channel label).
STAMPED_ITEM_RE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?(?:\s*\S{1,12})?$")
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
# The editor's credit closes the article (责任编辑：张迪, (责编：汤诗瑶)); a credit in the body's last
# part this share of its characters from the end, the lines after it that are no credit of their own go.
EDITOR_CREDIT_RE = re.compile(r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*[^\s:：]{2,}.{0,20}[】\]）)]?$")
CLOSING_CREDIT_TAIL_SHARE = 0.4
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
    found = FURNITURE_RE.search(text)
    if (
        found
        and len(text) > SHORT_LINE_CHARS
        and PROSE_END_RE.search(text)
        and not SITE_WIDE_RE.search(text[:OPENING_CHARS])
    ):
        return False  # a long sentence that mentions 公众号 or 二维码 is the article's, like any other
    if found and (len(text) <= SHORT_LINE_CHARS or found.start() < OPENING_CHARS) and len(text) <= LONG_LINE_CHARS:
        return bool(SITE_WIDE_RE.search(text)) or not OWN_NOTICE_RE.search(text[: found.start()] + text[found.end() :])
    stamp = STAMPED_ITEM_RE.search(text)
    return bool(stamp) and not SENTENCE_END_RE.search(text[: stamp.start()].strip())


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
    """The index of the editor's credit that closes the article: the last one in the body's last part."""
    total, tail = sum(map(len, lines)), 0
    for index in range(len(lines) - 1, 0, -1):
        if EDITOR_CREDIT_RE.match(" ".join(lines[index].split())):
            return index
        tail += len(lines[index])
        if tail > CLOSING_CREDIT_TAIL_SHARE * total:
            return None
    return None


def strip_trailing_furniture(body: str, links: Collection[str] = ()) -> str:
    """The body without the furniture lines after the article's last line of its own; a line that is a
    link's text (``links``: a related headline, a topic) is furniture there too, and so is any line after
    the editor's closing credit that is no credit of its own.

    >>> strip_trailing_furniture("正文最后一段。\\n责任编辑：张三\\n分享到：\\n- 娱乐\\nCopyright © 1996-2019 SINA")
    '正文最后一段。\\n责任编辑：张三'
    """
    lines = body.split("\n")
    end = len(lines)
    closing = closing_credit(lines)
    while end > 1:
        line = lines[end - 1]
        furniture = (
            is_furniture(line)
            or (closing is not None and end - 1 > closing and not _own_credit(line))
            or is_link_line(line, links)  # links: built lazily
        )
        if not furniture or _gambling(line) or is_signature(lines, end - 1):
            break
        end -= 1
    return "\n".join(lines[:end]).rstrip("\n") if end < len(lines) else body


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
META_LINE_RE = re.compile(
    r"^[【\[（(]?\s*(?:来源|來源|作者|编辑|編輯|责任编辑|发布时间|發佈時間|时间|日期|字号|字體|图集|阅读|浏览|执笔|撰文|文)"
    r"\s*(?:[:：/|丨]|$)"
    r"|^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
    r"|^[【\[（(]?[\u4e00-\u9fff]{0,12}(?:记者|通讯员|特约撰稿人?)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[ 、\u3000]+(?:实习生|通讯员|记者)?\s*[\u4e00-\u9fff]{2,4})*\s*[】\]）)]?\s*$"
    r"|^[\u4e00-\u9fff]{2,4}\s*/\s*[\u4e00-\u9fff]{2,10}(?:报|网|社|台)\s*$"
)
WIDGET_LINE_RE = re.compile(r"登录|注册|稍后再试|加载中")
WIDGET_MAX_CHARS = 12
# The lead photo's caption: 图为…, ▲…, …供图, …（刘通摄）, 图片来源：….
CAPTION_RE = re.compile(
    r"^(?:图为|图：|圖：|▲|△|图片来源|圖片來源)|(?:供图|供圖|摄|攝|摄影|攝影)\s*[）)]?\s*$|视频截图\s*$"
)
META_MAX_CHARS = 40
CAPTION_MAX_CHARS = 80


def is_leading_meta(line: str) -> bool:
    """Whether a line above the article's first paragraph is dateline, credit, widget or caption."""
    text = " ".join(line.split())
    if not text:
        return True
    if ORIGINAL_TITLE_RE.match(text):
        return True
    if len(text) <= META_MAX_CHARS and META_LINE_RE.search(text):
        return True
    if len(text) <= WIDGET_MAX_CHARS and WIDGET_LINE_RE.search(text):
        return True
    return len(text) <= CAPTION_MAX_CHARS and bool(CAPTION_RE.search(text))


def strip_leading_meta(body: str) -> str:
    """The body from its first line of the article's own (see the module docstring); a line with gambling
    words stays for the cleaning, and a body that would be left empty is returned whole."""
    lines = body.split("\n")
    start = 0
    while start < len(lines) - 1 and is_leading_meta(lines[start]) and not _gambling(lines[start]):
        start += 1
    return "\n".join(lines[start:]) if start else body
