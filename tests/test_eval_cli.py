"""python -m newsclean.eval on one corpus: a folder or one file of it; a wrong path is one clear line."""

from __future__ import annotations

from pathlib import Path

from newsclean.eval.__main__ import main

INCOMING = Path(__file__).parent / "corpus_incoming"


def test_one_corpus_file_is_scored(capsys):
    assert main([str(INCOMING / "holdout11.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "holdout11.jsonl: 50 cases" in out
    assert "spam recall (chars)" in out


def test_a_path_with_no_cases_is_one_line_and_no_traceback(capsys, tmp_path):
    assert main([str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no cases in" in err
