"""CHANGELOG.md entries and version numbers for `make update-spec` (tools/update_spec.py).

An entry is written from the change report (tools/spec_changes.py): the document taken (where
from, when published if known, its title, version and digest), the operations added and
removed, then the changes breaking callers, then the others. The package's version moves with
it: the major number when anything breaks callers, the minor one for any other change, the
patch number when callers see no change (a new example or description).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spec_changes import Report, Surface

HEADER = """# Changelog

What changed for users of `confluent-connect`, newest first. `make update-spec` adds an entry for
each new revision of Confluent's document; the package's version follows semantic versioning
(the major number moves when a change breaks callers).
"""
_VERSION = re.compile(r'^version = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)


class ChangelogError(Exception):
    """pyproject.toml has no version this tool can read."""


@dataclass(frozen=True)
class Document:
    """The revision taken: where it came from, and what identifies it."""

    source: str
    title: str
    version: str
    digest: str
    published: str | None = None


def version_of(pyproject: str) -> str:
    found = _VERSION.search(pyproject)
    if found is None:
        raise ChangelogError('pyproject.toml has no `version = "X.Y.Z"` line')
    return ".".join(found.groups())


def next_version(current: str, report: Report) -> str:
    """Major for a breaking change, minor for any other, patch when callers see none."""
    major, minor, patch = (int(part) for part in current.split("."))
    if report.breaking:
        return f"{major + 1}.0.0"
    if report.groups:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def with_version(pyproject: str, version: str) -> str:
    version_of(pyproject)
    return _VERSION.sub(f'version = "{version}"', pyproject, count=1)


def entry(version: str, date: str, document: Document, report: Report, *, before: Surface, after: Surface) -> str:
    """One release's entry, in Markdown."""
    published = f", published {document.published}" if document.published else ""
    lines = [
        f"## {version} ({date})",
        "",
        f"Confluent's Connect v1 document from `{document.source}`{published}: {document.title} "
        f"{document.version}, sha256 {document.digest[:12]}.",
        "",
        f"- Operations added: {_operations(after, before) or 'none'}",
        f"- Operations removed: {_operations(before, after) or 'none'}",
        "",
    ]
    if report.breaking:
        lines += ["Breaking for callers:", ""]
        lines += [f"- `{heading}`:{line}" for heading, _, line in (item.partition(":") for item in report.breaking)]
        lines.append("")
    if report.groups:
        lines += ["Other changes for callers:", ""]
        for heading, changed in report.groups.items():
            for line in changed:
                lines.append(f"  - {line.strip()}" if line.startswith("  ") else f"- `{heading}`: {line}")
        lines.append("")
    if not report.breaking and not report.groups:
        lines += ["No change for callers: operations, parameters, responses and models as before.", ""]
    return "\n".join(lines)


def _operations(present: Surface, absent: Surface) -> str:
    return ", ".join(
        f"`{name}` ({operation.method} {operation.path})"
        for name, operation in sorted(present.operations.items())
        if name not in absent.operations
    )


def with_entry(changelog: str | None, new_entry: str) -> str:
    """`changelog` (or a new one) with `new_entry` as its newest entry."""
    text = changelog if changelog is not None else HEADER
    at = re.search(r"^## ", text, re.MULTILINE)
    if at is None:
        return text.rstrip("\n") + "\n\n" + new_entry.rstrip("\n") + "\n"
    return text[: at.start()] + new_entry.rstrip("\n") + "\n\n" + text[at.start() :]
