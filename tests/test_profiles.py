"""Site profiles: every shipped profile loads and passes its saved-page golden test.

Saved pages are read in place from ../shared/bench-data/gne-tests (never copied into
the repo); the golden files in tests/golden/profiles/ hold what a reader sees on each
page. Tests skip when that data is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.extraction import extract
from newsclean.fetching.encoding import decode_html
from newsclean.sites.profile import available_profiles, load_profile, parse_profile

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

GOLDEN = Path(__file__).parent / "golden" / "profiles"
SITE_PROFILES = [name for name in available_profiles() if name != "example_portal"]
CASES = [
    (name, page) for name in SITE_PROFILES for page in json.loads((GOLDEN / f"{name}.json").read_text("utf-8"))["pages"]
]


def test_every_site_profile_has_a_golden_file():
    assert SITE_PROFILES
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == SITE_PROFILES


@pytest.mark.parametrize(("name", "page"), CASES, ids=[f"{n}:{p['page']}" for n, p in CASES])
def test_profile_golden_page(name, page):
    path = DEFAULT_DATA / page["page"]
    if not path.exists():
        pytest.skip(f"{path} absent (../shared/bench-data not laid out)")
    profile = load_profile(name)
    html = decode_html(path.read_bytes(), None, profile.encoding).text
    article = extract(html, page["url"], profile.timezone or "Asia/Shanghai", selectors=profile.selectors)
    lines = article.body.split("\n")
    assert article.title == page["title"]
    assert lines[0] == page["first_line"]
    assert lines[-1] == page["last_line"]
    assert len(lines) >= page["min_lines"]
    assert article.published_at == page["published_at"]
    assert article.author == page["author"]


def test_unknown_profile_names_the_available_ones():
    with pytest.raises(ValueError, match=r"unknown profile 'nope'; available: .*example_portal"):
        load_profile("nope")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("start_urls: [", "not valid YAML"),
        ("- a list", "a profile is a YAML mapping"),
        ("colour: red", "unknown keys \\['colour'\\]"),
        ("selectors: {title: 3}", "selectors.title must be a string"),
        ("start_urls: 5", "start_urls must be a string or a list of strings"),
    ],
)
def test_broken_profile_is_refused_with_a_clear_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_profile("x", text, "x.yaml")


def test_example_profile_overrides_title_body_and_date(tmp_path):
    from tests.crawl import run_crawl

    result = run_crawl(tmp_path, "-a", "profile=example_portal")
    seed = [i for i in result.items if i["title"] == "特朗普宣布将允许英伟达对华出口H200芯片"]
    assert len(seed) == 1
    assert seed[0]["body"].split("\n")[0] == "【文/观察者网 齐倩】"
    assert len(result.items) == 6
