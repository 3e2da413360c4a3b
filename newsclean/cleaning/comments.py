"""Reader comments that pitch a gambling platform: fake netizen replies under a news story.

Injectors append a comment block (网友评论 / 热门评论 / 读者评论(3) / 網友留言) whose replies are
written as readers (用户8821:冬笋买了,顺便说一句,<X体育>看球下注真的稳。), or slip such replies
between real ones, or a post between a forum thread's numbered posts (4楼 可乐鸡翅妈:…我最近在玩<X娱乐>…).
A comment is its own unit: a reader's line, not the article's prose, so a reply
that names a gambling-shaped platform and sells it goes whole; the real replies stay, and the
heading goes only when every reply under it went.
"""

from __future__ import annotations

import functools
import re

from newsclean.cleaning.brands import has_sentence_head
from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.lexicon import read_entries
from newsclean.cleaning.lines import PageContext
from newsclean.cleaning.matching import fold_simple
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import gambling_nouns
from newsclean.cleaning.spans import brand_spans

# The heading of a comment area: 网友评论, 热门评论, 读者评论(3), 網友留言, 最新評論, 评论区.
COMMENT_HEADING_RE = re.compile(
    r"\s*(?:网友|網友|读者|讀者|热门|熱門|最新|精彩|全部|用户|用戶)?(?:评论|評論|留言)(?:区|區|板)?"
    r"\s*(?:[(（]\d{1,5}[)）])?\s*[:：]?\s*"
)
# One reply: a handle (用户8821, 山里娃, 网友“茶乡老王”, “开心就好”) and a colon, then what the reader wrote.
COMMENT_LINE_RE = re.compile(
    r"\s*(?:网友|網友|读者|讀者)?\s*(?:[“「\"][^”」\"\n]{1,12}[”」\"]|[^\s:：，,。！!？?“”「」]{1,12})\s*[:：]\s*(?P<body>\S.*)"
)
# A commenter's header on a line of its own, the reply on the next: a handle with its time, place or
# likes (骑车的小张　IP属地：河南, 用户5120937　1小时前, wn669彩票官方客服　4小时前　赞 2).
COMMENT_META_RE = re.compile(
    r"[^\n]{0,30}?(?:IP属地|IP屬地|\d{1,2}\s*(?:秒|分钟|分鐘|小时|小時|天|周|個月|个月)前|刚刚|剛剛)[^\n]{0,30}"
)
# Lines of the comment area's own furniture between replies: 回复（2）, 展开3条回复, 赞 12.
COMMENT_FURNITURE_RE = re.compile(r"\s*(?:回复|回覆|展开|展開|查看|赞|讚)\s*(?:[(（]?\d{1,5}[)）]?\s*条?回复?)?\s*")
# A numbered post of a forum thread: its floor (楼主, 沙发, 4楼, #12) and the poster's name, then what they wrote.
FORUM_POST_RE = re.compile(
    r"\s*(?:楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓F]|#\d{1,4})\s*[^\s:：]{1,16}\s*[:：]\s*(?P<body>.*)"
)
# A thread shows two numbered posts at least; one line so shaped is no thread.
FORUM_MIN_POSTS = 2
# A platform named by letters and digits (ty6686体育, K9娱乐): no firm or word is named so.
ALNUM_STEM_RE = re.compile(r"[A-Za-z]{1,6}\d{1,6}|\d{2,6}[A-Za-z]{1,6}")


def _gambling_brands(body: str) -> list[str]:
    """Brand-shaped names in a reply that end in a gambling noun (乐淳体育, 星冠娛樂, K9娱乐)."""
    nouns = gambling_nouns()
    names = [body[a:b] for a, b in brand_spans(body, weak=True)]
    return [name for name in names if any(noun in fold_simple(name) for noun in nouns)]


def _sells(s: LineSignals, body: str, brands: list[str]) -> bool:
    """The reply sells the platform it names: a call to action (提现, 注册送, 靠谱), a gambling word besides
    the brand's own noun (下注, 百家樂, 彩金), or a letter-and-digit site name."""
    other_terms = s.terms - gambling_nouns()
    return bool(s.cta or other_terms or any(ALNUM_STEM_RE.search(name) for name in brands))


def _comment_blocks(signals: list[LineSignals]) -> list[tuple[int, list[int], dict[int, int]]]:
    """(heading index, reply indices, reply -> its header line) for each comment area.

    The replies are the lines right below the heading: ``handle：reply`` lines, or a header line (a
    handle with its time or IP属地) and the reply below it; the area's furniture (回复（2）) is skipped.
    """
    blocks: list[tuple[int, list[int], dict[int, int]]] = []
    for i, s in enumerate(signals):
        if not COMMENT_HEADING_RE.fullmatch(s.text):
            continue
        replies: list[int] = []
        headers: dict[int, int] = {}
        j = i + 1
        while j < len(signals):
            text = signals[j].text
            if COMMENT_FURNITURE_RE.fullmatch(text) or not text.strip():
                j += 1
            elif _is_header(signals[j]) and j + 1 < len(signals) and not _is_header(signals[j + 1]):
                headers[j + 1] = j
                replies.append(j + 1)
                j += 2
            elif COMMENT_LINE_RE.fullmatch(text):
                replies.append(j)
                j += 1
            else:
                break
        if replies:
            blocks.append((i, replies, headers))
    return blocks


@functools.cache
def _loss_words() -> tuple[str, ...]:
    """Words of a gambler's loss and a warning (data/loss_words.txt)."""
    return tuple(read_entries("loss_words.txt"))


def _tells_a_loss(body: str) -> bool:
    """The reply tells what gambling cost the writer or warns against it: a reader's story, not a pitch."""
    return any(word in body for word in _loss_words())


def _is_header(s: LineSignals) -> bool:
    """A commenter's header line: a handle with its time or place, no sentence."""
    return not s.is_sentence and bool(COMMENT_META_RE.fullmatch(s.text))


def _brand_account(header: str) -> bool:
    """A header naming a gambling platform as the commenter (wn669彩票官方客服, 鲸赢体育-官方认证): its
    name ends in a gambling noun and is letters with digits or a stem no dictionary knows."""
    names = _gambling_brands(header)
    s = measure_line(header, 0)
    return any(ALNUM_STEM_RE.search(name) for name in names) or bool(names and s.made_up)


def find_comment_pitches(
    signals: list[LineSignals], verdicts: list[str | None], ctx: PageContext, config: CleaningConfig
) -> None:
    """comment_pitch: replies under a comment heading, or posts of a forum thread, that name a gambling
    platform and sell it.

    Safe: only lines under a comment heading, each in a reader's shape (a handle and a colon), or the
    numbered posts of a thread (``FORUM_POST_RE``: 4楼 可乐鸡翅妈:…, two of them at least) are judged; a
    reply must name a brand-shaped name ending in a gambling noun and carry a call to action, another
    gambling word or a letter-and-digit site name; a reply framed as a warning (诈骗, 警方) or telling a
    loss (输了, 千万别碰: data/loss_words.txt) stays. A reply
    naming a platform another reply of the block was removed for pitches it too (求<X体育>邀请码!). Real
    replies (明前茶真香) and a reader's note on 体彩 or 竞彩 stay.
    """
    blocks: list[tuple[int | None, list[int], dict[int, int]]] = [*_comment_blocks(signals)]
    posts = [i for i, s in enumerate(signals) if FORUM_POST_RE.match(s.text)]
    if len(posts) >= FORUM_MIN_POSTS:
        blocks.append((None, posts, {}))
    for heading, replies, headers in blocks:
        _judge_replies(signals, verdicts, heading, replies, headers, config)


def _judge_replies(
    signals: list[LineSignals],
    verdicts: list[str | None],
    heading: int | None,
    replies: list[int],
    headers: dict[int, int],
    config: CleaningConfig,
) -> None:
    pitched: set[str] = set()
    named: dict[int, list[str]] = {}
    for j, header in headers.items():
        if _brand_account(signals[header].text) and not signals[j].reporting:
            verdicts[header] = verdicts[header] or "comment_pitch"
            verdicts[j] = verdicts[j] or "comment_pitch"  # a platform's account comments to advertise
    for j in replies:
        s = signals[j]
        match = COMMENT_LINE_RE.fullmatch(s.text) or FORUM_POST_RE.match(s.text)
        body = match.group("body") if match else s.text
        named[j] = _gambling_brands(body)
        if s.reporting or not named[j] or _tells_a_loss(body):
            continue
        glued = not match and has_sentence_head(body, config)  # the reader's sentence, a pitch glued after
        if _sells(measure_line(body, 0), body, named[j]) and not verdicts[j] and not glued:
            verdicts[j] = "comment_pitch"
        if verdicts[j]:
            pitched.update(fold_simple(name) for name in named[j])
            header = headers.get(j)
            if header is not None and not verdicts[header]:
                verdicts[header] = "comment_pitch"  # the pitching reply's header goes with it
    for j in replies:
        echoes = any(any(p in fold_simple(name) or fold_simple(name) in p for p in pitched) for name in named[j])
        if not verdicts[j] and echoes and not signals[j].reporting:
            verdicts[j] = "comment_pitch"
    if heading is not None and all(verdicts[j] for j in replies) and not verdicts[heading]:
        verdicts[heading] = "comment_pitch"


register(
    "comment_pitch",
    "block",
    "spam",
    "a reader's reply under a comment heading that names a gambling platform and sells it (`用户8821:<X体育>下注真稳`)",
    find_comment_pitches,
)
