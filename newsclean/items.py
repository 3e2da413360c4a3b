"""The article item: one line of the JSONL feed. Field order here is the feed's order."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

from newsclean.fetching.urls import fold_url

# 1.1: published_at_source added. 1.2: version, updated_at, near_duplicate_of; id from the folded URL.
SCHEMA_VERSION = "1.2"


def article_id(canonical_url: str) -> str:
    """Stable id: the first 32 hex digits of SHA-256 of the folded canonical URL (see ``newsclean.fetching.urls``)."""
    return hashlib.sha256(fold_url(canonical_url).encode("utf-8")).hexdigest()[:32]


@dataclass
class ArticleItem:
    id: str
    url: str
    canonical_url: str
    title: str
    body: str
    published_at: str | None = None
    published_at_source: str | None = None
    author: str | None = None
    site_name: str = ""
    language: str = "und"
    encoding: str = ""
    fetched_at: str = ""
    # Incremental runs (NEWSCLEAN_STATE): 1 for a new article, +1 each time its cleaned body changes.
    version: int = 1
    updated_at: str | None = None
    near_duplicate_of: str | None = None  # id of an earlier article with a near-identical body
    tokens: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    # Per stage, the number of removals per rule: {"spam": {"link_farm_line": 17}, ...}.
    cleaning: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION


# schema_version and id first, so a reader can dispatch on the version before anything else.
FEED_FIELDS: list[str] = ["schema_version", "id"] + [
    f.name for f in fields(ArticleItem) if f.name not in ("schema_version", "id")
]
