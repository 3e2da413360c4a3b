"""The README's first command: crawl the bundled sample site from disk, no network."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawl import REPO, run_crawl
from tests.expectations import items_by_path, load_expected

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SITE = REPO / "sample_site"
EXPECTED = load_expected(SITE)


def test_sample_site_crawl_from_a_local_path(tmp_path):
    result = run_crawl(tmp_path, "-a", "start_urls=sample_site/index.html")
    base = SITE.resolve().as_posix() + "/"
    by_path = items_by_path(result.items, base=base)
    assert sorted(by_path) == sorted(a["path"] for a in EXPECTED["articles"])
    for article in EXPECTED["articles"]:
        item = by_path[article["path"]][0]
        assert (item["title"], item["body"].split("\n")) == (article["title"], article["body_lines"])
    text = "\n".join(i["body"] for i in result.items)
    assert [s for s in EXPECTED["spam"] if s in text] == []
    assert result.stats["newsclean/dropped/spam_page"] == 1


def test_urls_file_and_file_uri_start_urls(tmp_path):
    seed = (SITE / "internation" / "2025_12_09_799361.html").resolve()
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(f"# saved pages\n{seed.as_uri()}\n", encoding="utf-8")
    result = run_crawl(tmp_path, "-a", f"urls_file={urls_file}", settings={"DEPTH_LIMIT": "1"})
    assert [item["title"] for item in result.items] == ["特朗普宣布将允许英伟达对华出口H200芯片"]
    assert Path(result.items[0]["url"][len("file://") :]) == seed
