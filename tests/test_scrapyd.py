"""scrapyd: a real scrapyd on 127.0.0.1, the project deployed with scrapyd-client, ``news`` scheduled with arguments."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from scrapyd_client.pyclient import ScrapydClient

from tests.crawl import REPO
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SITE = Path(__file__).parent / "site_discovery"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = eggs\nlogs_dir = logs\n"
        "dbs_dir = dbs\nitems_dir =\nmax_proc = 1\npoll_interval = 0.5\n",
        "utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    proc = subprocess.Popen(
        [str(BIN / "scrapyd")], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                if requests.get(url + "daemonstatus.json", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_deploy_and_schedule_on_scrapyd(scrapyd, tmp_path):
    egg = tmp_path / "newsclean.egg"
    subprocess.run(
        [str(BIN / "scrapyd-deploy"), f"--build-egg={egg}"], cwd=REPO, check=True, capture_output=True, timeout=120
    )
    shutil.rmtree(REPO / "build", ignore_errors=True)
    with egg.open("rb") as handle:
        uploaded = requests.post(
            scrapyd + "addversion.json",
            data={"project": "newsclean", "version": "1"},
            files={"egg": handle},
            timeout=60,
        )
    assert uploaded.json()["status"] == "ok", uploaded.text
    client = ScrapydClient(scrapyd.rstrip("/"))
    assert "news" in client.spiders("newsclean")

    server = FixtureServer(SITE).start()
    feeds = tmp_path / "feeds"
    try:
        job = client.schedule(
            "newsclean",
            "news",
            args=[
                ("start_urls", server.url("/index.html")),
                ("setting", f"NEWSCLEAN_DEFAULT_FEED={feeds}/%(name)s/%(time)s.jsonl"),
                ("setting", "DOWNLOAD_DELAY=0"),
                ("setting", "AUTOTHROTTLE_ENABLED=False"),
                ("setting", "NEWSCLEAN_ALLOW_PRIVATE_NETWORKS=True"),
                ("setting", f"NEWSCLEAN_STATE={tmp_path / 'state.sqlite'}"),
            ],
        )
        for _ in range(300):
            if client.status(job, "newsclean").get("currstate") == "finished":
                break
            time.sleep(0.5)
    finally:
        server.stop()
    published = [p for p in (feeds / "news").glob("*.jsonl") if not p.name.endswith(".rejects.jsonl")]
    assert len(published) == 1, sorted((tmp_path / "logs").rglob("*.log"))
    items = [json.loads(line) for line in published[0].read_text("utf-8").splitlines()]
    assert len(items) == 10
    assert all(item["version"] == 1 for item in items)
