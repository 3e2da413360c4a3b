"""The folder layout shows the architecture: no two modules share a name, and fetching stays pure."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict

from tests.crawl import REPO

PACKAGE = REPO / "newsclean"
# Entry points every package may have: their name says what they are, not what they hold.
SHARED_NAMES = frozenset({"__init__", "__main__"})


def module_names() -> dict[str, list[str]]:
    """Module basename -> the files under newsclean/ that carry it."""
    names: dict[str, list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.stem not in SHARED_NAMES:
            names[path.stem].append(str(path.relative_to(REPO)))
    return names


def test_module_names_are_unique_under_newsclean():
    names = module_names()
    assert len(names) > 50, "the walk found too few modules to mean anything"
    assert {name: paths for name, paths in names.items() if len(paths) > 1} == {}


def test_module_names_lists_each_file_by_its_path():
    assert module_names()["crawl"] == ["newsclean/commands/crawl.py"]  # one module: listed once, by path


def test_fetching_loads_no_scrapy_module():
    code = (
        "import sys, pkgutil, importlib, newsclean.fetching as f;"
        "[importlib.import_module(f'newsclean.fetching.{m.name}') for m in pkgutil.iter_modules(f.__path__)];"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted', 'itemadapter'));"
        "print(len(list(pkgutil.iter_modules(f.__path__))), ','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["10"]
