"""A number on a betting offer (a 150% welcome bonus, 50 free spins) beside a name, a call to action or
the seller's voice is a pitch: the line goes, or only its pitch sentences when the paragraph is the
article's. Written for these tests: invented brands (TRAVOLTBET, Quendra Casino) and invented pages.
"""

from __future__ import annotations

import pytest

from newsclean.cleaning import CleaningConfig, clean_text
from newsclean.cleaning.offers import offer_re

EPISODE = (
    "How do you go from a marathon to 50 kilometres on mountain trails? Our guest explains her training.\n"
    "Guest: a trail runner and physiotherapist who finished her first ultra last spring.\n"
    "{line}\n"
    "00:00 Intro\n"
    "05:10 Building weekly mileage without getting hurt\n"
    "New episodes every Monday."
)


@pytest.mark.parametrize(
    "line",
    [
        "Today's episode is sponsored by TRAVOLTBET, the fastest sportsbook in Asia. "
        "Sign up now for a 150% welcome bonus and 50 free spins.",
        "Use code TRAIL at TRAVOLTBET for a risk-free first bet up to $500. 18+ only.",
        "New players at Quendra Casino get a $100 no deposit bonus today.",
    ],
)
def test_a_line_pitching_a_quantified_offer_goes(line):
    body = EPISODE.format(line=line)
    assert clean_text(body).text == body.replace(line + "\n", "")
    # With the density rules off, the offer alone gives the line away.
    density_rules = frozenset({"gambling_ad_paragraph", "promo_line", "gambling_outlier_line", "brand_pitch"})
    result = clean_text(body, CleaningConfig(disabled_rules=density_rules))
    assert result.text == body.replace(line + "\n", "")
    assert [r.rule for r in result.removed] == ["bonus_offer_line"]


def test_a_pitch_spliced_into_a_paragraph_goes_and_the_paragraph_stays():
    body = (
        "Cold weather is hard on batteries, tires and wiper blades.\n"
        "Check tire pressure monthly, because it drops about one psi for every ten degrees. "
        "Bonus code REEL200 unlocks 100 free spins.\n"
        "Replace wiper blades every six to twelve months."
    )
    result = clean_text(body)
    assert result.text == body.replace(" Bonus code REEL200 unlocks 100 free spins.", "")
    assert [r.rule for r in result.removed] == ["bonus_offer_pitch"]


@pytest.mark.parametrize(
    "line",
    [
        # A regulator's ruling quotes the ad it fined: reporting, and the offer in quotation marks.
        'The regulator fined the operator after an ad promised "a 200% welcome bonus" to new customers.',
        # No name, no call to action, no seller's voice: a story describing what operators offered.
        "Operators offered new customers a £30 free bet during the tournament, the report found.",
        # Numbers on nouns other trades use: a staff bonus, a card's cashback, the odds.
        "Join the team and get a $500 bonus after your first three months.",
        "Apply today for 5% cashback on groceries with the new card.",
        "Bet on England at 5/1 to win the group.",
        # Nouns banks, airlines and gyms share, with no gambling word or betting site beside them.
        "Open a checking account today and get a $300 sign-up bonus when you set up direct deposit.",
        "Join the new program by June and you'll get a 10,000 mile welcome bonus on your first flight.",
        "Members get 2 free spin classes every week. Join now.",
        # An ad quoted in full: cited, not run.
        'One ad read: "Join TRAVOLTBET and claim 100 free spins today." We no longer run it.',
    ],
)
def test_offers_the_text_reports_or_other_trades_make_stay(line):
    body = EPISODE.format(line=line)
    assert clean_text(body).text == body


def test_the_offer_shapes():
    assert offer_re().search("claim a 100% welcome bonus up to $500").group() == "100% welcome bonus"
    assert offer_re().search("with 250,000 Gold Coins and 25 free Sweeps Coins").group() == "25 free Sweeps Coins"
    assert offer_re().search("a welcome bonus of €200").group() == "welcome bonus of €200"
    assert offer_re().search("the welcome desk opens at 9") is None
    assert offer_re().search("a 15% bonus for staff") is None


def test_a_long_run_of_numbers_is_read_in_linear_time():
    # A possessive amount: 16 KB of "1," must not be retried from every comma (it took 85 s before).
    assert offer_re().search("Sign up now to download the data: " + "1," * 8000) is None


def test_a_pitch_in_a_paragraph_on_a_page_with_reporting_stays():
    body = (
        "Lawmakers set stake limits for online slots after a white paper last year.\n"
        "Check tire pressure monthly, because it drops about one psi for every ten degrees. "
        "Use code REEL200 at TRAVOLTBET for 100 free spins.\n"
        "Replace wiper blades every six to twelve months."
    )
    assert "bonus_offer_pitch" not in [r.rule for r in clean_text(body).removed]


def test_an_offer_the_regulator_fined_stays_on_its_report():
    # Written for this test (after a review): the reporting lines name no gambling word, the ad does.
    body = (
        "The UK's advertising regulator fined the company £20,000 over the promotion.\n"
        "The advert read: Sign up now and claim 50 free spins with your first deposit.\n"
        "The company has since removed the advert."
    )
    assert clean_text(body).text == body
