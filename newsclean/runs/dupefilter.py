"""A duplicate filter that lets a crawl killed with SIGKILL resume with JOBDIR, losing nothing.

Scrapy's RFPDupeFilter records a request as seen in JOBDIR/requests.seen when it is
*scheduled*. If the process is killed, requests in flight are recorded but never
processed, and a resumed run filters them out: their articles are lost. This filter
records a page only when the article it produced is final (written to the feed, or
dropped with a reason in the rejects feed). Listing pages are never recorded, so a
resumed run fetches them again and rediscovers every article not yet done; the feed a
killed run left (recovered by ``newsclean.runs.recovery``) counts as done, so nothing is
emitted twice.

JOBDIR resumes one interrupted run; it is no memory across runs (the state file is). A
run that finishes empties ``requests.seen``, so the next scheduled run with the same
JOBDIR fetches known articles again as ``NEWSCLEAN_RECHECK_AFTER`` says, instead of
filtering them as seen forever (no edit detected, and a false ``no_articles`` alert).

Start requests bypass the filter (``dont_filter``) but are remembered as seen, in memory:
a start page linking to itself (with or without ``#fragment``) is not fetched twice.

``SkipSeenLinksMiddleware`` drops, as soon as the depth middleware has counted it, a followed link whose
URL the filter has already answered for: on a news site most links on a page (menus, sidebars, related
articles) were seen before, and each one otherwise went through the referer and offsite middlewares,
the engine's signals and a fingerprint only to be filtered. It counts and logs the drop as the
scheduler does (``dupefilter/filtered``), so the stats are those of a crawl without it.
"""

from __future__ import annotations

import json
import logging
import weakref
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.job import job_dir
from scrapy.utils.request import RequestFingerprinter

from newsclean.runs.recovery import recover_interrupted_run

logger = logging.getLogger(__name__)
FINGERPRINT_SIZE_BYTES = 2  # the length prefix RFPDupeFilter writes before each fingerprint
# Finish reasons after which the job is complete: nothing left to resume. Any other (shutdown on
# Ctrl-C, another_run_in_progress, a kill) leaves JOBDIR as it is.
COMPLETE_REASONS = frozenset({"finished"})
# Each crawl's filter, for SkipSeenLinksMiddleware (the scheduler makes it after the middlewares).
_FILTERS: weakref.WeakKeyDictionary[Any, ResumableDupeFilter] = weakref.WeakKeyDictionary()


class ResumableDupeFilter(RFPDupeFilter):
    """DUPEFILTER_CLASS for newsclean; without JOBDIR it behaves exactly like RFPDupeFilter."""

    crawler: Any = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen_urls: set[str] = set()  # URLs of GET requests whose fingerprints the set holds

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResumableDupeFilter:
        dupefilter = super().from_crawler(crawler)
        dupefilter.crawler = crawler
        _FILTERS[crawler] = dupefilter
        crawler.signals.connect(dupefilter.request_scheduled, signals.request_scheduled)
        if dupefilter.file:
            crawler.signals.connect(dupefilter.item_done, signals.item_scraped)
            crawler.signals.connect(dupefilter.item_done, signals.item_dropped)
        return dupefilter

    def request_scheduled(self, request: Request, spider: Any = None) -> None:
        """Remember unfiltered requests (start URLs) as seen, in memory only: later links to them are filtered.

        Not on disk: a resumed run must fetch its start pages (listings) again.
        """
        if request.dont_filter:
            self._fingerprints.add(self._fingerprint(request))
            self._remember_url(request)

    def close(self, reason: str) -> None:
        super().close(reason)
        folder = job_dir(self.crawler.settings) if self.crawler is not None else None
        if folder and reason in COMPLETE_REASONS:
            Path(folder, "requests.seen").write_bytes(b"")
            logger.info("JOBDIR %s: the run finished, so the next run starts afresh (the state file remembers)", folder)

    def open(self) -> None:
        if self.file and self.crawler is not None:
            for url in self._urls_in_interrupted_feeds():
                self._record(self._fingerprint(Request(url)))

    def request_seen(self, request: Request) -> bool:
        self._remember_url(request)  # seen or not, its fingerprint is in the set from now on
        if not self.file:
            return super().request_seen(request)
        fp = self._fingerprint(request)
        if fp in self._fingerprints:
            return True
        self._fingerprints.add(fp)  # in memory for this run; on disk only once the article is final
        return False

    def _url_decides(self, request: Request) -> bool:
        """True when the request's URL alone gives its fingerprint: Scrapy's fingerprinter, a GET, no body."""
        return type(self.fingerprinter) is RequestFingerprinter and request.method == "GET" and not request.body

    def _remember_url(self, request: Request) -> None:
        if self._url_decides(request):
            self.seen_urls.add(request.url)

    def surely_seen(self, request: Request) -> bool:
        """True when ``request_seen`` would say so for sure: a fingerprint, once in the set, stays."""
        return request.url in self.seen_urls and self._url_decides(request)

    def item_done(self, item: Any = None, response: Any = None, **kwargs: Any) -> None:
        if response is not None and response.request is not None:
            self._record(self._fingerprint(response.request))

    def _record(self, fp: bytes) -> None:
        self._fingerprints.add(fp)
        if self.file:
            self.file.write(len(fp).to_bytes(FINGERPRINT_SIZE_BYTES, "big") + fp)
            self.file.flush()

    def _urls_in_interrupted_feeds(self) -> list[str]:
        """URLs of the articles a killed run wrote; its .part feeds are published on the way."""
        urls: list[str] = []
        for feed in recover_interrupted_run(self.crawler).feeds:
            urls += [json.loads(line).get("url", "") for line in feed.read_text("utf-8").splitlines() if line]
        return [u for u in urls if u]


class SkipSeenLinksMiddleware:
    """Spider middleware, just after Scrapy's DepthMiddleware: drop a followed link whose URL the
    crawl's ``ResumableDupeFilter`` has already seen, counted and logged as the scheduler would.

    The depth middleware still sees every link (``request_depth_max`` and the depth limit's count
    stay as they were); the URL-length check passed for that URL before. With another DUPEFILTER_CLASS
    (a shared crawl's Redis filter) every link goes on to the scheduler as usual.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SkipSeenLinksMiddleware:
        return cls(crawler)

    async def process_spider_output_async(self, response: Any, result: Any, spider: Any = None) -> Any:
        async for output in result:
            if not self._filtered(output):
                yield output

    def process_spider_output(self, response: Any, result: Any, spider: Any = None) -> Any:
        return (output for output in result if not self._filtered(output))

    def _filtered(self, output: Any) -> bool:
        dupefilter = _FILTERS.get(self.crawler)
        if not isinstance(output, Request) or output.dont_filter or dupefilter is None:
            return False
        if not dupefilter.surely_seen(output):
            return False
        spider = self.crawler.spider
        dupefilter.log(output, spider)  # dupefilter/filtered, as the scheduler counts it
        self.crawler.signals.send_catch_log(signal=signals.request_dropped, request=output, spider=spider)
        return True
