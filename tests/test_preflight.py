"""Mistakes stop a run at start with one line naming the closest valid name; -h lists the spider's arguments."""

from __future__ import annotations

import inspect

import pytest
from scrapy.settings import Settings

from newsclean import settings as project_settings
from newsclean.commands.preflight import (
    check_setting_names,
    check_setting_values,
    check_spider_arguments,
    check_spider_name,
    declared_settings,
    spider_arguments,
    spider_arguments_help,
)
from newsclean.settings_map import SETTINGS_MAP
from newsclean.spiders.news import NewsSpider


def project(**overrides: str) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings)
    settings.setdict(overrides, priority="cmdline")
    return settings


def test_declared_settings_are_the_cleaning_fields_and_the_settings_module():
    declared = declared_settings()
    assert set(SETTINGS_MAP.values()) <= set(declared)
    assert {n for n in vars(project_settings) if n.startswith("NEWSCLEAN_")} <= set(declared)
    assert "NEWSCLEAN_SPAM_ENABLE" not in declared


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("NEWSCLEAN_SPAM_ENABLE", "unknown setting NEWSCLEAN_SPAM_ENABLE (did you mean NEWSCLEAN_SPAM_ENABLED?)"),
        ("NEWSCLEAN_RECHECK_AFTR", "unknown setting NEWSCLEAN_RECHECK_AFTR (did you mean NEWSCLEAN_RECHECK_AFTER?)"),
        ("NEWSCLEAN_ZZZ", "unknown setting NEWSCLEAN_ZZZ"),
    ],
    ids=["cleaning-field", "settings-module", "nothing-close"],
)
def test_unknown_setting_names_the_closest_valid_one(name, message):
    with pytest.raises(ValueError, match=r"^") as error:
        check_setting_names(project(**{name: "1"}))
    assert str(error.value) == message


def test_declared_settings_and_other_scrapy_settings_pass():
    check_setting_names(project(NEWSCLEAN_SPAM_PAGE_RATIO="0.6", NEWSCLEAN_STATE="s.sqlite", DOWNLOAD_DELAY="0"))


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("NEWSCLEAN_VALIDATE_MIN_BODY_CHARS", "abc", "NEWSCLEAN_VALIDATE_MIN_BODY_CHARS: 'abc' is not a valid int"),
        ("NEWSCLEAN_RECHECK_AFTER", "soon", "NEWSCLEAN_RECHECK_AFTER: 'soon' is not a number"),
        ("NEWSCLEAN_FEED_GZIP", "maybe", "NEWSCLEAN_FEED_GZIP: 'maybe' is not True or False"),
    ],
    ids=["cleaning-int", "settings-number", "settings-bool"],
)
def test_bad_setting_value_is_one_message(name, value, message):
    with pytest.raises(ValueError, match=r"^") as error:
        check_setting_values(project(**{name: value}))
    assert str(error.value) == message


def test_good_values_pass():
    check_setting_values(project(NEWSCLEAN_RECHECK_AFTER="0", NEWSCLEAN_FEED_GZIP="True", NEWSCLEAN_STATE="a.sqlite"))


def test_unknown_spider_argument_names_the_closest():
    with pytest.raises(ValueError, match=r"^") as error:
        check_spider_arguments(NewsSpider, {"profil": "people_cn"})
    assert str(error.value).startswith("unknown argument -a profil=… (did you mean -a profile?); NewsSpider takes ")


def test_scrapyd_job_argument_passes():
    check_spider_arguments(NewsSpider, {"profile": "people_cn", "_job": "6487ec79"})


def test_unknown_spider_names_the_closest():
    with pytest.raises(ValueError, match=r"^") as error:
        check_spider_name("nwes", ["news"])
    assert str(error.value) == "unknown spider 'nwes' (did you mean news?); available: news"


def test_every_news_argument_is_described_for_help():
    parameters = [p for p in inspect.signature(NewsSpider.__init__).parameters if p not in ("self", "kwargs")]
    assert spider_arguments(NewsSpider) == parameters
    assert set(NewsSpider.argument_help) == set(parameters)
    help_text = spider_arguments_help(NewsSpider)
    assert help_text.splitlines()[0] == "Arguments of the news spider:"
    assert "(undocumented)" not in help_text
    assert "  -a profile=     NAME or FILE.yaml" in help_text
