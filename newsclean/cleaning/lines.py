"""Line rules: a whole line is spam when its shape, its words and its place in the article agree.

No rule fires on one keyword: a line is spam when its *shape* (a list of short fields, a short
promo) agrees with the lexicon (brands, brand-shaped names, gambling terms, call-to-action words)
and with its *position* (after the article's copyright line) or its *density* against the
article's own. A Macau gaming-revenue story is gambling-dense in every sentence, so none stands
out; the seed's tail is a list of brands after 本文系…不得转载。, so all of it does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsclean.cleaning.brands import brand_prefix_span, is_brand_run, names_gambling_brand
from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import CJK_RE, LineSignals, han_chars
from newsclean.cleaning.lexicon import MOSTLY_GAMBLING_WEIGHT, SPAM_ONLY_WEIGHT, load_lexicon
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import SITE_NUMBER_HOST, fold_line, spam_domains
from newsclean.cleaning.spans import brand_spans

LINE_RE = re.compile(r"[^\n]+")


# Quotation marks, as (open, close) pairs: a line holding them may be citing what it names.
QUOTE_PAIRS = ("“”", "「」", "『』", '""')
# ... and the opening single quote (‘导师带单’); not its closing one, which is also the English apostrophe.
QUOTE_MARK_RE = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "‘]")
# A short phrase in quotation marks: a cited word or slogan.
QUOTED_WORDS_RE = re.compile(
    "|".join(rf"{re.escape(a)}[^{re.escape(b)}\n]{{1,20}}{re.escape(b)}" for a, b in (*QUOTE_PAIRS, "‘’"))
)


def used_words(s: LineSignals, words: set[str]) -> set[str]:
    """The ``words`` of the line it uses, not only cites: a word in quotation marks is cited (“稳赚”)."""
    if not QUOTED_WORDS_RE.search(s.text):
        return words
    said = QUOTED_WORDS_RE.sub(" ", fold_line(s.text))
    return {w for w in words if w in said}


# A line that ends as a question: SEO query lines (澳门威尼斯人网上赌场网址是多少?) are questions, not statements.
QUESTION_END_RE = re.compile(r"[?？][」』”\"’'）)]*\s*$")
EXCLAMATION_END_RE = re.compile(r"[!！][」』”\"’'）)]*\s*$")


@dataclass(frozen=True)
class PageContext:
    """What a line's verdict depends on beyond the line itself."""

    end_index: int  # index of the article's end marker line (copyright, 责任编辑), or the line count
    total_score: int
    total_chars: int
    reporting_lines: int = 0  # lines framed as reporting (警方, 提醒, 骗局 …): the article is about gambling
    # Reporting lines that name gambling themselves (警方破获一起网络赌博案): the report is about gambling,
    # not about fraud or traffic in a roundup that also carries an injected ad.
    gambling_reports: int = 0
    han_prose: bool = False  # the article's prose is Chinese: a line in Latin script only is not its sentence


def is_link_farm_line(s: LineSignals, config: CleaningConfig) -> bool:
    """Many short fields, no sentence end, and several brands: the seed tail's shape.

    Safe because a real sentence that lists operators (银河娱乐、金沙中国…) has
    them masked as legitimate entities, and a police report ends in 。.
    """
    if s.fields < config.link_farm_min_fields or s.is_sentence:
        return False
    many_brands = len(s.all_brands) >= config.link_farm_min_brands
    brand_list = s.brand_fields >= max(config.link_farm_min_fields, config.brand_list_share * s.fields)
    return many_brands or brand_list or (bool(s.brands) and s.score >= config.outlier_min_score)


def is_promo_line(s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig) -> bool:
    """A short call to action (《美高梅官网app》,《首次登录送91元红包》) after the article, or an outlier inside it."""
    if han_chars(s, config) > config.promo_max_chars or not s.cta or not s.score or s.reporting:
        return False  # a warning that quotes the bait (fake "free spins" texts are phishing) sells nothing
    if index > ctx.end_index:
        return True
    # Inside the article a promo is no statement (a search query like …网址是多少? is none either);
    # a sentence with a brand aside is the brand rules' business.
    telling = s.score >= 3 or (s.score >= 2 and len(s.cta) >= 2)
    # An exclamation (Play now at X Casino!, 立即注册！) calls the reader as a question hooks them: no statement either.
    statement = s.is_sentence and not QUESTION_END_RE.search(s.text) and not EXCLAMATION_END_RE.search(s.text)
    return not statement and telling and _is_outlier(s, ctx, config)


def is_gambling_outlier(s: LineSignals, ctx: PageContext, config: CleaningConfig) -> bool:
    """A non-sentence line far denser in gambling words than the rest of the article."""
    return not s.is_sentence and not s.reporting and s.score >= config.outlier_min_score and _is_outlier(s, ctx, config)


def is_gambling_ad(s: LineSignals, config: CleaningConfig, ctx: PageContext | None = None) -> bool:
    """A paragraph that sells gambling: several brands, several calls to action, no reporting frame.

    Parasite pages and stuffed intros are written as sentences (…新用户注册即送88元彩金。),
    so shape alone misses them. A police or court report quoting the same words
    (以“注册送彩金”为诱饵) carries reporting words (警方, 涉案, 提醒) and is kept.
    """
    framed = ctx is not None and ctx.reporting_lines >= config.reporting_frame_min_lines and ctx.gambling_reports > 0
    # A Chinese report describes the ads it is about in Chinese; an English pitch line in it is no sentence of
    # the report's (Join <X88> today – 200% welcome bonus…) but one injected into it.
    framed = framed and not (ctx is not None and ctx.han_prose and not CJK_RE.search(s.text))
    # A report on gambling ads describes them in sentences; it sells nothing. A sentence with a brand and
    # four calls to action and no quotation mark in it quotes no ad: it is one, injected into the report.
    hard_sell = bool(s.all_brands) and len(s.cta) >= config.ad_min_cta_one_brand and not QUOTE_MARK_RE.search(s.text)
    if s.reporting or (s.is_sentence and framed and not hard_sell):
        return False
    several_brands = len(s.all_brands) >= config.ad_min_brands and len(s.cta) >= config.ad_min_cta
    one_brand_hard_sell = bool(s.all_brands) and len(s.cta) >= config.ad_min_cta_one_brand
    no_brand_hard_sell = s.score >= config.tail_score and len(s.cta) >= config.ad_min_cta_no_brand
    # One brand selling (RoyalNova Casino offers … welcome bonus, free spins) in an article that is
    # otherwise about something else: the paragraph stands out against the article's own density.
    # A brand glued before a real sentence (365bet体育在线投注官网_在一家…) is the prefix rule's.
    # A brand only the shape gives away scores little; three calls to action and a word mostly gambling
    # uses (…娱乐提醒您：注册即送彩金，官网地址…) sell as much as the points would, and so do three calls
    # to action around a whole brand name (…：X娱乐城官方网站，信誉第一，大额无忧).
    terms = load_lexicon().terms
    gambling_word = any(terms[t].weight >= MOSTLY_GAMBLING_WEIGHT for t in s.terms if t in terms)
    pitched = s.score >= config.outlier_min_score or (len(s.cta) > config.ad_min_cta and (gambling_word or s.brands))
    # The seller's voice (you, your, our pick) calls the reader as a call to action does.
    injected_pitch = (
        bool(s.all_brands)
        and not brand_prefix_span(s.text, config)[1]
        and len(s.cta) + bool(s.voice) >= config.ad_min_cta
        and pitched
        and ctx is not None
        and _is_outlier(s, ctx, config)
    )
    # One brand and the words only its offers use (…Velloro Slots hands returning players 50 free spins every
    # Monday with zero wagering.): an offer needs no call to action to sell, in an article that talks no gambling.
    # With no brand the name is one the lexicon cannot know (Slotkudaz77): words only offers use, one more
    # of them, or the seller's voice (hanya di, our #1 pick, 首选) beside them, sell the line alone.
    # Said in the line's own words, not a run stuffed into one sentence (… 娛樂城 百家樂 老虎機，較去年…,
    # …直播特码 平码 杀号。: the stuffing rules cut the run and keep the sentence).
    # Words in quotation marks are cited (each operator offered a "free bet"), not offered.
    offer_terms = (
        used_words(s, spam_only_terms(s)) if s.score >= SPAM_ONLY_WEIGHT * config.offer_min_spam_terms else set()
    )
    vouched = bool(s.all_brands or s.voice)
    offered = len(offer_terms) >= config.offer_min_spam_terms + (not vouched) and (
        vouched or not _one_run(s, offer_terms)
    )
    injected_offer = offered and ctx is not None and _is_outlier(s, ctx, config)
    several = several_brands and s.score >= config.ad_min_score
    return several or one_brand_hard_sell or no_brand_hard_sell or injected_pitch or injected_offer


# What may stand between two stuffed terms of one run: spaces and list punctuation, no word.
RUN_GAP_RE = re.compile(r"[\s,，、|｜/·]*")


def _one_run(s: LineSignals, offer: set[str]) -> bool:
    """The ``offer`` terms stand in one run of the line's gambling terms with nothing but separators between
    (…直播特码 平码 杀号 走势图 人工计划 澳洲幸运5。): keywords stuffed side by side, not a pitch's words."""
    folded = fold_line(s.text)
    spans = sorted((at, at + len(t)) for t in s.terms if (at := folded.find(t)) >= 0)
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and RUN_GAP_RE.fullmatch(folded[runs[-1][1] : start]):
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    placed = [at for t in offer if (at := folded.find(t)) >= 0]
    return any(all(a <= at < b for at in placed) for a, b in runs)


def trade_terms(s: LineSignals) -> frozenset[str]:
    """The line's gambling words other than the business nouns (体育, 娱乐, 彩票 name sports pages and shows
    too): 竞猜, 投注, 彩票开奖, online baccarat."""
    return s.terms - load_lexicon().brand_nouns


def spam_only_terms(s: LineSignals) -> set[str]:
    """The line's terms that almost only gambling promotion uses (weight 3: free spins, 首存, 彩金)."""
    terms = load_lexicon().terms
    return {t for t in s.terms if t in terms and terms[t].weight >= SPAM_ONLY_WEIGHT}


def is_tout_line(s: LineSignals, ctx: PageContext, config: CleaningConfig) -> bool:
    """A tip seller's pitch written as a sentence: picks and promised profit (连红28场, 不中包赔, 定胆) with a
    way in (加微信, 进群, 私信领取, 请认准), dropped into an article that does not talk that way.

    Safe: it needs several tout words (``tout_min_score`` points), a call to action and no reporting frame
    on the line; then either a tout word to spare (or the seller's voice) and no quotation mark, or no
    reporting frame on the page and a density far above the article's own. So a 竞彩 column that prints its
    picks and a fraud report quoting “稳赚不赔” keep their sentences.
    """
    if s.reporting or s.score < config.tout_min_score or not s.cta:
        return False
    terms = load_lexicon().terms
    touts = {t for t in s.terms if t in terms and terms[t].category == "tout"}
    if len(touts) < config.tout_min_terms or not used_words(s, touts):
        return False  # every tout word in quotation marks: cited by a lesson or a warning, not used
    # One tout word more than a pitch needs (or the seller's voice: 您, 我们团队), a way in and no quotation
    # mark: the line sells, whatever the page and however long (a lawyer's warning quoting “出黑团队” has a
    # recovery pitch glued under it, a paragraph of its promises).
    if len(touts) + bool(s.voice) > config.tout_min_terms and not QUOTE_MARK_RE.search(s.text):
        return True
    framed = ctx.reporting_lines >= config.reporting_frame_min_lines
    return not framed and s.chars <= config.promo_max_chars * 2 and _is_outlier(s, ctx, config)


def is_prose_shaped(s: LineSignals, config: CleaningConfig) -> bool:
    """A sentence long enough to be the article's own prose: what the article's density is measured on."""
    return s.is_sentence and s.chars >= config.topic_sentence_min_chars


def _is_outlier(s: LineSignals, ctx: PageContext, config: CleaningConfig) -> bool:
    """The line is far denser in gambling words than the article's prose (its other sentences).

    The density is measured on the prose only, so an injected block of list lines does not raise
    the bar for its own members (a 体彩 charity story followed by four lottery spam lines).
    """
    own = is_prose_shaped(s, config)
    rest_chars = max(ctx.total_chars - (s.chars if own else 0), 1)
    rest_density = (ctx.total_score - (s.score if own else 0)) / rest_chars
    # A Latin-script line on a Chinese page is measured in Han characters' worth, the page's own unit.
    chars = han_chars(s, config) if ctx.han_prose else s.chars
    return s.score / max(chars, 1) >= config.outlier_density_factor * rest_density


def is_obfuscated_line(s: LineSignals, config: CleaningConfig) -> bool:
    """A short non-sentence whose gambling words are split by invisible characters or spaced out.

    威\ufe0f尼\ufe0f斯\ufe0f人 ☞ w w w . 8 8 2 9 . c o m: hiding a word from keyword filters is what
    spam does, and news has no reason to. Safe: it needs gambling evidence on the line too, no
    sentence and no reporting frame, so a spaced-out caption (图为 A B C 三组) stays.
    """
    evidence = bool(s.score > 0 or s.all_brands or s.weak_brands)
    short = han_chars(s, config) <= config.promo_max_chars
    return s.obfuscated and evidence and short and not s.is_sentence and not s.reporting


register(
    "link_farm_line",
    "line",
    "spam",
    "a list line (`,` `，` `|` `、` spaces) with two or more brands (the seed's tail)",
    is_link_farm_line,
    lambda s, ctx, index, config: is_link_farm_line(s, config),
)


register(
    "promo_line",
    "line",
    "spam",
    "a short line with gambling words and a call to action, after the article's end or far denser than it",
    is_promo_line,
)


register(
    "gambling_outlier_line",
    "line",
    "spam",
    "a non-sentence line far denser in gambling words than the rest of the article",
    is_gambling_outlier,
    lambda s, ctx, index, config: is_gambling_outlier(s, ctx, config),
)


register(
    "gambling_ad_paragraph",
    "line",
    "spam",
    "a paragraph selling gambling: brands, calls to action, no reporting frame",
    is_gambling_ad,
    lambda s, ctx, index, config: is_gambling_ad(s, config, ctx),
)


register(
    "tout_line",
    "line",
    "spam",
    "a tip seller's pitch (`连红28场，加微信进群领取今日方案`): tout words and a way in, far denser than the article",
    is_tout_line,
    lambda s, ctx, index, config: is_tout_line(s, ctx, config),
)


register(
    "obfuscated_line",
    "line",
    "spam",
    "a short non-sentence whose gambling words are split by invisible characters or spaced out",
    is_obfuscated_line,
    lambda s, ctx, index, config: is_obfuscated_line(s, config),
)


# What dresses a brand standing alone on its line: rules, arrows, stars, brackets, and a greeting (欢迎您).
BANNER_DECORATION_RE = re.compile(
    r"[━─═=\-_*~★☆▲△▼▽◆◇■□●○♦♥♠♣→←↑↓⇒»«·•｜\s【】\[\]〖〗()（）<>《》]+|\||欢迎您|歡迎您|欢迎光临|歡迎光臨|\bwelcome\b",
    re.IGNORECASE,
)


# Rules of three or more marks on both sides of a line: a banner.
BANNER_FRAME_RE = re.compile(r"\s*([━─═=\-_*~★☆▲△▼▽◆◇■□●○])\1{2,}.+?([━─═=\-_*~★☆▲△▼▽◆◇■□●○])\2{2,}\s*")


def is_brand_line(s: LineSignals, config: CleaningConfig) -> bool:
    """A line that is nothing but a gambling brand and its site, maybe dressed as a banner
    (━━━ 瑞鲲体育 ━━━, ==== X国际 欢迎您 ====, lan盛国际ag真人) between an article's paragraphs.

    Safe: it needs a brand of a strong shape, or a weak one on a banner (not the article's own subject, which
    the topic words mask, nor a legitimate entity: 银河娱乐 heading a Macau report is masked), a gambling noun,
    a Latin affiliate shape, a spam host or a banner, no sentence, no reporting frame, and the brand names
    must fill the line once the decoration is gone (``is_brand_run``): a heading that says anything besides
    a name (瑞鲲体育赛事回顾) is no brand line, and a firm in a list (金鹰国际) has no gambling noun.
    """
    # Cheap first: most lines name no brand shape at all.
    if not (s.all_brands or s.weak_brands) or s.reporting or s.is_sentence:
        return False
    # Framed by rules on both sides (━━━ X娱乐 官方直营 ━━━), the line is a banner: a name of a weak shape and a
    # site's own words (官方直营, 欢迎您) fill it as well; a section heading between rules names no brand shape.
    banner = BANNER_FRAME_RE.fullmatch(s.text) is not None
    if not (s.all_brands or (banner and s.weak_brands and s.cta)):
        return False
    # A name with an ordinary firm's noun alone on its line (金鹰国际 in a list of companies) is a firm unless
    # the line is a banner or names a site: a gambling noun (体育, 娱乐, 彩票) or a spam host is needed.
    latin = any(name.isascii() for name in s.all_brands)  # Reelmont Casino, Quabrix88: an affiliate's shape
    if not (banner or latin or names_gambling_brand(s.text, config) or spam_domains(s.text)):
        return False
    core = BANNER_DECORATION_RE.sub(" ", s.text)
    if banner:
        # The fields that say what the site sells (赛车竞猜, 真人视讯: a field holding a gambling word that is no
        # part of a name) and its own words (官方直营, 注册送, matched folded as they were found) are the banner's;
        # the brand must fill the rest.
        # Only beside an invented or known brand: a paper's own section (晨报体育 竞猜有奖) sells nothing.
        names = s.all_brands | s.weak_brands
        sold = {term for term in s.terms if not any(term in name for name in names)} if s.all_brands else set()
        core = fold_line(" ".join(f for f in core.split() if not any(term in fold_line(f) for term in sold)))
        for word in sorted(s.cta, key=len, reverse=True):
            core = core.replace(word, " ")
    if not is_brand_run(core, config):
        return False
    # Every Han character a name's: a byline's author beside the brand (原创 李晓 <brand>) is no brand line.
    covered = {i for a, b in brand_spans(core, weak=True, cta_nouns=True) for i in range(a, b)}
    left = [ch for i, ch in enumerate(core) if i not in covered and not ch.isspace()]
    return not any(CJK_RE.match(ch) for ch in left) and len(left) <= config.cta_run_slack


# The signature a content farm prints under a reposted article: the farm as publisher or source. The
# party it names runs from the label to the first mark that closes a name.
FARM_SIGNATURE_RE = re.compile(
    r"^\s*(?:本文由|本文來自|本文来自|转载请注明|轉載請註明|原文链接|原文鏈接|文章来源|文章來源|责任编辑|責任編輯"
    r"|版权声明|版權聲明|资料来源|資料來源|来源|來源)\s*[:：]?\s*(?:本文内容由|本文內容由)?(?P<party>[^，,。；;）)】»\s]{2,40})"
)
# Where the party's name ends inside a credit: the desk or the verb after it (X小编整理发布, X编辑部).
PARTY_END_RE = re.compile(r"小编|小編|编辑部|編輯部|整理|发布|發佈|综合|綜合|提供")
# A domain named like a gambling site anywhere in the party a signature names: see ``SITE_NUMBER_HOST``.
SITE_NUMBER_DOMAIN_RE = re.compile(rf"(?<![\w.]){SITE_NUMBER_HOST}\b", re.IGNORECASE)


def is_farm_signature(s: LineSignals, config: CleaningConfig) -> bool:
    """A content farm's signature line naming a gambling site as the article's publisher or source.

    本文由<X体育>小编整理发布，转载请注明出处。 / 转载请注明：<X娱乐官网> » <headline> /
    原文链接：https://www.xt9977.vip/… / 责任编辑：<X体育>资讯组: a farm reposting real news signs it
    with its own name. Safe: the line must open with a credit label, be short and report nothing, and
    the party it names (right after the label) must be a gambling brand (a brand-shaped name with a
    gambling noun: 体育, 娱乐, 彩票, 真人 …) or a gambling-shaped domain; a news outlet or an app (新浪体育,
    掌上城事客户端) is a legitimate entity or names no gambling noun, and a brand glued after a real
    credit (（责任编辑：郝静）【X】) is no party.
    """
    found = FARM_SIGNATURE_RE.match(s.text)
    if not found or s.reporting or s.chars > config.farm_signature_max_chars:
        return False
    # 朔风体育|小编整理发布: the name ends at the desk or the verb, and a party that "compiled" the text is
    # its publisher: there a weak brand shape counts (an app named as a source, 掌上体育客户端, does not).
    party, *desk = PARTY_END_RE.split(found.group("party"), maxsplit=1)
    if spam_domains(party) or SITE_NUMBER_DOMAIN_RE.search(party):
        return True
    return bool(s.all_brands or (desk and s.weak_brands)) and names_gambling_brand(party)


register(
    "farm_signature",
    "line",
    "spam",
    "a content farm's signature naming a gambling site as publisher or source (`本文由<X体育>小编整理发布`)",
    is_farm_signature,
    lambda s, ctx, index, config: is_farm_signature(s, config),
)


def find_brand_lines(
    signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig, kept_whole: Callable[[int], bool]
) -> None:
    """brand_line verdicts for the lines no other rule took (see ``is_brand_line``): after the runs and blocks,
    so a one-name-per-line farm stays one run with its heading (友情链接) and a brand line is one on its own.
    ``kept_whole(i)`` says line i is of a kind no line rule judges (an address row, a caption, a party row)."""
    for i, s in enumerate(signals):
        if not verdicts[i] and is_brand_line(s, config) and not kept_whole(i):
            verdicts[i] = "brand_line"


register(
    "brand_line",
    "block",
    "spam",
    "a line that is only a gambling brand and its site, maybe dressed as a banner (`━━ X体育 x8866.com ━━`)",
    find_brand_lines,
)
