"""Load the public benchmark sets from ../shared/bench-data, read in place (see each SOURCE.txt)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclean.fetching.encoding import decode_html

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "bench-data"
UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    body: str | None = None  # ground truth, when the set has it
    date: str | None = None
    author: str | None = None


def zyte_pages(data: Path) -> Iterator[Page]:
    """Zyte's article extraction benchmark: 181 English pages with their article bodies."""
    root = data / "zyte-aeb"
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    for page_id, item in sorted(truth.items()):
        raw = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(page_id, item.get("url") or "", decode_html(raw).text, body=item["articleBody"])


def _ground(root: Path, name: str) -> dict[str, str]:
    entries = json.loads((root / "eval" / f"{name}_ground.json").read_text("utf-8"))
    return {k: v["articleBody"] for k, v in entries.items()}


def cwced_pages(data: Path) -> Iterator[Page]:
    """Chinese-Web-Content-Extraction-Dataset: 69 pages with hand-cleaned body, author and date."""
    root = data / "zh-cwced"
    bodies, dates, authors = _ground(root, "cleaned"), _ground(root, "date"), _ground(root, "author")
    for page_id in sorted(bodies):
        raw = (root / "original" / f"{page_id}.html").read_bytes()
        known = {
            k: (v if v.strip() and v.strip() != UNKNOWN else None)
            for k, v in (("date", dates.get(page_id, "")), ("author", authors.get(page_id, "")))
        }
        yield Page(page_id, "", decode_html(raw).text, body=bodies[page_id], **known)


def gne_pages(data: Path) -> Iterator[Page]:
    """GNE's test pages: 60 Chinese news pages, no ground truth (speed and robustness only)."""
    for path in sorted((data / "gne-tests" / "tests").glob("*/*.html")):
        yield Page(f"{path.parent.name}/{path.stem}", "", decode_html(path.read_bytes()).text)


DATASETS = {"zyte-aeb": (zyte_pages, False), "zh-cwced": (cwced_pages, True), "gne-tests": (gne_pages, True)}
