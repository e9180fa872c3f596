"""client.with_options: per-call timeout and retries on the same credentials, pool and rate-limit state."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from conftest import API_SECRET, CLUSTER, ENV, Connect, tasks_body, tasks_path

from confluent_connect import (
    AsyncConnectClient,
    ConfigurationError,
    ConnectClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from confluent_connect.testing import ConnectSimulator, Fault

NAME = "gcs-logs-sink"


OTHER = "orders-postgres-source"


def test_a_429_to_one_derived_client_holds_the_other() -> None:
    """One rate-limit state for the key: a derived client that does not retry meets a 429 (Retry-After: 1), and the
    next request, from another derived client, waits that second out before it goes. With states of their own, it
    would go at once, into the window the server said is used up."""
    with ConnectSimulator() as simulator, simulator.client() as client:
        simulator.inject(NAME, Fault("rate-limit", retry_after=1))
        first, second = client.with_options(max_retries=0), client.with_options(timeout=20.0)
        with pytest.raises(RateLimitError):
            first.list_tasks("env-demo1", "lkc-demo1", NAME)
        start = time.monotonic()
        second.list_tasks("env-demo1", "lkc-demo1", OTHER)
        assert time.monotonic() - start >= 0.9
        assert simulator.statuses[429] == 1


def test_a_429_to_one_derived_async_client_holds_the_other() -> None:
    async def second_call_waited(simulator: ConnectSimulator) -> float:
        async with simulator.async_client() as client:
            first, second = client.with_options(max_retries=0), client.with_options(timeout=20.0)
            with pytest.raises(RateLimitError):
                await first.list_tasks("env-demo1", "lkc-demo1", NAME)
            start = time.monotonic()
            await second.list_tasks("env-demo1", "lkc-demo1", OTHER)
            return time.monotonic() - start

    with ConnectSimulator() as simulator:
        simulator.inject(NAME, Fault("rate-limit", retry_after=1))
        assert asyncio.run(second_call_waited(simulator)) >= 0.9
        assert simulator.statuses[429] == 1


def test_max_retries_0_is_not_retried_while_the_client_it_came_from_is(connect: Connect) -> None:
    sent: list[str] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(503, json={"error": {"code": 503, "message": "busy"}})

    client = connect.client(unavailable, max_retries=2)

    async def both() -> None:
        assert isinstance(client, AsyncConnectClient)
        async with client:
            with pytest.raises(ServerError):
                await client.with_options(max_retries=0).list_tasks(ENV, CLUSTER, "c")
            assert len(sent) == 1
            with pytest.raises(ServerError):
                await client.list_tasks(ENV, CLUSTER, "c")

    if isinstance(client, ConnectClient):
        with client:
            with pytest.raises(ServerError):
                client.with_options(max_retries=0).list_tasks(ENV, CLUSTER, "c")
            assert len(sent) == 1
            with pytest.raises(ServerError):
                client.list_tasks(ENV, CLUSTER, "c")
    else:
        asyncio.run(both())
    assert len(sent) == 1 + 3


def test_a_derived_timeout_is_the_requests_own_and_the_original_keeps_its(connect: Connect) -> None:
    seen: list[float | None] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        return httpx.Response(200, json=tasks_body())

    client = connect.client(record, timeout=7.0)

    async def both() -> None:
        assert isinstance(client, AsyncConnectClient)
        async with client:
            await client.with_options(timeout=90.0).list_tasks(ENV, CLUSTER, "c")
            await client.list_tasks(ENV, CLUSTER, "c")

    if isinstance(client, ConnectClient):
        with client:
            client.with_options(timeout=90.0).list_tasks(ENV, CLUSTER, "c")
            client.list_tasks(ENV, CLUSTER, "c")
    else:
        asyncio.run(both())
    assert seen == [90.0, 7.0]


def test_closing_a_derived_client_closes_nothing_and_closing_the_original_closes_both() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == tasks_path("leaky"):  # the server quotes the secret back
            return httpx.Response(400, json={"error": {"code": 400, "message": f"bad secret {API_SECRET}"}})
        return httpx.Response(200, json=tasks_body())

    client = ConnectClient(api_key="KEY00001", api_secret=API_SECRET, transport=httpx.MockTransport(answer))
    with client.with_options(max_retries=0) as derived:
        derived.list_tasks(ENV, CLUSTER, "c")
    client.list_tasks(ENV, CLUSTER, "c")  # the pool is still open
    with pytest.raises(Exception, match="bad secret") as raised:
        client.list_tasks(ENV, CLUSTER, "leaky")
    assert API_SECRET not in str(raised.value)  # the original's secrets are still masked
    client.close()
    with pytest.raises(ConfigurationError, match="is closed"):
        derived.list_tasks(ENV, CLUSTER, "c")


def test_a_wrong_max_retries_is_refused_before_anything_is_sent() -> None:
    client = ConnectClient(api_key="KEY00001", api_secret=API_SECRET, transport=httpx.MockTransport(lambda _: None))
    with client, pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)
    assert client.with_options(retry=RetryPolicy(max_retries=3)).retry_policy.max_retries == 3


def test_a_derived_async_client_and_its_original_share_one_event_loop() -> None:
    """They share one pool, whose connections belong to one loop: a derived client used first on one loop binds the
    original too, so the original on another loop is refused, as it would be had it been used first itself."""
    client = AsyncConnectClient(
        api_key="KEY00001", api_secret=API_SECRET, transport=httpx.MockTransport(lambda _: httpx.Response(200, json=[]))
    )
    derived = client.with_options(max_retries=0)
    asyncio.run(derived.list_tasks(ENV, CLUSTER, "c"))
    with pytest.raises(ConfigurationError, match="belongs to another event loop"):
        asyncio.run(client.list_tasks(ENV, CLUSTER, "c"))
    with pytest.raises(ConfigurationError, match="belongs to another event loop"):
        asyncio.run(client.with_options(timeout=5.0).list_tasks(ENV, CLUSTER, "c"))


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": "x"},
        {"timeout": -1.0},
        {"timeout": float("inf")},
        {"timeout": httpx.Timeout(5.0, read=float("nan"))},
        {"retry": object()},
    ],
)
def test_wrong_options_are_refused_when_given_not_when_a_call_is_sent(options: dict[str, object]) -> None:
    sent: list[httpx.Request] = []
    client = ConnectClient(
        api_key="KEY00001", api_secret=API_SECRET, transport=httpx.MockTransport(lambda r: sent.append(r) or None)
    )
    with client, pytest.raises(ConfigurationError, match=r"^(timeout|retry) must be"):
        client.with_options(**options)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"^(timeout|retry) must be"):
        ConnectClient(api_key="KEY00001", api_secret=API_SECRET, **options)  # type: ignore[arg-type]
    assert sent == []
