"""Decide whether a cleaned article is complete enough to publish."""

from __future__ import annotations

import hashlib

from newsclean.cleaning.config import CleaningConfig

RULE_NAMES = ("missing_title", "body_too_short")


def rejection_reason(title: str | None, body: str | None, config: CleaningConfig) -> str | None:
    """Why an article must not be published, or None when it may be.

    >>> rejection_reason("标题", "短", CleaningConfig(min_body_chars=10))
    'body_too_short'
    """
    if not (title or "").strip():
        return "missing_title"
    if len("".join((body or "").split())) < config.min_body_chars:
        return "body_too_short"
    return None


def body_fingerprint(body: str) -> str:
    """A stable hash of a cleaned body, blind to whitespace: the same story twice hashes the same.

    >>> body_fingerprint("第一段\\n第二段") == body_fingerprint("第一段 第二段")
    True
    """
    return hashlib.sha256("".join(body.split()).encode("utf-8")).hexdigest()
