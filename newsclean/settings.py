"""Scrapy settings for newsclean. Every setting a user may change is here, with its default, except the
cleaning thresholds: those are declared once, in ``newsclean.cleaning.config.CleaningConfig``.

Override any of them per run with ``-s NAME=VALUE``. The README's "Settings"
table documents the same list.
"""

import os

from newsclean.items import FEED_FIELDS

BOT_NAME = "newsclean"
SPIDER_MODULES = ["newsclean.spiders"]
NEWSPIDER_MODULE = "newsclean.spiders"
# `scrapy crawl news` checks its arguments first: one clear line instead of a traceback.
COMMANDS_MODULE = "newsclean.commands"

# --- Politeness: a news crawler is a guest on the sites it reads ---------------
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 30
# Pages above the limit are aborted (a 50 MB "article" is a trap, not news); above the warning, logged.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# The spider's errback logs each failed page once at WARNING with its kind; Scrapy's own
# "Gave up retrying" line would say it twice.
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"
# Pages read from disk (file:// start URLs) share one slot with no delay: no server to be polite to.
DOWNLOAD_SLOTS = {"local-files": {"delay": 0, "concurrency": 8}}
# Link-following depth from the start URLs (Scrapy's DepthMiddleware).
DEPTH_LIMIT = 3
# Breadth first: pages nearer the start URLs go first (Scrapy's recipe: positive DEPTH_PRIORITY
# and FIFO queues), so the articles a start page links to come out before 500 deeper pages.
# The disk queue (JOBDIR) stays LIFO: depth still orders it (one queue per priority), and queuelib's
# FIFO disk queue, killed with SIGKILL, replays requests already done on resume (articles emitted
# twice, tests/test_feed_files.py). newsclean.runs.queues reopens a queue file SIGKILL left empty.
DEPTH_PRIORITY = 1
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "newsclean.runs.queues.ResumableLifoDiskQueue"
# Closed by default: a crawler has no use for a console or a control port on the network.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
# INFO, not Scrapy's DEBUG: DEBUG wrote every page fetched, every item in full and trafilatura's XPath
# chatter (5,300 lines for 60 pages). -L DEBUG brings it back. Dropped items are logged without their text
# (it is in the rejects feed), and a terminal shows progress every NEWSCLEAN_PROGRESS_INTERVAL seconds.
LOG_LEVEL = "INFO"
LOG_FORMATTER = "newsclean.audit.logformat.QuietLogFormatter"
NEWSCLEAN_PROGRESS_INTERVAL = 5.0
# With JOBDIR, pages count as seen only once their article is final, so a killed run resumes
# without losing in-flight articles (see newsclean/runs/dupefilter.py).
DUPEFILTER_CLASS = "newsclean.runs.dupefilter.ResumableDupeFilter"
# A followed link whose URL the filter already saw is dropped right after the depth middleware (900) counts
# it, not after the referer and offsite middlewares, the engine's signals and a fingerprint: most of a news
# page's links (menus, sidebars, related articles) are such repeats. Counted as dupefilter/filtered.
SPIDER_MIDDLEWARES = {"newsclean.runs.dupefilter.SkipSeenLinksMiddleware": 850}

# --- Workers: CPU work off the reactor ------------------------------------------------
# Worker processes for each page's CPU work (decode, recognition, extraction with the HTML spam rules,
# clean_article, jieba tokens and keywords); the reactor keeps the network, stats and items. One per core
# by default: that work holds the GIL, so threads would not help. 0 runs it all inline on the reactor.
# A worker that dies is replaced and its page run again once, then counted (newsclean/errors/worker_died).
NEWSCLEAN_WORKERS = os.cpu_count() or 1
# Tests only: a regular expression; a worker given a page whose URL matches exits at once, as a crash
# in native code would (ignored with NEWSCLEAN_WORKERS=0). Empty: off.
NEWSCLEAN_WORKERS_CRASH_URLS = ""

# --- Safety: links on hostile pages must not reach inside the network ---------------
# Requests to private, loopback, link-local and metadata addresses are refused, also after
# redirects and for host names resolving to them. True for local test sites.
NEWSCLEAN_ALLOW_PRIVATE_NETWORKS = False
# Links followed from one page at most (the first ones, in page order; 0: no cap). A hostile page of
# 100,000 links otherwise holds the crawl's one thread for seconds and times out every download in flight.
NEWSCLEAN_MAX_LINKS_PER_PAGE = 5000

# --- User agents: scrapy-fake-useragent's provider chain, working offline ------
# fake-useragent 2.x ships its data; FAKEUSERAGENT_FALLBACK must be a string or the
# provider fails silently (see ../shared/FIELD-NOTES.md). Faker, then USER_AGENT, follow.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "newsclean.middlewares.PrivateNetworkGuard": 50,  # before anything else, and again for each redirect
    "newsclean.middlewares.FreshUserAgentMiddleware": 400,
    # Scrapy's own RetryMiddleware stays (550): scrapy-fake-useragent's RetryUserAgentMiddleware crashes on 2.19.
}
FAKEUSERAGENT_PROVIDERS = [
    "scrapy_fake_useragent.providers.FakeUserAgentProvider",
    "scrapy_fake_useragent.providers.FakerProvider",
    "scrapy_fake_useragent.providers.FixedUserAgentProvider",
]
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
FAKEUSERAGENT_FALLBACK = USER_AGENT
# Distinct draws from the provider, then rotation among them (a draw costs 6.8 ms of reactor CPU).
NEWSCLEAN_USER_AGENT_SAMPLE = 32

# --- Pipelines: each stage cleans what the previous one left ------------------
# Tags go first (a tag inside a spam line would hide its shape), spam before
# whitespace (line structure is a spam signal), validation after all removals,
# dedupe on the cleaned body, tokens last (on the text that is published).
ITEM_PIPELINES = {
    "newsclean.pipelines.CleanArticlePipeline": 100,  # template tags, spam, whitespace: clean_article
    "newsclean.pipelines.ValidateArticlePipeline": 400,
    "newsclean.pipelines.DedupeArticlesPipeline": 500,
    "newsclean.pipelines.TrackStatePipeline": 550,  # incremental runs: only new and changed articles go on
    "newsclean.pipelines.SegmentTokensPipeline": 600,
}
EXTENSIONS = {
    # Before the rejects feed: a killed run's .part files are published before this run opens its own.
    "newsclean.runs.recovery.RecoverPartialFeeds": 490,
    "newsclean.audit.rejects.RejectsFeed": 500,
    # First, before Scrapy's own (0): a second run sharing the state must not open the first one's JOBDIR.
    "newsclean.runs.lock.RunLock": -100,
    "newsclean.runs.summary.RunSummary": 520,
    "newsclean.runs.progress.Progress": 530,  # on a terminal only
}

# --- Feed ------------------------------------------------------------------------
# Without -o/-O (or FEEDS), each run writes this feed: feeds/<spider>/<start time>.jsonl ("" for none),
# and only when it has an article (an indexer ingests every *.jsonl there). Its rejects and summary go to
# folders of their own (newsclean/runs/output_paths.py). Every local feed and rejects file is written as
# <name>.part and renamed when complete: a folder watcher never reads half a file.
NEWSCLEAN_DEFAULT_FEED = "feeds/%(name)s/%(time)s.jsonl"
NEWSCLEAN_DEFAULT_REJECTS = "rejects/%(name)s/%(time)s.rejects.jsonl"
NEWSCLEAN_DEFAULT_SUMMARY = "summaries/%(name)s/%(time)s.summary.json"
# One %(time)s per run, shared by its feed, rejects and summary.
FEED_URI_PARAMS = "newsclean.runs.output_paths.feed_uri_params"
# Gzip the per-run feed (<time>.jsonl.gz), and/or start a new file every N items (0: one file).
NEWSCLEAN_FEED_GZIP = False
NEWSCLEAN_FEED_BATCH_ITEMS = 0
FEED_STORAGES = {
    "": "newsclean.runs.feed_storage.AtomicFileFeedStorage",
    "file": "newsclean.runs.feed_storage.AtomicFileFeedStorage",
}
FEED_EXPORT_ENCODING = "utf-8"  # without it, Chinese is written as \uXXXX escapes
FEED_EXPORT_FIELDS = FEED_FIELDS  # fixed field order, schema_version first

# --- newsclean ---------------------------------------------------------------------
# Cleaning (templates, spam, normalize, HTML rules, validation length, keywords): every threshold and switch
# is a field of newsclean.cleaning.CleaningConfig, declared there once with its default, unit and reason, and
# overridden by NEWSCLEAN_<AREA>_<NAME> (-s NEWSCLEAN_SPAM_PAGE_RATIO=0.6, -s NEWSCLEAN_TEMPLATES_ENABLED=False;
# the README's settings table lists them all). Rules are switched off by name:
# -s 'NEWSCLEAN_SPAM_RULES={"keyword_run": false}'.
NEWSCLEAN_SPAM_RULES: dict[str, bool] = {}
NEWSCLEAN_VALIDATE_ENABLED = True
NEWSCLEAN_DEDUPE_ENABLED = True
NEWSCLEAN_TOKENS_ENABLED = True
# jieba's cache folder; empty means $XDG_CACHE_HOME/newsclean/jieba (~/.cache/newsclean/jieba).
NEWSCLEAN_TOKENS_CACHE_DIR = ""
# Log every fetched page that is not emitted, with its reason, at INFO instead of DEBUG
# ("where are my pages?"); each is also counted as newsclean/pages/not_article/<reason>.
NEWSCLEAN_LOG_NOT_ARTICLES = False
# Zone for pages that give a time without one.
NEWSCLEAN_DEFAULT_TIMEZONE = "Asia/Shanghai"
# Incremental state (SQLite file). Empty: off, every run emits every article it finds.
NEWSCLEAN_STATE = ""
# Seconds before a known article URL is fetched again (0: every run). Listings, feeds, sitemaps: always.
NEWSCLEAN_RECHECK_AFTER = 6 * 3600
# Seconds after which an entry not fetched again is forgotten (then the article counts as new).
NEWSCLEAN_STATE_TTL = 30 * 24 * 3600
# Run summary alerts: spam removals per article above this factor times the previous run's
# (and at least the floor) mean the site was probably just hacked.
NEWSCLEAN_ALERT_SPAM_RATE_FACTOR = 3.0
NEWSCLEAN_ALERT_MIN_SPAM_RATE = 1.0
# Rejects feed (dropped pages and removed text). Empty: next to the -o/-O feed as
# <feed stem>.rejects.jsonl, or rejects-<spider>.jsonl when there is no single local feed.
# %(name)s and %(time)s are replaced as in FEEDS. Set NEWSCLEAN_REJECTS_ENABLED=False to turn it off.
NEWSCLEAN_REJECTS_ENABLED = True
NEWSCLEAN_REJECTS_URI = ""

# --- Many workers, one crawl (newsclean.cluster; README "Many workers, one crawl") ---------------------
# -s REDIS_URL=redis://host:6379/0 (or the REDIS_URL environment variable) makes the run a worker of a
# shared crawl: scrapy-redis's scheduler, dupefilter and stats, the incremental state in Redis, start URLs
# from the list <prefix>:start_urls. Empty (the default, and no $REDIS_URL): a local run, as without this.
REDIS_URL = ""
# Every Redis key of a crawl starts with "<prefix>:"; two crawls sharing a Redis use two prefixes.
NEWSCLEAN_REDIS_PREFIX = "news"
# This worker's name in Redis and in its file names; empty: <host>-<pid>.
NEWSCLEAN_WORKER_ID = ""
# Seconds a worker keeps running with nothing to do (nothing queued, no entry, no other worker busy)
# before it stops (scrapy-redis's setting; 0: wait for entries forever).
MAX_IDLE_TIME_BEFORE_CLOSE = 60
# A worker whose heartbeat is this many seconds old counts as dead: its requests in flight go back to
# the queue and its claims on articles pass to whoever fetches them next.
NEWSCLEAN_REDIS_LEASE_SECONDS = 30.0
# The shared dupefilter forgets a URL one to two windows after it was met (bounded memory).
NEWSCLEAN_REDIS_SEEN_WINDOW = 6 * 3600
# A Redis call that fails on a dropped connection is retried this many times (backoff up to 0.5 s)
# before the worker fails loudly: about 15 s of a Redis restart are ridden out.
NEWSCLEAN_REDIS_RETRIES = 40
# Each worker's stats are written to <prefix>:stats:<worker> every so many seconds, and kept that long.
NEWSCLEAN_REDIS_STATS_INTERVAL = 10.0
NEWSCLEAN_REDIS_STATS_TTL = 7 * 24 * 3600
