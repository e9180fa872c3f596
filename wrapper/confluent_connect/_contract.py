"""What this wrapper needs from the generated package, checked right after generation.

`make generate` runs `python -m confluent_connect._contract` against the freshly generated
package before it replaces generated/, so a spec change that removes or renames something
the wrapper relies on stops the build with the name of what is missing, instead of
failing later at run time. (`mypy --strict` in `make test` is the second net.)

This is not a copy of the spec: it lists only what the wrapper's own code touches.
"""

from __future__ import annotations

import importlib
import inspect
import sys

import attrs

NAMES = {
    "confluent_connect_api": ["AuthenticatedClient"],
    "confluent_connect_api.types": [
        "REDACTED",
        "ShapeError",
        "Unset",
        "is_sensitive_key",
        "redact",
    ],
    "confluent_connect_api.models": ["ConnectorTask", "ConnectorTaskConfig", "ConnectorTaskId"],
    "confluent_connect_api.api.status.list_connector_tasks": ["_get_kwargs", "_parse_response"],
}
FIELDS = {
    "ConnectorTask": ["id", "config"],
    "ConnectorTaskId": ["task"],
}
PARAMETERS = {
    "confluent_connect_api.api.status.list_connector_tasks._get_kwargs": [
        "environment_id",
        "kafka_cluster_id",
        "connector_name",
    ],
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
        found.extend(
            f"{module_name}.{name} is missing" for name in names if not hasattr(module, name)
        )
    if any(problem.startswith("module ") for problem in found):
        return found
    models = importlib.import_module("confluent_connect_api.models")
    for class_name, fields in FIELDS.items():
        if not hasattr(models, class_name):
            continue
        declared = {field.name for field in attrs.fields(getattr(models, class_name))}
        found.extend(
            f"{class_name}.{field} is missing (the spec no longer declares it)"
            for field in fields
            if field not in declared
        )
    for path, expected in PARAMETERS.items():
        module_name, _, function = path.rpartition(".")
        module = importlib.import_module(module_name)
        if not hasattr(module, function):
            continue
        parameters = inspect.signature(getattr(module, function))
        missing = [name for name in expected if name not in parameters.parameters]
        if missing:
            found.append(f"{path} no longer takes {', '.join(missing)}")
    if not found:
        try:
            importlib.import_module("confluent_connect")
        except ImportError as error:
            found.append(f"the wrapper cannot be imported: {error}")
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"contract: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
