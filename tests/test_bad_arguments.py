"""Bad arguments and settings stop ``scrapy crawl news`` at start with one clear line, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsclean.commands.preflight import spider_arguments
from newsclean.spiders.news import NewsSpider
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
        (
            ["-a", "profile=people_cn", "-s", "NEWSCLEAN_SPAM_ENABLE=False"],
            "unknown setting NEWSCLEAN_SPAM_ENABLE (did you mean NEWSCLEAN_SPAM_ENABLED?)",
        ),
        (["-a", "profil=people_cn"], "unknown argument -a profil=… (did you mean -a profile?)"),
        (
            ["-a", "profile=people_cn", "-s", "NEWSCLEAN_VALIDATE_MIN_BODY_CHARS=abc"],
            "NEWSCLEAN_VALIDATE_MIN_BODY_CHARS: 'abc' is not a valid int",
        ),
        (["-a", "start_urls=http://a.example/", "-a", "follow=maybe"], "follow='maybe' is not true or false"),
    ],
    ids=[
        "empty",
        "malformed",
        "unknown-profile",
        "bad-since",
        "unwritable-feed",
        "broken-profile",
        "setting-typo",
        "argument-typo",
        "bad-value",
        "bad-follow",
    ],
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
    assert len([line for line in proc.stderr.splitlines() if " error: " in line]) == 1


def error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The one error line (argparse prefixes it with the program name: scrapy, or __main__.py under -m)."""
    return proc.stderr.rsplit(" error: ", 1)[1].strip()


def test_unknown_spider_is_one_line():
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "nwes"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert error_line(proc) == "newsclean: unknown spider 'nwes' (did you mean news?); available: news"
    assert "Traceback" not in proc.stderr


def test_help_lists_the_spider_arguments():
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-h"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    listed = proc.stdout.split("Arguments of the news spider:\n", 1)[1].splitlines()
    # Every __init__ parameter, described (tests/test_preflight.py checks each has a description).
    assert [line.split("=")[0].strip() for line in listed] == [f"-a {name}" for name in spider_arguments(NewsSpider)]
    assert {"-a start_urls", "-a profile", "-a since"} <= {line.split("=")[0].strip() for line in listed}
