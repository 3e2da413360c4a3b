"""``markup_author`` gives trafilatura's ``extract_author`` answer without copying the page."""

from __future__ import annotations

import pytest
from trafilatura.metadata import extract_author
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from newsclean.bench.datasets import DATASETS, DEFAULT_DATA
from newsclean.extraction.markup_author import AUTHOR_PREDICATES, DISCARD_PREDICATE, markup_author
from newsclean.extraction.page import parse_html


def test_predicates_are_trafilaturas_own():
    # a trafilatura upgrade that changes its author rules fails here: copy the new predicates
    texts = [" ".join(xpath.path.split()) for xpath in (*AUTHOR_XPATHS, *AUTHOR_DISCARD_XPATHS)]
    assert texts == [
        f"//*{AUTHOR_PREDICATES[0]}|//author",
        f"//*{AUTHOR_PREDICATES[1]}",
        f"//*{AUTHOR_PREDICATES[2]}",
        f".//*{DISCARD_PREDICATE}",
        "//time|//figure",
    ]


PAGES = {
    "byline_class": ('<div class="byline">By Jane Doe</div>', "Jane Doe"),
    "no_candidate": ('<div class="story"><p>Text of the story, no author anywhere.</p></div>', None),
    # the first expression wins over an earlier element that only the third matches
    "expression_order": (
        '<span class="writer">Ann Writer</span><a rel="author" href="/x">Bob Linked</a>',
        "Bob Linked",
    ),
    # inside a sidebar (pruned with it): the next candidate answers
    "pruned_ancestor": (
        '<div class="sidebar"><span class="author">Side Bar</span></div><p class="author-name">Carla Main</p>',
        "Carla Main",
    ),
    # a date inside the byline goes, the text after it stays (trafilatura then splits the names at the comma)
    "pruned_inside": ('<p class="author">Dan Smith<time>2024-01-02</time>, Reuters</p>', "Dan Smith; Reuters"),
    "too_long": (
        f'<span class="author">{"x" * 130}</span><div id="zuozhe">Eve Field</div>',
        "Eve Field",
    ),
    "too_short": ('<span class="author">Al</span><span itemprop="author">Fay Gold</span>', "Fay Gold"),
    "author_element": ("<author>Gus Tag</author>", "Gus Tag"),
    "rel_me_element": ('<a href="/u"><rel>me</rel>Hal Rel</a>', "Me Hal Rel"),
    "chinese_editor": ('<div class="bianji">责任编辑：王小明</div>', "责任编辑：王小明"),
    "root_attribute": ('<p class="comments-author">Ivy Note</p>', "Ivy Note"),
}


@pytest.mark.parametrize(("body", "expected"), PAGES.values(), ids=PAGES.keys())
def test_markup_author_equals_trafilatura_extract_author(body, expected):
    tree = parse_html(f"<html><head><title>t</title></head><body>{body}<p>Body text.</p></body></html>")
    assert extract_author(tree) == expected
    assert markup_author(tree) == expected


@pytest.mark.slow
def test_markup_author_equals_trafilatura_on_the_bench_pages():
    if not (DEFAULT_DATA / "gne-tests").is_dir():
        pytest.skip(f"{DEFAULT_DATA} absent")
    answers = []
    for name, (loader, _) in DATASETS.items():
        for page in loader(DEFAULT_DATA):
            tree = parse_html(page.html)
            answers.append((f"{name}/{page.id}", extract_author(tree), markup_author(tree)))
    assert len(answers) == 310
    assert [a for a in answers if a[1] != a[2]] == []
