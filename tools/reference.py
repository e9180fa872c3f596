"""Write the API reference, docs/api.md, from a generated package and its effective document.

    python tools/reference.py DOCUMENT.json OUT.md     # with the package on PYTHONPATH

`tools/generate.py` runs this in a fresh interpreter on the package it has just generated, so
`make generate` writes the reference with the client and `make check-generated` fails when it
is not what the document gives. Signatures, return types and model fields are read from the
generated code (what callers get); HTTP method, path, statuses, summaries and descriptions
from the effective document (Confluent's text with the overlay applied).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import httpx
from spec_changes import sent_as, snake_case

from confluent_connect import ConnectClient  # the wrapper beside the package being documented

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_LINK = re.compile(r"\[([^\]]*)\]\(#[^)]*\)")  # a link into Confluent's own page, which this one is not
_ERROR_STATUS = re.compile(r"[345]\d\d")


def error_names(statuses: set[int]) -> dict[int, str]:
    """The exception the clients raise for each status, asked of a client (no retries, a fake
    transport), so the reference says what the wrapper does, whatever it maps."""
    found = {}
    for status in sorted(statuses):
        transport = httpx.MockTransport(lambda request, status=status: httpx.Response(status))
        # A fake transport: the placeholder credentials go nowhere.
        with ConnectClient(api_key="ref", api_secret="ref", max_retries=0, transport=transport) as client:  # noqa: S106
            try:
                client.list_connector_tasks("env-reference", "lkc-reference", "reference")
            except Exception as error:  # what is raised is the answer
                found[status] = type(error).__name__
    return found


def _annotation(value: Any) -> str:
    text = value if isinstance(value, str) else getattr(value, "__name__", repr(value))
    return text.replace("'", "").replace('"', "")


def signature(method: Any) -> str:
    """`name(path, ..., *, keyword: type = default) -> returns`, as written in the package."""
    parts, keyword_only = [], False
    found = inspect.signature(method)
    for parameter in list(found.parameters.values())[1:]:  # self
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        text = f"{parameter.name}: {_annotation(parameter.annotation)}"
        if parameter.default is not inspect.Parameter.empty:
            default = "UNSET" if type(parameter.default).__name__ == "Unset" else repr(parameter.default)
            text += f" = {default}"
        parts.append(text)
    return f"{method.__name__}({', '.join(parts)}) -> {_annotation(found.return_annotation)}"


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                found[snake_case(operation["operationId"])] = (method.upper(), path.partition("#")[0], operation)
    return found


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for step in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(step.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _text(value: Any) -> str:
    return _LINK.sub(r"\1", str(value or "")).strip()


def _cell(code: str) -> str:
    """Code in a table cell: a `|` would end the cell."""
    return "`" + code.replace("|", "\\|") + "`"


def _anchor(name: str) -> str:
    return name.lower()


def _error_statuses(spec: dict[str, Any]) -> list[int]:
    return [int(status) for status in spec.get("responses") or {} if _ERROR_STATUS.fullmatch(str(status))]


def operation_section(
    document: dict[str, Any], name: str, method: Any, http: tuple[str, str, dict[str, Any]], errors: dict[int, str]
) -> list[str]:
    verb, path, spec = http
    responses = spec.get("responses") or {}
    returns = _annotation(inspect.signature(method).return_annotation)
    successes = [status for status in responses if str(status).startswith("2")]
    bodies = [bool((_resolve(document, responses[status]) or {}).get("content")) for status in successes]
    statuses = ", ".join(str(status) for status in successes)
    answer = f"`{returns}`" if any(bodies) else "`None` (the answer has no body)"
    raised = [f"`{errors[status]}` ({status})" for status in _error_statuses(spec)]
    queries = []
    for declared in spec.get("parameters") or []:
        parameter = _resolve(document, declared)
        if isinstance(parameter, dict) and parameter.get("in") == "query":
            name_ = parameter["name"]
            default = (parameter.get("schema") or {}).get("default")
            unless = f" (sent as `{name_}={sent_as(default)}` unless given)" if default is not None else ""
            queries.append(f"`{name_}`{unless}")
    lines = [
        f"#### `{name}`",
        "",
        f"{_text(spec.get('summary')) or name}.",
        "",
        "```python",
        f"client.{signature(method)}",
        f"await async_client.{name}(...)  # the same arguments",
        "```",
        "",
        f"- **HTTP**: `{verb} {path}`",
        *([f"- **Query**: {', '.join(queries)}"] if queries else []),
        f"- **Returns**: {answer}, on {statuses}",
        f"- **Raises**: {', '.join(raised) or 'nothing documented'}; and, like every method, "
        "[these](#errors-every-method-raises)",
    ]
    description = _text(spec.get("description"))
    if description:
        lines += ["", description]
    return [*lines, ""]


def model_section(name: str, model: Any) -> list[str]:
    lines = [f"### `{name}`", ""]
    doc = inspect.getdoc(model) or ""
    summary = textwrap.dedent(re.split(r"^\s*(?:Attributes|Example):", doc, maxsplit=1, flags=re.MULTILINE)[0]).strip()
    if isinstance(model, type) and issubclass(model, enum.Enum):
        values = ", ".join(f"`{member.value}`" for member in model)
        return [*lines, *([summary, ""] if summary else []), f"An enumeration: {values}.", ""]
    if summary and not summary.startswith("Attributes"):
        lines += [summary, ""]
    keys = getattr(model, "_json_keys", {})
    fields = [field for field in attrs.fields(model) if field.name != "additional_properties"]
    if fields:
        lines += ["| Attribute | JSON key | Type |", "| --- | --- | --- |"]
        lines += [f"| `{f.name}` | `{keys.get(f.name, f.name)}` | {_cell(_annotation(f.type))} |" for f in fields]
    extra = next((field for field in attrs.fields(model) if field.name == "additional_properties"), None)
    if extra is not None:
        value = re.sub(r"^Mapping\[str, (.*)\]$", r"\1", _annotation(extra.type))
        lines += ["", f"Every other key the server sends is kept, read by key (`model[key]`): {_cell(value)}."]
    return [*lines, ""]


def reference(document: dict[str, Any]) -> str:
    """The whole reference, for the importable generated package and its effective document."""
    api = importlib.import_module("confluent_connect_api.api")
    models = importlib.import_module("confluent_connect_api.models")
    http = _operations(document)
    names = sorted(api.OPERATIONS)
    groups: dict[str, list[str]] = {}
    for name in names:
        tags = http[name][2].get("tags") or ["Other"]
        groups.setdefault(tags[0], []).append(name)
    errors = error_names({status for _, _, spec in http.values() for status in _error_statuses(spec)})
    info = document.get("info") or {}
    lines = [
        "# API reference",
        "",
        "<!-- Generated by `make generate` (tools/reference.py) from openapi/connect-v1.yaml and",
        "     openapi/overlay.yaml, like generated/: do not edit by hand. -->",
        "",
        f"{_text(info.get('title'))}, version {info.get('version')} of Confluent's document as this package",
        f"takes it: {len(names)} operations, {len(models.__all__)} models.",
        "",
        "Every operation is a method of both clients, `ConnectClient` and `AsyncConnectClient`, with",
        "the same name and arguments (await the async one's). Path parameters are positional; query",
        "parameters and `body` are keywords, and a body may be the model named or a plain mapping.",
        "Models are read-only: typed attributes for the fields the document names, and a mapping over",
        "every key the server sent; `Unset` marks a field the server left out.",
        "",
        "Each is also a method of `client.with_raw_response`, with the same arguments, answering a",
        "`RawResponse` (status, headers, request id, retries, and `parse()` for what the method returns).",
        "",
        "## Operations",
        "",
        "| Method | HTTP | Summary |",
        "| --- | --- | --- |",
    ]
    for name in names:
        verb, path, spec = http[name]
        lines.append(f"| [`{name}`](#{_anchor(name)}) | `{verb} {path}` | {_text(spec.get('summary'))} |")
    lines.append("")
    for group in sorted(groups):
        lines += [f"### {group}", ""]
        for name in groups[group]:
            lines += operation_section(document, name, getattr(api.SyncOperations, name), http[name], errors)
    lines += [
        "### Errors every method raises",
        "",
        "All in `confluent_connect.errors`, under `ConnectError` (its docstring draws the tree):",
        "`InvalidArgumentError` (an argument refused before anything is sent), `ResponseDecodeError`",
        "(a success whose body is not the documented shape), `TransportError` (no answer: connection",
        "refused, timeout, ...), and for an error status an `ApiError` with `status_code`,",
        "`error_code`, `message` and `request_id`; for the statuses the document declares:",
        "",
        "| Status | Raises |",
        "| --- | --- |",
        *(f"| {status} | `{name}` |" for status, name in errors.items()),
        "",
        "## Models",
        "",
    ]
    for name in sorted(models.__all__):
        lines += model_section(name, getattr(models, name))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    document_path, out = argv
    document = json.loads(Path(document_path).read_text(encoding="utf-8"))
    Path(out).write_text(reference(document), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
