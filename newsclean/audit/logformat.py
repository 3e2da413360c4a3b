"""Log lines that say what happened without dumping the item.

Scrapy's LogFormatter writes every dropped item in full under its "Dropped:" line (a whole
article body, tokens and all): at INFO that made the log of a small crawl thousands of lines.
The rejects feed holds the dropped text; the log names the page and the reason.
"""

from __future__ import annotations

from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class QuietLogFormatter(LogFormatter):
    """LOG_FORMATTER: a dropped item is logged as its reason and URL, never its content."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        result["msg"] = "Dropped: %(exception)s"
        result["args"] = {"exception": exception}
        return result
