"""Page rules: when the text is spam as a whole (a parasite page, a slot landing page) and is dropped.

A page is dropped only when no article prose survives the removals: a real article with spam around
it keeps its prose.
"""

from __future__ import annotations

from itertools import pairwise

from newsclean.cleaning.advertorials import advertorial_subject, line_names
from newsclean.cleaning.config import DEFAULTS, CleaningConfig
from newsclean.cleaning.features import LineSignals, han_chars, measure_line
from newsclean.cleaning.lines import LINE_RE, is_prose_shaped, spam_only_terms
from newsclean.cleaning.registry import register


def is_spam_page(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Spam as a whole: no article is left, and most characters are spam or sales pitch, or the page is a parasite.

    A short article with spam around it (a keyword block above, a link farm below) is an article,
    not a parasite: parasite pages interleave their pasted sentences with spam.
    """
    total = sum(s.chars for s in signals)
    # A page framed as reporting (警方, 涉案, 犯罪嫌疑人 on several lines) is a report: its sentences
    # about bets and sign-up bonuses describe the crime, they do not sell (a police report keeps its
    # text when a 相关阅读 line of brands is injected into it).
    framed = _is_framed(signals, config)
    article = _article_chars(signals, verdicts, config, framed)
    if not total or article >= config.article_min_prose_chars:
        return False
    if is_gambling_page(signals, verdicts, config):
        return True
    if _notice_with_one_block(signals, verdicts, config):
        return False
    spam = sum(s.chars for s, v in zip(signals, verdicts, strict=True) if v)
    # Two paragraphs of the article's own survive, a short article's or a brief's longer than the spam
    # injected into it (a school's 60-character notice with two betting lines below it).
    if (article >= config.short_article_min_chars or article >= spam) and _spam_only_at_edges(
        signals, verdicts, config
    ):
        return False
    # A brief that opens the text with two paragraphs of its own and has the spam below them all, as one
    # tail: the brief survives whatever the tail's length (a parasite opens on its brand or pastes between).
    if _brief_over_a_tail(signals, verdicts, config):
        return False
    # No prose at all, and most of the text sells gambling in sentences (a slot landing page on a
    # hacked site: every line a pitch, none flagged alone because none stands out from the rest).
    selling = sum(
        s.chars for s, v in zip(signals, verdicts, strict=True) if v or (_sells(s, config) and not s.reporting)
    )
    all_pitch = not article and selling / total >= config.spam_page_ratio
    parasite = is_parasite_page(signals, config) and not _single_lines_woven_in(signals, verdicts, config)
    return spam / total >= config.spam_page_ratio or all_pitch or parasite


def is_advertorial(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """A site's advertorial (``advertorials.advertorial_subject``) whose lines not naming the site hold less
    than a short article's prose: an advertorial pasted into a real article leaves the article.

    Judged on the lines as they came, before any edit: a name cut from a line as a stand-in is what
    the advertorial is about.
    """
    framed = _is_framed(signals, config)
    subject = advertorial_subject(signals, config)
    if subject is None:
        return False
    others = [(s, v) for s, v in zip(signals, verdicts, strict=True) if subject not in line_names(s)]
    # A short article's worth of prose of its own (a brief under a farm's signature naming the site) is an
    # article; an advertorial's lines all name the site or sell it.
    prose = sum(s.chars for s, v in others if _is_prose(s, v, config, framed))
    return prose < config.short_article_min_chars


def _spam_only_at_edges(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Two or more lines of prose with at most one spam block between them: the spam is a head, a tail
    or one injection.

    One line of prose amid spam is what a parasite page pastes (a 六合彩 pseudo-explainer).
    """
    framed = _is_framed(signals, config)
    prose = [i for i, (s, v) in enumerate(zip(signals, verdicts, strict=True)) if _is_prose(s, v, config, framed)]
    if len(prose) < 2:
        return False
    # One injected block between two paragraphs is an article with spam in it; a parasite page
    # interleaves again and again (spam, a pasted sentence, spam, a pasted sentence …).
    inner = [i for i in range(prose[0] + 1, prose[-1]) if verdicts[i]]
    if not inner:
        return True
    # One block inside, and none at the edges: spam above, between and below is interleaving, unless
    # the article's own sentences run two or more to a block (a guide's paragraphs with a promo line
    # after every second one); a parasite page pastes one sentence per spam block.
    spam = [i for i, v in enumerate(verdicts) if v]
    blocks = sum(1 for k, i in enumerate(spam) if k == 0 or i != spam[k - 1] + 1)
    runs = len(prose) // config.article_prose_lines_per_block
    return blocks <= max(config.article_max_inner_spam_blocks, runs)


def _brief_over_a_tail(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Two paragraphs of prose open the text and every line after the first spam line is spam: a brief with
    a farm below it (issue 10: drop a page only when no article prose survives), however long the farm.
    A parasite page opens on its brand or pastes its sentences between spam blocks."""
    framed, spam = _is_framed(signals, config), _spam_marks(signals, verdicts)
    # A paragraph of prose with no gambling word and no brand is the brief's own, whatever weak name shape it
    # holds (某外卖平台: a phrase and 平台).
    spam = [
        mark and not (_is_prose(s, v, config, framed) and not (s.all_brands or s.score))
        for s, v, mark in zip(signals, verdicts, spam, strict=True)
    ]
    if True not in spam:
        return False
    first = spam.index(True)
    prose = sum(_is_prose(s, v, config, framed) for s, v in zip(signals[:first], verdicts[:first], strict=True))
    return prose >= 2 and all(spam[first:])


def _single_lines_woven_in(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Spam woven into a notice one line at a time: every spam line stands alone between lines of the
    notice's own, and the notice keeps prose and ``notice_min_clean_lines`` plain lines (a heading, its
    sentences, a signature), or opens on its own words and keeps two paragraphs of prose. A parasite page
    pastes a sentence or two between blocks of its own, or opens on its brand.
    """
    framed, spam = _is_framed(signals, config), _spam_marks(signals, verdicts)
    if any(a and b for a, b in pairwise(spam)):
        return False  # two spam lines together: a block
    mine = [s for s, v in zip(signals, spam, strict=True) if not v and s.chars >= config.notice_line_min_chars]
    plain = [s for s in mine if _is_plain(s)]
    prose = sum(_is_prose(s, None, config, framed) for s in plain)
    # Two paragraphs of prose with the text opening on its own words: a parasite opens on its brand.
    opens_own = bool(spam) and not spam[0]
    return prose > 0 and (len(plain) >= config.notice_min_clean_lines or (opens_own and prose >= 2))


def _notice_with_one_block(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """Short lines of its own (a heading, a sentence of prose, a signature or an address: a notice or a
    job ad; a listing's rows: 2021款 本田思域 1.5T 3.2万公里 10.28万) and the spam one block below or above
    them all, no longer than they are: a notice or a listing with a farm, not a parasite page, which pastes
    its sentences between spam or stands one alone over a farm.

    A spam line is one a rule took or one with gambling evidence (a brand, solid terms, a sales call);
    the block runs from the first to the page's end (or from its start to the last), its short lines
    with no evidence (ky296彩, a bare domain) its own members; a sentence of prose in it is interleaving.
    """
    framed = _is_framed(signals, config)
    spam = [i for i, marked in enumerate(_spam_marks(signals, verdicts)) if marked]
    if not spam:
        return False
    for own, block in (
        (range(spam[0]), range(spam[0], len(signals))),
        (range(spam[-1] + 1, len(signals)), range(spam[-1] + 1)),
    ):
        mine = [
            signals[i]
            for i in own
            if not verdicts[i] and signals[i].chars >= config.notice_line_min_chars and _is_plain(signals[i])
        ]
        if any(_is_prose(signals[i], verdicts[i], config, framed) for i in block if not _has_evidence(signals[i])):
            continue  # prose inside the block: the page interleaves
        longer = sum(han_chars(s, config) for s in mine) >= sum(han_chars(signals[i], config) for i in block)
        if len(mine) >= config.notice_min_clean_lines and longer:
            return True
    return False


def _is_framed(signals: list[LineSignals], config: CleaningConfig) -> bool:
    """The page is framed as reporting (警方, 涉案 on several lines)."""
    return sum(s.reporting for s in signals) >= config.reporting_frame_min_lines


def _spam_marks(signals: list[LineSignals], verdicts: list[str | None]) -> list[bool]:
    """Per line: a rule took it, or it carries gambling evidence (``_has_evidence``)."""
    return [bool(v) or _has_evidence(s) for s, v in zip(signals, verdicts, strict=True)]


def _is_plain(s: LineSignals) -> bool:
    """No gambling word, brand shape or call to action: a notice's own line. One everyday call-to-action word
    in a sentence (送 of 送入预定轨道, 下载 of 下载地址) is the sentence's own word, not a pitch."""
    pitch = len(s.cta) >= 2 or bool(s.cta and not s.is_sentence)
    return not (s.score or s.all_brands or s.weak_brands or pitch)


def _has_evidence(s: LineSignals) -> bool:
    return bool(s.all_brands or s.score >= 2 or (s.score and s.cta) or s.weak_brands)


def _is_prose(s: LineSignals, verdict: str | None, config: CleaningConfig, framed: bool = False) -> bool:
    """A kept sentence long enough to be article text, selling nothing (or reporting on gambling, itself
    or as part of a page ``framed`` as reporting)."""
    return not verdict and is_prose_shaped(s, config) and (framed or s.reporting or not _sells(s, config))


def _sells(s: LineSignals, config: CleaningConfig) -> bool:
    """Gambling words with a call to action, many calls to action, or ad-level gambling density.

    Without a gambling word, two call-to-action words are everyday prose (运送 … 注册无人机); a pitch
    with none (注册即送，首充再送，下载领取) has more.
    """
    many_cta = len(s.cta) >= config.selling_cta_without_terms
    # A seller's voice (you, our #1 pick, 首选) sells with a word mostly gambling uses; with "gambling"
    # alone it is a help page (If gambling is causing problems for you…).
    voiced = bool(s.voice) and s.score >= config.voice_min_score
    return bool(s.cta and s.score) or voiced or many_cta or s.score >= config.ad_min_score


def _article_chars(
    signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig, framed: bool = False
) -> int:
    """Characters of real article prose: kept sentences that sell no gambling (gambling words with a call to action)."""
    return sum(s.chars for s, v in zip(signals, verdicts, strict=True) if _is_prose(s, v, config, framed))


def prose_chars(text: str, config: CleaningConfig | None = None) -> int:
    """Characters of article prose in a cleaned text: its sentences that sell no gambling."""
    config = config or DEFAULTS
    signals = [measure_line(m.group(), m.start()) for m in LINE_RE.finditer(text)]
    return _article_chars(signals, [None] * len(signals), config)


def is_parasite_page(signals: list[LineSignals], config: CleaningConfig) -> bool:
    """A page of brand lists and stolen headlines with no article prose (checked by the caller).

    Hijacked pages interleave short gambling lines with real headlines copied from
    news sites, so no single line looks like a link farm. Together they do: many
    lines carry gambling evidence and the page names several brands. A lottery
    notice names no brand (体彩, 大乐透 are legitimate entities) and stays.
    """
    lines = [s for s in signals if s.chars and not s.is_separator]
    if len(lines) < config.parasite_min_lines:
        return False  # a brief and one spam line is an article with a tail, not a page of interleaved spam
    # A report quoting the platform and its ads (警方, 涉案) is evidence of nothing but the report.
    selling = [s for s in lines if not s.reporting]
    marks = [not s.reporting and bool(s.all_brands or s.score >= 2 or (s.score and s.cta)) for s in lines]
    brands = {b for s in selling for b in s.all_brands}
    if len(brands) < config.parasite_min_brands or sum(marks) < config.parasite_min_evidence_share * len(lines):
        return False
    # Interleaved: the evidence lies in two runs or more. One run of spam lines spliced into a page with a
    # clean sentence of its own (a results roundup with three farm rows amid its rows) is an injected
    # block; a sales page's sentences (you have landed in the right place) are no clean sentence.
    runs = sum(mark and not (i and marks[i - 1]) for i, mark in enumerate(marks))
    return runs >= config.parasite_min_runs or not any(_is_clean_sentence(s, config) for s in lines)


def _is_clean_sentence(s: LineSignals, config: CleaningConfig) -> bool:
    return is_prose_shaped(s, config) and not (s.score or s.all_brands or s.made_up or s.cta or s.voice)


def is_offer_page(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """A page selling the brand its sentences are about (璟赢娱乐城成立十周年… 活动规则：一、首存礼…): read with
    the brand in, no article prose is left and the page is gambling from end to end, with words only
    offers use (首存, 红利, 倍流水) on two lines or more besides the brand's own.

    Safe: an essay about an app that names it again and again (琮璟体育app下载) has no offer words, and a
    report is framed as one (``is_gambling_page`` leaves it).
    """
    framed = _is_framed(signals, config)
    if _article_chars(signals, verdicts, config, framed) >= config.article_min_prose_chars:
        return False
    offers = [s for s, v in zip(signals, verdicts, strict=True) if not v and not s.reporting and spam_only_terms(s)]
    return len(offers) >= 2 and is_gambling_page(signals, verdicts, config)


def is_gambling_page(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """A short page that is gambling from end to end: no line stands out, because every line is like the rest.

    The line rules find spam by contrast with the article around it; a doorway with no article (a
    USDT casino FAQ, a 北京赛车 plan page, a private lottery's draw records) has nothing to contrast
    with. So the lines no rule took are judged together. Safe: clean prose (a sentence with at most
    one common gambling word and no brand or call to action beside it) may be at most
    ``gambling_page_clean_share`` of the text; those lines must score ``gambling_page_min_points``
    together, and two of them name a brand or use a word only spam uses (a draw notice of a legal
    lottery, a Macau revenue brief or a betting-tax story use words the news uses too); a page framed
    as reporting (警方, 涉案 on two lines) is a report.
    """
    lines = [(s, v) for s, v in zip(signals, verdicts, strict=True) if s.chars and not s.is_separator]
    if len(lines) < config.parasite_min_lines or sum(s.reporting for s, _ in lines) >= config.reporting_frame_min_lines:
        return False
    total = sum(s.chars for s, _ in lines)
    clean = sum(
        s.chars
        for s, v in lines
        if not v and is_prose_shaped(s, config) and not (s.score >= 2 or s.all_brands or s.made_up or s.cta or s.voice)
    )
    if clean > config.gambling_page_clean_share * total:
        return False
    kept = [s for s, v in lines if not v and not s.reporting]
    points = sum(s.score for s in kept)
    spam_only = [s for s in kept if s.all_brands or spam_only_terms(s)]
    return points >= config.gambling_page_min_points and len(spam_only) >= 2


register(
    "spam_page",
    "page",
    "spam",
    "most of the text is spam or a parasite page, and no article prose is left (the page is dropped)",
    is_spam_page,
)
