"""How connectors move in time: what a request starts takes effect after a delay.

Create, a new config, pause, resume, restart and an offsets alteration each schedule a step
that is due `delay` seconds after the request. Nothing runs in the background: the steps
that are due are applied, in order, whenever the simulator's state is read (`settle`), so a
fake clock moves a connector exactly when a test says.

What a step leads to is decided when it is applied, from what the connector holds then: a
secret written as a mask, or a value its plugin refuses, makes it FAILED whatever restarts
it, as a wrong credential does on the live service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from . import _plugins
from ._data import Connector, is_mask, masked

Key = tuple[str, str, str]  # environment, cluster, connector name

_ERRORS = "There were some errors with your configuration:\n"
_KAFKA_KEY = "Authentication failed: Provided Kafka ApiKey is invalid"
_CREDENTIAL = "Authentication failed: the credentials are invalid"


class _Step(NamedTuple):
    due: float
    apply: Callable[[Connector], None]


class Timeline:
    """Steps waiting to happen to each connector, and the clock that says when they are due.
    Its callers hold the simulator's lock."""

    def __init__(self, delay: float, clock: Callable[[], float]) -> None:
        self.delay, self.clock = delay, clock
        self._steps: dict[Key, list[_Step]] = {}

    def later(self, key: Key, apply: Callable[[Connector], None]) -> None:
        """Apply `apply` to the connector once the delay has passed."""
        self._steps.setdefault(key, []).append(_Step(self.clock() + self.delay, apply))

    def forget(self, key: Key) -> None:
        """Drop what was waiting for a connector (deleted, or replaced)."""
        self._steps.pop(key, None)

    def settle(self, connectors: dict[Key, Connector]) -> None:
        """Apply every step that is due, oldest first."""
        now = self.clock()
        for key in list(self._steps):
            steps, connector = self._steps[key], connectors.get(key)
            while connector is not None and steps and steps[0].due <= now:
                steps.pop(0).apply(connector)
            if connector is None or not steps:
                del self._steps[key]


def configure(connector: Connector, config: dict[str, str]) -> None:
    """Store a config as it was written (reads show its secrets masked); the connector keeps
    its state and tasks until `start` runs."""
    connector.written = {**config, "name": connector.name}
    connector.config = masked(connector.written)
    plugin = _plugins.find(connector.config.get("connector.class", ""))
    if plugin is not None:
        connector.type = plugin.type
    if connector.config.get("confluent.connector.type") == "CUSTOM":  # as a custom connector's reads show
        connector.connector_id = connector.connector_id or "c" + connector.ident()
        connector.status_extra = {
            "errors_from_trace": [], "validation_errors": [], "override_message": ""
        }  # fmt: skip


def lasting_problems(connector: Connector) -> list[tuple[str, str]]:
    """(key, problem) for what keeps a connector from running however often it restarts:
    a secret written as a mask, or a value its plugin refuses. A connector the simulator was
    given (not written through the API) holds what the live service holds: none."""
    if connector.written is None:
        return []
    problems = [
        (key, _KAFKA_KEY if key.startswith("kafka.api.") else _CREDENTIAL)
        for key, value in connector.written.items()
        if is_mask(value)
    ]
    plugin = _plugins.PLUGINS.get(connector.current_config().get("connector.class", ""))
    return problems + (_plugins.config_errors(plugin, connector.current_config()) if plugin else [])


def start(connector: Connector, doomed: str = "") -> None:
    """After a create or a new config: tasks from `tasks.max`, RUNNING (still PAUSED if it
    was paused), or FAILED with `doomed` as the trace, or with the problems it holds."""
    if doomed:
        _failed(connector, doomed)
        return
    paused = connector.state == "PAUSED"
    connector.tasks = []
    _run(connector)
    if paused and connector.state == "RUNNING":
        connector.state = "PAUSED"


def pause(connector: Connector) -> None:
    """PAUSED, the connector and its tasks; a FAILED connector stays FAILED."""
    if connector.state != "FAILED":
        connector.state = "PAUSED"


def resume(connector: Connector) -> None:
    """A PAUSED connector runs again (or FAILS, if what it holds still keeps it from running)."""
    if connector.state == "PAUSED":
        _run(connector)


def restart(connector: Connector) -> None:
    """The connector and its tasks start again: FAILED ones come back RUNNING unless what
    made them fail is still there. A PAUSED connector stays PAUSED, its tasks restarted."""
    if connector.state == "PAUSED":
        connector.task_states, connector.task_traces = [], {}
        return
    _run(connector)


def fail(connector: Connector, trace: str, task: int | None = None) -> None:
    """The connector (task None) or one of its tasks FAILED now, with `trace` as its error."""
    if task is None:
        connector.state, connector.trace = "FAILED", trace
        return
    if not 0 <= task < len(connector.tasks):
        raise ValueError(f"connector {connector.name!r} has {len(connector.tasks)} tasks now: there is no task {task}")
    states = [connector.task_state(n) for n in range(len(connector.tasks))]
    states[task] = "FAILED"
    connector.task_states, connector.task_traces[task] = states, trace


def _run(connector: Connector) -> None:
    problems = lasting_problems(connector)
    if problems:
        lines = [f"{key}: {problem}" for key, problem in problems]
        _failed(connector, _ERRORS + "".join(line + "\n" for line in lines))
        connector.status_extra = {
            **connector.status_extra, "errors_from_trace": [], "validation_errors": lines, "override_message": "",
        }  # fmt: skip
        return
    if not connector.tasks:
        config = connector.current_config()
        count = config.get("tasks.max", "1")
        connector.tasks = [dict(config) for _ in range(int(count) if count.isdigit() else 1)]
    connector.state, connector.trace = "RUNNING", ""
    connector.task_states, connector.task_traces = [], {}
    if connector.status_extra.get("validation_errors"):
        connector.status_extra = {**connector.status_extra, "validation_errors": []}


def _failed(connector: Connector, trace: str) -> None:
    """FAILED with no tasks, as the live service shows a connector that could not start."""
    connector.state, connector.trace = "FAILED", trace
    connector.tasks, connector.task_states, connector.task_traces = [], [], {}
