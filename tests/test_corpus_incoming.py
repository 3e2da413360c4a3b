"""The blind corpora not yet folded into the dev corpus: scored on every run, never allowed to slide back.

Their blind scores (before any tuning) are in tests/corpus/blind_scores.json. These floors are the level
the rules reached on them since; they only go up, and the corpora join tests/corpus once the dev floors
(tests/test_corpus.py) hold on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.eval.cleaners import newsclean_cleaner
from newsclean.eval.corpus import load_corpus
from newsclean.eval.score import evaluate

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

INCOMING = Path(__file__).parent / "corpus_incoming"


@pytest.fixture(scope="module")
def report():
    return evaluate(load_corpus(INCOMING), newsclean_cleaner)


def test_incoming_spam_recall_holds(report):
    assert report.spam_recall >= 0.93


def test_incoming_spam_precision_holds(report):
    assert report.spam_precision >= 0.90


def test_incoming_tag_recall_holds(report):
    assert report.tag_recall >= 0.99


def test_incoming_legit_kept_holds(report):
    assert report.legit_kept >= 0.992


def test_incoming_damage_does_not_grow(report):
    assert len(report.damaged_hard_negatives) <= 9
    assert report.parasites_dropped == report.parasites == 8
    assert len(report.wrongly_dropped) <= 1
