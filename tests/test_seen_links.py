"""SkipSeenLinksMiddleware drops a followed link the dupefilter has already seen, counted as Scrapy counts it."""

from __future__ import annotations

from scrapy import Request, Spider, signals
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newsclean.runs.dupefilter import ResumableDupeFilter, SkipSeenLinksMiddleware

PAGE = "http://example.com/list.html"


def setup(settings: dict | None = None):
    crawler = get_crawler(Spider, settings_dict=settings or {})
    crawler.spider = crawler._create_spider("seen")
    crawler.stats.open_spider()
    dupefilter = ResumableDupeFilter.from_crawler(crawler)
    dropped: list[str] = []

    def on_dropped(request, spider):
        dropped.append(request.url)

    crawler.signals.connect(on_dropped, signal=signals.request_dropped, weak=False)
    return crawler, dupefilter, SkipSeenLinksMiddleware.from_crawler(crawler), dropped


def followed(middleware, *outputs):
    response = HtmlResponse(PAGE, body=b"<html></html>")
    return [getattr(o, "url", o) for o in middleware.process_spider_output(response, list(outputs))]


def test_a_link_the_filter_saw_is_dropped_and_counted_as_filtered():
    crawler, dupefilter, middleware, dropped = setup()
    seen = "http://example.com/a.html"
    assert dupefilter.request_seen(Request(seen)) is False
    item = {"title": "t"}
    outputs = followed(middleware, Request(seen), Request("http://example.com/b.html"), item)
    assert outputs == ["http://example.com/b.html", item]
    assert crawler.stats.get_value("dupefilter/filtered") == 1
    assert dropped == [seen]


def test_a_start_page_seen_unfiltered_drops_later_links_to_it():
    crawler, dupefilter, middleware, _ = setup()
    dupefilter.request_scheduled(Request(PAGE, dont_filter=True))
    assert followed(middleware, Request(PAGE)) == []
    assert crawler.stats.get_value("dupefilter/filtered") == 1


def test_unfiltered_posts_and_unseen_links_go_on():
    crawler, dupefilter, middleware, dropped = setup()
    url = "http://example.com/a.html"
    dupefilter.request_seen(Request(url))
    post = Request(url, method="POST", body=b"q=1")
    again = Request(url, dont_filter=True)
    assert followed(middleware, post, again, Request("http://example.com/c.html")) == [
        url,
        url,
        "http://example.com/c.html",
    ]
    assert (crawler.stats.get_value("dupefilter/filtered"), dropped) == (None, [])


def test_with_another_fingerprinter_every_link_goes_on():
    settings = {"REQUEST_FINGERPRINTER_CLASS": "tests.test_seen_links.HeaderFingerprinter"}
    _, dupefilter, middleware, _ = setup(settings)
    url = "http://example.com/a.html"
    dupefilter.request_seen(Request(url))
    assert followed(middleware, Request(url)) == [url]


class HeaderFingerprinter:
    """A fingerprinter that reads more than the URL: the URL alone no longer decides."""

    def fingerprint(self, request: Request) -> bytes:
        return (request.url + (request.headers.get("Accept-Language") or b"").decode()).encode()
