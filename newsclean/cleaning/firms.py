"""Names an article gives its own firms and venues: there a brand-shaped name is the business itself.

``brand_substitution`` cuts an invented name with a gambling noun (濠峰娱乐, 金港湾娱乐城) where it stands
for a word. Two kinds of text name such a business on purpose and keep it:

- a results story that names a listed company in full (濠峰娱乐控股有限公司) and then by its short
  name (濠峰娱乐股价…): the short name is the registered company's;
- a classified ad or notice that gives the venue's street address and phone number (【开业】金港湾娱乐城
  (KTV·自助餐·桌球)…地址:滨河路88号,订房电话:…): a gambling site has a web address, not a street.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The legal form after a company's name: 控股有限公司, 集团, 股份有限公司, 有限責任公司, Holdings.
COMPANY_FORM_RE = re.compile(
    r"(?:控股|集团|集團|股份|国际控股|國際控股)?(?:有限公司|有限责任公司|有限責任公司|股份公司)"
    r"|控股|集团|集團|\s*(?:Holdings|Group|Limited|Ltd)\b"
)
# A company's legal form right after a name, a few characters of trade between (华澜体育发展有限公司): the
# name is the firm's, registered under it.
# A place in brackets may stand before the form (悦航娱乐科技（深圳）有限公司).
REGISTERED_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?:" + COMPANY_FORM_RE.pattern + ")"
)
# A street address: a labelled 地址 whose value is a street, a number or a landmark (滨河路88号, 客运站对面).
STREET_ADDRESS_RE = re.compile(
    r"(?:地址|地點|地点|门店|門市)\s*[:：]\s*[^，,。；;\n]{0,24}?(?:[路街巷道]|[0-9０-９一二三四五六七八九十]+[号號]|对面|對面|旁)"
)
# A phone number given as one: 电话:0917-6612888, 订房电话：138****6620, 熱線 (02) 2345-6789.
PHONE_RE = re.compile(r"(?:电话|電話|热线|熱線|手机|手機)\s*[:：]?\s*[(（]?[0-9０-９]{2,4}[)）\-－*0-9０-９]{5,}")


def is_business_listing(line: str) -> bool:
    """A notice that gives a venue's street address and phone number: the names in it are the venue's.

    Safe: a gambling pitch gives a web address, a download link or a chat handle, never a street
    address together with a phone number; the line keeps every other rule (a line that scores as a
    pitch is still judged by the line rules).
    """
    return STREET_ADDRESS_RE.search(line) is not None and PHONE_RE.search(line) is not None


# "Brand" right before a name introduces it as the maker it is (运动服饰品牌飞羚体育). Not 企业 or 公司: a
# substitution puts the brand exactly there, in place of the firm's own name (人工智能企业<X>科技).
FIRM_NOUN_BEFORE_RE = "(?:品牌)"


def registered_short_names(names: Iterable[str], kept_text: str) -> frozenset[str]:
    """Names that the kept text also gives with a company's legal form after them, maybe a trade or a place
    between (濠峰娱乐 → 濠峰娱乐控股有限公司, 卓驰国际汽车贸易有限公司, 悦航娱乐科技（深圳）有限公司),
    or introduces as a firm (运动服饰品牌飞羚体育) on a line that talks no gambling.

    Safe: an injected brand stands for someone else's organisation; it is not registered in full
    in the article's own kept lines, and a pitch that calls it a brand (亚洲领先的博彩品牌X体育) talks
    gambling. Only exact names are matched, so a look-alike is still cut.
    """
    return frozenset(
        name
        for name in names
        if re.search(re.escape(name) + "(?:" + REGISTERED_AFTER_RE.pattern + ")", kept_text)
        or any(_introduces(line, name) for line in kept_text.split("\n"))
    )


def _introduces(line: str, name: str) -> bool:
    """The line names ``name`` after a business noun and has no gambling word besides the name's own."""
    if not re.search(FIRM_NOUN_BEFORE_RE + re.escape(name), line):
        return False
    from newsclean.cleaning.features import measure_line  # features imports the brand rules that import this

    return not measure_line(line.replace(name, ""), 0).score
