"""`confluent-connect`: Confluent Cloud's managed connectors from a shell (`confluent-connect --help`).

Parsing needs the standard library only; the client is loaded once a command runs (`_commands`). A Unix tool's
manners: data on stdout, errors and progress on stderr, quiet when the reader of its output goes away (`| head`),
exit code 130 and no traceback on Ctrl-C."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

from ._parser import EXIT_INTERRUPTED, EXIT_OK, parser

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    try:
        args = parser().parse_args(argv)
        from ._commands import run  # noqa: PLC0415 - the client and its dependencies, only for a command

        return run(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # whoever read the output has stopped reading: nothing more to say, to anyone
        _discard_stdout()
        return EXIT_OK


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush meets no closed pipe either."""
    with contextlib.suppress(OSError, ValueError):  # ValueError: no file behind it (a test's capture)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
