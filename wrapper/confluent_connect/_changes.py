"""Changing a connector's config without losing what the server will not show.

PUT config replaces the whole config, and every config the server returns has its secrets masked
(`****************`). So "read, change a key, write back" would store the mask as every secret. `patch_config`
gives patch semantics over that full replace: it reads the config, applies `set` and `remove`, and writes the result
only if no masked value would go back unreplaced. It is read-modify-write with no check on the server's side (the API
has no ETag and no PATCH): two writers at once race, and the later write wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._body import check_body, is_masked
from ._flow import Call, Flow
from .errors import InvalidArgumentError


def patch_config(
    ids: tuple[str, str, str], set: Mapping[str, str] | None, remove: Iterable[str]
) -> Flow[Mapping[str, str]]:
    """The flow of `update_connector_config`: the config as the server holds it afterwards (secrets masked)."""
    changes, removals = _changes(set, remove)
    current = yield Call("get_connector_config", ids)
    if absent := [key for key in removals if key not in current]:
        raise InvalidArgumentError("remove", f"names keys the config does not have: {', '.join(absent)}")
    hidden = [key for key, value in current.items() if is_masked(value) and key not in changes and key not in removals]
    if hidden:
        raise InvalidArgumentError(
            "set",
            f"must give the real values of {', '.join(hidden)}: the server masks secrets when it returns them, so "
            "writing the config back would store the mask in their place (or name them in remove=)",
        )
    config = {key: value for key, value in current.items() if key not in removals} | changes
    connector: Any = yield Call("create_or_update_connector_config", ids, {"body": config})
    return connector.config  # type: ignore[no-any-return]


def _changes(set: Mapping[str, str] | None, remove: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """`set` and `remove` checked before anything is sent: str to str, keys to remove, no key in both."""
    if set is not None and not isinstance(set, Mapping):
        raise InvalidArgumentError("set", f"must be a mapping of config keys to values, not {type(set).__name__}")
    if isinstance(remove, str | bytes) or not isinstance(remove, Iterable):
        raise InvalidArgumentError("remove", f"must be a collection of config keys, not {type(remove).__name__}")
    changes, removals = dict(set or {}), list(dict.fromkeys(remove))
    for argument, keys in (("set", list(changes)), ("remove", removals)):
        for key in keys:
            if not isinstance(key, str) or not key:
                raise InvalidArgumentError(argument, f"has a key that is not a non-empty str: {key!r}")
    for key, value in changes.items():
        if not isinstance(value, str):
            raise InvalidArgumentError("set", f"has a {type(value).__name__} for {key}: config values are strings")
    if both := [key for key in removals if key in changes]:
        raise InvalidArgumentError("remove", f"names keys that set= also sets: {', '.join(both)}")
    if not changes and not removals:
        raise InvalidArgumentError("set", "and remove= are both empty: there is nothing to change")
    check_body(changes, "set")
    return changes, removals
