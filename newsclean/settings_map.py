"""The one place where Scrapy settings become a ``CleaningConfig``."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from newsclean.cleaning.config import CleaningConfig

# CleaningConfig field -> the setting that overrides it.
SETTINGS_MAP: dict[str, str] = {
    "link_farm_min_fields": "NEWSCLEAN_SPAM_LINK_FARM_MIN_FIELDS",
    "link_farm_min_brands": "NEWSCLEAN_SPAM_LINK_FARM_MIN_BRANDS",
    "brand_list_share": "NEWSCLEAN_SPAM_BRAND_LIST_SHARE",
    "ad_min_cta_one_brand": "NEWSCLEAN_SPAM_AD_MIN_CTA_ONE_BRAND",
    "reporting_frame_min_lines": "NEWSCLEAN_SPAM_REPORTING_FRAME_MIN_LINES",
    "ad_min_cta_no_brand": "NEWSCLEAN_SPAM_AD_MIN_CTA_NO_BRAND",
    "promo_max_chars": "NEWSCLEAN_SPAM_PROMO_MAX_CHARS",
    "outlier_min_score": "NEWSCLEAN_SPAM_OUTLIER_MIN_SCORE",
    "outlier_density_factor": "NEWSCLEAN_SPAM_OUTLIER_DENSITY_FACTOR",
    "ad_min_brands": "NEWSCLEAN_SPAM_AD_MIN_BRANDS",
    "ad_min_cta": "NEWSCLEAN_SPAM_AD_MIN_CTA",
    "ad_min_score": "NEWSCLEAN_SPAM_AD_MIN_SCORE",
    "topic_min_occurrences": "NEWSCLEAN_SPAM_TOPIC_MIN_OCCURRENCES",
    "spam_page_ratio": "NEWSCLEAN_SPAM_PAGE_RATIO",
    "parasite_min_brands": "NEWSCLEAN_SPAM_PARASITE_MIN_BRANDS",
    "parasite_min_evidence_share": "NEWSCLEAN_SPAM_PARASITE_MIN_EVIDENCE_SHARE",
    "short_article_min_chars": "NEWSCLEAN_SPAM_SHORT_ARTICLE_MIN_CHARS",
    "hidden_min_score": "NEWSCLEAN_HTML_HIDDEN_MIN_SCORE",
    "unhide_min_chars": "NEWSCLEAN_HTML_UNHIDE_MIN_CHARS",
    "link_block_min_links": "NEWSCLEAN_HTML_LINK_BLOCK_MIN_LINKS",
    "link_block_min_domains": "NEWSCLEAN_HTML_LINK_BLOCK_MIN_DOMAINS",
    "link_block_gambling_share": "NEWSCLEAN_HTML_LINK_BLOCK_GAMBLING_SHARE",
    "link_block_link_density": "NEWSCLEAN_HTML_LINK_BLOCK_LINK_DENSITY",
    "keep_quoted_code": "NEWSCLEAN_TEMPLATES_KEEP_QUOTED_CODE",
    "min_body_chars": "NEWSCLEAN_VALIDATE_MIN_BODY_CHARS",
    "keywords_top_k": "NEWSCLEAN_TOKENS_KEYWORDS_TOP_K",
}


def cleaning_config_from_settings(settings: Any) -> CleaningConfig:
    """Build the cleaning config from Scrapy settings; a bad value raises ValueError naming the setting."""
    values: dict[str, Any] = {}
    defaults = CleaningConfig()
    for f in fields(CleaningConfig):
        name = SETTINGS_MAP[f.name]
        if settings.get(name) is None:
            continue
        default = getattr(defaults, f.name)
        try:
            if isinstance(default, bool):
                values[f.name] = settings.getbool(name)
            elif isinstance(default, int):
                values[f.name] = settings.getint(name)
            else:
                values[f.name] = settings.getfloat(name)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{name}: {settings.get(name)!r} is not a valid {type(default).__name__}") from error
    return CleaningConfig(**values)
