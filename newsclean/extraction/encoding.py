"""Decode an HTML page's bytes, checking each declared charset against the bytes.

w3lib trusts the HTTP header first, so a server that says utf-8 (or
iso-8859-1) for a GBK page yields mojibake. Chinese sites get this wrong often:
a page declared GB2312 is really GBK, a page has no declaration at all, or the
header and the ``<meta>`` disagree. We try each candidate strictly and take the
first that decodes the bytes cleanly, preferring multi-byte charsets over
single-byte ones (which decode any bytes "cleanly"), and ask charset-normalizer
only when no declaration works. GB2312 and GBK are read as GB18030 (their superset).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
    to_unicode,
)

# Single-byte charsets decode any byte string without error, so success proves nothing.
SINGLE_BYTE_CHARSETS = frozenset(
    {"cp1252", "iso8859-1", "latin-1", "ascii", "cp1251", "cp1254", "koi8-r", "iso8859-15"}
)
# How much of the page charset-normalizer reads: enough for a verdict, cheap on a 10 MB page.
DETECTION_SAMPLE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the Python codec name used, e.g. "gb18030"
    source: str  # "profile", "bom", "utf-8", "http", "meta", "detected" or "fallback"


def _strict_ok(body: bytes, encoding: str) -> bool:
    try:
        codecs.decode(body, encoding, "strict")
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _detect(body: bytes) -> str | None:
    best = from_bytes(body[:DETECTION_SAMPLE_BYTES]).best()
    return resolve_encoding(best.encoding) if best and best.encoding else None


def decode_html(body: bytes, content_type: str | None = None, override: str | None = None) -> Decoded:
    """Decode ``body``; ``content_type`` is the HTTP Content-Type header, if any.

    ``override`` (a site profile's ``encoding``) is tried first, and used when it decodes the bytes.

    >>> decode_html("英伟达".encode("gbk"), "text/html; charset=utf-8").text
    '英伟达'
    """
    forced = resolve_encoding(override) if override else None
    if forced and _strict_ok(body, forced):
        return Decoded(to_unicode(body, forced), forced, "profile")
    bom_encoding, bom_bytes = read_bom(body)
    if bom_encoding and bom_bytes:
        return Decoded(to_unicode(body[len(bom_bytes) :], bom_encoding), bom_encoding, "bom")
    declared = [
        ("http", http_content_type_encoding(content_type)),
        ("meta", html_body_declared_encoding(body)),
    ]
    if not body.isascii() and _strict_ok(body, "utf-8"):
        # Non-ASCII bytes that form valid UTF-8 are UTF-8: GBK text almost never does.
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8")
    multi = [(s, e) for s, e in declared if e and e not in SINGLE_BYTE_CHARSETS]
    single = [(s, e) for s, e in declared if e and e in SINGLE_BYTE_CHARSETS]
    for source, encoding in multi:
        if _strict_ok(body, encoding):
            return Decoded(to_unicode(body, encoding), encoding, source)
    detected = None if body.isascii() else _detect(body)
    if detected and _strict_ok(body, detected):
        return Decoded(to_unicode(body, detected), detected, "detected")
    for source, encoding in single + multi:
        return Decoded(to_unicode(body, encoding), encoding, source)
    return Decoded(to_unicode(body, "utf-8"), "utf-8", "fallback")
