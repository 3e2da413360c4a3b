"""newsclean's cleaning library: pure functions, no Scrapy.

``clean_text`` runs the three text stages in the pipelines' order: unrendered
template tags, gambling spam, whitespace normalisation. Each stage is also
callable on its own (``remove_template_tags``, ``remove_spam``, ``normalize_text``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.spam import remove_spam, remove_title_spam
from newsclean.cleaning.templates import remove_template_tags
from newsclean.cleaning.text import normalize_text
from newsclean.cleaning.types import Cleaned, Removal

# Rounds of the three stages until the text is stable; only deletions happen, so this ends quickly.
MAX_ROUNDS = 8

__all__ = [
    "CleanResult",
    "Cleaned",
    "CleaningConfig",
    "Removal",
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
    """Clean one article text: template tags, then spam lines, then whitespace.

    Removal offsets refer to the text each stage received.

    >>> tail = "{!! riqi() !!},万博官网APP,AG真人平台登录,下载皇冠体育365app"
    >>> clean_text("记者{{ author }}报道。\\n本文未经授权,不得转载。\\n" + tail).text
    '记者报道。\\n本文未经授权,不得转载。'
    """
    config = config or CleaningConfig()
    removed: tuple[Removal, ...] = ()
    is_spam = substitution = False
    for _ in range(MAX_ROUNDS):
        tags = remove_template_tags(text, keep_quoted_code=config.keep_quoted_code)
        spam = remove_spam(tags.text, config)
        norm = normalize_text(spam.text)
        removed += tags.removals + spam.removals + norm.removals
        is_spam, substitution = is_spam or spam.is_spam, substitution or "substitution" in spam.flags
        if norm.text == text or is_spam:
            break
        text = norm.text  # a later stage can change what an earlier one sees: repeat until stable
    return CleanResult(norm.text, removed, is_spam, substitution)
