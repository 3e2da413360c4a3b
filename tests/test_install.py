"""The project installs as a package: imports and ``python -m newsclean.cleaning`` work from any folder.

A throwaway venv (no system site-packages) gets an editable install of this checkout, then runs
from a folder outside it. The venv sees the shared environment's dependencies through a ``.pth``
file, so nothing is downloaded. It installs with setuptools' ``develop``, offline: ``pip install -e .``
builds a PEP 660 wheel, which the environment's setuptools (65.5, without the ``wheel`` package)
cannot do without fetching a newer setuptools; ``.ci/run`` runs the real ``pip install -e .`` on a
clean clone on every CI run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.crawl import REPO

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not


@pytest.fixture
def installed_python(tmp_path) -> Path:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    shared = Path(sysconfig.get_paths()["purelib"]).resolve()
    (Path(purelib) / "shared_dependencies.pth").write_text(f"{shared}\n", "utf-8")
    subprocess.run(
        [python, "setup.py", "--quiet", "develop", "--no-deps"], cwd=REPO, check=True, capture_output=True, timeout=120
    )
    return python


def test_installed_package_imports_and_cleans_from_any_folder(installed_python, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = subprocess.run(
        [installed_python, "-c", "import newsclean.cleaning; print(newsclean.cleaning.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(found.stdout.strip()) == REPO / "newsclean" / "cleaning" / "__init__.py"
    record = {"title": "标题", "body": "正文。\n万博官网APP,AG真人平台登录,下载皇冠体育365app"}
    (elsewhere / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    subprocess.run(
        [installed_python, "-m", "newsclean.cleaning", "in.jsonl", "-o", "out.jsonl"],
        cwd=elsewhere,
        check=True,
        timeout=120,
    )
    cleaned = json.loads((elsewhere / "out.jsonl").read_text("utf-8"))
    assert (cleaned["body"], [r["rule"] for r in cleaned["removed"]]) == ("正文。", ["link_farm_line"])


def test_installed_package_carries_its_data_and_scrapy_entry_point(installed_python, tmp_path):
    probe = (
        "from importlib.metadata import entry_points; from newsclean.sites.profile import available_profiles; "
        "print([e.value for e in entry_points(group='scrapy')], available_profiles())"
    )
    out = subprocess.run([installed_python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == (
        "['newsclean.settings'] ['example_portal', 'guancha_cn', 'people_cn', 'thepaper', 'xinhuanet']"
    )
