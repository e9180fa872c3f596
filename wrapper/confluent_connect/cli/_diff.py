"""`apply --dry-run`: what applying a file would change in a connector's live config, shown without a secret.

The live config comes back with its secrets masked, so a secret the file supplies cannot be compared: it is reported
as "secret: replaced". Keys the service computes and adds itself (its cloud, environment, Kafka endpoint and region)
are in every live config and in no file: they are not removals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from confluent_connect_api.redaction import REDACTED, is_sensitive_key, scrub_value

from .._body import is_masked
from ._render import shown, table

COMPUTED = frozenset({"cloud.environment", "cloud.provider", "kafka.endpoint", "kafka.region"})


class Diff(NamedTuple):
    """Keys added (with their values), removed (with the values they had), changed (old, new), secrets the file
    replaces, keys unchanged; values as they may be shown."""

    name: str
    exists: bool
    added: dict[str, str]
    removed: dict[str, str]
    changed: dict[str, tuple[str, str]]
    replaced: list[str]
    unchanged: list[str]


def diff(name: str, live: Mapping[str, str] | None, wanted: Mapping[str, str]) -> Diff:
    """What replacing `live` (None: the connector does not exist) by `wanted` changes, secrets masked."""
    live = live or {}
    added = {key: _safe(key, value) for key, value in wanted.items() if key not in live}
    removed = {key: _safe(key, value) for key, value in live.items() if key not in wanted and key not in COMPUTED}
    changed, replaced, unchanged = {}, [], []
    for key in (key for key in wanted if key in live):
        old, new = live[key], wanted[key]
        if is_masked(old):
            replaced.append(key)
        elif old == new:
            unchanged.append(key)
        elif is_sensitive_key(key):
            changed[key] = ("(secret)", "(another secret)")
        else:
            changed[key] = (_safe(key, old), _safe(key, new))
    return Diff(name, bool(live), added, removed, changed, replaced, unchanged)


def as_data(change: Diff) -> dict[str, Any]:
    """The diff as one JSON document."""
    return {
        "name": change.name, "exists": change.exists, "sent": False,
        "added": change.added, "removed": change.removed,
        "changed": {key: {"from": old, "to": new} for key, (old, new) in change.changed.items()},
        "secrets_replaced": sorted(change.replaced), "unchanged": sorted(change.unchanged),
    }  # fmt: skip


def as_lines(change: Diff) -> list[str]:
    """A summary line, then one line per key: `+` added, `-` removed, `~` changed or a secret replaced."""
    if not change.exists:
        head = f"{shown(change.name)}: would be created with {len(change.added)} keys; nothing was sent"
    else:
        counts = [(len(change.added), "added"), (len(change.removed), "removed"), (len(change.changed), "changed"),
                  (len(change.replaced), "secrets replaced"), (len(change.unchanged), "unchanged")]  # fmt: skip
        head = f"{shown(change.name)}: {', '.join(f'{n} {what}' for n, what in counts)}; nothing was sent"
    rows = [("+", key, value) for key, value in sorted(change.added.items())]
    rows += [("-", key, value) for key, value in sorted(change.removed.items())]
    rows += [("~", key, f"{old} -> {new}") for key, (old, new) in sorted(change.changed.items())]
    rows += [("~", key, "secret: replaced") for key in sorted(change.replaced)]
    lines = table(("KEY", "VALUE"), [(key, value) for _, key, value in rows])[1:]
    return [head, *(f"{mark} {line}" for (mark, _, _), line in zip(rows, lines, strict=True))]


def _safe(key: str, value: str) -> str:
    if is_masked(value):
        return "(secret)"
    return REDACTED if is_sensitive_key(key) else scrub_value(value)
