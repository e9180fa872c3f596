"""`confluent-connect`: connectors, their status, tasks and config, from a shell. Both outputs come from the same
masked data; server text is untrusted: control characters are escaped."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any

from confluent_connect_api.models import ConnectorExpansionMap
from confluent_connect_api.types import redacted_data

from .._client import ConnectClient
from .._credentials import DEFAULT_BASE_URL, ENV_API_KEY, ENV_API_SECRET, ENV_BASE_URL, scrub
from ..errors import ConfigurationError, ConnectError, InvalidArgumentError
from . import _render as render

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
# command -> (help, client method, whether it takes a CONNECTOR, table of the masked data)
_COMMANDS: dict[str, tuple[str, str, bool, Callable[[argparse.Namespace, Any], list[str]]]] = {
    "connectors": ("the cluster's connectors: state, type and tasks",
                   "list_connectors_with_expansions", False, render.connectors),
    "status": ("a connector's state, worker and trace, and each task's",
               "read_connector_status", True, render.status),
    "tasks": ("a connector's tasks and their configuration", "list_tasks", True, render.tasks),
    "config": ("a connector's configuration, secrets masked", "get_connector_config", True,
               render.config),
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
        return f"confluent-connect: {render.shown(super().format(record))}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    args = _parser().parse_args(argv)
    _, method, named, show = _COMMANDS[args.command]
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
        print(f"confluent-connect: {render.shown(scrub(message))}", file=sys.stderr)
        return EXIT_USAGE if usage else EXIT_API_ERROR
    finally:
        logger.removeHandler(handler)
    # One masking path for both outputs; a listing's keys are connector names, not config keys.
    if isinstance(result, ConnectorExpansionMap):
        data: Any = {name: redacted_data(item) for name, item in result.items()}
    else:
        data = redacted_data(result)
    print(render.as_json(data) if args.output == "json" else "\n".join(show(args, data)))
    return EXIT_OK
