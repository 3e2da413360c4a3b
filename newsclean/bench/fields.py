"""Every field of the article, scored against what a reader sees, beside plain trafilatura.

    python -m newsclean.bench.fields [--data ../shared/bench-data] [--golden tests/golden] [--sets gne-tests,zh-cwced]

Truth: ``tests/golden/gne-tests.jsonl`` (title, authors, site name, date, the body's first and last
lines, written by a separate author from the rendered pages) and zh-cwced's own body, author and
date truth. Per set and extractor it prints: title and site-name exact-match accuracy, author
precision (of the pages where a name is given, how many give a right one) and recall (of the pages
whose truth names someone, how many give a right one; a ``null`` where the truth names nobody is
right and costs nothing; as in zh-cwced's truth, the editor is the author of a page that credits
nobody else), date accuracy (same day), the share of bodies that start and end where the
article does, and the pages where the body keeps under half of what trafilatura finds.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from newsclean.bench.datasets import DEFAULT_DATA, Page, cwced_pages, gne_pages
from newsclean.bench.extraction import DAY_RE, same_day
from newsclean.bench.metrics import char_tokens, precision_recall, shingles
from newsclean.extraction import extract

DEFAULT_GOLDEN = Path(__file__).resolve().parents[2] / "tests" / "golden"
NAME_SPLIT_RE = re.compile(r"[\s,，、;；/|和]+")
SPACE_RE = re.compile(r"\s+")
# How much of a truth line's start (or end) must open (or close) the body: a paragraph a reader sees as
# one may be split in two by the extractor, so the whole line is not required, only its first words.
EDGE_CHARS = 20
# A body keeping under this share of what trafilatura finds has lost the article.
HALF = 0.5


@dataclass(frozen=True)
class Truth:
    page_id: str
    titles: tuple[str, ...] = ()  # accepted titles; empty: the set has no title truth
    authors: frozenset[str] | None = None  # None: the set has no author truth; empty: nobody is named
    editors: frozenset[str] = frozenset()  # the editor stands as author where nobody else is credited
    site_names: tuple[str, ...] = ()
    date: str | None = None
    body: str | None = None  # the whole body, when the set has it
    body_first: str = ""
    body_ends: tuple[str, ...] = ()  # the last paragraph, then the article's own credits after it


@dataclass(frozen=True)
class Fields:
    title: str
    author: str | None
    site_name: str
    date: str | None
    body: str


def squeeze(text: str | None) -> str:
    return SPACE_RE.sub("", text or "")


def _golden_truths(golden: Path) -> dict[str, Truth]:
    truths = {}
    for line in (golden / "gne-tests.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        page_id = item["path"].removesuffix(".html")
        truths[page_id] = Truth(
            page_id,
            titles=(item["title"], *item.get("title_also", [])),
            authors=frozenset(item.get("authors") or ()),
            editors=frozenset(item.get("editors") or ()),
            site_names=(item["site_name"], *item.get("site_name_also", [])),
            date=item.get("date"),
            body_first=item.get("body_first") or "",
            body_ends=(item.get("body_last") or "", *item.get("body_end_also", [])),
        )
    return truths


def gne_cases(data: Path, golden: Path) -> Iterator[tuple[Page, Truth]]:
    truths = _golden_truths(golden)
    for page in gne_pages(data):
        if page.id in truths:
            yield page, truths[page.id]


def cwced_cases(data: Path, golden: Path) -> Iterator[tuple[Page, Truth]]:
    for page in cwced_pages(data):
        lines = [line.strip() for line in (page.body or "").splitlines() if line.strip()]
        yield (
            page,
            Truth(
                page.id,
                authors=frozenset({page.author} if page.author else ()),
                date=page.date,
                body=page.body,
                body_first=lines[0] if lines else "",
                body_ends=(lines[-1],) if lines else (),
            ),
        )


SETS: dict[str, tuple[Callable[[Path, Path], Iterator[tuple[Page, Truth]]], str]] = {
    "gne-tests": (gne_cases, "gne-tests/tests"),
    "zh-cwced": (cwced_cases, "zh-cwced"),
}


def run_newsclean(page: Page) -> Fields:
    a = extract(page.html, page.url or "http://localhost/page.html")
    return Fields(a.title, a.author, a.site_name, a.published_at, a.body)


def run_trafilatura(page: Page) -> Fields:
    """trafilatura 2.x with its default settings, metadata on."""
    d = trafilatura.bare_extraction(page.html, url=page.url or None, with_metadata=True)
    if d is None:
        return Fields("", None, "", None, "")
    return Fields(d.title or "", d.author, d.sitename or "", d.date, d.text or "")


EXTRACTORS: dict[str, Callable[[Page], Fields]] = {"newsclean": run_newsclean, "trafilatura": run_trafilatura}


def author_names(value: str | None) -> set[str]:
    return {name for name in NAME_SPLIT_RE.split(value or "") if name}


# The article's own credits may close its body after the last paragraph (the cleaning relies on them):
# 责任编辑：…, （来源：…）, 原标题：…, 编辑 / 校对 / 审核 lines.
CREDIT_RE = re.compile(
    r"^[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯|来源|來源|文章来源|稿件来源|本文来源|原标题|原標題|作者|校对|审核|审校|"
    r"记者|通讯员|摄影|图片|图|文|撰稿|监制|统筹|出品|制作)\s*[:：/|｜]"
)
SENTENCE_END_RE = re.compile(r"[。！？!?…”」』）)]$")
HEADLINE_MAX_CHARS = 50


def _openings(truth: Truth) -> list[str]:
    """The line the body must open with; a truth that starts with the headline (zh-cwced's cleaned bodies
    sometimes do) may open with the line after it too."""
    lines = [line for line in (truth.body or "").splitlines() if line.strip()] or [truth.body_first]
    first = lines[0].strip()
    openings = [truth.body_first or first]
    if len(lines) > 1 and len(first) <= HEADLINE_MAX_CHARS and not SENTENCE_END_RE.search(first):
        openings.append(lines[1])
    return [squeeze(o)[:EDGE_CHARS] for o in openings if squeeze(o)]


def body_starts_right(body: str, truth: Truth) -> bool:
    squeezed = squeeze(body)
    return any(squeezed.startswith(opening) for opening in _openings(truth))


def body_ends_right(body: str, truth: Truth) -> bool:
    """The body ends with the truth's last paragraph, then nothing but the article's own credits (the truth's
    listed ones, or lines like 责任编辑：…), whether the extractor split them into lines or glued them on."""
    if not truth.body_ends or not squeeze(truth.body_ends[0]):
        return False
    last = squeeze(truth.body_ends[0])[-EDGE_CHARS:]
    credits = sorted({squeeze(c) for c in truth.body_ends[1:] if squeeze(c)}, key=len, reverse=True)
    lines = [squeeze(line) for line in body.splitlines() if squeeze(line)]
    while lines and CREDIT_RE.match(lines[-1]) and not lines[-1].endswith(last):
        lines.pop()  # a credit line of the article's own: 责任编辑：…
    text = "".join(lines)
    trimmed = True
    while trimmed and not text.endswith(last):
        trimmed = False
        for credit in credits:
            if text.endswith(credit):
                text, trimmed = text[: -len(credit)], True
                break
    return text.endswith(last)


def body_recall(body: str, truth: Truth) -> float:
    """Character-shingle recall of the body against the whole truth, or, without one, how much of the
    truth's first and last lines it holds (1.0 both, 0.5 one)."""
    if truth.body is not None:
        return precision_recall(shingles(char_tokens(truth.body)), shingles(char_tokens(body)))[1]
    squeezed = squeeze(body)
    edges = [squeeze(truth.body_first)[:EDGE_CHARS], *(squeeze(end)[-EDGE_CHARS:] for end in truth.body_ends[:1])]
    edges = [e for e in edges if e]
    return sum(e in squeezed for e in edges) / len(edges) if edges else 1.0


@dataclass
class Score:
    pages: int = 0
    title: list[bool] = field(default_factory=list)
    site: list[bool] = field(default_factory=list)
    author_given: list[bool] = field(default_factory=list)  # per page naming someone: was it right
    author_found: list[bool] = field(default_factory=list)  # per page whose truth names someone
    date: list[bool] = field(default_factory=list)
    start: list[bool] = field(default_factory=list)
    end: list[bool] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)  # field -> page ids, for reading

    def note(self, name: str, page_id: str, ok: bool) -> bool:
        if not ok:
            self.misses.setdefault(name, []).append(page_id)
        return ok


def score_page(score: Score, truth: Truth, got: Fields) -> None:
    score.pages += 1
    pid = truth.page_id
    if truth.titles:
        accepted = {squeeze(t) for t in truth.titles}
        score.title.append(score.note("title", pid, squeeze(got.title) in accepted))
    if truth.site_names:
        score.site.append(score.note("site", pid, squeeze(got.site_name) in {squeeze(s) for s in truth.site_names}))
    if truth.authors is not None:
        given = author_names(got.author)
        credited = truth.authors or truth.editors  # zh-cwced's convention: the editor when nobody else
        right = bool(given) and given <= {name for a in credited for name in author_names(a)}
        if given:
            score.author_given.append(score.note("author", pid, right))
        if truth.authors:
            score.author_found.append(score.note("author_missed", pid, right))
    if truth.date and DAY_RE.search(truth.date):  # some truths name a year or month only (1998-3)
        score.date.append(score.note("date", pid, same_day(truth.date, got.date)))
    if truth.body_first:
        score.start.append(score.note("body_start", pid, body_starts_right(got.body, truth)))
    if truth.body_ends:
        score.end.append(score.note("body_end", pid, body_ends_right(got.body, truth)))
    score.recalls.append(body_recall(got.body, truth))


def measure(cases: list[tuple[Page, Truth]], extractor: str) -> Score:
    run, score = EXTRACTORS[extractor], Score()
    for page, truth in cases:
        score_page(score, truth, run(page))
    return score


def under_half(ours: Score, theirs: Score, ids: list[str]) -> list[str]:
    """Pages where trafilatura finds the article (recall at least a half) and ours keeps under half of it."""
    pairs = zip(ids, ours.recalls, theirs.recalls, strict=True)
    return [pid for pid, mine, other in pairs if other >= HALF and mine < HALF * other]


def _ratio(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f}" if hits else "–"


HEADER = ["set", "extractor", "pages", "title", "site name", "author P", "author R", "date", "body start", "body end"]


def format_row(dataset: str, extractor: str, s: Score) -> str:
    cells = [s.title, s.site, s.author_given, s.author_found, s.date, s.start, s.end]
    return f"| {dataset} | {extractor} | {s.pages} | " + " | ".join(map(_ratio, cells)) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.bench.fields", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the bench-data sets")
    parser.add_argument("--golden", type=Path, default=DEFAULT_GOLDEN, help="folder holding gne-tests.jsonl")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sets to run")
    parser.add_argument("--misses", action="store_true", help="list the pages each field got wrong")
    args = parser.parse_args(argv)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    notes: list[str] = []
    for dataset in args.sets.split(","):
        loader, folder = SETS[dataset]
        if not (args.data / folder).is_dir():
            print(f"skipped {dataset}: {args.data / folder} is absent", file=sys.stderr)
            continue
        cases = list(loader(args.data, args.golden))
        scores = {name: measure(cases, name) for name in EXTRACTORS}
        lines += [format_row(dataset, name, score) for name, score in scores.items()]
        lost = under_half(scores["newsclean"], scores["trafilatura"], [t.page_id for _, t in cases])
        notes.append(f"{dataset}: pages where newsclean keeps under half of what trafilatura finds: {len(lost)}")
        if lost:
            notes.append("  " + ", ".join(lost))
        if args.misses:
            for name, ids in sorted(scores["newsclean"].misses.items()):
                notes.append(f"  {dataset} newsclean {name} wrong: {', '.join(ids)}")
    print("\n".join(lines))
    print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
