"""Retries: what is waited for each header form, what is retried, and when it stops.

The decisions are plain functions; the flows run on a fake clock, so nothing here sleeps.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import random
import re
import threading
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from fractions import Fraction
from typing import Any

import httpx
import pytest
from conftest import API_KEY, API_SECRET, Connect

from confluent_connect import RateLimitError, RetryPolicy, ServerError, TransportError
from confluent_connect._ratelimit import RateLimitState, parse_retry_after, wait_requested
from confluent_connect._retry import RETRY_RECORD, RetryRecord, backoff, decide, retry_record
from confluent_connect._transport import RetryTransport

NOW = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
POLICY = RetryPolicy(max_retries=3, backoff_initial=1.0, backoff_max=8.0, max_wait=60.0, jitter=False)


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers={k.replace("_", "-"): v for k, v in headers.items()})


# --- the wait each header form asks for -------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "5"}, 5.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "Mon, 23 Nov 2026 12:00:07 GMT"}, 7.0),
        ({"Retry-After": "Mon, 23 Nov 2026 11:59:00 GMT"}, 0.0),
        ({"X-RateLimit-Reset": "9"}, 9.0),
        ({"Retry-After": "3", "X-RateLimit-Reset": "9"}, 3.0),
        ({}, None),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "-5"}, None),
        ({"Retry-After": "-5", "X-RateLimit-Reset": "4"}, 4.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "soon", "X-RateLimit-Reset": "2"}, 2.0),
        ({"X-RateLimit-Reset": "garbage"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "3600"}, 3600.0),
        ({"X-RateLimit-Reset": "1763899200"}, 1763899200.0),
    ],
)
def test_wait_requested_by_each_header_form(headers: dict[str, str], expected: float | None) -> None:
    """Retry-After (seconds or HTTP-date) first, then X-RateLimit-Reset as relative seconds."""
    assert wait_requested(httpx.Headers(headers), NOW) == expected


@pytest.mark.parametrize(
    ("headers", "retry", "wait"),
    [
        ({"Retry-After": "5"}, True, 5.0),
        ({"Retry-After": "Mon, 23 Nov 2026 12:00:07 GMT"}, True, 7.0),
        ({"X-RateLimit-Reset": "9"}, True, 9.0),
        ({"Retry-After": "3", "X-RateLimit-Reset": "9"}, True, 3.0),
        ({}, True, 1.0),  # neither: backoff
        ({"Retry-After": "0"}, True, 0.0),
        ({"Retry-After": "-5"}, True, 1.0),  # negative: ignored, backoff
        ({"Retry-After": "soon"}, True, 1.0),  # garbage: ignored, backoff
        ({"Retry-After": "3600"}, False, 0.0),  # huge: RateLimitError at once
        ({"X-RateLimit-Reset": "1763899200"}, False, 0.0),  # an epoch is read as relative: huge
    ],
)
def test_429_decision_for_each_header_form(headers: dict[str, str], retry: bool, wait: float) -> None:
    """A 429 is retried after the wait its headers ask for; a wait over max_wait is refused."""
    decision = decide(
        POLICY, method="GET", attempts=1, waited=0.0, random=lambda: 0.5,
        response=httpx.Response(429, headers=headers), now=NOW,
    )  # fmt: skip
    assert decision == (wait if retry else None)


@pytest.mark.parametrize(
    ("method", "outcome", "retry"),
    [
        ("GET", response(500), True),
        ("GET", response(502), True),
        ("GET", response(503), True),
        ("GET", response(504), True),
        ("PUT", response(503), True),
        ("DELETE", response(503), True),
        ("POST", response(500), False),
        ("POST", response(503), False),
        ("PATCH", response(502), False),
        ("POST", response(429), True),
        ("GET", response(501), False),
        ("GET", response(400), False),
        ("GET", response(404), False),
        ("GET", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow"), True),
        ("POST", httpx.PoolTimeout("busy"), True),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.RemoteProtocolError("cut"), False),
        ("GET", httpx.RemoteProtocolError("cut"), True),
        ("GET", ValueError("a bug"), False),
    ],
)
def test_what_is_retried(method: str, outcome: httpx.Response | Exception, retry: bool) -> None:
    """429 always; 5xx and broken reads for idempotent methods only; never-sent failures always."""
    kwargs: dict[str, Any] = {"error": outcome} if isinstance(outcome, Exception) else {"response": outcome}
    decision = decide(POLICY, method=method, attempts=1, waited=0.0, random=lambda: 0.5, now=NOW, **kwargs)
    assert (decision is not None) is retry


def test_503_retry_after_is_honoured() -> None:
    """A 503 with Retry-After waits what it says instead of backing off."""
    decision = decide(
        POLICY, method="GET", attempts=1, waited=0.0, random=lambda: 0.5,
        response=response(503, retry_after="4"), now=NOW,
    )  # fmt: skip
    assert decision == 4.0


def test_retries_and_budget_run_out() -> None:
    """No retry after max_retries, nor when the wait would pass the time budget."""
    common: dict[str, Any] = {
        "method": "GET",
        "random": lambda: 0.5,
        "response": response(500),
        "now": NOW,
    }
    assert decide(POLICY, attempts=3, waited=0.0, **common) is not None
    assert decide(POLICY, attempts=4, waited=0.0, **common) is None
    tight = RetryPolicy(budget=5.0, backoff_initial=2.0, jitter=False)
    assert decide(tight, attempts=1, waited=3.0, **common) is not None
    assert decide(tight, attempts=2, waited=3.0, **common) is None


@pytest.mark.parametrize(
    ("retry_number", "draw", "jitter", "expected"),
    [
        (1, 0.5, False, 1.0),
        (2, 0.5, False, 2.0),
        (3, 0.5, False, 4.0),
        (4, 0.5, False, 8.0),
        (9, 0.5, False, 8.0),  # capped
        (3, 0.5, True, 2.0),  # full jitter: a uniform draw below the cap
        (3, 0.0, True, 0.0),
        (9, 0.99, True, 7.92),
    ],
)
def test_backoff_is_capped_exponential_with_full_jitter(
    retry_number: int, draw: float, jitter: bool, expected: float
) -> None:
    """1, 2, 4, 8, 8...; with jitter, draw x cap."""
    policy = RetryPolicy(backoff_initial=1.0, backoff_max=8.0, jitter=jitter)
    assert backoff(policy, retry_number, lambda: draw) == pytest.approx(expected)


def test_http_date_without_zone_is_read_as_utc() -> None:
    """A malformed-but-readable date is still a date."""
    assert parse_retry_after("Mon, 23 Nov 2026 12:00:30", NOW) == 30.0


@pytest.mark.parametrize(
    "options",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"backoff_initial": -1.0},
        {"max_wait": float("inf")},
        {"budget": float("nan")},
        {"backoff_max": "30"},
        {"backoff_initial": None},
        {"max_wait": True},
        {"max_retries": False},
        {"max_retries": 10**400},
        {"budget": 10**400},
    ],
)
def test_policy_refuses_nonsense(options: dict[str, Any]) -> None:
    """A negative, infinite or non-number setting is a ValueError naming it, at construction."""
    [(name, value)] = options.items()
    with pytest.raises(ValueError, match=f"^{name} must be a .* number >= 0, not {re.escape(repr(value))}$"):
        RetryPolicy(**options)


def test_policy_takes_any_real_number_and_is_a_frozen_value() -> None:
    """A Fraction is a number of seconds; policies compare, hash and are weakly referenced as values; none changes."""
    policy = RetryPolicy(budget=Fraction(1, 2), max_retries=3)
    assert (policy.budget, policy) == (0.5, RetryPolicy(budget=0.5, max_retries=3))
    assert hash(policy) == hash(RetryPolicy(budget=0.5, max_retries=3))
    assert weakref.ref(policy)() is policy
    with pytest.raises(AttributeError):
        policy.max_retries = 0  # type: ignore[misc]


# --- the flow, on a fake clock ----------------------------------------------------------


class FakeClock:
    """Time that passes only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Script = list[httpx.Response | Exception]


def run_flow(
    mode: str,
    script: Script,
    method: str = "GET",
    policy: RetryPolicy = POLICY,
    state: RateLimitState | None = None,
    clock: FakeClock | None = None,
    random: Callable[[], float] = lambda: 0.5,
) -> tuple[httpx.Response | Exception, list[str], FakeClock]:
    """Send one request through the sync or async retry transport over a scripted server: the response, or the
    transport error the flow raised as its final word. Any other exception is a crash and propagates, failing the
    test that called it."""
    clock = clock or FakeClock()
    state = state or RateLimitState()
    answers = iter(script)
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    inner = httpx.MockTransport(handler)
    request = httpx.Request(method, "https://api.test/x")
    try:
        if mode == "sync":
            transport = RetryTransport(inner, policy, state, sleep=clock.sleep, clock=clock.clock, random=random)
            result: httpx.Response | Exception = transport.handle_request(request)
        else:
            atransport = RetryTransport(inner, policy, state, sleep=clock.async_sleep, clock=clock.clock, random=random)
            result = asyncio.run(atransport.handle_async_request(request))
    except httpx.TransportError as error:
        result = error
    return result, sent, clock


def ok(result: httpx.Response | Exception) -> None:
    """The flow handed back the scripted 200 (not an error, nor another status)."""
    assert isinstance(result, httpx.Response), result
    assert result.status_code == 200


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_429_then_success_waits_what_the_server_asked(mode: str) -> None:
    """Retry-After 2, then 200: one wait of 2 s, and the 200 comes back."""
    result, sent, clock = run_flow(mode, [response(429, retry_after="2"), response(200)])
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200
    assert clock.sleeps == [2.0]
    assert len(sent) == 2


def test_429_until_retries_run_out_returns_the_last_with_a_record(mode: str) -> None:
    """After max_retries the 429 goes back, recording attempts and seconds waited."""
    result, _sent, clock = run_flow(mode, [response(429, retry_after="1")] * 4)
    assert isinstance(result, httpx.Response)
    assert result.status_code == 429
    assert result.extensions[RETRY_RECORD] == RetryRecord(attempts=4, waited=3.0)
    assert clock.sleeps == [1.0, 1.0, 1.0]


def test_huge_retry_after_is_not_slept_through(mode: str) -> None:
    """Retry-After: 3600 returns at once, without sleeping."""
    result, _sent, clock = run_flow(mode, [response(429, retry_after="3600")])
    assert isinstance(result, httpx.Response)
    assert RETRY_RECORD not in result.extensions  # one attempt, no wait: nothing to record
    assert clock.sleeps == []


def test_post_is_not_replayed_after_a_5xx_but_get_is(mode: str) -> None:
    """POST 503: returned as is after one request; GET 503: retried."""
    post, post_sent, _ = run_flow(mode, [response(503), response(200)], method="POST")
    get, get_sent, _ = run_flow(mode, [response(503), response(200)], method="GET")
    assert isinstance(post, httpx.Response)
    assert post.status_code == 503
    assert post_sent == ["POST"]
    assert isinstance(get, httpx.Response)
    assert get.status_code == 200
    assert get_sent == ["GET", "GET"]


def test_post_is_not_replayed_after_a_read_timeout(mode: str) -> None:
    """A POST that may have reached the server raises; a refused connection is retried."""
    timeout, sent, _ = run_flow(mode, [httpx.ReadTimeout("slow"), response(200)], method="POST")
    assert isinstance(timeout, httpx.ReadTimeout)
    assert sent == ["POST"]
    refused, sent, _ = run_flow(mode, [httpx.ConnectError("refused"), response(200)], method="POST")
    assert isinstance(refused, httpx.Response)
    assert refused.status_code == 200
    assert sent == ["POST", "POST"]


def test_connection_errors_exhausted_raise_with_a_note(mode: str) -> None:
    """The last transport error is raised, noting how many attempts were made."""
    result, sent, clock = run_flow(mode, [httpx.ConnectError("refused")] * 4)
    assert isinstance(result, httpx.ConnectError)
    assert len(sent) == 4
    assert clock.sleeps == [1.0, 2.0, 4.0]
    assert "gave up after 4 attempts" in result.__notes__[0]


def test_exhausted_window_holds_the_next_request(mode: str) -> None:
    """X-RateLimit-Remaining: 0 with Reset: 3 makes the next request wait 3 s, not hit a 429."""
    state, clock = RateLimitState(), FakeClock()
    first, _, _ = run_flow(
        mode,
        [response(200, x_ratelimit_remaining="0", x_ratelimit_reset="3")],
        state=state,
        clock=clock,
    )
    ok(first)
    assert clock.sleeps == []
    second, _, _ = run_flow(mode, [response(200)], state=state, clock=clock)
    ok(second)
    assert clock.sleeps == [3.0]


def test_holding_can_be_turned_off(mode: str) -> None:
    """hold_on_exhausted=False sends at once whatever the window says."""
    state, clock = RateLimitState(), FakeClock()
    policy = RetryPolicy(hold_on_exhausted=False)
    first, _, _ = run_flow(
        mode,
        [response(200, x_ratelimit_remaining="0", x_ratelimit_reset="3")],
        policy=policy,
        state=state,
        clock=clock,
    )
    second, sent, _ = run_flow(mode, [response(200)], policy=policy, state=state, clock=clock)
    ok(first)
    ok(second)
    assert sent == ["GET"]
    assert clock.sleeps == []


def test_after_a_429_another_caller_waits_its_retry_after_too(mode: str) -> None:
    """After a bare 429 with Retry-After 5, a second caller coming along while the first waits waits the 5 s too."""
    clock, state = FakeClock(), RateLimitState()
    waits: dict[str, list[float]] = {"first": [], "second": []}
    answers = {"/first": iter([response(429, retry_after="5"), response(200)]), "/second": iter([response(200)])}
    sent: list[tuple[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.path, clock.now))
        return next(answers[request.url.path])

    inner = httpx.MockTransport(handler)

    def call(who: str) -> httpx.Request:
        return httpx.Request("GET", f"https://api.test/{who}")

    def wait(who: str, seconds: float) -> bool:
        """Record a wait; True when the second caller is to come along now (the first caller's first wait)."""
        waits[who].append(seconds)
        return who == "first" and len(waits["first"]) == 1

    if mode == "sync":

        def sleep(seconds: float) -> None:
            start, who = clock.now, threading.current_thread().name
            if wait(who, seconds):
                second = threading.Thread(target=transport.handle_request, args=(call("second"),), name="second")
                second.start()
                second.join()
            clock.now = max(clock.now, start + seconds)

        transport = RetryTransport(inner, POLICY, state, sleep=sleep, clock=clock.clock, random=lambda: 0.5)
        first = threading.Thread(target=transport.handle_request, args=(call("first"),), name="first")
        first.start()
        first.join()
    else:

        async def async_sleep(seconds: float) -> None:
            start, task = clock.now, asyncio.current_task()
            assert task is not None
            if wait(task.get_name(), seconds):
                await asyncio.create_task(transport.handle_async_request(call("second")), name="second")
            clock.now = max(clock.now, start + seconds)

        async def run() -> None:
            await asyncio.create_task(transport.handle_async_request(call("first")), name="first")

        transport = RetryTransport(inner, POLICY, state, sleep=async_sleep, clock=clock.clock, random=lambda: 0.5)
        asyncio.run(run())
    assert waits == {"first": [5.0], "second": [5.0]}
    assert sent == [("/first", 1000.0), ("/second", 1005.0), ("/first", 1005.0)]


@pytest.mark.parametrize("seed", range(3))
def test_a_wait_the_server_asks_for_gets_jitter(mode: str, seed: int) -> None:
    """A 429 asking for 2 s is waited 2 s plus jitter of up to a tenth of it: 2 + 0.2 x the seeded source's draw."""
    script: Script = [response(429, retry_after="2"), response(200)]
    result, _sent, clock = run_flow(mode, script, policy=RetryPolicy(), random=random.Random(seed).random)
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200
    assert clock.sleeps == [pytest.approx(2 + 0.2 * random.Random(seed).random())]


def test_the_jitter_on_a_wait_is_up_to_one_slot_of_the_window_when_that_is_more(mode: str) -> None:
    """Told 4 requests a 1 s window, a 429 asking for 1 s waits 1 s plus up to 0.25 s (a slot), not up to 0.1 s."""
    state, clock = RateLimitState(), FakeClock()
    learnt: Script = [response(200, x_ratelimit_limit="4", x_ratelimit_remaining="3", x_ratelimit_reset="1")]
    ok(run_flow(mode, learnt, state=state, clock=clock)[0])
    script: Script = [response(429, retry_after="1"), response(200)]
    result, _sent, clock = run_flow(mode, script, policy=RetryPolicy(), state=state, clock=clock, random=lambda: 0.5)
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200
    assert clock.sleeps == [pytest.approx(1 + 0.5 * 0.25)]


def test_each_retry_is_logged_without_credentials(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    """A WARNING on the confluent_connect logger: status, attempt, wait, request id."""
    caplog.set_level(logging.WARNING, logger="confluent_connect")
    result, sent, clock = run_flow(mode, [response(429, retry_after="2", x_request_id="req-9"), response(200)])
    ok(result)
    assert (sent, clock.sleeps) == (["GET", "GET"], [2.0])
    [record] = caplog.records
    assert record.name == "confluent_connect"
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "retrying GET /x after 429: attempt 2 of 4 in 2.00 s (request id req-9)"


def test_a_retried_transport_error_is_logged_by_its_type(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    """A connection refused, then 200: the WARNING names the error's type, and says there is no request id."""
    caplog.set_level(logging.WARNING, logger="confluent_connect")
    result, _sent, clock = run_flow(mode, [httpx.ConnectError("refused"), response(200)])
    ok(result)
    assert clock.sleeps == [1.0]
    assert [record.getMessage() for record in caplog.records] == [
        "retrying GET /x after ConnectError: attempt 2 of 4 in 1.00 s (request id none)"
    ]


def test_a_503_waits_its_retry_after_but_not_the_ratelimit_reset(mode: str) -> None:
    """Only a 429 reads X-RateLimit-Reset as the wait asked for: a 503 carrying it alone backs off (1 s)."""
    result, _sent, clock = run_flow(mode, [response(503, x_ratelimit_reset="9"), response(200)])
    ok(result)
    assert clock.sleeps == [1.0]


@pytest.mark.parametrize(("retry_after", "sleeps"), [("60", [60.0]), ("60.5", [])])
def test_a_wait_of_exactly_max_wait_is_waited(mode: str, retry_after: str, sleeps: list[float]) -> None:
    """max_wait 60: a 429 asking for 60 s is waited for and retried; one asking for a moment more comes back."""
    result, sent, clock = run_flow(mode, [response(429, retry_after=retry_after), response(200)])
    assert isinstance(result, httpx.Response)
    assert (result.status_code, len(sent), clock.sleeps) == (200 if sleeps else 429, 1 + len(sleeps), sleeps)


def test_backoff_with_jitter_is_a_draw_of_the_random_source(mode: str) -> None:
    """A 503 with no wait asked for: the first backoff, 1 s, times the draw (full jitter)."""
    policy = RetryPolicy(backoff_initial=1.0, jitter=True)
    result, _sent, clock = run_flow(mode, [response(503), response(200)], policy=policy, random=lambda: 0.25)
    ok(result)
    assert clock.sleeps == [0.25]


# --- holds: the shared window used up ---------------------------------------------------


def used_up(clock: FakeClock, reset: str = "10", limit: str = "1") -> RateLimitState:
    """A state told by an answer that the window has nothing left for `reset` more seconds."""
    state = RateLimitState()
    state.observe(httpx.Headers({"x-ratelimit-limit": limit, "x-ratelimit-remaining": "0",
                                 "x-ratelimit-reset": reset}), clock.now)  # fmt: skip
    return state


@pytest.mark.parametrize(("max_wait", "sleeps"), [(10.0, [10.0]), (9.0, [])])
def test_a_hold_longer_than_max_wait_is_not_waited_for(mode: str, max_wait: float, sleeps: list[float]) -> None:
    """The window is used up for 10 s: with max_wait 10 the request waits for it; with 9 it goes at once (the server
    decides), and no wait is recorded."""
    clock = FakeClock()
    policy = RetryPolicy(max_wait=max_wait, jitter=False)
    result, sent, _ = run_flow(mode, [response(200)], policy=policy, state=used_up(clock), clock=clock)
    ok(result)
    assert (sent, clock.sleeps) == (["GET"], sleeps)
    assert retry_record(result) == RetryRecord(1, sum(sleeps))


@pytest.mark.parametrize(("budget", "sleeps"), [(10.0, [10.0]), (9.0, [])])
def test_a_hold_past_the_budget_is_not_waited_for(mode: str, budget: float, sleeps: list[float]) -> None:
    """The window is used up for 10 s: a budget of 10 s waits for it; of 9 s, the request goes at once."""
    clock = FakeClock()
    policy = RetryPolicy(budget=budget, jitter=False)
    result, sent, _ = run_flow(mode, [response(200)], policy=policy, state=used_up(clock), clock=clock)
    ok(result)
    assert (sent, clock.sleeps) == (["GET"], sleeps)


def test_holds_add_up_against_the_budget_and_in_the_record(mode: str) -> None:
    """Before any answer another request is on its way, and this one holds 0.02 s at a time (for up to a second):
    the holds together stop at the budget of 0.1 s, and the record counts them all as waited."""
    clock, state = FakeClock(), RateLimitState()
    assert state.acquire(clock.now) == 0.0  # the first request, on its way and not yet answered
    policy = RetryPolicy(budget=0.1, jitter=False)
    result, sent, _ = run_flow(mode, [response(200)], policy=policy, state=state, clock=clock)
    ok(result)
    assert sent == ["GET"]
    assert set(clock.sleeps) == {0.02}
    assert 0.08 <= sum(clock.sleeps) <= 0.1 + 1e-9
    assert retry_record(result) == RetryRecord(1, pytest.approx(sum(clock.sleeps)))


def test_a_hold_waited_counts_in_the_record(mode: str) -> None:
    """Held 10 s by a used-up window, then answered 200 at once: one attempt, 10 s waited."""
    clock = FakeClock()
    result, _sent, _ = run_flow(mode, [response(200)], state=used_up(clock), clock=clock)
    ok(result)
    assert clock.sleeps == [10.0]
    assert retry_record(result) == RetryRecord(1, 10.0)


def test_an_answer_from_a_window_already_over_does_not_use_up_the_next(mode: str) -> None:
    """Told 1 of 2 left until 1010, a request sent at 1009.5 is answered at 1010.5, after that window ended, with 0
    left: that was the old window's count. The next request, at 1010.5, goes at once in the new one."""
    clock = FakeClock()
    answers = iter([("1", "10", 0.0), ("0", "1", 1.0)])

    def handler(request: httpx.Request) -> httpx.Response:
        remaining, reset, took = next(answers)
        clock.now += took
        return response(200, x_ratelimit_limit="2", x_ratelimit_remaining=remaining, x_ratelimit_reset=reset)

    state = RateLimitState()
    ok(run_with(mode, handler, state, clock))  # at 1000: 1 left, until 1010
    clock.now = 1009.5
    ok(run_with(mode, handler, state, clock))  # sent at 1009.5, answered at 1010.5
    ok(run_with(mode, lambda request: response(200), state, clock))
    assert clock.sleeps == []


def test_a_window_ends_its_reset_after_the_answer_came_not_the_request(mode: str) -> None:
    """A request sent at 1000 is answered 2 s later: 0 of 1 left, the window resets in 10 s, so at 1012. The next
    request holds until then: 10 s."""
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        clock.now += 2.0
        return response(200, x_ratelimit_limit="1", x_ratelimit_remaining="0", x_ratelimit_reset="10")

    state = RateLimitState()
    ok(run_with(mode, handler, state, clock))
    ok(run_with(mode, lambda request: response(200), state, clock))
    assert clock.sleeps == [10.0]


def run_with(
    mode: str, handler: Callable[[httpx.Request], httpx.Response], state: RateLimitState, clock: FakeClock
) -> httpx.Response:
    """One GET through a retry transport on `handler`, sharing `state` and `clock` with other calls."""
    sleep = clock.sleep if mode == "sync" else clock.async_sleep
    transport = RetryTransport(httpx.MockTransport(handler), POLICY, state, sleep=sleep, clock=clock.clock)
    request = httpx.Request("GET", "https://api.test/x")
    return transport.handle_request(request) if mode == "sync" else asyncio.run(transport.handle_async_request(request))


def test_a_request_sent_past_a_hold_is_counted_on_its_way(mode: str) -> None:
    """A hold too long to wait for: the request goes, counted as on its way. The window (limit 1) then ends while it
    is still out: a caller asking meanwhile is held to the end of the next window, its one slot taken."""
    clock = FakeClock()
    state = used_up(clock)
    asked: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        clock.now += 10.5  # past the used-up window's end, into the next
        asked.append(state.acquire(clock.now))
        return response(200)

    request, policy = httpx.Request("GET", "https://api.test/x"), RetryPolicy(max_wait=5.0, jitter=False)
    transport = RetryTransport(httpx.MockTransport(handler), policy, state, sleep=clock.sleep, clock=clock.clock)
    if mode == "sync":
        ok(transport.handle_request(request))
    else:
        ok(asyncio.run(transport.handle_async_request(request)))
    assert asked == [9.5]
    assert clock.sleeps == []


# --- through the clients ----------------------------------------------------------------


def scripted(
    statuses: list[tuple[int, dict[str, str]]],
) -> Callable[[httpx.Request], httpx.Response]:
    answers = iter(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        status, headers = next(answers)
        return httpx.Response(
            status,
            json=[] if status == 200 else {"error": {"code": status, "message": "m"}},
            headers=headers,
        )

    return handler


def test_rate_limit_error_says_attempts_wait_and_request_id(connect: Connect) -> None:
    """When 429s outlast the retries, RateLimitError carries what happened."""
    handler = scripted([(429, {"Retry-After": "0", "X-Request-Id": f"r-{n}"}) for n in range(3)])
    with pytest.raises(RateLimitError) as caught:
        connect.list_tasks(handler, max_retries=2)
    error = caught.value
    assert (error.attempts, error.waited, error.retry_after, error.request_id) == (
        3,
        0.0,
        0.0,
        "r-2",
    )
    assert str(error) == (
        "429 Too Many Requests: m [gave up after 3 attempts, 0.0 s waited; asked to wait 0 s] (request id r-2)"
    )


def test_huge_retry_after_raises_rate_limit_error_at_once(connect: Connect) -> None:
    """Retry-After: 3600 is not slept through: RateLimitError with retry_after 3600."""
    handler = scripted([(429, {"Retry-After": "3600"})])
    with pytest.raises(RateLimitError) as caught:
        connect.list_tasks(handler)
    assert caught.value.retry_after == 3600
    assert caught.value.attempts == 1


def test_5xx_burst_recovers(connect: Connect) -> None:
    """Two 503s then a 200: the caller sees the tasks."""
    handler = scripted([(503, {}), (502, {}), (200, {})])
    assert connect.list_tasks(handler) == []


def test_a_5xx_retried_once_without_waiting_still_says_two_attempts(connect: Connect) -> None:
    """Two 500s, no wait between them (the test policy backs off 0 s): the error counts both attempts."""
    with pytest.raises(ServerError) as caught:
        connect.list_tasks(scripted([(500, {})] * 2), max_retries=1)
    assert (caught.value.attempts, caught.value.waited) == (2, 0.0)
    assert "[gave up after 2 attempts, 0.0 s waited]" in str(caught.value)


def test_5xx_that_persists_is_a_server_error_with_attempts(connect: Connect) -> None:
    """ServerError notes the attempts made."""
    handler = scripted([(500, {})] * 3)
    with pytest.raises(ServerError, match="gave up after 3 attempts"):
        connect.list_tasks(handler, max_retries=2)


def test_transport_error_message_has_no_credentials(connect: Connect) -> None:
    """The wrapped error names method and path, never the key."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(TransportError) as caught:
        connect.list_tasks(handler, max_retries=0)
    assert "GET https://api.confluent.cloud/connect/v1/environments/" in str(caught.value)
    assert API_SECRET not in str(caught.value)


def test_httpx_error_text_quoting_the_credentials_is_masked(connect: Connect) -> None:
    """httpx's own message can quote what was sent (a header, a proxy's echo): the secret and the encoded
    Authorization value are masked in the TransportError, and the cause stays readable."""
    encoded = base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {API_SECRET} (header Basic {encoded})", request=request)

    with pytest.raises(TransportError) as caught:
        connect.list_tasks(handler, max_retries=0)
    shown = f"{caught.value} {caught.value!r}"
    assert API_SECRET not in shown
    assert encoded not in shown
    assert "could not connect to api.confluent.cloud:443 (proxy refused [redacted]" in str(caught.value)
