"""A learned second opinion on one line: hashed character 1–3-gram logistic regression, numpy only.

The weights are data (``data/line_model.npz``), written by ``python -m newsclean.eval.train_model``
from the dev corpus and the real clean news of ``../shared/bench-data``; nothing is trained at
import. They load on the first call, so a process that never asks (the rule switched off) never
reads them. The model alone never cuts anything: ``learned.py`` asks it only about lines that the
structure already singles out (no sentence, after the article's end, next to removed spam).

>>> 0.0 <= line_spam_probability("澳门新葡京娱乐场官网") <= 1.0
True
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

WEIGHTS_FILE = Path(__file__).with_name("data") / "line_model.npz"
# 2**17 hashed buckets: collisions cost little on lines of a few dozen characters, and int8
# weights keep the shipped file small (~50 KB compressed).
BUCKET_BITS = 17
BUCKETS = 1 << BUCKET_BITS
CODE_SPACE = np.uint64(0x110000)  # one more than the largest code point: n-grams pack without collision
FIBONACCI = np.uint64(0x9E3779B97F4A7C15)  # 2**64 / golden ratio: spreads packed n-grams over the buckets
NGRAM_SIZES = (1, 2, 3)
# Digits are folded to 0 so that 8888.com, 9999.com and 2024年 share their n-grams: the model learns
# the shape of a number, not the number. Whitespace is dropped: layout, not text.
DIGIT_RE = re.compile(r"\d")
SPACE_RE = re.compile(r"\s+")


def normalise(line: str) -> str:
    """The text the model sees: lower case, digits folded to 0, no whitespace."""
    return DIGIT_RE.sub("0", SPACE_RE.sub("", line.lower()))


def ngram_features(line: str) -> tuple[np.ndarray, np.ndarray]:
    """Hashed character 1–3-gram counts of a line, L2-normalised: (bucket indices, values).

    Each n-gram is packed into one integer (code points in base 0x110000, then its size) and
    spread by Fibonacci hashing, all in numpy: a Python loop over n-grams would cost more than the
    rules it seconds. Not Python's ``hash``: it is salted per process, and the buckets must be the
    same at training and at run time.
    """
    codes = np.frombuffer(normalise(line).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    keys = []
    for n in NGRAM_SIZES:
        if len(codes) < n:
            break
        gram = codes[: len(codes) - n + 1].copy()
        for k in range(1, n):
            gram = gram * CODE_SPACE + codes[k : len(codes) - n + 1 + k]
        keys.append(gram * np.uint64(4) + np.uint64(n))
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    spread = np.concatenate(keys) * FIBONACCI  # wraps modulo 2**64, as hashing wants
    buckets, counts = np.unique((spread >> np.uint64(64 - BUCKET_BITS)).astype(np.int64), return_counts=True)
    values = counts.astype(np.float32)
    return buckets, values / np.float32(np.sqrt(values @ values))


@dataclass(frozen=True)
class LineModel:
    weights: np.ndarray  # float32, one per bucket
    bias: float

    def probability(self, line: str) -> float:
        index, values = ngram_features(line)
        if not len(index):
            return 0.0
        return float(1.0 / (1.0 + math.exp(-(float(values @ self.weights[index]) + self.bias))))


def save_model(weights: np.ndarray, bias: float, path: Path = WEIGHTS_FILE) -> None:
    """Quantise the weights to int8 with one scale (their precision beyond 1/127 of the largest is noise)."""
    scale = float(np.abs(weights).max()) / 127.0 or 1.0
    quantised = np.round(weights / scale).astype(np.int8)
    np.savez_compressed(path, weights=quantised, scale=np.float32(scale), bias=np.float32(bias))


def load_model(path: Path = WEIGHTS_FILE) -> LineModel:
    with np.load(path) as data:
        weights = data["weights"].astype(np.float32) * np.float32(data["scale"])
        return LineModel(weights, float(data["bias"]))


@functools.cache
def shipped_model() -> LineModel:
    """The shipped weights, read once per process on first use."""
    return load_model()


def line_spam_probability(text: str) -> float:
    """Probability (0–1) that a line is injected gambling spam, by its characters alone.

    No verdict on its own: a real sentence about 澳门博彩 scores high too, so the caller adds structure.
    """
    return shipped_model().probability(text)
