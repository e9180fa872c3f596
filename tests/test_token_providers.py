"""Token providers: sync or async, one refresh at a time per client, the event loop free."""

from __future__ import annotations

import asyncio
import threading
import time
import traceback
from collections.abc import Coroutine
from typing import Any

import httpx
import pytest
from conftest import CLUSTER, ENV, FAST, tasks_body

from confluent_connect import AsyncConnectClient, ConnectClient
from confluent_connect.errors import ConfigurationError

LIVE = "tok-live-9f8e7d6c5b4a"


def accepting(valid: str) -> Any:
    """A handler that answers 200 to `Bearer valid` and 401 to anything else."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization") == f"Bearer {valid}":
            return httpx.Response(200, json=tasks_body())
        return httpx.Response(401, json={"error": {"code": 401, "message": "token expired"}})

    return handler


def async_client(handler: Any, token: Any) -> AsyncConnectClient:
    return AsyncConnectClient(token=token, retry=FAST, transport=httpx.MockTransport(handler))


async def ticks_while(work: Any) -> tuple[Any, int]:
    """Runs `work` and counts how often a 10 ms ticker ran meanwhile."""
    count = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal count
        while not done.is_set():
            await asyncio.sleep(0.01)
            count += 1

    task = asyncio.create_task(ticker())
    try:
        return await work, count
    finally:
        done.set()
        await task


@pytest.mark.parametrize("kind", ["async def", "blocking def"])
def test_slow_provider_does_not_block_the_event_loop(kind: str) -> None:
    """A provider taking 0.3 s: the loop keeps ticking (about 30 times), the call succeeds."""

    async def async_provider() -> str:
        await asyncio.sleep(0.3)
        return LIVE

    def blocking_provider() -> str:
        time.sleep(0.3)
        return LIVE

    provider = async_provider if kind == "async def" else blocking_provider

    async def main() -> tuple[Any, int]:
        async with async_client(accepting(LIVE), provider) as client:
            return await ticks_while(client.list_tasks(ENV, CLUSTER, "c"))

    tasks, ticks = asyncio.run(main())
    assert len(tasks) == 2
    assert ticks >= 10, f"the loop ticked only {ticks} times during a 0.3 s provider"


def test_concurrent_401s_cause_one_async_refresh() -> None:
    """Twenty tasks all refused with the old token: the provider is asked once more, not 20x."""
    issued = iter(["tok-old", LIVE, "tok-third"])
    asked: list[str] = []

    async def provider() -> str:
        await asyncio.sleep(0.01)
        asked.append(token := next(issued))
        return token

    async def main() -> list[Any]:
        async with async_client(accepting(LIVE), provider) as client:
            calls = [client.list_tasks(ENV, CLUSTER, f"c{n}") for n in range(20)]
            return await asyncio.gather(*calls)

    results = asyncio.run(main())
    assert all(len(tasks) == 2 for tasks in results)
    assert asked == ["tok-old", LIVE]


def test_concurrent_401s_cause_one_sync_refresh() -> None:
    """Eight threads on one client: one refresh, every call succeeds."""
    issued = iter(["tok-old", LIVE, "tok-third"])
    asked: list[str] = []
    barrier = threading.Barrier(8)
    refused = accepting(LIVE)

    def handler(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = refused(request)
        if response.status_code == 401:
            barrier.wait(timeout=5)  # every thread holds the old token before any refresh
        return response

    def provider() -> str:
        asked.append(token := next(issued))
        return token

    with ConnectClient(token=provider, retry=FAST, transport=httpx.MockTransport(handler)) as c:
        results: list[int] = []
        threads = [
            threading.Thread(target=lambda: results.append(len(c.list_tasks(ENV, CLUSTER, "c")))) for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [2] * 8
    assert asked == ["tok-old", LIVE], "eight threads refused at once refreshed more than once"


def test_async_provider_on_the_sync_client_is_refused_clearly() -> None:
    """Not 'returned no token' and a never-awaited warning: what to do instead."""

    async def provider() -> str:
        return LIVE

    client = ConnectClient(token=provider, transport=httpx.MockTransport(accepting(LIVE)))
    with client, pytest.raises(ConfigurationError) as caught:
        client.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == "token= is an async provider: use it with AsyncConnectClient"


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        ("", "the token provider returned an empty string"),
        (None, "the token provider returned no token"),
        ("tok en", "the token provider's token has whitespace 0x20 at position 3: a header cannot carry it"),
    ],
)
def test_provider_returning_nothing_says_what_it_returned(returned: Any, message: str) -> None:
    client = ConnectClient(token=lambda: returned, transport=httpx.MockTransport(accepting(LIVE)))
    with client, pytest.raises(ConfigurationError) as caught:
        client.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == message


def test_a_plain_callable_returning_an_awaitable_is_awaited_by_the_async_client() -> None:
    """Not an `async def`, but it returns one's coroutine: the async client awaits that."""

    async def fetch() -> str:
        return LIVE

    def provider() -> Coroutine[Any, Any, str]:
        return fetch()

    async def run() -> Any:
        async with async_client(accepting(LIVE), provider) as client:
            return await client.list_tasks(ENV, CLUSTER, "c")

    assert len(asyncio.run(run())) == 2


def test_traceback_locals_do_not_hold_the_token() -> None:
    """A provider that fails on refresh: no frame's locals (pytest --showlocals) show the token."""
    issued = iter([LIVE])

    def provider() -> str:
        return next(issued)  # StopIteration on the refresh a 401 asks for

    client = ConnectClient(token=provider, retry=FAST, transport=httpx.MockTransport(accepting("another")))
    with client, pytest.raises(Exception) as caught:  # noqa: PT011 - any failure will do
        client.list_tasks(ENV, CLUSTER, "c")
    shown = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "auth_flow" in shown
    assert LIVE not in shown
