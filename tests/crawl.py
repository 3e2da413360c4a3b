"""Run a real ``scrapy crawl news`` in a subprocess and read what it wrote."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Settings for crawling a local fixture site fast; everything else is the project's defaults.
LOCAL_SITE_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "LOG_LEVEL": "INFO",
    "NEWSCLEAN_ALLOW_PRIVATE_NETWORKS": "True",  # the fixture sites live on 127.0.0.1
}
STAT_LINE_RE = re.compile(r"^\s*'(?P<key>[^']+)': (?P<value>\d+),?$", re.MULTILINE)


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict]
    rejects: list[dict]
    stats: dict[str, int]
    log: str
    feed_text: str


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def crawl_command(*args: str, settings: dict[str, str] | None = None) -> list[str]:
    """``python -m scrapy crawl news ARGS`` with the local-site settings and ``settings`` on top."""
    command = [sys.executable, "-m", "scrapy", "crawl", "news", *args]
    for name, value in {**LOCAL_SITE_SETTINGS, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    return command


def crawl_env() -> dict[str, str]:
    """The environment without proxies (the fixture sites are local), with deprecation warnings shown."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["PYTHONWARNINGS"] = "default::DeprecationWarning"
    return env


def run_crawl(out_dir: Path, *args: str, settings: dict[str, str] | None = None, timeout: int = 180) -> CrawlResult:
    """``scrapy crawl news ARGS -O out_dir/articles.jsonl`` from the repo root."""
    feed = out_dir / "articles.jsonl"
    command = crawl_command(
        *args, "-O", str(feed), settings={"NEWSCLEAN_TOKENS_CACHE_DIR": str(out_dir / "jieba"), **(settings or {})}
    )
    proc = subprocess.run(
        command, cwd=REPO, env=crawl_env(), capture_output=True, text=True, timeout=timeout, check=False
    )
    stats = {m["key"]: int(m["value"]) for m in STAT_LINE_RE.finditer(proc.stderr)}
    return CrawlResult(
        proc.returncode,
        read_jsonl(feed),
        read_jsonl(out_dir / "articles.rejects.jsonl"),
        stats,
        proc.stderr,
        feed.read_text("utf-8") if feed.exists() else "",
    )
