"""When to retry and how long to wait, with no I/O and no clock of its own (tests use a fake one). Retried: a 429 for
any method (the server did not act), waiting what it asks, else capped exponential backoff with full jitter;
500/502/503/504, read timeouts and broken connections for idempotent methods only (a POST is never sent twice);
failures to connect for any method. Past `max_wait` or the budget, the last response goes back with a `RetryRecord`."""

from __future__ import annotations

import logging
import numbers
import sys
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

import httpx

from ._ratelimit import RateLimitState, parse_retry_after, wait_requested

logger = logging.getLogger("confluent_connect")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_RECORD = "confluent_connect.retry"  # its key in httpx.Response.extensions
RETRY_POLICY = "confluent_connect.retry_policy"  # a request's own policy, in httpx.Request.extensions
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # safe to resend


def _non_negative(name: str, value: Any) -> None:
    whole = name == "max_retries"
    number = isinstance(value, numbers.Integral if whole else numbers.Real) and not isinstance(value, bool)
    if not number or not 0 <= value <= sys.float_info.max:  # NaN, infinities and whole numbers past a float: no
        raise ValueError(f"{name} must be a {'whole' if whole else 'finite'} number >= 0, not {value!r}")


@dataclass(frozen=True, slots=True, weakref_slot=True)
class RetryPolicy:
    """How persistent a client is; the defaults suit scripts and batch jobs alike.

    max_retries      retries after the first attempt (0: never retry)
    backoff_initial  seconds before the first retry when the server names no wait; doubles
    backoff_max      cap on one backoff wait
    max_wait         the longest wait asked for that is honoured; longer: RateLimitError at once, with `retry_after`
    budget           the most seconds one call spends waiting, all retries together
    jitter           full jitter on backoff, and a random extra on asked-for waits: a fleet does not come back at once
    hold_on_exhausted  hold requests while the server's window is used up (see _ratelimit)
    """

    max_retries: int = 5
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    max_wait: float = 60.0
    budget: float = 120.0
    jitter: bool = True
    hold_on_exhausted: bool = True

    def __post_init__(self) -> None:
        for name in ("max_retries", "backoff_initial", "backoff_max", "max_wait", "budget"):
            _non_negative(name, getattr(self, name))


class RetryRecord(NamedTuple):  # how a request went: requests sent, seconds spent waiting between them
    attempts: int
    waited: float


_ONCE = RetryRecord(1, 0.0)  # the common case, made once


def retry_record(response: httpx.Response) -> RetryRecord:
    """How the request behind `response` went: one attempt and no wait, unless the retry flow recorded more."""
    record = response.extensions.get(RETRY_RECORD)
    return record if isinstance(record, RetryRecord) else _ONCE


def backoff(policy: RetryPolicy, retry_number: int, random: Callable[[], float]) -> float:
    """Capped exponential backoff; with jitter, a uniform draw below the cap ("full jitter")."""
    ceiling = min(policy.backoff_max, policy.backoff_initial * 2.0 ** (retry_number - 1))
    return ceiling * random() if policy.jitter else ceiling


def decide(
    policy: RetryPolicy, *, method: str, attempts: int, waited: float, random: Callable[[], float],
    response: httpx.Response | None = None, error: Exception | None = None, now: datetime | None = None,
    interval: float = 0.0,
) -> float | None:  # fmt: skip
    """Seconds to wait before sending again after `attempts` requests, given the last response or error; None: stop
    (not retryable, a POST that may have arrived, a wait asked for over max_wait, no retries or budget left). With
    jitter, a wait the server asks for gets a random extra of up to a tenth of it or one pacing `interval`."""
    idempotent, requested = method.upper() in IDEMPOTENT_METHODS, None
    status = response.status_code if response is not None else 0
    if (error is not None and not isinstance(error, httpx.TransportError)) or status not in {0, *RETRIED_STATUSES}:
        return None
    if not (idempotent or status == 429 or isinstance(error, _NOT_SENT)):
        return None
    if response is not None:
        headers, now = response.headers, now or datetime.now(UTC)
        retry_after = parse_retry_after(headers.get("retry-after"), now)
        requested = wait_requested(headers, now) if status == 429 else retry_after
    if (requested is not None and requested > policy.max_wait) or attempts > policy.max_retries:
        return None
    if requested is None:
        wait = backoff(policy, attempts, random)
    else:
        wait = requested + (random() * max(requested / 10, interval) if policy.jitter else 0.0)
    return None if waited + wait > policy.budget else wait


def _hold(
    policy: RetryPolicy, state: RateLimitState, clock: Callable[[], float], waited: float
) -> Generator[float | None, object, float]:
    """Wait while the shared window is used up; returns the seconds waited. A hold past max_wait or the budget is not
    waited for: the request goes, and the server decides."""
    held = 0.0
    while (hold := state.acquire(clock(), force=not policy.hold_on_exhausted)) > 0:
        if hold > policy.max_wait or waited + held + hold > policy.budget:
            state.acquire(clock(), force=True)
            return held
        yield hold
        held += hold
    return held


def retry_flow(
    request: httpx.Request, policy: RetryPolicy, state: RateLimitState, *, clock: Callable[[], float],
    random: Callable[[], float],
) -> Generator[float | None, object, httpx.Response]:  # fmt: skip
    """The retry loop: yields None to send or seconds to sleep, and is sent each response or transport error. Returns
    the response to hand back; raises an error when it is final."""
    attempts, waited = 0, 0.0
    while True:
        waited += yield from _hold(policy, state, clock, waited)
        attempts, sent = attempts + 1, clock()
        try:
            outcome = yield None
        except GeneratorExit:  # the caller gave up on the send (cancelled, interrupted)
            state.release()
            raise
        response = outcome if isinstance(outcome, httpx.Response) else None
        error = outcome if isinstance(outcome, Exception) else None
        state.release() if response is None else state.observe(response.headers, clock(), sent)
        wait = decide(
            policy, method=request.method, attempts=attempts, waited=waited, random=random,
            response=response, error=error, interval=state.interval(),
        )  # fmt: skip
        if response is not None and response.status_code == 429:  # the window is used up: for every caller
            state.hold_all(wait or wait_requested(response.headers) or 0.0, clock(), sent)
        if wait is None and response is not None:
            if attempts > 1 or waited:  # the retries it took, for the error's message
                response.extensions = {**response.extensions, RETRY_RECORD: RetryRecord(attempts, waited)}
            return response
        if wait is None:
            assert error is not None
            if attempts > 1:
                error.add_note(f"gave up after {attempts} attempts, {waited:.1f} s waited")
            raise error
        what = response.status_code if response is not None else type(error).__name__
        request_id = response.headers.get("x-request-id") if response is not None else None
        logger.warning(
            "retrying %s %s after %s: attempt %d of %d in %.2f s (request id %s)",
            request.method, request.url.path, what, attempts + 1, policy.max_retries + 1,
            wait, request_id or "none",
        )  # fmt: skip
        yield wait
        waited += wait
