"""The cleaners the scorer compares: newsclean itself and a naive keyword-regex baseline.

A cleaner takes a case and returns an ``Outcome``: for text, which characters of
the input survive; for HTML, the text that comes out of the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from newsclean.cleaning import CleaningConfig, Removal, clean_article
from newsclean.cleaning.lexicon import load_lexicon
from newsclean.eval.corpus import Case
from newsclean.extraction import extract


@dataclass
class Outcome:
    kept: list[bool] | None = None  # text cases: does input character i survive?
    title_kept: list[bool] | None = None
    output: str = ""  # html cases: the cleaned article text
    is_spam: bool = False
    rules: Counter[str] = field(default_factory=Counter)


def _kept(text: str, removed: tuple[Removal, ...]) -> list[bool]:
    """Which characters of ``text`` survive: every removal's offsets refer to the text as given."""
    kept = [True] * len(text)
    for removal in removed:
        if removal.start >= 0:
            kept[removal.start : removal.end] = [False] * (removal.end - removal.start)
    return kept


def newsclean_cleaner(case: Case, config: CleaningConfig | None = None) -> Outcome:
    """The product itself: ``clean_article`` on the case's title and text (an HTML case is extracted first)."""
    outcome = Outcome()
    if case.kind == "html":
        page = extract(case.text, "http://127.0.0.1/case.html")
        article = clean_article(page.title, page.body, config)
        removed = (*page.removed, *article.title.removed, *article.body.removed)
        outcome.rules.update(r.rule for r in removed if r.text.strip())
        outcome.output = f"{article.title.text}\n{article.body.text}"
        outcome.is_spam = article.is_spam
        return outcome
    article = clean_article(case.title_text, case.text, config)
    outcome.rules.update(r.rule for r in (*article.title.removed, *article.body.removed) if r.text.strip())
    outcome.kept, outcome.is_spam = _kept(case.text, article.body.removed), article.is_spam
    if case.title:
        outcome.title_kept = _kept(case.title_text, article.title.removed)
    return outcome


@cache
def _naive_re() -> re.Pattern[str]:
    lexicon = load_lexicon()
    words = sorted({*lexicon.brands, *(t for t, w in lexicon.terms.items() if w.weight >= 2)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


NAIVE_TAG_RE = re.compile(r"\{[^{}\n]{0,120}\}+|<\?.{0,200}?\?>|<%.{0,200}?%>|\[!?-{0,2}[^\[\]\n]{1,40}\]")


def _naive_mask(text: str, rules: Counter[str]) -> list[bool]:
    kept = [True] * len(text)
    for match in NAIVE_TAG_RE.finditer(text):
        kept[match.start() : match.end()] = [False] * (match.end() - match.start())
        rules["naive_tag"] += 1
    for line in re.finditer(r"[^\n]+", text):
        if _naive_re().search(line.group()):
            kept[line.start() : line.end()] = [False] * (line.end() - line.start())
            rules["naive_keyword_line"] += 1
    return kept


def naive_cleaner(case: Case, config: CleaningConfig | None = None) -> Outcome:
    """The baseline: drop every line with a gambling keyword, and anything in braces."""
    outcome = Outcome()
    if case.kind == "html":
        text = extract(case.text, "http://127.0.0.1/case.html").body
        mask = _naive_mask(text, outcome.rules)
        outcome.output = "".join(ch for ch, keep in zip(text, mask, strict=True) if keep)
        return outcome
    outcome.kept = _naive_mask(case.text, outcome.rules)
    if case.title:
        outcome.title_kept = _naive_mask(case.title_text, outcome.rules)
    return outcome
