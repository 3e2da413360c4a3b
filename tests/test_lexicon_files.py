"""The lexicon files hold each term once: a second line for a term silently overrides the first one's
weight (a merge once lowered `live casino` from 3 to 2 that way)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "newsclean" / "cleaning" / "data"


def test_every_weighted_term_is_listed_once():
    lines = (DATA / "gambling_terms.txt").read_text("utf-8").splitlines()
    terms = Counter(line.split("\t")[0].strip().lower() for line in lines if line.strip() and not line.startswith("#"))
    assert [term for term, count in terms.items() if count > 1] == []
