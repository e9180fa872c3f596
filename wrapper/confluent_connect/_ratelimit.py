"""Confluent's rate-limit headers (`Retry-After`: seconds or an HTTP-date; `X-RateLimit-Reset`: relative seconds, never
an epoch), and the window they describe, shared by one client's users. The server counts per API key, so its
`X-RateLimit-Remaining` is the truth for every thread and process on the key. The client trusts the latest Remaining
less its own requests in flight, holds requests once that is used up until the window resets, and paces them: what the
server counted beyond this client's requests is other consumers' spend, so the client takes of the free slots only the
part of the limit the others leave, released evenly over the window. A window starting without news is assumed to hold
`limit` slots; headers that make no sense are no news; a 429 holds everybody."""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_seconds(value: str | None) -> float | None:
    """A relative number of seconds, or None when absent, negative or not a number."""
    try:
        seconds = float(value.strip()) if value is not None else math.nan
    except ValueError:
        return None
    return seconds if seconds >= 0 and math.isfinite(seconds) else None


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from `now`: delta-seconds or an HTTP-date (RFC 9110)."""
    seconds = parse_seconds(value)
    if seconds is not None or value is None:
        return seconds
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, (when.replace(tzinfo=when.tzinfo or UTC) - now).total_seconds())


def wait_requested(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """The wait the server asks for: Retry-After, else X-RateLimit-Reset; None if neither."""
    retry_after = parse_retry_after(headers.get("retry-after"), now or datetime.now(UTC))
    return parse_seconds(headers.get("x-ratelimit-reset")) if retry_after is None else retry_after


class RateLimitState:
    """The window as the server last described it, in `clock()` seconds; thread-safe, its lock held for a few sums."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._start = self._end = 0.0  # the current window, as this client places it
        self._window = self._limit = 0.0  # its length, the longest Reset seen; X-RateLimit-Limit, or most Remaining + 1
        self._remaining = math.inf  # unknown: send freely, once the server has said anything
        self._heard, self._probing = False, 0.0  # until then one request goes alone: its answer tells the budget
        self._news, self._low_at = False, 0.0  # whether a response described this window; when its lowest count came
        self._in_flight = self._answered = 0  # this client's requests on their way; counted in this window
        self._others = self._others_now = 0.0  # others' spend: a recent window's (halved each since, to 0); this one's
        self._next = 0.0  # pacing: no request goes before this

    def acquire(self, now: float, *, force: bool = False) -> float:
        """Seconds to hold before sending now; 0: go, the request counted (with `force`: whatever the window says)."""
        with self._lock:
            self._roll(now)
            free = self._remaining - self._in_flight
            if not force and not self._heard and self._in_flight and now < self._probing:
                return 0.02  # before the server's first answer (for up to a second): one request at a time
            self._probing = self._probing or now + 1.0
            if not force:
                # Of the free slots, the part of the limit the other consumers of the key did not spend lately (nor in
                # this window so far); one a window at least (a client that never sends never sees the others go).
                # Spread evenly over the rest of the window, but while over half of it is free a client alone that has
                # heard its count sends at once (the half it paces leaves a newcomer room to be seen).
                share = 1 - max(self._others, self._others_now) / self._limit if self._limit else 1.0
                mine = max(free * share, min(free, 1.0) if self._answered + self._in_flight == 0 else 0.0)
                if mine < 1:
                    return self._end - now
                alone = self._news and not (self._others or self._others_now) and 2 * free > self._limit
                if now < self._next and not alone:
                    return self._next - now
                self._next = now + min((self._end - now) / mine, self._window)
            self._in_flight += 1
            return 0.0

    def release(self) -> None:
        """A counted request ended without a response (it failed on the way)."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def observe(self, headers: Mapping[str, str], now: float, sent: float | None = None) -> None:
        """A counted request's response, `sent` at that time: learn the X-RateLimit headers."""
        said = {key.lower(): value for key, value in headers.items() if key.lower() in _NAMES}  # each header read once
        counted, window = "retry-after" not in said, _described(said) if said else None  # a 429 was not counted
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            self._roll(now)
            self._answered, self._heard = self._answered + counted, True
            if window is None:
                return  # no news
            remaining, reset, limit = window
            self._window = max(self._window, reset)
            if sent is not None and sent < self._start:
                return  # news of a window already over: only its length counts
            later = sent is not None and sent > self._low_at  # counted after the lowest count
            if not self._news or (later and remaining >= self._remaining):
                # The first news of this window; or a count that should be lower than the lowest heard and is not: the
                # server's window has reset (with this request counted in the new one).
                if self._news:
                    self._begin(self._low_at, counted)
                self._low_at = now
            else:
                # Responses overtake each other, so the lowest count is the freshest; and a reset in whole seconds is
                # rounded up, so the earliest end is the closest.
                self._low_at = now if remaining < self._remaining else self._low_at
                remaining, reset = min(self._remaining, remaining), min(self._end - now, reset)
            self._remaining, self._end, self._news = remaining, now + reset, True
            self._limit = limit or max(self._limit, remaining + 1)
            # What the server counted that this client did not send (its requests in flight may have been counted).
            self._others_now = max(self._others_now, self._limit - remaining - self._answered - self._in_flight)

    def hold_all(self, seconds: float, now: float, sent: float) -> None:
        """After a 429 to a request `sent` then: nobody sends until the server's wait is over, and the window is used
        up (unless the request was counted in a window already over)."""
        with self._lock:
            self._next = max(self._next, now + seconds)
            if sent >= self._start:
                self._end = max(self._end, now + seconds)
                self._remaining, self._news, self._low_at = 0, True, now

    def interval(self) -> float:
        """A window's length over its limit, the pace of a client alone: jitter on waits is up to one."""
        with self._lock:
            return self._window / self._limit if self._limit else 0.0

    def _roll(self, now: float) -> None:
        """Past the window's end, with no news of the next: assume it holds `limit` slots."""
        if now < self._end or self._remaining == math.inf:
            return
        if not self._window:  # no Reset ever seen: nothing to pace by
            self._remaining = math.inf
            return
        self._begin(self._end + self._window * ((now - self._end) // self._window))
        self._end = self._start + self._window
        self._remaining, self._news = self._limit, False

    def _begin(self, start: float, counted: int = 0) -> None:
        """A new window, `counted` of this client's requests in it; the others' spend in the one ending is kept."""
        self._others, self._others_now = max(self._others_now, self._others // 2), 0.0
        self._start, self._answered = start, counted


_NAMES = frozenset({"retry-after", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-limit"})


def _described(said: Mapping[str, str]) -> tuple[float, float, float | None] | None:
    """Remaining, Reset and Limit (None: not sent) if the X-RateLimit headers describe a window: whole counts, a limit
    of 1 to a million and no more remaining, a reset within the hour, not a window over with nothing left."""
    remaining, reset, limit = (parse_seconds(said.get(f"x-ratelimit-{n}")) for n in ("remaining", "reset", "limit"))
    most = 1e6 if limit is None and "x-ratelimit-limit" not in said else limit
    if remaining is None or reset is None or most is None or not (remaining or reset) or reset > 3600:
        return None
    return (remaining, reset, limit) if max(1, remaining) <= most <= 1e6 and remaining % 1 == most % 1 == 0 else None
