"""Through a throttling server: every result arrives, and holding early spares 429s.

Time is compressed: the simulator allows 10 requests per 0.1 s window (what "a few per
second" is at ten times the speed) and states its resets in milliseconds.
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


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_200_calls_through_the_limit_all_succeed_with_fewer_429s_when_holding(mode: str) -> None:
    """Every result, no exception; holding on exhausted windows sends fewer 429s than not."""
    held, held_429s, held_200s = run_many(mode, hold=True)
    free, free_429s, free_200s = run_many(mode, hold=False)
    for results in (held, free):
        assert len(results) == 200
        assert not [r for r in results.values() if isinstance(r, ConnectError)]
    assert held_200s == free_200s == 200
    assert held_429s < free_429s
