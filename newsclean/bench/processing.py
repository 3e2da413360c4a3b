"""Per-page processing speed, no network: each stage of the crawl's work beside plain trafilatura and lxml.

Every page goes through every measure in the same pass, so machine noise (other processes on a
shared machine) hits all of them alike. A stage is never run twice on one page close together:
``full`` reads page i while the single-stage measures read page i + n/2, from inputs an untimed
preparation pass made, so no per-line cache carries a page's work from one measure to the next.
The order of the measures rotates from page to page.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura

from newsclean.bench.datasets import Page
from newsclean.cleaning import CleaningConfig, clean_article
from newsclean.cleaning.tokens import load_segmenter, segment_with_keywords
from newsclean.extraction import extract
from newsclean.extraction.page import parse_html

PLACEHOLDER_URL = "http://localhost/page.html"  # pages of sets without a URL
# Measures in table order. Cleaning and tokens process text (MB of title + body), the rest HTML.
MEASURES = ("extraction", "cleaning", "tokens", "full", "trafilatura", "lxml floor")
TEXT_MEASURES = frozenset({"cleaning", "tokens"})


@dataclass(frozen=True)
class Prepared:
    """One page and what the crawl's stages hand each other for it."""

    html: str
    url: str
    title: str  # extracted
    body: str
    cleaned: str  # cleaned title + "\n" + body: what SegmentTokensPipeline reads

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.body}"


@dataclass
class Tally:
    pages: int = 0
    seconds: float = 0.0
    bytes: int = 0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.bytes / self.seconds / 1e6 if self.seconds else 0.0


@dataclass
class ProcessingResult:
    tallies: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in MEASURES})

    @property
    def full_over_trafilatura(self) -> float:
        traf = self.tallies["trafilatura"].pages_per_second
        return self.tallies["full"].pages_per_second / traf if traf else 0.0

    @property
    def cleaning_share(self) -> float:
        """Cleaning's time as a share of the full work's, page for page."""
        full = self.tallies["full"].seconds
        return self.tallies["cleaning"].seconds / full if full else 0.0


def tokens_of(text: str, config: CleaningConfig) -> tuple[list[str], list[str]]:
    """What SegmentTokensPipeline computes for an item's title and body (one jieba cut for both)."""
    return segment_with_keywords(text, config.keywords_top_k)


def warm_up(config: CleaningConfig) -> None:
    """Load what a crawl loads once per process, outside the timings: jieba's dictionary and its
    TF-IDF tables (3–10 s here, built on the first keywords call)."""
    load_segmenter()
    tokens_of("记者从市住建局获悉，全市供暖管网更新工程已完工。", config)


def full_work(html: str, url: str, config: CleaningConfig) -> str:
    """The crawl's work on one article page: parse once, extract, clean, segment; the cleaned text."""
    tree = parse_html(html)
    article = extract(html, url, config=config, tree=tree)
    cleaned = clean_article(article.title or "", article.body or "", config)
    text = f"{cleaned.title.text}\n{cleaned.body.text}"
    tokens_of(text, config)
    return text


def prepare(pages: Sequence[Page], config: CleaningConfig) -> list[Prepared]:
    """The untimed pass: each page's extracted and cleaned text, the single-stage measures' inputs."""
    prepared = []
    for page in pages:
        url = page.url or PLACEHOLDER_URL
        article = extract(page.html, url, config=config)
        title, body = article.title or "", article.body or ""
        cleaned = clean_article(title, body, config)
        prepared.append(Prepared(page.html, url, title, body, f"{cleaned.title.text}\n{cleaned.body.text}"))
    return prepared


def _measures(config: CleaningConfig) -> dict[str, Callable[[Prepared], Any]]:
    return {
        "extraction": lambda p: extract(p.html, p.url, config=config),
        "cleaning": lambda p: clean_article(p.title, p.body, config),
        "tokens": lambda p: tokens_of(p.cleaned, config),
        "full": lambda p: full_work(p.html, p.url, config),
        "trafilatura": lambda p: trafilatura.extract(p.html),
        "lxml floor": lambda p: lxml.html.document_fromstring(p.html).text_content(),
    }


def _size(name: str, page: Prepared) -> int:
    return len((page.text if name == "cleaning" else page.cleaned if name == "tokens" else page.html).encode())


def measure_processing(pages: Sequence[Page], config: CleaningConfig | None = None) -> ProcessingResult:
    """Time every measure on every page, interleaved (see the module docstring)."""
    config = config or CleaningConfig()
    warm_up(config)
    prepared = prepare(pages, config)
    measures, result = _measures(config), ProcessingResult()
    for measure in measures.values():
        measure(prepared[0])  # untimed: each library's first call (trafilatura's lazy set-up) is not a page's cost
    n = len(prepared)
    for i in range(n):
        names = list(MEASURES[i % len(MEASURES) :] + MEASURES[: i % len(MEASURES)])
        for name in names:
            # full (and the two references, which share no cache with us) on page i; our single stages on i + n/2
            page = prepared[i if name in ("full", "trafilatura", "lxml floor") else (i + n // 2) % n]
            started = time.perf_counter()
            measures[name](page)
            tally = result.tallies[name]
            tally.seconds += time.perf_counter() - started
            tally.pages += 1
            tally.bytes += _size(name, page)
    return result


def measure_full(documents: Sequence[tuple[str, str]], config: CleaningConfig | None = None) -> Tally:
    """The full per-page work on ``(html, url)`` documents: the local site's articles, the crawl's input."""
    config = config or CleaningConfig()
    warm_up(config)
    tally = Tally()
    for html, url in documents:
        started = time.perf_counter()
        full_work(html, url, config)
        tally.seconds += time.perf_counter() - started
        tally.pages += 1
        tally.bytes += len(html.encode())
    return tally
