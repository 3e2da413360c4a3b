"""The README's cron recipe, run as written three times over a site that changes between runs.

State file and JOBDIR on every run: each run must recheck known articles as the state says
(edits detected), raise no false alert, and leave the feed folder holding article feeds only.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawl import LOCAL_SITE_SETTINGS, REPO, crawl_command, crawl_env, run_crawl
from tests.expectations import items_by_path
from tests.server import FixtureServer
from tests.test_incremental import ARTICLES, CHANGED, NEAR_COPY, NEW, SOURCE, change_site, first_paragraph

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SECOND_EDIT = "/news/2025/12/05/5004.html"
CRON_FIELDS = 5


def cron_line() -> str:
    """The command of the README's cron recipe (the line after its five schedule fields)."""
    lines = [line for line in (REPO / "README.md").read_text("utf-8").splitlines() if line.startswith("*/10 ")]
    assert len(lines) == 1, "the README has one cron recipe"
    return lines[0].split(" ", CRON_FIELDS)[CRON_FIELDS]


def local_command(home: Path, profile: Path, settings: dict[str, str]) -> str:
    """The recipe with this machine's paths, the local site's profile and the fixture-site settings."""
    command = cron_line()
    assert "cd /srv/newsclean && " in command
    assert " -a profile=people_cn " in command
    command = command.replace("cd /srv/newsclean", f"cd {shlex.quote(str(home))}")
    command = command.replace(".venv/bin/scrapy", f"{shlex.quote(sys.executable)} -m scrapy")
    command = command.replace("-a profile=people_cn", f"-a profile={shlex.quote(str(profile))}")
    extra = " ".join(f"-s {shlex.quote(f'{k}={v}')}" for k, v in settings.items())
    return command.replace(" >> ", f" {extra} >> ", 1)


def edit_again(root: Path) -> None:
    page = root / SECOND_EDIT.lstrip("/")
    html = page.read_text("utf-8")
    paragraph = first_paragraph(html).group(1)
    page.write_text(html.replace(paragraph, paragraph + "相关部门表示，二期工程将于明年开工。"), "utf-8")


def run_recipe(command: str, home: Path) -> None:
    # PYTHONPATH stands in for `pip install -e .`; the project's scrapy.cfg is in /srv/newsclean too.
    env = {**crawl_env(), "PYTHONPATH": str(REPO)}
    subprocess.run(["bash", "-c", command], env=env, check=True, timeout=240)
    assert "Traceback" not in (home / "logs" / "people_cn.log").read_text("utf-8")


def feed_paths(folder: Path) -> dict[str, set[str]]:
    """Each published feed's name and the URL paths in it."""
    return {
        feed.name: set(items_by_path([json.loads(line) for line in feed.read_text("utf-8").splitlines()]))
        for feed in sorted(folder.iterdir())
    }


def test_cron_recipe_rechecks_as_the_state_says_over_three_runs(tmp_path):
    site, home = tmp_path / "site", tmp_path / "srv"
    shutil.copytree(SOURCE, site)
    home.mkdir()
    shutil.copy(REPO / "scrapy.cfg", home)
    server = FixtureServer(site).start()
    try:
        profile = tmp_path / "local_site.yaml"
        profile.write_text(f"start_urls: [{server.url('/index.html')}]\n", "utf-8")
        settings = {
            **{k: v for k, v in LOCAL_SITE_SETTINGS.items() if k != "LOG_LEVEL"},  # the project's default level
            "NEWSCLEAN_RECHECK_AFTER": "0",  # every run rechecks every known article
            "NEWSCLEAN_TOKENS_CACHE_DIR": str(tmp_path / "jieba"),
        }
        command = local_command(home, profile, settings)
        feeds, summaries = home / "feeds" / "news", home / "summaries" / "news"

        run_recipe(command, home)
        change_site(site)  # one article edited, one new, one near-copy
        run_recipe(command, home)
        edit_again(site)
        run_recipe(command, home)
        published = feed_paths(feeds)
        run_recipe(command, home)  # nothing changed: no feed file, said in the summary
    finally:
        server.stop()

    assert list(published.values()) == [ARTICLES, {CHANGED, NEW, NEAR_COPY}, {SECOND_EDIT}]
    assert feed_paths(feeds) == published  # the fourth run published no empty feed
    assert all(re.fullmatch(r"[-0-9T+]+\.jsonl", name) for name in published)  # article feeds only
    runs = [json.loads(p.read_text("utf-8")) for p in sorted(summaries.iterdir())]
    assert [(r["articles_written"], r["new"], r["updated"]) for r in runs] == [
        (10, 10, 0),
        (3, 2, 1),
        (1, 0, 1),
        (0, 0, 0),
    ]
    assert [r["alerts"] for r in runs] == [[], [], [], []]
    assert [r["unchanged"] for r in runs] == [0, len(ARTICLES) - 1, len(ARTICLES) + 1, len(ARTICLES) + 2]
    assert (runs[3]["feed_published"], runs[3]["feed_note"]) == (
        False,
        "no new or changed article: no feed file published",
    )
    assert len(list((home / "rejects" / "news").glob("*.rejects.jsonl"))) == 4
    assert (home / "state" / "people_cn.sqlite").exists()
    assert not [p for p in home.rglob("*.part")]
    assert os.path.getsize(home / "jobs" / "people_cn" / "requests.seen") == 0  # finished: nothing to resume
    log = (home / "logs" / "people_cn.log").read_text("utf-8")
    assert " DEBUG: " not in log  # INFO by default: no line per request or item
    assert "'body':" not in log  # items are never dumped into the log


def test_a_start_page_linking_to_itself_is_fetched_once(tmp_path):
    site = tmp_path / "site"
    article = site / CHANGED.lstrip("/")
    article.parent.mkdir(parents=True)
    html = (SOURCE / CHANGED.lstrip("/")).read_text("utf-8")
    self_links = f'<a href="{CHANGED}">本文</a><a href="{CHANGED}#comments">评论</a><a href="5001.html">链接</a>'
    article.write_text(html.replace("</body>", self_links + "</body>"), "utf-8")
    server = FixtureServer(site).start()
    try:
        result = run_crawl(tmp_path / "out", "-a", f"start_urls={server.url(CHANGED)}")
    finally:
        server.stop()
    assert [r.status for r in server.seen(CHANGED)] == [200]
    assert set(items_by_path(result.items)) == {CHANGED}
    assert [r for r in result.rejects if r["rule"] == "duplicate_url"] == []
    assert "newsclean/dropped/duplicate_url" not in result.stats


def test_a_run_refused_by_the_lock_leaves_the_running_run_files_alone(tmp_path):
    """Cron starts a run while the last one still holds the state: the new one must not publish its .part files."""
    import fcntl

    home = tmp_path / "srv"
    live = {
        home
        / "feeds"
        / "news"
        / "2026-12-06T10-00-00+00-00.jsonl.part": b'{"url": "http://127.0.0.1:9/a.html"}\n{"url": "http',
        home / "rejects" / "news" / "2026-12-06T10-00-00+00-00.rejects.jsonl.part": b'{"kind": "dropped_page"}\n',
        home / "jobs" / "news" / "requests.seen": b"\x00\x14" + b"f" * 20,
    }
    for path, data in live.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    state = home / "state" / "news.sqlite"
    state.parent.mkdir(parents=True)
    settings = {
        **LOCAL_SITE_SETTINGS,
        "NEWSCLEAN_STATE": str(state),
        "JOBDIR": str(home / "jobs" / "news"),
        "NEWSCLEAN_TOKENS_CACHE_DIR": str(tmp_path / "jieba"),
    }
    for name, folder in (("FEED", "feeds"), ("REJECTS", "rejects"), ("SUMMARY", "summaries")):
        suffix = {"FEED": ".jsonl", "REJECTS": ".rejects.jsonl", "SUMMARY": ".summary.json"}[name]
        settings[f"NEWSCLEAN_DEFAULT_{name}"] = str(home / folder / "%(name)s" / f"%(time)s{suffix}")
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "start_urls=http://127.0.0.1:9/"]
    command += [arg for k, v in settings.items() for arg in ("-s", f"{k}={v}")]
    with (home / "state" / "news.sqlite.lock").open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        proc = subprocess.run(command, cwd=REPO, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert "Another run holds" in proc.stderr
    assert {path: path.read_bytes() for path in live} == live  # untouched, still .part
    assert sorted(p.name for p in (home / "jobs" / "news").iterdir()) == ["requests.seen"]
    assert sorted(p.name for p in (home / "feeds" / "news").iterdir()) == ["2026-12-06T10-00-00+00-00.jsonl.part"]
    (summary,) = (home / "summaries" / "news").iterdir()
    assert json.loads(summary.read_text("utf-8"))["finish_reason"] == "another_run_in_progress"


def test_progress_lines_on_a_terminal_only(tmp_path):
    import pty
    import select

    server = FixtureServer(SOURCE).start()
    master, terminal = pty.openpty()
    try:
        command = crawl_command("-a", f"start_urls={server.url('/index.html')}", "-O", str(tmp_path / "a.jsonl"))
        proc = subprocess.Popen(command, cwd=REPO, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=terminal)
        os.close(terminal)
        output = b""
        while select.select([master], [], [], 120)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the crawl closed the terminal
                break
            if not chunk:
                break
            output += chunk
        proc.wait(timeout=60)
    finally:
        os.close(master)
        server.stop()
    progress = [line for line in output.decode("utf-8").splitlines() if "Progress: " in line]
    assert progress
    assert re.search(r"Progress: \d+ pages, 10 articles, 0 rejected \(\d+\.\d pages/s\)$", progress[-1])
    piped = run_crawl(tmp_path / "piped", "-a", f"start_urls={SOURCE.as_posix()}/index.html")
    assert "Progress: " not in piped.log  # a log that is no terminal gets no ticker
