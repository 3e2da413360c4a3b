"""Fetching and discovery: which URLs to fetch, how to read the bytes, and which pages are articles.

Start URLs and ``-a urls_file`` (``start_urls``), one canonical key per article URL (``urls``),
sitemaps and robots.txt (``sitemaps``), RSS and Atom (``rss``), ``-a since`` (``since``), the
page's charset (``encoding``), and page typing: article or listing (``pagetype``, from the measures
of ``pageshape``, ``dateline`` and ``textunits``).

Pure functions (no Scrapy): the spider fetches, these modules decide and read what came back.
"""
