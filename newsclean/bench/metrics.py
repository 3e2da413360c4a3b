"""The Zyte article-extraction-benchmark metric, and its character-level variant for Chinese.

Zyte's evaluate.py compares word 4-gram shingles of the extracted body with the
ground truth (true positives = shingles in both, counted as multisets), computes
precision and recall per page, averages them over pages, and takes F1 of the
averages. Chinese has no spaces between words, so for Chinese the tokens are
characters (the same shingling, over characters).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence

WORD_RE = re.compile(r"\w+", re.UNICODE)
SHINGLE_SIZE = 4


def word_tokens(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def char_tokens(text: str) -> list[str]:
    return [ch for ch in (text or "") if ch.isalnum()]


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def precision_recall(true: Counter, pred: Counter) -> tuple[float, float]:
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def body_scores(pairs: Iterable[tuple[str, str]], chinese: bool) -> tuple[float, float, float]:
    """Mean precision, mean recall and their F1 over (truth, prediction) pairs."""
    tokenize = char_tokens if chinese else word_tokens
    scores = [precision_recall(shingles(tokenize(t)), shingles(tokenize(p))) for t, p in pairs]
    if not scores:
        return 0.0, 0.0, 0.0
    precision = statistics.mean(p for p, _ in scores)
    recall = statistics.mean(r for _, r in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
