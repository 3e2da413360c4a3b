"""The spider's side of page recognition: hints from the profile and the command line, and
an account of every fetched page that is not emitted.

``newsclean.fetching.pagetype`` decides; this module tells the user: one stat
``newsclean/pages/not_article/<reason>`` and one log line with the URL and the reason per
page, at DEBUG, or at INFO with ``NEWSCLEAN_LOG_NOT_ARTICLES=True`` ("where are my pages?").
"""

from __future__ import annotations

import logging
import re
from typing import Any

from newsclean.fetching.pagetype import Hints
from newsclean.sites.profile import Profile

logger = logging.getLogger(__name__)
FALSE_WORDS = frozenset({"false", "0", "no", "off"})
TRUE_WORDS = frozenset({"true", "1", "yes", "on"})


def parse_follow(value: str | bool | None) -> bool:
    """``-a follow=false`` fetches only the given pages; the default follows links."""
    if value is None or isinstance(value, bool):
        return value is not False
    word = value.strip().lower()
    if word not in FALSE_WORDS | TRUE_WORDS:
        raise ValueError(f"follow={value!r} is not true or false")
    return word in TRUE_WORDS


def profile_hints(profile: Profile | None) -> Hints:
    """The profile's ``article_urls`` and ``listing_urls``, compiled once."""
    if profile is None:
        return Hints()
    return Hints(
        article_urls=tuple(re.compile(p) for p in profile.article_urls),
        listing_urls=tuple(re.compile(p) for p in profile.listing_urls),
    )


def record_not_article(crawler: Any, url: str, reason: str, listing: bool = True) -> None:
    """One stat and one log line naming the page and why it is not emitted.

    ``listing``: recognition said no (the page is followed for its links), also counted in
    ``newsclean/pages/listing``; False for a page extraction found no text in.
    """
    crawler.stats.inc_value(f"newsclean/pages/not_article/{reason}")
    if listing:
        crawler.stats.inc_value("newsclean/pages/listing")
    level = logging.INFO if crawler.settings.getbool("NEWSCLEAN_LOG_NOT_ARTICLES") else logging.DEBUG
    logger.log(level, "Not an article (%s): %s", reason, url)
