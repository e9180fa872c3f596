"""Running a command: the client, the console, the commands that read, and one place where errors become exit
codes. The commands that change things are in `_changes`, imported only when one of them runs."""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from typing import Any

from confluent_connect_api.types import redacted_data

from .._credentials import ENV_API_KEY, ENV_API_SECRET
from ..errors import ConfigurationError, ConnectError
from . import _render
from ._console import Console
from ._errors import InputError, explained
from ._parser import EXIT_FAILED, EXIT_OK
from ._watching import WatchingClient


class Run:
    """One command's client, arguments and console; `label` names the file the command sent, for its errors."""

    def __init__(self, client: WatchingClient, args: argparse.Namespace, console: Console) -> None:
        self.client, self.args, self.console = client, args, console
        self.label = "body"

    def ids(self, name: str) -> tuple[str, str, str]:
        return self.args.environment, self.args.cluster, name

    def show(self, data: Any, lines: Callable[[], list[str]]) -> None:
        """Data on stdout: one JSON document with -o json, else the table `lines` makes."""
        self.console.out(_render.as_json(data) if self.args.output == "json" else "\n".join(lines()))


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; its exit code."""
    console = Console(verbose=args.verbose)
    logger, handler = logging.getLogger("confluent_connect"), logging.StreamHandler()
    handler.setFormatter(_OneLine(console))
    handler.setLevel(logging.NOTSET if args.verbose else logging.CRITICAL + 1)
    logger.addHandler(handler)  # retries are WARNINGs: shown with --verbose
    current: Run | None = None
    try:
        if not (os.environ.get(ENV_API_KEY) or os.environ.get(ENV_API_SECRET)):
            raise ConfigurationError(f"no credentials: set {ENV_API_KEY} and {ENV_API_SECRET}")
        with WatchingClient(max_retries=args.max_retries) as client:
            current = Run(client, args, console)
            return COMMANDS[args.command](current)
    except (ConnectError, InputError) as error:
        code, message = explained(error, current.label if current else "body")
        console.error(message)
        return code
    finally:
        logger.removeHandler(handler)


class _OneLine(logging.Formatter):
    def __init__(self, console: Console) -> None:
        super().__init__()
        self.console = console

    def format(self, record: logging.LogRecord) -> str:
        return f"confluent-connect: {_render.shown(self.console.masked(super().format(record)))}"


def connectors(run: Run) -> int:
    listing = run.client.list_connectors_with_expansions(run.args.environment, run.args.cluster)
    # A listing's keys are connector names, not config keys: each item is masked on its own.
    data = {name: redacted_data(item) for name, item in listing.items()}
    run.show(data, lambda: _render.connectors(run.args, data))
    return EXIT_OK


def status(run: Run) -> int:
    """The status; with --check, exit 1 (saying why on stderr) unless the connector and every task are RUNNING."""
    data = redacted_data(run.client.read_connector_status(*run.ids(run.args.connector)))
    run.show(data, lambda: _render.status(run.args, data))
    if not run.args.check:
        return EXIT_OK
    connector = (data.get("connector") or {}).get("state")
    problems = [f"the connector is {connector}"] if connector != "RUNNING" else []
    states = [(task.get("id"), task.get("state")) for task in data.get("tasks") or []]
    problems += [f"task {number} is {state}" for number, state in states if state != "RUNNING"]
    if problems:
        run.console.error(f"{run.args.connector}: not healthy: {'; '.join(problems)}")
    return EXIT_FAILED if problems else EXIT_OK


def tasks(run: Run) -> int:
    data = redacted_data(run.client.list_tasks(*run.ids(run.args.connector)))
    run.show(data, lambda: _render.tasks(run.args, data))
    return EXIT_OK


def config(run: Run) -> int:
    data = redacted_data(run.client.get_connector_config(*run.ids(run.args.connector)))
    run.show(data, lambda: _render.config(run.args, data))
    return EXIT_OK


def offsets(run: Run) -> int:
    """The offsets; with --set or --reset, an alteration request instead (see `_changes.offsets`)."""
    if run.args.set_ or run.args.reset or run.args.file or run.args.wait:
        return _changing("offsets")(run)
    data = redacted_data(run.client.get_connector_offsets(*run.ids(run.args.connector)))
    run.show(data, lambda: _render.offsets(data))
    return EXIT_OK


def plugins(run: Run) -> int:
    data = redacted_data(run.client.list_connector_plugins(run.args.environment, run.args.cluster))
    run.show(data, lambda: _render.plugins(data))
    return EXIT_OK


def _changing(name: str) -> Callable[[Run], int]:
    """The command `_changes.<name>`, imported as it runs: a command that reads needs none of it (nor the diff, the
    file and value readers and the body check behind it)."""

    def command(run: Run) -> int:
        from . import _changes  # noqa: PLC0415

        change: Callable[[Run], int] = getattr(_changes, name)
        return change(run)

    return command


COMMANDS: dict[str, Callable[[Run], int]] = {
    "connectors": connectors, "status": status, "tasks": tasks, "config": config, "offsets": offsets,
    "plugins": plugins, "apply": _changing("apply"), "patch": _changing("patch"), "pause": _changing("lifecycle"),
    "resume": _changing("lifecycle"), "restart": _changing("lifecycle"), "delete": _changing("delete"),
    "wait": _changing("wait"), "validate": _changing("validate"),
}  # fmt: skip
