"""Downloader middlewares that do something newsclean needs."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, Spider
from scrapy_fake_useragent.middleware import RandomUserAgentMiddleware

logger = logging.getLogger(__name__)

# Draws before giving up on finding a user agent different from the failed one.
FRESH_UA_ATTEMPTS = 10


class FreshUserAgentMiddleware(RandomUserAgentMiddleware):
    """scrapy-fake-useragent's rotation, fixed for Scrapy 2.19, with a fresh UA on every retry.

    The upstream middleware only sets a UA when a request has none, so a request
    that Scrapy's RetryMiddleware re-sends keeps the UA the server just refused;
    and its ``process_request`` requires ``spider`` (deprecated under 2.19).
    Settings: FAKEUSERAGENT_PROVIDERS, FAKEUSERAGENT_FALLBACK, USER_AGENT.
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

    @classmethod
    def from_crawler(cls, crawler: Any) -> FreshUserAgentMiddleware:
        return cls(crawler)
