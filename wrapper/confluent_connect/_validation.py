"""Identifiers are checked before anything is sent.

The generated operation percent-encodes every path parameter (`/`, `?`, `#`, `%`, spaces,
non-ASCII: all of it), so a name reaches the server exactly as given. What encoding cannot
save is refused here: an empty name, `.` and `..` (URL normalisation would turn them into a
different path), and control characters.
"""

from __future__ import annotations

import re

from .errors import InvalidArgumentError

# Unicode's control characters (category Cc): C0, DEL and C1.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def check_identifier(argument: str, value: object) -> str:
    """`value` if it can name a resource in a URL path, else InvalidArgumentError."""
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, f"must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgumentError(argument, "must not be empty")
    if value in {".", ".."}:
        raise InvalidArgumentError(argument, f"must not be {value!r}: it would change the path")
    control = _CONTROL.search(value)
    if control is not None:
        raise InvalidArgumentError(
            argument,
            f"must not contain control characters ({control.group()!r} at {control.start()})",
        )
    return value
