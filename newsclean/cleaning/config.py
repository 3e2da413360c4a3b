"""Every threshold of the cleaning library, with its unit and the reason for its value.

``CleaningConfig`` holds the defaults once; Scrapy settings override them through
``newsclean.settings_map.cleaning_config_from_settings`` and the CLI through argparse.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleaningConfig:
    # --- spam: line shape -------------------------------------------------
    # A link-farm line has at least this many fields between separators (, ， | 、 _).
    # sample: seed tail, 5-6 fields per line; real sentences rarely have 3 bare fields.
    link_farm_min_fields: int = 3
    # ... and at least this many distinct gambling brands / brand-shaped names.
    # One brand alone is how police reports and Macau stories name a company.
    link_farm_min_brands: int = 2
    # ... or at least this share of its fields are brand names (澳门新葡京,澳门新葡京官网,澳门新葡京娱乐).
    brand_list_share: float = 0.6
    # A promo line is short: at most this many characters (seed: 《美高梅官网app》… is 24).
    promo_max_chars: int = 40
    # --- spam: density against the article --------------------------------
    # A line whose gambling score reaches this many points ...
    outlier_min_score: int = 6
    # ... and whose score per character is this many times the rest of the article's
    # is an injected outlier. A Macau-revenue story is dense everywhere, so no line stands out.
    outlier_density_factor: float = 4.0
    # An advertising paragraph names at least this many brands, this many calls to
    # action (注册, 送, 彩金 …) and scores this many points (parasite pages, stuffed intros).
    ad_min_brands: int = 2
    ad_min_cta: int = 2
    ad_min_score: int = 12
    # One brand with at least this many calls to action is a hard sell too (注册立送…信誉第一…最新网址).
    ad_min_cta_one_brand: int = 4
    # Without a brand, this many calls to action around a solid gambling term (注册立送…体验金…最新网址).
    ad_min_cta_no_brand: int = 5
    # An article with at least this many lines framed as reporting (警方, 提醒, 骗局) is about gambling:
    # its sentences quoting ads are not ads.
    reporting_frame_min_lines: int = 2
    # A brand-shaped name whose stem occurs this many times in the article's clean
    # sentences is the article's topic (英伟达官网 in a story about 英伟达), not spam.
    topic_min_occurrences: int = 2
    # --- spam: whole page --------------------------------------------------
    # A text of which at least this fraction of characters is spam is a parasite page.
    spam_page_ratio: float = 0.5
    # ... or, with no article prose left, a page naming this many distinct brands on
    # at least this share of its lines is a parasite page (brand lists + stolen headlines).
    parasite_min_brands: int = 2
    parasite_min_evidence_share: float = 0.3
    # ... but a short article of at least this many characters of prose, with all the spam after
    # it, is an article with a spam tail (a three-sentence brief, its byline, then the link farm).
    short_article_min_chars: int = 80
    # --- HTML, before extraction -------------------------------------------
    # A hidden container whose gambling score reaches this is spam even without off-site links.
    hidden_min_score: int = 3
    # Plain hidden text at least this long is folded-away article text (展开全文) and is shown.
    unhide_min_chars: int = 20
    # A gambling link block has at least this many links to at least this many external domains,
    # at least this share of gambling anchors, and this share of its text in anchors (an article has not).
    link_block_min_links: int = 5
    link_block_min_domains: int = 3
    link_block_gambling_share: float = 0.5
    link_block_link_density: float = 0.5
    # --- templates ---------------------------------------------------------
    # Keep {{ }} / {% %} tags that the article itself quotes as code (`{{ message }}`).
    keep_quoted_code: bool = True
    # --- validation --------------------------------------------------------
    # An article body shorter than this many characters is a stub, a list page or an error page.
    min_body_chars: int = 150
    # --- tokens ------------------------------------------------------------
    # Number of jieba TF-IDF keywords written to the item.
    keywords_top_k: int = 10
