from __future__ import annotations

import pytest

from newsclean.fetching.start_urls import parse_start_urls, to_url


def test_parse_start_urls_splits_commas_and_reads_a_file(tmp_path):
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text("https://b.example/\n# comment\n\nhttps://a.example/x\n", encoding="utf-8")
    assert parse_start_urls("https://a.example/x, https://c.example/", str(urls_file)) == [
        "https://a.example/x",
        "https://c.example/",
        "https://b.example/",
    ]


def test_local_path_becomes_file_uri(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html></html>", encoding="utf-8")
    assert to_url(str(page)) == page.resolve().as_uri()


@pytest.mark.parametrize("value", ["ftp://x.example/", "no/such/file.html"])
def test_bad_start_url_is_refused_with_its_name(value):
    with pytest.raises(ValueError, match="neither an http"):
        to_url(value)
