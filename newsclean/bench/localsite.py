"""A generated news site on 127.0.0.1 for the crawl benchmark: a home page, listing pages, article pages.

Nothing is written to disk: each page is made when it is asked for, from its number and a seeded
random generator, so the same site comes back byte for byte on every run. Every article is two
clicks from the home page (home → listing → article), inside the project's DEPTH_LIMIT; articles
link to related articles and carry a sidebar, as the bundled sample_site/ pages do. One article in
ten is in English; one in seven carries injected gambling spam (a body line and an off-site link farm).
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from newsclean.bench.sitetext import (
    CHANNELS,
    CITIES,
    CSS_CLASSES,
    EN_SENTENCES,
    FOOTER_LINES,
    FOOTER_LINKS,
    REPORTERS,
    SCRIPT,
    SITE_NAME,
    SPAM_ANCHORS,
    SPAM_BODY_LINES,
    ZH_SENTENCES,
)

ARTICLES_PER_LISTING = 50  # a channel page's list of headlines
RELATED_LINKS = 3  # 相关新闻 under each article
HOT_LINKS = 10  # 热点新闻 and 推荐阅读 in each article's sidebar, each
PICTURE_LINKS = 6  # 图片新闻: linked thumbnails in the sidebar
ENGLISH_EVERY = 10  # article n is in English when n % ENGLISH_EVERY == 0
SPAM_EVERY = 7  # article n carries injected spam when n % SPAM_EVERY == 3
SENTENCES = {False: (16, 40), True: (8, 16)}  # per article (Chinese, English), fewest and most; none twice
SENTENCES_PER_PARAGRAPH = (2, 3)
ARTICLE_ID_BASE = 100_000  # article URLs end in a 6-digit id, as CMS article URLs do
ROBOTS_TXT = b"User-agent: *\nDisallow:\n"


@dataclass(frozen=True)
class LocalSite:
    """``articles`` article pages and the listing pages that link them; ``seed`` fixes the text."""

    articles: int
    seed: int = 13

    @property
    def listings(self) -> int:
        return max(1, math.ceil(self.articles / ARTICLES_PER_LISTING))

    def article_path(self, n: int) -> str:
        month, day = (n // 28) % 12 + 1, n % 28 + 1
        section = "en" if n % ENGLISH_EVERY == 0 else "news"
        return f"/{section}/2026/{month:02d}/{day:02d}/{ARTICLE_ID_BASE + n}.html"

    def article_number(self, path: str) -> int | None:
        """The article a path names, or None."""
        parts = path.split("/")
        if len(parts) != 6 or parts[1] not in ("news", "en") or not parts[5].endswith(".html"):
            return None
        stem = parts[5].removesuffix(".html")
        n = int(stem) - ARTICLE_ID_BASE if stem.isdigit() else -1
        return n if 0 <= n < self.articles and self.article_path(n) == path else None

    def page(self, path: str) -> bytes | None:
        """The page at ``path`` (UTF-8 HTML), or None for a path the site does not have."""
        if path in ("/", "/index.html"):
            return self.home().encode()
        if path == "/about.html":
            return _document("关于我们", "<div class='about'><p>本报地址：江南路1号。</p></div>").encode()
        if path.startswith("/list/") and path.endswith(".html"):
            stem = path.removeprefix("/list/").removesuffix(".html")
            k = int(stem) if stem.isdigit() else 0
            return self.listing(k).encode() if 1 <= k <= self.listings else None
        n = self.article_number(path)
        return None if n is None else self.article(n).encode()

    def home(self) -> str:
        links = "".join(
            f'<li><a href="/list/{k}.html">{self.channel(k)[1]} 第{k}页</a></li>' for k in self._listing_ks()
        )
        return _document(f"{SITE_NAME}首页", f"{self.menu()}<ul class='channels'>{links}</ul>")

    def listing(self, k: int) -> str:
        first = (k - 1) * ARTICLES_PER_LISTING
        items = "".join(
            self._link(n, f'<span class="date">{self.date(n)}</span>')
            for n in range(first, min(first + ARTICLES_PER_LISTING, self.articles))
        )
        pager = " ".join(f'<a href="/list/{j}.html">{j}</a>' for j in (k - 1, k + 1) if 1 <= j <= self.listings)
        return _document(f"{self.channel(k)[1]}_{SITE_NAME}", f"{self.menu()}<ul class='list'>{items}</ul>{pager}")

    def article(self, n: int) -> str:
        rng = random.Random(self.seed * 1_000_003 + n)
        english = n % ENGLISH_EVERY == 0
        paragraphs = self._paragraphs(rng, english)
        spam = n % SPAM_EVERY == 3
        if spam:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(SPAM_BODY_LINES))
        title = escape(self.title(n))
        byline = f"Staff reporter {n % 17}" if english else f"记者 {REPORTERS[n % len(REPORTERS)]}"
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        related = "".join(self._link(rng.randrange(self.articles)) for _ in range(RELATED_LINKS))
        hot, more = ("".join(self._link(rng.randrange(self.articles)) for _ in range(HOT_LINKS)) for _ in "ab")
        pictures = "".join(
            f'<a href="{self.article_path(j)}"><img src="/uploads/{j}.jpg" alt="">{escape(self.title(j))}</a>'
            for j in (rng.randrange(self.articles) for _ in range(PICTURE_LINKS))
        )
        main = (
            f"<div class='article'><h1>{title}</h1><div class='art-info'><span class='time'>{self.date(n)}</span>"
            f"<span class='source'>来源：{SITE_NAME}</span><span class='author'>{byline}</span></div>"
            f"<div class='content' id='news_content'>{body}</div>"
            f"<div class='art-related'><h4>相关新闻</h4><ul>{related}</ul></div></div>"
            f"<div class='side-bar'><div class='hot-news'><h3>热点新闻</h3><ul>{hot}</ul></div>"
            f"<div class='hot-pic'><h3>图片新闻</h3>{pictures}</div>"
            f"<div class='recommend'><h3>推荐阅读</h3><ul>{more}</ul></div>{_link_farm(n) if spam else ''}</div>"
        )
        meta = f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
        return _document(f"{title}_{SITE_NAME}", f"{self.menu()}{main}", meta, "en" if english else "zh-CN")

    def title(self, n: int) -> str:
        rng = random.Random(self.seed * 7_919 + n)
        if n % ENGLISH_EVERY == 0:
            return _fill(rng.choice(EN_SENTENCES), rng).split(",")[0].rstrip(".")
        clause = _fill(rng.choice(ZH_SENTENCES), rng).split("，")[-1].rstrip("。")
        return f"{CITIES[n % len(CITIES)]}：{clause}"[:40]

    def date(self, n: int) -> str:
        return f"2026-{(n // 28) % 12 + 1:02d}-{n % 28 + 1:02d} {n % 24:02d}:{n % 60:02d}"

    def channel(self, k: int) -> tuple[str, str]:
        return CHANNELS[(k - 1) % len(CHANNELS)]

    def menu(self) -> str:
        """The top bar: channels, then a local channel per city and channel (listing pages, cycled)."""
        names = [name for _, name in CHANNELS] + [city + name for city in CITIES for _, name in CHANNELS[:3]]
        links = "".join(
            f'<li><a href="/list/{i % self.listings + 1}.html">{name}</a></li>' for i, name in enumerate(names)
        )
        return f"<div class='top'><a class='logo' href='/'>{SITE_NAME}</a><ul class='menu'>{links}</ul></div>"

    def _listing_ks(self) -> list[int]:
        return list(range(1, self.listings + 1))

    def _link(self, n: int, after: str = "") -> str:
        return f'<li><a href="{self.article_path(n)}">{escape(self.title(n))}</a>{after}</li>'

    def _paragraphs(self, rng: random.Random, english: bool) -> list[str]:
        pool = EN_SENTENCES if english else ZH_SENTENCES
        sentences = [_fill(s, rng) for s in rng.sample(pool, rng.randint(*SENTENCES[english]))]
        paragraphs = []
        while sentences:
            size = rng.randint(*SENTENCES_PER_PARAGRAPH)
            paragraphs.append((" " if english else "").join(sentences[:size]))
            sentences = sentences[size:]
        return paragraphs


def _fill(sentence: str, rng: random.Random) -> str:
    return sentence.format(
        city=rng.choice(CITIES), n=rng.randint(3, 980), m=rng.randint(2, 96), p=rng.randint(2, 12), q=rng.randint(2, 9)
    )


def _link_farm(n: int) -> str:
    anchors = "".join(
        f'<a href="http://www{i}.casino{n % 5}.invalid/">{escape(a)}</a> ' for i, a in enumerate(SPAM_ANCHORS)
    )
    return f"<div class='links'><h3>友情链接</h3>{anchors}</div>"


STYLE = "".join(
    f".{c}{{margin:0 auto;padding:{i}px 0;font-size:{12 + i % 6}px;line-height:1.8}}" for i, c in enumerate(CSS_CLASSES)
)
FOOTER = (
    "<div class='bottom'><p>"
    + " | ".join(f"<a href='/about.html#s{i}'>{name}</a>" for i, name in enumerate(FOOTER_LINKS))
    + "</p>"
    + "".join(f"<p>{line}</p>" for line in FOOTER_LINES)
    + "</div>"
)


def _document(title: str, body: str, head: str = "", lang: str = "zh-CN") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f'<link rel="stylesheet" href="/static/main.css"><style>{STYLE}</style><script>{SCRIPT}</script></head>'
        f"<body>{body}{FOOTER}<script>{SCRIPT}</script></body></html>"
    )


def send_body(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
    """Answer one request: status, headers with the body's length, and the body unless it is a HEAD."""
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def quiet_handler(respond: Callable[[BaseHTTPRequestHandler], None]) -> type[BaseHTTPRequestHandler]:
    """An HTTP/1.1 request handler answering GET and HEAD with ``respond``, logging nothing (one line per
    request would drown a benchmark's table and a test's output; the local servers count what they serve)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            respond(self)

        do_HEAD = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class _BenchHTTPServer(ThreadingHTTPServer):
    # http.server's backlog of 5 drops connections under Scrapy's concurrency (FIELD-NOTES).
    request_queue_size = 256
    daemon_threads = True


class LocalSiteServer:
    """Serve a ``LocalSite`` on 127.0.0.1 (a free port) from a thread; counts the article pages served."""

    def __init__(self, site: LocalSite) -> None:
        self.site = site
        self.served_articles = 0
        self.lock = threading.Lock()
        self.httpd = _BenchHTTPServer(("127.0.0.1", 0), quiet_handler(self.respond))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> LocalSiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def reset_count(self) -> None:
        with self.lock:
            self.served_articles = 0

    def respond(self, handler: BaseHTTPRequestHandler) -> None:
        path = urlsplit(handler.path).path
        if path == "/robots.txt":
            status, body, kind = 200, ROBOTS_TXT, "text/plain"
        else:
            page = self.site.page(path)
            status, body, kind = (404, b"not found", "text/plain") if page is None else (200, page, "text/html")
        if status == 200 and self.site.article_number(path) is not None:
            with self.lock:
                self.served_articles += 1
        send_body(handler, status, body, {"Content-Type": f"{kind}; charset=utf-8"})
