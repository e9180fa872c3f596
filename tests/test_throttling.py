"""Through a throttling server: every result arrives, whether requests are held or not.

Time is compressed: the simulator allows 10 requests per 0.1 s window (what "a few per
second" is at ten times the speed) and states its resets in milliseconds. How many 429s
holding spares is a figure of `make bench`, not a test.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from confluent_connect import ConnectError, RetryPolicy
from confluent_connect.testing import ConnectSimulator

NAMES = [f"{name}" for name in ("gcs-logs-sink", "orders-postgres-source", "clickstream-s3-sink")]


def run_many(mode: str, *, hold: bool) -> tuple[dict[str, Any], int, int]:
    """200 calls (as 200 connectors) through the limit; results, 429s, 200s."""
    with ConnectSimulator(rate_limit=10, window=0.1, reset_format="fractional") as simulator:
        base = simulator.connector("gcs-logs-sink")
        names = []
        for n in range(200):
            name = f"copy-{n:03d}"
            simulator.add(type(base)(name, base.tasks))
            names.append(name)
        policy = RetryPolicy(hold_on_exhausted=hold, max_retries=10, backoff_initial=0.05, backoff_max=0.5)
        if mode == "sync":
            with simulator.client(retry=policy) as client:
                results = client.list_tasks_many("env-demo1", "lkc-demo1", names, concurrency=8)
        else:

            async def run() -> dict[str, Any]:
                async with simulator.async_client(retry=policy) as client:
                    return await client.list_tasks_many("env-demo1", "lkc-demo1", names, concurrency=8)

            results = asyncio.run(run())
        return results, simulator.statuses[429], simulator.statuses[200]


@pytest.mark.parametrize("hold", [True, False], ids=["holding", "not-holding"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_200_calls_through_the_limit_all_succeed(mode: str, hold: bool) -> None:
    """200 calls through a limit of 10 per 0.1 s: every result, no exception, each call answered 200 once."""
    results, _429s, answered_200 = run_many(mode, hold=hold)
    assert len(results) == 200
    assert not [r for r in results.values() if isinstance(r, ConnectError)]
    assert answered_200 == 200
