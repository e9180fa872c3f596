"""`make update-spec SPEC=path/to/new.yaml`: take a new Connect v1 document from Confluent.

    python tools/update_spec.py NEW.yaml [--test-command "make test"]
                                         [--source "where it came from"] [--published YYYY-MM-DD]

All or nothing. In order, stopping at the first failure:

1. the new document is read, refused if it is not OpenAPI 3 (a Swagger 2.0 one, say), and
   validated with openapi-spec-validator;
2. openapi/overlay.yaml is applied to it (a rule that no longer applies stops, named; a rule
   Confluent's text already satisfies is a notice to delete it);
3. the client and its API reference are generated into a temporary folder, and the wrapper's
   contract (tools/contract.py) is checked there;
4. what changes for callers is printed (tools/spec_changes.py), and made a CHANGELOG.md entry
   with the package's next version (tools/changelog.py: major when something breaks callers);
5. openapi/connect-v1.yaml, generated/confluent_connect_api, docs/api.md, CHANGELOG.md and
   pyproject.toml's version are replaced, copies of all of them kept aside;
6. the test command runs (the Makefile passes `make test`; by default there is none).

If anything fails or raises, Ctrl-C included, all of them are put back from the copies, the
reason is printed, and the exit status is non-zero: the working tree is exactly as it was.
The entry's date is today's (UTC), or SOURCE_DATE_EPOCH's when that is set.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from changelog import ChangelogError, Document, entry, next_version, version_of, with_entry, with_version
from generate import (
    DEFAULT_OUT,
    DEFAULT_OVERLAY,
    DEFAULT_REFERENCE,
    DEFAULT_SPEC,
    PACKAGE,
    ROOT,
    GenerationError,
    effective_document,
    generate,
    load_document,
)
from openapi_spec_validator import validate
from overlay import OverlayError, Result
from referencing.exceptions import Unresolvable
from spec_changes import Report, Surface, changes, surface

PREFIX = "update-spec:"
CHANGELOG = ROOT / "CHANGELOG.md"
PYPROJECT = ROOT / "pyproject.toml"
# What an update replaces, and puts back if anything fails.
REPLACED = (DEFAULT_SPEC, DEFAULT_OUT, DEFAULT_REFERENCE, CHANGELOG, PYPROJECT)
UNCHANGED = (
    f"{PREFIX} nothing was changed: openapi/connect-v1.yaml, generated/, docs/api.md, CHANGELOG.md and "
    "the version are as they were."
)


class Stop(Exception):
    """The update cannot go on; the message says why."""


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _validation_problem(error: Exception) -> str:
    """One readable line from openapi-spec-validator (its messages can hold the document)."""
    if isinstance(error, Unresolvable):
        ref = getattr(error, "ref", None)
        return f"unresolvable reference {ref!r}" if ref else "unresolvable reference"
    message = getattr(error, "message", None) or str(error).splitlines()[0]
    where = getattr(error, "json_path", None)
    text = f"{message} (at {where})" if where and where != "$" else message
    return text if len(text) <= 300 else text[:297] + "..."


def check(new_spec: Path, shown_as: Path) -> None:
    """Step 1: OpenAPI 3, and valid (`new_spec` is a copy of `shown_as`)."""
    try:
        document = load_document(new_spec)
    except GenerationError as error:
        raise Stop(f"refused: {error}".replace(str(new_spec), str(shown_as))) from None
    try:
        validate(document)
    except Exception as error:  # the validator raises several unrelated types
        raise Stop(f"not a valid OpenAPI document: {_validation_problem(error)}") from None


def overlay_notices(results: list[Result]) -> list[str]:
    """Step 2's outcome: how many rules applied, and a notice for each one already true."""
    applied = sum(1 for result in results if result.state == "applied")
    lines = [f"overlay: {applied} of {len(results)} rules applied (openapi/overlay.yaml)"]
    lines += [f"  notice: {result}" for result in results if result.state == "already true"]
    return lines


def report(after: dict[str, Any]) -> tuple[Report, Surface, Surface] | str:
    """Step 4: what changes, comparing the current effective document with the new one (or
    why there is no comparison)."""
    try:
        before, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    except (OverlayError, GenerationError, OSError) as error:
        return f"(no comparison: the current document does not take the overlay: {error})"
    old, new = surface(before), surface(after)
    return changes(old, new), old, new


def release(
    found: Report | None, document: Document, before: Surface | None, after: Surface, date: str
) -> tuple[str, str]:
    """Step 4's other half: pyproject.toml with the next version, and CHANGELOG.md with its entry."""
    try:
        pyproject = PYPROJECT.read_text(encoding="utf-8")
        current = version_of(pyproject)
    except (OSError, ChangelogError) as error:
        raise Stop(f"cannot move the version: {error}") from None
    changed = found if found is not None else Report()
    if found is None:  # no comparison: count it as breaking, to be safe
        changed.add("document", "not comparable with the previous one", breaking=True)
    version = next_version(current, changed)
    text = entry(version, date, document, changed, before=before or Surface({}, {}), after=after)
    existing = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else None
    return with_version(pyproject, version), with_entry(existing, text)


def release_date() -> str:
    """Today (UTC), or the day SOURCE_DATE_EPOCH names, for reproducible runs."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.date().isoformat()


class Swap:
    """Step 5 and its undoing: the new files in place, the old ones aside."""

    def __init__(self, backups: Path) -> None:
        self.backups = backups
        self.done = False

    def _kept(self, target: Path) -> Path:
        return self.backups / str(REPLACED.index(target))

    def apply(self, new: dict[Path, Path]) -> None:
        """Put each new file or folder (value) at its place (key)."""
        with _interrupts_deferred():
            self.backups.mkdir()
            for target in REPLACED:
                if target.is_dir():
                    shutil.copytree(target, self._kept(target), symlinks=True)
                elif target.exists():
                    shutil.copy2(target, self._kept(target))
            self.done = True
            for target, source in new.items():
                _replace(target, source)

    def undo(self) -> None:
        if not self.done:
            return
        with _interrupts_deferred(reraise=False):  # already failing: finish putting back
            for target in REPLACED:
                kept = self._kept(target)
                if kept.exists():
                    _replace(target, kept)
                elif target.is_dir():
                    shutil.rmtree(target)
                else:
                    target.unlink(missing_ok=True)
            self.done = False


def _replace(target: Path, source: Path) -> None:
    """`target` becomes a copy of `source`, a file or a folder. A file gets a fresh time, so make
    sees a pyproject.toml put back as changed and reinstalls the package with its version."""
    if target.is_dir():
        shutil.rmtree(target)
    if source.is_dir():
        shutil.copytree(source, target, symlinks=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


@contextlib.contextmanager
def _interrupts_deferred(*, reraise: bool = True) -> Iterator[None]:
    """Ctrl-C during a swap or a restore takes effect once the files are consistent."""
    received: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    try:
        previous = signal.signal(signal.SIGINT, hold)
    except ValueError:  # not the main thread: nothing to defer
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received and reraise:
        raise KeyboardInterrupt


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def run_tests(command: str) -> None:
    """Step 6."""
    print(f"{PREFIX} running `{command}`", flush=True)
    result = subprocess.run(command, shell=True, cwd=ROOT, check=False)  # noqa: S602 - the Makefile's command
    if result.returncode != 0:
        raise Stop(f"`{command}` failed (exit status {result.returncode}) with the new document")


def update(spec: Path, test_command: str | None, *, source: str | None = None, published: str | None = None) -> int:
    """Steps 1 to 6; 0 when the new document is in place and tested, else non-zero."""
    try:
        text = spec.read_bytes()
    except OSError as error:
        print(f"{PREFIX} cannot read {spec}: {error.strerror}", file=sys.stderr)
        return 1
    with _interruptible(), tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
        swap = Swap(Path(tmp) / "backup")
        try:
            new_spec = Path(tmp) / DEFAULT_SPEC.name  # read once: what is tested is what is kept
            new_spec.write_bytes(text)
            check(new_spec, spec)
            print(f"{PREFIX} {spec} is a valid OpenAPI document")
            after, results = effective_document(new_spec, DEFAULT_OVERLAY)  # OverlayError
            for line in overlay_notices(results):
                print(line)
            package, reference = Path(tmp) / "generated" / PACKAGE, Path(tmp) / DEFAULT_REFERENCE.name
            generate(new_spec, DEFAULT_OVERLAY, package, reference)
            print(f"{PREFIX} generated the client; the wrapper's contract holds")
            print(f"What changes for callers ({_relative(DEFAULT_SPEC)} -> {spec}):")
            found = report(after)
            if isinstance(found, str):
                print(f"  {found}")
                changed, before, now = None, None, surface(after)
            else:
                changed, before, now = found
                for line in changed.lines(before, now):
                    print(f"  {line}")
            info = load_document(new_spec).get("info") or {}
            document = Document(
                source=source or _relative(spec),
                title=str(info.get("title", "untitled")),
                version=str(info.get("version", "?")),
                digest=hashlib.sha256(text).hexdigest(),
                published=published,
            )
            pyproject, changelog = release(changed, document, before, now, release_date())
            (Path(tmp) / "pyproject.toml").write_text(pyproject, encoding="utf-8")
            (Path(tmp) / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
            version = version_of(pyproject)
            swap.apply(
                {
                    DEFAULT_SPEC: new_spec,
                    DEFAULT_OUT: package,
                    DEFAULT_REFERENCE: reference,
                    CHANGELOG: Path(tmp) / "CHANGELOG.md",
                    PYPROJECT: Path(tmp) / "pyproject.toml",
                }
            )
            print(
                f"{PREFIX} replaced openapi/connect-v1.yaml, generated/{PACKAGE} and docs/api.md; "
                f"CHANGELOG.md has an entry for {version}, the version in pyproject.toml",
                flush=True,
            )
            if test_command:
                run_tests(test_command)
        except BaseException as error:  # whatever happens, the tree goes back
            with _interrupts_deferred(reraise=False):  # a second Ctrl-C must not stop that
                return _failed(error, swap)
    print(f"{PREFIX} done: openapi/connect-v1.yaml is now {spec}")
    return 0


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C and `kill` stop the update and restore the tree, even when this process was
    started with SIGINT ignored (as a shell starts background commands)."""
    handlers = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: _terminate}
    try:
        previous = {signum: signal.signal(signum, handler) for signum, handler in handlers.items()}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _failed(error: BaseException, swap: Swap) -> int:
    """Say what broke and put the old files back, from the copies in the temporary folder
    (which lives until this returns; if putting back fails, the copies are kept)."""
    sys.stdout.flush()
    if isinstance(error, KeyboardInterrupt):
        reason, status = f"interrupted{f' ({error})' if str(error) else ''}", 130
    elif isinstance(error, Stop | OverlayError | GenerationError | ChangelogError):
        reason, status = str(error), 1
    elif isinstance(error, SystemExit):
        reason, status = f"exit {error.code}", 1
    else:
        reason = "unexpected error:\n" + "".join(traceback.format_exception(error)).rstrip()
        status = 1
    print(f"{PREFIX} stopped: {reason}", file=sys.stderr)
    if swap.done:
        try:
            swap.undo()
        except Exception as undo_error:
            kept = Path(tempfile.mkdtemp(prefix="update-spec-backup-"))
            shutil.copytree(swap.backups, kept, dirs_exist_ok=True)
            print(
                f"{PREFIX} RESTORING FAILED ({undo_error!r}): put back openapi/connect-v1.yaml, "
                f"generated/{PACKAGE}, docs/api.md, CHANGELOG.md and pyproject.toml from the copies in "
                f"{kept} (numbered in that order)",
                file=sys.stderr,
            )
            return 1
    print(UNCHANGED, file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="the new OpenAPI document (YAML or JSON)")
    parser.add_argument(
        "--test-command",
        help="a shell command run in the project once the new files are in place "
        "(the Makefile passes `make test`); if it fails, the old files are put back",
    )
    parser.add_argument("--source", help="where the document came from, for CHANGELOG.md (default: its path)")
    parser.add_argument("--published", help="the day Confluent published it (YYYY-MM-DD), for CHANGELOG.md")
    args = parser.parse_args(argv)
    return update(args.spec, args.test_command, source=args.source, published=args.published)


if __name__ == "__main__":
    sys.exit(main())
