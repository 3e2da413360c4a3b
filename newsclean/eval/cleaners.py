"""The cleaners the scorer compares: newsclean itself and a naive keyword-regex baseline.

A cleaner takes a case and returns an ``Outcome``: for text, which characters of
the input survive; for HTML, the text that comes out of the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from newsclean.cleaning import CleaningConfig, clean_text, remove_spam, remove_template_tags, remove_title_spam
from newsclean.cleaning.lexicon import load_lexicon
from newsclean.cleaning.types import surviving
from newsclean.eval.corpus import Case
from newsclean.extraction import extract


@dataclass
class Outcome:
    kept: list[bool] | None = None  # text cases: does input character i survive?
    title_kept: list[bool] | None = None
    output: str = ""  # html cases: the cleaned article text
    is_spam: bool = False
    rules: Counter[str] = field(default_factory=Counter)


def _trace(text: str, config: CleaningConfig, rules: Counter[str], title: bool = False) -> tuple[list[bool], bool]:
    """Run the text stages as clean_text does and map survivors back to the input.

    The normalise stage only deletes whitespace and invisible characters, which
    scoring ignores, so it is left out here.
    """
    tags = remove_template_tags(text, keep_quoted_code=config.keep_quoted_code)
    spam = remove_title_spam(tags.text, config) if title else remove_spam(tags.text, config)
    rules.update(r.rule for r in (*tags.removals, *spam.removals))
    alive = set(surviving(surviving(list(range(len(text))), tags.removals), spam.removals))
    return [i in alive for i in range(len(text))], spam.is_spam


def newsclean_cleaner(case: Case, config: CleaningConfig | None = None) -> Outcome:
    config = config or CleaningConfig()
    outcome = Outcome()
    if case.kind == "html":
        article = extract(case.text, "http://127.0.0.1/case.html")
        result = clean_text(article.body, config)
        title = remove_title_spam(remove_template_tags(article.title).text, config)
        outcome.rules.update(r.rule for r in (*article.removed, *result.removed, *title.removals) if r.text.strip())
        outcome.output = f"{title.text}\n{result.text}"
        outcome.is_spam = result.is_spam or title.is_spam
        return outcome
    outcome.kept, outcome.is_spam = _trace(case.text, config, outcome.rules)
    if case.title:
        outcome.title_kept, title_spam = _trace(case.title_text, config, outcome.rules, title=True)
        outcome.is_spam = outcome.is_spam or title_spam
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
