"""When to retry and how long to wait: plain functions, no I/O, no clock of their own.

The transports in `_transport.py` drive `retry_flow`, one generator for sync and async
alike; tests drive the same functions with a fake clock, so nothing here sleeps.

What is retried:
  - 429, for any method: the server did not act on the request. The wait is what the server
    asks for: `Retry-After` (seconds or an HTTP-date), else `X-RateLimit-Reset` (relative
    seconds, never an epoch), else capped exponential backoff with full jitter.
  - 500, 502, 503, 504, read timeouts and broken connections, for idempotent methods only:
    a POST that may have reached the server is never sent twice.
  - Failures to connect, for any method: the request never left.
A server asking to wait longer than `max_wait` is not waited for; nor is anything once the
retries or the time budget run out. The last response then goes back to the caller, with
a `RetryRecord` in its extensions saying how many attempts were made and how long was waited.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Generator
from datetime import UTC, datetime
from typing import NamedTuple

import attrs
import httpx

from ._constants import (
    DEFAULT_BACKOFF_INITIAL,
    DEFAULT_BACKOFF_MAX,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_WAIT,
    DEFAULT_RETRY_BUDGET,
    LOGGER_NAME,
)
from ._headers import parse_retry_after, wait_requested
from ._ratelimit import RateLimitState

logger = logging.getLogger(LOGGER_NAME)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRIED_SERVER_STATUSES = frozenset({500, 502, 503, 504})
RETRIED_STATUSES = RETRIED_SERVER_STATUSES | {429}
# Key of the RetryRecord in httpx.Response.extensions.
RETRY_RECORD = "confluent_connect.retry"

# Failures that happen before a request leaves: safe to retry for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (value >= 0 and math.isfinite(value)):
        raise ValueError(f"{attribute.name} must be a finite number >= 0, not {value!r}")


@attrs.frozen
class RetryPolicy:
    """How persistent a client is. The defaults suit interactive scripts and batch jobs alike.

    max_retries      retries after the first attempt (0: never retry)
    backoff_initial  seconds before the first retry when the server names no wait; doubles
    backoff_max      cap on one backoff wait
    max_wait         the longest wait the server may ask for that is honoured; a longer
                     one raises RateLimitError at once, carrying `retry_after`
    budget           the most seconds one call spends waiting, all retries together
    jitter           full jitter on backoff waits (Confluent asks for it), and a random
                     extra on waits the server asks for, so that processes sharing a key
                     do not all come back at once
    hold_on_exhausted  when a response says X-RateLimit-Remaining: 0, hold further requests
                     of this client until the window resets instead of spending them on 429s
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES)
    backoff_initial: float = attrs.field(default=DEFAULT_BACKOFF_INITIAL, validator=_non_negative)
    backoff_max: float = attrs.field(default=DEFAULT_BACKOFF_MAX, validator=_non_negative)
    max_wait: float = attrs.field(default=DEFAULT_MAX_WAIT, validator=_non_negative)
    budget: float = attrs.field(default=DEFAULT_RETRY_BUDGET, validator=_non_negative)
    jitter: bool = True
    hold_on_exhausted: bool = True

    @max_retries.validator
    def _check_max_retries(self, _: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"max_retries must be a whole number >= 0, not {value!r}")


# The small value types below are NamedTuples rather than attrs classes: they are made on
# every request, and cost a fraction of the import time.
class RetryRecord(NamedTuple):
    """How a request went: requests sent, and seconds spent waiting between them."""

    attempts: int
    waited: float


class Decision(NamedTuple):
    """Retry after `wait` seconds, or stop (`why` says why, for messages and logs)."""

    retry: bool
    wait: float = 0.0
    why: str = ""


def backoff(policy: RetryPolicy, retry_number: int, random: Callable[[], float]) -> float:
    """Capped exponential backoff; with jitter, a uniform draw below the cap ("full jitter")."""
    ceiling = min(policy.backoff_max, policy.backoff_initial * 2.0 ** (retry_number - 1))
    return ceiling * random() if policy.jitter else ceiling


def decide(
    policy: RetryPolicy,
    *,
    method: str,
    attempts: int,
    waited: float,
    random: Callable[[], float],
    response: httpx.Response | None = None,
    error: Exception | None = None,
    now: datetime | None = None,
    interval: float = 0.0,
) -> Decision:
    """Whether to send again after `attempts` requests, given the last response or error.

    With jitter, a wait the server asks for gets a random extra of up to a tenth of it or
    one pacing `interval`, whichever is longer.
    """
    refusal, requested = _retryable(method, response, error, now)
    if refusal:
        return Decision(False, why=refusal)
    if requested is not None and requested > policy.max_wait:
        why = f"the server asked to wait {requested:g} s, over max_wait {policy.max_wait:g} s"
        return Decision(False, why=why)
    if attempts > policy.max_retries:
        return Decision(False, why=f"no retries left after {attempts} attempts")
    if requested is None:
        wait = backoff(policy, attempts, random)
    else:
        wait = requested + (random() * max(requested / 10, interval) if policy.jitter else 0.0)
    if waited + wait > policy.budget:
        why = f"waiting {wait:.1f} s more would pass the {policy.budget:g} s budget"
        return Decision(False, why=why)
    return Decision(True, wait=wait)


def _retryable(
    method: str, response: httpx.Response | None, error: Exception | None, now: datetime | None
) -> tuple[str, float | None]:
    """Why this outcome is final ("" if it is not), and the wait the server asked for."""
    idempotent = method.upper() in IDEMPOTENT_METHODS
    if error is not None:
        if not isinstance(error, httpx.TransportError):
            return f"{type(error).__name__} is not retried", None
        if not (idempotent or isinstance(error, _NOT_SENT)):
            return f"{method} may have reached the server", None
        return "", None
    assert response is not None
    status = response.status_code
    if status == 429:
        return "", wait_requested(response.headers, now)
    if status not in RETRIED_SERVER_STATUSES:
        return f"{status} is not retried", None
    if not idempotent:
        return f"{method} may have reached the server", None
    return "", parse_retry_after(response.headers.get("retry-after"), now or datetime.now(UTC))


class Wait(NamedTuple):
    """A step of `retry_flow`: sleep, after closing `discard` (a response not returned)."""

    seconds: float
    discard: httpx.Response | None = None


class Send(NamedTuple):
    """A step of `retry_flow`: send the request (again)."""


SEND = Send()
Step = Wait | Send
Outcome = httpx.Response | Exception | None


def _hold(
    policy: RetryPolicy, state: RateLimitState, clock: Callable[[], float], waited: float
) -> Generator[Step, Outcome, float]:
    """Wait while the shared window is used up; returns the seconds waited.

    A hold longer than max_wait or the budget is not waited for: the request goes, and the
    server's answer decides (a 429 then raises with the wait it asks for).
    """
    held = 0.0
    while True:
        hold = state.acquire(clock())
        if hold <= 0:
            return held
        if hold > policy.max_wait or waited + held + hold > policy.budget:
            state.acquire(clock(), force=True)
            return held
        yield Wait(hold)
        held += hold


def _recorded(response: httpx.Response, attempts: int, waited: float) -> httpx.Response:
    """The response to hand back, noting the retries (if any) it took."""
    if attempts > 1 or waited:
        record = RetryRecord(attempts, waited)
        response.extensions = {**response.extensions, RETRY_RECORD: record}
    return response


def retry_flow(
    request: httpx.Request,
    policy: RetryPolicy,
    state: RateLimitState,
    *,
    clock: Callable[[], float],
    random: Callable[[], float],
) -> Generator[Step, Outcome, httpx.Response]:
    """The retry loop, free of I/O: yields SEND or Wait, receives each response or error.

    Returns the response to hand back; raises the last transport error when it is final.
    """
    attempts, waited = 0, 0.0
    while True:
        if policy.hold_on_exhausted:
            waited += yield from _hold(policy, state, clock, waited)
        else:
            state.acquire(clock(), force=True)
        attempts, sent = attempts + 1, clock()
        try:
            outcome = yield SEND
        except GeneratorExit:  # the caller gave up on the send (cancelled, interrupted)
            state.release()
            raise
        if isinstance(outcome, Exception):
            state.release()
            decision = decide(
                policy, method=request.method, attempts=attempts, waited=waited, random=random,
                error=outcome,
            )  # fmt: skip
            if not decision.retry:
                if attempts > 1:
                    outcome.add_note(f"gave up after {attempts} attempts, {waited:.1f} s waited")
                raise outcome
            what = type(outcome).__name__
            request_id = None
        else:
            assert outcome is not None
            state.observe(outcome.headers, clock(), sent)
            if outcome.status_code not in RETRIED_STATUSES:  # the common case, decided at once
                return _recorded(outcome, attempts, waited)
            decision = decide(
                policy, method=request.method, attempts=attempts, waited=waited, random=random,
                response=outcome, interval=state.interval(),
            )  # fmt: skip
            if not decision.retry:
                return _recorded(outcome, attempts, waited)
            if outcome.status_code == 429:
                state.hold_all(decision.wait, clock())
            what = str(outcome.status_code)
            request_id = outcome.headers.get("x-request-id")
        logger.warning(
            "retrying %s %s after %s: attempt %d of %d in %.2f s (request id %s)",
            request.method,
            request.url.path,
            what,
            attempts + 1,
            policy.max_retries + 1,
            decision.wait,
            request_id or "none",
        )
        yield Wait(decision.wait, outcome if isinstance(outcome, httpx.Response) else None)
        waited += decision.wait
