"""The shared bench pages (read in place from ../shared/bench-data) served as one site on 127.0.0.1.

Every real page gets a URL that says nothing (``/p/17.html``), or its site's own URL shape;
listing pages link to them with their titles, dates and, on one, a summary (teasers), the
way a portal's channel pages do. Nothing is copied into the repository.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from newsclean.bench.datasets import DEFAULT_DATA
from newsclean.extraction.page import parse_html
from newsclean.fetching.encoding import decode_html
from newsclean.fetching.pageshape import content_region
from tests.server import _Server

TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class RealPage:
    source: str  # set/name, for messages
    raw: bytes  # the page as saved (any encoding)


def real_pages(data: Path = DEFAULT_DATA) -> list[RealPage]:
    """Every page of gne-tests, zh-cwced and Zyte's benchmark, as bytes."""
    pages = [
        RealPage(f"gne/{p.parent.name}/{p.stem}", p.read_bytes()) for p in sorted(data.glob("gne-tests/tests/*/*.html"))
    ]
    pages += [RealPage(f"cwced/{p.stem}", p.read_bytes()) for p in sorted(data.glob("zh-cwced/original/*.html"))]
    pages += [
        RealPage(f"zyte/{p.name[:12]}", gzip.decompress(p.read_bytes()))
        for p in sorted(data.glob("zyte-aeb/html/*.gz"))
    ]
    return pages


def title_of(raw: bytes) -> str:
    """The page's <title>, decoded leniently: good enough for an anchor text."""
    match = TITLE_RE.search(raw)
    text = match.group(1) if match else b""
    for encoding in ("utf-8", "gb18030"):
        try:
            return " ".join(text.decode(encoding).split())[:60] or "无标题"
        except UnicodeDecodeError:
            continue
    return "无标题"


def listing_html(title: str, links: list[tuple[str, str]], teasers: bool) -> bytes:
    """A channel page: a menu, the channel name, one item per link with a date (and a summary)."""
    menu = "".join(f'<li><a href="/s/{i}.html">频道{i}</a></li>' for i in range(1, 9))
    summary = "<p>本报讯 记者从有关部门获悉，相关工作正在有序推进，详细情况请点击阅读全文。</p>" if teasers else ""
    items = "".join(
        f'<li><h3><a href="{href}">{escape(text)}</a></h3>{summary}<span class="date">2026-11-{1 + n % 28:02d}</span></li>'
        for n, (href, text) in enumerate(links)
    )
    pages = '<div class="pages"><a href="?page=2">2</a> <a href="?page=3">下一页</a></div>'
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_新闻网</title></head><body><ul class='menu'>{menu}</ul>"
        f"<h2>{title}</h2><ul class='list'>{items}</ul>{pages}<div class='footer'>版权所有 新闻网</div></body></html>"
    ).encode()


ARTICLE_MARKUP_XPATH = (
    "//meta[starts-with(@property, 'og:type') or starts-with(@property, 'article:')"
    " or starts-with(@name, 'article:')] | //script[@type='application/ld+json']"
)
SUMMARY = "本报讯 记者从有关部门获悉，相关工作正在有序推进，更多详情请阅读全文。"


def as_listing(raw: bytes, links: list[tuple[str, str]], teasers: bool) -> Any:
    """The page's own template with its article replaced by a list of links (and summaries): a channel
    page of the same site, as a parsed tree. Article markup goes too; None for a page without prose."""
    tree = parse_html(decode_html(raw).text)
    region = content_region(tree)
    if region is None:
        return None
    for child in list(region):
        region.remove(child)
    region.text = None
    summary = f"<p>{SUMMARY}</p>" if teasers else ""
    items = "".join(
        f'<li><a href="{href}">{escape(text)}</a>{summary}<span>2026-11-{1 + n % 28:02d}</span></li>'
        for n, (href, text) in enumerate(links)
    )
    region.append(lxml_html.fragment_fromstring(f"<ul>{items}</ul>"))
    for element in tree.xpath(ARTICLE_MARKUP_XPATH):
        element.getparent().remove(element)
    return tree


class MappedSite:
    """Serves ``pages`` (path -> bytes) as text/html on 127.0.0.1; anything else is a 404."""

    def __init__(self, pages: dict[str, bytes]) -> None:
        self.pages = pages
        self.httpd = _Server(("127.0.0.1", 0), self._handler_class())

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> MappedSite:
        import threading

        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                body = pages.get(self.path.split("?")[0])
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html" if body is not None else "text/plain")
                body = body if body is not None else b"not found"
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def opaque_site(pages: list[RealPage]) -> Iterator[tuple[str, bytes]]:
    """``/index.html`` -> two channel pages (one of headlines, one of teasers) -> every page at ``/p/N.html``."""
    links = [(f"/p/{n}.html", title_of(page.raw)) for n, page in enumerate(pages)]
    half = len(links) // 2
    yield "/index.html", listing_html("首页", [("/s/1.html", "本地新闻频道"), ("/s/2.html", "国际新闻频道")], False)
    yield "/s/1.html", listing_html("本地新闻", links[:half], teasers=False)
    yield "/s/2.html", listing_html("国际新闻", links[half:], teasers=True)
    for (path, _), page in zip(links, pages, strict=True):
        yield path, page.raw
