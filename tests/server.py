"""A static fixture site on 127.0.0.1, the way Scrapy's own tests use a mock server.

Serves a folder; ``_headers.json`` in it adds response headers per path; tests can
make a path fail a number of times (``fail_next``) and read every request the
server saw (``requests``), e.g. to check User-Agent rotation server-side.
"""

from __future__ import annotations

import gzip
import json
import mimetypes
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

from newsclean.bench.localsite import quiet_handler, send_body

TEXT_SUFFIXES = frozenset({".html", ".shtml", ".htm", ".xml", ".txt", ".json"})


@dataclass(frozen=True)
class SeenRequest:
    path: str
    user_agent: str
    status: int


class _Server(ThreadingHTTPServer):
    # http.server's backlog of 5 drops connections under Scrapy's concurrency (FIELD-NOTES).
    request_queue_size = 128
    daemon_threads = True


class FixtureServer:
    def __init__(self, root: Path, host_placeholder: bytes = b"http://SITE_HOST", delay: float = 0.0) -> None:
        self.root = root
        self.delay = delay  # seconds before each response: a slow site, for tests that interrupt a crawl
        # Sitemaps and feeds need absolute URLs; fixtures write this placeholder, replaced when served.
        self.host_placeholder = host_placeholder
        headers_file = root / "_headers.json"
        self.extra_headers: dict[str, dict[str, str]] = (
            json.loads(headers_file.read_text("utf-8")) if headers_file.exists() else {}
        )
        self.requests: list[SeenRequest] = []
        self.failures: dict[str, tuple[int, int]] = {}
        self.lock = threading.Lock()
        self.httpd = _Server(("127.0.0.1", 0), quiet_handler(self._respond))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> FixtureServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail_next(self, path: str, times: int, status: int = 503) -> None:
        with self.lock:
            self.failures[path] = (times, status)

    def seen(self, path: str) -> list[SeenRequest]:
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def _respond(self, handler: BaseHTTPRequestHandler) -> None:
        path = unquote(urlparse(handler.path).path)
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            times, status = self.failures.get(path, (0, 200))
            if times:
                self.failures[path] = (times - 1, status)
        if times:
            self._send(
                handler, path, status, b"temporarily unavailable", {"Content-Type": "text/plain", "Retry-After": "0"}
            )
            return
        file = (self.root / path.lstrip("/")).resolve()
        if path.endswith("/"):
            file = file / "index.html"
        source = file.with_suffix(".src") if file.suffix == ".gz" else None
        if source is not None and source.is_file():
            body = gzip.compress(self._with_host(source.read_bytes()))  # a gzipped sitemap with the real host
        elif file.is_file() and self.root.resolve() in file.parents:
            body = file.read_bytes()
            body = self._with_host(body) if file.suffix in TEXT_SUFFIXES else body
        else:
            self._send(handler, path, 404, b"not found", {"Content-Type": "text/plain"})
            return
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if file.suffix in (".html", ".shtml", ".htm"):
            content_type = "text/html"
        if file.suffix == ".gz":
            content_type = "application/gzip"
        headers = {"Content-Type": content_type, **self.extra_headers.get(path, {})}
        self._send(handler, path, 200, body, headers)

    def _with_host(self, body: bytes) -> bytes:
        return body.replace(self.host_placeholder, self.base_url.encode())

    def _send(
        self, handler: BaseHTTPRequestHandler, path: str, status: int, body: bytes, headers: dict[str, str]
    ) -> None:
        with self.lock:
            self.requests.append(SeenRequest(path, handler.headers.get("User-Agent", ""), status))
        send_body(handler, status, body, headers)
