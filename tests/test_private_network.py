"""The private-network guard: hostile pages cannot make the crawler reach inside the network."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from newsclean.middlewares import PrivateNetworkGuard
from tests.crawl import run_crawl

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not


def guard(allow: bool = False, file_roots: tuple[str, ...] = ()) -> PrivateNetworkGuard:
    crawler = get_crawler(settings_dict={"NEWSCLEAN_ALLOW_PRIVATE_NETWORKS": allow})
    crawler.stats.open_spider()
    crawler.spider = type("Spider", (), {"file_roots": list(file_roots)})()
    return PrivateNetworkGuard(crawler)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/a.html",
        "http://10.1.2.3/",
        "http://172.16.0.9/",
        "http://192.168.1.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fc00::1]/",
        "http://localhost:8080/",  # a host name that resolves to 127.0.0.1
    ],
)
def test_private_addresses_are_refused(url):
    middleware = guard()
    with pytest.raises(IgnoreRequest):
        middleware.process_request(Request(url))
    assert middleware.crawler.stats.get_value("newsclean/blocked/private_network") == 1


def test_a_redirect_to_loopback_is_refused():
    redirected = Request("http://127.0.0.1/internal", meta={"redirect_urls": ["https://news.example.cn/a/1.html"]})
    with pytest.raises(IgnoreRequest, match=r"private address \(127.0.0.1\); NEWSCLEAN_ALLOW_PRIVATE_NETWORKS=True"):
        guard().process_request(redirected)


@pytest.mark.parametrize("url", ["ftp://files.example.cn/a.html", "gopher://x.example/", "file:///etc/passwd"])
def test_other_schemes_and_stray_files_are_refused(url):
    with pytest.raises(IgnoreRequest):
        guard(file_roots=("/srv/saved",)).process_request(Request(url))


def test_public_addresses_files_under_start_paths_and_allowed_private_pass():
    assert guard().process_request(Request("http://93.184.216.34/news/1.html")) is None
    assert guard(file_roots=("/srv/saved",)).process_request(Request("file:///srv/saved/a.html")) is None
    assert guard(allow=True).process_request(Request("http://127.0.0.1:8000/")) is None


def test_crawl_of_a_private_address_is_refused_by_default(site_server, tmp_path):
    result = run_crawl(
        tmp_path,
        "-a",
        f"start_urls={site_server.url('/index.html')}",
        settings={"NEWSCLEAN_ALLOW_PRIVATE_NETWORKS": "False"},
    )
    assert result.items == []
    assert result.stats["newsclean/blocked/private_network"] >= 1
    assert "Refused" in result.log
    assert "NEWSCLEAN_ALLOW_PRIVATE_NETWORKS=True allows it" in result.log  # the warning names the way out
