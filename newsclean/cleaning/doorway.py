"""Doorway pages: text that is gambling through and through, however fluent its sentences.

Spun doorway pages (kx88彩票在这个季节的湖面上…时时彩的计划就像我们每天的生活一样) and brand essays
(PG电子麻将胡了爆率…选择正规的平台非常重要) are written in sentences, so no line stands out as spam and
the page looks like prose. What gives them away is the page as a whole: one brand nobody legitimate
carries, named again and again, with gambling terms on a good share of the lines, and no reporting
frame. A Macau revenue story names legitimate operators (masked before matching); a police report
naming a fake platform on every line is framed as reporting; a real article with a brand substituted
for its company's name has the brand but no gambling terms around it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.lexicon import load_lexicon, read_entries
from newsclean.cleaning.lines import spam_only_terms, used_words
from newsclean.cleaning.shapes import fold_line, matchers, stem_core, suffix_chain_re

HAN_RE = re.compile(r"[\u3400-\u9fff]")
# A weak name with a Latin stem (hb7电子, qywin娱乐), folded: how a site names itself; 直播平台 is a phrase.
LATIN_STEM_RE = re.compile(r"[a-z0-9]{2,}(?=[\u3400-\u9fff])")


def term_points(s: LineSignals) -> int:
    """Gambling points of a line's terms alone (its brands not counted)."""
    return points_beside(s, frozenset())


def term_points_of(term: str) -> int:
    entry = load_lexicon().terms.get(term)
    return entry.weight if entry else 0


def is_doorway_page(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """One non-legitimate brand on several kept lines, gambling terms on a share of them, no reporting frame.

    Lines other rules already remove (a link farm under a real article) are not counted: the question
    is whether what would be published is itself a doorway.
    """
    kept = [s for s, verdict in zip(signals, verdicts, strict=True) if not verdict]
    lines = [s for s in kept if s.chars and not s.is_separator]
    if len(lines) < config.doorway_min_lines or sum(s.reporting for s in lines) >= config.reporting_frame_min_lines:
        return False
    # Cheap first: a doorway sells on a good share of its lines (terms, or calls to action). The lines a
    # line rule already took count as selling (a brand's press release: 即日起下载X APP…, 关于X).
    pitched = sum(bool(v) and not s.reporting for s, v in zip(signals, verdicts, strict=True))
    selling = sum(bool(s.cta) or term_points(s) >= config.doorway_term_min_points for s in lines)
    # A line both selling and talking gambling (新人注册即送体验金) may close a brand essay: read on. Safe: the
    # tests below still need a name recurring on several lines, and a reporting frame was ruled out above.
    offers = any(s.cta and term_points(s) >= config.doorway_term_min_points for s in lines)
    if selling + pitched < config.doorway_term_line_share * (len(lines) + pitched) and not offers:
        return is_shaped_doorway(lines, config)
    # A brand found anywhere on the page, counted on every line that holds it: the brand-shape matcher
    # may read a longer name on one line (关于琮璟彩票) than on another (琮璟彩票). Measured without the
    # page's topic words: a doorway repeats its brand so often that it reads as the page's topic.
    measured = [measure_line(s.text, 0) for s in lines]
    brands = {brand for x in measured for brand in x.all_brands}
    folded = [fold_line(s.text) for s in lines]
    brand_lines = Counter(brand for text in folded for brand in brands if brand in text)
    # A name of a weak shape (HB7电子, QYWIN娱乐: a Latin stem and an ordinary firm's noun, as JYP娱乐 or TCL电子
    # are named) is the page's subject too when it recurs; it stays out of ``brands`` (it counts toward no
    # ranking), and it is a doorway's name only with the gambling words the tests below ask for beside it.
    weak = {brand for x in measured for brand in x.weak_brands if LATIN_STEM_RE.match(brand)} - brands
    brand_lines.update(brand for text in folded for brand in weak if brand in text)
    # A private lottery named on line after line (加拿大28, 幸运飞艇) is a doorway's subject just like a brand.
    # Han terms only: Indonesian regulation news repeats "slot gacor" and "togel" as the words it reports on.
    # Lottery names only: 娱乐城 on three lines is how a report on three venues reads.
    terms = load_lexicon().terms
    brand_lines.update(
        t
        for s in lines
        for t in s.terms
        if term_points_of(t) >= config.line_run_min_score and HAN_RE.search(t) and terms[t].category == "lottery"
    )
    # Ties go to the shorter name (the core its pitches name too), then code-point order: ``brands`` is a
    # set, and a tie left to its order made the verdict depend on the process's hash seed.
    top, count = max(brand_lines.items(), key=lambda item: (item[1], -len(item[0]), item[0]), default=("", 0))
    # A ranking doorway (十大电竞投注网站推荐) names a different brand on each line instead of one again and again.
    ranked = len({_core(b) for b in brands}) >= config.doorway_min_brands and (
        sum(any(b in text for b in brands) for text in folded) >= config.doorway_brand_min_lines
    )
    # The brand's own pitches a line rule took (立即加入X，…首儲即送) name it too: a platform's explainer names
    # itself in its title and its closing pitch, the pitch removed, the explainer left (老虎機中獎機率怎麼算？X).
    if count + _own_pitches(signals, verdicts, {top} & (brands | weak)) < config.doorway_brand_min_lines and not ranked:
        return is_shaped_doorway(lines, config)
    names = brands if ranked else {top}
    # Gambling on a line: its terms, or the recurring name with a call to action (凯珀体育提现秒到账).
    # Gambling terms count beside the brands, not inside their names: 娛樂城 in 翠瀾娛樂城, a brand put
    # in place of a company's name all through a real article, is the name, not the article's subject.
    named = names & (brands | weak)  # a private lottery's name (加拿大28) as the recurring name is a term itself
    termed = sum(
        points_beside(s, named) >= config.doorway_term_min_points
        or any(name in text and _sells_beyond(text, name, config.doorway_cta_window) for name in names)
        for s, text in zip(lines, folded, strict=True)
    )
    # Selling alone is how a real app's news reads (注册用户, 应用商店下载): gambling terms must be there too.
    gambling = sum(points_beside(s, named) >= config.doorway_term_min_points for s in lines)
    # The name's own sales pitch, which a line rule already took (新用户在X完成注册即可领取…返水), is the
    # page selling its subject: it counts as a gambling line of the page (a link farm naming other
    # brands under a real article does not, nor does a pitch naming no recurring name).
    pitches = _own_pitches(signals, verdicts, named)
    termed, gambling = termed + pitches, gambling + pitches
    share = config.doorway_term_line_share * (len(lines) + pitches)
    doorway = termed >= share and gambling >= config.doorway_min_term_lines
    # A brand essay: the brand on most of the prose, gambling-only words somewhere beside it (真人娱乐平台),
    # however few: the filler between is generic sports or lifestyle text.
    prose = [text for s, text in zip(lines, folded, strict=True) if s.is_sentence]
    # The offer may be the only gambling word: an explainer of the brand's games closing on its sign-up gift
    # (想亲自验证？X官网现已开放，新人注册即送体验金): a line naming the brand with a call to action beside a word
    # mostly gambling uses sells it.
    offer = any(
        top in text and s.cta and points_beside(s, {top}) >= config.doorway_term_min_points
        for s, text in zip(lines, folded, strict=True)
    )
    talks = any(term_points_of(t) >= config.essay_min_term_points and t not in top for s in lines for t in s.terms)
    essay = sum(top in text for text in prose) >= max(
        config.doorway_brand_min_lines, config.essay_brand_share * len(prose)
    ) and (offer or talks)
    entrance = not ranked and top in brands and is_entrance_guide(folded, top, config)
    return doorway or essay or entrance or is_shaped_doorway(lines, config)


@functools.cache
def entrance_re() -> re.Pattern[str]:
    """The ways in a gambling site points to (data/entrance_terms.txt)."""
    words = sorted(read_entries("entrance_terms.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def is_entrance_guide(folded: list[str], brand: str, config: CleaningConfig) -> bool:
    """A guide to a gambling brand's way in (X体育官方入口在哪？认准X体育官网登录入口): the page's recurring
    gambling-shaped brand followed by an entrance word (官方入口, 备用网址, 最新线路) on line after line.

    Blocked gambling domains are re-registered again and again, so their doorways teach "the real
    entrance" and need no gambling word. Safe: only a name already read as a gambling-shaped brand
    counts, on ``doorway_brand_min_lines`` lines; an app's or a firm's news says 下载 or 注册用户, not
    which entrance is the real one, and a report on such sites is framed as reporting (checked above).
    """
    entrance = entrance_re()
    lines = 0
    for text in folded:
        for match in re.finditer(re.escape(brand), text):
            suffixes = suffix_chain_re().match(text, match.end())  # the name's own 官网, app
            end = suffixes.end() if suffixes else match.end()
            if entrance.match(text, end) or entrance.match(text, match.end()):  # 官方 may end the suffixes
                lines += 1
                break
    return lines >= config.doorway_brand_min_lines


def _own_pitches(signals: list[LineSignals], verdicts: list[str | None], names: set[str] | frozenset[str]) -> int:
    """Lines a line rule removed as selling gambling that name one of ``names`` (the page's recurring brand)."""
    if not names:
        return 0
    return sum(
        bool(verdict) and not s.reporting and any(name in fold_line(s.text) for name in names)
        for s, verdict in zip(signals, verdicts, strict=True)
    )


def points_beside(s: LineSignals, names: set[str] | frozenset[str]) -> int:
    """Gambling points of a line's terms that are not part of the given brand names."""
    return sum(term_points_of(t) for t in s.terms if not any(t in name for name in names))


def _core(brand: str) -> str:
    """One brand however much prose the shape matcher took before it (的金海岸娱乐城, 路金海岸娱乐城) and
    whichever suffixes follow it (米澜体育, 米澜体育app下载): its name."""
    match = matchers().brand_shape.fullmatch(brand)
    return stem_core(match.group("stem")) if match else brand


def _sells_beyond(text: str, brand: str, window: int) -> bool:
    """A call to action right beside the brand, outside its name (凯珀体育提现秒到账; not 网址 in 暻祥彩票网址,
    nor a verb three clauses away in a long sentence that merely names it)."""
    cta = matchers().cta
    if cta is None:
        return False
    for match in re.finditer(re.escape(brand), text):
        suffixes = suffix_chain_re().match(text, match.end())  # the name's own 线路, 官网, app
        end = suffixes.end() if suffixes else match.end()
        near = text[max(match.start() - window, 0) : match.start()] + " " + text[end : end + window]
        if cta.search(near):
            return True
    return False


def is_shaped_doorway(lines: list[LineSignals], config: CleaningConfig) -> bool:
    """The doorways told by a shape rather than one recurring brand: keyword-stuffed, a tipster's, a query's."""
    return is_stuffed_page(lines, config) or is_tip_seller_page(lines, config) or is_query_doorway(lines, config)


# Where a headline's keyword phrase ends: punctuation, separators and spaces.
HEADLINE_BREAK_RE = re.compile(r"[\s？?：:_｜|，,。！!、\-—()（）【】]+")


def query_phrase(lines: list[LineSignals], config: CleaningConfig) -> str:
    """The search query a page is built around: the longest head of a headline segment (at least
    ``doorway_query_min_chars`` characters) that recurs word for word on ``doorway_brand_min_lines`` other lines.

    >>> from newsclean.cleaning.config import DEFAULTS
    >>> page = ["哪里买球最靠谱：指南", "很多人问哪里买球最靠谱。", "哪里买球最靠谱？看这里。", "说到哪里买球最靠谱，"]
    >>> query_phrase([measure_line(t, 0) for t in page], DEFAULTS)
    '哪里买球最靠谱'
    """
    if not lines:
        return ""
    others = [fold_line(s.text) for s in lines[1:]]
    best = ""
    for segment in HEADLINE_BREAK_RE.split(fold_line(lines[0].text)):
        if len(segment) < config.doorway_query_min_chars:
            continue
        # A head recurs only if every shorter head does: grow it while it still recurs (one pass on most pages).
        end = config.doorway_query_min_chars
        while end <= len(segment) and sum(segment[:end] in text for text in others) >= config.doorway_brand_min_lines:
            end += 1
        if end - 1 > max(len(best), config.doorway_query_min_chars - 1):
            best = segment[: end - 1]
    return best


def is_query_doorway(lines: list[LineSignals], config: CleaningConfig) -> bool:
    """A page spun around one gambling search query (X今晚开什么号码资料大全, 哪里买球最靠谱): the query
    heads the page and is pasted word for word into line after line of filler.

    Safe: writers do not repeat a headline's phrase verbatim on three more lines; the query must carry
    gambling terms of its own (a brand alone is how an app's news reads, 锐力体育app on every line), or the
    lines around it be salted on ``doorway_salted_min_lines`` lines; a report or regulator's FAQ repeating a
    scam's slogan is framed as reporting (checked by the caller).
    """
    query = query_phrase(lines, config)
    if not query:
        return False
    if term_points(measure_line(query, 0)) >= config.doorway_term_min_points:
        return True
    # A query of any topic (12306几点放票) spun the same way, with gambling salted into its filler: a name only
    # spam uses, used and not quoted, or another brand with a call to action, on two lines or more
    # (…和幸运飞艇开奖时间一样准时。小编建议大家下载X体育app). A Han query only: in Latin script a recurring head
    # is a word (online), not a query pasted in; and the query's own brand (锐力体育app on every line of its
    # news) salts nothing.
    if not HAN_RE.search(query):
        return False
    # The salt must be woven into the query's own filler (a line that repeats the query): a real Q&A with a
    # pitch injected between its paragraphs keeps the query's lines clean and is an article with spam in it.
    salted = sum(
        not s.reporting
        and query in fold_line(s.text)
        and bool(used_words(s, spam_only_terms(s)) or ({b for b in s.all_brands if b not in query} and s.cta))
        for s in lines
    )
    return salted >= config.doorway_salted_min_lines


def is_stuffed_page(lines: list[LineSignals], config: CleaningConfig) -> bool:
    """Spam-only keyword lines (澳洲幸运8人工计划软件, 极速飞艇开奖结果助手) salted all through scraped text.

    A lottery doorway pads its keyword titles with company blurbs copied from elsewhere, so no run of
    lines is spam and most lines are clean. Many short lines whose terms only spam uses (private
    lotteries, tip sellers) are the page; a report on them is framed as reporting (checked by the caller).
    """
    stuffed = sum(not s.is_sentence and term_points(s) >= config.line_run_min_score for s in lines)
    return stuffed >= config.doorway_stuffed_min_lines and stuffed >= config.doorway_stuffed_line_share * len(lines)


# Shapes of the tip trade no word list holds, each counted as one tout word of the page (is_tip_seller_page):
# a record of picks (近10中8, 近20期命中17期; sports news writes 近5场3胜 or 18投10中) and a price in the
# site's coins (88金币; a game's news prices in 元 or 钻石, and one price is no page of picks).
TIP_RECORD_RE = re.compile(r"近\d{1,3}[期场天]?命?中\d{1,3}")
TIP_COIN_PRICE_RE = re.compile(r"\d{1,5}金币")
# A pick labelled as one: 推荐：主胜, 预测：大单, 推荐：11 12 14 (an outcome or the numbers to bet). A
# preview in prose says 看好主队; a draw notice labels results (开奖号码：), not picks.
TIP_PICK_RE = re.compile(r"(?:推荐|预测)[：:]\s*(?:[主客]胜|平局|让[胜平负]|[大小][单双\d]|\d{1,2}\s+\d)")
# A run of numbers (stakes) joined by dashes, arrows or list commas: 1-2-4-8-16, 10→20→40→80.
NUMBER_RUN_RE = re.compile(r"\d{1,6}(?:\s*[-→、，,]\s*\d{1,6}){3,}")
TIP_SHAPES = (("tip_record", TIP_RECORD_RE), ("tip_coin_price", TIP_COIN_PRICE_RE), ("tip_pick", TIP_PICK_RE))


def has_stake_ladder(text: str) -> bool:
    """A stake ladder: four or more stakes each double the one before (倍投 1-2-4-8-16: double after a loss).

    Safe: dates, scores and phone numbers do not double step after step.

    >>> has_stake_ladder("倍投公式：10-20-40-80"), has_stake_ladder("2024-05-06-07")
    (True, False)
    """
    for run in NUMBER_RUN_RE.finditer(text):
        stakes = [int(n) for n in re.findall(r"\d+", run.group())]
        if all(b == 2 * a > 0 for a, b in itertools.pairwise(stakes)):
            return True
    return False


def tip_signals(s: LineSignals, config: CleaningConfig) -> dict[str, int]:
    """A line's marks of the tip trade with their points: tout words (红单, 私推, 杀三肖), the trade's
    shapes (a record of picks, a price in coins, a labelled pick, a stake ladder) and, on a list line of a
    pick sheet (一肖一码：马 15), lottery jargon only spam uses. In a sentence that jargon is an
    explainer's or a report's subject.
    """
    terms = load_lexicon().terms
    found = {t: terms[t].weight for t in s.terms if terms[t].category == "tout"}
    if found:
        said = used_words(s, set(found))  # an explainer debunking “稳赚”“包中” sells nothing
        found = {t: points for t, points in found.items() if t in said}
    if not s.is_sentence:
        found |= {
            t: terms[t].weight
            for t in s.terms
            if terms[t].category == "lottery" and terms[t].weight >= config.tip_page_pick_min_points
        }
    found |= {name: config.tip_page_shape_points for name, shape in TIP_SHAPES if shape.search(s.text)}
    if has_stake_ladder(s.text):
        found["stake_ladder"] = config.tip_page_shape_points
    return found


def is_tip_seller_page(lines: list[LineSignals], config: CleaningConfig) -> bool:
    """A tipster's page: picks sold for money (私推, 包周, 球币, 88金币 不中退还), a record of winning picks
    (红单, 连红, 近10中8) and the pick itself (方向参考, 稳胆, 杀三肖, a pick sheet's 一肖一码 line), among match
    listings and previews that read like sports news, or a plan page's stake ladder (倍投 1-2-4-8-16).

    No brand and few gambling terms: the trade's own words and shapes, several distinct ones on several
    lines, give it away. Safe: sports news reports results and odds, not picks for sale; a draw notice
    prints results (特码, 波色), not picks; a report on tipster fraud that quotes the words is framed as
    reporting (checked by the caller).
    """
    touts: dict[str, int] = {}
    tout_lines = 0
    for s in lines:
        found = tip_signals(s, config)
        tout_lines += bool(found)
        touts.update(found)
    return (
        len(touts) >= config.tip_page_min_terms
        and sum(touts.values()) >= config.tip_page_min_points
        and tout_lines >= config.tip_page_min_lines
    )
