"""A related-reading block whose items are headlines glued to a platform's name.

Injectors append a 推荐阅读 / 猜你喜欢 / 延伸阅读 block after the article whose items are plausible
headlines with a brand glued on (88mk真人|慢性病患者长处方政策扩围, 夏粮收购进度过半-<X娱乐城>). Each
item alone looks like a headline with a brand prefix, and the prefix rule would give the headline
back; but the block is not the article's: its headlines are bait for the brand, so the items go whole.
"""

from __future__ import annotations

from newsclean.cleaning.blocks import is_list_heading
from newsclean.cleaning.brands import brand_prefix_span, find_spam_tail
from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.features import LineSignals
from newsclean.cleaning.lines import PageContext
from newsclean.cleaning.registry import register


def _carries_brand(s: LineSignals, verdict: str | None, config: CleaningConfig) -> bool:
    """The item has a brand glued to it (prefix or appended field), or a line rule already took it."""
    return bool(verdict) or brand_prefix_span(s.text, config)[1] > 0 or find_spam_tail(s.text, config) < len(s.text)


def find_related_blocks(
    signals: list[LineSignals], verdicts: list[str | None], ctx: PageContext, config: CleaningConfig
) -> None:
    """related_block_item: items of a related-reading list under article prose, every one glued to a brand.

    Safe: the list must follow the article (a heading such as 推荐阅读, 猜你喜欢 after prose lines), hold
    at least ``related_block_min_items`` items, each a short line with no sentence end (a headline,
    at most ``related_item_max_chars``), and every item must carry a brand field: a site's real
    related list (no brands) and a digest page's own headlines (no heading after prose) stay, and so
    does a list where one headline is clean.
    """
    for i, s in enumerate(signals):
        if i == 0 or not is_list_heading(s.text) or not any(x.is_sentence for x in signals[:i]):
            continue
        items = []
        for j in range(i + 1, len(signals)):
            item = signals[j]
            if item.is_sentence or item.is_end_marker or not 0 < item.chars <= config.related_item_max_chars:
                break
            items.append(j)
        if len(items) < config.related_block_min_items:
            continue
        if all(_carries_brand(signals[j], verdicts[j], config) for j in items) and not any(
            signals[j].reporting for j in items
        ):
            for j in items:
                verdicts[j] = verdicts[j] or "related_block_item"


register(
    "related_block_item",
    "block",
    "spam",
    "a related-reading list after the article whose every headline has a brand glued on (`88mk真人|<headline>`)",
    find_related_blocks,
)
