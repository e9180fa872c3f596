"""What a new revision of the document changes for callers of the generated client.

`make update-spec` prints this. It compares the *effective* documents (Confluent's text with
openapi/overlay.yaml applied and operations renamed, as `generate.effective_document` gives
them), not generated code, so it sees what a caller sees:

- operations (by their Python method name): added, removed, moved to another path or group;
  parameters added, removed, retyped, required or not; the request body; response statuses
  and the type each one returns;
- models, reached from the operations with every `$ref` followed and named by their
  `title` (the overlay titles every model users see) or their component name: fields added,
  removed, retyped, required or not, enum values (closed `enum` or `x-extensible-enum`) and
  `x-redact` marks.

A `$ref` written inline, a renamed component or a renamed tag that leaves every name and
type as it was is no change for callers, and is not listed. Changes that break callers come
first, under "Breaking for callers:".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SUCCESS = re.compile(r"2\d\d$")


@dataclass(frozen=True)
class Field:
    """A model field, a parameter or a body: its type and what goes with it."""

    type: str
    required: bool = False
    redact: bool = False
    values: tuple[str, ...] = ()  # the enum's values, if it lists any
    open: bool = False  # x-extensible-enum: other values may come
    default: str | None = None  # a parameter's default, as sent


@dataclass
class Operation:
    method: str
    path: str
    group: str
    parameters: dict[str, Field] = field(default_factory=dict)  # "query include_tasks" -> Field
    body: Field | None = None
    responses: dict[str, str] = field(default_factory=dict)  # status -> what it returns


@dataclass
class Model:
    fields: dict[str, Field] = field(default_factory=dict)
    directions: set[str] = field(default_factory=set)  # "request", "response"


@dataclass
class Surface:
    operations: dict[str, Operation]
    models: dict[str, Model]


def class_name(where: str) -> str:
    """The class the generator makes of an untitled schema at `where` (`Parent.key`, `[]` for
    an item, `{}` for other keys' values): ConnectorWithOffsetsConfig, ...ErrorsItem."""
    from openapi_python_client.strings import pascal_case  # noqa: PLC0415 - the generator's own rule; test-deps' ends lack it

    return pascal_case(where.replace("[]", "_item").replace("{}", "_additional_property").replace(".", "_"))


def snake_case(name: str) -> str:
    """An operation id as the generator names its method: list_connector_tasks."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


class _Reader:
    """Walks an effective document: operations, and the models their schemas reach."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.models: dict[str, Model] = {}
        self._seen: set[tuple[int, str]] = set()
        self._open: set[int] = set()  # schemas being described: a cycle stops at them

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow `$ref`s; the node and the last component name met on the way."""
        name = None
        for _ in range(64):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            ref = node["$ref"]
            target: Any = self.document
            for escaped in ref.removeprefix("#/").split("/"):
                step = escaped.replace("~1", "/").replace("~0", "~")
                target = target.get(step) if isinstance(target, dict) else None
            node, name = target, ref.rsplit("/", 1)[-1]
        return node, name

    def describe(self, node: Any, where: str, direction: str) -> str:
        """A schema as the type a caller sees; object models are collected on the way."""
        node, component = self.resolve(node)
        if not isinstance(node, dict):
            return "Any"
        if id(node) in self._open:
            return str(node.get("title") or component or class_name(where))
        self._open.add(id(node))
        try:
            described = self._describe(node, component, where, direction)
        finally:
            self._open.discard(id(node))
        return f"{described} | None" if node.get("nullable") else described

    def _describe(self, node: dict[str, Any], component: str | None, where: str, direction: str) -> str:
        for combinator in ("allOf", "oneOf", "anyOf"):
            if node.get(combinator):
                parts = [self.describe(part, where, direction) for part in node[combinator]]
                return " | ".join(dict.fromkeys(parts)) if combinator != "allOf" else " & ".join(parts)
        kind = node.get("type")
        if kind == "array" or "items" in node:
            return f"list[{self.describe(node.get('items'), f'{where}[]', direction)}]"
        extra = node.get("additionalProperties")
        if kind == "object" or "properties" in node or isinstance(extra, dict):
            if node.get("properties") or node.get("title") or component:
                name = node.get("title") or component or class_name(where)
                self.collect(name, node, direction)
                return name
            if isinstance(extra, dict):
                return f"dict[str, {self.describe(extra, f'{where}{{}}', direction)}]"
            return "dict[str, Any]"
        if kind == "string":
            formats = {"date-time": "datetime", "date": "date", "binary": "File"}
            return formats.get(str(node.get("format")), "str")
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(kind or "", "Any")

    def field(self, node: Any, where: str, direction: str, required: bool, *, parameter: bool = False) -> Field:
        resolved, _ = self.resolve(node)
        resolved = resolved if isinstance(resolved, dict) else {}
        listed = resolved
        if resolved.get("type") == "array" and isinstance(resolved.get("items"), dict):
            listed, _ = self.resolve(resolved["items"])  # a list of enum values: its values
            listed = listed if isinstance(listed, dict) else {}
        values = listed.get("enum") or listed.get("x-extensible-enum") or []
        return Field(
            type=self.describe(node, where, direction),
            required=required,
            redact=resolved.get("x-redact") is True,
            values=tuple(str(value) for value in values),
            open="enum" not in listed and bool(values),
            default=sent_as(resolved["default"]) if parameter and "default" in resolved else None,
        )

    def collect(self, name: str, node: dict[str, Any], direction: str) -> None:
        model = self.models.setdefault(name, Model())
        model.directions.add(direction)
        if (id(node), direction) in self._seen:
            return
        self._seen.add((id(node), direction))
        required = set(node.get("required") or [])
        for key, schema in (node.get("properties") or {}).items():
            model.fields[key] = self.field(schema, f"{name}.{key}", direction, key in required)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            model.fields["(other keys)"] = self.field(extra, f"{name}{{}}", direction, False)

    def operation(self, path: str, method: str, spec: dict[str, Any], shared: list[Any]) -> Operation:
        found = Operation(method.upper(), path.partition("#")[0], ", ".join(spec.get("tags") or []))
        parameters = {}
        for declared in [*shared, *(spec.get("parameters") or [])]:
            parameter, _ = self.resolve(declared)
            if isinstance(parameter, dict) and "name" in parameter:
                parameters[(parameter.get("in"), parameter["name"])] = parameter
        name = snake_case(str(spec.get("operationId") or f"{method}{path}"))
        for (place, key), parameter in sorted(parameters.items(), key=str):
            found.parameters[f"{place} parameter {key}"] = self.field(
                parameter.get("schema"), f"{name}.{key}", "request", bool(parameter.get("required")), parameter=True
            )
        body, _ = self.resolve(spec.get("requestBody"))
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                described = self.field(content.get("schema"), f"{name}.body", "request", False)
                found.body = Field(f"{described.type} ({media})", bool(body.get("required")), described.redact)
                break
        for status, declared_response in (spec.get("responses") or {}).items():
            response, _ = self.resolve(declared_response)
            content = (response or {}).get("content") or {}
            returns = "no body"
            for media, value in content.items():
                schema = value.get("schema") if isinstance(value, dict) else None
                where = f"{name}.response_{status}"
                returns = self.describe(schema, where, "response") if schema else f"({media})"
                break
            found.responses[str(status)] = returns
        return found


def sent_as(value: Any) -> str:
    """A parameter's default as it goes on the wire: lists comma-separated, booleans in lower case."""
    if isinstance(value, list):
        return ",".join(sent_as(item) for item in value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def surface(document: dict[str, Any]) -> Surface:
    """What callers of the code generated from an effective document see."""
    reader = _Reader(document)
    operations: dict[str, Operation] = {}
    for path, declared in (document.get("paths") or {}).items():
        item, _ = reader.resolve(declared)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            spec = item.get(method)
            if isinstance(spec, dict):
                name = snake_case(str(spec.get("operationId") or f"{method}{path}"))
                operations[name] = reader.operation(path, method, spec, item.get("parameters") or [])
    return Surface(operations, reader.models)


# --- comparing -------------------------------------------------------------------------------


def _field_text(value: Field) -> str:
    notes = ["required" if value.required else "optional"]
    if value.redact:
        notes.append("x-redact")
    if value.values:
        notes.append(("one of, or other: " if value.open else "one of: ") + ", ".join(value.values))
    if value.default is not None:
        notes.append(f"default {value.default}")
    return f"{value.type} ({'; '.join(notes)})"


class Report:
    """Lines breaking callers, and the other lines grouped under an operation or a model."""

    def __init__(self) -> None:
        self.breaking: list[str] = []
        self.groups: dict[str, list[str]] = {}

    def add(self, heading: str, line: str, *, breaking: bool = False) -> None:
        if breaking:
            self.breaking.append(f"{heading}: {line}")
        else:
            self.groups.setdefault(heading, []).append(line)

    def lines(self, before: Surface, after: Surface) -> list[str]:
        if not self.breaking and not self.groups:
            return ["No change for callers: operations, parameters, responses and models as before."]
        out = []
        if self.breaking:
            out.append("Breaking for callers:")
            out.extend(f"  ! {line}" for line in self.breaking)
        operations = [name for name in self.groups if name in {**before.operations, **after.operations}]
        models = [name for name in self.groups if name not in operations]
        for title, names in (("Operations:", operations), ("Models:", models)):
            if names:
                out.append(title)
                for name in names:
                    out.append(f"  {name}:")
                    out.extend(f"    {line}" for line in self.groups[name])
        return out


def _compare_fields(
    report: Report,
    heading: str,
    old: dict[str, Field],
    new: dict[str, Field],
    *,
    kind: str,
    breaks_if_required: bool,
    breaks_if_optional: bool,
) -> None:
    for key in sorted(old.keys() - new.keys()):
        report.add(heading, f"{kind}{key} removed", breaking=True)
    for key in sorted(new.keys() - old.keys()):
        value = new[key]
        if value.required and breaks_if_required:
            report.add(heading, f"new required {kind}{key}: {value.type}", breaking=True)
        else:
            report.add(heading, f"+ {kind}{key}: {_field_text(value)}")
    for key in sorted(old.keys() & new.keys()):
        was, now = old[key], new[key]
        if was.type != now.type:
            report.add(heading, f"{kind}{key} is now {now.type} (was {was.type})", breaking=True)
        if was.required != now.required:
            if now.required:
                report.add(heading, f"{kind}{key} is now required", breaking=breaks_if_required)
            else:
                report.add(heading, f"{kind}{key} is now optional", breaking=breaks_if_optional)
        if was.redact != now.redact:
            masked = "now x-redact (masked)" if now.redact else "no longer x-redact (shown)"
            report.add(heading, f"{kind}{key} {masked}")
        if (was.values, was.open) != (now.values, now.open):
            report.add(heading, f"{kind}{key}: {_values_change(was, now)}")
        if was.default != now.default:
            report.add(heading, f"{kind}{key}: default is now {now.default or 'none'} (was {was.default or 'none'})")


def _values_change(was: Field, now: Field) -> str:
    if not now.values:
        return f"no longer lists its values (was {', '.join(was.values)})"
    if not was.values:
        return f"now lists its values: {', '.join(now.values)}"
    parts = []
    added = [value for value in now.values if value not in was.values]
    removed = [value for value in was.values if value not in now.values]
    if added:
        parts.append("new values " + ", ".join(added))
    if removed:
        parts.append("values removed " + ", ".join(removed))
    if was.open != now.open:
        parts.append("now open (other values may come)" if now.open else "now closed")
    return "; ".join(parts) or "values reordered"


def compare(before: Surface, after: Surface) -> list[str]:
    """The report's lines: breaking changes first, then the rest per operation and model."""
    return changes(before, after).lines(before, after)


def changes(before: Surface, after: Surface) -> Report:
    """What changes for callers from `before` to `after`, breaking changes apart."""
    report = Report()
    for name in sorted(before.operations.keys() - after.operations.keys()):
        gone = before.operations[name]
        report.add(name, f"operation removed ({gone.method} {gone.path})", breaking=True)
    for name in sorted(after.operations.keys() - before.operations.keys()):
        new = after.operations[name]
        report.add(name, f"+ new operation: {new.method} {new.path}")
        for key, value in new.parameters.items():
            if not key.startswith("path "):
                report.add(name, f"  {key}: {_field_text(value)}")
        if new.body is not None:
            report.add(name, f"  request body: {_field_text(new.body)}")
        for status, returns in new.responses.items():
            if SUCCESS.match(status):
                report.add(name, f"  returns on {status}: {returns}")
    types = Compatibility(before, after)
    for name in sorted(before.operations.keys() & after.operations.keys()):
        _compare_operation(report, name, before.operations[name], after.operations[name], types)
    for name in sorted(before.models.keys() - after.models.keys()):
        report.add(name, "model removed", breaking=True)
    for name in sorted(after.models.keys() - before.models.keys()):
        report.add(name, "+ new model: " + ", ".join(after.models[name].fields))
    for name in sorted(before.models.keys() & after.models.keys()):
        was, now = before.models[name], after.models[name]
        _compare_fields(
            report,
            name,
            was.fields,
            now.fields,
            kind="field ",
            breaks_if_required="request" in now.directions,
            breaks_if_optional="response" in now.directions,
        )
    return report


class Compatibility:
    """Whether what a caller read from one type can still be read from another: the same type,
    or a model with every field of the old one, each of a compatible type and required if it
    was (a new model with more fields replacing a response's old one, as revisions do)."""

    def __init__(self, before: Surface, after: Surface) -> None:
        self.before, self.after = before, after
        self._assumed: set[tuple[str, str]] = set()  # pairs being compared: a cycle holds

    def readable_as(self, was: str, now: str) -> bool:
        if was == now or (was, now) in self._assumed:
            return True
        if was.startswith("list[") and now.startswith("list["):
            return self.readable_as(was[5:-1], now[5:-1])
        old, new = self.before.models.get(was), self.after.models.get(now)
        if old is None or new is None:
            return False
        self._assumed.add((was, now))
        try:
            return all(
                key in new.fields
                and self.readable_as(field.type, new.fields[key].type)
                and (new.fields[key].required or not field.required)
                for key, field in old.fields.items()
            )
        finally:
            self._assumed.discard((was, now))


def _compare_operation(report: Report, name: str, was: Operation, now: Operation, types: Compatibility) -> None:
    if (was.method, was.path) != (now.method, now.path):
        report.add(name, f"now {now.method} {now.path} (was {was.method} {was.path})")
    if was.group != now.group:
        report.add(name, f"group is now {now.group or 'none'} (was {was.group or 'none'})")
    _compare_fields(
        report,
        name,
        was.parameters,
        now.parameters,
        kind="",
        breaks_if_required=True,
        breaks_if_optional=False,
    )
    if was.body != now.body:
        if now.body is None:
            report.add(name, "request body removed", breaking=True)
        elif was.body is None:
            report.add(name, f"+ request body: {_field_text(now.body)}", breaking=now.body.required)
        else:
            _compare_fields(
                report,
                name,
                {"request body": was.body},
                {"request body": now.body},
                kind="",
                breaks_if_required=True,
                breaks_if_optional=False,
            )
    _compare_responses(report, name, was.responses, now.responses, types)


def _compare_responses(
    report: Report, name: str, was: dict[str, str], now: dict[str, str], types: Compatibility
) -> None:
    removed = sorted(was.keys() - now.keys())
    added = sorted(now.keys() - was.keys())
    new_successes = [status for status in added if SUCCESS.match(status)]
    for status in removed:
        if not SUCCESS.match(status):
            report.add(name, f"status {status} removed ({was[status]})")
        elif len(new_successes) == 1:  # moved, as 201 -> 200; any 2xx decodes to the success type
            moved = new_successes.pop()
            added.remove(moved)
            compatible = types.readable_as(was[status], now[moved])
            note = now[moved] if was[status] == now[moved] else f"{now[moved]}, was {was[status]}"
            report.add(name, f"success status {status} is now {moved} ({note})", breaking=not compatible)
        else:
            report.add(name, f"success status {status} removed", breaking=True)
    for status in added:
        report.add(name, f"+ status {status}: {now[status]}")
    for status in sorted(was.keys() & now.keys()):
        if was[status] != now[status]:
            success = bool(SUCCESS.match(status))
            compatible = success and types.readable_as(was[status], now[status])
            returns = (
                f"{now[status]} (was {was[status]}{'; every field it had, of the same type' if compatible else ''})"
            )
            report.add(name, f"status {status} now returns {returns}", breaking=success and not compatible)
