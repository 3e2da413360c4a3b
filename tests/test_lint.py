"""ruff is part of the test suite, so CI fails on a lint error."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.crawl import REPO


def test_ruff_is_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is in requirements.txt"
    result = subprocess.run(
        [ruff, "check", "newsclean", "tests"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
