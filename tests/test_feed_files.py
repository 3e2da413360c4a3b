"""Feed files: a run's feed appears only when complete; a killed run leaves whole lines only."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.crawl import REPO, crawl_command
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SITE = Path(__file__).parent / "site_discovery"


def feed_crawl(base_url: str, feed_template: str, *settings: str) -> list[str]:
    """A crawl of the discovery site writing its per-run feed to ``feed_template``, one request at a time.

    ``feed_template`` is ``ROOT/feeds/%(name)s/%(time)s.jsonl``; rejects and summaries go to ``ROOT/rejects``
    and ``ROOT/summaries``, as they go to ``rejects/`` and ``summaries/`` beside ``feeds/`` by default.
    """
    root = Path(feed_template).parents[2]
    extra = dict(setting.split("=", 1) for setting in settings)
    return crawl_command(
        "-a",
        f"start_urls={base_url}/index.html",
        settings={
            "NEWSCLEAN_DEFAULT_FEED": feed_template,
            "NEWSCLEAN_DEFAULT_REJECTS": str(root / "rejects" / "%(name)s" / "%(time)s.rejects.jsonl"),
            "NEWSCLEAN_DEFAULT_SUMMARY": str(root / "summaries" / "%(name)s" / "%(time)s.summary.json"),
            "CONCURRENT_REQUESTS": "1",
            **extra,
        },
    )


def test_default_feed_is_published_per_run_when_complete(tmp_path):
    server = FixtureServer(SITE).start()
    try:
        template = str(tmp_path / "feeds" / "%(name)s" / "%(time)s.jsonl")
        subprocess.run(feed_crawl(server.base_url, template), cwd=REPO, check=True, capture_output=True, timeout=120)
    finally:
        server.stop()
    folder = tmp_path / "feeds" / "news"
    feeds = sorted(p.name for p in folder.iterdir())
    assert len(feeds) == 1  # the feed folder holds article feeds only, nothing left as .part
    stamp = feeds[0].removesuffix(".jsonl")
    assert sorted(p.name for p in (tmp_path / "rejects" / "news").iterdir()) == [f"{stamp}.rejects.jsonl"]
    assert sorted(p.name for p in (tmp_path / "summaries" / "news").iterdir()) == [f"{stamp}.summary.json"]
    feed = folder / feeds[0]
    assert len([json.loads(line) for line in feed.read_text("utf-8").splitlines()]) == 10


def test_sigkill_leaves_no_partial_published_file_and_the_next_run_recovers_whole_lines(tmp_path):
    server = FixtureServer(SITE, delay=0.25).start()
    folder = tmp_path / "feeds" / "news"
    template = str(tmp_path / "feeds" / "%(name)s" / "%(time)s.jsonl")
    try:
        proc = subprocess.Popen(
            feed_crawl(server.base_url, template), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 90
        parts: list[Path] = []
        while time.monotonic() < deadline:
            parts = [p for p in folder.glob("*.jsonl.part")] if folder.exists() else []
            if parts and parts[0].read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert parts, "the crawl wrote no item before the deadline"
        assert not [p for p in folder.iterdir() if p.name.endswith(".jsonl") and not p.name.endswith(".rejects.jsonl")]
        written = parts[0].read_bytes()

        subprocess.run(feed_crawl(server.base_url, template), cwd=REPO, check=True, capture_output=True, timeout=180)
    finally:
        server.stop()
    published = sorted(p for p in folder.glob("*.jsonl") if not p.name.endswith(".rejects.jsonl"))
    assert len(published) == 2  # the recovered feed of the killed run, and the second run's
    assert not list(folder.glob("*.part"))
    rejects = sorted(p.name for p in (tmp_path / "rejects" / "news").iterdir())
    assert len(rejects) == 2  # the killed run's rejects published whole too
    assert all(name.endswith(".rejects.jsonl") for name in rejects)
    recovered = published[0].read_bytes()
    assert written.startswith(recovered)
    assert all(json.loads(line)["title"] for line in recovered.decode("utf-8").splitlines())


def published_urls(folder: Path) -> list[str]:
    urls = []
    for feed in sorted(folder.glob("*.jsonl")):
        if not feed.name.endswith(".rejects.jsonl"):
            urls += [json.loads(line)["url"] for line in feed.read_text("utf-8").splitlines()]
    return urls


def test_killed_run_resumed_with_jobdir_loses_nothing_and_repeats_nothing(tmp_path):
    server = FixtureServer(SITE, delay=0.25).start()
    folder = tmp_path / "feeds" / "news"
    template = str(tmp_path / "feeds" / "%(name)s" / "%(time)s.jsonl")
    jobdir = f"JOBDIR={tmp_path / 'job'}"
    try:
        proc = subprocess.Popen(
            feed_crawl(server.base_url, template, jobdir),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            parts = list(folder.glob("*.jsonl.part")) if folder.exists() else []
            if parts and parts[0].read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        killed_with = len(list(folder.glob("*.jsonl.part")))
        subprocess.run(
            feed_crawl(server.base_url, template, jobdir), cwd=REPO, check=True, capture_output=True, timeout=180
        )
    finally:
        server.stop()
    urls = published_urls(folder)
    assert killed_with == 1
    assert sorted(urls) == sorted(set(urls))  # nothing emitted twice
    assert {u.split("127.0.0.1", 1)[1].split("/", 1)[1] for u in urls} == {
        a["path"].lstrip("/") for a in json.loads((SITE / "expected.json").read_text("utf-8"))["articles"]
    }


def test_per_run_feed_can_be_gzipped_and_batched(tmp_path):
    import gzip

    server = FixtureServer(SITE).start()
    try:
        template = str(tmp_path / "feeds" / "%(name)s" / "%(time)s.jsonl")
        command = feed_crawl(server.base_url, template, "NEWSCLEAN_FEED_GZIP=True", "NEWSCLEAN_FEED_BATCH_ITEMS=4")
        subprocess.run(command, cwd=REPO, check=True, capture_output=True, timeout=120)
    finally:
        server.stop()
    batches = sorted((tmp_path / "feeds" / "news").glob("*.jsonl.gz"))
    lines = [json.loads(line) for b in batches for line in gzip.decompress(b.read_bytes()).decode("utf-8").splitlines()]
    assert [b.name.split("-")[-1] for b in batches] == ["00001.jsonl.gz", "00002.jsonl.gz", "00003.jsonl.gz"]
    assert len(lines) == 10
    assert len(list((tmp_path / "rejects" / "news").glob("*.rejects.jsonl"))) == 1
    assert len(list((tmp_path / "summaries" / "news").glob("*.summary.json"))) == 1
    assert sorted(p.name for p in (tmp_path / "feeds" / "news").iterdir()) == [b.name for b in batches]


def test_recovery_publishes_cut_jsonl_and_leaves_compressed_parts(tmp_path):
    from newsclean.runs.recovery import recover_partial_feeds

    (tmp_path / "a.jsonl.part").write_bytes(b'{"url": "u1"}\n{"url": "u')
    (tmp_path / "b.jsonl.gz.part").write_bytes(b"\x1f\x8b\x08\x00partial\n gzip")
    assert recover_partial_feeds(tmp_path) == [tmp_path / "a.jsonl"]
    assert (tmp_path / "a.jsonl").read_bytes() == b'{"url": "u1"}\n'
    assert (tmp_path / "b.jsonl.gz.part").exists()


def test_recovery_leaves_the_part_files_of_a_live_run_alone(tmp_path):
    """Two profiles' cron runs share feeds/news/: one starting must not publish the other's feed mid-run."""
    import fcntl

    from newsclean.runs.recovery import recover_partial_feeds

    live = tmp_path / "live.jsonl.part"
    live.write_bytes(b'{"url": "u1"}\n{"url": "u')
    with live.open("ab") as writer:
        fcntl.flock(writer, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as AtomicFileFeedStorage holds it
        assert recover_partial_feeds(tmp_path) == []
        assert live.exists()
    assert recover_partial_feeds(tmp_path) == [tmp_path / "live.jsonl"]  # its writer died: recovered
