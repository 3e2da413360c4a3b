"""WorkerPool on its own: inline with 0 workers, in worker processes otherwise, surviving a worker's death."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import time
from pathlib import Path

import pytest
from scrapy.settings import Settings

from newsclean import settings as project_settings
from newsclean.cleaning import clean_article
from newsclean.cleaning.tokens import segment, segment_with_keywords, top_keywords
from newsclean.workers.crawler_pool import pool_size
from newsclean.workers.pool import CRASH_EXIT_CODE, WorkerDied, WorkerPool

PREPARED: list[int] = []  # set by ``prepare`` in the test process, read by the workers forked after it


def prepare() -> None:
    PREPARED.append(os.getpid())


def pid_and_prepared(value: str) -> tuple[int, str, list[int]]:
    return os.getpid(), value, PREPARED


def refuse(value: str) -> str:
    raise ValueError(f"bad page: {value}")


def die_first_time(marker: str) -> str:
    """Dies (as a segfault would) unless ``marker`` exists, which it creates: the second run returns."""
    path = Path(marker)
    if not path.exists():
        path.write_text("died once")
        os._exit(CRASH_EXIT_CODE)
    return "second run"


def hang_first_time(marker: str) -> str:
    """Writes its pid to ``marker`` and waits to be killed; with ``marker`` there, returns at once."""
    path = Path(marker)
    if not path.exists():
        path.write_text(str(os.getpid()))
        time.sleep(60)
    return "after SIGKILL"


def always_die() -> str:
    os._exit(CRASH_EXIT_CODE)


def run_all(pool: WorkerPool, *calls):
    """Run each (fn, *args) on ``pool`` in one event loop, then close the pool; results, or exceptions, in order."""

    async def main():
        try:
            return await asyncio.gather(*(pool.run(fn, *args) for fn, *args in calls), return_exceptions=True)
        finally:
            pool.close()

    return asyncio.run(main())


def is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_inline_pool_runs_the_function_here():
    pool = WorkerPool(0, prepare=prepare)
    assert run_all(pool, (pid_and_prepared, "页")) == [(os.getpid(), "页", [])]  # nothing to prepare inline


def test_inline_pool_raises_what_the_function_raises():
    with pytest.raises(ValueError, match="bad page: x"):
        asyncio.run(WorkerPool(0).run(refuse, "x"))


def test_pool_runs_in_workers_forked_after_prepare():
    PREPARED.clear()
    results = run_all(WorkerPool(2, prepare=prepare), *[(pid_and_prepared, str(n)) for n in range(6)])
    assert [value for _, value, _ in results] == ["0", "1", "2", "3", "4", "5"]
    assert os.getpid() not in {pid for pid, _, _ in results}
    assert {tuple(prepared) for _, _, prepared in results} == {(os.getpid(),)}  # prepared once, here, then forked
    assert PREPARED == [os.getpid()]


def test_pool_raises_the_functions_exception():
    (error,) = run_all(WorkerPool(1), (refuse, "x"))
    assert (type(error), str(error)) == (ValueError, "bad page: x")


def test_a_task_whose_worker_died_runs_again(tmp_path):
    retries = []
    pool = WorkerPool(1, on_retry=lambda: retries.append(1))
    assert run_all(pool, (die_first_time, str(tmp_path / "marker"))) == ["second run"]
    assert retries == [1]


def test_a_worker_killed_with_sigkill_is_replaced_and_its_task_run_again(tmp_path):
    marker = tmp_path / "pid"
    pool = WorkerPool(2)

    async def main():
        try:
            task = asyncio.ensure_future(pool.run(hang_first_time, str(marker)))
            while not marker.exists() or not marker.read_text():
                await asyncio.sleep(0.05)
            os.kill(int(marker.read_text()), signal.SIGKILL)
            return await task, await pool.run(pid_and_prepared, "next")
        finally:
            pool.close()

    result, (_, after, _) = asyncio.run(main())
    assert (result, after) == ("after SIGKILL", "next")


def test_a_task_that_kills_two_workers_is_an_error_and_the_pool_goes_on():
    retries = []
    pool = WorkerPool(1, on_retry=lambda: retries.append(1))
    died, (_, after, _) = run_all(pool, (always_die,), (pid_and_prepared, "after"))
    assert (type(died), str(died)) == (WorkerDied, f"two workers died on it, the last with exit code {CRASH_EXIT_CODE}")
    assert (after, retries) == ("after", [1])


def test_crash_tasks_end_the_worker_of_matching_tasks_only():
    pool = WorkerPool(1, crash_tasks=re.compile(r"/crash/"))

    async def main():
        try:
            crashed = await asyncio.gather(
                pool.run(pid_and_prepared, "a", task="http://x/crash/1"), return_exceptions=True
            )
            return crashed[0], await pool.run(pid_and_prepared, "b", task="http://x/ok/1")
        finally:
            pool.close()

    crashed, (_, value, _) = asyncio.run(main())
    assert (type(crashed), value) == (WorkerDied, "b")


def test_close_stops_every_worker_and_refuses_more_work():
    pool = WorkerPool(2)
    pids = {pid for pid, _, _ in run_all(pool, *[(pid_and_prepared, str(n)) for n in range(4)])}
    assert len(pids - {os.getpid()}) == len(pids) > 0
    assert [pid for pid in pids if is_running(pid)] == []
    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(pool.run(pid_and_prepared, "late"))
    pool.close()  # twice is fine


def test_pure_functions_give_the_same_result_in_a_worker():
    title, body = (
        "山村民宿抱团发展_沐岚体育app下载",
        "记者{{ author }}报道。\n万博官网APP,AG真人平台登录,下载皇冠体育365app",
    )
    text = "英伟达对华出口H200芯片。特朗普宣布将允许英伟达出口芯片。"
    calls = [(clean_article, title, body), (segment_with_keywords, text, 3)]
    here = [clean_article(title, body), (segment(text), top_keywords(text, 3))]
    assert run_all(WorkerPool(1), *calls) == here


def test_negative_pool_size_is_refused():
    with pytest.raises(ValueError, match="a pool of -1 workers"):
        WorkerPool(-1)


def test_pool_size_setting_defaults_to_the_cores_and_refuses_negatives():
    assert project_settings.NEWSCLEAN_WORKERS == os.cpu_count()
    assert pool_size(Settings({"NEWSCLEAN_WORKERS": "0"})) == 0
    with pytest.raises(ValueError, match="NEWSCLEAN_WORKERS=-2"):
        pool_size(Settings({"NEWSCLEAN_WORKERS": "-2"}))


def test_pool_size_setting_needs_the_asyncio_reactor():
    epoll = {"TWISTED_REACTOR": "twisted.internet.epollreactor.EPollReactor"}
    assert pool_size(Settings({"NEWSCLEAN_WORKERS": "0", **epoll})) == 0
    with pytest.raises(
        ValueError, match=r"NEWSCLEAN_WORKERS=2 needs TWISTED_REACTOR=twisted\.internet\.asyncioreactor"
    ):
        pool_size(Settings({"NEWSCLEAN_WORKERS": "2", **epoll}))
