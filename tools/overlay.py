"""Apply `openapi/overlay.yaml`: our corrections to Confluent's published document.

A rule selects every place a correction applies (`select`), not one JSON Pointer that the
next revision moves, and makes one change there. Each rule ends in one of three states,
reported by name:

    applied          the correction changed at least one place
    already true     the places exist and already say what the rule would make them say:
                     Confluent fixed it, and the rule can be deleted (generation goes on)
    cannot apply     the places are gone, or say something the rule does not expect:
                     generation stops, naming the rule, what it expected and what it found

Selectors (`select:` holds exactly one):

    schemas-with-property: KEY   every object schema, anywhere, declaring property KEY
    response-schemas:            the schema at `at` (steps: property names, `items`,
      operation: ID                `additionalProperties`) inside the response of operation
      status: success | NNN        ID (`success`: any 2xx, the default); `$ref`s are
      at: [steps]                  followed at every step
    request-schemas:             the same inside operation ID's request body
      operation: ID
      at: [steps]
    response-enums: true         every schema with `enum` that a response can contain
    paths: true                  the document's `paths`: what it lacks, what its keys hold
    request-bodies: true         every operation's request body (a shared one once)

Changes (one per rule): `remove-required`, `add-required`, `set-title`, `open-enum`,
`query-to-parameter`, `add-operation`, `mark-required`; see `CHANGES` below.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any, Literal
from urllib.parse import parse_qsl

State = Literal["applied", "already true"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KNOWN_KEYS = {"name", "why", "select"}


class OverlayError(Exception):
    """A rule is malformed or cannot apply to the vendor document."""


class Result:
    """What one rule did: its name, its state and the number of places it touched."""

    def __init__(self, name: str, state: State, places: int) -> None:
        self.name, self.state, self.places = name, state, places

    def __str__(self) -> str:
        if self.state == "already true":
            return f"overlay rule {self.name!r}: already true upstream; delete it from openapi/overlay.yaml"
        return f"overlay rule {self.name!r}: applied at {self.places} place(s)"


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict, list[Result]]:
    """A corrected copy of `document`, and what each rule of `overlay` did."""
    result = copy.deepcopy(document)
    rules = overlay.get("rules") or []
    if not isinstance(rules, list):
        raise OverlayError("overlay: `rules` must be a list")
    return result, [_apply_rule(result, rule, index) for index, rule in enumerate(rules)]


def _apply_rule(document: dict[str, Any], rule: Any, index: int) -> Result:
    if not isinstance(rule, dict) or not isinstance(rule.get("name"), str):
        raise OverlayError(f"overlay rule #{index + 1} has no name")
    name = rule["name"]
    changes = [key for key in rule if key in CHANGES]
    unknown = set(rule) - KNOWN_KEYS - set(CHANGES)
    if unknown or len(changes) != 1 or not isinstance(rule.get("select"), dict):
        raise OverlayError(
            f"overlay rule {name!r}: needs `select` and exactly one of {sorted(CHANGES)}"
            + (f"; unknown keys {sorted(unknown)}" if unknown else "")
        )
    (selector,) = rule["select"].items() if len(rule["select"]) == 1 else (None,)
    if selector is None or selector[0] not in SELECTORS:
        raise OverlayError(f"overlay rule {name!r}: `select` takes one of {sorted(SELECTORS)}")
    places = list(SELECTORS[selector[0]](document, selector[1]))
    if not places:
        raise OverlayError(
            f"overlay rule {name!r} cannot apply: nothing in the document matches "
            f"select {rule['select']!r} (the place is gone). Read the rule's `why` in "
            "openapi/overlay.yaml and point `select` at the new place, or delete the rule."
        )
    change = changes[0]
    touched = 0
    for place in places:
        try:
            touched += CHANGES[change](document, place, rule[change])
        except _Unexpected as found:
            raise OverlayError(
                f"overlay rule {name!r} cannot apply: {change} expected {rule[change]!r} "
                f"at {place.where}, found {found}. Read the rule's `why` in "
                "openapi/overlay.yaml; fix or delete the rule."
            ) from None
    return Result(name, "applied" if touched else "already true", touched)


class Place:
    """A selected node, the mapping holding it, its key there, and where it is (for messages)."""

    def __init__(self, node: Any, parent: Any, key: Any, where: str) -> None:
        self.node, self.parent, self.key, self.where = node, parent, key, where


class _Unexpected(Exception):
    """The selected place says something the change does not expect."""


# --- selectors -------------------------------------------------------------------------


def _resolve(document: dict[str, Any], node: Any, where: str) -> tuple[Any, str]:
    """Follow local `$ref`s until a node that is not one."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = document
        for raw in ref[2:].split("/"):
            step = raw.replace("~1", "/").replace("~0", "~")
            target = target.get(step) if isinstance(target, dict) else None
        node, where = target, ref[1:]
    return node, where


def _walk(node: Any, where: str = "") -> Iterator[tuple[Any, str]]:
    """Every mapping in the document, depth first, with its pointer."""
    stack = [(node, where)]
    while stack:
        current, at = stack.pop()
        if isinstance(current, dict):
            yield current, at
            stack.extend((v, f"{at}/{k}") for k, v in reversed(list(current.items())))
        elif isinstance(current, list):
            stack.extend((v, f"{at}/{i}") for i, v in reversed(list(enumerate(current))))


def schemas_with_property(document: dict[str, Any], key: str) -> Iterator[Place]:
    for node, where in _walk(document):
        properties = node.get("properties")
        if isinstance(properties, dict) and key in properties and "examples" not in where:
            yield Place(node, None, None, where)


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def _response_schemas(document: dict[str, Any], operation: dict[str, Any], wanted: str) -> Iterator[Place]:
    """The schemas of the responses `wanted` names: "success" (any 2xx) or a status."""
    for status, declared in sorted((operation.get("responses") or {}).items()):
        if not (str(status).startswith("2") if wanted == "success" else str(status) == wanted):
            continue
        response, where = _resolve(document, declared, f"response {status}")
        for media, content in ((response or {}).get("content") or {}).items():
            if isinstance(content, dict) and "schema" in content:
                yield Place(content["schema"], content, "schema", f"{where} {media}")


def _step(document: dict[str, Any], place: Place, step: str) -> Place | None:
    node, where = _resolve(document, place.node, place.where)
    if not isinstance(node, dict):
        return None
    if step in ("items", "additionalProperties"):
        return Place(node[step], node, step, f"{where}/{step}") if step in node else None
    properties = node.get("properties") or {}
    if step not in properties:
        return None
    return Place(properties[step], properties, step, f"{where}/properties/{step}")


def _descend(document: dict[str, Any], places: Iterator[Place], at: list[Any]) -> Iterator[Place]:
    for place in places:
        found: Place | None = place
        for step in at:
            found = _step(document, found, str(step)) if found else None
        if found is not None:
            yield found


def response_schemas(document: dict[str, Any], spec: dict[str, Any]) -> Iterator[Place]:
    for _, _, operation in _operations(document):
        if operation.get("operationId") == spec.get("operation"):
            wanted = str(spec.get("status", "success"))
            places = _response_schemas(document, operation, wanted)
            yield from _descend(document, places, spec.get("at") or [])


def request_schemas(document: dict[str, Any], spec: dict[str, Any]) -> Iterator[Place]:
    for _, _, operation in _operations(document):
        if operation.get("operationId") == spec.get("operation"):
            body, where = _resolve(document, operation.get("requestBody"), "requestBody")
            places = (
                Place(content["schema"], content, "schema", f"{where} {media}")
                for media, content in ((body or {}).get("content") or {}).items()
                if isinstance(content, dict) and "schema" in content
            )
            yield from _descend(document, places, spec.get("at") or [])


def response_enums(document: dict[str, Any], _: object) -> Iterator[Place]:
    """Every enum reachable from a response, each once, `$ref`s followed."""
    pending: list[tuple[Any, str]] = []
    for path, method, operation in _operations(document):
        for status, declared in (operation.get("responses") or {}).items():
            response, _where = _resolve(document, declared, "")
            for content in ((response or {}).get("content") or {}).values():
                pending.append((content.get("schema"), f"{method.upper()} {path} {status}"))
    seen: set[int] = set()
    while pending:
        node, where = pending.pop()
        node, where = _resolve(document, node, where)
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        if "enum" in node or "x-extensible-enum" in node:
            yield Place(node, None, None, where)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                pending.append((node[key], f"{where}/{key}"))
        for key in ("allOf", "oneOf", "anyOf"):
            pending.extend((sub, f"{where}/{key}") for sub in node.get(key) or [])
        for name, sub in (node.get("properties") or {}).items():
            pending.append((sub, f"{where}/properties/{name}"))


def paths(document: dict[str, Any], _: object) -> Iterator[Place]:
    if isinstance(document.get("paths"), dict):
        yield Place(document["paths"], document, "paths", "paths")


def request_bodies(document: dict[str, Any], _: object) -> Iterator[Place]:
    seen: set[int] = set()
    for path, method, operation in _operations(document):
        body, where = _resolve(document, operation.get("requestBody"), f"{method.upper()} {path} requestBody")
        if isinstance(body, dict) and id(body) not in seen:
            seen.add(id(body))
            yield Place(body, operation, "requestBody", where)


SELECTORS: dict[str, Callable[[dict[str, Any], Any], Iterator[Place]]] = {
    "schemas-with-property": schemas_with_property,
    "response-schemas": response_schemas,
    "request-schemas": request_schemas,
    "response-enums": response_enums,
    "paths": paths,
    "request-bodies": request_bodies,
}


# --- changes: each returns how many places it changed (0: already true) ----------------


def remove_required(document: dict[str, Any], place: Place, keys: list[str]) -> int:
    node, _ = _resolve(document, place.node, place.where)
    required = node.get("required") or []
    kept = [key for key in required if key not in keys]
    if kept == required:
        return 0
    if kept:
        node["required"] = kept
    else:
        node.pop("required", None)
    return 1


def add_required(document: dict[str, Any], place: Place, keys: list[str]) -> int:
    node, _ = _resolve(document, place.node, place.where)
    properties = node.get("properties") or {} if isinstance(node, dict) else {}
    missing = [key for key in keys if key not in properties]
    if missing:
        raise _Unexpected(f"properties {sorted(properties)}, without {missing}")
    required = node.setdefault("required", [])
    added = [key for key in keys if key not in required]
    required.extend(added)
    return 1 if added else 0


def set_title(document: dict[str, Any], place: Place, title: str) -> int:
    node, _ = _resolve(document, place.node, place.where)
    if not isinstance(node, dict):
        raise _Unexpected(repr(node))
    if node.get("title") == title:
        return 0
    node["title"] = title
    return 1


def open_enum(document: dict[str, Any], place: Place, _: object) -> int:
    """A closed `enum` becomes `x-extensible-enum`: unknown values decode, as text."""
    node = place.node
    if "enum" not in node:
        return 0
    if node.get("type", "string") != "string":
        raise _Unexpected(f"an enum of type {node.get('type')!r}")
    node["x-extensible-enum"] = node.pop("enum")
    node["type"] = "string"
    return 1


def query_to_parameter(document: dict[str, Any], place: Place, _: object) -> int:
    """Every path key with a literal query (`/x?name=value`) loses it: its operations take
    `name` as an optional query parameter whose default is that value, so the request still
    reaches what the key names, and callers may ask for something else.

    A value with commas (`expand=info,status,id`) becomes a list of those values, sent
    comma-separated; a parameter the document already declares with that name keeps its
    description and type, its enum values joining the list. The operation moves to the path
    without the query, or to `/x#name` when that path and method are taken (two operations
    cannot share them); the fragment is never sent (the endpoint template drops it).
    """
    paths = place.node
    keys = [key for key in paths if "?" in key]
    for key in keys:
        path, _, query = key.partition("?")
        pairs = parse_qsl(query, keep_blank_values=True)
        if not pairs:
            raise _Unexpected(f"path key {key!r}, whose query names no parameter")
        item = paths.pop(key)
        for method in METHODS:
            if isinstance(item.get(method), dict):
                for name, value in pairs:
                    _default_parameter(document, item, item[method], name, value)
        target = paths.get(path)
        if target is None:
            paths[path] = item
        elif isinstance(target, dict) and set(item) <= set(METHODS) and not set(item) & set(target):
            target.update(item)  # the path answers other methods: this one joins them
        else:
            paths[f"{path}#{'&'.join(name for name, _ in pairs)}"] = item
    return len(keys)


def _default_parameter(
    document: dict[str, Any], item: dict[str, Any], operation: dict[str, Any], name: str, value: str
) -> None:
    """Declare (or correct) query parameter `name` of `operation`, defaulting to `value`."""
    parameter: dict[str, Any] | None = None
    for holder in (operation, item):
        listed = holder.get("parameters") or []
        for index, declared in enumerate(listed):
            resolved, _ = _resolve(document, declared, "parameter")
            if isinstance(resolved, dict) and (resolved.get("name"), resolved.get("in")) == (name, "query"):
                parameter = listed[index] = copy.deepcopy(resolved)  # a shared one stays as it was
                break
        if parameter is not None:
            break
    if parameter is None:
        parameter = {"name": name, "in": "query", "description": f"Sent as `{name}={value}` unless given."}
        operation.setdefault("parameters", []).append(parameter)
    schema = parameter.get("schema") or {}
    if "," in value:
        defaults = value.split(",")
        known = schema.get("enum") or (schema.get("items") or {}).get("enum") or []
        values = [*defaults, *(v for v in known if v not in defaults)]
        schema = {"type": "array", "items": {"type": "string", "enum": values}, "default": defaults}
        parameter.update(style="form", explode=False)
    else:
        kind = schema.get("type", "string")
        schema = {**schema, "type": kind, "default": _typed(value, kind)}
        parameter.setdefault("style", "form")
    parameter.update(required=False, schema=schema)


def _typed(value: str, kind: str) -> Any:
    """A query's text as a value of the parameter's JSON type."""
    if kind == "boolean":
        return value.lower() == "true"
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        raise _Unexpected(f"query value {value!r} for a parameter of type {kind}") from None
    return value


def add_operation(document: dict[str, Any], place: Place, spec: dict[str, Any]) -> int:
    """An operation the service answers but the document does not describe, added at
    `spec["path"]` under `spec["method"]`. Already true when the document has an operation
    with that operationId, or any operation at that path and method. Every `$ref` in it must
    resolve in the document (it borrows the document's own error responses)."""
    path, method, operation = spec.get("path"), str(spec.get("method", "")).lower(), spec.get("operation")
    if not isinstance(path, str) or method not in METHODS or not isinstance(operation, dict):
        raise _Unexpected("a mapping with `path`, `method` (an HTTP method) and `operation`")
    wanted = operation.get("operationId")
    for known_path, known_method, known in _operations(document):
        if known.get("operationId") == wanted or (known_path, known_method) == (path, method):
            return 0
    for node, where in _walk(operation, f"{method.upper()} {path}"):
        ref = node.get("$ref")
        if isinstance(ref, str) and _resolve(document, node, where)[0] is None:
            raise _Unexpected(f"{ref} at {where}, which the document does not declare")
    item = place.node.setdefault(path, {})
    item[method] = copy.deepcopy(operation)
    return 1


def mark_required(document: dict[str, Any], place: Place, _: object) -> int:
    """The selected node (a request body, a parameter) says `required: true`."""
    if place.node.get("required") is True:
        return 0
    place.node["required"] = True
    return 1


CHANGES: dict[str, Callable[[dict[str, Any], Place, Any], int]] = {
    "remove-required": remove_required,
    "add-required": add_required,
    "set-title": set_title,
    "open-enum": open_enum,
    "query-to-parameter": query_to_parameter,
    "add-operation": add_operation,
    "mark-required": mark_required,
}
