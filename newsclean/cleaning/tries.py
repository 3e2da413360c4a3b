"""A regex for many literal words, compiled as a trie (the lexicon matchers).

Python's ``re`` tries a plain alternation's branches one by one at every position; a trie tries one
branch per character. Written by hand because the lexicon needs regex features around the words
(Latin word boundaries, masking) that an Aho-Corasick automaton alone does not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _is_latin_edge(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, as a trie: 体育(?:网址|投注)? instead of 体育网址|体育投注|体育.

    Python's ``re`` tries a plain alternation's branches one by one at every position, which
    made the lexicon matchers most of the cleaning time on long texts; a trie tries one branch
    per character. Longer words are tried first, as in a longest-first alternation; a word
    with a Latin letter or digit at an edge matches only at a Latin word boundary.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word
    return "|".join(_branch(ch, child, first=True) for ch, child in sorted(trie.items()))


def _branch(ch: str, node: dict, first: bool = False) -> str:
    left = r"(?<![a-z0-9])" if first and _is_latin_edge(ch) else ""
    return left + re.escape(ch) + _node_pattern(node)


def _node_pattern(node: dict) -> str:
    alternatives = [_branch(ch, child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alternatives.append(r"(?![a-z0-9])" if _is_latin_edge(node[""][-1]) else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """Match any of ``words`` (longest first; Latin-edged words at word boundaries only)."""
    unique = sorted({w for w in words if w})
    return re.compile(_trie_pattern(unique)) if unique else None
