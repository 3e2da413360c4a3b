"""Find an article's publication time and write it as ISO 8601 with an offset.

Order of trust: machine-readable metadata (JSON-LD ``datePublished``, Open Graph
``article:published_time`` and the meta names Chinese CMSs use), then the first
date-time written in the page's visible text (2025-12-09 10:20:33,
2025年12月09日 10:20, 9/17/2004 5:54:13 AM), then htmldate (trafilatura's date
finder), which often knows only the day. A time without a zone is read in the site's zone.

Visible dates are read in the dateline: the text right after the headline, which is
the <h1> that starts the <title>, else the first text that does (old portals have no
<h1>, or one around their logo; ``headline``). A labelled dateline date (发布时间：…) of
another day overrides the metadata. Everything is read from the ``Page``: its dateline
texts, JSON-LD and visible text are the ones the other fields read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser

if TYPE_CHECKING:
    from newsclean.extraction.page import Page

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
# 9/17/2004 5:54:13 AM: the en-US form ASP/.NET CMSs print (DateTime.ToString()). The 12-hour clock with
# AM/PM is what makes the order month/day safe to assume; a bare 7/5/2005 (day first in en-GB) is not read.
US_DATE_RE = re.compile(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d{2})"
    r"\s+(?P<H>1[0-2]|0?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s*(?P<half>[AaPp])\.?[Mm]\b"
)
# A label that says the date after it is the publication's: 发布时间：, 发表于, 日期：. Dates written in
# notices, body text or lists carry no such label; 成文日期 (signing) and 更新时间 (update) are other dates.
PUBLISH_LABEL_RE = re.compile(
    r"(?:(?:发布|发表|发稿|刊发|出版|上线)(?:时间|日期|于)|(?<![\u4e00-\u9fff])(?:时间|日期))\s*[:：]?\s*$"
)
# Characters before a date searched for its label.
LABEL_LOOKBACK_CHARS = 8


@dataclass(frozen=True)
class DateHit:
    """A date written in visible text: where it starts, its ISO value, and what the page says of it."""

    start: int
    value: str
    timed: bool  # has a time of day
    labelled: bool  # preceded by a publication label (发布时间：)


def _localize(moment: datetime, zone: tzinfo) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.isoformat()


def _parse(value: str, zone: tzinfo) -> str | None:
    try:
        return _localize(date_parser.isoparse(value.strip()), zone)
    except (ValueError, OverflowError):
        pass
    hits = date_hits(value, zone)
    return hits[0].value if hits else None


def _from_match(match: re.Match[str], zone: tzinfo) -> str | None:
    parts = {k: v for k, v in match.groupdict().items() if v}
    hour = int(parts.get("H", 0))
    if "half" in parts:  # 12:05 AM is 00:05, 12:05 PM is 12:05, 1:05 PM is 13:05
        hour = hour % 12 + (12 if parts["half"].lower() == "p" else 0)
    try:
        moment = datetime(
            int(parts["y"]), int(parts["m"]), int(parts["d"]), hour, int(parts.get("M", 0)), int(parts.get("S", 0))
        )
    except ValueError:
        return None
    return _localize(moment, zone)


def date_hits(text: str, zone: tzinfo) -> list[DateHit]:
    """Every valid date written in ``text``, in reading order.

    >>> [h.value for h in date_hits("发布日期： 9/17/2004 5:54:13 PM 2004年9月18日", ZoneInfo("Asia/Shanghai"))]
    ['2004-09-17T17:54:13+08:00', '2004-09-18T00:00:00+08:00']
    """
    hits = []
    for pattern in (VISIBLE_DATE_RE, US_DATE_RE):
        for match in pattern.finditer(text):
            value = _from_match(match, zone)
            if value:
                label = PUBLISH_LABEL_RE.search(text[max(0, match.start() - LABEL_LOOKBACK_CHARS) : match.start()])
                hits.append(DateHit(match.start(), value, bool(match.group("H")), bool(label)))
    return sorted(hits, key=lambda hit: hit.start)


def _json_ld_dates(page: Page) -> list[str]:
    found: list[str] = []
    for data in page.json_ld:
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
    page: Page,
    fallback: str | None,
    zone_name: str,
    profile_value: str | None = None,
    now: datetime | None = None,
    script_moment: str | None = None,
) -> Published:
    """Publication time of ``page`` as ISO 8601 with offset, and where it was found.

    Order of trust: JSON-LD, meta tags, the site profile's date selector, a date
    written near the headline (absolute, then relative: 刚刚, 3小时前, 昨天 14:20,
    resolved against ``now``), a date in the URL, then ``fallback`` (trafilatura's).
    A labelled date in the dateline (发布时间：…) that names another day than the
    metadata wins over it: templates leave stale or site-wide dates in JSON-LD and meta.
    """
    zone = ZoneInfo(zone_name)
    if profile_value:  # the site's own selector knows its layout best
        parsed = _parse(profile_value, zone) or parse_relative(profile_value, now or datetime.now(zone), zone)
        if parsed:
            return Published(parsed, "profile")
    after_headline = page.dateline_texts
    dateline = _dateline_hits(after_headline, zone)
    for source, values in (("json-ld", _json_ld_dates(page)), ("meta", page.tree.xpath(META_DATE_XPATH))):
        for value in values:
            parsed = _parse(value, zone)
            if parsed:
                # A day-only value (2019-06-15) may take the time the page prints for that day.
                visible = None if ":" in value else _visible_date(page, zone, dateline)
                return _checked_against_dateline(parsed, source, dateline, visible, zone)
    hit = _visible_date(page, zone, dateline)
    if hit:
        return Published(hit.value, "visible-text")
    if script_moment:  # read by the caller before extraction dropped the scripts (script_timestamp)
        return Published(script_moment, "script")
    relative = parse_relative(" ".join(after_headline)[:RELATIVE_WINDOW_CHARS], now or datetime.now(zone), zone)
    if relative:
        return Published(relative, "relative")
    from_url = URL_DATE_RE.search(page.url)
    if from_url:
        return Published(_from_match(from_url, zone), "url")
    parsed = _parse(fallback, zone) if fallback else None
    return Published(parsed, "htmldate" if parsed else None)


def script_timestamp(page: Page, zone_name: str) -> str | None:
    """The publication moment a page's script keeps for its relative date (``Page.script_epoch``), as
    ISO in the site's zone. Read before the scripts are dropped."""
    epoch = page.script_epoch
    return datetime.fromtimestamp(epoch, ZoneInfo(zone_name)).isoformat() if epoch is not None else None


def _day_in(value: str, zone: tzinfo) -> str:
    """The calendar day of an ISO time in the site's zone: 2022-02-06T23:30Z is 2022-02-07 in Beijing."""
    return datetime.fromisoformat(value).astimezone(zone).date().isoformat()


def _checked_against_dateline(
    parsed: str, source: str, dateline: list[DateHit], visible: DateHit | None, zone: tzinfo
) -> Published:
    """Metadata date ``parsed`` from ``source``, unless the ``dateline`` says otherwise.

    A labelled dateline date of another day replaces it; a day-only meta date
    (2019-06-15) takes the time the page prints for that day (``visible``: 2019年06月15日08:18).
    An unlabelled date near the headline (a notice's 2020年4月17日) changes nothing.
    """
    labelled = next((hit for hit in dateline if hit.labelled), None)
    if labelled and _day_in(labelled.value, zone) != _day_in(parsed, zone):
        return Published(labelled.value, "visible-text")
    if visible and visible.timed and visible.value[:10] == parsed[:10]:
        return Published(visible.value, "visible-text")
    return Published(parsed, source)


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


# The dateline sits within this many characters after the headline; later dates are comments and links.
DATELINE_WINDOW_CHARS = 400


def _dateline_hits(texts: list[str], zone: tzinfo) -> list[DateHit]:
    """The dates in the dateline window: the first characters of the ``texts`` after the headline."""
    window = " ".join(" ".join(texts).split())
    return date_hits(window[:DATELINE_WINDOW_CHARS], zone)


def _visible_date(page: Page, zone: tzinfo, dateline: list[DateHit]) -> DateHit | None:
    """The date written near the headline: the first one in the ``dateline`` window after it.

    Portal headers print today's date (2025年12月10日 星期三) above the article and
    comment lists print reply times below it, so the dateline window comes first;
    without one, the first date with a time of day in the page, then any date.
    """
    if dateline:
        return dateline[0]
    after_headline = " ".join(page.headline.following_texts(None)) if page.headline else ""
    for text in (after_headline, " ".join(page.visible_texts)):
        hits = date_hits(text, zone)
        timed = [hit for hit in hits if hit.timed]
        if timed or hits:
            return (timed or hits)[0]
    return None
