"""What a request body may carry, checked before anything is sent, for every operation and `client.request` alike:
JSON as the service reads it, and no mask. The service returns every secret as `****************`, and a config read,
changed and written back would store the asterisks as the new secret (PUT config replaces the whole config)."""

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
    """The values `body` carries under secret keys (so that an error quoting them can mask them), once it is known
    to be JSON (objects with string keys, arrays, strings without lone surrogates, finite numbers, booleans, null; no
    cycles, at most 64 levels deep) without a mask; else InvalidArgumentError naming where the problem is, or for
    masks every key holding one (never a value)."""
    masked: list[str] = []
    secrets: list[str] = []
    walking: set[int] = set()  # the containers being walked: one met again is a cycle

    def walk(value: Any, where: str, key: str, depth: int) -> None:
        if isinstance(value, str):
            _check_text(value, where)
            if is_masked(value):
                masked.append(key or where)
            elif key and len(value) >= 4 and is_sensitive_key(key):
                secrets.append(value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise InvalidArgumentError(where, f"is {value!r}: JSON has no such number")
        elif isinstance(value, Mapping | list | tuple):
            if depth >= MAX_DEPTH:
                raise InvalidArgumentError(where, f"is nested deeper than {MAX_DEPTH} levels")
            if id(value) in walking:
                raise InvalidArgumentError(where, "contains itself: a cycle cannot be sent as JSON")
            walking.add(id(value))
            if isinstance(value, Mapping):
                for item_key, item in value.items():
                    _check_key(item_key, where)
                    walk(item, f"{where}[{item_key!r}]", item_key, depth + 1)
            else:
                for index, item in enumerate(value):
                    walk(item, f"{where}[{index}]", key, depth + 1)  # an item of a list is under the list's key
            walking.discard(id(value))
        elif not isinstance(value, _SCALARS):
            raise InvalidArgumentError(where, f"is a {type(value).__name__}, which is not JSON")

    walk(body, argument, "", 0)
    if masked:
        raise InvalidArgumentError(
            argument,
            "carries values made only of asterisks, which would replace real secrets: the server masks secrets when "
            f"it returns them; pass the real value for: {', '.join(dict.fromkeys(masked))}",
        )
    return secrets


def _check_text(value: str, where: str) -> None:
    if surrogate := _LONE_SURROGATE.search(value):
        raise InvalidArgumentError(where, f"has a lone surrogate at {surrogate.start()}: UTF-8 cannot carry it")


def _check_key(key: object, where: str) -> None:
    if type(key) is not str and (not isinstance(key, str) or str(key) != key):  # JSON would send str(key)
        raise InvalidArgumentError(where, f"has a key of type {type(key).__name__}: keys must be str")
    if _LONE_SURROGATE.search(key):
        raise InvalidArgumentError(where, "has a key with a lone surrogate, which UTF-8 cannot carry")
