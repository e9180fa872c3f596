"""`confluent-connect`: connectors, their status, tasks and config, from a shell. Both outputs
come from the same masked data; server text is untrusted: control characters are escaped."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from typing import Any

from confluent_connect_api.models import ConnectorExpansionMap
from confluent_connect_api.types import redacted_data

from ._auth import DEFAULT_BASE_URL, ENV_API_KEY, ENV_API_SECRET, ENV_BASE_URL
from ._client import ConnectClient
from ._redact import scrub
from .errors import ConfigurationError, ConnectError, InvalidArgumentError

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2
_EPILOG = f"""environment variables:
  {ENV_API_KEY}, {ENV_API_SECRET}  a Cloud API key (required)
  {ENV_BASE_URL}  the API's address (default {DEFAULT_BASE_URL})

exit codes: 0 success, 1 API or network error, 2 usage or configuration error"""
# The client's names for what the user typed -> the names the user knows.
_CLI_TERMS = {
    "environment_id": "ENVIRONMENT",
    "kafka_cluster_id": "CLUSTER",
    "connector_name": "CONNECTOR",
    "max_retries": "--max-retries",
    "base_url": ENV_BASE_URL,
}
# C0, DEL, C1, line/paragraph separators, bidi controls: could forge rows or drive a terminal.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _shown(value: object) -> str:
    """A value as one safe line of text: control characters escaped as repr() writes them."""
    text = value if isinstance(value, str) else "" if value is None else json.dumps(value)
    return _UNSAFE.sub(lambda found: repr(found.group())[1:-1], text)


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Aligned columns, two spaces apart; every cell through `_shown`."""
    cells = [[_shown(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[n]) for row in cells) for n in range(len(header) - 1)]
    return ["  ".join([*map(str.ljust, row[:-1], widths), row[-1]]).rstrip() for row in cells]


def _connectors(_: argparse.Namespace, data: Any) -> list[str]:
    rows = []
    for name in sorted(data):
        status = data[name].get("status") or {}
        states = Counter(str(task.get("state")) for task in status.get("tasks") or [])
        summary = ", ".join(f"{count} {state}" for state, count in states.most_common())
        state = (status.get("connector") or {}).get("state")
        rows.append((name, state, status.get("type"), states.total(), summary))
    return _table(("NAME", "STATE", "TYPE", "TASKS", "TASK STATES"), rows)


def _status(_: argparse.Namespace, data: Any) -> list[str]:
    connector = data.get("connector") or {}
    row = (data.get("name"), connector.get("state"), data.get("type"), connector.get("worker_id"))
    lines = _table(("CONNECTOR", "STATE", "TYPE", "WORKER"), [row])
    if connector.get("state") == "FAILED" and connector.get("trace"):
        lines.append(f"trace: {_shown(connector['trace'])}")
    keys = ("id", "state", "worker_id", "msg")
    tasks = [[task.get(key) for key in keys] for task in data.get("tasks") or []]
    return lines + (["", *_table(("TASK", "STATE", "WORKER", "MSG"), tasks)] if tasks else [])


def _tasks(args: argparse.Namespace, data: Any) -> list[str]:
    rows: list[tuple[object, ...]] = []
    for position, task in enumerate(data):
        number = (task.get("id") or {}).get("task", f"#{position}")
        config = task.get("config") or {"(no configuration)": ""}
        rows.extend((number if n == 0 else "", k, config[k]) for n, k in enumerate(sorted(config)))
    title = f"{_shown(args.connector)}: {len(data)} task{'s' if len(data) != 1 else ''}"
    return [title, *(["", *_table(("TASK", "KEY", "VALUE"), rows)] if rows else [])]


# command -> (help, client method, whether it takes a CONNECTOR, table of the masked data)
_COMMANDS: dict[str, tuple[str, str, bool, Callable[[argparse.Namespace, Any], list[str]]]] = {
    "connectors": ("the cluster's connectors: state, type and tasks",
                   "list_connectors_with_expansions", False, _connectors),
    "status": ("a connector's state, worker and trace, and each task's",
               "read_connector_status", True, _status),
    "tasks": ("a connector's tasks and their configuration", "list_tasks", True, _tasks),
    "config": ("a connector's configuration, secrets masked", "get_connector_config", True,
               lambda _, data: _table(("KEY", "VALUE"), [(k, data[k]) for k in sorted(data)])),
}  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    version = next((d.version for d in metadata.distributions(name="confluent-connect")), "unknown")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("environment", metavar="ENVIRONMENT", help="environment ID: env-abc123")
    common.add_argument("cluster", metavar="CLUSTER", help="Kafka cluster ID: lkc-abc123")
    common.add_argument("--output", "-o", choices=("table", "json"), default="table",
                        help="table (the default) or json; secrets masked in both")  # fmt: skip
    common.add_argument("--verbose", "-v", action="store_true", help="show retries on stderr")
    common.add_argument("--max-retries", type=int, metavar="N",
                        help="retries after the first attempt (default 5)")  # fmt: skip
    style: dict[str, Any] = {
        "epilog": _EPILOG,
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }
    parser = argparse.ArgumentParser(prog="confluent-connect", description=__doc__, **style)
    parser.add_argument("--version", action="version", version=f"%(prog)s {version}",
                        help="show the installed version and exit")  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (text, _, named, _) in _COMMANDS.items():
        command = commands.add_parser(name, help=text, description=text, parents=[common], **style)
        if named:
            command.add_argument("connector", metavar="CONNECTOR", help="connector name")
    return parser


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"confluent-connect: {_shown(super().format(record))}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    _, method, named, render = _COMMANDS[args.command]
    logger, handler = logging.getLogger("confluent_connect"), logging.StreamHandler()
    handler.setFormatter(_OneLine())
    handler.setLevel(logging.NOTSET if args.verbose else logging.CRITICAL + 1)
    logger.addHandler(handler)  # retries are WARNINGs: shown unless configured otherwise
    try:
        if not (os.environ.get(ENV_API_KEY) or os.environ.get(ENV_API_SECRET)):
            raise ConfigurationError(f"no credentials: set {ENV_API_KEY} and {ENV_API_SECRET}")
        ids = [args.environment, args.cluster, *([args.connector] if named else [])]
        with ConnectClient(max_retries=args.max_retries) as client:
            result = getattr(client, method)(*ids)
    except ConnectError as error:
        usage, message = isinstance(error, ConfigurationError | InvalidArgumentError), str(error)
        if isinstance(error, InvalidArgumentError):
            message = f"{_CLI_TERMS.get(error.argument, error.argument)} {error.problem}"
        for term, typed in _CLI_TERMS.items() if isinstance(error, ConfigurationError) else ():
            message = message.replace(term, typed)
        print(f"confluent-connect: {_shown(scrub(message))}", file=sys.stderr)
        return EXIT_USAGE if usage else EXIT_API_ERROR
    finally:
        logger.removeHandler(handler)
    # One masking path for both outputs; a listing's keys are connector names, not config keys.
    if isinstance(result, ConnectorExpansionMap):
        data: Any = {name: redacted_data(item) for name, item in result.items()}
    else:
        data = redacted_data(result)
    if args.output == "json":
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
        # json.dumps escaped C0 inside strings; the newlines left are its own indentation.
        escape = lambda found: found[0] if found[0] == "\n" else f"\\u{ord(found[0]):04x}"  # noqa: E731
        print(_UNSAFE.sub(escape, text))
    else:
        print("\n".join(render(args, data)))
    return EXIT_OK
