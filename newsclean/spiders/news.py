"""The ``news`` spider: crawl from start URLs inside their domains, emit one item per article."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.url import canonicalize_url

from newsclean.audit.crawl_signals import text_removed
from newsclean.cleaning import CleaningConfig, Removal
from newsclean.cluster.start_entries import SharedStart
from newsclean.cluster.switch import cluster_on, switch_to_redis
from newsclean.extraction import Article
from newsclean.fetching.pagetype import Hints, is_listing_url
from newsclean.fetching.since import is_before, parse_since
from newsclean.fetching.start_urls import parse_start_urls, url_scope
from newsclean.fetching.urls import fold_url
from newsclean.items import ArticleItem, article_id
from newsclean.runs.output_paths import default_feed_options
from newsclean.runs.state import ArticleState, run_state
from newsclean.settings_map import cleaning_config_from_settings
from newsclean.sites.profile import Profile, load_profile
from newsclean.spiders.discovery import DiscoveryMixin
from newsclean.spiders.news_arguments import NEWS_ARGUMENT_HELP
from newsclean.spiders.page_reading import SiteReading, read_page
from newsclean.spiders.recognition import parse_follow, profile_hints, record_not_article
from newsclean.workers.crawler_pool import worker_pool
from newsclean.workers.pool import WorkerDied, WorkerPool

logger = logging.getLogger(__name__)
NO_START_URLS = (
    "no start URLs: pass -a start_urls=URL[,URL...], -a urls_file=PATH, -a sitemaps=, -a feeds= or -a profile=NAME"
)
# Content types worth decoding as a page; anything else (PDF, images, archives) is skipped and counted.
HTML_CONTENT_TYPES = (b"text/html", b"application/xhtml+xml", b"text/plain", b"application/xml", b"text/xml")


def failure_kind(failure: Any) -> tuple[str, str]:
    """A short kind (http_500, timeout, connection, dns, too_large, redirect_loop …) and a readable reason."""
    error = failure.value
    if isinstance(error, HttpError):
        status = error.response.status
        return f"http_{status}", f"HTTP status {status}"
    kinds = {
        "TimeoutError": "timeout",
        "DownloadTimeoutError": "timeout",
        "DNSLookupError": "dns",
        "ConnectionRefusedError": "connection",
        "ConnectionLost": "connection",
        "ResponseFailed": "connection",
        "ResponseNeverReceived": "connection",
        "DownloadCancelledError": "too_large",
        "IgnoreRequest": "ignored",
    }
    kind = kinds.get(type(error).__name__, type(error).__name__.lower())
    message = failure.getErrorMessage()
    if kind == "ignored" and "redirect" in message:
        kind = "redirect_loop"
    return kind, message


# Saved pages read from disk: no server to be polite to (slot set up in DOWNLOAD_SLOTS).
LOCAL_FILE_META = {"download_slot": "local-files", "autothrottle_dont_adjust_delay": True}


class NewsSpider(DiscoveryMixin, scrapy.Spider):
    """Crawl news sites from ``-a start_urls=URL[,URL]``, ``-a urls_file=PATH``, ``-a sitemaps=`` and ``-a feeds=``.

    ``-a since=YYYY-MM-DD`` keeps articles published from that day on, judged by the
    sitemap's lastmod / news date or the feed's pubDate before fetching, and by the
    extracted publication time after.

    Links are followed inside the start URLs' domains (file:// starts: inside their
    folder) down to DEPTH_LIMIT; article pages become items, listing pages are only followed.
    A start URL whose content is an article is read as one and its links are not followed;
    ``-a follow=false`` fetches only the given pages.
    Each page's CPU work (``page_reading.read_page``) runs in a worker process, or inline with
    NEWSCLEAN_WORKERS=0. Settings: NEWSCLEAN_DEFAULT_TIMEZONE, DEPTH_LIMIT, NEWSCLEAN_LOG_NOT_ARTICLES,
    NEWSCLEAN_MAX_LINKS_PER_PAGE, NEWSCLEAN_WORKERS.
    """

    name = "news"
    argument_help = NEWS_ARGUMENT_HELP  # scrapy crawl news -h

    def __init__(
        self,
        start_urls: str | None = None,
        urls_file: str | None = None,
        sitemaps: str | None = None,
        feeds: str | None = None,
        since: str | None = None,
        profile: str | None = None,
        follow: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.profile = load_profile(profile) if profile else None
        self.follow = parse_follow(follow)
        self.hints = profile_hints(self.profile)
        site = self.profile or Profile(name="")
        # Command-line URLs win; a profile's fill in what the command line leaves out.
        self.start_urls = parse_start_urls(start_urls, urls_file) or parse_start_urls(list(site.start_urls), None)
        self.sitemap_urls = parse_start_urls(sitemaps, None) or parse_start_urls(list(site.sitemaps), None)
        self.feed_urls = parse_start_urls(feeds, None) or parse_start_urls(list(site.feeds), None)
        self.every_url = [*self.start_urls, *self.sitemap_urls, *self.feed_urls]
        hosts, roots = url_scope(self.every_url)
        self.allowed_domains = sorted(hosts | set(site.allowed_domains))
        self.file_roots = sorted(roots)
        self.default_timezone = "Asia/Shanghai"
        self.site_reading = SiteReading(self.default_timezone, CleaningConfig())
        self.workers = WorkerPool(0)  # inline until from_crawler gives the crawl's pool (NEWSCLEAN_WORKERS)
        self.since_text = since
        self.since: datetime | None = None
        # Not ``state``: Scrapy's SpiderState extension owns spider.state (a dict saved in JOBDIR).
        self.article_state: ArticleState | None = None
        self.recheck_after = 0.0
        self.shared_start: SharedStart | None = None  # with REDIS_URL: start entries from Redis (newsclean.cluster)

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        """Give a run with no -o/-O its own feed file (NEWSCLEAN_DEFAULT_FEED)."""
        super().update_settings(settings)
        switch_to_redis(settings)  # with REDIS_URL only: a worker of a shared crawl (newsclean.cluster)
        default_feed = settings.get("NEWSCLEAN_DEFAULT_FEED")
        if default_feed and not settings.getdict("FEEDS"):
            settings.set("FEEDS", dict([default_feed_options(settings)]), priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if cluster_on(crawler.settings):
            spider.shared_start = SharedStart(spider, crawler)  # a worker may start with no URL: it waits for entries
        elif not spider.every_url:
            raise ValueError(NO_START_URLS)
        profile_zone = spider.profile.timezone if spider.profile else None
        spider.default_timezone = profile_zone or crawler.settings.get("NEWSCLEAN_DEFAULT_TIMEZONE")
        spider.site_reading = SiteReading(
            spider.default_timezone,
            cleaning_config_from_settings(crawler.settings),
            spider.profile.selectors if spider.profile else None,
            spider.encoding_override,
            crawler.settings.getint("NEWSCLEAN_MAX_LINKS_PER_PAGE"),
        )
        spider.workers = worker_pool(crawler)
        spider.article_state = run_state(crawler)  # the run's one connection, shared with TrackStatePipeline
        spider.recheck_after = crawler.settings.getfloat("NEWSCLEAN_RECHECK_AFTER")
        if spider.since_text:
            spider.since = parse_since(spider.since_text, spider.default_timezone)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.shared_start is not None:
            self.shared_start.push(self.start_urls, self.sitemap_urls, self.feed_urls)  # for whichever worker is idle
            return
        for request in self.requests_for(self.start_urls, self.sitemap_urls, self.feed_urls):
            yield request

    def requests_for(self, start_urls: list[str], sitemaps: list[str], feeds: list[str]) -> Iterator[scrapy.Request]:
        """The first requests of a crawl: named pages, sitemaps, feeds."""
        for url in start_urls:
            request = self.request(url, dont_filter=True)
            if request is not None:
                request.meta["newsclean_named"] = True  # the user asked for this page
                yield request
        for url in sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap, dont_filter=True)
        for url in feeds:
            yield scrapy.Request(url, callback=self.parse_feed, dont_filter=True)

    def request(self, url: str, dont_filter: bool = False, discovered: bool = False) -> scrapy.Request | None:
        """A page request, or None for a known article fetched less than NEWSCLEAN_RECHECK_AFTER ago.

        ``discovered``: listed by a sitemap or feed, so read as an article, links not followed.
        Listing pages are always fetched. Local files go to their own download slot.
        """
        if not dont_filter and self.is_fresh(url):
            self.crawler.stats.inc_value("newsclean/state/skipped_fresh")
            return None
        meta = {**(LOCAL_FILE_META if url.startswith("file:") else {}), "newsclean_discovered": discovered}
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, dont_filter=dont_filter, meta=meta)

    def on_error(self, failure: Any) -> None:
        """One log line and one stat (newsclean/errors/<kind>) per page that could not be read."""
        kind, reason = failure_kind(failure)
        self.crawler.stats.inc_value(f"newsclean/errors/{kind}")
        logger.warning("Failed %s (%s): %s", failure.request.url, kind, reason)

    def is_fresh(self, url: str) -> bool:
        # Any URL the state holds was an article, whatever its shape (/p/17.html): the URL pattern
        # no longer decides what an article is, so it does not gate the lookup either.
        if self.article_state is None or is_listing_url(url):
            return False
        return self.article_state.is_fresh(fold_url(url), datetime.now(UTC), self.recheck_after)

    @property
    def encoding_override(self) -> str | None:
        return self.profile.encoding if self.profile else None

    def in_scope(self, url: str) -> bool:
        parsed = urlparse(url)
        if parsed.scheme == "file":
            path = unquote(parsed.path)
            # A saved page links to siblings that were never saved: nothing to fetch, no warning to log.
            inside = any(path.startswith(root.rstrip("/") + "/") for root in self.file_roots)
            return inside and Path(path).is_file()
        host = parsed.hostname or ""
        return parsed.scheme in ("http", "https") and any(
            host == d or host.endswith("." + d) for d in self.allowed_domains
        )

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        content_type = response.headers.get(b"Content-Type") or b""
        if content_type and not content_type.split(b";")[0].strip().lower().startswith(HTML_CONTENT_TYPES):
            self.crawler.stats.inc_value("newsclean/skipped/not_html")
            logger.info("Skipped %s: content type %s is not a page", response.url, content_type.decode("latin-1"))
            return
        discovered = response.meta.get("newsclean_discovered", False)
        chosen = response.meta.get("newsclean_named", False)
        hints = Hints(discovered or chosen, chosen, self.hints.article_urls, self.hints.listing_urls)
        # Sitemaps and feeds list the articles, and an article the user named is what they asked
        # for: their links are not followed. Nor are any with -a follow=false.
        follow = self.follow and not discovered
        args = (response.body, response.url, content_type.decode("latin-1") or None, hints, follow, self.site_reading)
        try:
            reading = await self.workers.run(read_page, *args, task=response.url)
        except WorkerDied as died:
            self.crawler.stats.inc_value("newsclean/errors/worker_died")
            logger.error("Failed %s (worker_died): %s", response.url, died)
            return
        self.crawler.stats.inc_value(f"newsclean/encoding/{reading.encoding}")
        if reading.article is not None:
            item = self.build_item(reading.article, response.url, reading.encoding)
            if item is not None:
                yield item
        else:
            record_not_article(self.crawler, response.url, reading.verdict.reason)
        if reading.anchors:
            self.crawler.stats.inc_value("newsclean/links/capped_pages")
            limit = self.site_reading.max_links
            logger.warning("Page %s has %d links; following the first %d", response.url, reading.anchors, limit)
        for url in reading.links:
            request = self.request(url) if self.in_scope(url) else None
            if request is not None:
                yield request

    def build_item(self, article: Article, url: str, encoding: str) -> ArticleItem | None:
        """The item of an extracted article, or None (counted and logged) for an empty or too old one."""
        if not article.body.strip():
            self.crawler.stats.inc_value("newsclean/pages/no_body")
            record_not_article(self.crawler, url, "no_body", listing=False)
            logger.info("No article text found in %s", url)
            return None
        if is_before(article.published_at, self.since, self.default_timezone):
            self.crawler.stats.inc_value("newsclean/discovery/skipped_before_since")
            record_not_article(self.crawler, url, "before_since", listing=False)
            logger.debug("Skipped %s: published %s, before since=%s", url, article.published_at, self.since_text)
            return None
        self.crawler.stats.inc_value("newsclean/pages/article")
        canonical = canonicalize_url(article.canonical_url)
        item = ArticleItem(
            id=article_id(canonical),
            url=url,
            canonical_url=canonical,
            title=article.title,
            body=article.body,
            published_at=article.published_at,
            published_at_source=article.published_at_source,
            author=article.author,
            site_name=article.site_name,
            language=article.language,
            encoding=encoding,
            fetched_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        )
        self.record_html_removals(item, article.removed)
        return item

    def record_html_removals(self, item: ArticleItem, removals: tuple[Removal, ...]) -> None:
        """HTML-level spam removed before extraction: counted like the pipelines' removals, sent to rejects."""
        if not removals:
            return
        counts = item.cleaning.setdefault("html", {})
        for removal in removals:
            counts[removal.rule] = counts.get(removal.rule, 0) + 1
            self.crawler.stats.inc_value(f"newsclean/removed/{removal.rule}")
        self.crawler.signals.send_catch_log(
            signal=text_removed, item=item, stage="html", field="html", removals=removals
        )
