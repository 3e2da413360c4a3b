"""Bad arguments and settings stop ``scrapy crawl news`` at start with one clear line, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.crawl import REPO

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-a", "start_urls="], "no start URLs"),
        (
            ["-a", "start_urls=ftp://x.example/"],
            "'ftp://x.example/' is neither an http(s) URL nor an existing local file",
        ),
        (["-a", "profile=nope"], "unknown profile 'nope'; available:"),
        (["-a", "start_urls=http://a.example/", "-a", "since=yesterday-ish"], "since='yesterday-ish' is not a date"),
        (
            ["-a", "start_urls=http://a.example/", "-O", "/proc/no/such/feed.jsonl"],
            "cannot write the feed /proc/no/such",
        ),
        (["-a", "profile=BROKEN"], "not valid YAML"),
        (["-a", "start_urls=http://a.example/", "-a", "follow=maybe"], "follow='maybe' is not true or false"),
    ],
    ids=["empty", "malformed", "unknown-profile", "bad-since", "unwritable-feed", "broken-profile", "bad-follow"],
)
def test_bad_input_stops_with_one_clear_message(tmp_path, args, message):
    broken = tmp_path / "broken.yaml"
    broken.write_text("start_urls: [\n", "utf-8")
    args = [a.replace("BROKEN", str(broken)) for a in args]
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
