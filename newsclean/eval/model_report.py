"""``python -m newsclean.eval.model_report``: rules alone against rules + ``learned_line``, side by side.

One run scores both configurations on the dev corpus (where the model was trained: in-sample),
each blind corpus of ``tests/corpus_incoming`` (holdout9–14), the real-world set, and the 370 real
clean news texts (which must lose 0 characters; the model saw them as negatives), plus the time per
real text. Whole-line figures follow the issue's quick check: a spam line (more than half its
visible characters spam) counts as caught when all its visible characters go; a legit line (at
least 90% keep) counts as hit when any of its keep characters goes.

    .venv/bin/python -m newsclean.eval.model_report [--threshold 0.9]
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.cleaning import CleaningConfig, clean_field, learned
from newsclean.cleaning.features import _measure
from newsclean.cleaning.model import line_spam_probability, shipped_model
from newsclean.eval.cleaners import Outcome, newsclean_cleaner
from newsclean.eval.corpus import Case, load_corpus
from newsclean.eval.realpages import LAYOUT_RULES, real_texts
from newsclean.eval.realworld import load_realworld
from newsclean.eval.score import INVISIBLE_RE, Report, evaluate
from newsclean.eval.train_model import DEV_CORPUS, KEEP_SHARE, SPAM_SHARE

INCOMING = DEV_CORPUS.parent / "corpus_incoming"
RULE = "learned_line"


@dataclass
class LineTally:
    spam_lines: int = 0
    spam_caught: int = 0
    legit_lines: int = 0
    legit_hit: int = 0


def tally_lines(case: Case, outcome: Outcome, tally: LineTally) -> None:
    """Whole-line counts of one text case (HTML cases have no character mask)."""
    if case.kind != "text" or outcome.kept is None:
        return
    labels = [label for label, text in case.segments for _ in text]
    start = 0
    for line in case.text.split("\n"):
        seen = [i for i in range(start, start + len(line)) if not INVISIBLE_RE.match(case.text[i])]
        gone = [outcome.is_spam or not outcome.kept[i] for i in seen]
        spam = sum(labels[i] == "spam" for i in seen)
        if seen and spam > SPAM_SHARE * len(seen):
            tally.spam_lines += 1
            tally.spam_caught += all(gone)
        elif seen and sum(labels[i] == "keep" for i in seen) >= KEEP_SHARE * len(seen):
            tally.legit_lines += 1
            tally.legit_hit += any(g for i, g in zip(seen, gone, strict=True) if labels[i] == "keep")
        start += len(line) + 1


def score(cases: list[Case], config: CleaningConfig) -> tuple[Report, LineTally]:
    lines = LineTally()

    def cleaner(case: Case) -> Outcome:
        outcome = newsclean_cleaner(case, config)
        tally_lines(case, outcome, lines)
        return outcome

    return evaluate(cases, cleaner), lines


def row(name: str, report: Report, lines: LineTally) -> str:
    return (
        f"| {name} | {report.cases} | {report.spam_recall:.4f} | {report.spam_precision:.4f} | {report.legit_kept:.4f} "
        f"| {len(report.damaged_docs)} | {len(report.wrongly_dropped)} "
        f"| {lines.spam_caught}/{lines.spam_lines} ({lines.spam_caught / max(lines.spam_lines, 1):.3f}) "
        f"| {lines.legit_hit}/{lines.legit_lines} | {report.rules[RULE]} |"
    )


HEADER = (
    "| set / config | cases | spam recall | spam precision | legit kept | damaged docs | legit pages dropped "
    "| whole spam lines caught | legit lines hit | learned_line removals |\n|---|---|---|---|---|---|---|---|---|---|"
)


def real_pages_row(texts: list[tuple[str, str, str]], name: str, config: CleaningConfig, runs: int = 2) -> str:
    """Characters removed from the real clean texts (layout excepted), drops, ms per text, and the
    lines the model was asked about with the time spent in it.

    Each run starts with cold line caches; the best of ``runs`` is reported, since the machine is shared.
    """
    times, asked = [], [0, 0.0]  # model calls, seconds in the model

    def timed(text: str) -> float:
        started = time.perf_counter()
        probability = line_spam_probability(text)
        asked[0], asked[1] = asked[0] + 1, asked[1] + time.perf_counter() - started
        return probability

    for _ in range(runs):
        _measure.cache_clear()
        removed = dropped = 0
        asked[:] = [0, 0.0]
        started = time.perf_counter()
        with mock.patch.object(learned, "line_spam_probability", timed):
            for _, kind, text in texts:
                result = clean_field(text, "title" if kind == "title" else "body", config)
                dropped += result.is_spam
                removed += sum(len(r.text.strip()) for r in result.removed if r.rule not in LAYOUT_RULES)
        times.append((time.perf_counter() - started) * 1000 / len(texts))
    in_model = asked[1] * 1000 / len(texts)
    return f"| {name} | {len(texts)} | {removed} | {dropped} | {min(times):.1f} | {asked[0]} | {in_model:.2f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.eval.model_report", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared bench-data folder")
    parser.add_argument("--threshold", type=float, default=None, help="model threshold (default: the config's)")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    base = CleaningConfig()
    model = dataclasses.replace(base, learned_line_enabled=True)
    if args.threshold is not None:
        model = dataclasses.replace(model, learned_line_min_probability=args.threshold)
    rules = dataclasses.replace(base, learned_line_enabled=False)
    configs = (("rules", rules), (f"rules+model@{model.learned_line_min_probability}", model))
    incoming = load_corpus(INCOMING)
    sets = [("dev (in-sample)", load_corpus(DEV_CORPUS))]
    sets += [(stem, [c for c in incoming if c.id.startswith(f"{stem}-")]) for stem in _stems(incoming)]
    sets += [("holdout9-14 all", incoming), ("realworld", load_realworld(args.data))]
    print(HEADER)
    for set_name, cases in sets:
        for name, config in configs:
            if cases:
                print(row(f"{set_name}: {name}", *score(cases, config)))
    texts = list(real_texts(args.data))
    shipped_model()  # load the weights before timing
    print("\n| real clean texts | texts | chars removed | dropped | ms per text | lines asked | ms in model per text |")
    print("|---|---|---|---|---|---|---|")
    for name, config in configs:
        print(real_pages_row(texts, name, config))
    return 0


def _stems(cases: list[Case]) -> list[str]:
    stems = {c.id.rsplit("-", 1)[0] for c in cases}
    return sorted(stems, key=lambda s: int(s.removeprefix("holdout")))


if __name__ == "__main__":
    sys.exit(main())
