"""Load the lexicon data files under ``data/`` once per process.

Files are UTF-8, one entry per line; ``#`` starts a comment, ``# --- name ---``
starts a named section, and TAB separates columns where a file has them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

# Weight of a lexicon term almost only gambling promotion uses (gambling_terms.txt).
SPAM_ONLY_WEIGHT = 3
# Weight of a term mostly gambling text uses (gambling_terms.txt: 2 and 3; news prints the 1s too).
MOSTLY_GAMBLING_WEIGHT = 2

SECTION_PREFIX = "# ---"


def read_sections(name: str) -> dict[str, list[str]]:
    """Entries of data file ``name`` by section (``""`` for entries before any section)."""
    text = resources.files("newsclean.cleaning").joinpath("data", name).read_text("utf-8")
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(SECTION_PREFIX):
            current = line.removeprefix(SECTION_PREFIX).strip(" -")
            sections.setdefault(current, [])
        elif line and not line.startswith("#"):
            sections[current].append(line)
    return sections


def read_entries(name: str) -> list[str]:
    """Every entry of data file ``name``, all sections together, in file order."""
    return [entry for entries in read_sections(name).values() for entry in entries]


@dataclass(frozen=True)
class WeightedTerm:
    term: str
    weight: int
    category: str


@dataclass(frozen=True)
class Lexicon:
    """All word lists the spam rules match against (already folded, see ``matching.fold``)."""

    brands: frozenset[str]
    terms: dict[str, WeightedTerm]
    strong_suffixes: tuple[str, ...]
    weak_suffixes: tuple[str, ...]
    brand_nouns: frozenset[str]
    cta_nouns: frozenset[str]
    latin_suffixes: tuple[str, ...]
    cta_terms: frozenset[str]
    legit_entities: frozenset[str]
    reporting_terms: frozenset[str]
    homophones: dict[str, str]
    voice_terms: frozenset[str] = frozenset()  # a sales page's voice (you, our experts, 首选): pitch_voice.txt


def _weighted_terms(name: str) -> dict[str, WeightedTerm]:
    terms: dict[str, WeightedTerm] = {}
    for entry in read_entries(name):
        term, weight, category = ([*entry.split("\t"), "1", "generic"])[:3]
        terms[term.strip()] = WeightedTerm(term.strip(), int(weight), category.strip())
    return terms


def _pairs(name: str) -> dict[str, str]:
    pairs = (entry.split("\t") for entry in read_entries(name))
    return {p[0].strip(): p[1].strip() for p in pairs if len(p) >= 2}


@functools.cache
def load_lexicon() -> Lexicon:
    """The process-wide lexicon, folded for matching; loaded on first use."""
    from newsclean.cleaning.matching import fold_simple as fold_entry

    # Entries fold as the lines they are matched against do (``matching.fold``: narrowed, lower case,
    # traditional to simplified), and so do the homophone table's variants; a line's single-character
    # variants (愽 → 博, 楽 → 乐) are replaced anywhere in it, so an entry holding one is folded the same way.
    folded = ((fold_entry(k), fold_entry(v)) for k, v in _pairs("homophones.tsv").items())
    homophones = {k: v for k, v in folded if k != v}  # 娛樂城 → 娱乐城 is folding's own now
    variants = str.maketrans({k: v for k, v in homophones.items() if len(k) == 1})

    def fold_simple(entry: str) -> str:
        return fold_entry(entry).translate(variants)

    suffixes = read_sections("brand_suffixes.txt")
    strong = tuple(fold_simple(s) for s in suffixes.get("strong", []))
    latin = {fold_simple(s) for s in suffixes.get("latin", [])}
    # Every other section is a weak suffix, but for the site words only brand_echo follows.
    weak = tuple(
        fold_simple(s)
        for section, entries in suffixes.items()
        if section != "echo_suffixes"
        for s in entries
        if fold_simple(s) not in strong and fold_simple(s) not in latin
    )
    return Lexicon(
        brands=frozenset(fold_simple(b) for b in read_entries("gambling_brands.txt")),
        terms={fold_simple(k): v for k, v in _weighted_terms("gambling_terms.txt").items()},
        strong_suffixes=strong,
        weak_suffixes=weak,
        brand_nouns=frozenset(fold_simple(s) for s in suffixes.get("brand_nouns", [])),
        cta_nouns=frozenset(fold_simple(s) for s in suffixes.get("cta_nouns", [])),
        latin_suffixes=tuple(fold_simple(s) for s in suffixes.get("latin", [])),
        cta_terms=frozenset(fold_simple(t) for t in read_entries("cta_terms.txt")),
        legit_entities=frozenset(fold_simple(e) for e in read_entries("legit_entities.txt")),
        reporting_terms=frozenset(fold_simple(e) for e in read_entries("reporting_terms.txt")),
        homophones=homophones,
        voice_terms=frozenset(fold_simple(t) for t in read_entries("pitch_voice.txt")),
    )
