"""bonus_offer_line: a line that puts a number on a betting offer (a 150% match bonus, 50 free spins).

An English pitch sells by its offer: 100% welcome bonus up to $500, 25 free Sweeps Coins, a $100 no
deposit bonus. The line rules that weigh gambling words against the article's own density miss it
on a short page, where two pitches raise the bar for each other, and on a page whose brand the
lexicon cannot know. A number on an offer only a casino or a bookmaker makes is evidence enough
with a name, a call to action or the seller's voice beside it. The nouns are data:
``data/offer_nouns.txt``.
"""

from __future__ import annotations

import functools
import re

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.lexicon import read_sections
from newsclean.cleaning.lines import PageContext
from newsclean.cleaning.registry import register
from newsclean.cleaning.sentences import sentence_spans

# An amount: 150%, $500, €1,000, 5 BTC, 250,000, 100k.
# Possessive (*+): a long run of 1,1,1,… must not be tried from every comma again (quadratic time).
AMOUNT = r"(?:\d[\d,.]*+\s?%|[$€£¥]\s?\d[\d,.]*+k?|\d[\d,.]*+\s?(?:k|BTC|USDT|ETH|USD|EUR|GBP)\b|\d[\d,.]*+)"
# Quotation marks: an offer inside them is cited (One ad read: "Join X and claim a 200% welcome bonus.").
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"))
BETTING_SECTION, SHARED_SECTION = "betting", "shared"


@functools.cache
def offer_re(section: str = "") -> re.Pattern[str]:
    """An amount on an offer noun, up to two words between (a 150% welcome bonus, 25 free Sweeps Coins),
    or the noun with its amount after it (a welcome bonus up to $500, a free bet worth £20); the nouns of
    one section of ``data/offer_nouns.txt``, or of both."""
    sections = read_sections("offer_nouns.txt")
    entries = (
        sections[section] if section else [e for name in (BETTING_SECTION, SHARED_SECTION) for e in sections[name]]
    )
    nouns = "|".join(sorted((re.escape(n) for n in entries), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,]){AMOUNT}\s+(?:[A-Za-z-]+\s+){{0,2}}(?:{nouns})\b"
        rf"|\b(?:{nouns})\s+(?:of\s+|worth\s+|up\s+to\s+){AMOUNT}",
        re.IGNORECASE,
    )


def _is_quoted(text: str, at: int) -> bool:
    """Position ``at`` is inside quotation marks opened before it on the line."""
    before = text[:at]
    return before.count('"') % 2 == 1 or any(before.count(a) > before.count(b) for a, b in QUOTE_PAIRS)


def _is_plain(text: str) -> bool:
    """A sentence that sells nothing: no gambling word, name, call to action or seller's voice, no hook."""
    x = measure_line(text, 0)
    return not (x.score or x.all_brands or x.cta or x.voice) and not text.rstrip().endswith("?")


def _pitch_around(text: str, offer: re.Match[str]) -> tuple[int, int] | None:
    """The sentences of ``text`` that pitch the ``offer``: its sentence with the selling sentences right
    before and after it (a hook question, the brand's sentence, a call to action), up to the plain
    sentences around them; None when the offer is quoted."""
    if _is_quoted(text, offer.start()):
        return None
    spans = sentence_spans(text)
    k = next((i for i, (a, b) in enumerate(spans) if a <= offer.start() < b), len(spans) - 1)
    first = k
    while first > 0 and not _is_plain(text[slice(*spans[first - 1])]):
        first -= 1
    last = k
    while last + 1 < len(spans) and not _is_plain(text[slice(*spans[last + 1])]):
        last += 1
    return spans[first][0], spans[last][1]


def _offered(s: LineSignals) -> tuple[int, int] | None:
    """The pitch span of a line that is no report and names, calls or vouches (see ``is_bonus_offer_line``)."""
    if s.reporting or not (s.all_brands or s.cta or s.voice):
        return None
    offer = offer_re().search(s.text)
    if offer is None:
        return None
    # The offer's own words (free bet, welcome bonus) are calls to action in the lexicon: the evidence must
    # be besides them (Sign up now, Use code, a name), or a story describing offers would pass.
    rest = measure_line(s.text[: offer.start()] + " " + s.text[offer.end() :], 0)
    if not (s.all_brands or rest.cta or rest.voice):
        return None
    # A bank's sign-up bonus or a hotel's welcome package is an offer too: those nouns need a betting site's
    # name or a gambling word beside them.
    if not offer_re(BETTING_SECTION).search(s.text) and not (s.all_brands or rest.score):
        return None
    return _pitch_around(s.text, offer)


def _is_whole(text: str, span: tuple[int, int]) -> bool:
    """``span`` leaves nothing of ``text`` but blanks: the line rule's, not the span rule's."""
    return not text[: span[0]].strip() and not text[span[1] :].strip()


def is_bonus_offer_line(s: LineSignals, ctx: PageContext, index: int, config: CleaningConfig) -> bool:
    """A line with a number on a casino's or bookmaker's offer, and a name, a call to action or the
    seller's voice beside it (Today's episode is sponsored by VELOXBET… Sign up now for a 150% welcome
    bonus and 50 free spins).

    Safe: the nouns are betting offers' (free spins, free bet); those banks, airlines and hotels share
    (welcome bonus, sign-up bonus) need a gambling word or a betting site beside them; the
    evidence must stand besides the offer's own words (free bet is a call to action in the lexicon); a
    page with any line of reporting (a regulator's ruling on the ad it fined, then the offer it described,
    whose own lines need name no gambling word) and a line that puts the offer in quotation marks are kept;
    a number alone (the odds, a prize) is no offer.
    """
    if ctx.reporting_lines:
        return False  # a page with a line of reporting (Regulators fined X…) describes the offers it is about
    pitch = _offered(s)
    # The whole line pitches; a line that keeps plain sentences of its own loses only the pitch (the span rule).
    return pitch is not None and _is_whole(s.text, pitch)


def find_offer_pitch(line: str, topic: frozenset[str], config: CleaningConfig) -> list[tuple[int, int]]:
    """The pitch sentences of a quantified offer spliced into a paragraph of plain sentences (Check tire
    pressure monthly… <Bonus code REEL200 unlocks a 150% deposit match.>): the pitch goes, the plain
    sentences stay. Safe as ``is_bonus_offer_line``; a line framed as reporting keeps everything."""
    pitch = _offered(measure_line(line, 0, topic))
    return [pitch] if pitch is not None and not _is_whole(line, pitch) else []


register(
    "bonus_offer_line",
    "line",
    "spam",
    "a number on a betting offer (`150% welcome bonus`, `50 free spins`, `$100 no deposit bonus`) beside a name, "
    "a call to action or the seller's voice",
    is_bonus_offer_line,
)
register(
    "bonus_offer_pitch",
    "span",
    "spam",
    "the same offer's pitch sentences spliced into a paragraph of plain sentences: only the pitch goes",
    find_offer_pitch,
)
