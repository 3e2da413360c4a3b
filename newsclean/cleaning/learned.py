"""The learned second opinion (``learned_line``): a character n-gram model, asked only where structure points.

The hand-written rules need a brand, a term or a call to action from the lexicon; spam written in
words the lexicon lacks (a tip seller's slang, a new brand with an ordinary word) escapes them. The
model (``model.py``) has seen the characters of such lines, but it has also seen that a news
sentence about 澳门博彩 reads much like spam, so it is never trusted alone: it is asked only about
lines that no rule removed and that the page's structure already singles out.
"""

from __future__ import annotations

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals
from newsclean.cleaning.lines import PageContext
from newsclean.cleaning.model import line_spam_probability
from newsclean.cleaning.registry import register
from newsclean.cleaning.trailers import TRAILER_LABEL_RE

RULE = "learned_line"


def is_learned_spam_line(
    s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig, beside_spam: bool = False
) -> bool:
    """A line the model scores as spam above a strict threshold, where the structure agrees.

    Catches spam lines in words the lexicon does not hold (a tip seller's list, an unknown brand's
    pitch) once they stand where spam stands. Safe because the model is asked only about a line
    that is no sentence, or that sits after the article's end (copyright, 责任编辑) or right beside a
    line another rule removed; never about a reporting line, a page framed as reporting, a keyword
    trailer, a separator, a credit or a sliver of a few characters. A sentence of article prose
    inside the article, with clean lines around it, is never asked about, whatever it says.
    """
    if (
        s.reporting
        or s.is_separator
        or s.is_end_marker
        or s.is_closing_credit
        or s.chars < config.learned_line_min_chars
    ):
        return False
    inside = index <= ctx.end_index
    if inside and ctx.reporting_lines >= config.reporting_frame_min_lines:
        return False  # a report on gambling names platforms and quotes their ads on purpose
    if s.is_sentence and inside and not beside_spam:
        return False  # article prose: the model never cuts a sentence on its own
    if TRAILER_LABEL_RE.match(s.text):
        # A labelled keyword or neighbour-link line (本文关键词：, 标签：, 上一篇：) holds the site's own items
        # beside any gambling ones: it is judged item by item (keyword_trailer_item), never whole.
        return False
    return line_spam_probability(s.text) >= config.learned_line_min_probability


def learned_spans(
    text: str,
    signals: list[LineSignals],
    verdicts: list[str | None],
    edits: list[tuple[int, int, str]],
    ctx: PageContext,
    config: CleaningConfig,
) -> list[tuple[int, int, str]]:
    """Whole-line removals for the lines no rule touched (no verdict, no span edit) that
    ``is_learned_spam_line`` takes.

    A line a span rule edited (a brand wrapper around a headline, a keyword trailer's brands) is the
    rules' business: they keep its clean words, the model would cut them. The verdicts are left as
    the rules made them, so the page-level drop and "beside spam" read the rules alone, and one
    model verdict never makes its neighbour eligible: the model does not chain its way up a page.
    """
    edited = {i for i, s in enumerate(signals) for a, _, _ in edits if s.start <= a <= s.end}
    removed = [bool(v) for v in verdicts]
    spans: list[tuple[int, int, str]] = []
    for i, s in enumerate(signals):
        if removed[i] or i in edited:
            continue
        beside = (i > 0 and removed[i - 1]) or (i + 1 < len(signals) and removed[i + 1])
        if is_learned_spam_line(s, ctx, i, config, beside):
            end = s.end + 1 if text[s.end : s.end + 1] == "\n" else s.end  # the newline goes with its line
            spans.append((s.start, end, RULE))
    return spans


register(
    RULE,
    "block",
    "spam",
    "a line a character n-gram model scores as spam (strict threshold), only where structure agrees: "
    "no sentence, after the article's end, or beside removed spam",
    is_learned_spam_line,
    learned_spans,
)
