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

# A row: a short Han label, a colon, a value that is the rest of the line.
PARTY_ROW_RE = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{1,8})\s*[:：]\s*(?P<value>\S(?:.*\S)?)\s*$")


@functools.cache
def party_label_endings() -> tuple[str, ...]:
    """Words a party's label ends in (单位, 人, 冠军, 网址): data/party_labels.txt."""
    return tuple(read_entries("party_labels.txt"))


def find_party_brand(line: str, config: CleaningConfig = DEFAULTS) -> tuple[int, int] | None:
    """The span of a brand that is the whole value of a party's row (主办单位：拓赢体育官网), else None.

    Safe: the label must name a party and carry no gambling word or sales word itself, and brand
    names must fill the value (see ``brands.is_brand_run``): a row whose value says anything more
    (录取查询入口：X娱乐城官方网站，信誉第一) is a pitch and is judged as a line.
    """
    row = PARTY_ROW_RE.match(line)
    if not row or not row.group("label").endswith(party_label_endings()):
        return None
    label = measure_line(row.group("label"), 0)
    # 网址 alone is a contact row's label; a sales word before it (最新网址, 推荐网址) is a pitch's.
    if label.score or label.cta - {row.group("label")} or label.all_brands or label.weak_brands:
        return None
    if not is_brand_run(row.group("value"), config):
        return None
    return row.span("value")
