"""``scrapy crawl`` that checks the spider's name, arguments and settings before starting.

Scrapy reports a bad spider argument as a traceback from deep inside the crawler and
takes a misspelt setting or argument silently; this command stops at start with one
line naming what is wrong (exit code 2), and ``-h`` lists the spiders' own arguments.
"""

from __future__ import annotations

import argparse
import tempfile
from typing import Any

from scrapy.commands import ScrapyHelpFormatter
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from newsclean.cluster.switch import cluster_on
from newsclean.commands.preflight import (
    check_setting_names,
    check_setting_values,
    check_spider_arguments,
    check_spider_name,
    spider_arguments_help,
)
from newsclean.fetching.since import parse_since
from newsclean.fetching.start_urls import parse_start_urls
from newsclean.runs.feed_storage import feed_folder
from newsclean.sites.profile import load_profile
from newsclean.spiders.recognition import parse_follow

NO_START_URLS = (
    "no start URLs: pass -a start_urls=URL[,URL...], -a urls_file=PATH, -a sitemaps=, -a feeds= or -a profile=NAME"
)


def check_news_arguments(spargs: dict[str, Any], settings: Any) -> None:
    """ValueError naming the first bad argument or setting of a ``news`` run."""
    profile = load_profile(spargs["profile"]) if spargs.get("profile") else None
    urls = [*parse_start_urls(spargs.get("start_urls"), spargs.get("urls_file"))]
    urls += parse_start_urls(spargs.get("sitemaps"), None) + parse_start_urls(spargs.get("feeds"), None)
    # A worker of a shared crawl (REDIS_URL) may start with no URL: it waits for entries in Redis.
    named = urls or (profile and (profile.start_urls or profile.sitemaps or profile.feeds))
    if not named and not cluster_on(settings):
        raise ValueError(NO_START_URLS)
    if spargs.get("since"):
        parse_since(spargs["since"], settings.get("NEWSCLEAN_DEFAULT_TIMEZONE") or "Asia/Shanghai")
    parse_follow(spargs.get("follow"))
    for uri in settings.getdict("FEEDS"):
        check_writable(str(uri))


def check_writable(uri: str) -> None:
    """Create the feed's folder and write a probe file in it (root passes os.access checks it cannot honour)."""
    folder = feed_folder(uri, "news")
    if folder is None:
        return  # a remote feed (s3://, ftp://): Scrapy reports its own errors
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise ValueError(f"cannot write the feed {uri}: {error.strerror or error}") from None


class HelpWithSpiderArguments(argparse.RawDescriptionHelpFormatter, ScrapyHelpFormatter):
    """Scrapy's help layout, with the epilog (the spiders' arguments) kept one per line."""


class Command(ScrapyCrawlCommand):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        loader = get_spider_loader(self.settings)
        parser.formatter_class = HelpWithSpiderArguments
        parser.epilog = "\n\n".join(spider_arguments_help(loader.load(name)) for name in loader.list())

    def run(self, args: list[str], opts: Any) -> None:
        if args:
            try:
                self.check(args[0], opts.spargs)
            except (ValueError, OSError) as error:
                raise UsageError(f"newsclean: {error}", print_help=False) from None
        super().run(args, opts)

    def check(self, spider_name: str, spargs: dict[str, Any]) -> None:
        """Spider name, setting names and values, then the spider's own arguments."""
        loader = get_spider_loader(self.settings)
        check_spider_name(spider_name, loader.list())
        check_setting_names(self.settings)
        check_setting_values(self.settings)
        check_spider_arguments(loader.load(spider_name), spargs)
        if spider_name == "news":
            check_news_arguments(spargs, self.settings)
