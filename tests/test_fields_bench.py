"""The field benchmark on real pages (python -m newsclean.bench.fields) holds the level reached: gne-tests
against the golden truth in tests/golden/gne-tests.jsonl, zh-cwced against its own. Skips without
../shared/bench-data. Floors only go up; the issue's targets not yet met are noted beside them."""

from __future__ import annotations

import functools

import pytest

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.bench.fields import DEFAULT_GOLDEN, Score, cwced_cases, gne_cases, measure, under_half

pytestmark = pytest.mark.slow  # 130 pages through both extractors: CI runs it, the inner loop not


def ratio(hits: list[bool]) -> float:
    return sum(hits) / len(hits)


@functools.cache
def score(dataset: str) -> tuple[Score, tuple[str, ...]]:
    """newsclean's fields on one set, and the pages where its body keeps under half of trafilatura's."""
    loader = gne_cases if dataset == "gne-tests" else cwced_cases
    cases = list(loader(DEFAULT_DATA, DEFAULT_GOLDEN))
    ours, theirs = measure(cases, "newsclean"), measure(cases, "trafilatura")
    return ours, tuple(under_half(ours, theirs, [t.page_id for _, t in cases]))


def present(dataset: str) -> None:
    folder = {"gne-tests": "gne-tests/tests", "zh-cwced": "zh-cwced"}[dataset]
    if not (DEFAULT_DATA / folder).is_dir():
        pytest.skip(f"{DEFAULT_DATA / folder} absent")


@pytest.fixture(scope="module", params=["gne-tests", "zh-cwced"])
def scored(request) -> tuple[str, Score, tuple[str, ...]]:
    present(request.param)
    return request.param, *score(request.param)


def test_authors_are_right_when_given(scored):
    _, score, _ = scored
    assert ratio(score.author_given) >= 0.95  # target 0.95
    assert ratio(score.author_found) >= 0.88  # target 0.80


def test_dates_are_right(scored):
    _, score, _ = scored
    assert ratio(score.date) >= 0.92  # target 0.93 (gne-tests 0.950, zh-cwced 0.922)


def test_titles_and_site_names_on_the_golden_set():
    present("gne-tests")  # zh-cwced has no title or site-name truth
    ours, _ = score("gne-tests")
    assert ratio(ours.title) >= 0.95  # target 0.95
    assert ratio(ours.site) >= 0.80  # target 0.95: platform pages (头条, 百家号) name no site in their HTML


def test_no_page_keeps_under_half_of_what_trafilatura_finds(scored):
    _, _, lost = scored
    assert lost == ()
