"""Cleaning gives the same output on every run: nothing may depend on the process's hash seed.

Python orders sets and dict keys of strings by a hash seeded per process, so a rule that walks a set
and lets the first match win cleans differently from one run to the next (and from one pool worker
to another). Two seeds that ordered such a set differently (found on holdout14-0045, where a
substituted name and a longer one holding it competed) clean the whole incoming corpus alike.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # two subprocesses over the whole incoming corpus

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import json, sys
from pathlib import Path
from newsclean.cleaning import clean_article
from newsclean.eval.corpus import load_corpus
out = {}
for case in load_corpus(Path(sys.argv[1])):
    if case.kind == "text":
        article = clean_article(case.title_text, case.text)
        out[case.id] = [article.title.text, article.body.text, article.is_spam,
                        [[r.rule, r.start, r.end] for r in article.body.removed]]
print(json.dumps(out, ensure_ascii=False))
"""


def _clean_under_seed(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    corpus = str(ROOT / "tests" / "corpus_incoming")
    done = subprocess.run([sys.executable, "-c", SCRIPT, corpus], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_cleaning_does_not_depend_on_the_hash_seed():
    first, second = _clean_under_seed("1"), _clean_under_seed("6")
    assert first.keys() == second.keys()
    differ = [case for case in first if first[case] != second[case]]
    assert not differ, f"cleaned differently under two hash seeds: {differ[:10]}"
