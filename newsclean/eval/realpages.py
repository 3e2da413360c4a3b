"""``python -m newsclean.eval.realpages``: what the cleaning rules take out of real news pages.

The labelled corpus is written to model spam; this check runs the same cleaning over
real, unpolluted news text from the public benchmark sets in ``../shared/bench-data``
(read in place; see each set's SOURCE.txt), so every character removed here is a
false positive on the real web: the hand-cleaned article bodies of zh-cwced (69
Chinese pages) and zyte-aeb (181 English pages), and the bodies our extractor takes
from gne-tests (60 Chinese news pages). Sets that are absent are skipped.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.bench.datasets import DATASETS, DEFAULT_DATA
from newsclean.cleaning import CleaningConfig, clean_field
from newsclean.extraction import extract

# Rules of the normalise stage: they only tidy whitespace and invisible characters.
LAYOUT_RULES = frozenset({"zero_width", "control_char", "whitespace"})


@dataclass
class RealPagesReport:
    texts: int = 0
    chars: int = 0
    removed_chars: int = 0
    dropped: list[str] = field(default_factory=list)  # texts flagged spam as a whole
    rules: Counter[str] = field(default_factory=Counter)
    removals: list[tuple[str, str, str]] = field(default_factory=list)  # (text id, rule, removed text)


def real_texts(data: Path) -> Iterator[tuple[str, str, str]]:
    """(id, kind, text): truth bodies where a set has them, else our extraction; and extracted titles."""
    for name in ("zh-cwced", "zyte-aeb", "gne-tests"):
        if not (data / name).is_dir():
            print(f"skipped {name}: {data / name} is absent", file=sys.stderr)
            continue
        loader, _ = DATASETS[name]
        for page in loader(data):
            if page.body is not None:
                yield f"{name}/{page.id}", "body", page.body
                continue
            article = extract(page.html, page.url or "http://localhost/page.html")
            yield f"{name}/{page.id}", "body", article.body
            yield f"{name}/{page.id}", "title", article.title


def check(data: Path = DEFAULT_DATA, config: CleaningConfig | None = None) -> RealPagesReport:
    config = config or CleaningConfig()
    report = RealPagesReport()
    for text_id, kind, text in real_texts(data):
        result = clean_field(text, "title" if kind == "title" else "body", config)  # what clean_article runs
        removed = result.removed
        report.texts += 1
        report.chars += len(text)
        if result.is_spam:
            report.dropped.append(f"{text_id} ({kind})")
        for removal in removed:
            if removal.rule in LAYOUT_RULES or not removal.text.strip():
                continue
            report.rules[removal.rule] += 1
            report.removed_chars += len(removal.text.strip())
            report.removals.append((f"{text_id} ({kind})", removal.rule, removal.text.strip()))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.eval.realpages", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the bench-data sets")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    report = check(args.data)
    print(f"{report.texts} real texts, {report.chars} characters")
    print(f"removed: {report.removed_chars} characters by {sum(report.rules.values())} removals; ", end="")
    print(f"dropped as spam: {len(report.dropped)}")
    for text_id, rule, text in report.removals:
        print(f"  {text_id} {rule}: {text[:100]!r}")
    for text_id in report.dropped:
        print(f"  dropped: {text_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
