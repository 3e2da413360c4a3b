"""A killed worker's feed, settled against the claims: each article it wrote goes out once across the crawl.

A worker writes an article's line (the feed exporter, on ``item_scraped``) before it marks the article's
claim ``done`` (a later ``item_scraped`` receiver, a Redis round trip; ``newsclean.cluster.shared_state``)
and before its lease is acknowledged (``newsclean.cluster.leases``). SIGKILL between the write and the
``HSET`` leaves the line in the worker's ``.part`` feed, the claim ``pending`` and the lease in Redis: the
lease goes back to the queue, another worker fetches the page, takes the claim over and emits the article
too. Marking the claim before the write would close that window by opening a worse one: killed between
the two, the article would be ``done`` in Redis and in no feed, lost. So the order stays, and the line is
settled where it is, when the killed worker's feed is recovered (``newsclean.runs.recovery``: the next
start in that folder, before it opens feeds of its own):

- every claim names the run that made it (``owner`` and ``run``, ``shared_state.claim_run``);
- a worker's ``.part`` feed has a note beside it (``<feed>.part.writer``, written before its first line):
  the crawl, the worker, its run, and the bytes an ``-o`` append copied from the published file (those
  lines were published before and are left as they are);
- each line of a killed worker's feed is checked by one Lua script (``SETTLE_LUA``), atomic against the
  claims live workers make (``RECORD_LUA``). The claim is still this run's: the line is the article's one
  emission; it is kept, and a ``pending`` claim turns ``done``, so a worker fetching the page later finds
  it unchanged and emits nothing. The claim is another run's: that run took it over and emitted the
  article, or is emitting it now; the line leaves the recovered feed for the rejects feed of the run that
  recovers it (rule ``duplicate_after_takeover``, ``newsclean/dropped/duplicate_after_takeover``, a
  WARNING naming the URL). No claim (expired after NEWSCLEAN_STATE_TTL, or ``reset --state``): kept.

Either way each article is in one feed: the killed worker's or the one that took the claim over. A note
naming another crawl (or found by a local run) leaves the feed for a worker of that crawl; Redis out of
reach leaves it for a later start. Only a line the note says is this run's is ever dropped.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from redis.exceptions import RedisError
from scrapy_redis.connection import get_redis_from_settings

from newsclean.cluster.shared_state import article_key, claim_run
from newsclean.cluster.switch import cluster_on, redis_key
from newsclean.runs.feed_storage import hold, writer_note_path
from newsclean.runs.state import state_key

logger = logging.getLogger(__name__)
DUPLICATE_RULE = "duplicate_after_takeover"
# A recovered feed whose lines are being settled is rewritten here, then renamed over the .part.
SETTLING_SUFFIX = ".settling"
# Lines checked per Redis round trip (one pipelined EVALSHA each).
SETTLE_BATCH_LINES = 1000
# KEYS[1] an article's claim; ARGV[1] the worker that wrote the line, ARGV[2] its run.
# Returns {verdict, the claim's owner, the claim's status}; the verdict is one of
# kept (the claim is this run's, done), confirmed (this run's, pending: now done), forgotten (no claim),
# taken_over (another run's: it emitted the article, or is emitting it).
SETTLE_LUA = """
local s = redis.call('HMGET', KEYS[1], 'status', 'owner', 'run')
if not s[1] then return {'forgotten', '', ''} end
if s[2] ~= ARGV[1] or s[3] ~= ARGV[2] then return {'taken_over', s[2] or '', s[1]} end
if s[1] == 'pending' then
  redis.call('HSET', KEYS[1], 'status', 'done')
  return {'confirmed', s[2], 'done'}
end
return {'kept', s[2], s[1]}
"""


@dataclass(frozen=True)
class WriterNote:
    """Beside a worker's ``.part`` feed: who writes it, and where its own lines start."""

    crawl: str  # NEWSCLEAN_REDIS_PREFIX
    worker: str  # NEWSCLEAN_WORKER_ID
    run: str  # shared_state.claim_run
    start: int  # bytes copied from the published file by an -o append: not this run's lines


@dataclass(frozen=True)
class Verdict:
    verdict: str
    holder: str  # the worker holding the claim
    status: str  # the claim's status


def write_writer_note(part: Path, crawler: Any, start: int) -> None:
    """Note the run writing ``part``; called once the file is open and held, before its first line."""
    settings = crawler.settings
    note = WriterNote(settings["NEWSCLEAN_REDIS_PREFIX"], settings["NEWSCLEAN_WORKER_ID"], claim_run(crawler), start)
    writer_note_path(part).write_text(json.dumps(asdict(note)), "utf-8")


def read_writer_note(part: Path) -> WriterNote | None:
    """The note beside ``part``; None without one (a local run's feed) or when cut short.

    A worker writes its note before any line of its own, so a note cut short means a feed holding no
    line of that run: it is published as it is.
    """
    try:
        return WriterNote(**json.loads(writer_note_path(part).read_text("utf-8")))
    except FileNotFoundError:
        return None
    except (ValueError, TypeError):
        logger.warning("Unreadable writer note beside %s: the feed holds no line of its run", part)
        return None


def settle_feed(part: Path, crawler: Any, keep_held: Callable[[int], None]) -> list[dict[str, Any]] | None:
    """Drop the lines of a killed worker's feed whose article another run took over; returns them as rejects rows.

    ``part`` is cut to whole lines and held by the caller. A rewritten ``part`` is a new file: its
    descriptor, locked, goes to ``keep_held`` (held until the caller has published it). None: the feed
    is left as it is (another crawl's, or Redis out of reach).
    """
    note = read_writer_note(part)
    if note is None:
        return []
    settings = crawler.settings
    crawl = settings.get("NEWSCLEAN_REDIS_PREFIX") if cluster_on(settings) else None
    if note.crawl != crawl:
        logger.warning(
            "Left %s: worker %s of crawl %r wrote it; a worker of that crawl publishes it, its lines checked "
            "against that crawl's claims",
            part,
            note.worker,
            note.crawl,
        )
        return None
    data = part.read_bytes()
    lines = data[note.start :].splitlines(keepends=True)
    try:
        verdicts = check_lines(get_redis_from_settings(settings), settings, note, lines)
    except RedisError as error:
        logger.error("Left %s: Redis out of reach, its lines cannot be checked against the claims (%s)", part, error)
        return None
    rows = [duplicate_row(line, note, v) for line, v in zip(lines, verdicts, strict=True) if v.verdict == "taken_over"]
    confirmed = sum(v.verdict == "confirmed" for v in verdicts)
    crawler.stats.inc_value("newsclean/feeds/claims_confirmed", confirmed)
    if rows:
        kept = [line for line, v in zip(lines, verdicts, strict=True) if v.verdict != "taken_over"]
        keep_held(rewrite(part, data[: note.start] + b"".join(kept)))
        crawler.stats.inc_value(f"newsclean/dropped/{DUPLICATE_RULE}", len(rows))
    for row in rows:
        logger.warning("Dropped %s from %s: %s", row["url"], part.name, row["message"])
    return rows


def check_lines(server: Any, settings: Any, note: WriterNote, lines: list[bytes]) -> list[Verdict]:
    """One ``SETTLE_LUA`` per line (pipelined); a line that is no article (unreadable) is kept unchecked."""
    script = server.register_script(SETTLE_LUA)
    articles = redis_key(settings, "article")
    verdicts: list[Verdict | None] = []
    keys: list[tuple[int, str]] = []
    for line in lines:
        article = parse_line(line)
        verdicts.append(None if article else Verdict("kept", "", ""))
        if article:
            keys.append((len(verdicts) - 1, article_key(articles, state_key(article))))
    for start in range(0, len(keys), SETTLE_BATCH_LINES):
        batch = keys[start : start + SETTLE_BATCH_LINES]
        with server.pipeline(transaction=False) as pipe:
            for _, key in batch:
                script(keys=[key], args=[note.worker, note.run], client=pipe)
            for (index, _), answer in zip(batch, pipe.execute(), strict=True):
                verdicts[index] = Verdict(*(_text(value) for value in answer))
    return [v for v in verdicts if v is not None]


def parse_line(line: bytes) -> dict[str, Any] | None:
    try:
        article = json.loads(line)
    except ValueError:
        return None
    return article if isinstance(article, dict) and (article.get("canonical_url") or article.get("url")) else None


def duplicate_row(line: bytes, note: WriterNote, verdict: Verdict) -> dict[str, Any]:
    """The rejects row of a line dropped as a duplicate (the shape of ``RejectsFeed.item_dropped``'s rows)."""
    article = parse_line(line) or {}
    url = article.get("url")
    doing = "emitted it" if verdict.status == "done" else "is emitting it"
    reason = f"worker {note.worker} wrote it, then was killed; worker {verdict.holder} took the claim over and {doing}"
    return {
        "kind": "dropped_page",
        "url": url,
        "stage": "recovery",
        "rule": DUPLICATE_RULE,
        "field": None,
        "text": "\n".join(str(article.get(k) or "") for k in ("title", "body")).strip(),
        "message": f"recovery/{DUPLICATE_RULE}: {url} ({reason})",
    }


def rewrite(part: Path, content: bytes) -> int:
    """Replace ``part`` by a file holding ``content``, atomically; returns its descriptor, locked.

    A kill at any point leaves either the old ``part`` (settled again, with the same verdicts) or the new
    one, whole. Locked before the rename, the new file is never free for another start's recovery.
    """
    settling = part.with_name(part.name + SETTLING_SUFFIX)
    fd = os.open(settling, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        hold(fd)
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        os.replace(settling, part)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
