"""`confluent-connect`: the client from a shell.

    confluent-connect tasks ENVIRONMENT CLUSTER CONNECTOR [--output table|json] [--verbose]
                            [--max-retries N]

Credentials and endpoint come from the environment, as the client reads them
(CONFLUENT_CLOUD_API_KEY, CONFLUENT_CLOUD_API_SECRET, CONFLUENT_CLOUD_REST_ENDPOINT).
Secrets are masked in both outputs.

Exit codes: 0 success; 1 the API or the network failed; 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from confluent_connect_api.models import ConnectorTask

from ._client import ConnectClient
from ._constants import LOGGER_NAME
from ._redact import redacted_data, scrub
from .errors import ConfigurationError, ConnectError, InvalidArgumentError

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="confluent-connect",
        description="Read Confluent Cloud's Connect v1 API.",
        epilog="Exit codes: 0 success, 1 API or network error, 2 usage or configuration error.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    tasks = commands.add_parser("tasks", help="list a connector's tasks and their configuration")
    tasks.add_argument("environment", metavar="ENVIRONMENT", help="environment ID, e.g. env-abc123")
    tasks.add_argument("cluster", metavar="CLUSTER", help="Kafka cluster ID, e.g. lkc-abc123")
    tasks.add_argument("connector", metavar="CONNECTOR", help="connector name")
    tasks.add_argument("--output", "-o", choices=("table", "json"), default="table")
    tasks.add_argument("--verbose", "-v", action="store_true", help="show retries as they happen")
    tasks.add_argument(
        "--max-retries", type=int, default=None, metavar="N", help="retries after the first attempt"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    if args.verbose:
        _show_retries(sys.stderr)
    try:
        with ConnectClient(max_retries=args.max_retries) as client:
            tasks = client.list_tasks(args.environment, args.cluster, args.connector)
    except (ConfigurationError, InvalidArgumentError) as error:
        print(f"confluent-connect: {scrub(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except ConnectError as error:
        print(f"confluent-connect: {scrub(str(error))}", file=sys.stderr)
        return EXIT_API_ERROR
    if args.output == "json":
        data = redacted_data([task.to_dict() for task in tasks])
        json.dump(data, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(args.connector, tasks))
    return EXIT_OK


def format_table(connector: str, tasks: list[ConnectorTask]) -> str:
    """One block of KEY VALUE rows per task, keys sorted, secrets masked."""
    lines = [f"{connector}: {len(tasks)} task{'s' if len(tasks) != 1 else ''}"]
    rows: list[tuple[str, str, str]] = []
    for position, task in enumerate(tasks):
        number = str(task.id.task) if task.id and isinstance(task.id.task, int) else f"#{position}"
        config = redacted_data(dict(task.config)) if task.config else {}
        for index, key in enumerate(sorted(config)):
            rows.append((number if index == 0 else "", key, str(config[key])))
        if not config:
            rows.append((number, "(no configuration)", ""))
    if rows:
        task_width = max(4, *(len(row[0]) for row in rows))
        key_width = max(3, *(len(row[1]) for row in rows))
        lines.append("")
        lines.append(f"{'TASK':<{task_width}}  {'KEY':<{key_width}}  VALUE")
        lines.extend(f"{t:<{task_width}}  {k:<{key_width}}  {v}".rstrip() for t, k, v in rows)
    return "\n".join(lines) + "\n"


def _show_retries(stream: TextIO) -> None:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("confluent-connect: %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


if __name__ == "__main__":
    sys.exit(main())
