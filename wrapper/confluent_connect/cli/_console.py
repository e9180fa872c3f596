"""Where the command line writes: data to stdout, errors and progress to stderr, each line through one mask.

Everything shown is already masked by the key rule (the models' redacted data, scrubbed messages). On top of that the
console knows the secrets this run sends (values under secret keys, from files, `@PATH` and `env:NAME`) and masks them
in every line, whatever a server or a diff does with them. Progress (state changes while waiting) is written only
when stderr is a terminal or --verbose was given, so scripts and logs get data and errors alone.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterable

from confluent_connect_api.redaction import REDACTED

from ._render import shown

PREFIX = "confluent-connect: "


class Console:
    """The run's stdout and stderr, with the secrets it sends masked in both."""

    def __init__(self, *, verbose: bool) -> None:
        self.progress = verbose or is_terminal(sys.stderr)
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def hide(self, secrets: Iterable[str]) -> None:
        """Mask these values, as written and as JSON or a table would escape them, in everything shown from now."""
        for secret in secrets:
            self._secrets |= {secret, json.dumps(secret, ensure_ascii=False)[1:-1], shown(secret)}
        if self._secrets:  # one pass, longest first: a secret may contain another, or match inside a mask
            self._pattern = re.compile("|".join(map(re.escape, sorted(self._secrets, key=len, reverse=True))))

    def masked(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(REDACTED, text)

    def out(self, text: str) -> None:
        """Data: one write, flushed, so that a closed pipe is met here and not at exit."""
        sys.stdout.write(self.masked(text) + "\n")
        sys.stdout.flush()

    def error(self, text: str) -> None:
        """One line on stderr, however many the text had."""
        sys.stderr.write(PREFIX + shown(self.masked(text)) + "\n")
        sys.stderr.flush()

    def note(self, text: str) -> None:
        """Progress: on stderr when it is a terminal or --verbose was given."""
        if self.progress:
            self.error(text)


class StateWatch:
    """Reports a connector's (or an offsets request's) state each time it changes while a wait polls it."""

    def __init__(self, console: Console, name: str) -> None:
        self.console, self.name = console, name
        self.start, self.last = time.monotonic(), ""

    def seen(self, state: str) -> None:
        if state != self.last:
            self.last = state
            self.console.note(f"{self.name}: {state} ({time.monotonic() - self.start:.1f} s)")


def is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed
        return False
