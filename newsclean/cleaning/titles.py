"""Title rules: brand fields a headline ends with (…_博盈体育, … - 必威betway官网_亚洲版官网)."""

from __future__ import annotations

import re

from newsclean.cleaning.brands import is_brand_name, is_brand_run
from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import measure_line
from newsclean.cleaning.registry import register

# Title field separators: _ | ｜ and the full-width hyphen －, a spaced dash or tilde, a dash glued to Chinese
# (标题-站名); a hyphen inside a Latin word (match-fixing, first-generation) joins, it does not separate.
TITLE_SEPARATOR_RE = re.compile(
    r"\s*+(?:[_|｜－]|(?<=\s)[-–—~～]\s|(?<![A-Za-z])-(?=\S)|-(?![A-Za-z])|—{1,2}(?=\S))\s*+"
)


# A registered company's legal form ends its name: a title field naming one (永展國際企業股份有限公司) is the
# site owner, not a brand glued on.
COMPANY_FORM_RE = re.compile(r"(?:有限公司|有限責任公司|有限责任公司|股份公司|集团|集團|企業|企业|商行|工作室)\s*$")


def _is_brand_field(field: str, headline: str = "", config: CleaningConfig = DEFAULTS) -> bool:
    """A title field that is a brand (沐岚体育, 必威betway官网, 岑湄体育(中国)官方网站) or solid gambling words.

    A field named like the headline's own subject (华为发布会_华为官网) is that subject's site.
    """
    signals = measure_line(field, 0)
    if signals.reporting or (headline and field.strip()[:2] in headline) or COMPANY_FORM_RE.search(field):
        return False
    gambling = signals.score >= config.tail_min_score
    return (
        is_brand_run(field, config=config) or gambling or bool(signals.made_up) or is_brand_name(field, config=config)
    )


def _is_cta_field(field: str, config: CleaningConfig = DEFAULTS) -> bool:
    signals = measure_line(field, 0)
    return bool(signals.cta) and not signals.is_sentence and len(field.strip()) <= config.cta_field_max_chars


def find_title_suffix(title: str, config: CleaningConfig = DEFAULTS) -> int:
    """Start of the brand fields a headline ends with (…_博盈体育, … - 必威betway官网_亚洲版官网), or len(title).

    The first field after the cut must be a brand; the rest may be brands or calls to action.
    The headline itself (the first field) is never cut.
    """
    for separator in TITLE_SEPARATOR_RE.finditer(title):
        if separator.start() == 0:
            continue
        fields = [f for f in TITLE_SEPARATOR_RE.split(title[separator.end() :]) if f.strip()]
        if (
            fields
            and _is_brand_field(fields[0], config=config)
            and all(_is_brand_field(f, config=config) or _is_cta_field(f, config=config) for f in fields)
        ):
            return separator.start()
    return len(title)


def find_title_brand_fields(title: str, config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """Brand fields between a headline and the portal's own suffix (…人次-开云体育app下载_新闻中心).

    Each field after the headline that is a brand goes with the separator before it;
    the portal's fields (_新闻中心, _新浪体育: masked as real sites) stay. The headline,
    the first field, is never cut.
    """
    separators = [m for m in TITLE_SEPARATOR_RE.finditer(title) if m.start() > 0]
    headline = title[: separators[0].start()] if separators else title
    spans = []
    for i, separator in enumerate(separators):
        end = separators[i + 1].start() if i + 1 < len(separators) else len(title)
        if _is_brand_field(title[separator.end() : end], headline, config=config):
            spans.append((separator.start(), end))
    return spans


register(
    "title_brand_suffix",
    "title",
    "spam",
    "`…_博盈体育` brand fields ending a title, also before the portal's own suffix",
    find_title_suffix,
)
