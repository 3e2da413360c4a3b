"""newsclean's cleaning library: pure functions, no Scrapy.

``clean_article(title, body, config)`` is the one entry point: the pipelines, the CLI and the eval
call it. It runs the text stages in order — unrendered template tags, gambling spam (rounds until
stable), whitespace — and reports every removal with its rule. ``clean_text`` is the body-only
wrapper. Every rule is registered in ``newsclean.cleaning.registry.RULES``.
"""

from __future__ import annotations

from dataclasses import dataclass

# Importing the rule modules registers their rules: RULES is complete once this package is imported.
from newsclean.cleaning import html as _html_rules  # noqa: F401
from newsclean.cleaning.article import CleanedArticle, CleanedField, clean_article, clean_field
from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.registry import RULES
from newsclean.cleaning.spam import remove_spam, remove_title_spam
from newsclean.cleaning.templates import remove_template_tags
from newsclean.cleaning.text import normalize_text
from newsclean.cleaning.types import Cleaned, Removal

__all__ = [
    "RULES",
    "CleanResult",
    "Cleaned",
    "CleanedArticle",
    "CleanedField",
    "CleaningConfig",
    "Removal",
    "clean_article",
    "clean_field",
    "clean_text",
    "normalize_text",
    "remove_spam",
    "remove_template_tags",
    "remove_title_spam",
]


@dataclass(frozen=True)
class CleanResult:
    """``text``: the cleaned text; ``removed``: every removal with its rule; ``is_spam``: spam as a whole.

    ``substitution`` is True when a brand was cut out of a sentence where it stood for
    a word (简称“乐途体育”): the original word is unknown, so the text has a gap.
    """

    text: str
    removed: tuple[Removal, ...]
    is_spam: bool
    substitution: bool = False


def clean_text(text: str, config: CleaningConfig | None = None) -> CleanResult:
    """Clean one article text (a body): ``clean_article``'s body half. Removal offsets refer to ``text``.

    >>> tail = "{!! riqi() !!},万博官网APP,AG真人平台登录,下载皇冠体育365app"
    >>> clean_text("记者{{ author }}报道。\\n本文未经授权,不得转载。\\n" + tail).text
    '记者报道。\\n本文未经授权,不得转载。'
    """
    body = clean_field(text, "body", config)
    return CleanResult(body.text, body.removed, body.is_spam, body.substitution)
