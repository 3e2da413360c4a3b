"""keyword_run: three or more space-separated gambling keywords spliced into a line of prose.

…诈骗。真人百家乐网站 网上赌博平台 足球投注app 体育买球网站大全各地要…: Chinese prose has no spaces
between words, so three or more short space-separated fields in a row are a list; the last one is
glued to the prose that follows.
"""

from __future__ import annotations

import re

from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import measure_line
from newsclean.cleaning.lexicon import SPAM_ONLY_WEIGHT, load_lexicon
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import fold_line, lexicon_fold, matchers
from newsclean.cleaning.spans import brand_spans, made_up_spans, term_spans
from newsclean.cleaning.tokens import is_known_word
from newsclean.cleaning.tries import WordMatcher
from newsclean.cleaning.types import delete_spans

HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# Keyword fields (not calls to action) a run after punctuation holds before its last field.
MIN_KEYWORD_FIELDS = 2
# Fields of a keyword run: three or more short space-separated fields in a row are a list.
MIN_RUN_FIELDS = 3
NUMBERED_FIELD_RE = re.compile(r"[0-9０-９]{1,3}[.、．)）]")


# Space-separated keyword fields spliced into prose after a clause (…诈骗。真人百家乐网站 网上赌博平台
# 足球投注app 体育买球网站大全各地要…). Chinese prose has no spaces between words, so three or more
# short space-separated fields in a row are a list; the last one is glued to the prose that follows.
KEYWORD_FIELD = r"[^\s。！？；，,、：:“”\"]{2,12}"


# A run starts a line, follows a clause mark, or follows a number or code and a space (联系电话：159****1120
# 加拿大28 极速快3 六合彩特码 …: a listing's phone number, then the list).
KEYWORD_RUN_RE = re.compile(
    rf"(?:^|(?<=[。！？；，,、：:])|(?<=[0-9A-Za-z*#)）][ \t\u3000]))\s*"
    rf"(?P<run>{KEYWORD_FIELD}(?:[ \t\u3000]+{KEYWORD_FIELD}){{2,}})"
)


def _is_keyword_field(field: str, config: CleaningConfig = DEFAULTS) -> bool:
    """A field that is a gambling keyword: a brand, a brand shape (网上赌博平台, 玄榕棋牌) or solid terms."""
    if not HAN_RE.search(field):
        return False  # English prose is space-separated; a Latin field is judged with its Han neighbours
    signals = measure_line(field, 0)
    return not signals.reporting and bool(
        signals.all_brands or signals.weak_brands or signals.score >= config.keyword_field_min_score
    )


def _is_solid_keyword(field: str, config: CleaningConfig = DEFAULTS) -> bool:
    """A keyword that is gambling on its own: a known, strong or invented brand, or solid gambling words."""
    signals = measure_line(field, 0)
    return bool(signals.all_brands) or signals.score >= config.keyword_field_min_score + 1


def _cuts_a_word(field: str, cut: int) -> bool:
    """The cut falls inside a word: the characters around it make a word jieba knows (体育|中心, 体育|馆)."""
    return any(is_known_word(field[max(cut - 2, 0) : cut + k]) for k in (1, 2) if cut + k <= len(field))


def _keyword_prefix(field: str, config: CleaningConfig = DEFAULTS) -> int:
    """Length of the gambling words a field starts with (体育买球网站|大全各地…, 锦澈电子|扩大家电…), or 0."""
    spans = sorted([*brand_spans(field, weak=True, cta_nouns=True), *made_up_spans(field), *term_spans(field)])
    end = 0
    for start, stop in spans:
        if start > end:
            break
        end = max(end, stop)
    return end


# The same list glued to the prose before it (…推出了三款平板电脑 真人百家乐 网上捕鱼 棋牌游戏 体育投注，售价…,
# …向社会直播特码 平码 杀号 走势图，…): the first field is prose, at most its last words a keyword.
STOPS = r"\s。！？；，,、：:“”\""
GLUED_RUN_RE = re.compile(rf"(?<![{STOPS}])(?P<run>(?:[ \t\u3000]+{KEYWORD_FIELD}){{2,}}[ \t\u3000]+[^{STOPS}]{{2,}})")


def _keyword_suffix(text: str) -> int:
    """Length of the gambling words ``text`` ends with (…向社会直播|特码, …|澳洲幸运10), or 0."""
    stem = text.rstrip("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    spans = [*brand_spans(stem, weak=True, cta_nouns=True), *made_up_spans(stem), *term_spans(stem)]
    start = len(stem)
    for begin, stop in sorted(spans, key=lambda s: -s[1]):
        if stop < start:
            break
        start = min(start, begin)
    return len(text) - start if start < len(stem) else 0


def find_keyword_runs(line: str, config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """keyword_run: three or more space-separated gambling keywords spliced into a line of prose.

    Every field must be a gambling keyword on its own (the last one: its first words, since
    it is glued to the prose that follows), so a spaced list of ordinary words, names in a
    caption or an English sentence never qualifies; a field framed as reporting stops the run.
    A list glued to the prose before it (no punctuation in between) is cut from its first space,
    or from the keyword the prose ends with, when the line reports nothing.
    """
    spans = _runs_after_punctuation(line, config)
    if "\u3000" in line or " " in line or "\t" in line:
        spans += [s for s in _runs_after_prose(line, config) if not any(a < s[1] and s[0] < b for a, b in spans)]
    return sorted(spans)


def _names_a_site(fields: list[re.Match[str]]) -> bool:
    """One of the fields names a gambling site: a brand, an invented or a brand-shaped name."""
    return any((x := measure_line(f.group(), 0)).all_brands or x.made_up or x.weak_brands for f in fields)


def _reports(line: str) -> bool:
    return measure_line(line, 0).reporting


def _has_evidence(field: str) -> bool:
    """A field with a gambling word or a call to action, however light (走势图分析, 免费资料)."""
    signals = measure_line(field, 0)
    return not signals.reporting and bool(signals.score or signals.cta)


def _has_gambling_word(field: str) -> bool:
    signals = measure_line(field, 0)
    return bool(signals.score or signals.all_brands or signals.weak_brands)


def _runs_after_prose(line: str, config: CleaningConfig) -> list[tuple[int, int]]:
    """Space-separated keyword lists glued to the prose before them (see ``GLUED_RUN_RE``).

    Looser per field than a list after punctuation (a field may hold one common gambling word: 网上捕鱼,
    走势图) but stricter as a whole: two keyword fields, one solid, ``stuffed_min_points`` points
    together, and a line that reports nothing.
    """
    spans = []
    for match in GLUED_RUN_RE.finditer(line):
        run_start = match.start("run")
        head_start = max(line.rfind(ch, 0, run_start) for ch in ' \t\u3000。！？；，,、：:“”"') + 1
        head = line[head_start:run_start]
        if not HAN_RE.search(head):
            continue
        keywords, end = [], run_start
        fields = list(re.finditer(r"\S+", match.group("run")))
        for index, found in enumerate(fields):
            field, field_end = found.group(), run_start + found.end()
            keep_from = _keyword_prefix(field)
            if field[keep_from:].isascii() and field[keep_from:].isalnum():
                keep_from = len(field)  # 澳洲幸运|5, 加拿大|28: a lottery's number is part of its name
            whole = index < len(fields) - 1 or keep_from in (0, len(field))
            if len(field) <= 12 and whole and _has_gambling_word(field):
                keywords.append(field)
                end = field_end
                continue
            if keep_from and _is_keyword_field(field[:keep_from], config) and not _cuts_a_word(field, keep_from):
                keywords.append(field[:keep_from])  # the last keyword glued to the prose that follows
                end = run_start + found.start() + keep_from
            break
        suffix = _keyword_suffix(head)
        if len(HAN_RE.findall(head[: len(head) - suffix])) < 2:
            continue  # 热门标签：澳洲幸运10 幸运飞艇 …: a list, no prose before it (the line rules' to judge)
        if suffix and not _cuts_a_word(head, len(head) - suffix):
            keywords.insert(0, head[-suffix:])  # 直播|特码 平码 …: the first keyword is glued to the prose
        if len(keywords) < 3 or sum(_is_keyword_field(k, config) for k in keywords) < 2:
            continue
        if not any(_is_solid_keyword(k, config=config) for k in keywords):
            continue
        if sum(measure_line(k, 0).score for k in keywords) < config.stuffed_min_points:
            continue
        if measure_line(line, 0).reporting:
            continue  # a report listing what a gambling ring offered keeps its list
        start = run_start - (len(head[-suffix:]) if keywords[0] == head[-suffix:] and suffix else 0)
        spans.append((start, end))
    return spans


def _runs_after_punctuation(line: str, config: CleaningConfig) -> list[tuple[int, int]]:
    spans = []
    for match in KEYWORD_RUN_RE.finditer(line):
        fields = list(re.finditer(r"\S+", match.group("run")))
        while fields and not HAN_RE.search(fields[0].group()):
            fields.pop(0)  # a number or code before the list (联系电话：159****1120 加拿大28 …) is the line's own
        if len(fields) < MIN_RUN_FIELDS:
            continue
        if any(NUMBERED_FIELD_RE.match(f.group()) for f in fields):
            continue  # a numbered list (1.宏利汇国际 2.金樽娱乐) is the article's own: a warning names platforms so
        ends_line = not line[match.end("run") :].strip()
        # At the line's end the last field is glued to nothing: it is judged like the others.
        head, last = (fields, None) if ends_line else (fields[:-1], fields[-1])
        # A call to action or a lighter word may stand among the keywords (… 平码 免费资料 走势图分析): two
        # keyword fields at least, and every other field has gambling evidence of its own.
        keyword = [_is_keyword_field(f.group(), config=config) for f in head]
        light = [k or _has_evidence(f.group()) for k, f in zip(keyword, head, strict=True)]
        if not all(light) or sum(keyword) < MIN_KEYWORD_FIELDS:
            continue
        if last is None:
            if any(_is_solid_keyword(f.group(), config=config) for f in head):
                spans.append((match.start("run") + fields[0].start(), match.start("run") + fields[-1].end()))
            continue
        keep_from = _keyword_prefix(last.group(), config=config)
        closed = not keep_from and len(head) >= MIN_RUN_FIELDS and _names_a_site(head) and not _reports(line)
        if closed and any(_is_solid_keyword(f.group(), config) for f in head):
            # The list closed by a space, the prose going on after it (…收汁，<X国际> 百家乐技巧 老虎机 棋牌 撒上…):
            # the run and its spaces go, the prose stays. It must name a site (a list of games after 玩法有：
            # is a guide's), and a report listing what a ring offered keeps it.
            spans.append((match.start("run") + fields[0].start(), match.start("run") + last.start()))
            continue
        if not keep_from or not _is_keyword_field(last.group()[:keep_from], config=config):
            continue
        if _cuts_a_word(last.group(), keep_from):
            continue  # 朝阳体育|中心三处场馆: the last field is a venue's name, not a keyword glued to prose
        keywords = [f.group() for f in head] + [last.group()[:keep_from]]
        if not any(_is_solid_keyword(k, config=config) for k in keywords):
            continue  # 东城体育 西城体育 …: place names with a business noun, no gambling word or brand
        spans.append((match.start("run") + fields[0].start(), match.start("run") + last.start() + keep_from))
    return spans


# Quote marks around a run: the text cites the words (an ad's slogan in a crackdown story), it does not use them.
QUOTE_OPEN, QUOTE_CLOSE = '“「『"‘', '”」』"’'


FILLER_RE = re.compile(r"[\u4e00-\u9fff]+")
# A sentence's or a clause's mark: a line with one is prose, not a list item.
SENTENCE_MARK_RE = re.compile(r"[。！？!?，,；;]")


def _points(seen: set[str]) -> int:
    terms = load_lexicon().terms
    return sum(terms[t].weight for t in seen if t in terms)


# Categories whose spam-only terms name no game a report explains (百家乐中押庄家 is a casino game's odds).
PRIVATE_LOTTERY_CATEGORIES = frozenset({"lottery", "tout"})


def _spam_only(seen: set[str]) -> bool:
    """The run holds a lottery or tip term only spam uses (weight 3: a private lottery's name, 一肖一码)."""
    terms = load_lexicon().terms
    return any(
        terms[t].weight >= SPAM_ONLY_WEIGHT and terms[t].category in PRIVATE_LOTTERY_CATEGORIES
        for t in seen
        if t in terms
    )


def _next_term_after_filler(pattern: WordMatcher, text: str, end: int, max_gap: int) -> int:
    """Where a lexicon term (``pattern``) starts after at most ``max_gap`` Han characters of filler at ``end``, or 0."""
    filler = FILLER_RE.match(text, end, end + max_gap)
    if filler is None:
        return 0
    for start in range(end + 1, filler.end() + 1):
        if pattern.match(text, start):
            return start
    return 0


def find_stuffed_terms(line: str, topic: frozenset[str], config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """stuffed_terms: a run of spam-only terms glued into a sentence with no space or comma around it
    (…获得赛季最佳球员，加拿大28人工计划软件最佳射手由…, …人工计划软件法孚莱机电).

    Safe: the run must join two or more terms only spam uses (a private lottery, a tip seller's
    word: ``stuffed_min_points`` points together), the line must be no report, and once the run is
    out the sentence must carry no gambling word at all, so a lottery column or a fraud report that
    discusses 人工计划 keeps it.
    """
    signals = measure_line(line, 0, topic)
    if signals.reporting or not signals.terms:
        return []  # the run's own points decide below (overlapping terms count: 人工计划 + 计划软件)
    pattern = matchers().terms
    if pattern is None:
        return []
    folded, text = lexicon_fold(line), fold_line(line)
    spans = []
    position = 0
    while position < len(text):
        found = pattern.match(text, position)
        if not found:
            position += 1
            continue
        # Grow the run over terms that start inside it, overlapping ones too (人工计划 + 计划软件).
        run_start, run_end, seen = position, found.end(), {found.group()}
        cursor = position + 1
        while cursor < len(text):
            if cursor > run_end:
                # A stuffed run goes on over a filler word to the next term (…人工计划软件|精准|稳赚); only
                # a run that is stuffed already: two words of a novel's sentence (荷官|轻声|报牌) make none.
                # So does a run opened by a name only spam prints (极速快三|全天|计划群): a private lottery is no
                # word of a novel's.
                stuffed = (len(seen) >= 2 and _points(seen) >= config.stuffed_min_points) or _spam_only(seen)
                cursor = _next_term_after_filler(pattern, text, run_end, config.stuffed_max_gap) if stuffed else 0
                if not cursor:
                    break
            more = pattern.match(text, cursor)
            if more and more.end() > run_end:
                run_end = more.end()
                seen.add(more.group())
            cursor += 1
        while run_end < len(text) and text[run_end].isascii() and text[run_end].isdigit():
            run_end += 1  # 澳洲幸运|5: a private lottery's number is part of its name
        points = _points(seen)
        glued = HAN_RE.search(text[run_start:run_end]) is not None  # Han words run together: no prose
        a, b = folded.span(run_start, run_end)
        quoted = line[a - 1 : a] in QUOTE_OPEN and line[b : b + 1] in QUOTE_CLOSE  # 「娛樂城體驗金」: a slogan cited
        if len(seen) >= 2 and points >= config.stuffed_min_points and glued and not quoted:
            spans.append((a, b))
        position = run_end
    if not spans:
        return []
    left = delete_spans(line, [(a, b, "run") for a, b in spans]).text
    rest = measure_line(left, 0, topic)
    if rest.score or rest.all_brands:
        return []
    # A tip item is the run and a word or two of the seller's (极速赛车 冠亚和 精准单双, …在线预测): no line
    # of the article's own is that short beside two spam-only terms, so the line goes whole.
    if not SENTENCE_MARK_RE.search(line) and len(HAN_RE.findall(left)) <= config.stuffed_line_max_rest:
        return [(len(line) - len(line.lstrip()), len(line.rstrip()))]
    return spans


register(
    "stuffed_terms",
    "span",
    "spam",
    "two or more spam-only terms glued into a clean sentence (`加拿大28人工计划软件`)",
    find_stuffed_terms,
)
