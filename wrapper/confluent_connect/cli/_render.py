"""How the CLI shows what the server said: one table per command, or one JSON document; both from the same masked data.
Server text is untrusted: control characters are escaped, never printed. JSON is strict: a number JSON cannot carry
(NaN, Infinity, -Infinity, which a server may send) is written as that word, a string."""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

# C0, DEL, C1, line/paragraph separators, bidi controls: could forge rows or drive a terminal.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def shown(value: object) -> str:
    """A value as one safe line of text: control characters escaped as repr() writes them."""
    text = value if isinstance(value, str) else "" if value is None else json.dumps(value)
    return _UNSAFE.sub(lambda found: repr(found.group())[1:-1], text)


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Aligned columns, two spaces apart; every cell through `shown`."""
    cells = [[shown(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[n]) for row in cells) for n in range(len(header) - 1)]
    return ["  ".join([*map(str.ljust, row[:-1], widths), row[-1]]).rstrip() for row in cells]


def connectors(_: argparse.Namespace, data: Any) -> list[str]:
    rows = []
    for name in sorted(data):
        status = data[name].get("status") or {}
        states = Counter(str(task.get("state")) for task in status.get("tasks") or [])
        summary = ", ".join(f"{count} {state}" for state, count in states.most_common())
        state = (status.get("connector") or {}).get("state")
        rows.append((name, state, status.get("type"), states.total(), summary))
    return table(("NAME", "STATE", "TYPE", "TASKS", "TASK STATES"), rows)


def status(_: argparse.Namespace, data: Any) -> list[str]:
    connector = data.get("connector") or {}
    row = (data.get("name"), connector.get("state"), data.get("type"), connector.get("worker_id"))
    lines = table(("CONNECTOR", "STATE", "TYPE", "WORKER"), [row])
    if connector.get("state") == "FAILED" and connector.get("trace"):
        lines.append(f"trace: {shown(connector['trace'])}")
    keys = ("id", "state", "worker_id", "msg")
    tasks = [[task.get(key) for key in keys] for task in data.get("tasks") or []]
    return lines + (["", *table(("TASK", "STATE", "WORKER", "MSG"), tasks)] if tasks else [])


def tasks(args: argparse.Namespace, data: Any) -> list[str]:
    rows: list[tuple[object, ...]] = []
    for position, task in enumerate(data):
        number = (task.get("id") or {}).get("task", f"#{position}")
        config = task.get("config") or {"(no configuration)": ""}
        rows.extend((number if n == 0 else "", k, config[k]) for n, k in enumerate(sorted(config)))
    title = f"{shown(args.connector)}: {len(data)} task{'s' if len(data) != 1 else ''}"
    return [title, *(["", *table(("TASK", "KEY", "VALUE"), rows)] if rows else [])]


def config(_: argparse.Namespace, data: Any) -> list[str]:
    return table(("KEY", "VALUE"), [(key, data[key]) for key in sorted(data)])


def plugins(data: Any) -> list[str]:
    rows = [(plugin.get("class"), plugin.get("type"), plugin.get("version", "")) for plugin in data]
    return table(("PLUGIN", "TYPE", "VERSION"), rows)


def offsets(data: Any) -> list[str]:
    entries = data.get("offsets") or []
    observed = (data.get("metadata") or {}).get("observed_at")
    title = f"{shown(data.get('name'))}: {len(entries)} offset{'s' if len(entries) != 1 else ''}"
    title += f", observed at {shown(observed)}" if observed else ""
    rows = [(entry.get("partition"), entry.get("offset")) for entry in entries]
    return [title, *(["", *table(("PARTITION", "OFFSET"), rows)] if rows else [])]


def offsets_request(data: Any) -> list[str]:
    request, status = data.get("request") or {}, data.get("status") or {}
    row = (status.get("phase"), request.get("type"), len(request.get("offsets") or []), request.get("requested_at"),
           data.get("applied_at") or "")  # fmt: skip
    lines = table(("PHASE", "TYPE", "OFFSETS", "REQUESTED AT", "APPLIED AT"), [row])
    return lines + ([f"message: {shown(status['message'])}"] if status.get("message") else [])


def validation(plugin: str, data: Any) -> list[str]:
    """Each key's errors; a line saying there are none otherwise."""
    rows = [
        ((entry.get("value") or {}).get("name"), error)
        for entry in data.get("configs") or []
        for error in (entry.get("value") or {}).get("errors") or []
    ]
    checked = len(data.get("configs") or [])
    if not rows:
        return [f"{shown(plugin)}: no errors ({checked} keys checked)"]
    title = f"{shown(plugin)}: {len(rows)} error{'s' if len(rows) != 1 else ''} ({checked} keys checked)"
    return [title, "", *table(("KEY", "ERROR"), rows)]


def results(rows: Iterable[Sequence[object]]) -> list[str]:
    """What a command did to each connector it was given."""
    return table(("CONNECTOR", "RESULT"), rows)


def strict(data: Any) -> Any:
    """`data` with every number JSON cannot carry written as its word: "NaN", "Infinity", "-Infinity"."""
    if isinstance(data, float) and not math.isfinite(data):
        return "NaN" if math.isnan(data) else "Infinity" if data > 0 else "-Infinity"
    if isinstance(data, dict):
        return {key: strict(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [strict(value) for value in data]
    return data


def as_json(data: Any) -> str:
    """One strict, indented JSON document; json.dumps escaped C0 inside strings, the other unsafe characters are
    escaped here (the newlines left are its own indentation)."""
    text = json.dumps(strict(data), indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return _UNSAFE.sub(lambda found: found[0] if found[0] == "\n" else f"\\u{ord(found[0]):04x}", text)
