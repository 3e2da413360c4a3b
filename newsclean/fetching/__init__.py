"""Finding article URLs without blind link following: sitemaps, feeds, and the dates they carry.

Pure parsing (no Scrapy): the spider fetches, these modules read what came back.
"""
