"""Many workers, one crawl: scrapy-redis over a shared Redis (on with ``-s REDIS_URL=`` or ``$REDIS_URL``).

Without ``REDIS_URL`` nothing here is loaded into a run. With it, ``switch.switch_to_redis`` swaps in:

- ``leases.LeasedScheduler``: scrapy-redis's scheduler whose pops are leases, so the requests a killed
  worker had in flight go back to the queue (``workers.WorkerLeases`` keeps each worker's heartbeat);
- ``seen.ExpiringDupeFilter``: scrapy-redis's dupefilter in time buckets that expire (bounded memory);
- ``stats_mirror.MirroredStatsCollector``: each worker's stats in memory, mirrored to a Redis hash;
- ``shared_state.RedisArticleState``: the incremental state (URLs, body fingerprints, versions,
  near-duplicate signatures) in Redis, with an atomic claim per article;
- ``start_entries``: start URLs, sitemaps and feeds pushed to a Redis list that idle workers wait on;
- ``feed_claims``: a note beside each worker's ``.part`` feed naming its run, and a killed worker's feed
  settled against the claims when it is recovered (a line another worker also emitted goes to the rejects).

Keys, sizes and expiry are listed in the README ("Many workers, one crawl").
"""
