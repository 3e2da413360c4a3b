"""The article's own topic words: name cores its clean sentences repeat (英伟达 in 英伟达官网)."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.cleaning.shapes import MASK_CHAR, fold_line
from newsclean.cleaning.tokens import segment


def topic_cores(lines: Iterable[str], min_occurrences: int) -> frozenset[str]:
    """Words the article's clean sentences repeat: its topic (英伟达, 黄仁勋), from jieba's segmentation.

    jieba knows the lexicon's brands and entities as whole words (see ``tokens``), so a
    brand core the article is *about* is one token, counted like any other word.
    """
    counts: dict[str, int] = {}
    for line in lines:
        for word in segment(fold_line(line).replace(MASK_CHAR, " ")):
            if len(word) >= 2:
                counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_occurrences)
