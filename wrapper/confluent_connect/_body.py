"""What a request body may carry, checked before anything is sent, for every operation and `client.request` alike.

A body must be JSON as the service reads it: objects with string keys, arrays, strings (no lone surrogates), finite
numbers, booleans and null, no cycles, at most 64 levels deep; anything else is refused naming where it sits. And it
must not carry a mask: the service returns every secret as `****************`, and a config read, changed and written
back would store the asterisks as the new secret (PUT config replaces the whole config). So a value made only of
asterisks is refused naming its keys, never its value. The values it carries under secret keys are handed back, so
that an error quoting them can mask them for as long as it lives.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from confluent_connect_api.redaction import is_sensitive_key

from .errors import InvalidArgumentError

MAX_DEPTH = 64
_MASK = re.compile(r"\*{3,}")  # Confluent's mask is sixteen; three or more asterisks and nothing else is no real value
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SCALARS = (str, int, float, bool, type(None))


def is_masked(value: object) -> bool:
    """Whether `value` is a mask (asterisks only, three or more) rather than a value."""
    return isinstance(value, str) and _MASK.fullmatch(value.strip()) is not None


def check_body(body: object, argument: str = "body") -> list[str]:
    """The values `body` carries under secret keys, once it is known to be JSON without a mask; else
    InvalidArgumentError naming where the problem is (for masks: every key holding one)."""
    walk = _Walk()
    walk.value(body, argument, "", 0)
    if walk.masked:
        keys = ", ".join(dict.fromkeys(walk.masked))
        raise InvalidArgumentError(
            argument,
            "carries values made only of asterisks, which would replace real secrets: the server masks secrets when "
            f"it returns them; pass the real value for: {keys}",
        )
    return walk.secrets


class _Walk:
    """One pass over a body: refuses what is not JSON, notes masks (by key) and values under secret keys."""

    def __init__(self) -> None:
        self.masked: list[str] = []
        self.secrets: list[str] = []
        self._path: set[int] = set()  # the containers being walked: one met again is a cycle

    def value(self, value: Any, where: str, key: str, depth: int) -> None:
        if isinstance(value, str):
            self.string(value, where, key)
        elif isinstance(value, float) and not math.isfinite(value):
            raise InvalidArgumentError(where, f"is {value!r}: JSON has no such number")
        elif isinstance(value, Mapping | list | tuple):
            if depth >= MAX_DEPTH:
                raise InvalidArgumentError(where, f"is nested deeper than {MAX_DEPTH} levels")
            if id(value) in self._path:
                raise InvalidArgumentError(where, "contains itself: a cycle cannot be sent as JSON")
            self._path.add(id(value))
            items = value.items() if isinstance(value, Mapping) else ((None, item) for item in value)
            for index, (item_key, item) in enumerate(items):
                if isinstance(value, Mapping):
                    self.key(item_key, where)
                    self.value(item, f"{where}[{item_key!r}]", item_key, depth + 1)
                else:
                    self.value(item, f"{where}[{index}]", key, depth + 1)
            self._path.discard(id(value))
        elif not isinstance(value, _SCALARS):
            raise InvalidArgumentError(where, f"is a {type(value).__name__}, which is not JSON")

    def key(self, key: object, where: str) -> None:
        if type(key) is not str and (not isinstance(key, str) or str(key) != key):  # JSON would send str(key)
            raise InvalidArgumentError(where, f"has a key of type {type(key).__name__}: keys must be str")
        if _LONE_SURROGATE.search(key):
            raise InvalidArgumentError(where, "has a key with a lone surrogate, which UTF-8 cannot carry")

    def string(self, value: str, where: str, key: str) -> None:
        if surrogate := _LONE_SURROGATE.search(value):
            raise InvalidArgumentError(where, f"has a lone surrogate at {surrogate.start()}: UTF-8 cannot carry it")
        if is_masked(value):
            self.masked.append(key or where)
        elif key and len(value) >= 4 and is_sensitive_key(key):
            self.secrets.append(value)
