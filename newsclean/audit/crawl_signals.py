"""Custom Scrapy signals newsclean sends.

``text_removed``: a cleaning pipeline removed text from an item. Arguments:
``item``, ``stage`` (pipeline stage name), ``field`` ("title" or "body") and
``removals`` (a tuple of ``newsclean.cleaning.Removal``). The rejects feed
listens, so every removal reaches a file a person can audit.
"""

text_removed = object()
