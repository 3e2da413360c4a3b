"""User agents rotate through scrapy-fake-useragent's providers, offline, and a retried request gets a fresh one."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_useragent import UserAgent

from tests.crawl import run_crawl
from tests.server import FixtureServer

pytestmark = pytest.mark.slow  # subprocess crawls, corpus floors or Hypothesis: CI runs them, the inner loop not

SITE = Path(__file__).parent / "site"
ARTICLE = "/finance/2025/12/01/10234567.html"


@pytest.fixture
def private_server():
    server = FixtureServer(SITE).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def known_user_agents() -> set[str]:
    return {entry["useragent"] for entry in UserAgent(fallback="x").data_browsers}


def test_retried_503_succeeds_with_a_fresh_user_agent(private_server, tmp_path, known_user_agents):
    private_server.fail_next(ARTICLE, times=1, status=503)
    result = run_crawl(tmp_path, "-a", f"start_urls={private_server.url(ARTICLE)}", settings={"DEPTH_LIMIT": "1"})
    seen = private_server.seen(ARTICLE)
    assert [r.status for r in seen[:2]] == [503, 200]
    assert seen[0].user_agent != seen[1].user_agent
    assert {seen[0].user_agent, seen[1].user_agent} <= known_user_agents  # fake-useragent's data, not Faker's
    assert result.stats["retry/count"] == 1
    assert "澳门11月博彩毛收入按年升14.2% 连续第十个月录得升幅" in [item["title"] for item in result.items]


def test_user_agents_are_realistic_and_rotate_across_requests(private_server, tmp_path, known_user_agents):
    result = run_crawl(tmp_path, "-a", f"start_urls={private_server.url('/index.html')}")
    agents = [r.user_agent for r in private_server.requests if r.path != "/robots.txt"]
    assert len(agents) >= 20
    assert set(agents) <= known_user_agents
    assert len(set(agents)) >= 5
    assert "DeprecationWarning" not in result.log
    assert "Error loading User-Agent provider" not in result.log


def test_sampled_user_agents_draw_the_provider_only_until_the_sample_is_full():
    from newsclean.middlewares import SampledUserAgents

    class Counting:
        draws = 0

        def get_random_ua(self) -> str:
            self.draws += 1
            return f"agent-{self.draws}"

    provider = Counting()
    sampled = SampledUserAgents(provider, 3)
    agents = [sampled.get_random_ua() for _ in range(50)]
    assert provider.draws == 3
    assert agents[:3] == ["agent-1", "agent-2", "agent-3"]
    assert set(agents) == {"agent-1", "agent-2", "agent-3"}  # rotated among the sample afterwards
