"""``python -m newsclean.bench.crawl``: processing speed, crawl speed and crawl memory in one table.

A package rather than ``bench/crawl.py``: ``newsclean/commands/crawl.py`` already holds that module
name (Scrapy names a command after its module), and module names are unique under newsclean/.
The parts live in ``bench.processing``, ``bench.sitecrawls`` and ``bench.localsite``.
"""
