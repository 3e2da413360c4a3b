"""A gambling site's advertorial: a page about one site-shaped name, selling it, reporting nothing.

Parasite pages written as fluent prose (X体育荣获年度最佳平台奖…即日起新会员注册即送88元; LUXWIN has quickly
become one of the most popular betting sites…) have no line that stands out, and their sentences read as
article prose, so the rules that drop a page when no prose is left keep them. What gives them away is
the page as a whole: one invented, site-shaped name is the subject of most of its lines, the page sells
(an offer only betting sites make, a call to action beside gambling words, the seller's voice), and
no line reports on anything.
"""

from __future__ import annotations

import re
from collections import Counter

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.firms import REGISTERED_AFTER_RE
from newsclean.cleaning.lines import spam_only_terms, trade_terms
from newsclean.cleaning.shapes import gambling_nouns, lexicon_fold

# A Latin name a site invents: capitals or joined capitalised parts with a betting word as a part (LUXWIN,
# QYWIN, VELORABET, OddsNest, LuckyMoor). Words in capitals (UPDATE, WATCH, COVID, MELCO) and names of other
# parts (DeWine, EuroMillions) are no site's by their shape.
LATIN_NAME_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{4,12}|[A-Z][a-z]+(?:[A-Z][a-z]+)+)(?![A-Za-z0-9])")
BETTING_PARTS = (
    *("bet", "win", "odds", "spin", "slot", "slots", "reel", "reels"),
    *("stake", "stakes", "luck", "lucky", "jackpot", "casino"),
)
# A weak shape with a Latin stem (qywin娱乐): letters no word of the language is written in.
LATIN_STEM_RE = re.compile(r"^[a-z0-9]{3,}")


def line_names(s: LineSignals) -> set[str]:
    """The site-shaped names of a line: brands, invented names, a Latin stem before a gambling business noun
    (QYWIN娱乐), Latin names as ``LATIN_NAME_RE`` reads them. A Han word before the noun (综艺娱乐, 星汇娱乐)
    is no site's name by its shape alone."""
    nouns = tuple(gambling_nouns())
    names = set(s.all_brands) | {w for w in s.weak_brands if w.endswith(nouns) and LATIN_STEM_RE.match(w)}
    return names | {m.group().lower() for m in LATIN_NAME_RE.finditer(s.text) if _has_betting_part(m.group())}


def _has_betting_part(name: str) -> bool:
    """A capitals name starting or ending in a betting word (LUXWIN, BETHAVEN), or a joined name one of whose
    capitalised parts is one (OddsNest)."""
    if name.isupper():
        return name.lower().startswith(BETTING_PARTS) or name.lower().endswith(BETTING_PARTS)
    return any(part.lower() in BETTING_PARTS for part in re.findall(r"[A-Z][a-z]+", name))


def advertorial_subject(signals: list[LineSignals], config: CleaningConfig) -> str | None:
    """The site-shaped name most lines are about, when the page sells and reports nothing; else None.

    Safe: a news story about a company names it on many lines too, but sells nothing gambling's own: the
    pitch must be an offer only betting sites make (首存, 彩金, free spins), a call to action or the
    seller's voice beside gambling words, or two calls to action for a gambling-shaped name on a page that
    speaks of gambling; a page with a line framed as reporting (police, court, regulator words) is a
    report. The caller still keeps a page whose lines that do not name the site hold article prose (an
    advertorial pasted into a real article).
    """
    lines = [s for s in signals if s.chars and not s.is_separator]
    if len(lines) < config.advertorial_min_lines or any(s.reporting for s in lines):
        return None
    counts = Counter(name for s in lines for name in line_names(s))
    if not counts:
        return None
    # The longest of the names met most often: QYWIN娱乐 over the QYWIN in it.
    subject = max(counts, key=lambda name: (counts[name], len(name)))
    naming = counts[subject]
    if naming < max(2, config.advertorial_subject_share * len(lines)):
        return None
    page = "\n".join(s.text for s in lines)
    if re.search(re.escape(subject) + REGISTERED_AFTER_RE.pattern, page, re.IGNORECASE):
        return None  # a firm registered under the name (X娱乐集团, X Holdings): its news, not a site's ad
    # A name shaped like a gambling site's (a brand, an invented X体育, QYWIN娱乐) on a page that speaks of
    # gambling somewhere (竞猜, 投注, betting) is sold by a sales call alone; a firm's news with 注册/下载 (a
    # streaming app's 体育 channel, a shop's 会员 offer) speaks of none. A Latin name is sold only by
    # gambling's own words.
    gambling = any(trade_terms(s) for s in lines)
    shaped = gambling and any(subject in s.all_brands or subject.endswith(tuple(gambling_nouns())) for s in lines)
    return subject if any(_sells(s, subject, shaped) for s in lines) else None


def _sells(s: LineSignals, subject: str, shaped: bool) -> bool:
    """Gambling's own pitch besides the name: an offer only betting sites make (首存, 彩金, free spins), a
    gambling word other than a business noun beside a call to action or the seller's voice, or, when the
    name is ``shaped`` like a gambling site's, a sales call of two calls to action (注册即送, sign up …
    claim). The name's own words (娱乐城 of a development named X娛樂城) sell nothing."""
    folded = lexicon_fold(s.text).text
    rest = measure_line(folded.replace(subject, " "), 0) if subject in folded else s
    gambling = bool(trade_terms(rest))
    sales_call = shaped and len(rest.cta) >= 2
    return bool(spam_only_terms(rest)) or (gambling and bool(rest.cta or rest.voice)) or sales_call
