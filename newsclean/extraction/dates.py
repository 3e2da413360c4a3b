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
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
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


@dataclass(frozen=True)
class Published:
    value: str | None
    source: str | None  # where the date came from, recorded in the item


def find_published_at(
    tree: Any,
    fallback: str | None,
    zone_name: str,
    url: str = "",
    profile_value: str | None = None,
    now: datetime | None = None,
) -> Published:
    """Publication time of the page in ``tree`` as ISO 8601 with offset, and where it was found.

    Order of trust: JSON-LD, meta tags, the site profile's date selector, a date
    written near the headline (absolute, then relative: 刚刚, 3小时前, 昨天 14:20,
    resolved against ``now``), a date in the URL, then ``fallback`` (trafilatura's).
    """
    zone = ZoneInfo(zone_name)
    if profile_value:  # the site's own selector knows its layout best
        parsed = _parse(profile_value, zone) or parse_relative(profile_value, now or datetime.now(zone), zone)
        if parsed:
            return Published(parsed, "profile")
    for source, values in (("json-ld", _json_ld_dates(tree)), ("meta", tree.xpath(META_DATE_XPATH))):
        for value in values:
            parsed = _parse(value, zone)
            if parsed:
                return _with_visible_time(Published(parsed, source), value, tree, zone)
    match = _visible_date(tree)
    if match:
        return Published(_from_match(match, zone), "visible-text")
    relative = parse_relative(_text_after_headline(tree), now or datetime.now(zone), zone)
    if relative:
        return Published(relative, "relative")
    from_url = URL_DATE_RE.search(url)
    if from_url:
        return Published(_from_match(from_url, zone), "url")
    parsed = _parse(fallback, zone) if fallback else None
    return Published(parsed, "htmldate" if parsed else None)


def _with_visible_time(published: Published, raw: str, tree: Any, zone: tzinfo) -> Published:
    """A day-only meta date (2019-06-15) takes the time the page prints for that day (2019年06月15日08:18)."""
    if ":" in raw:
        return published
    match = _visible_date(tree)
    if match and match.group("H") and published.value and _from_match(match, zone)[:10] == published.value[:10]:
        return Published(_from_match(match, zone), "visible-text")
    return published


# /2025/12/09/, /20251209/, /2025-12-09/: a date path in an article URL (no time of day).
URL_DATE_RE = re.compile(r"/(?P<y>20\d{2})[-/]?(?P<m>[01]\d)[-/]?(?P<d>[0-3]\d)(?:/|[-_]|\d{0,6}\.s?html?)")
# 刚刚 (just now), N分钟前, N小时前, N天前, 昨天/前天 HH:MM, 今天 HH:MM.
RELATIVE_RE = re.compile(
    r"(?P<now>刚刚)|(?P<n>\d{1,3})\s*(?P<unit>分钟|小时|天)前|(?P<day>今天|昨天|前天)\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})"
)
RELATIVE_DAYS = {"今天": 0, "昨天": 1, "前天": 2}
RELATIVE_UNITS = {"分钟": "minutes", "小时": "hours", "天": "days"}
# Relative dates are only trusted in the first characters after the headline (the dateline).
RELATIVE_WINDOW_CHARS = 300


def parse_relative(text: str, now: datetime, zone: tzinfo) -> str | None:
    """A relative Chinese date resolved against ``now``.

    >>> from zoneinfo import ZoneInfo
    >>> zone = ZoneInfo("Asia/Shanghai")
    >>> parse_relative("昨天 14:20", datetime(2026, 11, 28, 9, 0, tzinfo=zone), zone)
    '2026-11-27T14:20:00+08:00'
    """
    match = RELATIVE_RE.search(text or "")
    if not match:
        return None
    now = now.astimezone(zone).replace(microsecond=0)
    if match.group("now"):
        return now.isoformat()
    if match.group("n"):
        return (now - timedelta(**{RELATIVE_UNITS[match.group("unit")]: int(match.group("n"))})).isoformat()
    day = now - timedelta(days=RELATIVE_DAYS[match.group("day")])
    return day.replace(hour=int(match.group("H")), minute=int(match.group("M")), second=0).isoformat()


def _text_after_headline(tree: Any) -> str:
    return " ".join(tree.xpath(f"(//h1)[1]/following::{VISIBLE_TEXT_XPATH}"))[:RELATIVE_WINDOW_CHARS]


VISIBLE_TEXT_XPATH = "text()[not(ancestor::script) and not(ancestor::style)]"


# The dateline sits within this many characters after the headline; later dates are comments and links.
DATELINE_WINDOW_CHARS = 400


def _visible_date(tree: Any) -> re.Match[str] | None:
    """The date written near the headline: the first one in the dateline window after the first <h1>.

    Portal headers print today's date (2025年12月10日 星期三) above the article and
    comment lists print reply times below it, so the dateline window comes first;
    without one, the first date with a time of day in the page, then any date.
    """
    window = " ".join(" ".join(tree.xpath(f"(//h1)[1]/following::{VISIBLE_TEXT_XPATH}[position() <= 80]")).split())
    match = VISIBLE_DATE_RE.search(window[:DATELINE_WINDOW_CHARS])
    if match:
        return match
    after_h1 = " ".join(tree.xpath(f"(//h1)[1]/following::{VISIBLE_TEXT_XPATH}"))
    for text in (after_h1, " ".join(tree.xpath(f"//body//{VISIBLE_TEXT_XPATH}"))):
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
