"""``python -m newsclean.eval``: the dev corpus, every blind corpus beside its blind score, and the real-world set.

``python -m newsclean.eval tests/corpus`` scores one folder of labelled cases against a naive
keyword-regex baseline (the dev corpus when no folder is given). The blind corpora are files of the
dev corpus named in ``blind_scores.json``: each is printed with its score today and the score it had
when it arrived, before any tuning on it. The real-world set is ``../shared/bench-data/realworld-cc``
with the labels in ``tests/realworld`` (skipped when the shared set is absent).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.eval.cleaners import naive_cleaner, newsclean_cleaner
from newsclean.eval.corpus import Case, load_corpus
from newsclean.eval.realworld import load_realworld
from newsclean.eval.score import Report, evaluate

DEV_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"
# Blind corpora scored but not yet folded into the dev corpus (the dev floors do not hold on them yet).
INCOMING = DEV_CORPUS.parent / "corpus_incoming"
BLIND_SCORES = "blind_scores.json"
ROWS = (
    ("spam recall (chars)", lambda r: f"{r.spam_recall:.4f}"),
    ("spam precision (chars)", lambda r: f"{r.spam_precision:.4f}"),
    ("template-tag recall (chars)", lambda r: f"{r.tag_recall:.4f}"),
    ("legit chars kept", lambda r: f"{r.legit_kept:.4f}"),
    ("damaged legit docs (>1% lost)", lambda r: str(len(r.damaged_docs))),
    ("damaged hard negatives", lambda r: str(len(r.damaged_hard_negatives))),
    ("spam pages dropped", lambda r: f"{r.parasites_dropped}/{r.parasites}"),
    ("legit pages dropped", lambda r: str(len(r.wrongly_dropped))),
)
# blind_scores.json keys, in the order of the blind table's columns.
BLIND_COLUMNS = (
    ("spam_recall", lambda r: r.spam_recall),
    ("spam_precision", lambda r: r.spam_precision),
    ("tag_recall", lambda r: r.tag_recall),
    ("legit_kept", lambda r: r.legit_kept),
    ("damaged_hard_negatives", lambda r: len(r.damaged_hard_negatives)),
    ("legit_pages_dropped", lambda r: len(r.wrongly_dropped)),
)


# Columns that mean nothing on a corpus of hard negatives only (nothing to remove).
SPAM_COLUMNS = frozenset({"spam_recall", "spam_precision", "tag_recall"})


def format_table(ours: Report, naive: Report) -> str:
    lines = ["| metric | newsclean | naive keyword regex |", "|---|---|---|"]
    lines += [f"| {name} | {cell(ours)} | {cell(naive)} |" for name, cell in ROWS]
    return "\n".join(lines)


def _cell(value: float | int | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def format_blind(cases: list[Case], blind: dict[str, dict]) -> str:
    """One row per blind corpus: today's score, then the blind one (before tuning) in brackets."""
    names = [name for name, _ in BLIND_COLUMNS]
    lines = [f"| corpus | cases | scored blind at | {' | '.join(names)} |", "|---" * (len(names) + 3) + "|"]
    for stem, blind_score in blind.items():
        mine = [c for c in cases if c.id.startswith(f"{stem}-")]
        if not mine:
            continue
        report = evaluate(mine, newsclean_cleaner)
        no_spam = not (report.tally.total["spam"] + report.tally.total["tag"])  # hard negatives only
        cells = [
            f"{'–' if no_spam and key in SPAM_COLUMNS else _cell(get(report))} ({_cell(blind_score.get(key))})"
            for key, get in BLIND_COLUMNS
        ]
        lines.append(f"| {stem} | {len(mine)} | {blind_score['commit']} | {' | '.join(cells)} |")
    return "\n".join(lines)


def print_report(title: str, cases: list[Case], verbose: bool) -> None:
    ours, naive = evaluate(cases, newsclean_cleaner), evaluate(cases, naive_cleaner)
    hard = sum(c.hard_negative for c in cases)
    print(f"## {title}: {len(cases)} cases ({hard} hard negatives)\n")
    print(format_table(ours, naive))
    print("\n| rule | removals |\n|---|---|")
    print("\n".join(f"| {rule} | {count} |" for rule, count in sorted(ours.rules.items())))
    if verbose:
        print("\ndamaged:", ", ".join(ours.damaged_docs) or "none")
        print("legit pages dropped:", ", ".join(ours.wrongly_dropped) or "none")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.eval", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a folder of *.jsonl labelled cases, or one such file")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared bench-data folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list damaged documents")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        try:
            cases = load_corpus(args.corpus)
        except (OSError, ValueError) as error:  # a wrong path or a malformed case: one line, no traceback
            print(f"python -m newsclean.eval: {error}", file=sys.stderr)
            return 2
        print_report(str(args.corpus), cases, args.verbose)
        return 0
    cases = load_corpus(DEV_CORPUS)
    print_report("dev corpus (tests/corpus)", cases, args.verbose)
    blind = {k: v for k, v in json.loads((DEV_CORPUS / BLIND_SCORES).read_text("utf-8")).items() if k[0] != "_"}
    incoming = load_corpus(INCOMING) if INCOMING.exists() else []
    print("## blind corpora: today (blind score before tuning)\n")
    print(format_blind(cases + incoming, blind), end="\n\n")
    if incoming:
        print_report("incoming blind corpora, not yet folded in (tests/corpus_incoming)", incoming, args.verbose)
    realworld = load_realworld(args.data)
    if realworld:
        print_report("real-world set (realworld-cc, our labels)", realworld, args.verbose)
    else:
        print(f"real-world set skipped: {args.data} has no realworld-cc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
