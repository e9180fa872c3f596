"""Confluent's rate-limit headers (`Retry-After`: seconds or an HTTP-date; `X-RateLimit-Reset`: relative seconds, never
an epoch), and the window they describe, shared by one client's users. The server counts per API key, so its
`X-RateLimit-Remaining` is the truth for every thread and process on the key. The client trusts the latest Remaining
less its own requests in flight, holds requests once that is used up until the window resets, and paces them so the
next window is not stormed: a window starting without news is assumed to hold `limit` slots, released evenly; when
Remaining falls faster than this client's sends explain, other processes share the key and this client takes only its
share; a 429 holds everybody."""

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
        self._window = 0.0  # its length: the longest Reset seen
        self._limit = 0.0  # X-RateLimit-Limit, else the most Remaining + 1 seen
        self._remaining = math.inf  # unknown: send freely, once the server has said anything
        self._heard, self._probing = False, 0.0  # until then one request goes alone: its answer tells the budget
        self._news = False  # whether a response has described this window yet
        self._low_at = 0.0  # when its lowest Remaining was heard
        self._in_flight = 0
        self._answered = 0  # this client's requests the server counted in this window
        self._mine = self._counted = 0.0  # earlier windows' answered and counted, halved each
        self._share = 1.0  # the part of the server's count this client sends (< 1: others)
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
                if free * (self._share if self._news else 1.0) < 1:
                    return self._end - now  # the window is used up, or this client's share
                paced = not self._news or self._share < 1  # alone with news: no need
                if paced and now < self._next:
                    return self._next - now
                if paced:
                    # Spread the slots left (this client's share of them) over the rest of the window; at most a
                    # window apart, so that a stale share cannot starve.
                    self._next = now + min((self._end - now) / (free * self._share), self._window)
            self._in_flight += 1
            return 0.0

    def release(self) -> None:
        """A counted request ended without a response (it failed on the way)."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def observe(self, headers: Mapping[str, str], now: float, sent: float | None = None) -> None:
        """A counted request's response, `sent` at that time: learn the X-RateLimit headers."""
        said = {key: value for key, value in headers.items() if key.startswith(("x-ratelimit-", "retry-after"))}
        remaining, reset, limit = (
            parse_seconds(said.get(f"x-ratelimit-{name}")) for name in ("remaining", "reset", "limit")
        )
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            self._roll(now)
            self._answered += "retry-after" not in said  # a 429 was not counted
            self._heard = True
            if remaining is None or reset is None:
                return  # no news
            self._window = max(self._window, reset)
            if sent is not None and sent < self._start:
                return  # news of a window already over: only its length counts
            later = sent is not None and sent > self._low_at  # counted after the lowest count
            if not self._news or (later and remaining >= self._remaining):
                # The first news of this window; or a count that should be lower than the lowest heard and is not: the
                # server's window has reset.
                if self._news:
                    self._begin(self._low_at)
                self._low_at = now
            else:
                # Responses overtake each other, so the lowest count is the freshest; and a reset in whole seconds is
                # rounded up, so the earliest end is the closest.
                self._low_at = now if remaining < self._remaining else self._low_at
                remaining, reset = min(self._remaining, remaining), min(self._end - now, reset)
            self._remaining, self._end, self._news = remaining, now + reset, True
            self._limit = limit or max(self._limit, remaining + 1)
            if remaining:  # an empty window says nothing of shares
                mine = self._mine + self._answered + self._in_flight
                counted = self._counted + self._limit - remaining
                # Less than one request a window unexplained is a request counted across a window's edge, not another
                # process.
                self._share = mine / counted if counted - mine >= 0.5 else 1.0

    def hold_all(self, seconds: float, now: float) -> None:
        """After a 429: nobody sends until the server's wait is over."""
        with self._lock:
            self._end = max(self._end, now + seconds)
            self._remaining, self._news, self._low_at = 0, True, now

    def interval(self) -> float:
        """Seconds between this client's requests when paced: jitter on waits is up to one."""
        with self._lock:
            return self._window / (self._limit * self._share) if self._limit else 0.0

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

    def _begin(self, start: float) -> None:
        """A new window: the one ending joins the history that shares are measured over."""
        self._mine = (self._mine + self._answered) / 2
        self._counted = (self._counted + self._limit - self._remaining) / 2
        self._start, self._answered = start, 0
