"""The shared window: slots are counted down by sends, and an empty window holds."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from confluent_connect import AsyncConnectClient
from confluent_connect._ratelimit import RateLimitState


def said(remaining: str, reset: str) -> httpx.Headers:
    return httpx.Headers({"X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": reset})


def test_before_the_first_answer_one_request_goes_alone() -> None:
    """Nothing known: the first request goes; the others wait briefly and ask again until its answer tells them the
    budget (a burst of callers at start cannot overrun a window it knows nothing of). A server that sends no rate-limit
    headers is then sent to freely."""
    state = RateLimitState()
    assert state.acquire(0.0) == 0.0
    assert 0.0 < state.acquire(0.0) <= 0.05
    state.observe(httpx.Headers(), now=0.1)
    assert [state.acquire(0.1) for _ in range(50)] == [0.0] * 50


def test_a_first_request_that_fails_lets_the_next_one_go() -> None:
    """A probe that fails on the way frees its place: the next caller goes, alone, as the new probe."""
    state = RateLimitState()
    assert state.acquire(0.0) == 0.0
    state.release()
    assert state.acquire(0.0) == 0.0
    assert state.acquire(0.0) > 0.0


def test_sends_count_down_the_remaining_slots() -> None:
    """Remaining 2: two sends go, the third waits for the window's end."""
    state = RateLimitState()
    state.observe(said("2", "10"), now=0.0)
    assert [state.acquire(1.0), state.acquire(1.0), state.acquire(1.0)] == [0.0, 0.0, 9.0]


def test_a_late_response_cannot_raise_the_count() -> None:
    """Responses overtake each other: the lowest Remaining in a window wins."""
    state = RateLimitState()
    state.observe(said("1", "10"), now=0.0)
    state.observe(said("5", "10"), now=0.1)
    assert [state.acquire(0.2), state.acquire(0.2)] == [0.0, pytest.approx(9.8)]


def test_a_new_window_resets_the_count() -> None:
    """Once the window is over, requests go again, and the next response sets the count."""
    state = RateLimitState()
    state.observe(said("0", "2"), now=0.0)
    assert state.acquire(1.0) == 1.0
    assert state.acquire(2.0) == 0.0
    state.observe(said("3", "1"), now=2.1)
    assert state.acquire(2.2) == 0.0


def test_missing_or_garbage_headers_change_nothing() -> None:
    """Without both headers as numbers, the state is left alone."""
    state = RateLimitState()
    for headers in (
        httpx.Headers({}),
        said("x", "1"),
        said("0", "-1"),
        httpx.Headers({"X-RateLimit-Remaining": "0"}),
    ):
        state.observe(headers, now=0.0)
    assert state.acquire(0.5) == 0.0


def test_threads_never_take_more_slots_than_there_are() -> None:
    """Sixteen threads racing for five slots: exactly five go at once."""
    state = RateLimitState()
    state.observe(said("5", "60"), now=0.0)
    delays: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(10):
            delay = state.acquire(1.0)
            with lock:
                delays.append(delay)

    threads = [threading.Thread(target=take) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert delays.count(0.0) == 5
    assert len(delays) == 160


def test_requests_in_flight_count_against_the_servers_remaining() -> None:
    """Remaining 3 said while two others are still on their way: one more slot, not three."""
    state = RateLimitState()
    for _ in range(3):  # three requests on their way (forced: the first would otherwise go alone)
        assert state.acquire(0.0, force=True) == 0.0
    state.observe(said("3", "10"), now=0.1)  # the first answer; two still in flight
    assert [state.acquire(0.2), state.acquire(0.2)] == [0.0, pytest.approx(9.9)]


def test_a_failed_request_gives_its_slot_back() -> None:
    """release() after a transport error: the slot is free again."""
    state = RateLimitState()
    state.observe(said("1", "10"), now=0.0)
    assert state.acquire(0.0) == 0.0
    assert state.acquire(0.0) == 10.0
    state.release()
    assert state.acquire(0.0) == 0.0


def test_force_counts_a_request_that_goes_anyway() -> None:
    """A request sent despite an exhausted window is still counted in flight."""
    state = RateLimitState()
    state.observe(said("0", "100"), now=0.0)
    assert state.acquire(0.0, force=True) == 0.0
    state.observe(said("0", "99"), now=1.0)  # the forced request's answer: none in flight
    assert state.acquire(100.0) == 0.0  # a new window; one request in flight
    state.observe(said("2", "1"), now=100.1)
    assert [state.acquire(100.2), state.acquire(100.2)] == [0.0, 0.0]
    assert state.acquire(100.2) == pytest.approx(0.9)


def test_a_cancelled_request_gives_its_slot_back() -> None:
    """A task cancelled mid-request does not stay counted in flight."""

    async def run() -> int:
        started = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            started.set()
            await asyncio.sleep(30)
            return httpx.Response(200, json=[])

        client = AsyncConnectClient(api_key="k", api_secret="s", transport=httpx.MockTransport(handler))
        async with client:
            task = asyncio.create_task(client.list_tasks("env", "lkc", "c"))
            await started.wait()
            assert client._transport._state._in_flight == 1
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return client._transport._state._in_flight

    assert asyncio.run(run()) == 0
