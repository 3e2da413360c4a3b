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


# The tokenizer once built: one per process, whatever cache folder later callers name.
_SEGMENTER: list[Any] = []


def load_segmenter(cache_dir: str = "") -> Any:
    """The process-wide jieba tokenizer with the project's user words; built on the first call.

    Built once whatever ``cache_dir`` later calls give (the first call's folder holds the cache):
    each ``add_word`` raises jieba's total frequency, which shifts every later cut, so adding the
    words again under a second folder made the same text segment two ways (一举打掉 as 打掉 or as
    打 / 掉) depending on which calls a process, or a pool worker, had made before.
    """
    if _SEGMENTER:
        return _SEGMENTER[0]
    import jieba

    jieba.setLogLevel(logging.INFO)
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(folder)
    jieba.dt.initialize()
    for name in USER_DICT_FILES:
        for word in read_entries(name):
            jieba.dt.add_word(word.split("\t")[0], USER_WORD_FREQ)
    _SEGMENTER.append(jieba.dt)
    return jieba.dt


def is_known_word(word: str) -> bool:
    """True when jieba's dictionary (with the project's words) has ``word`` as a word, not just a prefix;
    traditional text is looked up in simplified form too (記者 is 记者)."""
    freq = load_segmenter().FREQ
    return bool(freq.get(word)) or (not word.isascii() and bool(freq.get(to_simplified().convert(word))))


@functools.cache
def to_simplified() -> Any:
    """OpenCC's traditional-to-simplified converter: jieba's dictionary is simplified Chinese."""
    import opencc

    return opencc.OpenCC("t2s")


def holds_known_word(stem: str, min_chars: int = 2) -> bool:
    """True when any run of ``min_chars`` or more characters in ``stem`` is a word jieba knows.

    Invented brand names are made of characters that form no word together (璨驰, 珀瑞, 沐星);
    a shape cut out of prose (回|腾讯|网, 润|深圳|湾) holds a real word somewhere. Traditional
    text is looked up in simplified form (衛星 is 卫星).
    """
    forms = {stem, to_simplified().convert(stem)}
    return any(
        is_known_word(form[i:j])
        for form in forms
        for i in range(len(form))
        for j in range(i + min_chars, len(form) + 1)
    )


def _is_word(token: str) -> bool:
    return bool(token.strip()) and not NON_WORD_RE.match(token)


def segment(text: str, cache_dir: str = "") -> list[str]:
    """Word tokens of ``text``, punctuation and whitespace dropped.

    >>> segment("英伟达对华出口H200芯片。")
    ['英伟达', '对华', '出口', 'H200', '芯片']
    """
    return [t for t in load_segmenter(cache_dir).lcut(text) if _is_word(t)]


@functools.cache
def _idf_table(cache_dir: str = "") -> Any:
    """jieba's own TF-IDF extractor (``jieba.analyse.default_tfidf``): its IDF table and stop words."""
    load_segmenter(cache_dir)  # default_tfidf segments with the global jieba.dt, now holding our words
    with warnings.catch_warnings():
        # jieba 0.42 reads its IDF table with open(...).read() and never closes the file
        # when jieba.analyse is imported (it builds default_tfidf then).
        warnings.simplefilter("ignore", ResourceWarning)
        import jieba.analyse

        gc.collect()  # release the leaked file object while the warning is still ignored
    return jieba.analyse.default_tfidf


def tfidf_keywords(cut: list[str], top_k: int, cache_dir: str = "") -> list[str]:
    """The ``top_k`` TF-IDF keywords of a text jieba cut into ``cut`` (``Tokenizer.lcut``, punctuation
    and all): ``jieba.analyse.extract_tags`` without cutting the text again, same table, same order.

    >>> tfidf_keywords(["英伟达", "对华", "出口", "H200", "芯片", "。"], 2)
    ['英伟达', 'H200']
    """
    extractor = _idf_table(cache_dir)
    idf, median_idf, stop_words = extractor.idf_freq, extractor.median_idf, extractor.stop_words
    freq: dict[str, float] = {}
    for word in cut:  # the loop of TFIDF.extract_tags, so that ties keep its order
        if len(word.strip()) < 2 or word.lower() in stop_words:
            continue
        freq[word] = freq.get(word, 0.0) + 1.0
    total = sum(freq.values())
    for word in freq:
        freq[word] *= idf.get(word, median_idf) / total
    ranked = sorted(freq, key=freq.__getitem__, reverse=True)
    return ranked[:top_k] if top_k else ranked  # extract_tags: topK 0 means every word


def segment_with_keywords(text: str, top_k: int, cache_dir: str = "") -> tuple[list[str], list[str]]:
    """``segment(text)`` and ``top_keywords(text, top_k)`` from one jieba cut of ``text``.

    >>> segment_with_keywords("英伟达对华出口H200芯片。", 2)
    (['英伟达', '对华', '出口', 'H200', '芯片'], ['英伟达', 'H200'])
    """
    cut = load_segmenter(cache_dir).lcut(text)
    return [t for t in cut if _is_word(t)], tfidf_keywords(cut, top_k, cache_dir)


def top_keywords(text: str, top_k: int, cache_dir: str = "") -> list[str]:
    """The ``top_k`` TF-IDF keywords of ``text``, as ``jieba.analyse.extract_tags`` finds them."""
    return tfidf_keywords(load_segmenter(cache_dir).lcut(text), top_k, cache_dir)
