"""What the server said about its rate-limit window, shared by all users of one client.

Confluent sends `X-RateLimit-Remaining` and `X-RateLimit-Reset` (relative seconds) on its
responses. When Remaining reaches 0, every further request in the window would be answered
429; the client holds them until the window resets instead. Requests sent since the last
response count against what it said was remaining, so many threads or tasks do not all
rush through the last few slots. A 429 holds everybody for the wait the server asked for.

Thread-safe, and cheap enough for asyncio: the lock is held for a few arithmetic steps.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if number >= 0 and math.isfinite(number) else None


class RateLimitState:
    """The current window as the server last described it; times are `clock()` seconds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._window_end = 0.0
        self._remaining: float | None = None  # unknown: send freely

    def delay(self, now: float) -> float:
        """Seconds to hold before sending a request now; takes a slot if one is free."""
        with self._lock:
            if now >= self._window_end:
                self._remaining = None
                return 0.0
            if self._remaining is None or self._remaining >= 1:
                if self._remaining is not None:
                    self._remaining -= 1
                return 0.0
            return self._window_end - now

    def observe(self, headers: Mapping[str, str], now: float) -> None:
        """Learn from a response's X-RateLimit-Remaining and X-RateLimit-Reset."""
        remaining = _number(headers.get("x-ratelimit-remaining"))
        reset = _number(headers.get("x-ratelimit-reset"))
        if remaining is None or reset is None:
            return
        end = now + reset
        with self._lock:
            if end > self._window_end + 0.5 or self._remaining is None:
                # A new window (or the first news of this one).
                self._window_end = max(end, self._window_end)
                self._remaining = remaining
            else:
                # Responses overtake each other; the lowest count is the freshest.
                self._remaining = min(self._remaining, remaining)

    def hold_all(self, seconds: float, now: float) -> None:
        """After a 429: nobody sends until the server's wait is over."""
        with self._lock:
            self._window_end = max(self._window_end, now + seconds)
            self._remaining = 0
