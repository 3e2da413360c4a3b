"""The labelled corpus: well-formed, big enough, independent of the lexicon, and scored above the floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.cleaning.lexicon import read_entries
from newsclean.eval.cleaners import naive_cleaner, newsclean_cleaner
from newsclean.eval.corpus import load_corpus
from newsclean.eval.score import evaluate

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

CORPUS = Path(__file__).parent / "corpus"
CASES = load_corpus(CORPUS)
LEXICON_FILES = ("gambling_brands.txt", "gambling_terms.txt", "cta_terms.txt", "legit_entities.txt", "homophones.tsv")


@pytest.fixture(scope="module")
def report():
    return evaluate(CASES, newsclean_cleaner)


def test_corpus_size_and_mix():
    assert len(CASES) >= 200
    assert sum(c.hard_negative for c in CASES) >= 80
    polluted = [c for c in CASES if not c.hard_negative]
    assert sum(bool(c.invented_brands) for c in polluted) >= len(polluted) // 5
    assert any(c.id == "seed-0001" for c in CASES)


def test_hard_negatives_are_all_legit():
    for case in CASES:
        if case.hard_negative:
            assert {label for label, _ in case.segments} <= {"keep", "any", "markup"}, case.id


def test_invented_brands_are_not_in_the_lexicon():
    lexicon = {entry.split("\t")[0].lower() for name in LEXICON_FILES for entry in read_entries(name)}
    invented = {brand.lower() for case in CASES for brand in case.invented_brands}
    assert invented
    assert sorted(invented & lexicon) == []


def test_spam_recall_floor(report):
    assert report.spam_recall >= 0.98


def test_spam_precision_floor(report):
    assert report.spam_precision >= 0.99


def test_template_tag_recall_floor(report):
    assert report.tag_recall >= 0.99


def test_legit_kept_floor(report):
    assert report.legit_kept >= 0.998


def test_no_hard_negative_is_damaged(report):
    assert report.damaged_hard_negatives == []


def test_every_parasite_page_is_dropped_and_no_legit_page(report):
    assert report.parasites_dropped == report.parasites > 0
    assert report.wrongly_dropped == []


def test_newsclean_beats_the_naive_baseline(report):
    naive = evaluate(CASES, naive_cleaner)
    assert report.spam_precision > naive.spam_precision
    assert report.legit_kept > naive.legit_kept
