"""What the server said about its rate-limit window, shared by all users of one client.

Confluent sends `X-RateLimit-Remaining` and `X-RateLimit-Reset` (relative seconds) on its
responses. When the window is used up, every further request in it would be answered 429;
the client holds them until the window resets instead. The count the client trusts is the
server's latest Remaining less the requests still in flight (the server may not have
counted them yet), so many threads or tasks do not all rush through the last few slots.
A 429 holds everybody for the wait the server asked for.

Thread-safe, and cheap enough for asyncio: the lock is held for a few arithmetic steps.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from ._headers import parse_seconds


class RateLimitState:
    """The current window as the server last described it; times are `clock()` seconds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._window_end = 0.0
        self._remaining: float | None = None  # unknown: send freely
        self._in_flight = 0

    def acquire(self, now: float, *, force: bool = False) -> float:
        """Seconds to hold before sending now; 0 means go, and the request is counted.

        With `force`, the request is counted and goes whatever the window says.
        """
        with self._lock:
            if now >= self._window_end:
                self._remaining = None
            free = self._remaining is None or self._remaining - self._in_flight >= 1
            if free or force:
                self._in_flight += 1
                return 0.0
            return self._window_end - now

    def release(self) -> None:
        """A counted request ended without a response (it failed on the way)."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    def observe(self, headers: Mapping[str, str], now: float) -> None:
        """A counted request's response: learn X-RateLimit-Remaining and X-RateLimit-Reset."""
        said = headers.get("x-ratelimit-remaining")
        remaining = parse_seconds(said) if said is not None else None
        reset = parse_seconds(headers.get("x-ratelimit-reset")) if said is not None else None
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            if remaining is None or reset is None:
                return
            end = now + reset
            if self._remaining is None or now >= self._window_end:
                # The first news of a window.
                self._window_end, self._remaining = end, remaining
            else:
                # More news of the current one. Responses overtake each other, so the lowest
                # count is the freshest; and a reset in whole seconds is rounded up, so the
                # earliest end is the closest.
                self._remaining = min(self._remaining, remaining)
                self._window_end = min(self._window_end, end)

    def hold_all(self, seconds: float, now: float) -> None:
        """After a 429: nobody sends until the server's wait is over."""
        with self._lock:
            self._window_end = max(self._window_end, now + seconds)
            self._remaining = 0
