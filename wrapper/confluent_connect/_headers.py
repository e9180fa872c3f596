"""Reading Confluent's rate-limit headers.

`Retry-After` is delta-seconds or an HTTP-date (RFC 9110). `X-RateLimit-Reset` is relative
seconds, never an epoch: Confluent says so, unlike GitHub's header of the same name. A
value that is negative, not a number or not finite is treated as absent.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_seconds(value: str | None) -> float | None:
    """A relative number of seconds, or None when absent, negative or not a number."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
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
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def wait_requested(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """The wait the server asks for: Retry-After, else X-RateLimit-Reset; None if neither."""
    retry_after = parse_retry_after(headers.get("retry-after"), now or datetime.now(UTC))
    if retry_after is not None:
        return retry_after
    return parse_seconds(headers.get("x-ratelimit-reset"))
