"""``-a since=2026-11-01``: parse the bound and compare the dates sitemaps and feeds give."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser


def parse_since(value: str, zone_name: str) -> datetime:
    """The start of ``value`` (a date or a date-time) in the site's zone; ValueError names the bad value."""
    try:
        moment = date_parser.isoparse(value.strip())
    except ValueError as error:
        raise ValueError(f"since={value!r} is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(zone_name))


def is_before(date_text: str | None, since: datetime | None, zone_name: str) -> bool:
    """True when ``date_text`` is known and earlier than ``since``; unknown or unparsable dates are kept."""
    if since is None or not date_text:
        return False
    try:
        moment = date_parser.parse(date_text)
    except (ValueError, OverflowError):
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone_name))
    return moment < since
