"""Chinese word segmentation with jieba, for indexers that cannot segment Chinese.

jieba is loaded once per process (``load_segmenter``), with its cache in a folder
the project owns (the machine-wide /tmp/jieba.cache may belong to another user)
and the lexicon's brands and entities added, so 英伟达 and 皇冠体育 are one token.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import re
import warnings
from pathlib import Path
from typing import Any

from newsclean.cleaning.lexicon import read_entries

# Tokens that carry no word: punctuation, symbols and whitespace.
NON_WORD_RE = re.compile(r"^[\W_]+$")
USER_DICT_FILES = ("user_dict.txt", "legit_entities.txt", "gambling_brands.txt")
# Frequency given to lexicon words so jieba prefers them over splitting (英伟达, not 英 / 伟达).
USER_WORD_FREQ = 20000


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsclean" / "jieba"


@functools.cache
def load_segmenter(cache_dir: str = "") -> Any:
    """The process-wide jieba tokenizer with the project's user words; built on first call."""
    import jieba

    jieba.setLogLevel(logging.INFO)
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(folder)
    jieba.dt.initialize()
    for name in USER_DICT_FILES:
        for word in read_entries(name):
            jieba.dt.add_word(word.split("\t")[0], USER_WORD_FREQ)
    return jieba.dt


def is_known_word(word: str) -> bool:
    """True when jieba's dictionary (with the project's words) has ``word`` as a word, not just a prefix;
    traditional text is looked up in simplified form too (記者 is 记者)."""
    freq = load_segmenter().FREQ
    return bool(freq.get(word)) or (not word.isascii() and bool(freq.get(_to_simplified().convert(word))))


@functools.cache
def _to_simplified() -> Any:
    """OpenCC's traditional-to-simplified converter: jieba's dictionary is simplified Chinese."""
    import opencc

    return opencc.OpenCC("t2s")


def holds_known_word(stem: str, min_chars: int = 2) -> bool:
    """True when any run of ``min_chars`` or more characters in ``stem`` is a word jieba knows.

    Invented brand names are made of characters that form no word together (璨驰, 珀瑞, 沐星);
    a shape cut out of prose (回|腾讯|网, 润|深圳|湾) holds a real word somewhere. Traditional
    text is looked up in simplified form (衛星 is 卫星).
    """
    forms = {stem, _to_simplified().convert(stem)}
    return any(
        is_known_word(form[i:j])
        for form in forms
        for i in range(len(form))
        for j in range(i + min_chars, len(form) + 1)
    )


def segment(text: str, cache_dir: str = "") -> list[str]:
    """Word tokens of ``text``, punctuation and whitespace dropped.

    >>> segment("英伟达对华出口H200芯片。")
    ['英伟达', '对华', '出口', 'H200', '芯片']
    """
    tokenizer = load_segmenter(cache_dir)
    return [t for t in tokenizer.lcut(text) if t.strip() and not NON_WORD_RE.match(t)]


@functools.cache
def _keyword_extractor(cache_dir: str = "") -> Any:
    load_segmenter(cache_dir)  # TFIDF segments with the global jieba.dt, now holding our words
    with warnings.catch_warnings():
        # jieba 0.42 reads its IDF table with open(...).read() and never closes the file,
        # once when jieba.analyse is imported and once per TFIDF().
        warnings.simplefilter("ignore", ResourceWarning)
        from jieba.analyse.tfidf import TFIDF

        extractor = TFIDF()
        gc.collect()  # release the leaked file objects while the warning is still ignored
    return extractor


def top_keywords(text: str, top_k: int, cache_dir: str = "") -> list[str]:
    """The ``top_k`` TF-IDF keywords of ``text`` (jieba.analyse)."""
    return list(_keyword_extractor(cache_dir).extract_tags(text, topK=top_k))


def tokens_and_keywords(text: str, top_k: int, cache_dir: str = "") -> tuple[list[str], list[str]]:
    """``segment`` and ``top_keywords`` of one text in one call: one task for a worker process.

    >>> tokens_and_keywords("英伟达对华出口H200芯片。", 1)[0]
    ['英伟达', '对华', '出口', 'H200', '芯片']
    """
    return segment(text, cache_dir), top_keywords(text, top_k, cache_dir)
