"""``python -m newsclean.eval.model_loco``: would the learned line model earn a default with more to learn from?

``train_model`` learns from the dev corpus only, so the blind corpora stay a held-out measure. This
check asks whether training on the blind corpora too would help on an author the model has never
read: the corpora of ``tests/corpus_incoming`` are split into ``--groups`` groups (every n-th corpus);
for each group a model is trained on the dev corpus, the real clean texts and every other group, then
rules alone and rules + model (at each ``--thresholds``) are scored on the held-out group. The totals
over all groups are the estimate; nothing is written to the shipped weights.

    .venv/bin/python -m newsclean.eval.model_loco [--groups 6] [--thresholds 0.8,0.9,0.95]
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import tempfile
from collections import Counter
from pathlib import Path
from unittest import mock

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.cleaning import CleaningConfig, learned
from newsclean.cleaning.model import load_model, save_model
from newsclean.eval.cleaners import newsclean_cleaner
from newsclean.eval.corpus import load_corpus
from newsclean.eval.score import Report, evaluate
from newsclean.eval.train_model import DEV_CORPUS, dev_examples, fit_examples, real_examples

INCOMING = DEV_CORPUS.parent / "corpus_incoming"


def add(totals: Counter[str], report: Report) -> None:
    for label in ("spam", "keep", "tag"):
        totals[f"removed_{label}"] += report.tally.removed[label]
        totals[f"total_{label}"] += report.tally.total[label]
    totals["damaged"] += len(report.damaged_docs)
    totals["damaged_hard_negatives"] += len(report.damaged_hard_negatives)
    totals["dropped"] += len(report.wrongly_dropped)


def row(name: str, t: Counter[str]) -> str:
    removed = t["removed_spam"] + t["removed_tag"]
    recall = t["removed_spam"] / max(t["total_spam"], 1)
    precision = removed / max(removed + t["removed_keep"], 1)
    kept = 1 - t["removed_keep"] / max(t["total_keep"], 1)
    return (
        f"| {name} | {recall:.4f} | {precision:.4f} | {kept:.4f} | {t['damaged']} "
        f"| {t['damaged_hard_negatives']} | {t['dropped']} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.eval.model_loco", description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=6, help="held-out groups of blind corpora")
    parser.add_argument("--thresholds", default="0.8,0.9,0.95", help="model thresholds to score")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared bench-data folder (real texts)")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    files = sorted(INCOMING.glob("*.jsonl"), key=lambda p: int(p.stem.removeprefix("holdout")))
    groups = [files[i :: args.groups] for i in range(args.groups)]
    base = dev_examples(load_corpus(DEV_CORPUS)) + real_examples(args.data)
    blind = {f: dev_examples(load_corpus(f)) for f in files}
    rules = dataclasses.replace(CleaningConfig(), learned_line_enabled=False)
    totals: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for index, group in enumerate(groups):
            weights, bias = fit_examples(base + [e for f in files if f not in group for e in blind[f]])
            path = Path(scratch) / f"group{index}.npz"
            save_model(weights, bias, path)
            model = load_model(path)
            cases = [case for f in group for case in load_corpus(f)]
            print(f"group {index}: held out {', '.join(f.stem for f in group)}", file=sys.stderr)
            with mock.patch.object(learned, "line_spam_probability", model.probability):
                add(totals.setdefault("rules", Counter()), evaluate(cases, lambda c: newsclean_cleaner(c, rules)))
                for t in thresholds:
                    config = dataclasses.replace(rules, learned_line_enabled=True, learned_line_min_probability=t)
                    report = evaluate(cases, lambda c, config=config: newsclean_cleaner(c, config))
                    add(totals.setdefault(f"rules + model@{t}", Counter()), report)
    print("| config (held-out groups, summed) | spam recall | precision | kept | damaged | damaged HN | dropped |")
    print("|---|---|---|---|---|---|---|")
    for name, t in totals.items():
        print(row(name, t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
