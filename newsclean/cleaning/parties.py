"""A party's field in a notice: a brand as the whole value stands where the party's name was.

Notices, results lists and bid announcements give their parties as label–value rows (主办单位：…,
中标人：…, 冠军：…). A hacked page puts a brand in the value (中标人：翎澜体育官网): the row is the
notice's own, so the label stays and only the brand goes, as a substitution. A label that sells
(推荐平台：, 官方入口：) is no party's and its line is judged as usual.
"""

from __future__ import annotations

import functools
import re

from newsclean.cleaning.brands import is_brand_run
from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import measure_line
from newsclean.cleaning.lexicon import read_entries

# Fields of a footer row: split at an ideographic space, a tab or two spaces and more.
FIELD_BREAK_RE = re.compile(r"[\u3000\t]+|\s{2,}")
# A row: a short Han label, a colon, a value that is the rest of the field.
PARTY_ROW_RE = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{1,8})\s*[:：]\s*(?P<value>\S(?:.*\S)?)\s*$")


@functools.cache
def party_label_endings() -> tuple[str, ...]:
    """Words a party's label ends in (单位, 人, 冠军, 网址): data/party_labels.txt."""
    return tuple(read_entries("party_labels.txt"))


def find_party_brand(line: str, config: CleaningConfig = DEFAULTS) -> tuple[int, int] | None:
    """The span of a brand that is the whole value of a party's row (主办单位：拓赢体育官网), else None."""
    spans = find_party_brands(line, config)
    return spans[0] if spans else None


def find_party_brands(line: str, config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """Spans of brands that are the whole value of a party's field, on a line made of label–value fields
    (主办单位：拓赢体育官网, or a footer's 主办单位：<brand>\u3000承办单位：某某镇党政办公室), else [].

    Safe: every field of the line must be a label and a value (a footer row, not a sentence); the label
    must name a party and carry no gambling word or sales word itself, and brand names must fill the
    value (see ``brands.is_brand_run``): a row whose value says anything more
    (录取查询入口：X娱乐城官方网站，信誉第一) is a pitch and is judged as a line.
    """
    spans = []
    position = 0
    for field in FIELD_BREAK_RE.split(line):
        start = line.index(field, position)
        position = start + len(field)
        if not field.strip():
            continue
        row = PARTY_ROW_RE.match(field)
        if not row:
            return []  # a field that is no label and value: the line is no row of fields
        if _names_party(row.group("label")) and is_brand_run(row.group("value"), config):
            spans.append((start + row.start("value"), start + row.end("value")))
    return spans


def _names_party(label: str) -> bool:
    if not label.endswith(party_label_endings()):
        return False
    signals = measure_line(label, 0)
    # 网址 alone is a contact row's label; a sales word before it (最新网址, 推荐网址) is a pitch's.
    return not (signals.score or signals.cta - {label} or signals.all_brands or signals.weak_brands)
