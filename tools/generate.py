"""Generate the `confluent_connect_api` package from the vendor document and our overlay.

    python tools/generate.py                 # regenerate generated/confluent_connect_api and docs/api.md
    python tools/generate.py --check         # regenerate into a temporary folder and compare
    python tools/generate.py --spec X --out Y --reference Z   # another document, other places (tests)

The steps: load the vendor document, apply `openapi/overlay.yaml` (stopping with the rule's
name when a correction no longer applies), give operations readable Python names (below),
write the result to a temporary file, and run the pinned openapi-python-client on it with
`--fail-on-warning`, so a response the generator cannot model stops the build instead of
being dropped. The API reference, docs/api.md, is written from the package and that document
(tools/reference.py).

Readable names: Confluent's operation ids and tags carry the API group and its version
(`listConnectv1ConnectorTasks`, tag `Status (connect/v1)`), which the generator turns into
`api.status_connectv_1.list_connectv_1_connector_tasks`. The group is this package itself,
so it is dropped: `api.status.list_connector_tasks`. Two operations that would then share a
name stop the build. Schemas get names the same way, whatever a revision adds: a component
without a title is named after its key with the group dropped (`connect.v1.ConnectorWithOffsets`
becomes `ConnectorWithOffsets`, `connect_v1_Connector_tasks` becomes `Connector_tasks`, the
generator's `ConnectorTasks`), and an untitled object written inline as an operation's success
body after its operation (`TranslateConnectorPluginResult`). The overlay's `set-title` rules
come first and win, where a better name is needed. An untitled object that says exactly what a
named one says (a revision wrote a `$ref` out inline) takes that name, and the copies become one
shared schema, so they stay one class.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from overlay import OverlayError, Result, apply_overlay

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "confluent_connect_api"
DEFAULT_SPEC = ROOT / "openapi" / "connect-v1.yaml"
DEFAULT_OVERLAY = ROOT / "openapi" / "overlay.yaml"
DEFAULT_OUT = ROOT / "generated" / PACKAGE
DEFAULT_REFERENCE = ROOT / "docs" / "api.md"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"


class GenerationError(Exception):
    """The generator failed or warned; the message carries what it printed."""


class _Loader(yaml.SafeLoader):
    """YAML as JSON sees it: timestamps and dates stay the text they were written as
    (Confluent's examples hold unquoted ones), binary stays base64 text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_constructor("tag:yaml.org,2002:binary", lambda loader, node: loader.construct_scalar(node))
_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def load_document(path: Path) -> dict[str, Any]:
    """An OpenAPI 3 document as plain JSON data; anything else is refused as such."""
    try:
        with path.open(encoding="utf-8") as stream:
            document = yaml.load(stream, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        raise GenerationError(f"{path}: cannot be read as YAML or JSON: {error}") from None
    if not isinstance(document, dict):
        raise GenerationError(f"{path}: not an OpenAPI document (top level is not a mapping)")
    if "swagger" in document:
        raise GenerationError(
            f"{path}: a Swagger {document['swagger']} document; this project takes OpenAPI 3 "
            "(Confluent publishes OpenAPI 3.0 documents)"
        )
    if not str(document.get("openapi", "")).startswith("3."):
        raise GenerationError(f"{path}: not an OpenAPI 3 document (no `openapi: 3.x`)")
    return document


def effective_document(spec: Path, overlay: Path) -> tuple[dict[str, Any], list[Result]]:
    """The vendor document with our corrections applied and readable operation names, and
    what each overlay rule did."""
    with overlay.open(encoding="utf-8") as stream:
        rules = yaml.safe_load(stream) or {}
    document, results = apply_overlay(load_document(spec), rules)
    readable_operation_names(document)
    readable_schema_names(document)
    shared_schemas(document)
    return document, results


# Confluent's descriptions open with a lifecycle badge: a Markdown image inside a link.
_BADGE = re.compile(r"\[!\[([^\]]*)\]\([^)]*\)\]\([^)]*\)")
_GROUP_IN_OPERATION_ID = re.compile(r"(?<=[a-z])[A-Z][a-z]*v\d+(?=[A-Z])")
# "Status (connect/v1)" and the older "Status (v1)" both become "Status".
_GROUP_IN_TAG = re.compile(r"\s*\((?:[a-z]+/)?v\d+\)$")
# "connect.v1.ConnectorWithOffsets" and "connect_v1_Connector_tasks" lose "connect.v1." / "connect_v1_".
_GROUP_IN_SCHEMA_NAME = re.compile(r"^[a-z]+[._]v\d+[._]")
_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def readable_operation_names(document: dict[str, Any]) -> None:
    """Drop the API group and version from operation ids and tags, in place."""
    seen: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if method not in _METHODS or "operationId" not in operation:
                continue
            readable = _GROUP_IN_OPERATION_ID.sub("", operation["operationId"], count=1)
            if readable in seen:
                raise GenerationError(
                    f"operations {seen[readable]} and {method.upper()} {path} would both be named {readable!r}"
                )
            seen[readable] = f"{method.upper()} {path}"
            operation["operationId"] = readable
            if isinstance(operation.get("description"), str):
                operation["description"] = _BADGE.sub(r"\1.", operation["description"])
            operation["tags"] = [_GROUP_IN_TAG.sub("", tag) for tag in operation.get("tags", [])]
    for tag in document.get("tags") or []:
        tag["name"] = _GROUP_IN_TAG.sub("", tag["name"])


def readable_schema_names(document: dict[str, Any]) -> None:
    """Title every untitled component after its key without the API group, and every untitled
    inline object of a success response after its operation; in place, after the overlay."""
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict) and "title" not in schema:
            schema["title"] = _GROUP_IN_SCHEMA_NAME.sub("", name)
    for item in (document.get("paths") or {}).values():
        for method, operation in item.items():
            if method not in _METHODS or "operationId" not in operation:
                continue
            for status, response in (operation.get("responses") or {}).items():
                if not str(status).startswith("2") or not isinstance(response, dict):
                    continue
                for content in (response.get("content") or {}).values():
                    schema = content.get("schema") if isinstance(content, dict) else None
                    if isinstance(schema, dict) and "properties" in schema and not {"$ref", "title"} & set(schema):
                        operation_id = operation["operationId"]
                        schema["title"] = f"{operation_id[:1].upper()}{operation_id[1:]}Result"


# Where a schema holds another schema (besides each of its `properties`).
_SCHEMA_KEYS = {"schema", "items", "additionalProperties", "allOf", "oneOf", "anyOf", "not"}
# What two copies of one schema may differ in and still be one class.
_WORDING = {"description", "example", "examples", "title"}


def _shape(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _shape(value) for key, value in node.items() if key not in _WORDING}
    if isinstance(node, list):
        return [_shape(value) for value in node]
    return node


def _object_schemas(document: dict[str, Any]) -> list[tuple[dict[str, Any], Any, dict[str, Any]]]:
    """Every object schema with properties, as (the mapping or list holding it, its key, it),
    in document order; examples are not schemas."""
    found = []
    schemas = (document.get("components") or {}).get("schemas") or {}
    stack: list[tuple[Any, Any, Any, bool]] = [(schemas, name, node, True) for name, node in schemas.items()]
    stack += [
        (item, method, operation, False)
        for item in (document.get("paths") or {}).values()
        for method, operation in item.items()
    ]
    stack.reverse()
    while stack:
        holder, key, node, is_schema = stack.pop()
        if isinstance(node, list):
            stack.extend((node, index, value, is_schema) for index, value in reversed(list(enumerate(node))))
            continue
        if not isinstance(node, dict):
            continue
        if is_schema and isinstance(node.get("properties"), dict) and node["properties"]:
            found.append((holder, key, node))
        children = []
        for child_key, child in node.items():
            if child_key in ("example", "examples"):
                continue
            if child_key == "properties" and is_schema and isinstance(child, dict):
                children += [(child, name, value, True) for name, value in child.items()]
            else:
                children.append((node, child_key, child, child_key in _SCHEMA_KEYS))
        stack.extend(reversed(children))
    return found


def shared_schemas(document: dict[str, Any]) -> None:
    """Copies of one schema become one: an untitled object that differs from a titled one only
    in wording takes its title, and the copies sharing a title are moved to one component that
    each place refers to (the generator makes one class per title, and refuses two)."""
    found = _object_schemas(document)
    titles: dict[str, set[str]] = {}
    for _, _, node in found:
        if "title" in node:
            titles.setdefault(json.dumps(_shape(node), sort_keys=True), set()).add(node["title"])
    named = [id(node) for _, _, node in found if "title" in node]  # the copy kept: its parts keep their names
    for _, _, node in found:
        same = titles.get(json.dumps(_shape(node), sort_keys=True), set())
        if "title" not in node and len(same) == 1:
            node["title"] = next(iter(same))
    by_title: dict[str, list[tuple[Any, Any, dict[str, Any]]]] = {}
    for place in found:
        if "title" in place[2]:
            by_title.setdefault(place[2]["title"], []).append(place)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for title, places in by_title.items():
        shapes = {json.dumps(_shape(node), sort_keys=True) for _, _, node in places}
        # x-redact marks a value secret in its position (a request's whole config): it stays put.
        if len(places) < 2 or len(shapes) > 1 or any("x-redact" in node for _, _, node in places):
            continue
        component = next((key for holder, key, _ in places if holder is schemas), None)
        if component is None:
            if title in schemas:
                continue
            component = title
            schemas[component] = next(node for _, _, node in places if id(node) in named)
        for holder, key, _ in places:
            if not (holder is schemas and key == component):
                holder[key] = {"$ref": f"#/components/schemas/{component.replace('~', '~0').replace('/', '~1')}"}


def generate(spec: Path, overlay: Path, out: Path, reference: Path | None = None) -> list[Result]:
    """Write the generated package to `out` (replacing it) and, if asked, its API reference to
    `reference`; what each overlay rule did."""
    document, results = effective_document(spec, overlay)
    with tempfile.TemporaryDirectory(prefix="confluent-connect-gen-") as tmp:
        effective = Path(tmp) / "openapi.json"
        effective.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
        staging = Path(tmp) / PACKAGE
        command = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(effective),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(staging),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        printed = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or "Warning" in printed or "Error" in printed:
            raise GenerationError(f"openapi-python-client failed:\n{printed}")
        # PEP 561: the package ships its types (the generator writes no marker with --meta none).
        (staging / "py.typed").write_text("", encoding="utf-8")
        # The redaction rule is real Python (linted, type-checked, tested in templates/);
        # the generated models and the wrapper both use this copy of it.
        shutil.copyfile(TEMPLATES / "redaction.py", staging / "redaction.py")
        check_contract(staging)
        if reference is not None:
            write_reference(staging, effective, reference)
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out, ignore=shutil.ignore_patterns("__pycache__"))
    return results


# Loads tools/contract.py on its own, without the package's __init__
# (which would fail on the first missing name before the check could list them all).
_CONTRACT_RUNNER = (
    "import importlib.util as u, sys; spec = u.spec_from_file_location('contract', sys.argv[1]); "
    "module = u.module_from_spec(spec); spec.loader.exec_module(module); sys.exit(module.main())"
)


def write_reference(package: Path, document: Path, out: Path) -> None:
    """docs/api.md for `package` (importable from its folder, beside this project's wrapper,
    which says what each error status raises) and its effective `document`."""
    environ = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package.parent), str(ROOT / "wrapper")])}
    command = [sys.executable, str(ROOT / "tools" / "reference.py"), str(document), str(out)]
    out.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environ, cwd=package.parent)
    if result.returncode != 0:
        raise GenerationError(f"the API reference could not be written:\n{(result.stdout + result.stderr).strip()}")


def check_contract(package: Path) -> None:
    """Fail, naming them, if the wrapper's needs are missing from a generated package."""
    environ = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package.parent), str(ROOT / "wrapper")]),
    }
    contract = ROOT / "tools" / "contract.py"
    result = subprocess.run(
        [sys.executable, "-c", _CONTRACT_RUNNER, str(contract)],
        capture_output=True,
        text=True,
        check=False,
        env=environ,
        cwd=package.parent,
    )
    if result.returncode != 0:
        raise GenerationError(
            "the generated package no longer has what the wrapper uses "
            f"(generated/ was left as it was):\n{(result.stdout + result.stderr).strip()}"
        )


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths of files that differ, or exist on one side only."""
    left, right = _files(expected), _files(actual)
    return sorted(name for name in left.keys() | right.keys() if left.get(name) != right.get(name))


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--overlay", type=Path, default=DEFAULT_OVERLAY)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help="the API reference to write")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail, naming the files, if --out or --reference differs",
    )
    args = parser.parse_args(argv)
    try:
        if not args.check:
            for result in generate(args.spec, args.overlay, args.out, args.reference):
                if result.state == "already true":
                    print(f"notice: {result}", file=sys.stderr)
            print(f"generated {args.out} and {args.reference}")
            return 0
        with tempfile.TemporaryDirectory(prefix="confluent-connect-check-") as tmp:
            fresh = Path(tmp) / PACKAGE
            generate(args.spec, args.overlay, fresh, Path(tmp) / args.reference.name)
            if not args.out.is_dir():
                print(f"{args.out} is missing: run `make generate`", file=sys.stderr)
                return 1
            changed = [f"{args.out.name}/{name}" for name in differences(fresh, args.out)]
            written = (Path(tmp) / args.reference.name).read_bytes()
            if not args.reference.is_file() or args.reference.read_bytes() != written:
                changed.append(str(args.reference))
    except (OverlayError, GenerationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if changed:
        print(
            "generated/ or the API reference differs from what `make generate` produces "
            "(a hand edit, or a generation that was not committed):",
            file=sys.stderr,
        )
        for name in changed:
            print(f"  {name}", file=sys.stderr)
        return 1
    print("generated/ and the API reference are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
