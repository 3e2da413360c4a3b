"""The cleaning library, extraction and fetching never import Scrapy: they are callable from any tool."""

from __future__ import annotations

import subprocess
import sys

from tests.crawl import REPO


def test_import_newsclean_cleaning_loads_no_scrapy_module():
    code = (
        "import sys, newsclean.cleaning, newsclean.cleaning.spam, newsclean.cleaning.templates, newsclean.extraction;"
        "import pkgutil, importlib, newsclean.fetching as f;"
        "[importlib.import_module(f'newsclean.fetching.{m.name}') for m in pkgutil.iter_modules(f.__path__)];"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted', 'itemadapter'));"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_extraction_with_its_html_rules_never_loads_jieba():
    code = (
        "import sys; from newsclean.extraction import extract;"
        "html = '<html><body><article><h1>标题</h1><p>' + '正文内容。' * 40 + '</p>"
        '<div style="display:none"><a href="http://x.example/">华体会体育官网</a></div></article></body></html>\';'
        "extract(html, 'http://a.example/1.html'); print('jieba' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
