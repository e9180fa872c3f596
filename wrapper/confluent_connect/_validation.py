"""Identifiers are checked before anything is sent.

The generated operation percent-encodes every path parameter (`/`, `?`, `#`, `%`, spaces,
non-ASCII: all of it), so a name reaches the server exactly as given. What encoding cannot
save is refused here: an empty name, `.` and `..` (URL normalisation would turn them into a
different path), control characters, text that is not valid Unicode (a lone surrogate has
no UTF-8), and names too long for a URL.
"""

from __future__ import annotations

import re

from .errors import InvalidArgumentError

# Unicode's control characters (category Cc): C0, DEL and C1; and lone surrogates.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Percent-encoded, a name may triple; URLs past a few kilobytes are refused by servers.
MAX_LENGTH = 1024


def check_identifier(argument: str, value: object) -> str:
    """`value` if it can name a resource in a URL path, else InvalidArgumentError."""
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, f"must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgumentError(argument, "must not be empty")
    if value in {".", ".."}:
        raise InvalidArgumentError(argument, f"must not be {value!r}: it would change the path")
    if len(value) > MAX_LENGTH:
        raise InvalidArgumentError(argument, f"is {len(value)} characters, over {MAX_LENGTH}")
    for pattern, what in ((_CONTROL, "a control character"), (_SURROGATE, "a lone surrogate")):
        found = pattern.search(value)
        if found is not None:
            raise InvalidArgumentError(
                argument, f"must not contain {what} ({found.group()!r} at {found.start()})"
            )
    return value
