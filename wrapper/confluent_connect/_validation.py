"""Identifiers are checked before anything is sent.

The generated operation percent-encodes every path parameter (`/`, `?`, `#`, `%`, spaces,
non-ASCII: all of it), so a name reaches the server exactly as given. What encoding cannot
save is refused here: an empty name, `.` and `..` (URL normalisation would turn them into a
different path), and control characters.
"""

from __future__ import annotations

import unicodedata

from .errors import InvalidArgumentError


def check_identifier(argument: str, value: object) -> str:
    """`value` if it can name a resource in a URL path, else InvalidArgumentError."""
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, f"must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgumentError(argument, "must not be empty")
    if value in {".", ".."}:
        raise InvalidArgumentError(argument, f"must not be {value!r}: it would change the path")
    for position, character in enumerate(value):
        if unicodedata.category(character) == "Cc":
            raise InvalidArgumentError(
                argument, f"must not contain control characters ({character!r} at {position})"
            )
    return value
