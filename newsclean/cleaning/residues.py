"""What an edit leaves of a line: when the rules cut a name or a keyword list out of a line and the rest
says nothing (━━ rk8866.com ━━ once 瑞鲲体育 is out, 8837 of 嵘泰体育8837), the rest goes too.

A line the spam rules edited is a line spam was in; if what is left holds no word (only separators,
digits, times, a web address), no reader loses anything by its going, and a banner's address or a
brand's number left standing is the spam's own. Lines no rule touched are never judged here: a table
row of draw numbers or a bare address in an article stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsclean.cleaning.features import LineSignals
from newsclean.cleaning.registry import register
from newsclean.cleaning.types import delete_spans

# Web addresses and times: what a banner or a chapter list keeps beside the name it showed.
# (Lower-case hosts with a letter top-level domain: St.Louis and v2.1 are words.)
ADDRESS_OR_TIME_RE = re.compile(
    r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b(?:/\S*)?|\d{1,2}:\d{2}(?::\d{2})?"
)
# A word: a Han character or two Latin letters in a row. A date says something too (2024-05-12 of a dateline).
WORD_RE = re.compile(r"[\u3400-\u9fff]|[A-Za-z]{2}")
DATE_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def says_nothing(rest: str) -> bool:
    """No word or date is left once web addresses, times, digits and marks are set aside (``━━ rk8866.com ━━``)."""
    return bool(rest.strip()) and not DATE_RE.search(rest) and WORD_RE.search(ADDRESS_OR_TIME_RE.sub(" ", rest)) is None


def residue_edits(kept: Iterable[LineSignals], edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The rest of each kept line that ``edits`` cut into, when that rest says nothing (``says_nothing``)."""
    more: list[tuple[int, int, str]] = []
    for s in kept:
        inside = [(max(a, s.start), min(b, s.end), rule) for a, b, rule in edits if a < s.end and b > s.start]
        inside = [(a - s.start, b - s.start, rule) for a, b, rule in inside]
        if inside and says_nothing(delete_spans(s.text, inside).text):
            more.append((s.start, s.end, "edit_residue"))
    return more


register(
    "edit_residue",
    "block",
    "spam",
    "what an edit leaves of a line when it holds no word: a banner's address (`━━ rk8866.com ━━`), a brand's number",
    residue_edits,
)
