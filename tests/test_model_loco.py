"""The leave-groups-out check sums its held-out groups' tallies before taking ratios."""

from __future__ import annotations

from collections import Counter

from newsclean.eval.model_loco import add, row
from newsclean.eval.score import Report


def test_groups_are_summed_then_divided():
    totals: Counter[str] = Counter()
    for removed, total in ((9, 10), (1, 90)):  # 90% of a small group, 1% of a large one
        report = Report()
        report.tally.removed["spam"] += removed
        report.tally.total["spam"] += total
        report.tally.total["keep"] += 100
        add(totals, report)
    assert row("rules", totals).startswith("| rules | 0.1000 | 1.0000 | 1.0000 | 0 | 0 | 0 |")
