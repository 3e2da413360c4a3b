"""``python -m newsclean.cluster``: push start entries, show a crawl's keys, reset a crawl.

    python -m newsclean.cluster push  start_urls=https://a.example/ sitemaps=https://a.example/sitemap.xml
    python -m newsclean.cluster status
    python -m newsclean.cluster reset            # queue, dupefilter, leases, entries, scope; state kept
    python -m newsclean.cluster reset --state    # and the incremental state: the next crawl emits everything

``--redis URL`` (default ``$REDIS_URL``) and ``--prefix`` (default ``news``, NEWSCLEAN_REDIS_PREFIX) name the crawl.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import redis

from newsclean.cluster.start_entries import URL_KEYS, WORKER_KEYS

# Parts of a crawl's keys (<prefix>:<part>...) that `reset` deletes; `--state` adds STATE_PARTS.
RUN_PARTS = ("crawl", "requests", "seen:*", "inflight:*", "worker:*", "workers", "start_urls", "scope", "stats:*")
STATE_PARTS = ("article:*", "body:*", "lsh*")


def keys_of(server: redis.Redis, prefix: str, parts: tuple[str, ...]) -> list[bytes]:
    found: list[bytes] = []
    for part in parts:
        found += list(server.scan_iter(match=f"{prefix}:{part}", count=1000))
    return found


def push(server: redis.Redis, key: str, pairs: list[str]) -> int:
    entry = dict(pair.split("=", 1) for pair in pairs)
    unknown = sorted(set(entry) - set(URL_KEYS) - set(WORKER_KEYS))
    if unknown or not entry:
        print(f"newsclean.cluster: give NAME=VALUE pairs of {', '.join(URL_KEYS + WORKER_KEYS)}", file=sys.stderr)
        return 2
    server.rpush(key, json.dumps(entry, ensure_ascii=False))
    print(f"pushed to {key}: {json.dumps(entry, ensure_ascii=False)}")
    return 0


def status(server: redis.Redis, prefix: str) -> int:
    workers = sorted(w.decode() for w in server.smembers(f"{prefix}:workers"))
    print(f"queued requests: {server.zcard(f'{prefix}:requests')}")
    print(f"start entries waiting: {server.llen(f'{prefix}:start_urls')}")
    for worker in workers:
        alive = "alive" if server.exists(f"{prefix}:worker:{worker}") else "silent"
        print(f"worker {worker} ({alive}): {server.hlen(f'{prefix}:inflight:{worker}')} requests in flight")
    print(f"articles in the state: {len(keys_of(server, prefix, ('article:*',)))}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean.cluster", description=__doc__.split("\n\n")[0])
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL", ""), help="Redis URL (default $REDIS_URL)")
    parser.add_argument("--prefix", default="news", help="the crawl's key prefix (NEWSCLEAN_REDIS_PREFIX)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("push", help="push one start entry").add_argument("pairs", nargs="+", metavar="NAME=VALUE")
    commands.add_parser("status", help="queue, entries, workers and their leases")
    reset = commands.add_parser("reset", help="delete the crawl's queue, dupefilter, leases, entries and scope")
    reset.add_argument("--state", action="store_true", help="also delete the incremental state")
    args = parser.parse_args(argv)
    if not args.redis:
        parser.error("no Redis: pass --redis URL or set REDIS_URL")
    server = redis.Redis.from_url(args.redis)
    if args.command == "push":
        return push(server, f"{args.prefix}:start_urls", args.pairs)
    if args.command == "status":
        return status(server, args.prefix)
    doomed = keys_of(server, args.prefix, RUN_PARTS + (STATE_PARTS if args.state else ()))
    for start in range(0, len(doomed), 1000):
        server.delete(*doomed[start : start + 1000])
    print(f"deleted {len(doomed)} keys of crawl {args.prefix!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
