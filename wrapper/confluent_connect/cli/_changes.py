"""The commands that change things (apply, patch, pause, resume, restart, delete, offsets changes), wait, and validate.

Every body goes through the library's check before anything is sent: a value made only of asterisks (what the
service returns in place of a secret) is refused, naming its keys. The values a command sends under secret keys are
handed to the console, which masks them in everything shown afterwards. The service acts on a change shortly after
accepting it; `--wait` polls (the library's waits) until it has, each state change shown as progress.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from confluent_connect_api.redaction import is_sensitive_key
from confluent_connect_api.types import redacted_data

from .._body import check_body
from ..errors import ConflictError, ConnectError, NotFoundError
from . import _diff, _input, _render
from ._console import is_terminal
from ._errors import InputError, explained
from ._parser import EXIT_FAILED, EXIT_OK
from ._watching import RESTART_GRACE, described

if TYPE_CHECKING:
    from ._commands import Run

# lifecycle command -> the state --wait waits for
_AWAITED = {"pause": "PAUSED", "resume": "RUNNING", "restart": "RUNNING"}


def apply(run: Run) -> int:
    """Create the connector a file describes, or replace its config when the name is taken (409 on create)."""
    args, client = run.args, run.client
    name, config = _input.connector_file(args.file)
    run.label = _input.label(args.file)
    _checked(run, config)
    ids = run.ids(name)
    if args.dry_run:
        try:
            live: dict[str, str] | None = dict(client.get_connector_config(*ids))
        except NotFoundError:
            live = None
        change = _diff.diff(name, live, config)
        run.show(_diff.as_data(change), lambda: _diff.as_lines(change))
        return EXIT_OK
    try:
        connector: Any = client.create_connector(args.environment, args.cluster, body={"name": name, "config": config})
        action = "created"
    except ConflictError:
        connector, action = client.create_or_update_connector_config(*ids, body=config), "config replaced"
    status = _wait(run, name, "RUNNING") if args.wait else None
    data = {"name": name, "action": action, "connector": redacted_data(connector), "status": redacted_data(status)}
    run.show(data, lambda: [f"{_render.shown(name)}: {action}", *_status_lines(run, data["status"])])
    return EXIT_OK


def patch(run: Run) -> int:
    """Set and remove keys, keeping the rest: the library's update_connector_config."""
    args = run.args
    if not args.set_ and not args.remove:
        raise InputError("patch needs --set KEY=VALUE or --remove KEY")
    changes, typed = _input.settings(args.set_, os.environ)
    run.label = "--set"
    _checked(run, changes)
    for key in (key for key in typed if is_sensitive_key(key)):
        run.console.error(f"warning: the value of {key} was typed on the command line, where shell history and "
                          "process listings keep it: pass @PATH or env:NAME")  # fmt: skip
    ids = run.ids(args.connector)
    config = redacted_data(run.client.update_connector_config(*ids, set=changes, remove=args.remove))
    run.show(config, lambda: _render.config(args, config))
    return EXIT_OK


def lifecycle(run: Run) -> int:
    """pause, resume or restart each connector; with --wait, then wait until each has taken effect."""
    verb, client = run.args.command, run.client
    action: Callable[[str, str, str], None] = getattr(client, f"{verb}_connector")
    requested, code = _each(run, lambda name: action(*run.ids(name)))
    statuses: dict[str, Any] = dict.fromkeys(requested)
    if run.args.wait:  # all were asked first: the waits overlap, as the service acts on each
        statuses, waited_code = _each(run, lambda name: _wait(run, name, _AWAITED[verb]), list(requested))
        code = max(code, waited_code)
    data = [{"name": name, "requested": verb, "status": redacted_data(status)} for name, status in statuses.items()]
    rows = [(name, described(status) if status else f"{verb} requested") for name, status in statuses.items()]
    if rows:
        run.show(data, lambda: _render.results(rows))
    return code


def delete(run: Run) -> int:
    """Delete each connector, after asking on a terminal; off a terminal only with --yes."""
    names = list(dict.fromkeys(run.args.connectors))
    if not run.args.yes:
        if not is_terminal(sys.stdin):
            raise InputError("delete asks before deleting, and there is no terminal to ask on: give --yes")
        where = f"{run.args.environment}/{run.args.cluster}"
        sys.stderr.write(f"Delete {', '.join(map(_render.shown, names))} from {_render.shown(where)}? [y/N] ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            run.console.error("nothing deleted")
            return EXIT_FAILED
    deleted, code = _each(run, lambda name: run.client.delete_connector(*run.ids(name)), names)
    if deleted:
        run.show([{"name": name, "deleted": True} for name in deleted], lambda: _render.results(
            (name, "deleted") for name in deleted))  # fmt: skip
    return code


def wait(run: Run) -> int:
    """Wait for --state; exit 0 once reached, 1 (the error on stderr) on FAILED or a timeout."""
    data = redacted_data(_wait(run, run.args.connector, run.args.state))
    run.show(data, lambda: _render.status(run.args, data))
    return EXIT_OK


def offsets(run: Run) -> int:
    """--set -f FILE or --reset: the alteration request, then its status (with --wait: until APPLIED or FAILED)."""
    args, client = run.args, run.client
    if bool(args.set_) != bool(args.file):
        raise InputError("offsets --set needs --file FILE, and --file goes with --set")
    if args.wait and not (args.set_ or args.reset):
        raise InputError("offsets --wait goes with --set or --reset")
    if args.set_:
        run.label = _input.label(args.file)
        body: dict[str, Any] = {"type": "PATCH", "offsets": _input.offsets_file(args.file)}
        _checked(run, body)
    else:
        body = {"type": "DELETE"}
    ids = run.ids(args.connector)
    client.alter_connector_offsets_request(*ids, body=body)
    if args.wait:
        status: Any = client.wait_offsets_reporting(run.console, ids, timeout=args.timeout,
                                                    poll_interval=args.poll_interval)  # fmt: skip
    else:
        status = client.get_connector_offsets_request_status(*ids)
    data = redacted_data(status)
    run.show(data, lambda: _render.offsets_request(data))
    return EXIT_OK


def validate(run: Run) -> int:
    """Each key's errors for a config against a plugin; exit 1 when there is any."""
    _, config = _input.connector_file(run.args.file, named=False)
    run.label = _input.label(run.args.file)
    _checked(run, config)
    answer = run.client.validate_connector_plugin(run.args.environment, run.args.cluster, run.args.plugin, body=config)
    data = redacted_data(answer)
    run.show(data, lambda: _render.validation(run.args.plugin, data))
    errors = any((entry.get("value") or {}).get("errors") for entry in data.get("configs") or [])
    return EXIT_FAILED if errors or data.get("error_count") else EXIT_OK


def _checked(run: Run, body: Any) -> None:
    """The library's check of a body (JSON, and no mask of the service's: refused naming the keys), and ours (no mask
    of this command line's); the secrets it carries are masked in all that is shown from now on."""
    _input.refuse_shown_masks(body, run.label)
    run.console.hide(check_body(body, run.label))


def _wait(run: Run, name: str, state: str) -> Any:
    args = run.args
    grace = min(RESTART_GRACE, args.timeout) if args.command == "restart" else 0.0
    return run.client.wait_reporting(run.console, run.ids(name), state=state, timeout=args.timeout,
                                     poll_interval=args.poll_interval, failed_grace=grace)  # fmt: skip


def _each(run: Run, act: Callable[[str], Any], names: list[str] | None = None) -> tuple[dict[str, Any], int]:
    """`act` on each connector in turn, whatever the others' errors: {name: result} for those it did, and the exit
    code (each error on stderr, with the connector's name when there are several)."""
    names = list(dict.fromkeys(run.args.connectors if names is None else names))
    done, code = {}, EXIT_OK
    for name in names:
        try:
            done[name] = act(name)
        except ConnectError as error:
            failure, message = explained(error)
            run.console.error(f"{name}: {message}" if len(run.args.connectors) > 1 else message)
            code = max(code, failure)
    return done, code


def _status_lines(run: Run, status: Any) -> list[str]:
    return ["", *_render.status(run.args, status)] if status else []
