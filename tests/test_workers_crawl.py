"""Crawls with worker processes (NEWSCLEAN_WORKERS) publish what an inline crawl publishes, count a page
whose workers died, and leave no process behind, also after Ctrl-C."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crawl import REPO, crawl_command, crawl_env, run_crawl
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls

CRASHING_PATH = "/society/2025/1209/c1008-40621178.html"


@pytest.fixture(scope="module")
def sample_server() -> Iterator[FixtureServer]:
    """The bundled sample site on 127.0.0.1, one server for every crawl here: same URLs in every feed."""
    server = FixtureServer(REPO / "sample_site").start()
    yield server
    server.stop()


def without(records: list[dict], field: str) -> list[str]:
    """Records as sorted JSON lines, ``field`` (a time of the run) left out: order and clock do not matter."""
    return sorted(json.dumps({k: v for k, v in r.items() if k != field}, ensure_ascii=False) for r in records)


def newsclean_stats(stats: dict[str, int]) -> dict[str, int]:
    """What the crawl counted of pages, items and removals; the pool's own counters left out."""
    keep = ("newsclean/", "item_scraped_count", "item_dropped_count")
    return {k: v for k, v in stats.items() if k.startswith(keep) and not k.startswith("newsclean/workers/")}


def processes_mentioning(text: str) -> list[int]:
    """Pids of the live processes whose command line holds ``text`` (forked workers keep their parent's)."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if text in cmdline.read_bytes().decode("utf-8", "replace"):
                pids.append(int(cmdline.parent.name))
        except OSError:
            continue  # ended while we looked
    return pids


def crawl(tmp_path: Path, server: FixtureServer, workers: int, **settings: str):
    result = run_crawl(
        tmp_path,
        "-a",
        f"start_urls={server.url('/index.html')}",
        settings={"NEWSCLEAN_WORKERS": str(workers), **settings},
    )
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_feed_rejects_and_stats_are_the_same_with_and_without_workers(tmp_path, sample_server):
    inline = crawl(tmp_path / "inline", sample_server, 0)
    pooled = crawl(tmp_path / "pooled", sample_server, 2)
    assert len(inline.items) == 6, "the sample site has six articles to publish"
    assert without(pooled.items, "fetched_at") == without(inline.items, "fetched_at")
    assert without(pooled.rejects, "time") == without(inline.rejects, "time")
    assert newsclean_stats(pooled.stats) == newsclean_stats(inline.stats)
    assert "newsclean/errors/worker_died" not in pooled.stats
    assert processes_mentioning(str(tmp_path)) == []


def test_a_page_whose_workers_die_twice_is_counted_and_the_rest_published(tmp_path, sample_server):
    inline = crawl(tmp_path / "inline", sample_server, 0)
    crashing = crawl(tmp_path / "crash", sample_server, 2, NEWSCLEAN_WORKERS_CRASH_URLS=f"{CRASHING_PATH}$")
    url = sample_server.url(CRASHING_PATH)
    assert without(crashing.items, "fetched_at") == without([i for i in inline.items if i["url"] != url], "fetched_at")
    assert (crashing.stats["newsclean/workers/retried"], crashing.stats["newsclean/errors/worker_died"]) == (1, 1)
    failed = [line for line in crashing.log.splitlines() if "(worker_died)" in line]
    assert len(failed) == 1
    assert f"ERROR: Failed {url} (worker_died): two workers died on it, the last with exit code 70" in failed[0]
    assert processes_mentioning(str(tmp_path)) == []


def test_ctrl_c_stops_the_crawl_and_its_workers(tmp_path):
    server = FixtureServer(REPO / "sample_site", delay=2.0).start()  # slow: the crawl is still running at Ctrl-C
    feed = tmp_path / "articles.jsonl"
    command = crawl_command(
        "-a", f"start_urls={server.url('/index.html')}", "-O", str(feed), settings={"NEWSCLEAN_WORKERS": "2"}
    )
    proc = subprocess.Popen(command, cwd=REPO, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while len(processes_mentioning(str(tmp_path))) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)  # the crawl and its two workers: forked on the first page
        workers = set(processes_mentioning(str(tmp_path))) - {proc.pid}
        assert len(workers) == 2
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
        server.stop()
    assert "Received SIGINT, shutting down gracefully" in stderr.decode()
    assert processes_mentioning(str(tmp_path)) == []
