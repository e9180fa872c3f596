"""The command line's grammar: every command, its arguments and options. Standard library only, so that `--help` and
parsing cost no more than argparse: the client is imported once a command runs."""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
ENV_API_KEY, ENV_BASE_URL = "CONFLUENT_CLOUD_API_KEY", "CONFLUENT_CLOUD_REST_ENDPOINT"
ENV_API_SECRET = "CONFLUENT_CLOUD_API_SECRET"  # noqa: S105 - a variable's name, not a secret
DESCRIPTION = """Confluent Cloud's managed connectors from a shell: read them, apply them from files,
change, pause, resume, restart and delete them, wait for a state, move their offsets,
validate configs. Data goes to stdout (a table, or one JSON document with -o json; secrets
masked in both); errors, and progress on a terminal or with --verbose, go to stderr."""
EPILOG = f"""environment variables:
  {ENV_API_KEY}, {ENV_API_SECRET}  a Cloud API key (required)
  {ENV_BASE_URL}  the API's address (default https://api.confluent.cloud)

exit codes:
  {EXIT_OK}    success
  {EXIT_FAILED}    an API or network error; a wait that saw FAILED or timed out; a failed --check or validation;
       a declined delete
  {EXIT_USAGE}    usage or bad input (nothing was sent)
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)"""
VALUES = """A VALUE written @PATH is read from that file (trailing newlines dropped, as
$(cat PATH) does), env:NAME from that environment variable; raw:TEXT is TEXT as it stands.
So secrets need never be typed on a command line."""
WAIT_DEFAULT_TIMEOUT = 600.0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, not {text!r}")
    return value


class _Version(argparse.Action):
    """--version, which reads the installed distribution's metadata only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the installed version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib import metadata  # noqa: PLC0415 - slow, and needed only here

        version = next((d.version for d in metadata.distributions(name="confluent-connect")), "unknown")
        sys.stdout.write(f"{parser.prog} {version}\n")  # on stdout, as argparse's own version action writes
        parser.exit()


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("environment", metavar="ENVIRONMENT", help="environment ID: env-abc123")
    common.add_argument("cluster", metavar="CLUSTER", help="Kafka cluster ID: lkc-abc123")
    common.add_argument("--output", "-o", choices=("table", "json"), default="table",
                        help="table (the default) or json; secrets masked in both")  # fmt: skip
    common.add_argument("--verbose", "-v", action="store_true",
                        help="show retries and state changes on stderr (shown on a terminal anyway)")  # fmt: skip
    common.add_argument("--max-retries", type=int, metavar="N", help="retries after the first attempt (default 5)")
    return common


def _waiting(command: argparse.ArgumentParser, flag: bool) -> None:
    if flag:
        command.add_argument("--wait", action="store_true", help="wait until the change has taken effect")
    command.add_argument("--timeout", type=_seconds, default=WAIT_DEFAULT_TIMEOUT, metavar="SECONDS",
                         help=f"how long to wait before giving up (default {WAIT_DEFAULT_TIMEOUT:g})")  # fmt: skip
    command.add_argument("--poll-interval", type=_seconds, default=1.0, metavar="SECONDS",
                         help="the first pause between status reads; later ones grow to 15 s (default 1)")  # fmt: skip


def _file(command: argparse.ArgumentParser, what: str, *, required: bool = True) -> None:
    command.add_argument("--file", "-f", required=required, metavar="FILE", help=f"{what}; - reads stdin")


def parser() -> argparse.ArgumentParser:
    """The whole command line."""
    style: dict[str, Any] = {"epilog": EPILOG, "formatter_class": argparse.RawDescriptionHelpFormatter}
    top = argparse.ArgumentParser(prog="confluent-connect", description=DESCRIPTION, **style)
    top.add_argument("--version", action=_Version)
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parents = [_common()]

    def add(name: str, text: str, *, connector: str = "") -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=text, description=text, parents=parents, **style)
        if connector == "one":
            command.add_argument("connector", metavar="CONNECTOR", help="connector name")
        elif connector == "many":
            command.add_argument("connectors", metavar="CONNECTOR", nargs="+", help="connector names")
        return command

    add("connectors", "the cluster's connectors: state, type and tasks")
    status = add("status", "a connector's state, worker and trace, and each task's", connector="one")
    status.add_argument("--check", action="store_true",
                        help="exit 1 unless the connector and every task are RUNNING (a health check)")  # fmt: skip
    add("tasks", "a connector's tasks and their configuration", connector="one")
    add("config", "a connector's configuration, secrets masked", connector="one")

    apply = add("apply", "create a connector from a file, or replace its config if it exists")
    _file(apply, 'JSON: create\'s body {"name": ..., "config": {...}}, or a flat config with a name key')
    apply.add_argument("--dry-run", action="store_true",
                       help="show the keys that would be added, removed and changed; send nothing")  # fmt: skip
    _waiting(apply, flag=True)

    patch = add("patch", "change some config keys and keep the rest", connector="one")
    patch.description = f"{patch.description}.\n\n{VALUES}"
    patch.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="set_",
                       help="set KEY to VALUE (repeatable)")  # fmt: skip
    patch.add_argument("--remove", action="append", default=[], metavar="KEY", help="remove KEY (repeatable)")

    for verb, text in (("pause", "pause"), ("resume", "resume"), ("restart", "restart")):
        _waiting(add(verb, f"{text} connectors (the service acts shortly after)", connector="many"), flag=True)
    delete = add("delete", "delete connectors (asks first on a terminal)", connector="many")
    delete.add_argument("--yes", "-y", action="store_true", help="delete without asking (required off a terminal)")

    wait = add("wait", "wait until a connector (and, for RUNNING, every task) is in a state", connector="one")
    wait.add_argument("--state", default="RUNNING", type=str.upper, help="RUNNING (the default), PAUSED, FAILED, ...")
    _waiting(wait, flag=False)

    offsets = add("offsets", "read a connector's offsets, or move them (then show the request's status)",
                  connector="one")  # fmt: skip
    change = offsets.add_mutually_exclusive_group()
    change.add_argument(
        "--set",
        action="store_true",
        dest="set_",
        help="set the offsets listed in --file (a list of {partition, offset}, or offsets' JSON)",
    )
    change.add_argument("--reset", action="store_true", help="reset every offset")  # fmt: skip
    _file(offsets, "with --set: the offsets, as JSON", required=False)
    _waiting(offsets, flag=True)

    add("plugins", "the managed connector plugins")
    validate = add("validate", "check a config against a plugin: each key's errors (exit 1 when any)")
    validate.add_argument("plugin", metavar="PLUGIN", help="plugin name: GcsSink, PostgresSource, ...")
    _file(validate, "JSON: a flat config, or create's body")
    return top
