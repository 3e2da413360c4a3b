"""Clean JSONL records from the command line: ``python -m newsclean.cleaning in.jsonl -o out.jsonl``.

Each input line is a JSON object; its ``title`` and ``body`` are cleaned with
``clean_article``, exactly as a crawl cleans them. Output lines add ``is_spam`` and ``removed``
(rule and text of each removal). ``-`` reads stdin / writes stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from newsclean.cleaning import clean_article


def clean_record(record: dict) -> dict:
    out = dict(record)
    title, body = (record.get(f) if isinstance(record.get(f), str) else None for f in ("title", "body"))
    article = clean_article(title or "", body or "")
    removed = []
    for field, value in (("title", title), ("body", body)):
        if value is None:
            continue
        cleaned = getattr(article, field)
        out[field] = cleaned.text
        removed += [{"field": field, "rule": r.rule, "text": r.text} for r in cleaned.removed if r.text.strip()]
    out["is_spam"], out["removed"] = article.is_spam, removed
    return out


def run(source: TextIO, sink: TextIO, on_error: str) -> int:
    failures = 0
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as error:
            if on_error == "raise":
                print(f"line {number}: {error}", file=sys.stderr)
                return 1
            failures += 1
            continue
        sink.write(json.dumps(clean_record(record), ensure_ascii=False) + "\n")
    if failures:
        print(f"skipped {failures} malformed line(s)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.cleaning", description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSONL file with title/body fields, or - for stdin")
    parser.add_argument("-o", "--output", default="-", help="output JSONL file (default: stdout)")
    parser.add_argument("--on-error", choices=("raise", "skip"), default="raise", help="on a malformed line")
    args = parser.parse_args(argv)
    source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
    sink = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with source, sink:
        return run(source, sink, args.on_error)


if __name__ == "__main__":
    raise SystemExit(main())
