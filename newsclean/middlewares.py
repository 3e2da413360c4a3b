"""Downloader middlewares that do something newsclean needs."""

from __future__ import annotations

import functools
import ipaddress
import logging
import random
import socket
from typing import Any
from urllib.parse import urlparse

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy_fake_useragent.middleware import RandomUserAgentMiddleware

logger = logging.getLogger(__name__)

# Draws before giving up on finding a user agent different from the failed one.
FRESH_UA_ATTEMPTS = 10


class SampledUserAgents:
    """scrapy-fake-useragent's provider, asked for its first ``size`` user agents only, then rotated among them.

    fake-useragent filters its whole browser table on every draw: 6.8 ms of the reactor's CPU per
    request, which alone capped a crawl near 150 requests/s. A sample of real draws rotates as
    realistically and costs a ``random.choice``.
    """

    def __init__(self, provider: Any, size: int) -> None:
        self.provider, self.size = provider, max(1, size)
        self.agents: list[str] = []

    def get_random_ua(self) -> str:
        if len(self.agents) < self.size:
            self.agents.append(self.provider.get_random_ua())
            return self.agents[-1]
        return random.choice(self.agents)


class FreshUserAgentMiddleware(RandomUserAgentMiddleware):
    """scrapy-fake-useragent's rotation, fixed for Scrapy 2.19, with a fresh UA on every retry.

    The upstream middleware only sets a UA when a request has none, so a request
    that Scrapy's RetryMiddleware re-sends keeps the UA the server just refused;
    and its ``process_request`` requires ``spider`` (deprecated under 2.19).
    Settings: FAKEUSERAGENT_PROVIDERS, FAKEUSERAGENT_FALLBACK, USER_AGENT, NEWSCLEAN_USER_AGENT_SAMPLE.
    """

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.meta.get("retry_times"):
            failed = request.headers.get("User-Agent", b"").decode("latin-1")
            request.headers["User-Agent"] = self._fresh_user_agent(failed)
            return
        super().process_request(request, spider)

    def _fresh_user_agent(self, failed: str) -> str:
        candidate = failed
        for _ in range(FRESH_UA_ATTEMPTS):
            candidate = self._ua_provider.get_random_ua()
            if candidate != failed:
                break
        logger.debug("Retrying with a new User-Agent: %s", candidate)
        return candidate

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._ua_provider = SampledUserAgents(self._ua_provider, crawler.settings.getint("NEWSCLEAN_USER_AGENT_SAMPLE"))

    @classmethod
    def from_crawler(cls, crawler: Any) -> FreshUserAgentMiddleware:
        return cls(crawler)


# Schemes fetched from the web; file:// only below the paths given on the command line.
WEB_SCHEMES = ("http", "https")


@functools.lru_cache(maxsize=1024)
def resolved_addresses(host: str) -> tuple[str, ...]:
    """Every address ``host`` resolves to (an IP literal resolves to itself); () when it does not resolve."""
    try:
        return tuple(sorted({info[4][0] for info in socket.getaddrinfo(host, None)}))
    except (socket.gaierror, UnicodeError, OSError):
        return ()


def is_private_address(address: str) -> bool:
    """Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local and metadata (169.254/16) …"""
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified


class PrivateNetworkGuard:
    """Refuse requests a hostile page could use to reach inside the network (SSRF).

    Requests to private, loopback, link-local and metadata addresses are refused,
    including redirects (a redirected request passes here again) and host names that
    resolve to such addresses. Only http and https are fetched, and file:// below the
    paths given on the command line. Settings: NEWSCLEAN_ALLOW_PRIVATE_NETWORKS
    (True for local test sites and crawls of one's own network).
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool("NEWSCLEAN_ALLOW_PRIVATE_NETWORKS")

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateNetworkGuard:
        return cls(crawler)

    def refuse(self, request: Request, kind: str, reason: str) -> None:
        self.crawler.stats.inc_value(f"newsclean/blocked/{kind}")
        logger.warning("Refused %s: %s", request.url, reason)
        raise IgnoreRequest(reason)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        parsed = urlparse(request.url)
        if parsed.scheme == "file":
            roots = getattr(self.crawler.spider, "file_roots", [])
            if not any(parsed.path.startswith(root.rstrip("/") + "/") for root in roots):
                self.refuse(request, "scheme", "file:// outside the paths given on the command line")
            return
        if parsed.scheme not in WEB_SCHEMES:
            self.refuse(request, "scheme", f"scheme {parsed.scheme!r} is not fetched")
        if self.allow_private or not parsed.hostname:
            return
        private = [a for a in resolved_addresses(parsed.hostname) if is_private_address(a)]
        if private:
            allow = "NEWSCLEAN_ALLOW_PRIVATE_NETWORKS=True allows it"
            reason = f"{parsed.hostname} is a private address ({private[0]}); {allow}"
            self.refuse(request, "private_network", reason)
