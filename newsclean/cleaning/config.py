"""Every threshold of the cleaning library, with its unit and the reason for its value.

``CleaningConfig`` holds every default once. Each field names its settings area, and its Scrapy
setting is derived from that: ``NEWSCLEAN_<AREA>_<FIELD>``, the area's own prefix dropped from the
field name (``link_farm_min_fields`` in SPAM → ``NEWSCLEAN_SPAM_LINK_FARM_MIN_FIELDS``,
``spam_page_ratio`` → ``NEWSCLEAN_SPAM_PAGE_RATIO``). ``newsclean.settings_map`` reads them; the CLI
builds the same config from its arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SETTING_PREFIX = "NEWSCLEAN_"


def setting(area: str, default: Any) -> Any:
    """A config field overridable by the Scrapy setting ``NEWSCLEAN_<area>_<name>``."""
    return field(default=default, metadata={"area": area})


def setting_name(field_name: str, area: str) -> str:
    """``spam_page_ratio`` in SPAM → ``NEWSCLEAN_SPAM_PAGE_RATIO``."""
    name = field_name.removeprefix(area.lower() + "_")
    return f"{SETTING_PREFIX}{area}_{name.upper()}"


def settings_of_config() -> dict[str, str]:
    """CleaningConfig field → the Scrapy setting that overrides it, for every field."""
    return {f.name: setting_name(f.name, f.metadata["area"]) for f in fields(CleaningConfig)}


@dataclass(frozen=True)
class CleaningConfig:
    # --- spam: line shape -------------------------------------------------
    # A link-farm line has at least this many fields between separators (, ， | 、 _).
    # sample: seed tail, 5-6 fields per line; real sentences rarely have 3 bare fields.
    link_farm_min_fields: int = setting("SPAM", 3)
    # ... and at least this many distinct gambling brands / brand-shaped names.
    # One brand alone is how police reports and Macau stories name a company.
    link_farm_min_brands: int = setting("SPAM", 2)
    # ... or at least this share of its fields are brand names (澳门新葡京,澳门新葡京官网,澳门新葡京娱乐).
    brand_list_share: float = setting("SPAM", 0.6)
    # A promo line is short: at most this many characters (seed: 《美高梅官网app》… is 24).
    promo_max_chars: int = setting("SPAM", 40)
    # --- spam: density against the article --------------------------------
    # A line whose gambling score reaches this many points ...
    outlier_min_score: int = setting("SPAM", 6)
    # ... and whose score per character is this many times the rest of the article's
    # is an injected outlier. A Macau-revenue story is dense everywhere, so no line stands out.
    outlier_density_factor: float = setting("SPAM", 4.0)
    # An advertising paragraph names at least this many brands, this many calls to
    # action (注册, 送, 彩金 …) and scores this many points (parasite pages, stuffed intros).
    ad_min_brands: int = setting("SPAM", 2)
    ad_min_cta: int = setting("SPAM", 2)
    ad_min_score: int = setting("SPAM", 12)
    # One brand with at least this many calls to action is a hard sell too (注册立送…信誉第一…最新网址).
    ad_min_cta_one_brand: int = setting("SPAM", 4)
    # Words only gambling offers use (weight 3) that, beside one brand, make a sentence an offer with no call
    # to action (…Velloro Slots hands returning players 50 free spins … with zero wagering.): injected_offer.
    offer_min_spam_terms: int = setting("SPAM", 2)
    # ... with no brand and no seller's voice, one more such term, not stuffed side by side.
    # Without a brand, this many calls to action around a solid gambling term (注册立送…体验金…最新网址).
    ad_min_cta_no_brand: int = setting("SPAM", 5)
    # Gambling points of a tip seller's pitch (tout_line): two or three tout words (连红, 今日方案, 不中包赔).
    tout_min_score: int = setting("SPAM", 5)
    tout_min_terms: int = setting("SPAM", 2)  # ... of which at least this many distinct tout words
    # Gambling points of spam-only terms glued together into a clean sentence (stuffed_terms).
    stuffed_min_points: int = setting("SPAM", 5)
    # Han characters of filler a stuffed run may hold between two terms (人工计划软件|精准|稳赚).
    stuffed_max_gap: int = setting("SPAM", 2)
    # Han characters a line may hold besides its stuffed runs and still be a tip item, taken whole (在线预测).
    stuffed_line_max_rest: int = setting("SPAM", 4)
    # A brand pitch spliced after a clean head is looked for at this many clause breaks before the brand at most.
    pitch_clause_max_breaks: int = setting("SPAM", 4)
    # An article with at least this many lines framed as reporting (警方, 提醒, 骗局) is about gambling:
    # its sentences quoting ads are not ads.
    reporting_frame_min_lines: int = setting("SPAM", 2)
    # A brand-shaped name whose stem occurs this many times in the article's clean
    # sentences is the article's topic (英伟达官网 in a story about 英伟达), not spam.
    topic_min_occurrences: int = setting("SPAM", 2)
    # --- spam: whole page --------------------------------------------------
    # A text of which at least this fraction of characters is spam is a parasite page.
    spam_page_ratio: float = setting("SPAM", 0.5)
    # ... or, with no article prose left, a page naming this many distinct brands on
    # at least this share of its lines is a parasite page (brand lists + stolen headlines).
    parasite_min_brands: int = setting("SPAM", 2)
    parasite_min_evidence_share: float = setting("SPAM", 0.3)
    # ... in this many separate runs, unless no clean sentence is left (a spliced block is one run).
    parasite_min_runs: int = setting("SPAM", 2)
    # An article whose prose is at least this share Chinese lines (by characters) is a Chinese article: a
    # line in Latin script only is then measured in Han characters' worth and is none of its sentences.
    han_prose_min_share: float = setting("SPAM", 0.5)
    # ... on at least this many lines: a brief and one spam line below it is an article with a spam tail.
    parasite_min_lines: int = setting("SPAM", 3)
    # ... but a short article of at least this many characters of prose, with all the spam after
    # it, is an article with a spam tail (a three-sentence brief, its byline, then the link farm).
    short_article_min_chars: int = setting("SPAM", 80)
    # Clean lines (one a sentence of prose) a notice or job ad keeps around one spam block to stay an
    # article: its heading, its sentence and its signature or address.
    notice_min_clean_lines: int = setting("SPAM", 3)
    # ... each this long at least: a heading, an address, a signature (not 首页, 标签: a doorway's crumbs).
    notice_line_min_chars: int = setting("SPAM", 6)
    # ... with at most this many spam blocks between its paragraphs (a parasite page interleaves more).
    article_max_inner_spam_blocks: int = setting("SPAM", 1)
    # ... or one block for every this many lines of the article's prose.
    article_prose_lines_per_block: int = setting("SPAM", 2)
    # --- HTML, before extraction -------------------------------------------
    # A hidden container whose gambling score reaches this is spam even without off-site links.
    hidden_min_score: int = setting("HTML", 3)
    # Plain hidden text at least this long is folded-away article text (展开全文) and is shown.
    unhide_min_chars: int = setting("HTML", 20)
    # A gambling link block has at least this many links to at least this many external domains,
    # at least this share of gambling anchors, and this share of its text in anchors (an article has not).
    link_block_min_links: int = setting("HTML", 5)
    link_block_min_domains: int = setting("HTML", 3)
    link_block_gambling_share: float = setting("HTML", 0.5)
    link_block_link_density: float = setting("HTML", 0.5)
    # Rounds of templates → spam → normalize until the text is stable (each only deletes; two suffice).
    max_rounds: int = setting("SPAM", 8)
    # Passes of the spam rules inside one round until the text stops changing.
    max_passes: int = setting("SPAM", 8)
    # Rules switched off by name (any stage): NEWSCLEAN_SPAM_RULES = {"keyword_run": False}.
    disabled_rules: frozenset[str] = setting("SPAM", frozenset())
    # --- spam: line and span details ----------------------------------------
    # Latin-script text spends about this many characters per Han character's meaning (promo length).
    latin_length_factor: int = setting("SPAM", 3)
    # Gambling points of a hard sell without a brand: a solid term (体验金, online casino).
    tail_score: int = setting("SPAM", 3)
    # Calls to action that make a sentence a sales pitch when it names no gambling word.
    selling_cta_without_terms: int = setting("SPAM", 3)
    # A clean sentence long enough to teach the article's topic words (英伟达, 黄仁勋) and count as prose.
    topic_sentence_min_chars: int = setting("SPAM", 20)
    # Calls to action a clean sentence of a mixed paragraph may hold (十大屋苑, 生鮮配送): one common word
    # is prose; a pitch stacks them (注册送, 下载, 领取).
    clean_sentence_max_cta: int = setting("SPAM", 1)
    # A related-reading item is a headline: at most this many characters, brand field included.
    related_item_max_chars: int = setting("SPAM", 40)
    # A related-reading block judged as a whole holds at least this many items (one is a lone line).
    related_block_min_items: int = setting("SPAM", 2)
    # Gambling points of a pitch sentence spliced into a clean paragraph: a brand (3) and a gambling word.
    spliced_pitch_min_score: int = setting("SPAM", 6)
    # ... in an article whose other prose scores at most this: one gambling word elsewhere (博彩) keeps it.
    spliced_article_max_score: int = setting("SPAM", 0)
    # Calls to action a sentence naming one of the page's spam brands needs, besides the brand, to be a
    # pitch about it (注册…即可领取) rather than a sentence the brand was substituted into (选送): brand_pitch.
    pitch_min_cta: int = setting("SPAM", 2)
    # A substituted name shorter than this is not searched for elsewhere (a two-character word is too common).
    repeat_min_chars: int = setting("SPAM", 3)
    # Distinct words of a business noun's subject (data/noun_domains.txt) that make a page about it: there an
    # invented name with the noun (星禾娱乐 in a show's news) is the business itself, not a stand-in.
    subject_min_words: int = setting("SPAM", 3)
    # A site's advertorial (advertorials.py): its subject names at least this share of the page's lines.
    advertorial_subject_share: float = setting("SPAM", 0.5)
    # … and has this many lines at least: two paragraphs naming the site, one selling it, are its advertorial.
    advertorial_min_lines: int = setting("SPAM", 2)
    # A keyword trailer's item on a page that never speaks of gambling goes with a gambling word other than a
    # business noun, or with this many points of business nouns (trailers.off_subject_trailer_items).
    trailer_term_min_score: int = setting("SPAM", 2)
    # Characters a brand run may hold beyond its brand-shaped name (brackets, a dot) and still be all brand.
    cta_run_slack: int = setting("SPAM", 2)
    # Share of a brand run that brand names must cover (the rest: 入口, (中国), 官方网站 decorations).
    brand_run_cover: float = setting("SPAM", 0.5)
    # A brand prefix is at most this many characters: brand + CTA (开云体育(中国)官方网站 is 14).
    prefix_max_chars: int = setting("SPAM", 32)
    # Characters of calls to action (官方下载) a brand prefix may carry after the name it covers.
    cta_tail_max_chars: int = setting("SPAM", 6)
    # What is left after a brand prefix must be a real sentence of at least this many characters.
    prefix_sentence_min_chars: int = setting("SPAM", 12)
    # ... or a short heading or name of at least this many Han characters with no gambling word in it.
    prefix_plain_min_chars: int = setting("SPAM", 2)
    # Gambling points that make an appended run spam: one brand (3) or two solid terms.
    tail_min_score: int = setting("SPAM", 3)
    # A headline given back from a lone spam line (headline_brand_field) has at least this many Han characters.
    headline_min_chars: int = setting("SPAM", 8)
    # ... from one of the text's first this many lines (where an article's headline stands).
    headline_max_line: int = setting("SPAM", 2)
    # ... and a gambling keyword field glued to it (足球投注官网) has at most this many.
    keyword_field_max_chars: int = setting("SPAM", 12)
    # A spun sentence: a site's sales name as subject, then at most this many characters (是当前备受关注的话题).
    spun_sentence_max_chars: int = setting("SPAM", 12)
    # A neighbour link's headline (上一篇：大口径<brand>的性质) keeps its words when this many are left.
    trailer_headline_min_chars: int = setting("SPAM", 6)
    # A line is a sentence with something appended when its head before the run is at least this long.
    sentence_head_min_chars: int = setting("SPAM", 30)
    # A spam tail stops before clean text glued after its last gambling word when that text has this
    # many Han characters (a sentence of its own, not the pitch's own words).
    tail_clean_rest_min_chars: int = setting("SPAM", 8)
    # A content farm's signature line (farm_signature) is at most this many characters.
    farm_signature_max_chars: int = setting("SPAM", 80)
    # Gambling points of a last sentence that sells one brand (…at Mega888 Casino and get 100 free spins!).
    pitch_sentence_min_score: int = setting("SPAM", 6)
    # A trailing title field of calls to action only (IOS/安卓通用版/手机APP下载) is at most this long.
    cta_field_max_chars: int = setting("SPAM", 20)
    # Gambling points a keyword field needs without a brand: one solid term (百家乐) or two weak ones.
    keyword_field_min_score: int = setting("SPAM", 2)
    # A one-link-per-line farm: list lines of at most this many characters (a brand, a game, a domain) ...
    line_run_max_chars: int = setting("SPAM", 20)
    # ... at least this many of them with solid evidence, making at least this share of the run ...
    line_run_min_lines: int = setting("SPAM", 3)
    line_run_evidence_share: float = setting("SPAM", 0.5)
    # ... where solid means a brand, a bare spam domain, or terms worth this many points (only spam uses them).
    line_run_min_score: int = setting("SPAM", 3)
    # A doorway page (cleaning/doorway.py) has at least this many lines, one brand on at least this many
    # of them, and gambling terms worth this many points on at least this share of them.
    doorway_min_lines: int = setting("SPAM", 4)
    doorway_brand_min_lines: int = setting("SPAM", 3)
    # ... or this many different brands, one or more on that many lines (a ranking of platforms).
    doorway_min_brands: int = setting("SPAM", 3)
    # ... or a search query of at least this many characters heads it and recurs on that many lines
    # (新澳今晚开什么号码精准资料大全 pasted into each paragraph; doorway.is_query_doorway).
    doorway_query_min_chars: int = setting("SPAM", 6)
    # Article prose (kept sentences that sell nothing) that makes a page an article whatever spam is
    # around it; with less, a page mostly spam or under a hijacked title is dropped whole.
    article_min_prose_chars: int = setting("SPAM", 150)
    # A page with no article (is_gambling_page): clean prose at most this share of its text, and this
    # many gambling points over its lines.
    gambling_page_clean_share: float = setting("SPAM", 0.2)
    gambling_page_min_points: int = setting("SPAM", 10)
    # A line in a seller's voice (data/pitch_voice.txt) sells when its gambling words score this much.
    voice_min_score: int = setting("SPAM", 2)
    # A brand essay names its brand in this share of its sentences, with a gambling-only word (this weight) somewhere.
    essay_brand_share: float = setting("SPAM", 0.5)
    essay_min_term_points: int = setting("SPAM", 3)
    doorway_term_min_points: int = setting("SPAM", 2)
    # A page spun around a query of any topic is a doorway when this many of its lines are salted with a
    # spam-only word or a brand shape (doorway.is_query_doorway).
    doorway_salted_min_lines: int = setting("SPAM", 2)
    doorway_term_line_share: float = setting("SPAM", 0.3)
    # ... where a line counts as gambling by its terms, or by a call to action this many characters from the brand.
    doorway_cta_window: int = setting("SPAM", 8)
    # ... and at least this many of its lines carry gambling terms (a real sports app's news sells, but no gambling).
    doorway_min_term_lines: int = setting("SPAM", 2)
    # ... or it salts at least this many short lines of spam-only terms through the page, this share of its lines.
    doorway_stuffed_min_lines: int = setting("SPAM", 5)
    doorway_stuffed_line_share: float = setting("SPAM", 0.2)
    # ... or it sells tips: this many distinct tout words (红单, 私推, 方向参考, 球币), worth this many points
    # together, on at least this many lines (doorway.is_tip_seller_page).
    tip_page_min_terms: int = setting("SPAM", 4)
    tip_page_min_points: int = setting("SPAM", 8)
    tip_page_min_lines: int = setting("SPAM", 3)
    # A shape of the tip trade (a record of picks 近10中8, a price in coins, a stake ladder) counts as a tout
    # word worth this many points: as much as 连红 or 红单.
    tip_page_shape_points: int = setting("SPAM", 2)
    # On a pick sheet's list line, lottery jargon of this weight (spam-only: 一肖一码, 平特一肖) is a pick.
    tip_page_pick_min_points: int = setting("SPAM", 3)
    # --- spam: the learned second opinion (learned_line, cleaning/learned.py) ----
    # Off by default: scored blind it caught 4 more of 361 spam lines on holdouts 9-14 but damaged a
    # real-world page (python -m newsclean.eval.model_report). NEWSCLEAN_SPAM_LEARNED_LINE_ENABLED=True.
    learned_line_enabled: bool = setting("SPAM", False)
    # Probability (0-1) the character n-gram model must give a structurally eligible line. Picked on the
    # dev corpus only, by 5-fold cross-validation (python -m newsclean.eval.model_threshold): 0.8 cuts 96
    # characters of real news, 0.85 and up add no legit loss; 0.9 keeps one grid step from that edge.
    learned_line_min_probability: float = setting("SPAM", 0.9)
    # Lines shorter than this many visible characters are slivers (图片, 1/3): too little for the model.
    learned_line_min_chars: int = setting("SPAM", 4)
    # --- stages ------------------------------------------------------------
    # Each text stage can be switched off (NEWSCLEAN_TEMPLATES_ENABLED …); validation and tokens are pipelines.
    templates_enabled: bool = setting("TEMPLATES", True)
    spam_enabled: bool = setting("SPAM", True)
    normalize_enabled: bool = setting("NORMALIZE", True)
    # --- templates ---------------------------------------------------------
    # Keep {{ }} / {% %} tags that the article itself quotes as code (`{{ message }}`).
    keep_quoted_code: bool = setting("TEMPLATES", True)
    # --- validation --------------------------------------------------------
    # An article body shorter than this many characters (spaces not counted) is a stub, a caption or an
    # error page. News briefs are articles: 新华简讯 and 据新华社电 briefs on stored news pages run 80 to
    # 200 characters (a dateline and two or three sentences), so 60 keeps the shortest with a margin.
    min_body_chars: int = setting("VALIDATE", 60)
    # --- tokens ------------------------------------------------------------
    # Number of jieba TF-IDF keywords written to the item.
    keywords_top_k: int = setting("TOKENS", 10)


DEFAULTS = CleaningConfig()
