"""Find an article's publication time and write it as ISO 8601 with an offset.

Order of trust: machine-readable metadata (JSON-LD ``datePublished``, Open Graph
``article:published_time`` and the meta names Chinese CMSs use), then the first
date-time written in the page's visible text (2025-12-09 10:20:33,
2025年12月09日 10:20), then htmldate (trafilatura's date finder), which often
knows only the day. A time without a zone is read in the site's zone.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser
from lxml import html as lxml_html

META_DATE_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='pubdate' or @name='publishdate' or @name='PubDate'"
    " or @name='publish_date' or @name='weibo: article:create_at' or @name='apub:time'"
    " or @property='og:release_date' or @name='date' or @name='DC.date.issued']/@content"
)
# 2025-12-09 10:20:33, 2025/12/9 10:20, 2025年12月09日 10:20, 2025年12月9日10:20; the time part may be absent.
VISIBLE_DATE_RE = re.compile(
    r"(?P<y>20\d{2}|19\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


def _localize(moment: datetime, zone: tzinfo) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.isoformat()


def _parse(value: str, zone: tzinfo) -> str | None:
    try:
        return _localize(date_parser.isoparse(value.strip()), zone)
    except (ValueError, OverflowError):
        pass
    match = VISIBLE_DATE_RE.search(value)
    return _from_match(match, zone) if match else None


def _from_match(match: re.Match[str], zone: tzinfo) -> str | None:
    parts = {k: int(v) for k, v in match.groupdict().items() if v}
    try:
        moment = datetime(parts["y"], parts["m"], parts["d"], parts.get("H", 0), parts.get("M", 0), parts.get("S", 0))
    except ValueError:
        return None
    return _localize(moment, zone)


def _json_ld_dates(tree: Any) -> list[str]:
    found: list[str] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                if isinstance(node.get("datePublished"), str):
                    found.append(node["datePublished"])
                stack.extend(v for v in node.values() if isinstance(v, dict | list))
    return found


def find_published_at(tree: Any, fallback: str | None, zone_name: str) -> str | None:
    """ISO 8601 publication time of the page in ``tree`` (an lxml document), or None.

    ``fallback`` is the date another extractor found (trafilatura's), used last.
    """
    zone = ZoneInfo(zone_name)
    for value in (*_json_ld_dates(tree), *tree.xpath(META_DATE_XPATH)):
        parsed = _parse(value, zone)
        if parsed:
            return parsed
    match = _visible_date(tree)
    if match:
        return _from_match(match, zone)
    return _parse(fallback, zone) if fallback else None


VISIBLE_TEXT_XPATH = "text()[not(ancestor::script) and not(ancestor::style)]"


def _visible_date(tree: Any) -> re.Match[str] | None:
    """The date written near the headline: after the first <h1>, with a time of day if any.

    Portal headers print today's date (2025年12月10日 星期三) above the article, so
    text after the headline is searched first and a date with a time wins.
    """
    after_h1 = " ".join(tree.xpath(f"(//h1)[1]/following::{VISIBLE_TEXT_XPATH}"))
    whole = " ".join(tree.xpath(f"//body//{VISIBLE_TEXT_XPATH}"))
    for text in (after_h1, whole):
        matches = list(VISIBLE_DATE_RE.finditer(text))
        timed = [m for m in matches if m.group("H")]
        if timed or matches:
            return (timed or matches)[0]
    return None


def parse_html(html: str) -> Any:
    """An lxml tree of ``html``; an empty document for unparsable input."""
    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return lxml_html.document_fromstring("<html><body></body></html>")
