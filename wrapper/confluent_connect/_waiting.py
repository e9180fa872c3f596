"""Waiting until a connector reaches a state, or an offsets request is done, by polling its status.

Connectors change state asynchronously: provisioning takes minutes, pause and resume are "not at the same time", and
a connector or a task can go FAILED on the way. A poll goes through the client like any call (its rate budget, its
429 handling); polls start `poll_interval` apart (1 s) and back off by half each time to at most 15 s; sleeping is the
client's (asyncio's in the async client). A connector not found right after its creation is waited for, up to 30 s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from confluent_connect_api.redaction import scrub_value

from ._credentials import scrub
from ._flow import Call, Flow, sleep
from .errors import ConnectorFailedError, InvalidArgumentError, NotFoundError, WaitTimeoutError

LONGEST_POLL, NOT_FOUND_GRACE = 15.0, 30.0
_TRACE_LENGTH = 300
_SPACE = re.compile(r"\s+")


class Pace(NamedTuple):
    """How long to wait in all, the first pause between polls, and the clock both are read on."""

    timeout: float
    poll_interval: float
    clock: Callable[[], float]
    failed_grace: float = 0.0  # seconds from the start during which FAILED is waited through


def connector_state(ids: tuple[str, str, str], state: str, pace: Pace) -> Flow[Any]:
    """The flow of `wait_for_connector`: the status once the connector is in `state` (and, for RUNNING, every task
    too); ConnectorFailedError as soon as the connector or a task is FAILED while waiting for another state."""
    if not isinstance(state, str) or not state.strip():
        raise InvalidArgumentError("state", f"must be a state such as RUNNING or PAUSED, not {state!r}")
    grace = pace.failed_grace
    if isinstance(grace, bool) or not isinstance(grace, int | float) or not 0 <= grace < math.inf:
        raise InvalidArgumentError("failed_grace", f"must be a number of seconds >= 0, not {grace!r}")
    wanted, name, start = state.strip().upper(), ids[2], pace.clock()

    def judge(status: Any) -> bool:
        tasks = status.tasks or []
        if status.connector.state == wanted and (wanted != "RUNNING" or all(t.state == "RUNNING" for t in tasks)):
            return True
        failed = [f"task {t.id} is FAILED: {_excerpt(t.msg)}" for t in tasks if t.state == "FAILED"]
        if status.connector.state == "FAILED":
            problems = [*map(str, _extra(status, "validation_errors") or []), status.connector.trace]
            failed.insert(0, f"is FAILED: {_excerpt(' '.join(p for p in problems if p))}")
        if failed and wanted != "FAILED" and pace.clock() - start >= grace:
            raise ConnectorFailedError(
                f"connector {name!r}{'' if failed[0][0] == 'i' else ':'} {'; '.join(failed)}", status
            )
        return False

    def seen(status: Any) -> str:
        tasks = status.tasks or []
        states = ", ".join(f"{s} {sum(t.state == s for t in tasks)}" for s in dict.fromkeys(t.state for t in tasks))
        return f"{status.connector.state}" + (f" (tasks: {states})" if tasks else " (no tasks)")

    return _poll(Call("read_connector_status", ids), judge, seen, f"connector {name!r} to be {wanted}", pace)


def offsets_request(ids: tuple[str, str, str], pace: Pace) -> Flow[Any]:
    """The flow of `wait_for_offsets_request`: its status once APPLIED; ConnectorFailedError once FAILED."""

    def judge(status: Any) -> bool:
        if status.status.phase == "FAILED":
            message = _excerpt(status.status.message)
            raise ConnectorFailedError(f"the offsets request for connector {ids[2]!r} FAILED: {message}", status)
        return bool(status.status.phase == "APPLIED")

    what = f"the offsets request for connector {ids[2]!r} to be APPLIED"
    return _poll(
        Call("get_connector_offsets_request_status", ids), judge, lambda status: status.status.phase, what, pace
    )


def _poll(read: Call, judge: Callable[[Any], bool], seen: Callable[[Any], str], what: str, pace: Pace) -> Flow[Any]:
    """Poll with `read` until `judge` says done (or raises), backing off; WaitTimeoutError past the timeout."""
    timeout, clock = pace.timeout, pace.clock
    for argument, value in (("timeout", timeout), ("poll_interval", pace.poll_interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            raise InvalidArgumentError(argument, f"must be a number of seconds > 0, not {value!r}")
    start = clock()
    status, interval = None, float(pace.poll_interval)
    while True:
        try:
            status = yield read
        except NotFoundError:  # just created, perhaps: not yet known everywhere
            if clock() - start > min(NOT_FOUND_GRACE, timeout) or status is not None:
                raise
        else:
            if judge(status):
                return status
        left = start + timeout - clock()
        if left <= 0:
            last = seen(status) if status is not None else "not found"
            raise WaitTimeoutError(f"gave up waiting for {what} after {timeout:g} s: last seen {last}", status)
        yield sleep(min(interval, left))
        interval = min(interval * 1.5, LONGEST_POLL)


def _extra(model: Any, key: str) -> Any:  # a key the document does not declare, as the live service sends it
    return model[key] if isinstance(model, Mapping) and key in model else None


def _excerpt(text: object) -> str:
    """A trace as one masked line, cut to a few hundred characters: the first lines say what went wrong."""
    line = _SPACE.sub(" ", scrub_value(scrub(text))).strip() if isinstance(text, str) else ""
    return (line if len(line) <= _TRACE_LENGTH else line[: _TRACE_LENGTH - 1] + "…") or "(no trace)"
