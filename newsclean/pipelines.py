"""Item pipelines: thin adapters over ``newsclean.cleaning``, in the order of ITEM_PIPELINES.

Each stage records what it did in the item's ``cleaning`` field (removals per rule),
in Scrapy stats (``newsclean/removed/<rule>``, ``newsclean/dropped/<reason>``) and,
through the ``text_removed`` signal, in the rejects feed.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured

from newsclean.audit.crawl_signals import text_removed
from newsclean.audit.rejects import ArticleDropped
from newsclean.cleaning import RULES, Cleaned, CleaningConfig, Removal, clean_article
from newsclean.cleaning.validate import body_fingerprint, rejection_reason
from newsclean.runs.state import ArticleState, run_state, state_key
from newsclean.settings_map import cleaning_config_from_settings
from newsclean.workers.crawler_pool import worker_pool
from newsclean.workers.pool import WorkerDied

logger = logging.getLogger(__name__)
TEXT_FIELDS = ("title", "body")
# Stages of clean_article, in the order their removals are reported.
STAGES = ("template_tags", "spam", "normalize")
# State answers that drop an article without a trace in the rejects: it was (or is being) published.
# "claimed" comes from the shared state of many workers only (newsclean.cluster.shared_state): another
# worker is publishing the article right now.
QUIET_STATUSES = ("unchanged", "claimed")


class StagePipeline:
    """Shared plumbing: enable flag, cleaning config, recording removals and drops."""

    stage = ""
    enabled_setting = ""

    def __init__(self, config: CleaningConfig, crawler: Any) -> None:
        self.config, self.crawler = config, crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        if not crawler.settings.getbool(cls.enabled_setting):
            raise NotConfigured(f"{cls.enabled_setting} is False")
        return cls(cleaning_config_from_settings(crawler.settings), crawler)

    def record(self, item: Any, field: str, result: Cleaned, stage: str = "") -> None:
        """Count removals per rule in the item and in stats, and send them to the rejects feed."""
        if not result.removals:
            return
        stage = stage or self.stage
        stage_counts = ItemAdapter(item)["cleaning"].setdefault(stage, {})
        for rule, count in result.counts().items():
            stage_counts[rule] = stage_counts.get(rule, 0) + count
            self.crawler.stats.inc_value(f"newsclean/removed/{rule}", count)
        self.crawler.signals.send_catch_log(
            signal=text_removed, item=item, stage=stage, field=field, removals=result.removals
        )

    def drop(self, rule: str, item: Any, detail: str = "", stage: str = "") -> ArticleDropped:
        self.crawler.stats.inc_value(f"newsclean/dropped/{rule}")
        return ArticleDropped(stage or self.stage, rule, detail or str(ItemAdapter(item).get("url")))

    def worker_died(self, item: Any, died: WorkerDied) -> ArticleDropped:
        """An item whose worker died twice: an error (stat and log line), dropped into the rejects feed."""
        url = str(ItemAdapter(item).get("url"))
        self.crawler.stats.inc_value("newsclean/errors/worker_died")
        logger.error("Failed %s (worker_died) in %s: %s", url, self.stage, died)
        return self.drop("worker_died", item, f"{url} ({died})")


class CleanArticlePipeline(StagePipeline):
    """Clean title and body with ``clean_article``: template tags, spam, whitespace; drop a spam page.

    Removals are recorded per stage (template_tags, spam, normalize) and per rule. An item whose
    body is spam as a whole is dropped (``spam_page``). Settings: NEWSCLEAN_TEMPLATES_ENABLED,
    NEWSCLEAN_SPAM_ENABLED, NEWSCLEAN_NORMALIZE_ENABLED, NEWSCLEAN_SPAM_RULES and every cleaning
    threshold (``CleaningConfig``).
    """

    stage = "clean"

    def __init__(self, config: CleaningConfig, crawler: Any) -> None:
        super().__init__(config, crawler)
        self.workers = worker_pool(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        return cls(cleaning_config_from_settings(crawler.settings), crawler)

    async def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        title, body, url = adapter["title"] or "", adapter["body"] or "", str(adapter.get("url"))
        try:
            article = await self.workers.run(clean_article, title, body, self.config, task=url)
        except WorkerDied as died:
            raise self.worker_died(item, died) from died
        for field in TEXT_FIELDS:
            cleaned = getattr(article, field)
            self.record_removals(item, field, cleaned.removed)
            adapter[field] = cleaned.text
        if article.substitution:
            adapter["cleaning"]["substitution"] = True
        if article.is_spam:
            raise self.drop("spam_page", item, f"{adapter.get('url')} (body spam as a whole)", stage="spam")
        return item

    def record_removals(self, item: Any, field: str, removals: tuple[Removal, ...]) -> None:
        """Each stage's removals recorded under that stage, as the stages' own pipelines once did."""
        for stage in STAGES:
            mine = tuple(r for r in removals if RULES[r.rule].stage == stage)
            if mine:
                self.record(item, field, Cleaned("", mine), stage)


class ValidateArticlePipeline(StagePipeline):
    """Drop items without a title or with a body under NEWSCLEAN_VALIDATE_MIN_BODY_CHARS.

    Settings: NEWSCLEAN_VALIDATE_ENABLED, NEWSCLEAN_VALIDATE_MIN_BODY_CHARS.
    """

    stage, enabled_setting = "validate", "NEWSCLEAN_VALIDATE_ENABLED"

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        reason = rejection_reason(adapter.get("title"), adapter.get("body"), self.config)
        if reason:
            raise self.drop(reason, item)
        return item


class DedupeArticlesPipeline(StagePipeline):
    """Within one run, publish one item per canonical URL and per cleaned body.

    Settings: NEWSCLEAN_DEDUPE_ENABLED.
    """

    stage, enabled_setting = "dedupe", "NEWSCLEAN_DEDUPE_ENABLED"

    def __init__(self, config: CleaningConfig, crawler: Any) -> None:
        super().__init__(config, crawler)
        self.seen_urls: set[str] = set()
        self.seen_bodies: set[str] = set()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url, body = adapter.get("canonical_url") or adapter.get("url"), body_fingerprint(adapter.get("body") or "")
        if url in self.seen_urls:
            raise self.drop("duplicate_url", item, str(url))
        if body in self.seen_bodies:
            raise self.drop("duplicate_body", item, str(adapter.get("url")))
        self.seen_urls.add(url)
        self.seen_bodies.add(body)
        return item


class SegmentTokensPipeline(StagePipeline):
    """jieba tokens and TF-IDF keywords of title and body, for indexers that cannot segment Chinese.

    jieba loads once per process, when the spider opens (worker processes fork after that and share
    it). Settings: NEWSCLEAN_TOKENS_ENABLED, NEWSCLEAN_TOKENS_KEYWORDS_TOP_K, NEWSCLEAN_TOKENS_CACHE_DIR.
    """

    stage, enabled_setting = "tokens", "NEWSCLEAN_TOKENS_ENABLED"

    def __init__(self, config: CleaningConfig, crawler: Any) -> None:
        super().__init__(config, crawler)
        self.cache_dir = crawler.settings.get("NEWSCLEAN_TOKENS_CACHE_DIR") or ""
        self.workers = worker_pool(crawler)

    def open_spider(self, spider: Any = None) -> None:
        from newsclean.cleaning.tokens import load_segmenter

        load_segmenter(self.cache_dir)

    async def process_item(self, item: Any) -> Any:
        from newsclean.cleaning.tokens import segment_with_keywords

        adapter = ItemAdapter(item)
        text = f"{adapter.get('title') or ''}\n{adapter.get('body') or ''}"
        top_k, url = self.config.keywords_top_k, str(adapter.get("url"))
        try:
            tokens, keywords = await self.workers.run(segment_with_keywords, text, top_k, self.cache_dir, task=url)
        except WorkerDied as died:
            raise self.worker_died(item, died) from died
        adapter["tokens"], adapter["keywords"] = tokens, keywords
        self.crawler.stats.inc_value("newsclean/tokens/items")
        return item


class TrackStatePipeline(StagePipeline):
    """Incremental runs: publish only new articles and changed ones (version + 1, updated_at).

    On when NEWSCLEAN_STATE names a state file (SQLite), or with REDIS_URL (the crawl's state in Redis,
    shared by its workers). An unchanged article is dropped
    quietly (counted, not audited: it was published before). Near-duplicate bodies are
    marked with ``near_duplicate_of``. Entries older than NEWSCLEAN_STATE_TTL seconds are
    forgotten when the spider opens. Settings: NEWSCLEAN_STATE, NEWSCLEAN_STATE_TTL.
    """

    stage, enabled_setting = "state", "NEWSCLEAN_STATE"

    def __init__(self, config: CleaningConfig, crawler: Any, state: ArticleState) -> None:
        super().__init__(config, crawler)
        self.state = state  # the run's one connection, shared with the spider; closed when the spider closes
        self.ttl = crawler.settings.getfloat("NEWSCLEAN_STATE_TTL")

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        state = run_state(crawler)
        if state is None:
            raise NotConfigured  # off by default; no message, so Scrapy does not warn on every run
        return cls(cleaning_config_from_settings(crawler.settings), crawler, state)

    def open_spider(self, spider: Any = None) -> None:
        expired = self.state.expire(datetime.now(UTC), self.ttl)
        self.crawler.stats.set_value("newsclean/state/expired", expired)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        body = adapter.get("body") or ""
        key = state_key(adapter)
        seen = self.state.record(key, adapter["id"], body, body_fingerprint(body), datetime.now(UTC))
        self.crawler.stats.inc_value(f"newsclean/state/{seen.status}")
        if seen.status in QUIET_STATUSES:  # published before, or being published by another worker right now
            raise ArticleDropped(self.stage, seen.status, str(adapter.get("url")), audit=False)
        if seen.status == "lost":  # the crawl's Redis state is gone: the worker stops; the page goes out next run
            raise self.drop("state_lost", item, str(adapter.get("url")))
        if seen.status == "duplicate":  # another worker published this body under another URL
            raise self.drop("duplicate_body", item, str(adapter.get("url")), stage="dedupe")
        adapter["version"], adapter["updated_at"] = seen.version, seen.updated_at
        adapter["near_duplicate_of"] = seen.near_duplicate_of
        if seen.near_duplicate_of:
            self.crawler.stats.inc_value("newsclean/state/near_duplicate")
        return item
