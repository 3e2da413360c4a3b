"""Load and validate labelled corpus cases (format: tests/corpus/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

TEXT_LABELS = frozenset({"keep", "spam", "tag", "any"})
HTML_LABELS = TEXT_LABELS | {"markup"}
KINDS = frozenset({"text", "html"})
REQUIRED_KEYS = frozenset({"id", "kind", "form", "lang", "hard_negative", "invented_brands", "segments", "comment"})
OPTIONAL_KEYS = frozenset({"title"})


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    form: str
    lang: str
    hard_negative: bool
    invented_brands: tuple[str, ...]
    segments: tuple[tuple[str, str], ...]
    title: tuple[tuple[str, str], ...]
    comment: str

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.segments)

    @property
    def title_text(self) -> str:
        return "".join(text for _, text in self.title)


def _segments(raw: object, labels: frozenset[str], where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list) or not all(isinstance(s, list) and len(s) == 2 for s in raw):
        raise ValueError(f"{where}: segments must be a list of [label, text] pairs")
    bad = {label for label, _ in raw} - labels
    if bad:
        raise ValueError(f"{where}: unknown labels {sorted(bad)}")
    return tuple((str(label), str(text)) for label, text in raw)


def parse_case(raw: dict, where: str) -> Case:
    unknown = set(raw) - REQUIRED_KEYS - OPTIONAL_KEYS
    missing = REQUIRED_KEYS - set(raw)
    if unknown or missing:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    if raw["kind"] not in KINDS:
        raise ValueError(f"{where}: kind must be one of {sorted(KINDS)}")
    labels = HTML_LABELS if raw["kind"] == "html" else TEXT_LABELS
    return Case(
        id=raw["id"],
        kind=raw["kind"],
        form=raw["form"],
        lang=raw["lang"],
        hard_negative=bool(raw["hard_negative"]),
        invented_brands=tuple(raw["invented_brands"]),
        segments=_segments(raw["segments"], labels, where),
        title=_segments(raw.get("title", []), TEXT_LABELS, f"{where} title"),
        comment=raw["comment"],
    )


def load_corpus(folder: Path) -> list[Case]:
    """Every case of every ``*.jsonl`` file in ``folder`` (or of the one file ``folder`` names); raises on a
    malformed case or a duplicate id."""
    cases: list[Case] = []
    for path in [folder] if folder.is_file() else sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                cases.append(parse_case(json.loads(line), f"{path.name}:{number}"))
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate case ids in {folder}")
    if not cases:
        raise ValueError(f"no cases in {folder}")
    return cases
