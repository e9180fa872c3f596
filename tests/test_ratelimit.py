"""The shared window: slots are counted down by sends, and an empty window holds."""

from __future__ import annotations

import threading

import httpx

from confluent_connect._ratelimit import RateLimitState


def said(remaining: str, reset: str) -> httpx.Headers:
    return httpx.Headers({"X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": reset})


def test_nothing_known_sends_freely() -> None:
    """Before any response, no request waits."""
    assert RateLimitState().delay(0.0) == 0.0


def test_sends_count_down_the_remaining_slots() -> None:
    """Remaining 2: two sends go, the third waits for the window's end."""
    state = RateLimitState()
    state.observe(said("2", "10"), now=0.0)
    assert [state.delay(1.0), state.delay(1.0), state.delay(1.0)] == [0.0, 0.0, 9.0]


def test_a_late_response_cannot_raise_the_count() -> None:
    """Responses overtake each other: the lowest Remaining in a window wins."""
    state = RateLimitState()
    state.observe(said("1", "10"), now=0.0)
    state.observe(said("5", "10"), now=0.1)
    assert [state.delay(0.2), state.delay(0.2)] == [0.0, 9.8]


def test_a_new_window_resets_the_count() -> None:
    """Once the window is over, requests go again, and the next response sets the count."""
    state = RateLimitState()
    state.observe(said("0", "2"), now=0.0)
    assert state.delay(1.0) == 1.0
    assert state.delay(2.0) == 0.0
    state.observe(said("3", "1"), now=2.1)
    assert state.delay(2.2) == 0.0


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
    assert state.delay(0.5) == 0.0


def test_threads_never_take_more_slots_than_there_are() -> None:
    """Sixteen threads racing for five slots: exactly five go at once."""
    state = RateLimitState()
    state.observe(said("5", "60"), now=0.0)
    delays: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(10):
            delay = state.delay(1.0)
            with lock:
                delays.append(delay)

    threads = [threading.Thread(target=take) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert delays.count(0.0) == 5
    assert len(delays) == 160
