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


def test_a_probe_unanswered_for_a_second_no_longer_holds_the_others() -> None:
    """The first request has had no answer for a whole second: the next one goes (a probe may be lost)."""
    state = RateLimitState()
    assert [state.acquire(0.0), state.acquire(0.5), state.acquire(1.0)] == [0.0, 0.02, 0.0]


def test_a_failed_request_gives_back_its_own_slot_only() -> None:
    """Two requests on their way with two slots; one fails: one slot is free again, the other stays taken."""
    state = RateLimitState()
    state.observe(said("2", "10"), now=0.0)
    for _ in range(2):
        state.acquire(0.0, force=True)
    state.release()
    assert [state.acquire(0.0), state.acquire(0.0)] == [0.0, 10.0]


@pytest.mark.parametrize(
    "edge",
    [
        {"X-RateLimit-Limit": "1", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "10"},
        {"X-RateLimit-Limit": "1000000", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "10"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "3600"},
    ],
    ids=["limit 1", "limit a million", "reset an hour"],
)
def test_headers_at_the_edges_of_sense_are_news(edge: dict[str, str]) -> None:
    """A limit of 1 or of a million, a reset of a whole hour: a window used up, and the next request holds to its end
    (one more request, or a second more, and they would be no news: see the test above)."""
    state = RateLimitState()
    state.observe(httpx.Headers(edge), now=0.0)
    assert state.acquire(1.0) == float(edge["X-RateLimit-Reset"]) - 1.0


@pytest.mark.parametrize(
    "nonsense",
    [
        {"X-RateLimit-Limit": "1000001", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "10"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "3600.5"},
    ],
    ids=["limit over a million", "reset over an hour"],
)
def test_headers_just_past_the_edges_of_sense_are_no_news(nonsense: dict[str, str]) -> None:
    """A limit of a million and one, a reset of an hour and a half second: the next request goes."""
    state = RateLimitState()
    state.observe(httpx.Headers(nonsense), now=0.0)
    assert state.acquire(1.0) == 0.0


def test_a_client_idle_for_windows_places_the_window_on_the_servers_grid() -> None:
    """Told a window of 10 s (limit 1) ending at 10, then idle until 35: the window holding 35 is 30-40, so the one
    slot goes and the next request holds to 40."""
    state = RateLimitState()
    state.observe(said("0", "10", limit="1"), now=0.0)
    assert [state.acquire(35.0), state.acquire(35.0)] == [0.0, 5.0]


def test_what_other_consumers_spent_is_halved_in_whole_requests_each_window_they_spend_nothing() -> None:
    """Others spent 5 of 10 in the first window and nothing in the second: in the third they are left 2 (half of 5,
    in whole requests), so this client paces 8 over its 10 s, one every 1.25 s."""
    state = RateLimitState()
    assert state.acquire(0.0) == 0.0
    state.observe(said("4", "10", limit="10"), now=0.1, sent=0.0)  # 6 counted, 1 of them this client's
    assert state.acquire(10.0) == 0.0  # the second window: others left their 5
    state.observe(said("9", "10", limit="10"), now=10.0, sent=10.0)  # others spent nothing
    assert [state.acquire(20.0), state.acquire(20.0)] == [0.0, 1.25]


def test_the_one_request_a_window_at_least_is_for_a_client_that_has_sent_nothing_in_it() -> None:
    """A request still on its way from the last window, one answered in this one: the server says 2 remain and others
    spent 6 of 10, so this client's share of the one free slot is under one request and it holds to the end."""
    state = RateLimitState()
    state.observe(said("10", "10", limit="10"), now=0.0)
    assert state.acquire(9.0) == 0.0  # still on its way when the window ends
    assert state.acquire(10.0) == 0.0  # in the next window
    state.observe(said("2", "9", limit="10"), now=10.5, sent=10.0)
    assert state.acquire(12.0) == 7.5


def test_a_429_to_a_request_sent_as_the_window_opened_uses_the_window_up() -> None:
    """Sent at the very start of the current window (10.0), refused: the window is used up, not only waited out."""
    state = RateLimitState()
    state.observe(said("99", "10", limit="100"), now=0.0)
    assert state.acquire(10.5) == 0.0  # a new window from 10.0, as assumed without news
    state.hold_all(0.3, now=10.6, sent=10.0)
    assert state.acquire(11.5) == pytest.approx(8.5)


def test_a_window_begun_after_a_429_ignores_a_late_answer_from_before_it() -> None:
    """Remaining 5, then a 429 (the window used up), then 9 remain: the server's window has reset. An answer to a
    request sent before the 429 arrives late saying 2: it is of the window over and lowers nothing."""
    state = RateLimitState()
    state.observe(said("5", "10", limit="10"), now=0.0)
    state.hold_all(2.0, now=1.0, sent=0.5)
    state.observe(said("9", "10", limit="10"), now=3.5, sent=3.0)
    state.observe(said("2", "8", limit="10"), now=3.6, sent=0.8)
    assert [state.acquire(4.0) for _ in range(3)] == [0.0, pytest.approx(9.5 / 5.4), pytest.approx(9.5 / 5.4)]


@pytest.mark.parametrize(
    ("sent", "answered", "remaining", "hold"),
    [
        # Sent at that instant, answered 3: not proof of a new window (it may have been counted first), so 1 stays
        # the count, and with others' spend (7 of 10) this client holds to the end (11.0).
        (1.0, 1.2, "3", 9.7),
        # Sent at 2.0, answered 1 again: it was counted, so the server's window has reset, and the new one ends 10 s
        # from that answer (12.1), not with the old (11.0).
        (2.0, 2.1, "1", 9.9),
    ],
    ids=["sent-as-the-lowest-count-arrived", "same-count-from-a-request-sent-later"],
)
def test_only_a_count_not_lower_from_a_request_sent_after_the_lowest_is_a_new_window(
    sent: float, answered: float, remaining: str, hold: float
) -> None:
    """Remaining 1 heard at 1.0; a request sent at `sent` is answered at `answered` with `remaining`."""
    state = RateLimitState()
    state.observe(said("1", "10", limit="10"), now=1.0, sent=0.9)
    state.acquire(sent, force=True)
    state.observe(said(remaining, "10", limit="10"), now=answered, sent=sent)
    assert state.acquire(answered + 0.1) == pytest.approx(hold)


def test_overtaken_answers_with_the_lowest_count_leave_its_time_alone() -> None:
    """Remaining 0 heard at 1.0, then again at 2.0 from a request sent before 1.0 (overtaken): the lowest count still
    came at 1.0, so an answer at 3.0 to a request sent at 1.5 that says 0 again is a new window, ending at 13."""
    state = RateLimitState()
    state.observe(said("0", "10", limit="10"), now=1.0, sent=0.5)
    state.observe(said("0", "10", limit="10"), now=2.0, sent=0.8)
    state.observe(said("0", "10", limit="10"), now=3.0, sent=1.5)
    assert state.acquire(3.1) == pytest.approx(9.9)


def test_a_429_is_not_counted_as_this_clients_spend() -> None:
    """The server counts no refused request: after this client's one request (9 left of 10), a 429 saying 0 left
    shows the other consumers spent 9. In the next window they are left those 9, and this client's one slot goes
    first, the next request holding to the window's end."""
    state = RateLimitState()
    assert state.acquire(0.0) == 0.0
    state.observe(said("9", "10", limit="10"), now=0.1, sent=0.0)
    assert state.acquire(0.2) == 0.0
    refused = said("0", "9.8", limit="10").copy()
    refused["Retry-After"] = "9.8"
    state.observe(refused, now=0.2, sent=0.2)
    state.hold_all(9.8, now=0.2, sent=0.2)
    assert [state.acquire(10.0), state.acquire(10.0)] == [0.0, 10.0]


def test_an_answer_sent_before_the_lowest_count_came_is_no_news_of_a_reset() -> None:
    """5 left heard at 1.0, then 0 at 2.0 (the lowest count, now): an answer at 3.0 saying 0 again to a request sent at
    1.8, before that count came, was counted in the same window. The window still ends at 11, not 3.0 + its reset."""
    state = RateLimitState()
    state.observe(said("5", "10", limit="10"), now=1.0, sent=0.5)
    state.observe(said("0", "9", limit="10"), now=2.0, sent=1.5)
    state.observe(said("0", "9", limit="10"), now=3.0, sent=1.8)
    assert state.acquire(3.5) == pytest.approx(7.5)
