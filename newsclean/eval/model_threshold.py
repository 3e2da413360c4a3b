"""``python -m newsclean.eval.model_threshold``: pick ``learned_line``'s threshold on the dev corpus only.

Cross-validated, because the shipped model has seen every dev line: for each of 5 folds (by case;
the real clean texts by text), a model trained on the other folds' lines cleans the fold's dev
cases and real texts, with rules alone and with rules + model at each threshold. A threshold
*adds legit loss* when, summed over the folds, it damages one more document, hits one more legit
line, loses one more keep character, or removes one real-text character. The pick is the lowest
threshold that adds none while the grid step below it adds none either (one step of margin from
the cliff); the blind corpora and the real-world set play no part in it (``model_report`` scores
them afterwards).
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import numpy as np

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.cleaning import CleaningConfig, clean_field
from newsclean.cleaning import model as model_module
from newsclean.cleaning.model import LineModel
from newsclean.eval.corpus import Case, load_corpus
from newsclean.eval.model_report import score
from newsclean.eval.realpages import LAYOUT_RULES, real_texts
from newsclean.eval.train_model import DEV_CORPUS, FOLDS, fit_examples, fold_of, load_examples

THRESHOLDS = (0.8, 0.85, 0.9, 0.95, 0.98)


@dataclass
class Totals:
    spam_caught: int = 0
    spam_lines: int = 0
    legit_hit: int = 0
    keep_lost: int = 0
    damaged: int = 0
    real_removed: int = 0

    def add(self, cases: list[Case], real: list[tuple[str, str, str]], config: CleaningConfig) -> None:
        report, lines = score(cases, config)
        self.spam_caught += lines.spam_caught
        self.spam_lines += lines.spam_lines
        self.legit_hit += lines.legit_hit
        self.keep_lost += report.tally.removed["keep"]
        self.damaged += len(report.damaged_docs)
        for _, kind, text in real:
            removed = clean_field(text, "title" if kind == "title" else "body", config).removed
            self.real_removed += sum(len(r.text.strip()) for r in removed if r.rule not in LAYOUT_RULES)

    def loss(self) -> tuple[int, int, int, int]:
        return (self.damaged, self.legit_hit, self.keep_lost, self.real_removed)


def cross_validate(data: Path) -> tuple[Totals, dict[float, Totals]]:
    """Rules alone, and rules + a fold model at each threshold, summed over the folds."""
    cases, real = load_corpus(DEV_CORPUS), list(real_texts(data))
    examples = load_examples(DEV_CORPUS, data)
    base = CleaningConfig()
    rules = dataclasses.replace(base, learned_line_enabled=False)
    alone, with_model = Totals(), {t: Totals() for t in THRESHOLDS}
    alone.add(cases, real, rules)
    for k in range(FOLDS):
        weights, bias = fit_examples([e for e in examples if fold_of(e.group) != k])
        fold_model = LineModel(weights.astype(np.float32), bias)
        fold_cases = [c for c in cases if fold_of(c.id) == k]
        fold_real = [r for r in real if fold_of(f"real:{r[0]}") == k]
        with mock.patch.object(model_module, "shipped_model", lambda m=fold_model: m):
            for t in THRESHOLDS:
                config = dataclasses.replace(base, learned_line_enabled=True, learned_line_min_probability=t)
                with_model[t].add(fold_cases, fold_real, config)
    return alone, with_model


def pick(alone: Totals, with_model: dict[float, Totals]) -> float | None:
    """The lowest threshold that adds no legit loss while the grid step below it adds none either:
    a threshold right above one that cuts legit text sits at the edge of the cliff."""
    safe = [all(a <= b for a, b in zip(v.loss(), alone.loss(), strict=True)) for v in with_model.values()]
    for i, threshold in enumerate(with_model):
        if i > 0 and safe[i] and safe[i - 1]:
            return threshold
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsclean.eval.model_threshold", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared bench-data folder")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    alone, with_model = cross_validate(args.data)
    print("| dev, 5-fold | whole spam lines caught | legit lines hit | keep chars lost | damaged docs |", end="")
    print(" real chars removed |")
    print("|---|---|---|---|---|---|")
    for name, t in [("rules", alone), *((f"rules+model@{k}", v) for k, v in with_model.items())]:
        caught = f"{t.spam_caught}/{t.spam_lines}"
        print(f"| {name} | {caught} | {t.legit_hit} | {t.keep_lost} | {t.damaged} | {t.real_removed} |")
    print(f"\npicked: {pick(alone, with_model) or 'none (no threshold adds no legit loss twice running)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
