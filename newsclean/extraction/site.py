"""The publication's name, as a reader calls it: 新华网, 网易新闻, 澎湃新闻-The Paper, a WeChat account's name.

Where a page says it, in order: ``og:site_name`` (except a platform's generic one, 微信公众平台, where the
account's own name is the site), the last segment of ``<title>`` that names a site (标题_频道_凤凰网,
标题-新华网, 标题|游民星空; a domain segment such as cjn.cn is skipped), the name in the page's copyright
line (网易公司版权所有 gives 网易, the company without its legal form: ``data/company_forms.txt``), then
trafilatura's guess cleaned of 版权所有, then the host.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsclean.extraction.datafiles import read_data

if TYPE_CHECKING:
    from newsclean.extraction.page import Page

# Platforms whose og:site_name is the platform, while the publication is the account that wrote the page.
PLATFORM_SITE_NAMES = frozenset({"微信公众平台"})
# Where a WeChat page prints its account's name.
ACCOUNT_NAME_XPATH = "//*[@id='js_name']//text() | //*[contains(@class,'profile_nickname')]//text()"
# Separators portals put between a headline, channels and the site: _ | ｜ -- and a spaced dash.
SPACED_SEPARATOR_RE = re.compile(r"\s*(?:_|｜|\||\s[-–—]\s|--|──)\s*")
# A bare hyphen separates a site only when the segment after it is named like one: 标题-新华网, 标题-CSDN.NET,
# not COVID-19 or A-股.
BARE_SITE_SEGMENT_RE = re.compile(
    r"-(?P<site>[^-]{2,16}(?:网|報|报|社|台|传媒|傳媒|新闻|新聞|在线|频道|\.NET|\.COM|设计))$", re.IGNORECASE
)
SITE_SEGMENT_MAX_CHARS = 16
DOMAIN_RE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)
# 网易公司版权所有, 版权所有：人民网, Copyright © 2019 新浪公司, 证券时报网版权所有.
COPYRIGHT_RE = re.compile(
    r"(?:(?P<before>[\u4e00-\u9fffA-Za-z.]{2,16})\s*版权所有|版权所有\s*[:：©]?\s*(?P<after>[\u4e00-\u9fffA-Za-z.]{2,16}))"
)
# Copyright © 2019 观察者 All rights reserved, © 2010 - 2016 明日大盘: the name after the sign and the years.
COPYRIGHT_SIGN_RE = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*(?P<name>[\u4e00-\u9fff]{2,16})",
    re.IGNORECASE,
)
# The city or province a registered company name opens with: 厦门市, 广东省.
REGION_PREFIX_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}[省市]")
BRAND_MIN_CHARS = 2
# The end of an English sentence glued before the name: All rights reserved.搜狐公司版权所有.
GLUED_SENTENCE_END_RE = re.compile(r"^[A-Za-z]+\.(?=[\u4e00-\u9fff])")
COPYRIGHT_WORDS_RE = re.compile(r"\s*(?:版权所有|版權所有|All Rights Reserved\.?|Copyright|©)\s*", re.I)


def _collapsed(page: Page, xpath: str) -> str:
    """``Page.first_text`` with its inner whitespace collapsed: a name spread over lines reads as one."""
    return " ".join(page.first_text(xpath).split())


def title_site_segment(title: str) -> str:
    """The site named at the end of a ``<title>``: its last segment that is a name, not a domain."""
    title = " ".join(title.split())
    parts = SPACED_SEPARATOR_RE.split(title)
    if len(parts) > 1:
        for segment in reversed(parts[1:]):
            segment = segment.strip()
            if segment and len(segment) <= SITE_SEGMENT_MAX_CHARS and not DOMAIN_RE.match(segment):
                bare = BARE_SITE_SEGMENT_RE.search(segment)
                return bare.group("site") if bare and not segment.startswith(bare.group("site")) else segment
    bare = BARE_SITE_SEGMENT_RE.search(title)
    return bare.group("site") if bare else ""


# What a copyright line holds: a text without any is not read.
COPYRIGHT_MARK_RE = re.compile(r"版权所有|©|opyright")


@functools.cache
def company_forms() -> tuple[str, ...]:
    lines = read_data("company_forms.txt").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def brand_of(company: str) -> str:
    """The name a reader calls a company by: its registered name without the legal forms that end it
    and the region it opens with; the name itself when that would leave too little.

    >>> brand_of("厦门市鑫鼎盛控股有限公司"), brand_of("网易公司"), brand_of("人民网")
    ('鑫鼎盛', '网易', '人民网')
    """
    brand, stripped = company, True
    while stripped:
        stripped = False
        for form in company_forms():
            if brand.endswith(form) and len(brand) - len(form) >= BRAND_MIN_CHARS:
                brand, stripped = brand[: -len(form)], True
    if brand == company:
        return company
    unprefixed = REGION_PREFIX_RE.sub("", brand)
    return unprefixed if len(unprefixed) >= BRAND_MIN_CHARS else brand


def copyright_name(visible_texts: list[str]) -> str:
    """The owner named in the page's copyright line (among its ``Page.visible_texts``), if it names one."""
    texts = [text for text in visible_texts if COPYRIGHT_MARK_RE.search(text)]
    for text in reversed(texts):  # the footer's line is the page's last
        match = COPYRIGHT_RE.search(text)
        name = (match.group("before") or match.group("after") or "") if match else ""
        if not name and (sign := COPYRIGHT_SIGN_RE.search(text)):
            name = sign.group("name")
        name = GLUED_SENTENCE_END_RE.sub("", name.strip(" ."))
        if name and not DOMAIN_RE.match(name):
            return brand_of(name)
    return ""


def site_name_of(page: Page, fallback: str | None = None) -> str:
    """The publication's name (see the module docstring); "" when the page and its URL give none."""
    og = _collapsed(page, "//meta[@property='og:site_name']/@content")
    if og in PLATFORM_SITE_NAMES:
        return _collapsed(page, ACCOUNT_NAME_XPATH) or og
    if og:
        return og
    name = title_site_segment(page.first_text("//title/text()")) or copyright_name(page.visible_texts)
    if name:
        return name
    cleaned = COPYRIGHT_WORDS_RE.sub("", fallback or "").strip()
    if cleaned:
        return cleaned
    host = urlsplit(page.url).hostname or ""
    return host.removeprefix("www.")
