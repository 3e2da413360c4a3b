"""Text lengths in *units*: a Han character counts 1 and other non-space characters 1/3, so one
threshold reads the same on Chinese and English pages (a Han character carries about as much as
a short English word)."""

from __future__ import annotations

import re

HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SPACE_RE = re.compile(r"\s+")
# A paragraph of at least this many units is prose (a sentence); shorter texts are labels and buttons.
PARAGRAPH_MIN_UNITS = 15
# An anchor text of at least this many units reads as a headline (a listing's item), shorter ones
# are menu words (首页, More).
TITLE_LINK_MIN_UNITS = 6


def units(text: str) -> float:
    """Length in units: Han characters 1, other non-space characters 1/3.

    >>> units("新华社电 Xinhua")
    6.0
    """
    compact = SPACE_RE.sub("", text)
    han = len(HAN_RE.findall(compact))
    return han + (len(compact) - han) / 3
