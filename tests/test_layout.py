"""The folder layout shows the architecture: no two modules share a name (fetching stays pure: test_boundary)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from tests.crawl import REPO

PACKAGE = REPO / "newsclean"
# Entry points every package may have: their name says what they are, not what they hold.
SHARED_NAMES = frozenset({"__init__", "__main__"})


def name_clashes(paths: Iterable[Path]) -> dict[str, list[str]]:
    """Module basename -> the files carrying it, for every basename more than one file carries."""
    names: dict[str, list[str]] = defaultdict(list)
    for path in sorted(paths):
        if path.stem not in SHARED_NAMES:
            names[path.stem].append(path.as_posix())
    return {name: files for name, files in names.items() if len(files) > 1}


def test_module_names_are_unique_under_newsclean():
    modules = [path.relative_to(REPO) for path in PACKAGE.rglob("*.py")]
    assert len(modules) > 80, "the walk found too few modules to mean anything"
    assert name_clashes(modules) == {}


def test_name_clashes_finds_the_clashes_the_layout_once_had():
    before = [
        "newsclean/feeds.py",
        "newsclean/discovery/feeds.py",
        "newsclean/signals.py",
        "newsclean/cleaning/signals.py",
    ]
    shared = ["newsclean/__init__.py", "newsclean/cleaning/__init__.py", "newsclean/cleaning/__main__.py"]
    assert name_clashes(Path(p) for p in [*before, *shared]) == {
        "feeds": ["newsclean/discovery/feeds.py", "newsclean/feeds.py"],
        "signals": ["newsclean/cleaning/signals.py", "newsclean/signals.py"],
    }
