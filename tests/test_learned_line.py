"""learned_line: the character n-gram model, asked only where the page's structure already points."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newsclean.cleaning import CleaningConfig, clean_article
from newsclean.cleaning import learned as learned_module
from newsclean.cleaning.model import BUCKETS, WEIGHTS_FILE, load_model, shipped_model
from newsclean.eval.train_model import train

ON = CleaningConfig(learned_line_enabled=True)
OFF = CleaningConfig(learned_line_enabled=True, disabled_rules=frozenset({"learned_line"}))
END = "记者报道今天的新闻。\n本文未经授权,不得转载。\n"
# Spam lines the rules miss (no brand, no term the lexicon holds), from the dev corpus (holdout2-0005, holdout7-0024).
MISSED_BY_RULES = ("欢乐斗地主充值最多的人", "立即下载 秒到账")
PROSE = (
    "国务院总理主持召开国务院常务会议，研究部署加力推动消费品以旧换新等工作。\n"
    "会议指出，要扩大以旧换新支持范围，将手机、平板、智能手表等数码产品纳入补贴。\n"
    "澳门特区政府博彩监察协调局公布，上月博彩毛收入同比增长一成。\n"
)


def _rules(body: str, config: CleaningConfig) -> list[str]:
    return [r.rule for r in clean_article("", body, config).body.removed if r.rule != "whitespace"]


def test_model_weights_load_small_and_whole():
    model = load_model()
    assert model.weights.shape == (BUCKETS,)
    assert WEIGHTS_FILE.stat().st_size < 300_000
    assert np.isfinite(model.weights).all()


@pytest.mark.parametrize("line", MISSED_BY_RULES)
def test_learned_line_catches_a_spam_line_the_rules_miss_after_the_article(line):
    body = END + line + "\n"
    assert _rules(body, OFF) == []
    assert _rules(body, ON) == ["learned_line"]
    assert clean_article("", body, ON).body.text == END.rstrip("\n")


def test_learned_line_keeps_that_line_inside_the_article_as_a_sentence(monkeypatch):
    monkeypatch.setattr(learned_module, "line_spam_probability", lambda text: 1.0)  # a model that says spam always
    body = "欢乐斗地主充值最多的人是谁，记者走访了多家游戏公司。\n" + PROSE
    assert _rules(body, ON) == []


def test_learned_line_never_cuts_article_prose_even_when_the_model_says_spam(monkeypatch):
    monkeypatch.setattr(learned_module, "line_spam_probability", lambda text: 1.0)
    assert _rules(PROSE, ON) == []
    assert clean_article("", PROSE, ON).body.text == PROSE.rstrip("\n")


def test_learned_line_switched_off_by_name():
    body = END + MISSED_BY_RULES[0] + "\n"
    assert "learned_line" not in _rules(body, OFF)


def test_learned_line_leaves_a_real_clean_text_untouched():
    # sample: a Xinhua brief (real text; its headline is a non-sentence, so the model is asked about it)
    body = (
        "中国女排3比0战胜日本队\n"
        "新华社北京9月21日电 2025年世界女排联赛总决赛21日在宁波结束，中国女排以3比0战胜日本队，获得季军。\n"
        "本场比赛，主攻手李盈莹拿下全队最高的18分。\n"
        "（记者 苏荣才）\n"
        "责任编辑：王楠\n"
    )
    assert _rules(body, ON) == []


TINY_CASES = [
    {"segments": [["keep", "国务院常务会议部署工作。"], ["any", "\n"], ["spam", "澳门新葡京官网 注册送彩金"]]},
    {"segments": [["keep", "今天天气晴朗，适合出行。"], ["any", "\n"], ["spam", "皇冠体育 足球投注 在线买球"]]},
]


@pytest.fixture
def tiny_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    common = {"kind": "text", "form": "injected", "lang": "zh-Hans", "hard_negative": False, "invented_brands": []}
    rows = [json.dumps({**common, **case, "id": f"tiny-{i}", "comment": "tiny"}) for i, case in enumerate(TINY_CASES)]
    (folder / "tiny.jsonl").write_text("\n".join(rows) + "\n", "utf-8")
    return folder


def test_training_is_deterministic_on_a_tiny_corpus(tiny_corpus, tmp_path):
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    train(tiny_corpus, None, first, epochs=20, folds=False)
    train(tiny_corpus, None, second, epochs=20, folds=False)
    a, b = load_model(first), load_model(second)
    assert np.array_equal(a.weights, b.weights)
    assert a.bias == b.bias
    assert a.probability("澳门新葡京官网") > a.probability("今天天气晴朗")


def test_shipped_model_is_loaded_once():
    assert shipped_model() is shipped_model()


def test_learned_line_is_switched_by_the_spam_rules_setting():
    from scrapy.settings import Settings

    from newsclean.settings_map import cleaning_config_from_settings

    default = cleaning_config_from_settings(Settings({}))
    on = cleaning_config_from_settings(Settings({"NEWSCLEAN_SPAM_LEARNED_LINE_ENABLED": "True"}))
    off = cleaning_config_from_settings(
        Settings({"NEWSCLEAN_SPAM_LEARNED_LINE_ENABLED": "True", "NEWSCLEAN_SPAM_RULES": {"learned_line": False}})
    )
    assert not default.learned_line_enabled
    assert on.learned_line_enabled
    assert "learned_line" not in on.disabled_rules
    assert "learned_line" in off.disabled_rules


@pytest.mark.slow
def test_learned_line_switched_on_removes_no_character_of_the_real_texts():
    from newsclean.bench.datasets import DEFAULT_DATA
    from newsclean.eval.realpages import check

    if not DEFAULT_DATA.is_dir():
        pytest.skip(f"{DEFAULT_DATA} absent (../shared/bench-data not laid out)")
    report = check(DEFAULT_DATA, ON)
    assert report.texts >= 300
    assert report.removals == []
    assert report.dropped == []
