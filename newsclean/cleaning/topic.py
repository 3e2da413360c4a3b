"""The article's own topic words: name cores its clean sentences repeat (英伟达 in 英伟达官网)."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.cleaning.shapes import MASK_CHAR, fold_line
from newsclean.cleaning.tokens import segment

# A topic word is a word of two characters or more: one character is grammar, not a subject.
MIN_WORD_CHARS = 2


class Topic:
    """Words the article's clean sentences repeat: its topic (英伟达, 黄仁勋), from jieba's segmentation.

    jieba knows the lexicon's brands and entities as whole words (see ``tokens``), so a brand
    core the article is *about* is one token, counted like any other word.

    The rules only ever ask whether one candidate word is a topic word (``word in topic``): the
    stem of a brand-shaped name. So nothing is segmented until they ask, and then only the
    clean lines that hold the word: most pages ask about no word at all, and jieba was a third
    of the spam stage when every clean line was segmented up front. The answer is the same as
    counting over all lines, since each line is segmented on its own either way.
    """

    def __init__(self, lines: Iterable[str], min_occurrences: int) -> None:
        self.lines = [fold_line(line).replace(MASK_CHAR, " ") for line in lines]
        self.min_occurrences = min_occurrences
        self._runs: dict[str, list[str]] = {}  # a run jieba segments on its own -> its tokens
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) < MIN_WORD_CHARS:
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._count(word) >= self.min_occurrences
        return known

    def _count(self, word: str) -> int:
        """Token occurrences of ``word``, counted only as far as the answer needs (``min_occurrences``).

        jieba cuts a text into runs of Han letters and digits (its ``re_han_default``) and segments
        each run on its own; a word of two characters or more can only be a token of a run holding
        it. So only those runs are segmented, not the whole line: the same tokens, a clause's work.
        """
        import jieba  # the module only (its dictionary loads with the first ``segment``)

        holding = [line for line in self.lines if word in line]
        # A token is a substring: fewer substrings than needed, and no segmentation can make up for it.
        if sum(line.count(word) for line in holding) < self.min_occurrences:
            return 0
        count = 0
        for line in holding:
            for run in jieba.re_han_default.findall(line):
                if word in run:
                    if run not in self._runs:
                        self._runs[run] = segment(run)
                    count += self._runs[run].count(word)
                    if count >= self.min_occurrences:
                        return count
        return count


def topic_cores(lines: Iterable[str], min_occurrences: int) -> Topic:
    """The topic of an article whose clean sentences are ``lines`` (see ``Topic``)."""
    return Topic(lines, min_occurrences)
