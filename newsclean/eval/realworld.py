"""The labelled real-world set: Common Crawl pages read in place, our labels kept as offsets.

``../shared/bench-data/realworld-cc/cleared1.jsonl`` holds 100 real pages (see its SOURCE.txt);
``tests/realworld/realworld-cc.labels.jsonl`` holds one line per page: ``doc`` (line index),
``page`` (``clean``, ``polluted``, ``spam_page`` or ``out_of_scope``), ``title_spans`` and ``spans``
as ``[start, end, label, text]`` over the page's ``title`` and ``raw_content`` (``text`` must equal
the slice: a check against shifted offsets). Characters outside every span are ``keep``. Pages of
SEO text with no gambling in it are ``out_of_scope``: scored neither as spam nor as legit text.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsclean.eval.corpus import Case

SET_FILE = Path("realworld-cc") / "cleared1.jsonl"
LABELS = Path(__file__).resolve().parents[2] / "tests" / "realworld" / "realworld-cc.labels.jsonl"
PAGE_FORMS = {"clean": "legit", "polluted": "injected", "spam_page": "parasite_page", "out_of_scope": "legit"}


def _segments(text: str, spans: list[list], where: str) -> tuple[tuple[str, str], ...]:
    segments: list[tuple[str, str]] = []
    cursor = 0
    for start, end, label, quoted in sorted(spans):
        if text[start:end] != quoted or start < cursor:
            raise ValueError(f"{where}: span {start}-{end} does not match the text (or overlaps)")
        segments += [("keep", text[cursor:start]), (label, text[start:end])]
        cursor = end
    segments.append(("keep", text[cursor:]))
    return tuple((label, piece) for label, piece in segments if piece)


def _whole(text: str, label: str) -> list[list]:
    return [[0, len(text), label, text]] if text else []


def load_realworld(data: Path, labels: Path = LABELS) -> list[Case]:
    """The real pages as labelled cases; empty when the shared set is absent."""
    source = data / SET_FILE
    if not source.exists():
        return []
    pages = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    cases = []
    for line in labels.read_text("utf-8").splitlines():
        label = json.loads(line)
        page = pages[label["doc"]]
        where = f"{labels.name} doc {label['doc']}"
        title, body = page.get("title") or "", page["raw_content"]
        spans, title_spans = label["spans"], label["title_spans"]
        if label["page"] == "out_of_scope":
            spans, title_spans = _whole(body, "any"), _whole(title, "any")
        cases.append(
            Case(
                id=f"realworld-{label['doc']:03d}",
                kind="text",
                form=PAGE_FORMS[label["page"]],
                lang="zh-Hans",
                hard_negative=False,
                invented_brands=(),
                segments=_segments(body, spans, where),
                title=_segments(title, title_spans, f"{where} title"),
                comment=label["comment"],
            )
        )
    return cases
