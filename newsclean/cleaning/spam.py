"""Remove gambling link-farm spam line by line, deciding by several signals together.

No rule fires on one keyword: a line is spam when its *shape* (a list of short
fields, a short promo) agrees with the lexicon (brands, brand-shaped names,
gambling terms, call-to-action words) and with its *position* (after the
article's copyright line) or its *density* against the article's own. A Macau
gaming-revenue story is gambling-dense in every sentence, so none stands out;
the seed's tail is a list of brands after 本文系…不得转载。, so all of it does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsclean.cleaning import offers as _offer_rules  # noqa: F401  (registers bonus_offer_line)
from newsclean.cleaning.blocks import find_line_runs, spread_to_block
from newsclean.cleaning.brands import (
    BYLINE_RE,
    DIRECTION,
    HAN_RE,
    brand_prefix_span,
    find_brand_prefix,
    find_brand_wrappers,
    has_sentence_head,
    is_brand_run,
)
from newsclean.cleaning.comments import find_comment_pitches
from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.credits import find_caption_tail, is_credited_caption
from newsclean.cleaning.domains import off_domain_substitutions, on_domain_made_up
from newsclean.cleaning.doorway import is_doorway_page
from newsclean.cleaning.echoes import PageBrands, brands_removed, find_brand_echoes, off_subject, page_brands
from newsclean.cleaning.features import BRAND_POINTS, CJK_RE, LineSignals, measure_line
from newsclean.cleaning.firms import registered_short_names
from newsclean.cleaning.headlines import headline_edits
from newsclean.cleaning.keywords import find_keyword_runs
from newsclean.cleaning.learned import learned_spans
from newsclean.cleaning.lines import (
    LINE_RE,
    PageContext,
    find_brand_lines,
    is_farm_signature,
    is_gambling_ad,
    is_link_farm_line,
    is_prose_shaped,
)
from newsclean.cleaning.pages import is_advertorial, is_offer_page, is_spam_page
from newsclean.cleaning.parties import find_party_brand, find_party_brands
from newsclean.cleaning.registry import register, rule_names, rules_of
from newsclean.cleaning.related import find_related_blocks
from newsclean.cleaning.residues import residue_edits
from newsclean.cleaning.sentences import brand_pitch_edits, sentence_edits, spliced_pitch_edits
from newsclean.cleaning.shapes import fold_line, lexicon_fold, matchers, stem_core
from newsclean.cleaning.spans import brand_spans
from newsclean.cleaning.titles import find_title_brand_fields, find_title_suffix
from newsclean.cleaning.topic import topic_cores
from newsclean.cleaning.trailers import is_keyword_trailer, off_subject_trailer_items, trailer_items
from newsclean.cleaning.types import Cleaned, Removal, delete_spans, remap, surviving

# The article's own lines that name places and credit pictures: an address (地址：…娱乐城B1), a caption
# ending in its photographer's credit (▲…外景 图：小北 摄). A spam line is neither.
ADDRESS_LINE_RE = re.compile(
    r"^\W*(?:[\u4e00-\u9fff]{0,4}(?:地址|地點|地点|会场|會場|场地|場地|集合点|集合點)|位置|位于|位於)\s*[:：]"
)
# A listing's name field (店名：金港湾娱乐城（KTV）): the venue the listing is about, named by its own label.
VENUE_LINE_RE = re.compile(
    r"^\W*(?:店名|店铺名称|店鋪名稱|商家名称|商家名稱|门店名称|門店名稱|场所名称|場所名稱)\s*[:：]"
)
# A row of a table of places: a street, then the venue on it (解放路 金海岸娱乐城).
ADDRESS_ROW_RE = re.compile(r"^\s*\S{1,10}(?:路|街|大道|大街|巷|道|号|號|广场|廣場)\s+\S{2,14}\s*$")
CAPTION_CREDIT_RE = re.compile(r"(?:摄|攝|供图|供圖)\s*[）)]?\s*$")
# A whole line in quotation marks, in an article that reports: the report quotes what it is about.
QUOTED_LINE_RE = re.compile(r"^\s*[“「『].*[”」』]\s*$")
# Brackets that quote a name rather than decorate it: in a report, 《X》 and 「X」 are what it is about.
QUOTE_BRACKETS = frozenset("《「『“")
# A numbered list item (1. 2、 ① （一） 二、): spam lists are never numbered, reports' lists often are, and an
# official FAQ numbers its questions 一、二、三、 (sample: a regulator's Q&A on cross-border gambling).
NUMBERED_RE = re.compile(
    r"^\s*(?:\d{1,2}[.、．)）]|[①-⑳]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,3}、)"
)
# A place given as directions in brackets (（星海娱乐城北侧）, （金沙广场对面）): where something is, not an ad.
PLACE_BRACKET_RE = re.compile(rf"[（(][^（）()\n]{{2,24}}?(?:{DIRECTION})[）)]")


def measure_lines(text: str, config: CleaningConfig) -> tuple[list[LineSignals], frozenset[str]]:
    """Signals for every non-empty line, with the article's own topic words learnt first."""
    lines = [(m.start(), m.group()) for m in LINE_RE.finditer(text)]
    first = [measure_line(line, start) for start, line in lines]
    clean = [s.text for s in first if is_prose_shaped(s, config) and not s.score]
    topic = topic_cores(clean, config.topic_min_occurrences)
    # Topic words only ever spare a brand-shaped name (see ``shapes.brand_shapes``): a line without
    # one measures the same with them, so only lines with a shape are measured again.
    shape = matchers().brand_shape
    return [
        measure_line(line, start, topic) if shape.search(fold_line(line)) else s
        for (start, line), s in zip(lines, first, strict=True)
    ], topic


def classify_line(s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig) -> str | None:
    """The name of the first line rule (in registry order) that marks this line as spam, or None to keep it."""
    if s.is_separator:
        return None
    if not s.inert and (
        has_sentence_head(s.text, config)
        or _is_prefixed_clean_line(s.text, config)
        or _is_stuffed_clean_line(s, config)
    ):
        return None  # a clean sentence with a run appended, inserted or a brand glued in front: only those go
    if "farm_signature" not in config.disabled_rules and is_farm_signature(s, config):
        return "farm_signature"  # a farm signs with its name after a credit label, which reads like a list's
    if _kept_whole(s, ctx, index, config):
        return None
    for line_rule in rules_of("line", config.disabled_rules):
        if line_rule(s, ctx, index, config):
            return line_rule.name
    return None


# A credit line: an editor's, author's or source's label, maybe in brackets (作者為 …, 责任编辑：…).
CREDIT_LINE_RE = re.compile(
    r"\s*[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|作者|撰稿|审核|審核|校对|校對)\s*(?:[:：]|[为為系是]\S)"
)


def _kept_whole(s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig) -> bool:
    """Lines no line rule judges whole, whatever names they hold: only their brands may go (span rules)."""
    if "keyword_trailer_item" not in config.disabled_rules and is_keyword_trailer(s.text, config):
        return True  # the site's own keywords with brands mixed in: only the brands go
    if is_credited_caption(s.text, config) or find_caption_tail(s.text, frozenset(), config):
        return True  # a clean caption signed by a gambling site or with a pitch glued on: only that goes
    if ADDRESS_LINE_RE.match(s.text) or ADDRESS_ROW_RE.match(s.text) or CAPTION_CREDIT_RE.search(s.text):
        return True  # an address or a credited caption: the article's own line, whatever names it holds
    if VENUE_LINE_RE.match(s.text) and not s.cta:
        return True  # a listing's name field: the venue it lists (a pitch would sell, a name field does not)
    if _names_only_places(s):
        return True  # 服务点：…大厅（星海娱乐城北侧）: the venue is a landmark in directions
    if "brand_substitution" not in config.disabled_rules and find_party_brand(s.text, config):
        return True  # a notice's party row (中标人：<brand>): only the brand goes (see ``party_edits``)
    if BYLINE_RE.match(s.text) or CREDIT_LINE_RE.match(s.text):
        # A byline or a credit (责任编辑:周敏, （作者為X研究中心研究員）): a brand in it stands for a name, a run glued
        # to it is stuffing (brand_substitution and stuffed_terms cut them); the credit is the article's.
        return True
    reporting = ctx.reporting_lines >= config.reporting_frame_min_lines
    if reporting and index <= ctx.end_index and QUOTED_LINE_RE.match(s.text) and not s.obfuscated:
        return True  # a report quoting a spam line as evidence
    if reporting and index <= ctx.end_index and NUMBERED_RE.match(s.text):
        return True  # a report's numbered list of the platforms it warns about (1.宏利汇国际　2.金樽娱乐)
    return False


def _names_only_places(s: LineSignals) -> bool:
    """Every gambling name and word of the line sits in a bracketed direction (（星海娱乐城北侧）, （金沙广场对面）).

    A notice tells its readers where to go by the landmarks around it; a spam line gives no directions.
    A line with a brand, a gambling word or a call to action outside the brackets is judged as usual.
    """
    if s.cta or not (s.all_brands or s.terms):
        return False
    places = "".join(m.group() for m in PLACE_BRACKET_RE.finditer(s.text))
    if not places:
        return False
    folded = fold_line(places)
    return all(name in folded for name in s.all_brands) and all(term in folded for term in s.terms)


def _is_stuffed_clean_line(s: LineSignals, config: CleaningConfig) -> bool:
    """A clean sentence with a keyword list spliced into it (…开盖收汁，<X国际> 百家乐技巧 老虎机 棋牌 撒上葱花…):
    the keyword_run rule cuts the list; what is left must be a clean sentence of its own."""
    if "keyword_run" in config.disabled_rules or not s.is_sentence:
        return False
    runs = find_keyword_runs(s.text, config)
    if not runs:
        return False
    rest = measure_line(delete_spans(s.text, [(a, b, "keyword_run") for a, b in runs]).text, 0)
    clean = not (rest.score or rest.all_brands or rest.cta or rest.made_up)
    return clean and rest.is_sentence and rest.chars >= config.topic_sentence_min_chars


def _is_prefixed_clean_line(line: str, config: CleaningConfig) -> bool:
    """A brand prefix glued to a clean headline or sentence (九游会体育官网-苏超联赛总决赛落幕 6万名球迷现场观赛),
    or a bracketed brand before one (【鼎晟娛樂城】何文田新盤週末開放示範單位): the prefix or wrapper rule cuts
    the brand."""
    prefix = brand_prefix_span(line, config)[1]
    if not prefix:
        lead = len(line) - len(line.lstrip())
        prefix = next((b for a, b in find_brand_wrappers(line, frozenset(), config) if a == lead), 0)
    if not prefix:
        return False
    rest = measure_line(line[prefix:], 0)
    # One everyday call-to-action word is a headline's own (…保值率排行, …报名入口) when the headline is long
    # enough to say something else too; a pitch stacks them (注册送彩金 官网入口).
    words = rest.text
    for word in rest.cta:
        words = words.replace(word, "")
    cta = len(rest.cta) <= config.clean_sentence_max_cta and len(HAN_RE.findall(words)) >= config.headline_min_chars
    return not rest.all_brands and not rest.weak_brands and rest.score == 0 and (not rest.cta or cta)


def remove_spam(text: str, config: CleaningConfig | None = None, brands: frozenset[str] = frozenset()) -> Cleaned:
    """Remove gambling spam lines; flag the text ``is_spam`` when it is spam as a whole.

    Keeps news *about* gambling (博彩毛收入, 体彩, police reports), image captions
    naming the article's own subject (英伟达H200芯片资料图 英伟达官网), bylines,
    copyright lines and credits. ``brands`` are brands already removed elsewhere on the page (its
    title): their other shapes go too (see ``echoes``).

    >>> tail = "下载皇冠体育365app,万博官网APP,AG真人平台登录"
    >>> remove_spam("正文第一段。\\n本文未经授权,不得转载。\\n" + tail).text
    '正文第一段。\\n本文未经授权,不得转载。\\n'
    """
    config = config or DEFAULTS
    result = _remove_spam_once(text, config, brands)
    # Verdicts depend on context (the article's density, what follows a sentence), and a removal
    # changes the context; repeat until nothing changes, so cleaning is idempotent. Each pass only
    # deletes, so this ends.
    removals, passes = list(result.removals), 1
    index = surviving(list(range(len(text))), result.removals)  # original offset of each surviving character
    while result.removals and passes < config.max_passes and not result.is_spam:
        result = _remove_spam_once(result.text, config, result.brands)
        removals += remap(result.removals, index)  # every removal's offsets refer to ``text``
        index = surviving(index, result.removals)
        passes += 1
    return Cleaned(result.text, tuple(removals), result.is_spam, _flags(removals), result.brands)


def _flags(removals: Iterable[Removal]) -> frozenset[str]:
    """``substitution`` when a brand was cut out of a sentence it stood in (the word it replaced is unknown)."""
    return frozenset({"substitution"}) if any(r.rule == "brand_substitution" for r in removals) else frozenset()


def _remove_spam_once(text: str, config: CleaningConfig, known: frozenset[str] = frozenset()) -> Cleaned:
    signals, topic = measure_lines(text, config)
    end = _article_end(signals)
    prose = [s for s in signals if is_prose_shaped(s, config)] or signals
    reports = [s for s in signals if s.reporting]
    gambling_reports = sum(bool(s.score or s.all_brands) for s in reports)
    prose_chars = sum(s.chars for s in prose)
    han = sum(s.chars for s in prose if CJK_RE.search(s.text)) > config.han_prose_min_share * prose_chars
    ctx = PageContext(end, sum(s.score for s in prose), prose_chars, len(reports), gambling_reports, han)
    verdicts = [classify_line(s, ctx, i, config) for i, s in enumerate(signals)]
    if "spam_line_run" not in config.disabled_rules:
        find_line_runs(signals, verdicts, ctx, config)
    if "comment_pitch" not in config.disabled_rules:
        find_comment_pitches(signals, verdicts, ctx, config)
    if "related_block_item" not in config.disabled_rules:
        find_related_blocks(signals, verdicts, ctx, config)
    if "brand_line" not in config.disabled_rules:
        # A report's own list of the platforms it names (one per line, inside the article) is the report's.
        framed = ctx.reporting_lines >= config.reporting_frame_min_lines
        find_brand_lines(
            signals,
            verdicts,
            config,
            lambda i: (framed and i <= ctx.end_index) or _kept_whole(signals[i], ctx, i, config),
        )
    spread_to_block(signals, verdicts, ctx, config)
    headline = [] if "headline_brand_field" in config.disabled_rules else headline_edits(signals, verdicts, config)
    headline += sentence_edits(signals, verdicts, end, config)
    if "spliced_pitch" not in config.disabled_rules:
        headline += spliced_pitch_edits(signals, verdicts, ctx, topic, config)
    spans = [(s.start, _line_end(text, s), rule) for s, rule in zip(signals, verdicts, strict=True) if rule]
    kept = [s for s, v in zip(signals, verdicts, strict=True) if not v]
    reporting = ctx.reporting_lines > 0  # a report names platforms in quotation brackets on purpose
    brand_edits = headline + [span for s in kept for span in brand_edits_in(s, topic, config, reporting)]
    brand_edits += party_edits(kept, brand_edits, config)
    if "brand_substitution" not in config.disabled_rules:
        brand_edits += off_domain_substitutions(kept, brand_edits, topic, ctx.reporting_lines, config)
    brand_edits = on_domain_made_up(text, kept, brand_edits, topic, config)
    brand_edits += repeat_substitutions(text, kept, brand_edits, config)
    brand_edits = without_registered_names(text, kept, brand_edits)
    pitched = [(rule, text[s.start : s.end]) for s, rule in zip(signals, verdicts, strict=True) if rule]
    brands = known | brands_removed([*pitched, *((rule, text[a:b]) for a, b, rule in brand_edits)])
    if brands and "brand_pitch" not in config.disabled_rules:
        pitches = brand_pitch_edits(
            kept, off_subject(page_brands(brands), (s.text for s in kept)), brand_edits, ctx, config
        )
        brand_edits = [e for e in brand_edits if not _inside_any(e, pitches)] + pitches
    if brands and "brand_echo" not in config.disabled_rules:
        brand_edits += echo_edits(kept, brand_edits, page_brands(brands), config)
    if "keyword_trailer_item" not in config.disabled_rules:
        brand_edits += off_subject_trailer_items(kept, brand_edits, config)
    if "edit_residue" not in config.disabled_rules:
        brand_edits += residue_edits(kept, brand_edits)
    # Hook (issue 10): the learned model's second opinion, on lines no rule touched at all (learned.py).
    if config.learned_line_enabled and "learned_line" not in config.disabled_rules:
        spans += learned_spans(text, signals, verdicts, brand_edits, ctx, config)
    cleaned = delete_spans(text, spans + brand_edits)
    # Judge the page on its lines as they will be published: a real sentence that lost a glued brand
    # prefix (华体会官网入口-新华社西昌电…) is article prose again.
    # A pitch sentence about a brand is the page's own spam, not a glued name: it stays counted.
    glued = [edit for edit in brand_edits if edit[2] != "brand_pitch"]
    after = [_without_edits(s, glued, topic) if not v else s for s, v in zip(signals, verdicts, strict=True)]
    # A doorway is judged on its lines without one brand's prefixes glued to them: a real article whose
    # paragraphs each start with 鎏金閣娛樂城：… names the brand on every line and is still an article.
    # Other edits stay counted (a doorway's brand standing in its sentences is what makes it one), and
    # so do prefixes of several brands: a ranking doorway starts each line with another (帝铂电竞：…).
    prefixes = [edit for edit in brand_edits if edit[2] == "brand_prefix"]
    one_brand = len({_brand_name(text[a:b]) for a, b, _ in prefixes}) == 1
    doorway_lines = (
        [_unprefixed_prose(s, prefixes, topic) if not v else s for s, v in zip(signals, verdicts, strict=True)]
        if one_brand
        else signals
    )
    # A brand standing in a sentence as its subject (璟赢娱乐城成立十周年…) leaves prose when cut from a real
    # article; on a page that sells it with offer words, it is what the page is about.
    named = [edit for edit in glued if edit[2] != "brand_substitution"]
    spam_page = is_spam_page(after, verdicts, config) or is_doorway_page(doorway_lines, verdicts, config)
    spam_page = spam_page or ("spam_page" not in config.disabled_rules and is_advertorial(signals, verdicts, config))
    if not spam_page and len(named) < len(glued):
        subjects = [_without_edits(s, named, topic) if not v else s for s, v in zip(signals, verdicts, strict=True)]
        spam_page = is_offer_page(subjects, verdicts, config)
    return Cleaned(cleaned.text, cleaned.removals, spam_page, _flags(cleaned.removals), brands)


def _inside_any(edit: tuple[int, int, str], spans: list[tuple[int, int, str]]) -> bool:
    return any(a <= edit[0] and edit[1] <= b for a, b, _ in spans)


def echo_edits(
    kept: list[LineSignals], edits: list[tuple[int, int, str]], brands: PageBrands, config: CleaningConfig
) -> list[tuple[int, int, str]]:
    """The page's removed brands met again in kept lines (see ``echoes``), outside the edits made.

    A line framed as reporting, or talking gambling once the echoes are out, keeps the name: there
    it is the subject (a police report on the site), not a stand-in.
    """
    brands = off_subject(brands, (s.text for s in kept))
    taken = {i for a, b, _ in edits for i in range(a, b)}
    more: list[tuple[int, int, str]] = []
    for s in kept:
        found = find_brand_echoes(s.text, brands) if not s.reporting else []
        if found and not trailer_items(s.text, config):
            rest = measure_line(delete_spans(s.text, [(a, b, "brand_echo") for a, b in found]).text, 0)
            if rest.score or rest.all_brands:
                continue
        for a, b in found:
            # An echo overlapping another rule's removal merges with it; one that adds only a separator
            # (the comma between two items other rules took) would eat the next item's.
            added = "".join(s.text[i] for i in range(a, b) if s.start + i not in taken)
            if WORD_RE.search(added):
                more.append((s.start + a, s.start + b, "brand_echo"))
    return more


WORD_RE = re.compile(r"\w")


def _brand_name(prefix: str) -> str:
    """The name a brand prefix starts with, whatever follows it (鎏金閣娛樂城：, 鎏金閣娛樂城推薦： are one)."""
    spans = brand_spans(prefix, weak=True, cta_nouns=True)
    name = lexicon_fold(prefix[spans[0][0] : spans[0][1]]).text if spans else prefix
    match = matchers().brand_shape.match(name)
    return stem_core(match.group("stem")) if match else name


def _article_end(signals: list[LineSignals]) -> int:
    """Index of the line that closes the article: a copyright line or 责任编辑 (after the first line), or
    a bracketed credit (（记者 苏荣才）) in the second half of the text; else the line count."""
    half = len(signals) // 2
    for i, s in enumerate(signals):
        if i > 0 and (s.is_end_marker or (s.is_closing_credit and i >= half)):
            return i
    return len(signals)


def _unprefixed_prose(s: LineSignals, prefixes: list[tuple[int, int, str]], topic: frozenset[str]) -> LineSignals:
    """The line without its brand prefix when what follows is a clean sentence (鎏金閣娛樂城：<the article's
    paragraph>); a prefix before the site's address or its pitch (X官方网址：www.x88.com) stays counted."""
    rest = _without_edits(s, prefixes, topic)
    return rest if rest.is_sentence and not (rest.score or rest.all_brands or rest.cta) else s


def _without_edits(s: LineSignals, edits: list[tuple[int, int, str]], topic: frozenset[str]) -> LineSignals:
    mine = [(a - s.start, b - s.start, rule) for a, b, rule in edits if s.start <= a < s.end]
    return measure_line(delete_spans(s.text, mine).text, s.start, topic) if mine else s


def brand_edits_in(
    s: LineSignals, topic: frozenset[str], config: CleaningConfig, reporting: bool = False
) -> list[tuple[int, int, str]]:
    """Brand prefixes, wrappers, tails, keyword runs and substitutions in a line that is kept (see ``brands``).

    The span rules run in registry order; a span overlapping an earlier rule's is left to that rule.
    In an article framed as reporting (``reporting``), names in quotation brackets (《鑫鼎娱乐》,
    「天鑫娛樂城」) are the platforms the report is about, not wrappers.
    """
    edits: list[tuple[int, int, str]] = []
    if s.inert:
        return edits  # every span rule looks for a trigger word first; the line holds none
    covered: set[int] = set()
    for span_rule in rules_of("span", config.disabled_rules):
        for a, b in span_rule(s.text, topic, config):
            if reporting and span_rule.name == "brand_wrapper" and s.text[a] in QUOTE_BRACKETS:
                continue
            if reporting and span_rule.name == "bonus_offer_pitch":
                continue  # a page with a line of reporting describes the offers it is about (offers.py)
            if span_rule.name in OVERLAPPING_SPAN_RULES or not covered.intersection(range(a, b)):
                edits.append((s.start + a, s.start + b, span_rule.name))
                covered.update(range(a, b))
    return edits


def party_edits(
    kept: list[LineSignals], edits: list[tuple[int, int, str]], config: CleaningConfig
) -> list[tuple[int, int, str]]:
    """A brand that is the whole value of a kept party row (主办单位：<brand>) is cut as a substitution
    (switched off with brand_substitution: NEWSCLEAN_SPAM_RULES)."""
    if "brand_substitution" in config.disabled_rules:
        return []
    taken = {i for a, b, _ in edits for i in range(a, b)}
    found = []
    for s in kept:
        for a, b in find_party_brands(s.text, config):
            if not taken.intersection(range(s.start + a, s.start + b)):
                found.append((s.start + a, s.start + b, "brand_substitution"))
    return found


def repeat_substitutions(
    text: str, kept: list[LineSignals], edits: list[tuple[int, int, str]], config: CleaningConfig
) -> list[tuple[int, int, str]]:
    """Other occurrences, in kept lines, of a name already cut as a substitution: 瓴赢体育 stands for the
    same organisation every time the article names it."""
    names = {text[a:b] for a, b, rule in edits if rule == "brand_substitution" and b - a >= config.repeat_min_chars}
    taken = {i for a, b, _ in edits for i in range(a, b)}
    more: list[tuple[int, int, str]] = []
    for s in kept:
        if s.reporting or s.score > BRAND_POINTS * len(s.all_brands):
            continue  # the line talks gambling itself: the name is its subject, not a stand-in
        # Longest first, so a name and a longer one holding it (米澜体育, 米澜体育app下载) resolve the same
        # way on every run: a set's order changes with the process's hash seed.
        for name in sorted(names, key=lambda n: (-len(n), n)):
            for match in re.finditer(re.escape(name), s.text):
                start, end = s.start + match.start(), s.start + match.end()
                if not taken.intersection(range(start, end)):
                    more.append((start, end, "brand_substitution"))
                    taken.update(range(start, end))
    return more


def without_registered_names(
    text: str, kept: list[LineSignals], edits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Substitutions of a name the kept lines register in full (濠峰娱乐 of 濠峰娱乐控股有限公司) are undone."""
    names = {text[a:b] for a, b, rule in edits if rule == "brand_substitution"}
    registered = registered_short_names(names, "\n".join(s.text for s in kept)) if names else frozenset()
    return [e for e in edits if not (e[2] == "brand_substitution" and text[e[0] : e[1]] in registered)]


def remove_title_spam(
    title: str, config: CleaningConfig | None = None, brands: frozenset[str] = frozenset()
) -> Cleaned:
    """Clean a headline: brand suffixes (…_博盈体育) and wrappers go; a hijacked title is spam as a whole.

    Keeps portal suffixes of real sites (_新浪体育, _凤凰网娱乐) and 【记者 张三】.

    >>> remove_title_spam("山村民宿抱团发展_沐岚体育app下载").text
    '山村民宿抱团发展'
    """
    config = config or DEFAULTS
    cut = find_title_suffix(title, config)
    head, whole = measure_line(title[:cut], 0), measure_line(title, 0)
    # Hijacked: the headline itself sells gambling or is nothing but a brand (琮瑢娱乐官网), or the whole
    # title is a brand list led by gambling words.
    hijacked = is_link_farm_line(head, config) or is_gambling_ad(head, config) or is_brand_run(title[:cut], config)
    off = config.disabled_rules
    # A headline that reports on gambling (…洗钱超亿元 主犯获刑十年 | <brand> | <brand>) keeps its words: only
    # the brand fields after it go.
    hijacked = hijacked or (is_link_farm_line(whole, config) and head.score > 0 and not head.reporting)
    if title.strip() and hijacked and "title_link_farm" not in off:
        named = brands | brands_removed([("title_link_farm", title)])
        return Cleaned("", (Removal("title_link_farm", title, 0, len(title)),), is_spam=True, brands=named)
    edits = [(cut, len(title), "title_brand_suffix")] if cut < len(title) else []
    edits += [(a, b, "title_brand_suffix") for a, b in find_title_brand_fields(title[:cut], config)]
    prefix = find_brand_prefix(title[:cut], config)
    if prefix:
        edits.append((0, prefix, "brand_prefix"))
    # A headline that reports (刑事局破獲…「鉑御娛樂城」洗錢) names in quotation brackets what it reports on.
    quoting = whole.reporting
    edits += [
        (a, b, "brand_wrapper")
        for a, b in find_brand_wrappers(title[:cut], frozenset(), config)
        if not (quoting and title[a] in QUOTE_BRACKETS)
    ]
    edits = [edit for edit in edits if edit[2] not in off]
    named = brands | brands_removed((rule, title[a:b]) for a, b, rule in edits)
    if named and "brand_echo" not in off:
        edits += echo_edits([measure_line(title, 0)], edits, page_brands(named), config)
    cleaned = delete_spans(title, edits)
    is_spam = bool(title.strip()) and not cleaned.text.strip()
    return Cleaned(cleaned.text, cleaned.removals, is_spam=is_spam, brands=named)


def _line_end(text: str, s: LineSignals) -> int:
    """Remove the line's newline with it, so no blank line is left behind."""
    return s.end + 1 if text[s.end : s.end + 1] == "\n" else s.end


# Span rules that may overlap one another (delete_spans merges them); later span rules yield to earlier ones.
OVERLAPPING_SPAN_RULES = frozenset({"brand_prefix", "brand_wrapper", "spam_tail"})

register(
    "title_link_farm",
    "title",
    "spam",
    "a hijacked title: a brand list or a brand alone (the title is removed whole)",
    remove_title_spam,
)
RULE_NAMES: tuple[str, ...] = tuple(name for name in rule_names("spam") if name != "spam_page")
