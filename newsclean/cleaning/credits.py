"""A gambling site given as a picture's source or credit at the end of a clean caption or line.

Injectors sign captions with a platform as the image source (高标准农田建设现场(图片来源:<X彩票官网>),
…现场(图/<X体育>)). The line rules would take the caption whole; the caption's own words are the
article's. ``classify_line`` keeps such a line, and ``brand_wrapper`` cuts the bracketed credit.
"""

from __future__ import annotations

import re

from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import measure_line
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import spam_domains
from newsclean.cleaning.spans import brand_spans

# A bracketed credit closing the line: （图片来源：X）, (图/X), （摄影：X）, （來源：X提供）.
CREDIT_BRACKET_RE = re.compile(
    r"\s*[（(]\s*(?:图片来源|圖片來源|图源|圖源|来源|來源|图片|圖片|图|圖|摄影|攝影|供图|供圖)\s*[:：/／]\s*"
    r"(?P<name>[^（）()\n]{2,30})[）)]\s*[。.]?\s*$"
)


def is_credited_caption(line: str, config: CleaningConfig) -> bool:
    """The line is a clean caption or sentence whose bracketed credit at the end names a gambling site.

    Safe: the credit must name a brand or carry gambling words (a photographer, a news agency or
    a bureau credits nothing of the kind), and the words before it must carry no gambling word,
    brand or call to action, so a caption about a lottery draw keeps its credit and the line is
    judged as usual.
    """
    match = CREDIT_BRACKET_RE.search(line)
    if not match or not line[: match.start()].strip():
        return False
    credit = measure_line(match.group("name"), 0)
    if not (credit.all_brands or credit.score >= config.tail_min_score or brand_spans(credit.text, weak=True)):
        return False
    head = measure_line(line[: match.start()], 0)
    return not (head.score or head.all_brands or head.weak_brands or head.cta)


# A picture's caption by its head: a gallery's counter (3/6), a numbered figure (图9：) or 图为.
CAPTION_HEAD_RE = re.compile(r"\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*|(?:图|圖)\s*\d{1,2}\s*[:：]\s*|图为|圖為)")
# Where a tail glued to a caption starts: a space, a pipe or a comma.
CAPTION_SPLIT_RE = re.compile(r"\s*[|｜，,]\s*|\s+")


def find_caption_tail(
    line: str, topic: frozenset[str] = frozenset(), config: CleaningConfig = DEFAULTS
) -> list[tuple[int, int]]:
    """caption_tail: a gallery's or a figure's caption (3/6 图为澳门塔下的游客, 图9：城山日出峰) with a brand, a
    spam site or a sales call glued after it (… 溯辰娱乐官网, … | 更多美图请访问 yq8899.vip 真人视讯).

    Safe: the caption's own words before the split must carry no gambling word, brand or call to action,
    and the tail must name a brand, a spam domain or gambling words a sale uses; a caption naming a
    resort (图为 澳门新葡京酒店外景) has no such tail and stays whole.
    """
    head = CAPTION_HEAD_RE.match(line)
    if not head:
        return []
    end = len(line.rstrip())
    for split in CAPTION_SPLIT_RE.finditer(line, head.end(), end):
        if not line[head.end() : split.start()].strip():
            continue
        own = measure_line(line[: split.start()], 0, topic)
        if own.score or own.all_brands or own.weak_brands or own.cta:
            return []
        tail = line[split.start() : end]
        sold = measure_line(tail, 0, topic)
        if sold.all_brands or spam_domains(tail) or sold.score >= config.tail_min_score:
            return [(split.start(), end)]
    return []


register(
    "caption_tail",
    "span",
    "spam",
    "a brand, spam site or sales call glued after a picture's caption (`3/6 图为澳门塔下的游客 溯辰娱乐官网`)",
    find_caption_tail,
)
