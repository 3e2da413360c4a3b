"""What each ``-a NAME=VALUE`` argument of the ``news`` spider does, for ``scrapy crawl news -h``.

Keyed by the spider's ``__init__`` parameters; ``tests/test_preflight.py`` checks that every
parameter is described here.
"""

from __future__ import annotations

NEWS_ARGUMENT_HELP: dict[str, str] = {
    "start_urls": "URL[,URL…]: pages to start from (http(s), local files, file://); links in their domains followed",
    "urls_file": "PATH: a file of start URLs, one per line, # comments",
    "sitemaps": "URL[,URL…]: sitemaps, sitemap indexes or robots.txt Sitemap: lines; listed pages are articles",
    "feeds": "URL[,URL…]: RSS or Atom feeds, or an HTML page linking to them",
    "since": "YYYY-MM-DD: skip articles published before that day",
    "profile": "NAME or FILE.yaml: a site profile (newsclean/sites/profiles/NAME.yaml)",
    "follow": "true|false: follow links from the pages given (default true); false fetches only those pages",
}
