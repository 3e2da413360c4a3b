"""brand_echo: a brand this page already showed, met again in another shape.

Hacked pages repeat one brand in several shapes: a title suffix (_海德体育), then 海德体育官网 on a
line of its own, 海,德,体育 split by the CMS's keyword segmenter, ‘爱游戏体育官方’ glued to the
previous-article link, 【金沙网站】 standing for a firm's name. Alone, each shape is weak (海德 and
金沙 are words and real names), so no page-blind rule may take it. Once another rule has removed the
brand on this page on its own evidence, its other shapes are that brand too: the page itself is
the evidence, so nothing here fires on a page where no brand was removed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsclean.cleaning.lexicon import load_lexicon, read_sections
from newsclean.cleaning.matching import fold_simple
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import CJK_CHAR_RE, all_suffixes, lexicon_fold, matchers, split_suffixes
from newsclean.cleaning.spans import brand_spans, merge_spans
from newsclean.cleaning.trailers import trailer_items

# Rules whose removals are brands on their own evidence: their text names the brand to echo. Whole
# spam lines (link farms) are left out: a stolen headline in one would lend its words.
BRAND_RULES = frozenset(
    {
        "brand_prefix",
        "brand_wrapper",
        "brand_substitution",
        "spam_tail",
        "keyword_trailer_item",
        "title_brand_suffix",
        "title_link_farm",
        "brand_echo",
    }
)
# Line rules whose removals are a pitch for one site (not a farm of many): the brand-shaped names in them,
# found without weak shapes, are the page's brands too (推荐 | 霁川娱乐app下载-霁川娱乐注册送彩金).
PITCH_LINE_RULES = frozenset({"gambling_ad_paragraph", "promo_line", "tout_line", "farm_signature"})
# Rules whose removal is one name even when no brand shape is in it (an invented 璨驰平台 substituted).
NAME_RULES = frozenset({"brand_prefix", "brand_wrapper", "brand_substitution", "title_brand_suffix", "brand_echo"})
# Brackets that glue a brand to a line: 【金沙网站】, ‘华体会’. Not “” nor 「」: quotation marks name a
# thing on purpose (简称“X”), and whether the name inside goes is the name's matter, not the quotes'.
WRAPPED_RE = re.compile(r"[【\[〖‘（(](?P<inner>[^【】\[\]〖〗‘’“”（）()\n]{2,24})[】\]〗’）)]")
QUOTE_CHARS = "‘’“”\"'【】[]〖〗「」『』（）() \u3000"
MIN_HAN_STEM, MIN_LATIN_STEM = 2, 3


@dataclass(frozen=True)
class PageBrands:
    """What the page showed: whole brand names and their stems (folded), for one page's echo search."""

    names: frozenset[str]
    stems: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.names)


@functools.cache
def echo_suffixes() -> frozenset[str]:
    """Brand suffixes plus the site words an echo may carry (官方, 网站): brand_suffixes.txt."""
    extra = read_sections("brand_suffixes.txt").get("echo_suffixes", [])
    return all_suffixes() | frozenset(fold_simple(s) for s in extra)


def brands_removed(removals: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Folded brand names in ``(rule, removed text)`` pairs of the brand rules (see ``BRAND_RULES``)."""
    names: set[str] = set()
    for rule, text in removals:
        if rule in PITCH_LINE_RULES:
            spans = brand_spans(text)
        elif rule in BRAND_RULES:
            spans = brand_spans(text, weak=True) or ([(0, len(text))] if rule in NAME_RULES else [])
        else:
            continue
        for a, b in spans:
            name = lexicon_fold(text[a:b].strip(QUOTE_CHARS + "_-|:：,，")).text
            if _is_name(name):
                names.add(name)
    return frozenset(names)


def _is_name(name: str) -> bool:
    """A name to look for again: no clause in it; a Latin name may hold one space (reelmont casino)."""
    if len(name) < MIN_LATIN_STEM or len(name) > 24 or re.search(r"[,，。；;!！?？]", name):
        return False
    return not re.search(r"\s", name) or (name.isascii() and re.fullmatch(r"[a-z0-9]+ [a-z0-9]+", name) is not None)


def page_brands(names: Iterable[str]) -> PageBrands:
    """Names with their stems: the part before the brand suffixes (海德 in 海德体育官网, 金沙 in js333金沙线路)."""
    names = frozenset(names)
    stems, cores = set(), set()
    shape, nouns = matchers().brand_shape, load_lexicon().brand_nouns
    for name in names:
        for match in shape.finditer(name):
            stem = match.group("stem")
            if len(stem) >= (MIN_HAN_STEM if CJK_CHAR_RE.match(stem) else MIN_LATIN_STEM):
                stems.add(stem)
                # The name's core, its stem and gambling noun (霁川娱乐 of 霁川娱乐app下载), is the whole name a
                # sentence may hold: what the site added after it (app下载, 官方网站) is no part of it there.
                first = split_suffixes(match.group("suffixes"), all_suffixes())[0]
                if first in nouns:
                    cores.add(stem + first)
    return PageBrands(names | cores, frozenset(stems))


@functools.lru_cache(maxsize=256)
def _echo_re(names: frozenset[str], stems: frozenset[str], whole_only: bool = False) -> re.Pattern[str]:
    """The page's brands: the whole names, or (unless ``whole_only``) a stem with site suffixes after it
    (海德+体育官网). The longer shape is tried first, so a line 海德体育官网 goes whole."""
    suffixes = "|".join(re.escape(s) for s in sorted(echo_suffixes(), key=len, reverse=True))
    whole = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    stem = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    shapes = [rf"(?:{stem})(?:{suffixes}){{1,3}}"] if stem and not whole_only else []
    return re.compile("|".join([*shapes, rf"(?:{whole})"]))


def off_subject(brands: PageBrands, lines: Iterable[str]) -> PageBrands:
    """``brands`` without the stems the page also uses on their own: there the stem is the article's
    subject (金沙 in a story on 金沙中国 that spam decorated with 金沙娱乐场官网), not the brand's name.

    The topic words of the page are no guide here: a brand substituted throughout an article is
    among its most frequent words.
    """
    if not brands.stems:
        return brands
    pattern = _echo_re(brands.names, brands.stems)
    rest = " ".join(pattern.sub(" ", lexicon_fold(line).text) for line in lines)
    return PageBrands(brands.names, frozenset(s for s in brands.stems if s not in rest))


def find_brand_echoes(line: str, brands: PageBrands) -> list[tuple[int, int]]:
    """Spans of ``line`` that repeat one of the page's removed brands, in any of its shapes.

    Safe: it fires only on a page where a rule already removed the brand on its own evidence, only
    on the brand's own shapes (the whole name; its stem followed by brand suffixes such as 官网,
    app, 网站; either inside quotes or brackets; or split into a keyword list's items), never on a
    stem that names what the article is about (金沙 in a story on 金沙中国: see ``off_subject``)
    nor on a bare stem (金沙江, 上海德比).
    """
    if not brands:
        return []
    names, stems = brands.names, brands.stems
    folded = lexicon_fold(line)
    pattern = _echo_re(names, stems)
    # Inside a sentence only the whole name: what follows a substituted name is the sentence's
    # (沐鑫体育App stands for a bank's app). Standing alone or in brackets, the site's suffixes go too.
    if pattern.fullmatch(folded.text.strip(QUOTE_CHARS + "。.，,:：")):
        return [(0, len(line))]
    spans = [folded.span(*m.span()) for m in _echo_re(names, stems, whole_only=True).finditer(folded.text)]
    spans += _wrapped(line, pattern)
    spans += _split_items(line, names, stems)
    return merge_spans(spans)


def find_brand_shapes(line: str, brands: PageBrands) -> list[tuple[int, int]]:
    """Spans of ``line`` holding one of the page's removed brands, whole or as its stem with site suffixes
    (雀翎+体育平台 after 雀翎体育官网 was removed), anywhere in the line: what a sentence is about."""
    if not brands:
        return []
    folded = lexicon_fold(line)
    return merge_spans([folded.span(*m.span()) for m in _echo_re(brands.names, brands.stems).finditer(folded.text)])


def _wrapped(line: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Quotes or brackets around an echo and nothing else (【金沙网站】, ‘华体会’): they go with it."""
    out = []
    for match in WRAPPED_RE.finditer(line):
        inner = lexicon_fold(match.group("inner").strip()).text
        if pattern.fullmatch(inner):
            out.append(match.span())
    return out


def _split_items(line: str, names: frozenset[str], stems: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of keyword items that spell a brand between them (海,德,体育,官网 · ‘,华,体会,华体会,’)."""
    items = trailer_items(line)
    if not items:
        return []
    pieces = [lexicon_fold(line[a:b].strip(QUOTE_CHARS)).text for a, b in items]
    spans: list[tuple[int, int]] = []
    start = None
    for index, piece in enumerate([*pieces, None]):
        if piece is not None and _is_brand_piece(piece, names, stems):
            start = index if start is None else start
            continue
        if start is not None:
            spelled = "".join(pieces[start:index])
            if any(s in spelled for s in stems | names):
                spans.append(_items_span(items, start, index))
            start = None
    return spans


def _is_brand_piece(piece: str, names: frozenset[str], stems: frozenset[str]) -> bool:
    """An item that is a quote mark, a brand suffix, or a part of one of the page's brands."""
    return not piece or piece in echo_suffixes() or any(piece in n for n in names | stems)


def _items_span(items: list[tuple[int, int]], start: int, stop: int) -> tuple[int, int]:
    """Items ``start``..``stop``-1 with their separators: the one after them, or before them at the end."""
    if stop < len(items):
        return items[start][0], items[stop][0]
    return (items[start - 1][1] if start else items[start][0]), items[stop - 1][1]


register(
    "brand_echo",
    "echo",
    "spam",
    "a brand another rule removed from this page, met again in another shape (`海德体育官网`, `【金沙网站】`)",
    find_brand_echoes,
)
