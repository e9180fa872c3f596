"""What the wrapper needs from the generated package, checked right after generation.

`tools/generate.py` runs this against the freshly generated package before it replaces
generated/, so a revision of the document that removes, renames or retypes something the
wrapper relies on stops the build (and `make update-spec` leaves the tree as it was) with
the name of what broke, instead of failing later at run time. (`mypy --strict` in
`make test` is the second net.)

This is not a copy of the spec: it lists only what the wrapper's own code touches, by name
and, where the wrapper depends on it, by type. Operations need no entry: each one becomes a
method of both clients by generation.
"""

from __future__ import annotations

import importlib
import inspect
import sys

import attrs

NAMES = {
    "confluent_connect_api.api": ["AsyncOperations", "SyncOperations", "operation", "OPERATIONS"],
    "confluent_connect_api.types": ["ShapeError", "Unset"],
    "confluent_connect_api.redaction": ["REDACTED", "is_sensitive_key", "redact"],
    "confluent_connect_api.models": [
        "ConnectorTask",
        "ConnectorTaskConfig",
        "ConnectorTaskId",
        "ConnectorExpansion",
        "ConnectorStatus",
    ],
}
# Fields the wrapper and its documented examples read, with their annotated types.
FIELDS = {
    "ConnectorTask": {"id": "ConnectorTaskId", "config": "ConnectorTaskConfig"},
    "ConnectorTaskId": {"task": "int", "connector": "str"},
    # waiting reads a status's states and traces, and an offsets request's phase
    "ConnectorStatus": {"connector": "ConnectorState", "tasks": "list[TaskStatus] | Unset"},
    "ConnectorState": {"state": "str", "trace": "str | Unset"},
    "TaskStatus": {"id": "int", "state": "str", "msg": "str | Unset"},
    "AlterOffsetStatus": {"status": "AlterOffsetPhase"},
    "AlterOffsetPhase": {"phase": "str", "message": "str | Unset"},
}
# Operations the wrapper's own code calls (list_tasks, patching, waiting, the CLI), with their parameters.
PARAMETERS = {
    "list_connector_tasks": ["environment_id", "kafka_cluster_id", "connector_name"],
    "list_connectors_with_expansions": ["environment_id", "kafka_cluster_id"],
    "read_connector_status": ["environment_id", "kafka_cluster_id", "connector_name"],
    "get_connector_config": ["environment_id", "kafka_cluster_id", "connector_name"],
    "create_or_update_connector_config": ["environment_id", "kafka_cluster_id", "connector_name", "body"],
    "get_connector_offsets_request_status": ["environment_id", "kafka_cluster_id", "connector_name"],
}


def problems() -> list[str]:
    """Everything the wrapper needs that the importable generated package lacks."""
    found: list[str] = []
    for module_name, names in NAMES.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            found.append(f"module {module_name} cannot be imported ({error})")
            continue
        found.extend(f"{module_name}.{name} is missing" for name in names if not hasattr(module, name))
    if any(problem.startswith("module ") for problem in found):
        return found
    found.extend(_field_problems())
    found.extend(_operation_problems())
    if not found:
        try:
            importlib.import_module("confluent_connect")
        except ImportError as error:
            found.append(f"the wrapper cannot be imported: {error}")
    return found


def _field_problems() -> list[str]:
    found: list[str] = []
    models = importlib.import_module("confluent_connect_api.models")
    for class_name, fields in FIELDS.items():
        if not hasattr(models, class_name):
            continue
        declared = {field.name: field.type for field in attrs.fields(getattr(models, class_name))}
        for field, expected in fields.items():
            if field not in declared:
                found.append(f"{class_name}.{field} is missing (the spec no longer declares it)")
            elif declared[field] != expected:
                found.append(
                    f"{class_name}.{field} is now {declared[field]}, not {expected} "
                    "(the wrapper and its users read it as that type)"
                )
    return found


def _operation_problems() -> list[str]:
    found: list[str] = []
    api = importlib.import_module("confluent_connect_api.api")
    for name, expected in PARAMETERS.items():
        method = getattr(api.SyncOperations, name, None)
        if method is None:
            found.append(f"operation {name} is missing")
            continue
        missing = [p for p in expected if p not in inspect.signature(method).parameters]
        if missing:
            found.append(f"operation {name} no longer takes {', '.join(missing)}")
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"contract: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
