"""Check a crawl's feed against a fixture site's expected.json, line by line."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse


def load_expected(site: Path) -> dict:
    expected = json.loads((site / "expected.json").read_text("utf-8"))
    assert expected["articles"], f"no articles in {site}/expected.json"
    return expected


def items_by_path(items: list[dict], base: str = "") -> dict[str, list[dict]]:
    """Feed items grouped by URL path (relative to ``base`` for file:// crawls)."""
    grouped: dict[str, list[dict]] = {}
    for item in items:
        path = unquote(urlparse(item["url"]).path)
        if base:
            path = path.removeprefix(base)
        grouped.setdefault(path, []).append(item)
    return grouped
