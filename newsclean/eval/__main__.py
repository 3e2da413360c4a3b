"""``python -m newsclean.eval tests/corpus``: newsclean against a naive keyword-regex baseline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsclean.eval.cleaners import naive_cleaner, newsclean_cleaner
from newsclean.eval.corpus import load_corpus
from newsclean.eval.score import Report, evaluate

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


def format_table(ours: Report, naive: Report) -> str:
    lines = ["| metric | newsclean | naive keyword regex |", "|---|---|---|"]
    lines += [f"| {name} | {cell(ours)} | {cell(naive)} |" for name, cell in ROWS]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.eval", description=__doc__)
    parser.add_argument("corpus", type=Path, help="folder of *.jsonl labelled cases")
    parser.add_argument("-v", "--verbose", action="store_true", help="list damaged documents")
    args = parser.parse_args(argv)
    cases = load_corpus(args.corpus)
    ours, naive = evaluate(cases, newsclean_cleaner), evaluate(cases, naive_cleaner)
    hard = sum(c.hard_negative for c in cases)
    print(f"{len(cases)} cases ({hard} hard negatives) from {args.corpus}\n")
    print(format_table(ours, naive))
    print("\n| rule | removals |\n|---|---|")
    print("\n".join(f"| {rule} | {count} |" for rule, count in sorted(ours.rules.items())))
    if args.verbose:
        print("\ndamaged:", ", ".join(ours.damaged_docs) or "none")
        print("legit pages dropped:", ", ".join(ours.wrongly_dropped) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
