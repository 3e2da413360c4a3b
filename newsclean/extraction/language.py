"""The article's language: what the page declares, else ``zh`` from the share of Han characters in its body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsclean.extraction.page import Page

HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# Share of Han characters above which untagged text is Chinese.
HAN_SHARE_FOR_ZH = 0.3


def language_of(page: Page, text: str) -> str:
    """``<html lang>`` or Content-Language, else ``zh`` when the text is mostly Han, else ``und``."""
    declared = page.first_text("/html/@lang") or page.first_text("//meta[@http-equiv='Content-Language']/@content")
    if declared:
        return declared.split(",")[0].strip()
    sample = "".join(text.split())[:2000]
    if sample and len(HAN_RE.findall(sample)) / len(sample) >= HAN_SHARE_FOR_ZH:
        return "zh"
    return "und"
