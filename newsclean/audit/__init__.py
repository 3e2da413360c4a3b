"""Audit: every dropped page and every removed piece of text leaves a trace a person can read.

The rejects feed (``rejects``), the Scrapy signal the pipelines send it (``crawl_signals``), and
log lines that name a dropped page without dumping it (``logformat``).
"""
