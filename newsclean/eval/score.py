"""Character-level scores of a cleaner on a labelled corpus.

Only visible characters count: whitespace, zero-width and control characters are
layout, and the normalise stage may drop them freely.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from newsclean.eval.cleaners import Outcome
from newsclean.eval.corpus import Case

# A legit document that loses more than this share of its legit text is damaged.
DAMAGE_THRESHOLD = 0.01
INVISIBLE_RE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x1f\x7f-\x9f]")
SCORED_LABELS = ("keep", "spam", "tag")


def visible(text: str) -> str:
    return INVISIBLE_RE.sub("", text)


@dataclass
class Tally:
    total: Counter[str] = field(default_factory=Counter)  # visible characters per label
    removed: Counter[str] = field(default_factory=Counter)  # of those, removed


def _tally_mask(segments: tuple[tuple[str, str], ...], kept: list[bool], dropped: bool, tally: Tally) -> None:
    position = 0
    for label, text in segments:
        for offset, ch in enumerate(text):
            if label in SCORED_LABELS and not INVISIBLE_RE.match(ch):
                tally.total[label] += 1
                tally.removed[label] += dropped or not kept[position + offset]
        position += len(text)


def _tally_output(segments: tuple[tuple[str, str], ...], output: str, dropped: bool, tally: Tally) -> None:
    """HTML cases: a labelled piece counts as kept when its visible text is in the output."""
    out = visible(output)
    for label, text in segments:
        if label not in SCORED_LABELS:
            continue
        for piece in re.split(r"\n+", html.unescape(text)):
            size = len(visible(piece))
            tally.total[label] += size
            tally.removed[label] += size if dropped or visible(piece) not in out else 0


def tally_case(case: Case, outcome: Outcome) -> Tally:
    tally = Tally()
    if case.kind == "html":
        _tally_output(case.segments, outcome.output, outcome.is_spam, tally)
    else:
        assert outcome.kept is not None
        _tally_mask(case.segments, outcome.kept, outcome.is_spam, tally)
        if case.title and outcome.title_kept is not None:
            _tally_mask(case.title, outcome.title_kept, outcome.is_spam, tally)
    return tally


@dataclass
class Report:
    cases: int = 0
    tally: Tally = field(default_factory=Tally)
    damaged_docs: list[str] = field(default_factory=list)
    damaged_hard_negatives: list[str] = field(default_factory=list)
    parasites: int = 0
    parasites_dropped: int = 0
    wrongly_dropped: list[str] = field(default_factory=list)
    rules: Counter[str] = field(default_factory=Counter)

    def ratio(self, numerator: int, denominator: int) -> float:
        return numerator / denominator if denominator else 1.0

    @property
    def spam_recall(self) -> float:
        return self.ratio(self.tally.removed["spam"], self.tally.total["spam"])

    @property
    def spam_precision(self) -> float:
        removed = self.tally.removed
        return self.ratio(removed["spam"] + removed["tag"], removed["spam"] + removed["tag"] + removed["keep"])

    @property
    def tag_recall(self) -> float:
        return self.ratio(self.tally.removed["tag"], self.tally.total["tag"])

    @property
    def legit_kept(self) -> float:
        return self.ratio(self.tally.total["keep"] - self.tally.removed["keep"], self.tally.total["keep"])


def evaluate(cases: list[Case], cleaner: Callable[[Case], Outcome]) -> Report:
    report = Report()
    for case in cases:
        outcome = cleaner(case)
        tally = tally_case(case, outcome)
        report.cases += 1
        report.tally.total.update(tally.total)
        report.tally.removed.update(tally.removed)
        report.rules.update(outcome.rules)
        lost = tally.removed["keep"] / tally.total["keep"] if tally.total["keep"] else 0.0
        if lost > DAMAGE_THRESHOLD:
            report.damaged_docs.append(case.id)
            if case.hard_negative:
                report.damaged_hard_negatives.append(case.id)
        if case.form == "parasite_page":
            report.parasites += 1
            report.parasites_dropped += outcome.is_spam
        elif outcome.is_spam:
            report.wrongly_dropped.append(case.id)
    return report
