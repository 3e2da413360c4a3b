"""CPU work off the reactor: a pool of worker processes for extraction, cleaning and segmentation.

``pool.WorkerPool`` runs a pure function in a worker process (or inline, with no workers) and
survives a worker's death: the task is retried once, then reported as ``WorkerDied``.
``crawler_pool.worker_pool(crawler)`` is the crawl's one pool, sized by NEWSCLEAN_WORKERS, forked
once jieba and the lexicons are loaded, and shut down when the crawl ends.
"""
