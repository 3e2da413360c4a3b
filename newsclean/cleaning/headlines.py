"""headline_brand_field: a real headline inside the article with brand fields glued on either side.

Hacked pages decorate an article's own headline line the way they decorate its title:
``乐昊体育(中国)官方网站-女篮亚洲杯：中国队大胜菲律宾-乐昊体育app下载``, ``博腾棋牌 <headline> 帝铂电竞平台``,
``世界杯买球app,足球投注官网,<headline>``. The line rules see a line full of brands and take it whole,
headline included. This rule gives the headline back: it splits the line into fields, and when the
fields at its ends are gambling and the middle is a clean headline, only the end fields go.

It is tried only on a spam line among the article's first lines with no spam line next to it: a
link farm's stolen headlines (``北方多地迎来降雪|宸星体育首页|…``) sit among other spam lines, further
down, and go whole.
"""

from __future__ import annotations

import re

from newsclean.cleaning.brands import LIST_MARKER_RE, is_brand_run
from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.registry import register
from newsclean.cleaning.titles import find_title_suffix

# Fields of a decorated headline: dashes, underscores, bars, commas and spaces between them.
FIELD_SEPARATOR_RE = re.compile(r"\s*[-_|｜丨,，—]+\s*|\s+")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END_RE = re.compile(r"[。！？!?]")


def _fields(line: str) -> list[tuple[int, int]]:
    fields, cursor = [], 0
    for separator in FIELD_SEPARATOR_RE.finditer(line):
        if separator.start() > cursor:
            fields.append((cursor, separator.start()))
        cursor = separator.end()
    if cursor < len(line):
        fields.append((cursor, len(line)))
    return fields


def _is_gambling_field(field: str, config: CleaningConfig) -> bool:
    """A brand run (乐昊体育(中国)官方网站), a gambling keyword (足球投注官网), or calls to action (IOS/安卓通用版)."""
    s = measure_line(field, 0)
    if s.reporting or s.is_sentence:
        return False
    # A keyword field is gambling words only (世界杯买球app, 足球投注官网); a brand in a longer field is
    # a brand run or nothing (「X体育」在一个老旧小区 is a sentence's start).
    short = len(HAN_RE.findall(field)) <= config.keyword_field_max_chars
    keyword = not s.all_brands and s.score >= config.keyword_field_min_score and short
    return is_brand_run(field, config) or keyword


def _is_cta_field(field: str) -> bool:
    s = measure_line(field, 0)
    return bool(s.cta) and not s.score and not s.all_brands and len(HAN_RE.findall(field)) <= 6


LATIN_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%]*")


def find_headline_fields(line: str, config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """The gambling fields at the ends of a line whose middle is a clean headline, or [].

    Safe: the middle must be a headline of at least ``headline_min_chars`` Han characters with no
    gambling word, brand or call to action in it, and every removed field must itself be gambling
    (a brand run, a gambling keyword) or a call to action next to one.
    """
    if SENTENCE_END_RE.search(line):
        return []  # a paragraph, not a headline: the span rules cut what is glued to its sentences
    marker = LIST_MARKER_RE.match(line)
    if marker and marker.end() < len(line):
        # A chapter's or a programme's time (00:16:45 <brand> 线上百家乐 <title>) is the list's: it stays.
        return [(a + marker.end(), b + marker.end()) for a, b in find_headline_fields(line[marker.end() :], config)]
    fields = _fields(line)
    gambling = [_is_gambling_field(line[a:b], config) for a, b in fields]
    head = 0
    while head < len(fields) and gambling[head]:
        head += 1
    tail = len(fields)
    while tail > head and (gambling[tail - 1] or (_is_cta_field(line[slice(*fields[tail - 1])]) and tail - 1 > head)):
        tail -= 1
    if (head == 0 and tail == len(fields)) or head >= tail:
        return []
    middle = line[fields[head][0] : fields[tail - 1][1]]
    s = measure_line(middle, 0)
    # A run of Latin letters or figures (GMV, 11, 18%) is one word of the headline, as a Han character is.
    words = len(HAN_RE.findall(middle)) + len(LATIN_WORD_RE.findall(middle))
    if words < config.headline_min_chars or s.score or s.all_brands or s.weak_brands or s.cta:
        return []
    spans = []
    if head:
        spans.append((0, fields[head][0]))
    if tail < len(fields):
        spans.append((fields[tail - 1][1], len(line)))
    return spans


def headline_edits(
    signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig
) -> list[tuple[int, int, str]]:
    """Give back the headlines of lone spam lines opening the text (see the module doc); their
    verdicts are cleared and the end fields returned as edits."""
    edits: list[tuple[int, int, str]] = []
    for i, (s, verdict) in enumerate(zip(signals, verdicts, strict=True)):
        lone = not (i > 0 and verdicts[i - 1]) and not (i + 1 < len(verdicts) and verdicts[i + 1])
        # A line opening on a programme's or a chapter's time, between lines that do too, is an item of a list
        # of titles, each its own (a schedule, a podcast's chapters).
        listed = _in_headline_list(signals, i, config) or _in_timed_list(signals, i)
        # A digest's headline with a title's brand suffix glued on (…增长5.8%_<brand> 真人百家乐) is given
        # back whether a line rule took it or not: no line rule reads one suffix as a list.
        # So is the article's own headline opening the text with a title's brand suffix (…的通知_<brand>官网-APP下载):
        # hacked pages print the decorated title as the first line too.
        suffixed = (listed or i < config.headline_max_line) and not s.is_sentence
        named = s.all_brands or (s.weak_brands and i < config.headline_max_line)
        marked = verdict or (suffixed and named and find_title_suffix(s.text, config) < len(s.text))
        if not marked or not lone or (i >= config.headline_max_line and not listed):
            continue  # the article's own headline opens it: a spam line further down is no headline
        spans = find_headline_fields(s.text, config)
        if spans:
            verdicts[i] = None
            edits += [(s.start + a, s.start + b, "headline_brand_field") for a, b in spans]
    return edits


def _in_timed_list(signals: list[LineSignals], i: int) -> bool:
    """Line ``i`` and a neighbour both open on a time (09:00 …, 00:16:45 …)."""
    timed = [j for j in (i - 1, i + 1) if 0 <= j < len(signals) and LIST_MARKER_RE.match(signals[j].text)]
    return LIST_MARKER_RE.match(signals[i].text) is not None and bool(timed)


def _in_headline_list(signals: list[LineSignals], i: int, config: CleaningConfig) -> bool:
    """Line ``i`` stands between clean headlines: a digest's list of headlines (今日热点汇总), each its own.

    A digest whose headlines got brand fields appended (…纪录被刷新_<brand> <brand>体育官网) gives each
    headline back, wherever it stands. Safe: both neighbours must be clean headlines (no sentence, no
    gambling word, brand or call to action), so a link farm's stolen headline between brand lines goes whole.
    """
    neighbours = [signals[j] for j in (i - 1, i + 1) if 0 <= j < len(signals)]
    return bool(neighbours) and all(_is_clean_headline(n, config) for n in neighbours)


def _is_clean_headline(s: LineSignals, config: CleaningConfig) -> bool:
    evidence = s.score or s.all_brands or s.weak_brands or s.cta
    return not s.is_sentence and not evidence and len(HAN_RE.findall(s.text)) >= config.headline_min_chars


register(
    "headline_brand_field",
    "block",
    "spam",
    "brand or gambling-keyword fields glued on either side of the article's headline: only the fields go",
    find_headline_fields,
)
