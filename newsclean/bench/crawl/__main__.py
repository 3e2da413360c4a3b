"""Speed and memory of newsclean in one table: per-page processing, local-site crawls, crawl memory.

    python -m newsclean.bench.crawl [--data ../shared/bench-data] [--pages 2000] [--rss-pages 10000]
                                    [--pools 0,default] [--skip-crawl] [--quick]

1. processing, no network, on the pages of the bench-data sets: extraction, cleaning, tokens, the
   full per-page work, plain trafilatura and the lxml parse floor, interleaved page by page;
2. crawls of a generated local site (``--pages`` articles): a bare Scrapy spider, then ``scrapy
   crawl news`` at each pool size of ``--pools`` ("default" leaves NEWSCLEAN_WORKERS unset);
3. memory (RSS of the crawl and its child processes) through a ``--rss-pages`` crawl of ``news``
   with the default pool; when it equals ``--pages``, the default crawl of part 2 is that crawl.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import tempfile
from pathlib import Path

from newsclean import settings as project_settings
from newsclean.bench.datasets import DATASETS, DEFAULT_DATA, Page
from newsclean.bench.localsite import LocalSite, LocalSiteServer
from newsclean.bench.processing import Tally, measure_full, measure_processing
from newsclean.bench.sitecrawls import POOL_SETTING, POOL_SUPPORTED, CrawlRun, bare_command, news_command, run_crawl
from newsclean.bench.speedtable import crawl_rows, format_table, memory_rows, processing_rows

QUICK_PAGES_PER_SET = 4
QUICK_SITE_ARTICLES = 60
SITE_SAMPLE = 100  # local-site articles timed for the crawl target's per-page rate


def default_workers() -> int:
    """The pool size ``news`` uses when NEWSCLEAN_WORKERS is not given: the setting's, else the cores."""
    setting = getattr(project_settings, POOL_SETTING, None)
    return int(setting) if setting not in (None, "") else os.cpu_count() or 1


def machine_line() -> str:
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
        ]
        model = names[0] if names else model
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"machine: {os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
        f"{platform.system()}; load average {load:.1f} at start"
    )


def load_pages(data: Path, per_set: int | None) -> list[Page]:
    pages: list[Page] = []
    for name, (loader, _) in DATASETS.items():
        if (data / name).is_dir():
            loaded = list(loader(data))
            pages += loaded[:per_set] if per_set else loaded
    return pages


def run_crawls(args: argparse.Namespace, workdir: Path) -> tuple[list[CrawlRun], CrawlRun | None]:
    """Part 2, then part 3 (a crawl of its own unless the site sizes match)."""
    runs, memory = [], None
    with LocalSiteServer(LocalSite(args.pages)) as server:
        start = server.base_url + "/"
        runs.append(run_crawl("bare Scrapy", bare_command(start, workdir / "bare.jsonl"), False, server, workdir))
        for pool in args.pools.split(","):
            workers = None if pool == "default" else int(pool)
            label = f"news default pool ({default_workers()})" if workers is None else f"news NEWSCLEAN_WORKERS={pool}"
            command = news_command(start, workdir / f"news-{pool}.jsonl", workers, workdir / "jieba")
            runs.append(run_crawl(label, command, True, server, workdir))
            if workers is None and args.rss_pages == args.pages:
                memory = runs[-1]
    if memory is None and args.rss_pages:
        with LocalSiteServer(LocalSite(args.rss_pages)) as server:
            command = news_command(server.base_url + "/", workdir / "news-rss.jsonl", None, workdir / "jieba")
            memory = run_crawl(f"news default pool, {args.rss_pages} articles", command, True, server, workdir)
    for run in [*runs, memory]:
        if run is not None and (run.returncode != 0 or run.pages == 0):
            log = workdir / f"{run.label.replace(' ', '_')}.log"
            tail = log.read_text("utf-8", errors="replace").splitlines()[-15:] if log.exists() else []
            print(f"crawl {run.label!r} failed; its log ends:", *tail, sep="\n", file=sys.stderr)
    return runs, memory


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newsclean.bench.crawl", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the bench-data sets")
    parser.add_argument("--pages", type=int, default=2000, help="article pages of the local site (default 2000)")
    parser.add_argument("--rss-pages", type=int, default=10000, help="articles of the memory crawl (0: none)")
    parser.add_argument("--pools", default="0,default", help="NEWSCLEAN_WORKERS values to crawl with, or 'default'")
    parser.add_argument("--limit", type=int, default=None, help="pages per bench-data set (default: all)")
    parser.add_argument("--skip-crawl", action="store_true", help="processing only: no crawls")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_PAGES_PER_SET} pages per set, a {QUICK_SITE_ARTICLES}-article site, no extra memory crawl",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.limit = args.limit or QUICK_PAGES_PER_SET
        args.pages = min(args.pages, QUICK_SITE_ARTICLES)
        args.rss_pages = args.pages
    return args


def site_rate(articles: int) -> Tally:
    """The full per-page work on the first SITE_SAMPLE articles of the site the crawls read."""
    site = LocalSite(articles)
    documents = []
    for n in range(min(articles, SITE_SAMPLE)):
        path = site.article_path(n)
        documents.append(((site.page(path) or b"").decode(), f"http://127.0.0.1{path}"))
    return measure_full(documents)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pages = load_pages(args.data, args.limit) if args.data.is_dir() else []
    if not pages:
        print(f"error: no bench data in {args.data} (expected one of {', '.join(DATASETS)})", file=sys.stderr)
        return 2
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    machine = machine_line()
    processing = measure_processing(pages)
    site = None if args.skip_crawl else site_rate(args.pages)
    rows = processing_rows(processing, site)
    if site is not None:
        with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
            runs, memory = run_crawls(args, Path(tmp))
        rows += crawl_rows(runs, site.pages_per_second, default_workers())
        if memory is not None:
            rows += memory_rows(memory, memory_articles(args))
        if not POOL_SUPPORTED:
            machine += f"\nnote: {POOL_SETTING} is not a setting of this build: every news crawl ran inline (no pool)"
    print(format_table(machine, rows))
    return 0


def memory_articles(args: argparse.Namespace) -> int:
    return args.pages if args.rss_pages == args.pages else args.rss_pages


if __name__ == "__main__":
    sys.exit(main())
