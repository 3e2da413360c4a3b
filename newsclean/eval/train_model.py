"""``python -m newsclean.eval.train_model``: train the learned line model and write its weights.

Trains a hashed character 1–3-gram logistic regression (``newsclean/cleaning/model.py``) on:

- the DEV corpus only (``tests/corpus/*.jsonl``, text cases and their titles): a line is spam when
  more than half of its visible characters are labelled spam, legit when at least 90% are ``keep``;
  mixed lines are left out;
- every line of the 370 real clean news texts of ``../shared/bench-data`` (``eval/realpages.py``)
  as legit.

Never ``tests/corpus_incoming/`` nor the real-world labels: those are the held-out measure
(``python -m newsclean.eval.model_report``). Full-batch Adam from zero weights, no sampling, so a
run is deterministic. It prints out-of-fold precision/recall (5 folds by case) at strict
thresholds, then trains on everything and writes ``newsclean/cleaning/data/line_model.npz``::

    .venv/bin/python -m newsclean.eval.train_model            # retrain the shipped weights
    .venv/bin/python -m newsclean.eval.train_model --out /tmp/m.npz --corpus tests/corpus --no-real
"""

from __future__ import annotations

import argparse
import logging
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.cleaning.model import BUCKETS, WEIGHTS_FILE, ngram_features, save_model
from newsclean.eval.corpus import Case, load_corpus
from newsclean.eval.score import INVISIBLE_RE

DEV_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"
SPAM_SHARE = 0.5  # a line is spam when more than this share of its visible characters is spam
KEEP_SHARE = 0.9  # ... and legit when at least this share is keep
EPOCHS = 300
LEARNING_RATE = 0.05
L2 = 1e-5  # per-example L2 penalty: enough to keep rare n-grams' weights from running away
FOLDS = 5
REPORT_THRESHOLDS = (0.5, 0.8, 0.9, 0.95, 0.98, 0.99)


@dataclass(frozen=True)
class Example:
    group: str  # case or text id: folds split by it, so a case's lines never straddle train and test
    text: str
    label: int


def labelled_lines(segments: tuple[tuple[str, str], ...], group: str) -> Iterator[Example]:
    """The case's lines with a label from its character labels; mixed lines are skipped."""
    chars = [(label, ch) for label, text in segments for ch in text]
    line: list[tuple[str, str]] = []
    for label, ch in [*chars, ("any", "\n")]:
        if ch != "\n":
            line.append((label, ch))
            continue
        seen = [label for label, c in line if not INVISIBLE_RE.match(c)]
        text = "".join(c for _, c in line)
        line = []
        if not seen:
            continue
        if seen.count("spam") > SPAM_SHARE * len(seen):
            yield Example(group, text, 1)
        elif seen.count("keep") >= KEEP_SHARE * len(seen):
            yield Example(group, text, 0)


def dev_examples(cases: list[Case]) -> list[Example]:
    examples: list[Example] = []
    for case in cases:
        if case.kind != "text":
            continue  # HTML cases label markup; their text lines are not what the spam stage sees
        examples += labelled_lines(case.segments, case.id)
        examples += labelled_lines(case.title, case.id)
    return examples


def real_examples(data: Path) -> list[Example]:
    """Every non-empty line of the real clean news texts, as legit."""
    from newsclean.eval.realpages import real_texts  # imports the extractor: only when asked

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return [
        Example(f"real:{text_id}", line, 0)
        for text_id, _, text in real_texts(data)
        for line in text.splitlines()
        if line.strip()
    ]


@dataclass(frozen=True)
class Matrix:
    """Sparse rows (CSR): row ``r`` holds ``values[ptr[r]:ptr[r+1]]`` at ``index[ptr[r]:ptr[r+1]]``."""

    index: np.ndarray
    values: np.ndarray
    rows: np.ndarray  # row number of each stored value

    @classmethod
    def of(cls, texts: list[str]) -> Matrix:
        features = [ngram_features(t) for t in texts]
        index = np.concatenate([i for i, _ in features] or [np.zeros(0, dtype=np.int64)])
        values = np.concatenate([v for _, v in features] or [np.zeros(0)]).astype(np.float64)
        rows = np.repeat(np.arange(len(texts)), [len(i) for i, _ in features])
        return cls(index, values, rows)

    def take(self, keep: np.ndarray) -> Matrix:
        """The rows where ``keep`` is true, renumbered."""
        mask = keep[self.rows]
        renumber = np.cumsum(keep) - 1
        return Matrix(self.index[mask], self.values[mask], renumber[self.rows[mask]])

    def dot(self, weights: np.ndarray, n_rows: int) -> np.ndarray:
        return np.bincount(self.rows, self.values * weights[self.index], minlength=n_rows)


def fit(x: Matrix, y: np.ndarray, epochs: int = EPOCHS) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression by full-batch Adam from zero: deterministic, no seed needed."""
    n = len(y)
    sample = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9)) / n
    w, b = np.zeros(BUCKETS), 0.0
    m, v, mb, vb = np.zeros(BUCKETS), np.zeros(BUCKETS), 0.0, 0.0
    for step in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-(x.dot(w, n) + b)))
        residual = (p - y) * sample
        grad = np.bincount(x.index, x.values * residual[x.rows], minlength=BUCKETS) + L2 * w
        grad_b = float(residual.sum())
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad * grad
        mb, vb = 0.9 * mb + 0.1 * grad_b, 0.999 * vb + 0.001 * grad_b * grad_b
        correction = np.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        w -= LEARNING_RATE * correction * m / (np.sqrt(v) + 1e-8)
        b -= LEARNING_RATE * correction * mb / (np.sqrt(vb) + 1e-8)
    return w, b


def predict(x: Matrix, w: np.ndarray, b: float, n: int) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x.dot(w, n) + b)))


def fold_of(group: str, folds: int = FOLDS) -> int:
    return zlib.crc32(group.encode()) % folds


def out_of_fold(x: Matrix, y: np.ndarray, groups: list[str], epochs: int) -> np.ndarray:
    """Each line's probability from a model that never saw its case."""
    fold = np.array([fold_of(g) for g in groups])
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        test = fold == k
        w, b = fit(x.take(~test), y[~test], epochs)
        scores[test] = predict(x.take(test), w, b, int(test.sum()))
    return scores


def metrics_table(scores: np.ndarray, y: np.ndarray, real: np.ndarray) -> str:
    lines = [
        "| threshold | spam lines caught | precision | dev legit lines above | real lines above |",
        "|---|---|---|---|---|",
    ]
    for t in REPORT_THRESHOLDS:
        above = scores >= t
        tp, fp = int((above & (y == 1)).sum()), int((above & (y == 0)).sum())
        recall = tp / max(int((y == 1).sum()), 1)
        precision = tp / max(tp + fp, 1)
        lines.append(
            f"| {t} | {recall:.3f} | {precision:.3f} | {fp - int((above & real).sum())} | {int((above & real).sum())} |"
        )
    return "\n".join(lines)


def load_examples(corpus: Path, data: Path | None) -> list[Example]:
    """The dev corpus's labelled lines, then the real texts' lines (left out when ``data`` is None)."""
    return dev_examples(load_corpus(corpus)) + (real_examples(data) if data is not None else [])


def fit_examples(examples: list[Example], epochs: int = EPOCHS) -> tuple[np.ndarray, float]:
    return fit(Matrix.of([e.text for e in examples]), np.array([e.label for e in examples], dtype=np.float64), epochs)


def train(
    corpus: Path, data: Path | None, out: Path, epochs: int = EPOCHS, folds: bool = True
) -> tuple[np.ndarray, float]:
    """Train on the dev corpus (and the real texts unless ``data`` is None), print metrics, write ``out``."""
    examples = load_examples(corpus, data)
    y = np.array([e.label for e in examples], dtype=np.float64)
    real = np.array([e.group.startswith("real:") for e in examples])
    x = Matrix.of([e.text for e in examples])
    dev_legit = int((y == 0).sum() - real.sum())
    print(f"{len(examples)} lines: {int(y.sum())} spam, {dev_legit} dev legit, {int(real.sum())} real legit")
    if folds:
        print(f"\nout-of-fold ({FOLDS} folds by case):\n")
        print(metrics_table(out_of_fold(x, y, [e.group for e in examples], epochs), y, real))
    w, b = fit(x, y, epochs)
    print("\ntrain (all lines, in-sample):\n")
    print(metrics_table(predict(x, w, b, len(y)), y, real))
    save_model(w, b, out)
    print(f"\nwrote {out} ({out.stat().st_size} bytes)")
    return w, b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.eval.train_model", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="labelled *.jsonl folder (the dev corpus)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared bench-data folder (real texts)")
    parser.add_argument("--no-real", action="store_true", help="leave out the real clean texts")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="where to write the weights (.npz)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--no-folds", action="store_true", help="skip the out-of-fold metrics")
    args = parser.parse_args(argv)
    train(args.corpus, None if args.no_real else args.data, args.out, args.epochs, not args.no_folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
