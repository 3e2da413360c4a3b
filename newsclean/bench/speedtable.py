"""The speed benchmark's one table: processing, crawl and memory rows, each target with its verdict."""

from __future__ import annotations

from newsclean.bench.processing import MEASURES, TEXT_MEASURES, ProcessingResult, Tally
from newsclean.bench.sitecrawls import CrawlRun

# Targets of issue 13, on this machine.
FULL_OVER_TRAFILATURA_TARGET = 1.0
CLEANING_SHARE_TARGET = 0.25
CRAWL_TARGET_SHARE = 0.8  # news (default pool) >= 0.8 x min(bare, per-page rate x workers)
RSS_TARGET_MB = 400
RSS_PROGRESS = (0.1, 0.5, 1.0)  # shares of the site's articles served at which memory is shown
HEADER = ("part", "what", "pages", "seconds", "pages/s", "MB/s", "ratio", "RSS MB", "note")
NOTES = {
    "extraction": "newsclean.extraction.extract; MB of HTML",
    "cleaning": "clean_article on the extracted title and body; MB of text",
    "tokens": "segment_with_keywords: tokens and keywords from one cut (SegmentTokensPipeline); MB of cleaned text",
    "full": "parse once, extract, clean_article, tokens: the crawl's per-page work",
    "trafilatura": "trafilatura.extract(html)",
    "lxml floor": "lxml.html parse + text_content",
}


def row(
    part: str,
    what: str,
    pages: int | None = None,
    seconds: float | None = None,
    *,
    rate: float | None = None,
    mbs: str | None = None,
    ratio: str | None = None,
    rss: int | None = None,
    note: str | None = None,
) -> str:
    """One table line; ``rss`` in bytes, shown in MiB."""
    values = (
        part,
        what,
        pages,
        None if seconds is None else f"{seconds:.1f}",
        None if rate is None else f"{rate:.1f}",
        mbs,
        ratio,
        None if rss is None else f"{rss / 2**20:.0f}",
        note,
    )
    return "| " + " | ".join("" if v is None else str(v) for v in values) + " |"


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def format_table(machine: str, rows: list[str]) -> str:
    """The machine line, then the table."""
    head = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    return "\n".join([machine, *head, *rows])


def processing_rows(result: ProcessingResult, site: Tally | None) -> list[str]:
    traf = result.tallies["trafilatura"].pages_per_second
    rows = []
    for name in MEASURES:
        t = result.tallies[name]
        mbs = f"{t.mb_per_second:.2f} ({'text' if name in TEXT_MEASURES else 'html'})"
        ratio = f"{t.pages_per_second / traf:.2f}× traf" if traf else None
        rows.append(row("processing", name, t.pages, t.seconds, rate=t.pages_per_second, mbs=mbs, ratio=ratio,
                        note=NOTES[name]))  # fmt: skip
    ratio, share = result.full_over_trafilatura, result.cleaning_share
    target = f"target ≥ {FULL_OVER_TRAFILATURA_TARGET:.1f}: {verdict(ratio >= FULL_OVER_TRAFILATURA_TARGET)}"
    rows.append(row("processing", "full / trafilatura", ratio=f"{ratio:.2f}", note=target))
    target = f"target < {CLEANING_SHARE_TARGET:.0%}: {verdict(share < CLEANING_SHARE_TARGET)}"
    rows.append(row("processing", "cleaning share of full", ratio=f"{share:.0%}", note=target))
    if site is not None:
        rows.append(row("processing", "full, local-site articles", site.pages, site.seconds,
                        rate=site.pages_per_second, mbs=f"{site.mb_per_second:.2f} (html)",
                        note="the crawl target's per-page rate: the pages the crawls read"))  # fmt: skip
    return rows


def crawl_rows(runs: list[CrawlRun], per_page: float, workers: int) -> list[str]:
    """A row per crawl, as a ratio to the bare spider (the first run), then the crawl target."""
    bare = runs[0].pages_per_second
    rows = []
    for run in runs:
        ok = run.returncode == 0 and run.pages > 0
        note = f"{run.items} items" if ok else f"FAILED (exit {run.returncode}, {run.pages} pages)"
        ratio = f"{run.pages_per_second / bare:.3f}× bare" if bare else None
        rows.append(row("crawl", run.label, run.pages, run.seconds, rate=run.pages_per_second, ratio=ratio,
                        rss=run.peak_rss, note=note))  # fmt: skip
    default = next((r for r in runs if r.label.startswith("news default")), None)
    if default is not None:
        goal = CRAWL_TARGET_SHARE * min(bare, per_page * workers)
        rate = default.pages_per_second
        note = (
            f"news default ≥ {CRAWL_TARGET_SHARE} × min(bare {bare:.1f}, full {per_page:.2f} × {workers} workers)"
            f" = {goal:.1f} pages/s: {verdict(rate >= goal)}"
        )
        rows.append(row("crawl", "target", rate=rate, note=note))
    return rows


def memory_rows(run: CrawlRun, articles: int) -> list[str]:
    """Peak RSS, then RSS as the crawl passes 10%, 50% and 100% of the site's articles, then at closing."""
    note = f"target < {RSS_TARGET_MB} MB: {verdict(run.peak_rss < RSS_TARGET_MB * 2**20)}; {_pss(run.peak_pss)}"
    rows = [row("memory", f"peak, {run.label}", run.pages, run.seconds, rss=run.peak_rss, note=note)]
    for share in RSS_PROGRESS:
        sample = run.rss_at(share, articles)
        if sample is not None:
            note = f"{_pss(sample.pss)}; {sample.seconds:.1f} s after the process started"
            rows.append(row("memory", f"at {share:.0%} of the articles served", sample.articles_served,
                            rss=sample.rss, note=note))  # fmt: skip
    if run.samples:
        last = run.samples[-1]
        note = f"{_pss(last.pss)}; feeds closed, stats dumped"
        rows.append(row("memory", "last sample (closing)", last.articles_served, rss=last.rss, note=note))
    return rows


def _pss(value: int | None) -> str:
    return "PSS unknown" if value is None else f"PSS {value / 2**20:.0f} MB"
