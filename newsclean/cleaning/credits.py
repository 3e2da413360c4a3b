"""A gambling site given as a picture's source or credit at the end of a clean caption or line.

Injectors sign captions with a platform as the image source (高标准农田建设现场(图片来源:<X彩票官网>),
…现场(图/<X体育>)). The line rules would take the caption whole; the caption's own words are the
article's. ``classify_line`` keeps such a line, and ``brand_wrapper`` cuts the bracketed credit.
"""

from __future__ import annotations

import re

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import measure_line
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
