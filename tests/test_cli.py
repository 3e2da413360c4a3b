from __future__ import annotations

import json
import subprocess
import sys

from tests.crawl import REPO


def test_cli_cleans_jsonl_records(tmp_path):
    source = tmp_path / "in.jsonl"
    record = {
        "url": "u",
        "title": "标题{{ t }}",
        "body": "正文。\n本文系独家稿件,未经授权,不得转载。\n万博官网APP,AG真人平台登录,下载皇冠体育365app",
    }
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "newsclean.cleaning", str(source), "-o", str(out)], cwd=REPO, check=True)
    cleaned = json.loads(out.read_text("utf-8"))
    assert cleaned["title"] == "标题"
    assert cleaned["body"] == "正文。\n本文系独家稿件,未经授权,不得转载。"
    assert [r["rule"] for r in cleaned["removed"]] == ["mustache_echo", "link_farm_line"]


def test_cli_reports_a_malformed_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("not json\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cleaning", str(source)], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("line 1:")
