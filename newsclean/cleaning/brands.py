"""Brand rules inside a line: remove the brand, keep the sentence it was glued to.

Injectors often do not add a line but decorate a real one: a brand prefix
(星耀娱乐现金网网址：+ real sentence), a wrapper (【乐途体育app】), a title suffix
(_博盈体育), or a brand put in place of a word (简称“乐途体育”). Each rule here
removes only the brand span and keeps the rest of the line byte for byte.
"""

from __future__ import annotations

import functools
import re

from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.datelines import attribution_span
from newsclean.cleaning.features import LineSignals, han_chars, measure_line
from newsclean.cleaning.firms import COMPANY_FORM_RE, REGISTERED_AFTER_RE, is_business_listing
from newsclean.cleaning.keywords import find_keyword_runs
from newsclean.cleaning.lexicon import read_entries
from newsclean.cleaning.matching import fold_simple
from newsclean.cleaning.registry import module_rule_names, register
from newsclean.cleaning.shapes import gambling_nouns, matchers, suffix_chain_re
from newsclean.cleaning.spans import CHINA_MARK_RE, brand_spans, made_up_spans
from newsclean.cleaning.tokens import holds_known_word, is_known_word
from newsclean.cleaning.types import delete_spans

# Separators between a glued brand and the sentence: 九游会官网登录入口-今年…, 皓鹭国际app下载：为期…
PREFIX_SEPARATOR_RE = re.compile(r"\s*(?:[-_:：·|｜丨—–]|\s-\s)\s*")
# How a dateline ends before its space: 中安在线讯, 本报讯, 新华社北京12月10日电, 央视网消息.
DATELINE_ENDS = ("讯", "電", "电", "报道", "報道", "消息")
# A head glued with a space is a bare name: letters, digits, Han characters and a dot, no brackets.
SPACE_PREFIX_HEAD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·.]+")
# A space (or two) before Han text: how some injectors glue a brand to a headline.
SPACE_SEPARATOR_RE = re.compile(r"[ \u3000]{1,2}(?=[\u4e00-\u9fff])")
WRAPPER_RE = re.compile(
    r"[【\[〖「『（(《‘](?P<inner>[^【】\[\]〖〗「」『』（）()《》“”‘’\"\n]{2,24})[】\]〗」』）)》’]"
)
# A tail that is a credit: （来源：X）, or X 供图 / X 摄 (the wrapper and substitution rules cut X alone).
CREDIT_OPEN_RE = re.compile(r"\s*[（(]\s*(?:来源|來源|图|圖|图片|圖片|摄影|攝影|作者|编辑|編輯)\s*[:：]")
CREDIT_END_RE = re.compile(r"(?:供图|供圖|摄|攝|提供)\s*[）)]?\s*$")
# A credit inside brackets: （来源：X）, （图：X）, （摄影：X）.
CREDIT_LABEL_RE = re.compile(
    r"\s*(?:来源|來源|图|圖|图片|圖片|摄影|攝影|供图|供圖|作者|编辑|編輯|记者|記者|通讯员|通訊員)\s*[:：]\s*"
)
# A bracketed byline (（记者 周航 报道）, （通讯员 李明 摄）): a reporter's credit, whatever was glued into it.
BYLINE_CREDIT_RE = re.compile(r"\s*(?:记者|記者|通讯员|通訊員|实习生|實習生|本报记者|本報記者)\s")
# 简称“乐途体育” / 以下简称"X": the quoted word is a name the article defines.
ABBREVIATION_RE = re.compile(r"简称[“\"「『](?P<name>[^”\"」』\n]{2,16})[”\"」』]")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def is_brand_run(text: str, config: CleaningConfig = DEFAULTS) -> bool:
    """True when ``text`` is a gambling brand plus decoration (官网, 入口, (中国)), with no sentence in it."""
    if not text.strip() or re.search(r"[。！？，,]", text):
        return False
    signals = measure_line(text, 0)
    if signals.reporting:
        return False
    size = len("".join(text.split()))
    # Brand names (with 官网/入口/app… shapes: 澳门金沙官方网站, 【威尼斯人官网】) must fill the run: a
    # clause that merely mentions one (项目负责人、澈鹭国际材料学院教授说) is no brand run.
    spans = brand_spans(text, weak=True, cta_nouns=True) + made_up_spans(text)
    # A name with a company's legal form after it (星汇娱乐集团) is the firm the headline is about.
    spans = [(s, e) for s, e in spans if not COMPANY_FORM_RE.match(text, e)]
    covered_at = {i for s, e in spans for i in range(s, e)}
    covered = len(covered_at)
    if signals.brands:
        return covered >= config.brand_run_cover * size
    if signals.made_up:
        # Invented names alone: what they leave is decoration (最新入口, 官方网站), not words of a headline
        # (车机供应商<X娱乐>与<Y国际>达成合作 names two firms).
        rest = "".join(ch if i not in covered_at else " " for i, ch in enumerate(text))
        return covered >= config.brand_run_cover * size and _is_decoration(rest, config)
    return covered > 0 and covered >= size - config.cta_run_slack


def _holds_words(chunk: str) -> bool:
    """Han characters beyond site words and calls to action: the headline's own (歼 of 翼博体育：歼-35A首次亮相),
    which a later separator must not take into the prefix. (中国) is the site's own decoration too."""
    return HAN_RE.search(_without_site_words(CHINA_MARK_RE.sub(" ", chunk))) is not None


def _is_decoration(rest: str, config: CleaningConfig) -> bool:
    """What a brand run leaves beside its names is site words and marks (官方网站, 入口, (中国)), not prose."""
    return len(HAN_RE.findall(_without_site_words(rest))) <= config.cta_run_slack


def _without_site_words(text: str) -> str:
    """``text`` with its site words (官网, 入口, app: the suffix chain) and calls to action blanked out."""
    words = suffix_chain_re().sub(" ", text)
    for word in measure_line(words, 0).cta:
        words = words.replace(word, " ")
    return words


def is_brand_name(text: str, topic: frozenset[str] = frozenset(), config: CleaningConfig = DEFAULTS) -> bool:
    """True when brand-shaped names, weak ones included (霁澄娱乐), fill ``text`` but for a few characters."""
    covered = sum(e - s for s, e in brand_spans(text, topic, weak=True))
    return covered > 0 and covered >= len(text.strip()) - config.cta_run_slack


DECORATION_CHARS = "()（）【】[]〖〗·. \u3000"


def _brand_reaches_end(head: str, config: CleaningConfig) -> bool:
    """The brand runs up to the separator: 璟博娱乐手机版登录:中超第30轮：… is cut after 登录, not after
    the headline's own 中超第30轮 (a brand run need only cover half its head)."""
    spans = brand_spans(head, weak=True, cta_nouns=True) + made_up_spans(head)
    end = max((b for _, b in spans), default=0)
    tail = head[end:].strip(DECORATION_CHARS)
    # A call to action or a site word may trail the name (亚博体育app官方下载, Tidebet88 app): decoration, not
    # the headline's words.
    if suffix_chain_re().fullmatch(tail.strip()):
        return True
    return len(tail) <= config.cta_run_slack or (
        len(tail) <= config.cta_tail_max_chars and bool(measure_line(tail, 0).cta)
    )


def _is_short_plain(head: str, rest: str, config: CleaningConfig) -> bool:
    """A short heading or name with no gambling in it after a brand that sells its site (登录, 官网,
    网址: yabo手机版登录:冻生开杂色蛤肉 · X现金网网址：相关新闻); a venue's name before a caption's
    credit (▲金悦汇娱乐城外景 图：小北 摄) sells nothing."""
    if len(HAN_RE.findall(rest)) < config.prefix_plain_min_chars or not measure_line(head, 0).cta:
        return False
    if not is_brand_name(head, config=config):
        return False  # 【开云体育官方网站】WTT总决赛：王楚钦夺冠: the head holds the headline's own words
    s = measure_line(rest, 0)
    return not (s.score or s.all_brands or s.weak_brands or s.cta or s.made_up)


def find_brand_prefix(line: str, config: CleaningConfig = DEFAULTS) -> int:
    """Length of a brand prefix glued to the start of a sentence, or 0.

    A plain space also separates (翊鸣贵宾会官方网址 我国成功发射…), but only the line's first space,
    after a head that names a known, strong or invented brand: a dateline (新华社北京12月10日电 …)
    is no brand run, and the first space never reaches past one.
    """
    best = 0
    for separator in PREFIX_SEPARATOR_RE.finditer(line[: config.prefix_max_chars + 4]):
        head, rest = line[: separator.start()], line[separator.end() :]
        if (
            len(head) <= config.prefix_max_chars
            and (len(rest) >= config.prefix_sentence_min_chars or _is_short_plain(head, rest, config))
            and not is_section_label(head)
            and is_brand_run(head, config=config)
            and _brand_reaches_end(head, config)
            and not (best and _holds_words(line[best : separator.start()]))
        ):
            best = separator.end()
    if not best:
        space = SPACE_SEPARATOR_RE.search(line[: config.prefix_max_chars + 2])
        head = line[: space.start()] if space else ""
        # 中安在线讯, 新华社北京12月10日电: a source, then the story; 【…】 and （…） are the wrapper rule's.
        dateline = head.endswith(DATELINE_ENDS) or not SPACE_PREFIX_HEAD_RE.fullmatch(head)
        if (
            space
            and not dateline
            and len(line) - space.end() >= config.prefix_sentence_min_chars
            and measure_line(head, 0).all_brands
        ):
            best = space.end() if is_brand_run(head, config=config) else 0
    return best or _glued_prefix(line, config)


# A list item's marker before the line's text: a programme's or a chapter's time (09:00, 00:16:45). It
# belongs to the list, not to a brand glued after it. (Not an item's number: 3. 和顺棋牌室 —— 长乐路31号 is
# a directory's entry, the name its own.)
LIST_MARKER_RE = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s+")


def brand_prefix_span(line: str, config: CleaningConfig = DEFAULTS) -> tuple[int, int]:
    """Offsets of a brand prefix (``find_brand_prefix``) after the line's list marker, which stays
    (09:00 kp2299彩票｜健康加油站… loses the brand, not the time); (0, 0) when there is none."""
    marker = LIST_MARKER_RE.match(line)
    start = marker.end() if marker else 0
    cut = find_brand_prefix(line[start:], config)
    return (start, start + cut) if cut else (0, 0)


# Names that are a gambling site's whatever follows them: letters and digits (hx588彩票), (中国) after
# the name (凯铂体育(中国)), a known brand or a strong suffix (娱乐城, 贵宾会).
ALNUM_HEAD_RE = re.compile(r"[A-Za-z]{1,6}\d{2,6}|\d{2,6}[A-Za-z]{1,6}")


def _is_site_name(name: str) -> bool:
    if ALNUM_HEAD_RE.match(name) or CHINA_MARK_RE.search(name):
        return True
    folded, m = fold_simple(name), matchers()
    return bool(m.brands and m.brands.search(folded)) or any(suffix in folded for suffix in m.strong_suffixes)


def _glued_prefix(line: str, config: CleaningConfig) -> int:
    """A site's name glued to a headline with nothing between (hx588彩票2026年博士研究生招生实施办法), or 0.
    (In a sentence the name is its subject, and brand_substitution's.)

    Safe: only names no firm or app carries (letters and digits, (中国), a known or strong-suffix
    brand), and what follows must be a clean headline or sentence of its own.
    """
    if re.search(r"[。！？]", line):
        return 0  # in a sentence a name at its start is its subject: brand_substitution's matter
    spans = sorted(brand_spans(line[: config.prefix_max_chars]) + made_up_spans(line[: config.prefix_max_chars]))
    if not spans or spans[0][0] != 0:
        return 0
    end = spans[0][1]
    name, rest = line[:end], line[end:]
    if not _is_site_name(name) or len(HAN_RE.findall(rest)) < config.prefix_sentence_min_chars:
        return 0
    s = measure_line(rest, 0)
    return end if not (s.score or s.all_brands or s.weak_brands or s.cta or s.reporting) else 0


# The end of a place given as directions or an address: 北侧, 东门, 对面, 店, 路, 号, 楼.
# Simplified and traditional forms (網站 is a site, not a station: 【瀾庭國際網站】 is a wrapper).
# Directions from a landmark (北侧, 東門, 对面, 旁边, 附近), in simplified and traditional script.
DIRECTION = r"[东南西北東][门侧面边門側邊]|[对對]面|旁[边邊]?|附近"
PLACE_TAIL_RE = re.compile(rf"(?:{DIRECTION}|[店路街巷号楼层馆號樓層館]|(?<![网網])站|[广廣][场場]|商[场場])$")
# Double quotes name a thing on purpose (乘坐公交至“新世纪娱乐城”站); 简称“X” defines a name instead.
QUOTED_NAME_OPEN, QUOTED_NAME_CLOSE = '“「"', '”」"'


# Words after a name that make it a place or an institution (富豪娱乐城东门, 新世纪娱乐城站, 娱乐城附近,
# 索默体育公园, 东沅体育学院, 万顺娱乐城商业综合体): addresses, directions, venues, schools and societies.
PLACE_AFTER_RE = re.compile(
    r"[东南西北][门侧面边]|对面|旁边?|附近|[站店路街号楼馆]|大道|一带|片区|广场|商场|原址|原来|公园|公園|大厦|[场場](?!所)"
    r"|(?:商业|商業)?综合体|綜合體"
    r"|学院|學院|大学|大學|学校|學校|中学|中學|小学|小學|医院|醫院|协会|協會|学会|學會|研究院|研究所"
)


# Words after a made-up name that make it an institution's full name (星途体育俱乐部, 澜汐体育中心, 鑫禾体育用品):
# a name the dictionary does not know is a real club's or shop's when its kind follows it. A brand the
# lexicon knows (必威体育中心) stays a brand whatever follows it.
INSTITUTION_AFTER_RE = re.compile(r"俱乐部|俱樂部|中心|联盟|聯盟|基金会|基金會|频道|頻道|用品|器材|[队隊]")


# A clause that locates what it names: 位于解放路的金海岸娱乐城, 坐落于江边的X.
LOCATED_RE = re.compile(r"(?:位于|位於|坐落于|坐落於|地处|地處)[^，。；,;]*的$")
# The name fills an address field (地点：童趣岛娱乐城) or a bracket after it says where in a building it is
# (…娱乐城（万象汇四楼）): a listing gives its venue, a substituted brand comes with no directions.
ADDRESS_FIELD_RE = re.compile(r"(?:地址|地點|地点|场地|場地|位置|会场|會場|集合点|集合點)\s*[:：]\s*$")
FLOOR_AFTER_RE = re.compile(r"[（(][^（）()\n]{1,16}?[楼樓层層号號][）)]")


def _is_place(line: str, start: int, end: int) -> bool:
    return (
        PLACE_AFTER_RE.match(line, end) is not None
        or LOCATED_RE.search(line[:start]) is not None
        or ADDRESS_FIELD_RE.search(line[:start]) is not None
        or FLOOR_AFTER_RE.match(line, end) is not None
    )


def _is_quoted_name(line: str, start: int, end: int) -> bool:
    return line[start - 1 : start] in QUOTED_NAME_OPEN and line[end : end + 1] in QUOTED_NAME_CLOSE


@functools.cache
def section_categories() -> frozenset[str]:
    """Channel words of section labels (综艺, 国际, 体坛): data/section_labels.txt."""
    return frozenset(read_entries("section_labels.txt"))


def is_section_label(head: str) -> bool:
    """A roundup's section label (综艺娱乐, 国际体育, 体坛): a channel word, maybe with one business noun."""
    head = head.strip()
    return any(head == c or (head.startswith(c) and head[len(c) :] in gambling_nouns()) for c in section_categories())


def find_brand_wrappers(line: str, topic: frozenset[str], config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """Bracketed brands (【开云体育app】, 「华体会体育」, [霁澄娱乐]) anywhere in the line.

    Keeps 【记者 张三】, [1] and 《人民日报》: their content is no brand.
    """
    spans = []
    for match in WRAPPER_RE.finditer(line):
        inner = match.group("inner").strip()
        if PLACE_TAIL_RE.search(inner):
            continue  # （金盛国际家居北侧）, （富豪娱乐城东门）: a place, given as directions
        if is_section_label(inner):
            continue  # 【综艺娱乐】, 【国际体育】: a roundup's section label in brackets
        if BYLINE_CREDIT_RE.match(match.group("inner")):
            # （记者 周航 <X体育>报道）: the byline is the article's, only the name glued into it goes (a span the
            # shape matcher grew over the reporter's name before a space starts after it).
            raw, offset = match.group("inner"), match.start("inner")
            for a, b in brand_spans(raw, topic, weak=True):
                gap = max(raw[a:b].rfind(" "), raw[a:b].rfind("\u3000"))
                name = raw[a + gap + 1 : b]
                # The name after the reporter's, past a space; a desk word (综合体育, 东方体育) opens on a word.
                if gap >= 0 and not is_known_word(name[:2]):
                    spans.append((offset + a + gap + 1, offset + b))
            continue
        label = CREDIT_LABEL_RE.match(match.group("inner"))
        if label:  # （来源：<brand>）: the credit is the article's, the name in it the brand's
            name_start = match.start("inner") + label.end()
            if is_brand_name(line[name_start : match.end("inner")], topic, config=config):
                spans.append((name_start, match.end("inner")))
            continue
        if match.group()[0] == "‘" and (measure_line(line, 0).reporting or not _at_line_edge(line, match)):
            continue  # ‘X’ inside a sentence of a report names what it reports on
        if _in_quoted_message(line, match.start(), match.end()):
            continue  # “‘【X】尊贵会员专享，首充即送…’——就是这条短信”: a story quotes the ad it is about
        if _names_brand(inner, topic, config) or any(
            _names_brand(part, topic, config) for part in INNER_FIELD_RE.split(inner) if part != inner
        ):  # 【澜弈娱乐·环球快讯】: a brand naming the column it heads
            spans.append((match.start(), match.end()))
    return spans


# Fields inside one bracket: a brand and the column it names (【X娱乐·环球快讯】, 【X体育｜赛事】).
INNER_FIELD_RE = re.compile(r"\s*[·・|｜]\s*")


def _names_brand(text: str, topic: frozenset[str], config: CleaningConfig) -> bool:
    return is_brand_run(text, config=config) or (
        is_brand_name(text, topic, config=config) and not measure_line(text, 0).reporting
    )


# Opening and closing quotation marks, paired.
QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
CLAUSE_MARK_RE = re.compile(r"[，,。；;！!？?]")
HAN_AFTER_MIN = 2  # Han characters after the quotation closes: the line goes on, it is not all quote


def _in_quoted_message(line: str, start: int, end: int) -> bool:
    """The span lies inside a quoted message of several clauses that the line goes on after.

    Fiction and reports quote the spam text message or pop-up they are about (“‘【X】尊贵会员专享，首充即送
    百分百’——就是这条短信，”): the quotation has clauses of its own and the sentence continues after it.
    A wrapper glued to a line's edge or standing alone in quotes (“【X】”) is not such a quotation.
    """
    for position in range(start - 1, -1, -1):
        close = QUOTE_PAIRS.get(line[position])
        if close is None or close in line[position + 1 : start]:
            continue  # no quotation mark, or a quotation that closed before the span
        after = line.find(close, end)
        if after < 0:
            continue
        quoted, rest = line[position + 1 : after], line[after + 1 :]
        return bool(CLAUSE_MARK_RE.search(quoted)) and len(HAN_RE.findall(rest)) >= HAN_AFTER_MIN
    return False


def _at_line_edge(line: str, match: re.Match[str]) -> bool:
    """Glued to the line's start or end (‘华体会’自然资源部…, …招聘会‘爱游戏体育官方’), not quoted mid-sentence."""
    return not line[: match.start()].strip() or not line[match.end() :].strip(" 。.")


# An organisation slot: 记者从X获悉, 由X牵头, X相关负责人表示. A made-up name + 体育/娱乐/国际… standing there
# is a brand put in place of the real organisation's name.
ORG_SLOT_RE = re.compile(
    r"(?:^|(?<=[从由据与向经和，。；：、])|(?<=主办方)|(?<=承办方))"
    r"(?![从由据与向经和])(?P<name>[\u4e00-\u9fff]{2,4}?(?:体育|娱乐|国际|彩票|电子|真人|棋牌|體育|娛樂|國際|電子))"
    r"(?=获悉|了解到|发布|统计|牵头|主办|承办|相关负责人|负责人|表示|介绍|透露|消息|公布|宣布|称|报道|報導|报导)"
)


def _is_made_up(stem: str) -> bool:
    """True when jieba's dictionary does not know the stem: 瓴赢, 澈鹭 are names no word list has."""
    return not holds_known_word(stem)  # jieba's dictionary loads on first need (~0.6 s)


# The same slot holding a Latin stem and a gambling business noun (记者从WINPEAK娱乐了解到, 由kv909体育牵头):
# five letters at least or letters with digits, so a broadcaster's short acronym (PP体育) is no stem here.
ORG_SLOT_LATIN_RE = re.compile(
    ORG_SLOT_RE.pattern.replace(
        r"[\u4e00-\u9fff]{2,4}?(?:体育|娱乐|国际|彩票|电子|真人|棋牌|體育|娛樂|國際|電子)",
        r"(?:[A-Za-z]{5,12}|[A-Za-z]{1,6}\d{2,6})(?:体育|娱乐|彩票|真人|棋牌|體育|娛樂)",
    )
)


def find_org_slot_brands(line: str, topic: frozenset[str]) -> list[tuple[int, int]]:
    """Made-up brand names in an organisation slot of a sentence (记者从瓴赢体育获悉, 从WINPEAK娱乐了解到)."""
    spans = []
    for match in ORG_SLOT_RE.finditer(line):
        name = match.group("name")
        stem = name[:-2]
        if stem[-2:] in topic or not _is_made_up(stem) or not brand_spans(name, topic, weak=True):
            continue
        spans.append((match.start("name"), match.end("name")))
    for match in ORG_SLOT_LATIN_RE.finditer(line):
        if brand_spans(match.group("name"), topic, weak=True):
            spans.append((match.start("name"), match.end("name")))
    return spans


# What may stand right before a name put in place of a word: a clause start or a list comma.
NAME_LEFT_RE = re.compile(r"(?:^|[，,。；;：:、（(“\s]|[从由据与向经和被对在赴到的]|前往|来到|走进|参观)$")


QUOTE_OPEN = "“"


def _inside_quote(line: str, position: int) -> bool:
    before = line[:position]
    return before.count("“") > before.count("”")


def _stands_alone(line: str, start: int, end: int) -> bool:
    """An invented name (沐星app, 恒翎国际) that is not inside quotes or a title and starts a clause or list item."""
    before = line[:start]
    if before.count("“") > before.count("”") or before.count("《") > before.count("》"):
        return False  # 《沐星app使用指南》, “沐星app”: the text names the thing on purpose
    return NAME_LEFT_RE.search(before) is not None


def _names_a_business(line: str, start: int, end: int) -> bool:
    """The invented name ends in a gambling business noun (体育, 娱乐, 彩票, 棋牌, 真人), not in one ordinary
    firms share (国际, 电子) nor in a site word (app, 官网: 蔚来app, 瑞幸官网 are real brands jieba does
    not know), and is no news source's dateline (讯 follows a source)."""
    name = fold_simple(CHINA_MARK_RE.sub("", line[start:end]))
    return name.endswith(tuple(gambling_nouns())) and not line[end : end + 1] == "讯"


# A byline: 記者<name>／高雄報導, 记者 <name> 北京报道. A brand there stands for the reporter's name.
BYLINE_RE = re.compile(r"^\s*(?:記者|记者)\s*\S{2,12}\s*[／/|]?\s*\S{0,8}(?:報導|报道|電|电)\s*$")


# A person's slot: a job title before the name, a speech verb after it (分析师<name>指出, 发言人<name>表示).
# A site's name there stands for the person's: a report quotes people, never a betting site, as its source.
PERSON_SLOT_RE = re.compile(
    r"(?:分析师|研究员|经济学家|学者|教授|专家|发言人|记者|主任|局长|部长|经理|总裁|主席|负责人|律师|医生|官员)"
    r"\s?(?P<name>[^\s，,。；;：:、“”\"]{2,14}?)\s?"
    r"(?=指出|表示|认为|介绍|透露|坦言|说|称|提醒|强调|分析)"
)


def find_person_slot_brands(line: str, topic: frozenset[str]) -> list[tuple[int, int]]:
    """Brand-shaped names in a person's slot (分析师kv909真人指出): whatever the sentence is about, a
    betting site does not speak, so the name there was put in place of a person's."""
    spans = []
    for match in PERSON_SLOT_RE.finditer(line):
        start, end = match.span("name")
        if brand_spans(line[start:end], topic) == [(0, end - start)]:
            spans.append((start, end))
    return spans


def find_substitutions(line: str, topic: frozenset[str], config: CleaningConfig = DEFAULTS) -> list[tuple[int, int]]:
    """Brands standing in for a word inside a sentence that is not about gambling, or in a person's slot.

    Otherwise the sentence must carry no gambling words and no reporting frame:
    a police report naming “皇冠体育” is about the site and keeps it.
    """
    # A person's slot holds a stand-in whatever the sentence is about: judged apart from the gambling test below.
    people = [span for span in find_person_slot_brands(line, topic) if names_a_stand_in(line, *span)]
    return sorted({*people, *_substituted_names(line, topic, config)})


# A verb that introduces a name (一个叫<X娱乐>的app, 名为…的平台): the writer names the thing on purpose.
NAMED_BEFORE_RE = re.compile(r"(?:叫|名叫|名为|名為|叫做|称为|稱為|自称|自稱)\s*[“「\"‘]?$")


def names_a_stand_in(line: str, start: int, end: int) -> bool:
    """Not a name the text quotes, introduces (一个叫X的app) or a place it gives (see ``find_substitutions``)."""
    return (
        not _is_quoted_name(line, start, end)
        and not _is_place(line, start, end)
        and not _inside_quote(line, start)
        and NAMED_BEFORE_RE.search(line[:start]) is None
    )


def talks_gambling_without(line: str, spans: list[tuple[int, int]], topic: frozenset[str]) -> bool:
    """The line still has gambling words or a sales pitch (two calls to action) once ``spans`` are out:
    it is about gambling, so a name in it is its subject, not a substitution."""
    rest = measure_line(delete_spans(line, [(a, b, "brand") for a, b in spans]).text, 0, topic)
    return bool(rest.score) or len(rest.cta) >= 2


def _substituted_names(line: str, topic: frozenset[str], config: CleaningConfig) -> list[tuple[int, int]]:
    signals = measure_line(line, 0, topic)
    if signals.reporting or not (signals.is_sentence or BYLINE_RE.match(line)) or is_business_listing(line):
        return []  # a notice giving a street address and a phone number names its own venue (firms.py)
    # Han-script brands only: English business news names bookmakers (Paddy Power) as companies.
    spans = [(a, b) for a, b in brand_spans(line, topic) if HAN_RE.search(line[a:b])]
    spans += find_org_slot_brands(line, topic)
    spans += [
        span
        for span in made_up_spans(line, topic)
        if _stands_alone(line, *span)
        and _names_a_business(line, *span)
        and not INSTITUTION_AFTER_RE.match(line, span[1])
        and not REGISTERED_AFTER_RE.match(line, span[1])
    ]
    # Inside quotation marks the text quotes what it is about (标题竟然变成了“XX协会_<brand>”).
    spans = [span for span in spans if names_a_stand_in(line, *span)]
    for match in ABBREVIATION_RE.finditer(line):
        name = match.group("name")
        if brand_spans(name, topic, weak=True):
            spans.append((match.start("name"), match.end("name")))
    if not spans:
        return []
    if talks_gambling_without(line, spans, topic):
        return []  # gambling words or a sales pitch remain: the sentence is about gambling, not a substitution
    return [attribution_span(line, *_spun_sentence(line, *_without_app(line, a, b), config)) for a, b in spans]


SENTENCE_START_RE = re.compile(r"(?:^|[。！？!?]\s*)$")
SENTENCE_STOP_RE = re.compile(r"[。！？!?]")


def _spun_sentence(line: str, start: int, end: int, config: CleaningConfig) -> tuple[int, int]:
    """A site's sales name as the subject of a short filler sentence (开云官网登录入口是当前备受关注的话题。):
    the spinner's sentence goes whole. A name standing for a firm (琮璟体育认为，加快…) leads a real one."""
    stop = SENTENCE_STOP_RE.search(line, end)
    if not stop or not SENTENCE_START_RE.search(line[:start]) or not measure_line(line[start:end], 0).cta:
        return start, end
    rest = line[end : stop.start()]
    # 的 after the name makes it a modifier in a noun phrase (<brand>的伯顿d。), not a sentence's subject.
    filler = not rest.startswith("的") and len(HAN_RE.findall(rest)) <= config.spun_sentence_max_chars
    return (start, stop.end()) if filler else (start, end)


def _without_app(line: str, start: int, end: int) -> tuple[int, int]:
    """A substituted name stands for a bank's or a platform's name: the App after it is the sentence's
    (通过<brand>App开立账户, 可通过<brand>App观看), so the cut ends before it."""
    if line[start:end].lower().endswith("app") and end - start - 3 >= 3 and HAN_RE.match(line, end):
        return start, end - 3
    return start, end


# A sentence end: 。！？, ASCII !?. right after a Han character, or ASCII .!? before a space; then closing quotes.
SENTENCE_END_RE = re.compile(r"(?:[。！？]|(?<=[\u4e00-\u9fff])[!?.]|[.!?](?=\s))[」』”’\"'）)]*")
# A list item's number at the line's start (2. 鑫源彩票…): no sentence ends there.
ITEM_NUMBER_RE = re.compile(r"\s*[0-9]{1,3}\.")
# Separators that glue a brand to the sentence before it: 。·珀瑞线路, 。—开云体育(官方)网站, 。|爱游戏体育.
TAIL_SEPARATORS = " \t·•|｜丨-—–_:：~"


def find_spam_tail(line: str, config: CleaningConfig = DEFAULTS) -> int:
    """Start of a gambling run appended after a line's last sentence (…南院週一休館。 百家樂 九州娛樂城), or len(line).

    The run must be no sentence itself and carry a brand or solid gambling words,
    with no reporting frame; a sentence ending in a quotation or a footnote stays.
    """
    ends = list(SENTENCE_END_RE.finditer(line))
    item = ITEM_NUMBER_RE.match(line)
    ends = [end for end in ends if not (item and end.end() == item.end())]
    if not ends:
        return len(line)
    if ends[-1].end() >= len(line.rstrip()):
        return _pitch_sentence_start(line, ends[-2].end(), config=config) if len(ends) >= 2 else len(line)
    start = ends[-1].end()
    if CREDIT_OPEN_RE.match(line, start) or CREDIT_END_RE.search(
        line, start
    ):  # …图为比赛现场。<brand> 供图, （来源：<brand>）: the credit's frame is the article's
        return len(line)
    signals = measure_line(line[start:], 0)
    if signals.is_sentence:  # …social rent. Play slot online at Mega888 Casino and get 100 free spins today!
        return _pitch_sentence_start(line, start, config=config)
    if signals.reporting or QUOTE_OPEN in line[start:] or _inside_quote(line, start):
        return len(line)  # a quoted phrase (“稳赚计划群”) is the text naming something, not a run glued on
    # A gambling word split so filters miss it (澳\u200b门\u200b新葡京) is spam even when weak, and a lone
    # brand glued on with a separator (…飞行。·珀瑞线路) is a brand run even when invented.
    hidden = signals.obfuscated and signals.score > 0
    lone_brand = bool(signals.all_brands) and is_brand_run(line[start:].strip(TAIL_SEPARATORS), config=config)
    pitch = (
        signals.chars <= config.cta_field_max_chars
        and bool(signals.cta)
        and names_gambling_brand(line[start:], config=config)
    )
    if signals.brands or signals.score >= config.tail_min_score or hidden or lone_brand or pitch:
        return start
    return len(line)


def names_gambling_brand(text: str, config: CleaningConfig = DEFAULTS) -> bool:
    """A brand-shaped name with a gambling noun in it (晴岚体育 in 晴岚体育注册送38元), not 电子商务平台."""
    nouns = gambling_nouns()
    return any(any(noun in fold_simple(text[a:b]) for noun in nouns) for a, b in brand_spans(text, weak=True))


def _pitch_sentence_start(line: str, start: int, config: CleaningConfig = DEFAULTS) -> int:
    """``start`` when the line's last sentence, from there on, sells a brand after clean sentences; where the
    line's text starts when the only sentence before it is the ad's question hook; else len(line).

    The sentences before it must name no brand and score at most one point, so a report
    on a casino (whose every sentence talks gambling) keeps its last sentence.
    """
    last, head = measure_line(line[start:], 0), measure_line(line[:start], 0)
    pitch = bool(last.all_brands) and bool(last.cta) and last.score >= config.pitch_sentence_min_score
    clean_head = not head.all_brands and head.score <= 1 and not last.reporting
    if not (pitch and clean_head):
        return len(line)
    # An ad opens on a question to the reader (Stuck in detour traffic? 想体验更刺激的玩法？): a paragraph that
    # is one short question and the pitch is the ad's whole, hook and all.
    hook = line[:start].strip()
    if HOOK_RE.fullmatch(hook) and han_chars(head, config) <= config.promo_max_chars:
        return len(line) - len(line.lstrip())
    return start


# One sentence, and a question: no sentence end before its question mark.
HOOK_RE = re.compile(r"[^。！？!?.]+[？?]")


def has_sentence_head(line: str, config: CleaningConfig = DEFAULTS) -> bool:
    """True when the line is a clean sentence with a gambling run appended: only the run should go."""
    cut = find_spam_tail(line, config=config)
    if cut >= len(line) or len("".join(line[:cut].split())) < config.sentence_head_min_chars:
        return False
    head = measure_line(line[:cut], 0)
    # One gambling word is a clean sentence's own (…开出盘口); with a call to action or the seller's voice
    # beside it (盘口解析：…强烈推荐！) the head is the pitch's first sentence, not the article's.
    return not head.brands and (head.score == 0 or (head.score <= 1 and not head.cta and not head.voice))


def _prefix_span(line: str, topic: frozenset[str], config: CleaningConfig) -> list[tuple[int, int]]:
    start, end = brand_prefix_span(line, config)
    return [(start, end)] if end and not is_table_row(line) else []


# A cell of figures: 17.6, +12%, 13,870, 5.4亿.
NUMBER_CELL_RE = re.compile(r"\s*[-+]?[\d.,]+\s*(?:%|亿|万|元)?\s*")


def is_table_row(line: str) -> bool:
    """A row of a table extracted as text (太平洋星辰娱乐 | 澳门 | 17.6 | +12%): its first cell is the row's
    label, an operator's or a team's name, not a brand glued to a sentence. Two or more cells of figures."""
    cells = re.split(r"[|｜\t]", line)
    return len(cells) >= 3 and sum(bool(NUMBER_CELL_RE.fullmatch(c)) for c in cells[1:]) >= 2


def _tail_span(line: str, topic: frozenset[str], config: CleaningConfig) -> list[tuple[int, int]]:
    cut = find_spam_tail(line, config)
    return [(cut, _tail_end(line, cut, config))] if cut < len(line) else []


# Characters a spam run's last word may run past the shortest head holding all of its evidence.
TAIL_WORD_SLACK = 3
# The clean text after a pitch opens a clause of its own: this many Han characters before its first mark.
CLAUSE_HEAD_RE = re.compile(r"[^，,、；;：:。！？!?「“]*")
CLAUSE_MIN_CHARS = 4
CLAUSE_COMMAS = ("，", ",")


def _evidence(s: LineSignals) -> tuple[int, int, int]:
    return s.score, len(s.all_brands), len(s.cta)


def _tail_end(line: str, cut: int, config: CleaningConfig) -> int:
    return cut + pitch_run_end(line[cut:], config)


def pitch_run_end(text: str, config: CleaningConfig = DEFAULTS) -> int:
    """Where a spam run that opens ``text`` ends: ``len(text)``, unless clean text with no sentence
    break follows the call to action that closes it (…註冊送88道人頭也不抬：「小兄弟好眼力。」, a novel's
    dialogue glued on): then the end of that call. Clean: no gambling word, brand, call to action or report,
    and ``tail_clean_rest_min_chars`` Han characters (a clause of its own, not the pitch's last words)."""
    whole = _evidence(measure_line(text, 0))
    low, high = 1, len(text)  # the shortest head of the text with all of its evidence
    while low < high:
        middle = (low + high) // 2
        if all(a >= b for a, b in zip(_evidence(measure_line(text[:middle], 0)), whole, strict=True)):
            high = middle
        else:
            low = middle + 1
    # The last word may run a few characters past the shortest head (註冊|送); an amount belongs to it (送|88).
    for end in range(high, min(high + TAIL_WORD_SLACK, len(text)) + 1):
        while end < len(text) and text[end].isascii() and text[end].isalnum():
            end += 1
        if not _ends_in_call_to_action(text[:end]):
            continue  # a pitch closes on its call to action (註冊送88); mid-clause (…返水|高、提款快) it goes on
        rest = measure_line(text[end:], 0)
        clean = not (rest.score or rest.all_brands or rest.weak_brands or rest.cta or rest.reporting)
        # …返水|高、提款快: a word or two, then the pitch's own list. A comma may close the pitch (…送彩金，年轻人…).
        clause = CLAUSE_HEAD_RE.match(text, end + 1 if text[end : end + 1] in CLAUSE_COMMAS else end)
        opens = clause is not None and len(HAN_RE.findall(clause.group())) >= CLAUSE_MIN_CHARS
        if clean and opens and len(HAN_RE.findall(text[end:])) >= config.tail_clean_rest_min_chars:
            return end
    return len(text)


def _ends_in_call_to_action(head: str) -> bool:
    words = measure_line(head, 0).cta
    stem = fold_simple(head).rstrip("0123456789abcdefghijklmnopqrstuvwxyz元")
    return any(stem.endswith(word) for word in words)


# Span rules, in the order the spam stage tries them on every kept line: (line, topic, config) -> spans.
register(
    "brand_prefix",
    "span",
    "spam",
    "`星耀娱乐现金网网址：` glued before a real sentence: the brand goes, the sentence stays",
    find_brand_prefix,
    _prefix_span,
)
register(
    "brand_wrapper",
    "span",
    "spam",
    "a bracketed brand (`【乐途体育app】`, `「华体会体育」`) anywhere in a line",
    find_brand_wrappers,
)
register(
    "spam_tail",
    "span",
    "spam",
    "a gambling run, a lone brand or a pitch sentence appended after a line's last clean sentence",
    find_spam_tail,
    _tail_span,
)
register(
    "keyword_run",
    "span",
    "spam",
    "three or more space-separated gambling keywords spliced into prose",
    find_keyword_runs,
    lambda line, topic, config: find_keyword_runs(line, config),
)
register(
    "brand_substitution",
    "span",
    "spam",
    "a brand standing for a word (简称“乐途体育”, 记者从瓴赢体育获悉); sets `cleaning.substitution`",
    find_substitutions,
)
RULE_NAMES: tuple[str, ...] = module_rule_names(__name__)
