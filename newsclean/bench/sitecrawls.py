"""Crawl the bench's local site in subprocesses (bare Scrapy, ``scrapy crawl news``) and sample their memory.

Each crawl is a real ``python -m scrapy`` process, as a user runs it. Its rate is Scrapy's own count
of responses over Scrapy's own elapsed time (``response_received_count / elapsed_time_seconds``,
from the stats dump), so interpreter start-up and jieba's load at spider open are left out for
every spider alike. Memory is the resident set of the crawl process and all its children (a
pool's workers), summed, sampled every ``RSS_INTERVAL`` seconds with psutil. Forked workers share
pages with their parent (jieba's dictionary), which that sum counts once per process; the
proportional set size (PSS, Linux) splits shared pages between their processes and is kept beside it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from newsclean import settings as project_settings
from newsclean.bench import barespider
from newsclean.bench.localsite import LocalSiteServer

RSS_INTERVAL = 0.25  # seconds between memory samples
CRAWL_TIMEOUT = 4 * 3600  # seconds: a 10,000-page crawl at today's 4–5 pages/s takes ~40 minutes
# Scrapy's concurrency as `news` has it, for both spiders; the politeness limits lifted for a local site.
SHARED_SETTINGS = {
    "CONCURRENT_REQUESTS": str(project_settings.CONCURRENT_REQUESTS),
    "CONCURRENT_REQUESTS_PER_DOMAIN": str(project_settings.CONCURRENT_REQUESTS),  # one host: the global limit
    "DEPTH_LIMIT": str(project_settings.DEPTH_LIMIT),
    "DEPTH_PRIORITY": str(project_settings.DEPTH_PRIORITY),
    "SCHEDULER_MEMORY_QUEUE": project_settings.SCHEDULER_MEMORY_QUEUE,
    "ROBOTSTXT_OBEY": str(project_settings.ROBOTSTXT_OBEY),
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": "False",
    "REMOTE_CONTROL_ENABLED": "False",
    "FEED_EXPORT_ENCODING": "utf-8",
}
NEWS_SETTINGS = {"NEWSCLEAN_ALLOW_PRIVATE_NETWORKS": "True"}  # the bench site lives on 127.0.0.1
# The pool's size; `scrapy crawl news` refuses a NEWSCLEAN_* setting the project does not define.
POOL_SETTING = "NEWSCLEAN_WORKERS"
POOL_SUPPORTED = hasattr(project_settings, POOL_SETTING)
STAT_RE = re.compile(r"^[{\s]*'(?P<key>[^']+)': (?P<value>\d+(?:\.\d+)?),?}?$", re.MULTILINE)


@dataclass(frozen=True)
class MemorySample:
    seconds: float
    articles_served: int
    rss: int  # bytes, the crawl process and its children
    pss: int | None  # bytes, the same processes' proportional set size; None where the system has none


@dataclass
class CrawlRun:
    label: str
    returncode: int
    stats: dict[str, float]
    samples: list[MemorySample] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def items(self) -> int:
        return int(self.stats.get("item_scraped_count", 0))

    @property
    def seconds(self) -> float:
        return self.stats.get("elapsed_time_seconds", 0.0)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def peak_rss(self) -> int:
        return max((s.rss for s in self.samples), default=0)

    @property
    def peak_pss(self) -> int | None:
        known = [s.pss for s in self.samples if s.pss is not None]
        return max(known) if known else None

    def rss_at(self, share: float, articles: int) -> MemorySample | None:
        """The first sample taken once ``share`` of the site's articles were served."""
        return next((s for s in self.samples if s.articles_served >= share * articles), None)


def bare_command(start_url: str, feed: Path) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "runspider", barespider.__file__, "-a", f"start_url={start_url}"]
    return [*command, "-O", str(feed), *_settings_args(SHARED_SETTINGS)]


def news_command(start_url: str, feed: Path, workers: int | None, jieba_dir: Path) -> list[str]:
    """``scrapy crawl news``; ``workers`` None leaves NEWSCLEAN_WORKERS at the project's default.

    A project without the setting runs every crawl inline, whatever ``workers`` says.
    """
    extra = {**NEWS_SETTINGS, "NEWSCLEAN_TOKENS_CACHE_DIR": str(jieba_dir)}
    if workers is not None and POOL_SUPPORTED:
        extra[POOL_SETTING] = str(workers)
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={start_url}", "-O", str(feed)]
    return [*command, *_settings_args({**SHARED_SETTINGS, **extra})]


def _settings_args(settings: dict[str, str]) -> list[str]:
    return [arg for name, value in settings.items() for arg in ("-s", f"{name}={value}")]


def crawl_env(project: bool) -> dict[str, str]:
    """No proxies (the site is local); the project's settings for ``news``, none for the bare spider."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    if project:
        env["SCRAPY_SETTINGS_MODULE"] = "newsclean.settings"
    return env


def run_crawl(label: str, command: list[str], project: bool, server: LocalSiteServer, workdir: Path) -> CrawlRun:
    """Run ``command`` in ``workdir`` (no scrapy.cfg there), sampling its memory until it exits."""
    server.reset_count()
    log = workdir / f"{label.replace(' ', '_')}.log"
    samples: list[MemorySample] = []
    with log.open("w", encoding="utf-8") as stderr:
        proc = subprocess.Popen(command, cwd=workdir, env=crawl_env(project), stdout=subprocess.DEVNULL, stderr=stderr)
        sampler = threading.Thread(target=_sample, args=(proc, server, samples), daemon=True)
        sampler.start()
        try:
            returncode = proc.wait(timeout=CRAWL_TIMEOUT)
        finally:
            if proc.poll() is None:
                proc.kill()
        sampler.join()
    text = log.read_text("utf-8", errors="replace")
    stats = {m["key"]: float(m["value"]) for m in STAT_RE.finditer(text)}
    return CrawlRun(label, returncode, stats, samples)


def _sample(proc: subprocess.Popen[bytes], server: LocalSiteServer, samples: list[MemorySample]) -> None:
    started = time.perf_counter()
    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        return
    while proc.poll() is None:
        rss, pss = _tree_memory(root)
        if rss:
            samples.append(MemorySample(time.perf_counter() - started, server.served_articles, rss, pss))
        time.sleep(RSS_INTERVAL)


def _tree_memory(root: psutil.Process) -> tuple[int, int | None]:
    """RSS and PSS of ``root`` and its children, summed (PSS None where psutil cannot read it)."""
    rss, pss = 0, 0
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, None
    for process in processes:
        try:
            info = process.memory_full_info()
        except psutil.NoSuchProcess:
            continue  # a worker that ended between the listing and the reading
        except psutil.AccessDenied:
            info = process.memory_info()
        rss += info.rss
        pss = pss + info.pss if pss is not None and hasattr(info, "pss") else None
    return rss, pss
