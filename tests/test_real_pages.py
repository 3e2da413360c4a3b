"""No cleaning rule fires on real news: the benchmark sets' article text comes through whole.

Reads ../shared/bench-data in place (see newsclean.eval.realpages); skips when it is absent.
"""

from __future__ import annotations

import pytest

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.eval.realpages import check

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not


@pytest.fixture(scope="module")
def report():
    if not DEFAULT_DATA.is_dir():
        pytest.skip(f"{DEFAULT_DATA} absent (../shared/bench-data not laid out)")
    return check(DEFAULT_DATA)


def test_real_pages_lose_no_character(report):
    assert report.texts >= 300
    assert report.removals == []


def test_no_real_page_is_dropped_as_spam(report):
    assert report.dropped == []
