"""jieba stem tests: is a brand-shaped name's stem an everyday word, or a name no dictionary knows?"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from newsclean.cleaning.lexicon import read_entries
from newsclean.cleaning.tokens import holds_known_word, is_known_word

if TYPE_CHECKING:
    from newsclean.cleaning.shapes import Matchers

CJK_CHAR_RE = re.compile(r"[\u3400-\u9fff]")


def is_made_up_shape(name: str, m: Matchers) -> bool:
    """A weak shape whose stem holds no word jieba's dictionary knows: 琮璟 in 琮璟彩票 is no word, 全市 is,
    and 回腾讯网 (cut from 返回腾讯网首页) holds 腾讯."""
    match = m.brand_shape.fullmatch(name)
    if not match or not CJK_CHAR_RE.match(match.group("stem")):
        return False
    stem, suffix = match.group("stem"), match.group("suffixes")
    if m.terms is not None and m.terms.search(stem):
        return False  # 买球|app: a word of the trade, not an invented name
    # 芯启|微电子: the stem's last character starts a word with the suffix, so the cut is wrong.
    straddles = any(is_known_word(stem[-1] + suffix[:k]) for k in range(1, len(suffix) + 1))
    return not set(stem) & function_chars() and not holds_known_word(stem) and not straddles


@functools.cache
def function_chars() -> frozenset[str]:
    """Grammar characters no invented name holds (data/function_chars.txt)."""
    return frozenset(read_entries("function_chars.txt"))


def is_word_stem(stem: str, m: Matchers) -> bool:
    """A Han stem holding an everyday word (扫描, 消费, 学会), unless it holds a gambling word or brand too
    (门新葡京, 华体会: 体会 is a word)."""
    if not CJK_CHAR_RE.match(stem) or any(x and x.search(stem) for x in (m.terms, m.brands)):
        return False
    return holds_known_word(stem)
