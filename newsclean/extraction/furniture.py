"""Page furniture at the body's end: what a reader skips and an indexer must not index (the dateline block
above the article is ``leading``'s).

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
link glued after the last sentence (…仍将持续。返回首页>>) go too; a list heading alone on its line (为你推荐,
or the site's notice: 版权与免责声明：) closes the article like the editor's credit when mostly headlines,
stamps or notices follow it. The last photo's caption under the last paragraph goes; the article's
credits below furniture stay (the trim goes on above them), without the list marker or the link a
template printed with them. A line with gambling words stops the trim too: injected text after the article is the
cleaning's to remove and record, never the extractor's to drop unseen.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newsclean.cleaning.features import measure_line
from newsclean.extraction.datafiles import read_data

SECTION_RE = re.compile(r"^# --- (\S+) ---$")


def vocabulary(section: str) -> list[str]:
    """The alternatives of one ``# --- section ---`` of ``data/furniture.txt``."""
    found, current = [], None
    for line in read_data("furniture.txt").splitlines():
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
EDITOR_CREDIT_RE = re.compile(
    r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*[^\s:：]{2,}.{0,20}[】\]）)]?$"
    r"|^[（(]\s*[\u4e00-\u9fff]{0,8}(?:编辑|編輯)\s*[\u4e00-\u9fff]{2,4}\s*[）)]$"  # （松花江网编辑 孙桂芳）
    r"|^(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*$"  # the template's credit slot, left empty
)
CLOSING_CREDIT_TAIL_SHARE = 0.4
# A list heading alone on its line (为你推荐, 相关阅读) closes the article the same way.
LIST_HEADING_RE = re.compile(r"^[【\[]?(?:" + "|".join(vocabulary("headings")) + r")[】\]]?\s*[:：>»]*$")
# A furniture phrase glued to the last sentence (…可以预见的是，整顿仍将持续。返回腾讯网首页>>).
GLUED_MAX_CHARS = 16
PARENTHESISED_RE = re.compile(r"^[（(].+[）)]$")
# A list item's marker, as trafilatura prints it.
BULLET_RE = re.compile(r"^\s*[-•·*]\s")
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


def is_gambling(line: str) -> bool:
    """Gambling terms worth ``GAMBLING_MIN_POINTS`` (百家乐, not 体育 or 娱乐 alone, which are channel names
    too) or a gambling brand, as the HTML rules measure a line (no jieba): the cleaning's to judge, so
    the trim stops there."""
    signals = measure_line(line, 0, find_made_up=False)
    if signals.score and PROSE_END_RE.search(line.strip()):
        return True  # a sentence naming gambling (警方提醒，参与网络赌博…请及时举报。) is a report's own last line
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


# A caption that credits its photographer (图为…。 中新社记者 张亨伟 摄) is the article's own, like its other credits.
PHOTO_CREDIT_RE = re.compile(r"(?:摄|攝|供图|供圖)\s*[）)]?\s*$")


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
    if _is_gallery(lines, captions):
        captions = ()  # a gallery's captions are its text, down to the last photo's
    while end > 1:
        line = lines[end - 1]
        if is_gambling(line) or is_signature(lines, end - 1):
            break
        own = not is_furniture(line) and _own_credit(line)
        furniture = not own and (
            is_furniture(line)
            or (closing is not None and end - 1 > closing)
            or is_link_line(line, links)  # links: built lazily
            or _in_contact_block(lines, end - 1)
            or (" ".join(line.split()) in captions and not PHOTO_CREDIT_RE.search(line))
        )
        if not own and not furniture:
            break
        if own:
            credits.insert(0, _without_glued_link(line))  # the article's own: kept, the furniture above it goes
        end -= 1
    end, lines = end + len(credits), [*lines[:end], *credits]
    kept = _unbulleted_credits(lines[:end])
    last = " ".join(kept[-1].split())
    glued = glued_furniture_start(last)
    if glued is not None and not is_gambling(last[glued:]):
        kept[-1] = last[:glued].rstrip()
    trimmed = "\n".join(kept)
    return trimmed.rstrip("\n") if end < len(lines) else trimmed


# A gallery: at least this many of the body's lines are photo captions, and at least half of them.
GALLERY_MIN_CAPTIONS = 3


def _is_gallery(lines: list[str], captions: Collection[str]) -> bool:
    """Whether the body is a photo gallery's: mostly the captions of its photos (1/8 傍晚的西湾大桥…)."""
    if not captions:
        return False
    shown = [line for line in lines if line.strip()]
    in_captions = sum(" ".join(line.split()) in captions for line in shown)
    return in_captions >= GALLERY_MIN_CAPTIONS and 2 * in_captions >= len(shown)


def _without_glued_link(line: str) -> str:
    """A credit line without the link a template glued to its end (作者：余毅菁 向雪妮返回首页，查看更多)."""
    text = line.strip()
    ends = [found for found in FURNITURE_RE.finditer(text) if found.end() == len(text)]
    if ends and OPENING_CHARS <= ends[-1].start() and len(text) - ends[-1].start() <= GLUED_MAX_CHARS:
        return text[: ends[-1].start()].rstrip()
    return line


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
