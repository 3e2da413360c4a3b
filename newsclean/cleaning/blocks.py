"""Block rules: lines that are spam because of the spam lines around them.

A one-link-per-line farm (友情链接 / a brand / a casino game / a domain) has no spam line on its own,
and a separator or a weak line (“世界杯足球购买app”) is spam only inside a spam block.
"""

from __future__ import annotations

import re

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import CONTACT, LineSignals, han_chars
from newsclean.cleaning.lines import PageContext
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import SITE_NUMBER_HOST, spam_domains
from newsclean.cleaning.trailers import is_keyword_trailer

# A short heading of a list (相关推荐：, 热门阅读:, 猜你喜欢): right above a link farm or a promo it introduces
# the block and goes with it. Above clean lines it stays.
# A heading is a few Han characters or a few English words (Useful resources, See also).
BLOCK_HEADING_RE = re.compile(r"[\u4e00-\u9fffA-Za-z ]{2,8}[:：]?|[A-Za-z][A-Za-z ]{1,23}:?")


# Words of a list heading (相关推荐, 热门阅读, 猜你喜欢, 延伸阅读, 更多新闻, 推薦閱讀, 合作伙伴 over a footer's
# partner links); a credit (编辑 王楠) is none.
LIST_HEADING_WORDS_RE = re.compile(
    r"推荐|推薦|阅读|閱讀|相关|热门|熱門|猜你|延伸|更多|热点|熱點|精彩|链接|鏈接|連結|友站|合作伙伴|合作夥伴"
    r"|related|popular|more|links|partners?|resources|see also|sponsored|recommended",
    re.IGNORECASE,
)


LINK_LABEL_RE = re.compile(r"(?:阅读|閱讀|查看|点击阅读|點擊閱讀)(?:原文|全文)")


# Verdicts of lines that are spam lists or promos: a heading right above one introduces it.
BLOCK_RULES = frozenset({"link_farm_line", "promo_line", "spam_line_run", "gambling_outlier_line"})
# ... and a weak line of such a block (a headline with a brand glued on, 盛铂娱乐城:秋粮丰收在望…).
HEADED_RULES = BLOCK_RULES | {"spam_block_member", "related_block_item"}


def is_list_heading(line: str) -> bool:
    """A short list heading (相关推荐：, 热门阅读, 猜你喜欢) that introduces the block below it."""
    text = line.strip()
    link = LINK_LABEL_RE.fullmatch(text)  # 阅读原文, 查看全文: a link to the article, no list heading
    return bool(BLOCK_HEADING_RE.fullmatch(text) and LIST_HEADING_WORDS_RE.search(text)) and not link


def _is_list_line(s: LineSignals, config: CleaningConfig) -> bool:
    """A short line with no sentence in it: one item of a list, a link, a name."""
    return 0 < han_chars(s, config) <= config.line_run_max_chars and not s.is_sentence and not s.is_end_marker


def _is_run_evidence(s: LineSignals, config: CleaningConfig) -> bool:
    """Solid gambling evidence on a list line: a brand, a term only spam uses, or a bare spam domain."""
    return bool(s.all_brands) or s.score >= config.line_run_min_score or bool(spam_domains(s.text))


def find_line_runs(
    signals: list[LineSignals], verdicts: list[str | None], ctx: PageContext, config: CleaningConfig
) -> None:
    """spam_line_run: a run of short list lines, one link or name each, most of them gambling.

    Hacked pages carry their link farm one link per line (友情链接 / a brand / a casino game / a
    bookmaker domain …) and private-lottery stuffing one name per line, so no line is a list on its
    own. Together they are. Safe: the run needs several lines of solid evidence (a brand, a term only
    spam uses, a bare spam domain) making at least half its lines, and an article framed as reporting
    (a police warning listing scam platforms one per line) keeps its lists inside the article.
    Lines of the run with no gambling word at all (新华网 in a friend-links list) stay.
    """
    reporting = ctx.reporting_lines >= config.reporting_frame_min_lines
    runs: list[list[int]] = [[]]
    for i, s in enumerate(signals):
        if runs[-1] and is_list_heading(s.text):
            runs.append([])  # a list's heading (合作伙伴) opens a run: the short lines above it are not its links
        if _is_list_line(s, config) or (verdicts[i] and not s.is_sentence):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        evidence = [i for i in run if _is_run_evidence(signals[i], config)]
        # Letter-and-digit site names alone on their lines (KLWIN388, ORKID99) and brand-shaped names too
        # weak to count alone (南洋88真人, 榴莲国际官网) back the evidence up: a run needs solid evidence too.
        named = [i for i in run if i not in evidence and (is_site_name_line(signals[i].text) or signals[i].weak_brands)]
        support = len(evidence) + len(named)
        # The list's own heading (友情链接, 合作伙伴) names no link: the share is of the lines under it.
        if not evidence:
            continue
        listed = len(run) - (is_list_heading(signals[run[0]].text) and run[0] not in evidence)
        if support < config.line_run_min_lines or support < config.line_run_evidence_share * listed:
            # A farm spliced into the page's own list (three brand rows amid a results list): a stretch of
            # evidence lines in a row, with the list's own plain rows before and after it, is a run of its own.
            stretch = _longest_stretch([i for i in run if i in evidence or i in named])
            if len(stretch) < config.line_run_min_lines or not _between_plain_rows(signals, run, stretch):
                continue
            run = stretch
        # A report's own list stays; one under a partner or links heading (Partner sites, 友情链接) is the
        # site's furniture, which a hacked report carries like any page.
        if reporting and run[0] <= ctx.end_index and not is_list_heading(signals[run[0]].text):
            continue
        for i in run:
            s = signals[i]
            member = i in evidence or i in named or s.score or s.weak_brands or _is_site_number_domain(s.text)
            if not verdicts[i] and member and not s.reporting:
                verdicts[i] = "spam_line_run"


def _between_plain_rows(signals: list[LineSignals], run: list[int], stretch: list[int]) -> bool:
    """The lines just before and after ``stretch`` are rows of the same ``run`` that talk no gambling (the
    page's own rows around a spliced farm)."""
    before, after = stretch[0] - 1, stretch[-1] + 1
    if before not in run or after not in run:
        return False
    return all(not (signals[i].score or signals[i].all_brands or signals[i].weak_brands) for i in (before, after))


def _longest_stretch(indices: list[int]) -> list[int]:
    """The longest stretch of consecutive line indices among ``indices`` (sorted)."""
    best: list[int] = []
    current: list[int] = []
    for i in indices:
        current = [*current, i] if current and i == current[-1] + 1 else [i]
        if len(current) > len(best):
            best = current
    return best


# A line that is a bare domain named like a gambling site (hx6677.com): see ``SITE_NUMBER_HOST``.
SITE_NUMBER_LINE_RE = re.compile(rf"\s*(?:https?://)?{SITE_NUMBER_HOST}/?\s*", re.IGNORECASE)


def is_site_name_line(line: str) -> bool:
    """A line that is one letter-and-digit name and nothing else: KLWIN388, ORKID99, DURIAN4D (three or
    more letters, two or more digits, no space). Model numbers look the same (Mate60), so such a line
    only backs up other evidence in a run (``find_line_runs``), never counts alone."""
    name = line.strip()
    if not (4 <= len(name) <= 16 and name.isascii() and name.isalnum() and name[0].isalpha()):
        return False
    return sum(ch.isdigit() for ch in name) >= 2 - name.upper().endswith("4D") and sum(ch.isalpha() for ch in name) >= 3


# Inside a run that is a farm already, two digits name a site as well (hbw77.net, 33fy.app): a link of the
# farm's, never evidence on its own.
RUN_DOMAIN_LINE_RE = re.compile(
    r"\s*(?:https?://)?(?:www\.)?(?:[a-z]{1,6}\d{2,6}|\d{2,6}[a-z]{1,6})\.[a-z]{2,6}/?\s*", re.IGNORECASE
)


def _is_site_number_domain(line: str) -> bool:
    return SITE_NUMBER_LINE_RE.fullmatch(line) is not None or RUN_DOMAIN_LINE_RE.fullmatch(line) is not None


def spread_to_block(
    signals: list[LineSignals], verdicts: list[str | None], ctx: PageContext, config: CleaningConfig
) -> None:
    """Extend spam verdicts to neighbours that belong to the same injected block.

    A separator line (……, ↓↓↓) or a short line with any gambling/CTA evidence
    (“世界杯足球购买app”) next to a spam line, after the article's end, is part of
    the block. Lines with no evidence (监制:邓金木) stop the spread, so credits stay.
    """
    off = config.disabled_rules
    changed = True
    while changed:
        changed = False
        for i, s in enumerate(signals):
            below_is_spam = i + 1 < len(verdicts) and verdicts[i + 1] in HEADED_RULES
            heading = below_is_spam and is_list_heading(s.text)
            if verdicts[i] or not (s.is_separator or heading or (s.has_weak_signal and not s.is_end_marker)):
                continue
            if is_keyword_trailer(s.text, config):
                continue  # the site's own keywords: keyword_trailer_item takes the brands only
            near_spam = (i > 0 and verdicts[i - 1]) or (i + 1 < len(verdicts) and verdicts[i + 1])
            # Inside the article only solid evidence joins a block: a short non-sentence with gambling words,
            # or a brand-shaped name with a call to action (“麦浪国际平台是真的吗”, 《纸鸢彩票官方下载》).
            pitch = bool((s.all_brands or s.weak_brands) and s.cta)
            # A way in with a handle right under a spam block (加微信 fx77886 进群免费领取今日计划 under tip lines):
            # the block's contact line. A notice's own contact line comes before a block injected below it, and a
            # report quotes a handle in a sentence.
            below_spam = i > 0 and bool(verdicts[i - 1])
            contact = below_spam and CONTACT in s.cta and len(s.cta) >= config.pitch_min_cta
            solid = (
                not s.is_sentence
                and (s.score >= 2 or pitch or contact)
                and s.chars <= config.promo_max_chars
                and not s.reporting
            )
            rule = "spam_block_separator" if s.is_separator or heading else "spam_block_member"
            if near_spam and (s.is_separator or heading or i > ctx.end_index or solid) and rule not in off:
                verdicts[i] = rule
                changed = True
        changed |= _take_stolen_headlines(signals, verdicts, config)


def _last_clean_sentence(signals: list[LineSignals], verdicts: list[str | None]) -> int:
    """Index of the last kept sentence with no gambling word (the article's last paragraph), or -1."""
    return max((i for i, s in enumerate(signals) if s.is_sentence and not verdicts[i] and not s.score), default=-1)


# A public body's name standing as a link (县应急管理局, 省农业农村厅, 中国政府网): a related-links list names
# them; a headline says what happened to one.
INSTITUTION_LINK_RE = re.compile(
    r"^\s*\S{2,14}(?:局|厅|廳|委员会|委員會|办公室|辦公室|政府|政府网|政府網|中心|协会|協會)\s*$"
)
# A colon anywhere (责任编辑：, 来源：, 地点：): a credit or a field of the page; stolen headlines carry none.
LABEL_RE = re.compile(r"[:：]")


def _take_stolen_headlines(signals: list[LineSignals], verdicts: list[str | None], config: CleaningConfig) -> bool:
    """After the article's last clean sentence, a short headline between two spam lines is one a farm stole
    to look like news (tx918体育官方入口 / 冬季流感进入高发期 专家提醒… / 真人百家乐在线): hacked pages
    interleave them with their links. Safe: both neighbours must be spam already, and a credit, a labelled
    field, a sentence or the article's end marker is never one."""
    if "spam_block_member" in config.disabled_rules:
        return False
    changed = False
    for i in range(max(_last_clean_sentence(signals, verdicts) + 1, 1), len(signals) - 1):
        s = signals[i]
        if verdicts[i] or not (verdicts[i - 1] and verdicts[i + 1]):
            continue
        if s.is_sentence or s.is_end_marker or s.is_closing_credit or LABEL_RE.search(s.text):
            continue
        if s.reporting and s.score:
            continue  # a question on the crime (开设赌场罪可以缓刑吗) is a legal portal's topic, not a stolen one
        if INSTITUTION_LINK_RE.search(s.text):
            continue  # 县应急管理局, 中国政府网 between spam links: the site's own related-links list
        if s.chars <= config.promo_max_chars:
            verdicts[i] = "spam_block_member"
            changed = True
    return changed


register(
    "spam_line_run",
    "block",
    "spam",
    "a run of short lines, one link or name each, most of them gambling (one-link-per-line farms, lottery stuffing)",
    find_line_runs,
)


register(
    "spam_block_member",
    "block",
    "spam",
    "a weak line (`“世界杯足球购买app”`) inside a spam block",
    spread_to_block,
)


register(
    "spam_block_separator",
    "block",
    "spam",
    "a separator (`……`, `↓↓↓`) or list heading (`相关推荐：`) right next to a spam block",
    spread_to_block,
)
