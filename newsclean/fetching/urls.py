"""Canonical URLs: one key per article however a site links to it.

http and https, ``www.`` and mobile hosts (``m.``, ``wap.``, ``3g.``, ``mobile.``), tracking
parameters (utm_*, spm, from, fbclid …), parameter order and fragments all fold
away, so the state store and the feed's ``id`` see one article, not five.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

MOBILE_HOST_RE = re.compile(r"^(?:www|m|wap|3g|mobile|touch)\.")
TRACKING_PARAM_RE = re.compile(
    r"^(?:utm_\w+|spm|from|source|src|share_token|share_from|fbclid|gclid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|ref|refer|"
    r"isappinstalled|scene|clicktime|enterid|wfr|timestamp|_t)$",
    re.IGNORECASE,
)


def fold_url(url: str) -> str:
    """The canonical form of an article URL (web URLs only; file:// and others pass through canonicalised).

    >>> fold_url("http://m.news.example.cn/a/1.html?utm_source=wx&id=3#top")
    'https://news.example.cn/a/1.html?id=3'
    """
    parts = urlsplit(canonicalize_url(url))
    if parts.scheme not in ("http", "https"):
        return urlunsplit(parts)
    host = MOBILE_HOST_RE.sub("", parts.netloc.lower())
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAM_RE.match(k)]
    )
    return urlunsplit(("https", host, parts.path or "/", query, ""))
