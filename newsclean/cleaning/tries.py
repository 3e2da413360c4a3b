"""Many literal words found in one pass: the lexicon matchers, on an Aho–Corasick automaton.

pyahocorasick finds every occurrence of every word in one C pass over the text. Around it, this
module adds what the lexicon needs and the automaton alone does not give, with the semantics a
longest-first regex alternation has: at each position the longest word that fits wins, matches
do not overlap, and a word with a Latin letter or digit at an edge matches only at a Latin word
boundary (``ag`` is a brand, not the ``ag`` in ``again``). A trie regex did the same before and
was most of the cleaning time: Python's ``re`` walks it at every position of every line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick


def _is_latin_edge(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_latin_word_char(ch: str) -> bool:
    """The characters a Latin-edged word may not touch: ``[a-z0-9]``, as matched on folded text."""
    return "a" <= ch <= "z" or "0" <= ch <= "9"


@dataclass(frozen=True)
class WordMatch:
    """One word found: the parts of ``re.Match`` the cleaning rules use."""

    text: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


class WordMatcher:
    """Find any of a fixed set of words (longest first, no overlaps, Latin-edged words at word boundaries)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in sorted(set(words)):
            # (length, needs a boundary before, needs one after), stored with the word.
            self.automaton.add_word(word, (word, _is_latin_edge(word[0]), _is_latin_edge(word[-1])))
        self.automaton.make_automaton()
        # The last text looked at: the span rules ask about one line at many positions in a row.
        self._last_text: str | None = None
        self._last_best: dict[int, int] = {}

    def longest_at(self, text: str) -> dict[int, int]:
        """Start -> end of the longest fitting word starting there, for every start that has one."""
        if text == self._last_text:
            return self._last_best
        best: dict[int, int] = {}
        for start, end, _, _ in _fitting(self.automaton, text):
            if end > best.get(start, -1):
                best[start] = end
        self._last_text, self._last_best = text, best
        return best

    def finditer(self, text: str) -> Iterator[WordMatch]:
        for start, end in _leftmost_longest(self.longest_at(text)):
            yield WordMatch(text[start:end], start, end)

    def match(self, text: str, position: int) -> WordMatch | None:
        """The longest fitting word starting exactly at ``position`` (``re.Pattern.match`` with a pos)."""
        end = self.longest_at(text).get(position)
        return WordMatch(text[position:end], position, end) if end is not None else None

    def findall(self, text: str) -> list[str]:
        return [match.text for match in self.finditer(text)]

    def search(self, text: str) -> WordMatch | None:
        return next(self.finditer(text), None)

    def sub(self, replace: Callable[[WordMatch], str], text: str) -> str:
        parts: list[str] = []
        cursor = 0
        for match in self.finditer(text):
            parts.append(text[cursor : match.begin])
            parts.append(replace(match))
            cursor = match.finish
        parts.append(text[cursor:])
        return "".join(parts)


class WordSets:
    """Several word lists found in one automaton pass: what ``WordMatcher.findall`` gives for each list.

    A line's brands, gambling terms, calls to action and reporting words were four passes, each
    with its own Python loop over the matches; one pass tags each match with the lists it is in.
    Each list keeps its own semantics (longest first, no overlaps within the list).
    """

    def __init__(self, lists: dict[str, Iterable[str]]) -> None:
        self.names = tuple(lists)
        members: dict[str, set[str]] = {}
        for name, words in lists.items():
            for word in words:
                if word:
                    members.setdefault(word, set()).add(name)
        self.automaton = ahocorasick.Automaton()
        for word, names in sorted(members.items()):
            self.automaton.add_word(
                word, (word, tuple(sorted(names)), _is_latin_edge(word[0]), _is_latin_edge(word[-1]))
            )
        if members:
            self.automaton.make_automaton()
        self.empty = not members

    def findall_each(self, text: str) -> dict[str, list[str]]:
        """Each list's words found in ``text``; an English word also in its plural (online casinos), as itself."""
        best: dict[str, dict[int, int]] = {name: {} for name in self.names}
        plurals: set[tuple[int, int]] = set()
        exact: set[tuple[int, int]] = set()  # a word written with its "s" (slots) is itself, not slot + s
        if not self.empty:
            for start, end, names, plural in _fitting(self.automaton, text, plural=True):
                (plurals if plural else exact).add((start, end))
                for name in names:
                    starts = best[name]
                    if end > starts.get(start, -1):
                        starts[start] = end
        return {
            name: [
                text[a : b - 1] if (a, b) in plurals and (a, b) not in exact else text[a:b]
                for a, b in _leftmost_longest(starts)
            ]
            for name, starts in best.items()
        }


# English lexicon entries are written in the singular (online casino, bonus bet, sweepstakes casino);
# pages write them in the plural as often (online casinos, bonus bets). A word of at least
# PLURAL_MIN_CHARS ending in a Latin letter also matches with one "s" after it, as the word itself.
PLURAL_MARK = "s"
PLURAL_MIN_CHARS = 4


def _fitting(automaton: ahocorasick.Automaton, text: str, plural: bool = False) -> Iterator[tuple[int, int, Any, bool]]:
    """(start, end, payload) of every word found in ``text`` whose Latin edges sit at word boundaries.

    Each automaton value is (word, payload…, needs a boundary before, needs one after). With
    ``plural``, a Latin word followed by a plural "s" and a boundary is also found, with the "s" in
    its span and True as the last item.
    """
    size = len(text)
    for last, value in automaton.iter(text):
        word, left, right = value[0], value[-2], value[-1]
        end = last + 1
        start = end - len(word)
        if left and start > 0 and _is_latin_word_char(text[start - 1]):
            continue
        found_plural = False
        if right and end < size and _is_latin_word_char(text[end]):
            if not (plural and _takes_plural(word, text, end)):
                continue
            end, found_plural = end + 1, True
        yield start, end, value[1] if len(value) == 4 else None, found_plural


def _takes_plural(word: str, text: str, end: int) -> bool:
    """``word`` is followed by a plural "s" that ends the word: casino|s, bonus bet|s (not casino|so)."""
    return (
        text[end] == PLURAL_MARK
        and len(word) >= PLURAL_MIN_CHARS
        and "a" <= word[-1] <= "z"
        and (end + 1 == len(text) or not _is_latin_word_char(text[end + 1]))
    )


def _leftmost_longest(best: dict[int, int]) -> list[tuple[int, int]]:
    """Non-overlapping matches from the longest word at each start, taken left to right (a regex's findall)."""
    spans, cursor = [], 0
    for start in sorted(best):
        if start >= cursor:
            cursor = best[start]
            spans.append((start, cursor))
    return spans


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, longest first, as a trie (体育(?:网址|投注)? for 体育网址|…).

    For the few lexicon lists that sit inside a larger regex (the brand shape: a stem, then one to
    three suffixes): Python's ``re`` tries a plain alternation's branches one by one at every
    position, a trie one branch per character. At each position it takes the longest word that
    matches, as a longest-first alternation does.
    """
    trie: dict = {}
    for word in {w for w in words if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_source(trie)


def _node_source(node: dict) -> str:
    branches = [re.escape(ch) + _node_source(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append("")  # the word may end here, after every longer way on has been tried
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def alternation(words: Iterable[str]) -> WordMatcher | None:
    """Match any of ``words`` (longest first; Latin-edged words at word boundaries only), or None if none."""
    unique = {w for w in words if w}
    return WordMatcher(unique) if unique else None
