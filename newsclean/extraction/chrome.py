"""Remove page chrome that generic extraction leaves at the top of a Chinese article body.

trafilatura sometimes keeps the headline and the dateline block
(2025-12-09 08:05:00 来源：天衡新闻网 字号：大 中 小) as the first body lines.
They are metadata already captured in ``title``/``published_at``, not article text.
"""

from __future__ import annotations

import re

# A dateline: a date, and one of the labels portals print beside it, in a short line.
DATELINE_RE = re.compile(
    r"^(?:发布时间[:：]?\s*|时间[:：]\s*)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?.{0,60}"
    r"(?:来源|字号|浏览|阅读|作者|编辑|参与评论|分享到|点击)"
)
DATELINE_MAX_CHARS = 100
# Only the first lines of a body can be its header block.
HEADER_LINES = 3


def strip_header_chrome(body: str, title: str) -> str:
    """Drop a leading copy of the headline and a dateline among the first lines.

    >>> strip_header_chrome("标题\\n2025-12-09 08:05 来源：某网\\n正文。", "标题")
    '正文。'
    """
    lines = body.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        text = line.strip()
        in_header = index < HEADER_LINES
        if in_header and title and text == title.strip():
            continue
        if in_header and len(text) <= DATELINE_MAX_CHARS and DATELINE_RE.match(text):
            continue
        kept.append(line)
    return "\n".join(kept)
