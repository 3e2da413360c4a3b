"""Decode an HTML page's bytes, checking each declared charset against the bytes.

w3lib trusts the HTTP header first, so a server that says utf-8 (or
iso-8859-1) for a GBK page yields mojibake. Chinese sites get this wrong often:
a page declared GB2312 is really GBK, a page has no declaration at all, or the
header and the ``<meta>`` disagree. We try each candidate strictly and take the
first that decodes the bytes cleanly, preferring multi-byte charsets over
single-byte ones (which decode any bytes "cleanly"), and ask charset-normalizer
only when no declaration works. GB2312 and GBK are read as GB18030 (their superset), as the
WHATWG Encoding Standard's GBK decoder does; w3lib < 2.6 named that codec gb18030 and w3lib 2.6
names it gbk, so :func:`canonical_encoding` settles the name here, whatever w3lib says.
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
    to_unicode,
)

# A multi-byte decoding that turns at most this share of characters into U+FFFD is the page's
# charset with a few corrupted bytes (common in old GBK pages), not a wrong guess.
MAX_TOLERATED_DAMAGE = 0.001
# How much of the page charset-normalizer reads: enough for a verdict, cheap on a 10 MB page.
DETECTION_SAMPLE_BYTES = 64 * 1024


# Labels whose bytes are read with a superset's codec: a GBK-only character in a page declared
# GB2312, or a four-byte GB18030 sequence in one declared GBK, then decodes instead of breaking.
SUPERSET_CODECS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


def canonical_encoding(label: str | None) -> str | None:
    """The Python codec a charset label is decoded with, or None when no codec reads it.

    >>> canonical_encoding("GB2312"), canonical_encoding("latin-1"), canonical_encoding("no-such")
    ('gb18030', 'cp1252', None)
    """
    if not label:
        return None
    resolved = resolve_encoding(label)
    return SUPERSET_CODECS.get(resolved, resolved) if resolved else None


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
    return canonical_encoding(best.encoding) if best and best.encoding else None


def decode_html(body: bytes, content_type: str | None = None, override: str | None = None) -> Decoded:
    """Decode ``body``; ``content_type`` is the HTTP Content-Type header, if any.

    ``override`` (a site profile's ``encoding``) is tried first, and used when it decodes the bytes.

    >>> decode_html("英伟达发布新一代芯片，股价上涨。".encode("gbk"), "text/html; charset=utf-8").text
    '英伟达发布新一代芯片，股价上涨。'
    """
    forced = canonical_encoding(override)
    if forced and _strict_ok(body, forced):
        return Decoded(to_unicode(body, forced), forced, "profile")
    bom_encoding, bom_bytes = read_bom(body)
    if bom_encoding and bom_bytes:
        bom_encoding = canonical_encoding(bom_encoding) or bom_encoding
        return Decoded(to_unicode(body[len(bom_bytes) :], bom_encoding), bom_encoding, "bom")
    declared = [
        ("http", canonical_encoding(http_content_type_encoding(content_type))),
        ("meta", canonical_encoding(html_body_declared_encoding(body))),
    ]
    if not body.isascii() and _strict_ok(body, "utf-8"):
        # Non-ASCII bytes that form valid UTF-8 are UTF-8: GBK text almost never does.
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8")
    multi = [(s, e) for s, e in declared if e and not is_single_byte(e)]
    single = [(s, e) for s, e in declared if e and is_single_byte(e)]
    for source, encoding in multi:
        if _strict_ok(body, encoding):
            return Decoded(to_unicode(body, encoding), encoding, source)
    detected = None if body.isascii() else _detect(body)
    if detected and not is_single_byte(detected) and _strict_ok(body, detected):
        return Decoded(to_unicode(body, detected), detected, "detected")
    # No multi-byte charset decodes every byte (a corrupted byte, or a declaration w3lib cannot
    # see): take the one that damages least, if it damages almost nothing.
    candidates = [*multi, ("detected", detected), ("gb18030", "gb18030"), ("utf-8", "utf-8")]
    tolerant = [(s, e) for s, e in candidates if e and not is_single_byte(e)]
    best_source, best = min(tolerant, key=lambda candidate: _damage(body, candidate[1]))
    if not body.isascii() and _damage(body, best) <= MAX_TOLERATED_DAMAGE:
        return Decoded(to_unicode(body, best), best, best_source)
    if detected:
        return Decoded(to_unicode(body, detected), detected, "detected")
    for source, encoding in single + multi:
        return Decoded(to_unicode(body, encoding), encoding, source)
    return Decoded(to_unicode(body, "utf-8"), "utf-8", "fallback")


@functools.lru_cache(maxsize=64)
def is_single_byte(encoding: str) -> bool:
    """True for charsets that map every byte to a character (latin-1, cp1252, ptcp154 …): any bytes decode."""
    try:
        return len(codecs.decode(bytes(range(0x80, 0x100)), encoding, "strict")) == 0x80
    except (UnicodeDecodeError, LookupError):
        return False


def _damage(body: bytes, encoding: str) -> float:
    """Share of replacement characters when ``body`` is decoded as ``encoding``."""
    try:
        text = codecs.decode(body, encoding, "replace")
    except LookupError:
        return 1.0
    return text.count("\ufffd") / max(len(text), 1)
