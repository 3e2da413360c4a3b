"""Small value types shared by every cleaning stage."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Removal:
    """One piece of text a rule removed.

    ``start``/``end`` are offsets into the text the stage received, so a removal
    can be shown in context and scored against labelled spans.
    """

    rule: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cleaned:
    """What one stage returns: the new text and every removal it made."""

    text: str
    removals: tuple[Removal, ...] = ()
    is_spam: bool = False
    flags: frozenset[str] = field(default_factory=frozenset)
    brands: frozenset[str] = field(default_factory=frozenset)  # brands removed on their own evidence (folded)

    def counts(self) -> dict[str, int]:
        """Number of removals per rule name, for stats and the item's ``cleaning`` field."""
        return dict(Counter(r.rule for r in self.removals))


def delete_spans(text: str, spans: list[tuple[int, int, str]]) -> Cleaned:
    """Delete ``(start, end, rule)`` spans from ``text``; overlapping spans merge into the first rule.

    Cleaning only ever deletes: this is the one place that builds the output, so no
    stage can add or rewrite text by accident.
    """
    removals: list[Removal] = []
    pieces: list[str] = []
    cursor = 0
    for start, end, rule in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        removals.append(Removal(rule, text[start:end], start, end))
        cursor = end
    pieces.append(text[cursor:])
    return Cleaned("".join(pieces), tuple(removals))


def surviving(indices: list[int], removals: tuple[Removal, ...]) -> list[int]:
    """``indices`` (original offsets of a stage's input) left after ``removals`` are deleted."""
    if not any(removal.start >= 0 for removal in removals):
        return indices  # the usual pass: nothing removed, nothing to copy
    gone = bytearray(len(indices))
    for removal in removals:
        if removal.start >= 0:
            gone[removal.start : removal.end] = b"\x01" * (removal.end - removal.start)
    return [index for index, dropped in zip(indices, gone, strict=True) if not dropped]


def remap(removals: tuple[Removal, ...], indices: list[int]) -> tuple[Removal, ...]:
    """Removals made on a later pass's text, with offsets moved back to the original text."""
    return tuple(
        Removal(r.rule, r.text, indices[r.start], indices[r.end - 1] + 1) if 0 <= r.start < r.end else r
        for r in removals
    )
