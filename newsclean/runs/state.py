"""Incremental crawl state in SQLite: what was published, which version, when it was fetched.

On when ``NEWSCLEAN_STATE`` names a file. A re-run then emits only new articles and
articles whose cleaned body changed (``version`` + 1, ``updated_at``), skips re-fetching
known article URLs until ``NEWSCLEAN_RECHECK_AFTER`` seconds pass, and forgets entries
not seen for ``NEWSCLEAN_STATE_TTL`` seconds. Near-duplicate bodies (a syndicated
新华社 story on several sites) are linked by a MinHash (datasketch) and marked, not dropped.

A run opens the file once (``run_state``): the spider reads freshness from the same connection
``TrackStatePipeline`` writes through, and it is closed when the spider closes.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH
from scrapy import signals

from newsclean.cluster.switch import cluster_on
from newsclean.fetching.urls import fold_url

# MinHash permutations and Jaccard threshold for near-duplicate bodies (character 5-grams).
MINHASH_PERMUTATIONS = 64
NEAR_DUPLICATE_THRESHOLD = 0.8
SHINGLE_CHARS = 5
# datasketch's permutation scheme; stored signatures are only comparable within one scheme.
MINHASH_SCHEME = "affine32"

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,       -- folded canonical URL
    id TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    version INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_fetched TEXT NOT NULL,
    minhash BLOB
);
"""


UPDATE_CHANGED_SQL = (
    "UPDATE articles SET body_hash = ?, version = ?, updated_at = ?, last_fetched = ?, minhash = ? WHERE key = ?"
)


def body_minhash(body: str) -> MinHash:
    """The MinHash of ``body``'s character 5-grams, whitespace removed (a shorter body is one shingle).

    One ``update_batch``: the hash values ``update`` per shingle gives, in one numpy pass.
    """
    minhash = MinHash(num_perm=MINHASH_PERMUTATIONS, scheme=MINHASH_SCHEME)
    text = "".join(body.split())
    minhash.update_batch(
        [text[i : i + SHINGLE_CHARS].encode("utf-8") for i in range(max(len(text) - SHINGLE_CHARS + 1, 1))]
    )
    return minhash


def _load_minhash(blob: bytes) -> MinHash:
    dtype = body_minhash("").hashvalues.dtype
    return MinHash(num_perm=MINHASH_PERMUTATIONS, hashvalues=np.frombuffer(blob, dtype=dtype), scheme=MINHASH_SCHEME)


@dataclass(frozen=True)
class Seen:
    status: str  # "new", "changed" or "unchanged"
    version: int
    updated_at: str | None  # set when the body changed since the first version
    near_duplicate_of: str | None  # id of an earlier article with a near-identical body


def state_key(article: Mapping[str, Any]) -> str:
    """An article's key in the state (an item, or a line of a feed): its folded canonical URL, else its URL's."""
    return fold_url(article.get("canonical_url") or article.get("url") or "")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class ArticleState:
    """One SQLite file (WAL journal). A run opens it once, through ``run_state``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)
        self.lsh: MinHashLSH | None = None

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def expire(self, now: datetime, ttl_seconds: float) -> int:
        """Forget entries not fetched for ``ttl_seconds``; returns how many went."""
        if ttl_seconds <= 0:
            return 0
        cutoff = _iso(now - timedelta(seconds=ttl_seconds))
        count = self.db.execute("DELETE FROM articles WHERE last_fetched < ?", (cutoff,)).rowcount
        self.db.commit()
        return count

    def is_fresh(self, key: str, now: datetime, recheck_after: float) -> bool:
        """True when ``key`` was fetched less than ``recheck_after`` seconds ago (0: never fresh)."""
        if recheck_after <= 0:
            return False
        row = self.db.execute("SELECT last_fetched FROM articles WHERE key = ?", (key,)).fetchone()
        return bool(row) and row[0] > _iso(now - timedelta(seconds=recheck_after))

    def _index(self) -> MinHashLSH:
        if self.lsh is None:
            self.lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=MINHASH_PERMUTATIONS)
            for article_id, blob in self.db.execute("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL"):
                self._insert(article_id, _load_minhash(blob))
        return self.lsh

    def _insert(self, article_id: str, minhash: MinHash) -> None:
        assert self.lsh is not None
        if article_id not in self.lsh.keys:
            self.lsh.insert(article_id, minhash)

    def record(self, key: str, article_id: str, body: str, body_hash: str, now: datetime) -> Seen:
        """Note that ``key`` was fetched with this body; say whether it is new, changed or unchanged."""
        stamp = _iso(now)
        row = self.db.execute("SELECT body_hash, version, updated_at FROM articles WHERE key = ?", (key,)).fetchone()
        minhash = body_minhash(body)
        near = sorted(i for i in self._index().query(minhash) if i != article_id)
        blob = minhash.hashvalues.tobytes()
        if row is None:
            self.db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
                (key, article_id, body_hash, stamp, stamp, stamp, blob),
            )
            seen = Seen("new", 1, None, near[0] if near else None)
        elif row[0] == body_hash:
            self.db.execute("UPDATE articles SET last_fetched = ? WHERE key = ?", (stamp, key))
            seen = Seen("unchanged", row[1], row[2] if row[1] > 1 else None, near[0] if near else None)
        else:
            version = row[1] + 1
            self.db.execute(UPDATE_CHANGED_SQL, (body_hash, version, stamp, stamp, blob, key))
            seen = Seen("changed", version, stamp, near[0] if near else None)
        self.db.commit()
        self._insert(article_id, minhash)
        return seen


# One open state per run (per crawler), shared by the spider and the pipeline.
_RUN_STATES: weakref.WeakKeyDictionary[Any, ArticleState] = weakref.WeakKeyDictionary()


def run_state(crawler: Any) -> ArticleState | None:
    """The run's state (``NEWSCLEAN_STATE``), opened on first use and closed when the spider closes; None when off.

    With REDIS_URL: the crawl's shared state in Redis (``newsclean.cluster.shared_state``), whatever
    NEWSCLEAN_STATE says.
    """
    if cluster_on(crawler.settings):
        from newsclean.cluster.shared_state import RedisArticleState

        if crawler not in _RUN_STATES:
            _RUN_STATES[crawler] = RedisArticleState(crawler)  # type: ignore[assignment]  # same interface
        return _RUN_STATES[crawler]
    path = crawler.settings.get("NEWSCLEAN_STATE")
    if not path:
        return None
    if crawler not in _RUN_STATES:
        state = _RUN_STATES[crawler] = ArticleState(path)
        crawler.signals.connect(state.close, signal=signals.spider_closed)
    return _RUN_STATES[crawler]
