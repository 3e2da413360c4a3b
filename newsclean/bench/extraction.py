"""Benchmark ``newsclean.extraction.extract`` against plain trafilatura, side by side in one run.

    python -m newsclean.bench.extraction [--data ../shared/bench-data] [--sets zyte-aeb,zh-cwced,gne-tests]

Reports body precision/recall/F1 (Zyte's shingle metric; characters for Chinese),
date accuracy (same calendar day, over pages whose ground truth names a day),
author accuracy (exact, and lenient: one contains the other) and pages per
second. Sets that are absent are skipped.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from newsclean.bench.datasets import DATASETS, DEFAULT_DATA, Page
from newsclean.bench.metrics import body_scores
from newsclean.extraction import extract

DAY_RE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass(frozen=True)
class Extracted:
    body: str
    date: str | None
    author: str | None


def run_newsclean(page: Page) -> Extracted:
    article = extract(page.html, page.url or "http://localhost/page.html")
    return Extracted(article.body, article.published_at, article.author)


def run_trafilatura(page: Page) -> Extracted:
    """trafilatura 2.x with its default settings, metadata on."""
    document = trafilatura.bare_extraction(page.html, url=page.url or None, with_metadata=True)
    if document is None:
        return Extracted("", None, None)
    return Extracted(document.text or "", document.date, document.author)


EXTRACTORS: dict[str, Callable[[Page], Extracted]] = {"newsclean": run_newsclean, "trafilatura": run_trafilatura}


def same_day(truth: str, predicted: str | None) -> bool:
    a, b = DAY_RE.search(truth), DAY_RE.search(predicted or "")
    return bool(a and b) and tuple(map(int, a.groups())) == tuple(map(int, b.groups()))


def same_author(truth: str, predicted: str | None, lenient: bool) -> bool:
    truth, predicted = truth.strip(), (predicted or "").strip()
    if not predicted:
        return False
    return truth == predicted or (lenient and (truth in predicted or predicted in truth))


@dataclass
class Row:
    dataset: str
    extractor: str
    pages: int
    seconds: float
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    date_accuracy: float | None = None
    author_accuracy: float | None = None
    author_lenient: float | None = None


def _ratio(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def measure(dataset: str, pages: list[Page], name: str, chinese: bool) -> Row:
    run = EXTRACTORS[name]
    started = time.perf_counter()
    results = [run(page) for page in pages]
    row = Row(dataset, name, len(pages), time.perf_counter() - started)
    truth = [(p, r) for p, r in zip(pages, results, strict=True) if p.body is not None]
    if truth:
        row.precision, row.recall, row.f1 = body_scores(((p.body or "", r.body) for p, r in truth), chinese)
    # Scored where the ground truth names a day: some entries are a bare year or month (1998-3) or a typo.
    row.date_accuracy = _ratio([same_day(p.date, r.date) for p, r in truth if p.date and DAY_RE.search(p.date)])
    authors = [(p.author, r.author) for p, r in truth if p.author]
    row.author_accuracy = _ratio([same_author(a, b, lenient=False) for a, b in authors])
    row.author_lenient = _ratio([same_author(a, b, lenient=True) for a, b in authors])
    return row


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def format_rows(rows: list[Row]) -> str:
    header = ["set", "extractor", "pages", "body P", "body R", "body F1", "date acc", "author acc", "author lenient"]
    lines = ["| " + " | ".join([*header, "pages/s"]) + " |", "|" + "---|" * (len(header) + 1)]
    for r in rows:
        cells = [r.precision, r.recall, r.f1, r.date_accuracy, r.author_accuracy, r.author_lenient]
        speed = r.pages / r.seconds if r.seconds else 0.0
        lines.append(
            f"| {r.dataset} | {r.extractor} | {r.pages} | " + " | ".join(map(_cell, cells)) + f" | {speed:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.bench.extraction", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the bench-data sets")
    parser.add_argument("--sets", default=",".join(DATASETS), help="comma-separated sets to run")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    rows: list[Row] = []
    for dataset in args.sets.split(","):
        loader, chinese = DATASETS[dataset]
        if not (args.data / dataset).is_dir():
            print(f"skipped {dataset}: {args.data / dataset} is absent", file=sys.stderr)
            continue
        pages = list(loader(args.data))
        rows += [measure(dataset, pages, name, chinese) for name in EXTRACTORS]
    if not rows:
        print("no benchmark data found; nothing measured", file=sys.stderr)
        return 0
    print(format_rows(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
