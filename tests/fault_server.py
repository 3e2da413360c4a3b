"""A hostile, failing site on 127.0.0.1: good articles among server errors, traps and broken bytes."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

GOOD = Path(__file__).parent / "site_discovery"
GOOD_ARTICLES = {  # path on the fault site -> page of the discovery site (clean news)
    "/news/2025/12/20/9101.html": "news/2025/11/20/5001.html",
    "/news/2025/12/20/9102.html": "news/2025/11/28/5002.html",
    "/news/2025/12/20/retry-9103.html": "news/2025/12/01/5003.html",  # 503 with Retry-After, then 200
}
GBK_ARTICLE = "/news/2025/12/20/gbk-9104.html"  # GBK bytes, no charset anywhere
BROKEN_ARTICLE = "/news/2025/12/20/broken-9105.html"  # unclosed and misnested tags
FAULTS = [
    "/fault/500.html",
    "/fault/slow.html",
    "/fault/reset.html",
    "/fault/truncated-gzip.html",
    "/fault/loop-a.html",
    "/fault/404.html",
    "/news/2025/12/20/pdf-9201.html",
    "/news/2025/12/20/jpeg-9202.html",
    "/fault/huge.html",
    "/news/2025/12/20/empty-9203.html",
    "/fault/links.html",
]
HUGE_BYTES = 50 * 1024 * 1024
SLOW_SECONDS = 4
LINK_COUNT = 100_000


def gbk_page() -> bytes:
    body = "".join(
        f"<p>第{i}段：市农业农村局消息，今年全市冬小麦播种面积稳定在一百二十万亩以上，农技人员刘喆、王堃深入田间指导。</p>"
        for i in range(1, 6)
    )
    html = f"<html><head><title>冬小麦播种基本结束_晨光新闻网</title></head><body><h1>冬小麦播种基本结束</h1>{body}</body></html>"
    return html.encode("gbk")


def broken_page() -> bytes:
    paragraphs = "".join(
        f"<p>第{i}段：<b>市政府常务会议<i>研究部署</b>今冬明春安全生产工作，要求各地压实责任、排查隐患。</i>"
        for i in range(1, 6)
    )
    # Misnested inline tags, unclosed <div>s and <p>s, stray closing tags, no </body></html>.
    return f"<html><head><title>安全生产工作部署_晨光新闻网</title><body><div><h1>安全生产工作部署</h1><div>{paragraphs}</span></td>".encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send(self, status: int, body: bytes, content_type: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.server.hits[path] = self.server.hits.get(path, 0) + 1
        if path in ("/", "/index.html"):
            links = "".join(f'<a href="{p}">{p}</a> ' for p in [*GOOD_ARTICLES, GBK_ARTICLE, BROKEN_ARTICLE, *FAULTS])
            self.send(200, f"<html><body><h1>晨光新闻网</h1>{links}</body></html>".encode())
        elif path == "/robots.txt":
            self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif path == "/news/2025/12/20/retry-9103.html" and self.server.hits[path] == 1:
            self.send(503, b"busy", "text/plain", Retry_After="1")
        elif path in GOOD_ARTICLES:
            self.send(200, (GOOD / GOOD_ARTICLES[path]).read_bytes())
        elif path == GBK_ARTICLE:
            self.send(200, gbk_page())
        elif path == BROKEN_ARTICLE:
            self.send(200, broken_page())
        else:
            self.fault(path)

    def fault(self, path: str) -> None:
        if path == "/fault/500.html":
            self.send(500, b"internal error", "text/plain")
        elif path == "/fault/slow.html":
            time.sleep(SLOW_SECONDS)
            self.send(200, b"<html><body>too late</body></html>")
        elif path == "/fault/reset.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>cut here")
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
        elif path == "/fault/truncated-gzip.html":
            body = gzip.compress(b"<html><body>" + b"<p>text</p>" * 5000 + b"</body></html>")[:2000]
            self.send(200, body, Content_Encoding="gzip")
        elif path == "/fault/loop-a.html":
            self.send(302, b"", Location="/fault/loop-b.html")
        elif path == "/fault/loop-b.html":
            self.send(302, b"", Location="/fault/loop-a.html")
        elif path == "/news/2025/12/20/pdf-9201.html":
            self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf")
        elif path == "/news/2025/12/20/jpeg-9202.html":
            self.send(200, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 512 + b"\xff\xd9", "image/jpeg")
        elif path == "/fault/huge.html":
            self.send(200, b"<html><body>" + b"<p>x</p>" * (HUGE_BYTES // 8) + b"</body></html>")
        elif path == "/news/2025/12/20/empty-9203.html":
            self.send(200, b"")
        elif path == "/fault/links.html":
            links = "".join(f'<a href="https://farm{i % 50}.example/p{i}">p{i}</a>' for i in range(LINK_COUNT))
            self.send(200, f"<html><body>{links}</body></html>".encode())
        else:
            self.send(404, b"not found", "text/plain")


class FaultServer(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: dict[str, int] = {}
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # connections the faults cut on purpose (reset, timeouts) are expected here

    def start(self) -> FaultServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
