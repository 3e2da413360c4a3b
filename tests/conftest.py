from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.redis_server import take_redis_url_from_environment
from tests.server import FixtureServer

TESTS = Path(__file__).resolve().parent
take_redis_url_from_environment()  # only tests/test_cluster.py uses it, passing it to its workers with -s


@pytest.fixture(scope="session")
def site_server() -> Iterator[FixtureServer]:
    """tests/site/ served on 127.0.0.1 (port 0) for the whole session."""
    server = FixtureServer(TESTS / "site").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def unseen_server() -> Iterator[FixtureServer]:
    """tests/site_unseen/: a site written independently of the code, never tuned against."""
    server = FixtureServer(TESTS / "site_unseen").start()
    yield server
    server.stop()
