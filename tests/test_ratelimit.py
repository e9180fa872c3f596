"""The shared window: slots are counted down by sends, and an empty window holds."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from confluent_connect import AsyncConnectClient
from confluent_connect._ratelimit import RateLimitState


def said(remaining: str, reset: str, limit: str | None = None) -> httpx.Headers:
    headers = {"X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": reset}
    return httpx.Headers(headers if limit is None else headers | {"X-RateLimit-Limit": limit})


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
    """Remaining 2: the first goes, the last is paced to half way through what is left, the next waits for the end."""
    state = RateLimitState()
    state.observe(said("2", "10"), now=0.0)
    assert [state.acquire(1.0), state.acquire(1.0)] == [0.0, pytest.approx(4.5)]
    assert [state.acquire(5.5), state.acquire(6.0)] == [0.0, pytest.approx(4.0)]


def test_a_client_alone_sends_half_the_window_at_once_and_paces_the_rest() -> None:
    """Alone with news of the window (Limit 10, 10 s left): five go at once, the other five are spread over the rest."""
    state = RateLimitState()
    state.observe(said("10", "10", limit="10"), now=0.0)
    holds = [state.acquire(0.0) for _ in range(6)]
    assert holds[:5] == [0.0] * 5
    assert 1.0 < holds[5] < 2.0


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
    """Sixteen threads racing for a window of ten: exactly five (the half not paced) go at once."""
    state = RateLimitState()
    state.observe(said("10", "60", limit="10"), now=0.0)
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
    state.observe(said("2", "10"), now=0.0)
    for _ in range(2):  # both slots on their way (forced, so that nothing is paced)
        state.acquire(0.0, force=True)
    assert state.acquire(0.0) == 10.0
    state.release()
    assert state.acquire(0.0) == 0.0


def test_force_counts_a_request_that_goes_anyway() -> None:
    """A request sent whatever the window says is counted in flight: Remaining 1 then leaves nothing for the others."""
    state = RateLimitState()
    state.observe(said("1", "10"), now=0.0)
    assert state.acquire(0.0, force=True) == 0.0
    assert state.acquire(0.0) == 10.0


def test_what_other_consumers_spend_is_left_to_them() -> None:
    """Another consumer spent 50 of a window of 100: in the next, this client paces the other 50 (one every 0.2 s)."""
    state = RateLimitState()
    assert state.acquire(0.0) == 0.0
    state.observe(said("99", "10", limit="100"), now=0.1)
    assert state.acquire(5.0) == 0.0
    state.observe(said("48", "5", limit="100"), now=5.1)  # 2 of the 52 counted are this client's
    assert [state.acquire(10.1), state.acquire(10.1), state.acquire(10.3)] == [0.0, pytest.approx(0.2), 0.0]


def test_what_other_consumers_spend_in_this_window_shrinks_the_share_at_once() -> None:
    """Alone so far, then Remaining shows others spent 50 of 100: the 48 left are paced as 24, not as 48."""
    state = RateLimitState()
    assert state.acquire(0.0) == 0.0
    state.observe(said("99", "10", limit="100"), now=0.1)
    assert state.acquire(0.1) == 0.0
    state.observe(said("48", "10", limit="100"), now=0.2)  # 2 of the 52 counted are this client's
    assert [state.acquire(0.5), state.acquire(0.5)] == [0.0, pytest.approx(9.6 / 24)]


@pytest.mark.parametrize(
    "nonsense",
    [
        {"X-RateLimit-Limit": "0", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "0.5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "1e-300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "-1", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "nan", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "1e300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "50", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0.5", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Remaining": "1e300", "X-RateLimit-Reset": "9"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1e12"},
    ],
    ids=lambda said: ",".join(f"{name.rsplit('-', 1)[-1]} {value}" for name, value in said.items()),
)
def test_headers_that_make_no_sense_are_no_news(nonsense: dict[str, str]) -> None:
    """A limit under 1, huge counts, more remaining than the limit, a part of a request, a window over with nothing
    left or a reset past the hour: the state goes on as if the response had said nothing."""
    states = [RateLimitState(), RateLimitState()]
    for state, headers in zip(states, [httpx.Headers(nonsense), httpx.Headers()], strict=True):
        state.observe(said("4", "10", limit="10"), now=0.0)
        assert state.acquire(1.0) == 0.0
        state.observe(headers, now=1.1)
    times = [1.2, 1.2, 3.0, 9.0, 9.5, 10.0, 10.0, 30.0]
    assert [states[0].acquire(t) for t in times] == [states[1].acquire(t) for t in times]


def test_a_429_counted_in_a_window_already_over_holds_only_its_wait() -> None:
    """A 429 to a request sent before the current window began holds every caller for its wait, not to the end."""
    state = RateLimitState()
    state.observe(said("99", "10", limit="100"), now=0.0)
    assert state.acquire(10.5) == 0.0  # a new window, as assumed without news
    state.hold_all(0.3, now=10.6, sent=9.9)
    assert state.acquire(10.7) == pytest.approx(0.2)
    assert state.acquire(10.9) == 0.0
    state.hold_all(0.3, now=11.0, sent=10.9)  # counted in this window: it is used up
    assert state.acquire(11.5) == pytest.approx(8.5)


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
