"""The crawl's one worker pool (NEWSCLEAN_WORKERS), shared by the spider and the pipelines.

Made on first use, forked on the first task once jieba, the lexicons and the TF-IDF tables are
loaded here (``warm_up``), and closed when the spider closes or the engine stops (Ctrl-C included).
"""

from __future__ import annotations

import functools
import re
import weakref
from typing import Any

from scrapy import signals

from newsclean.workers.pool import WorkerPool

_POOLS: weakref.WeakKeyDictionary[Any, WorkerPool] = weakref.WeakKeyDictionary()
# What warm-up cleans and extracts: enough spam and markup to load every lexicon, jieba's user words
# and the line model, in this process, before the workers are forked from it.
WARM_UP_TITLE = "山村民宿抱团发展_沐岚体育app下载"
WARM_UP_BODY = (
    "记者{{ author }}报道。\n本文未经授权,不得转载。\n{!! riqi() !!},万博官网APP,AG真人平台登录,下载皇冠体育365app"
)
WARM_UP_HTML = (
    "<html><head><title>山村民宿抱团发展_新闻网</title></head><body><article><h1>山村民宿抱团发展</h1>"
    f"<p>{'当地时间12月8日,记者报道山村民宿抱团发展。' * 8}</p>"
    '<div style="display:none"><a href="http://x.example/">华体会体育官网</a></div></article></body></html>'
)


ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def pool_size(settings: Any) -> int:
    """NEWSCLEAN_WORKERS: worker processes (0: all work inline, on the reactor).

    Workers' results are awaited as asyncio futures: Scrapy's default asyncio reactor (or no reactor) is needed.
    """
    size = settings.getint("NEWSCLEAN_WORKERS")
    if size < 0:
        raise ValueError(f"NEWSCLEAN_WORKERS={size}: use 0 (inline) or a number of worker processes")
    reactor = settings.get("TWISTED_REACTOR")
    if size and settings.getbool("TWISTED_REACTOR_ENABLED", True) and reactor and reactor != ASYNCIO_REACTOR:
        raise ValueError(f"NEWSCLEAN_WORKERS={size} needs TWISTED_REACTOR={ASYNCIO_REACTOR} (or 0 workers)")
    return size


def worker_pool(crawler: Any) -> WorkerPool:
    """The crawl's pool, made on first call; its workers stop when the spider closes or the engine stops."""
    if crawler not in _POOLS:
        settings = crawler.settings
        crash = settings.get("NEWSCLEAN_WORKERS_CRASH_URLS")
        warm = functools.partial(
            warm_up, settings.get("NEWSCLEAN_TOKENS_CACHE_DIR") or "", settings.getbool("NEWSCLEAN_TOKENS_ENABLED")
        )
        pool = _POOLS[crawler] = WorkerPool(
            pool_size(settings), warm, functools.partial(count_retry, crawler), re.compile(crash) if crash else None
        )
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        crawler.signals.connect(pool.close, signal=signals.engine_stopped)
    return _POOLS[crawler]


def count_retry(crawler: Any) -> None:
    crawler.stats.inc_value("newsclean/workers/retried")


def warm_up(cache_dir: str, tokens: bool) -> None:
    """Load in this process what every page needs: jieba with the project's words, the lexicons, the
    line model and, with tokens on, jieba's TF-IDF tables. Forked workers share these pages (about
    300 MB, FIELD-NOTES) instead of loading their own."""
    from newsclean.cleaning import clean_article
    from newsclean.cleaning.tokens import load_segmenter, segment_with_keywords
    from newsclean.extraction import extract

    load_segmenter(cache_dir)
    if tokens:
        segment_with_keywords(WARM_UP_BODY, 1, cache_dir)
    clean_article(WARM_UP_TITLE, WARM_UP_BODY)
    extract(WARM_UP_HTML, "http://warm-up.invalid/a.html")
