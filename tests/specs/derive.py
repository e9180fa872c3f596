"""Write the revision fixtures of tests/specs/: Confluent's real document, one change each.

    .venv/bin/python tests/specs/derive.py     # rewrites every tests/specs/*.yaml

Each fixture is openapi/connect-v1.yaml (loaded as the generator loads it) with exactly one
of the changes real revisions make, written back as YAML: unquoted timestamps stay unquoted,
as Confluent writes them. The outputs are committed, so `make update-spec
SPEC=tests/specs/<file>` works from a fresh clone; run this again after the real document
changes, and review the diffs.
"""

from __future__ import annotations

import copy
import hashlib
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from generate import DEFAULT_SPEC, load_document  # noqa: E402

SPECS = Path(__file__).resolve().parent
PREFIX = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}"
CONNECTOR = f"{PREFIX}/connectors/{{connector_name}}"
SCHEMAS = "#/components/schemas/"

Document = dict[str, Any]


def operation(document: Document, operation_id: str) -> dict[str, Any]:
    for item in document["paths"].values():
        for candidate in item.values():
            if isinstance(candidate, dict) and candidate.get("operationId") == operation_id:
                return candidate
    raise LookupError(f"no operation {operation_id} in the real document")


def schema(document: Document, ref: str) -> dict[str, Any]:
    return document["components"]["schemas"][ref.removeprefix(SCHEMAS)]


def json_schema(response: dict[str, Any]) -> dict[str, Any]:
    return response["content"]["application/json"]["schema"]


def tasks_item(document: Document) -> dict[str, Any]:
    response = operation(document, "listConnectv1ConnectorTasks")["responses"]["200"]
    return schema(document, json_schema(response)["$ref"])["items"]


# --- one change each -----------------------------------------------------------------------


def unchanged(document: Document) -> None:
    """The real document as it is: the base the tests start from."""


def ref_made_inline(document: Document) -> None:
    """The tasks response writes its schema inline instead of `$ref` connect.v1.Connectors,
    and the component is gone."""
    response = operation(document, "listConnectv1ConnectorTasks")["responses"]["200"]
    ref = json_schema(response)["$ref"]
    response["content"]["application/json"]["schema"] = copy.deepcopy(schema(document, ref))
    del document["components"]["schemas"][ref.removeprefix(SCHEMAS)]


def enum_made_string(document: Document) -> None:
    """The connector state in the status response no longer lists its values."""
    response = operation(document, "readConnectv1ConnectorStatus")["responses"]["200"]
    status = schema(document, json_schema(response)["$ref"])
    state = schema(document, status["properties"]["connector"]["$ref"])["properties"]["state"]
    del state["enum"]


def success_status_moved(document: Document) -> None:
    """Creating a connector answers 200 instead of 201."""
    responses = operation(document, "createConnectv1Connector")["responses"]
    responses["200"] = responses.pop("201")
    document_order(responses)


def response_model_replaced(document: Document) -> None:
    """The status response refers to a new schema, connect.v1.ConnectorStatus, which has one
    field more (`override_message`, seen in live bodies); the old inline_response_200_1 goes."""
    response = operation(document, "readConnectv1ConnectorStatus")["responses"]["200"]
    old = json_schema(response)["$ref"]
    new = copy.deepcopy(schema(document, old))
    new["properties"]["override_message"] = {
        "description": "A message set by Confluent when it overrides the connector's state.",
        "type": "string",
    }
    schemas = document["components"]["schemas"]
    del schemas[old.removeprefix(SCHEMAS)]
    schemas["connect.v1.ConnectorStatus"] = new
    response["content"]["application/json"]["schema"] = {"$ref": SCHEMAS + "connect.v1.ConnectorStatus"}


def tag_renamed(document: Document) -> None:
    """The status group's tag goes back to its older spelling, `Status (v1)`."""
    old, new = "Status (connect/v1)", "Status (v1)"
    for tag in document["tags"]:
        if tag["name"] == old:
            tag["name"] = new
    for item in document["paths"].values():
        for candidate in item.values():
            if isinstance(candidate, dict) and old in candidate.get("tags", []):
                candidate["tags"] = [new if tag == old else tag for tag in candidate["tags"]]


def operation_added(document: Document) -> None:
    """POST .../connectors/{connector_name}/restart, as Confluent's all-of-Cloud reference
    publishes it (restartConnectv1Connector, Preview): no query parameters, no body, 202 Accepted
    with no body, errors 401, 403, 404, 429 and 500 written out as the document writes pause's."""
    pause = document["paths"][f"{CONNECTOR}/pause"]["put"]
    restart = copy.deepcopy(pause)
    restart.update(
        operationId="restartConnectv1Connector",
        summary="Restart a Connector",
        description="[![Preview](https://img.shields.io/badge/Lifecycle%20Stage-Preview-%2300afba)]"
        "(#section/Versioning/API-Lifecycle-Policy)\n\nRestart the connector and its tasks. Stops message "
        "processing until the connector and tasks are restart. This call is asynchronous and the connector "
        "will not transition to another state at the same time.",
    )
    restart.pop("x-codeSamples", None)
    restart["responses"]["403"] = copy.deepcopy(document["components"]["responses"]["connect.v1.ForbiddenError"])
    document_order(restart["responses"])
    document["paths"][f"{CONNECTOR}/restart"] = {"post": restart}


def required_query_parameter(document: Document) -> None:
    """Listing connector plugins now requires `connector_type` (managed or custom)."""
    operation(document, "listConnectv1ConnectorPlugins")["parameters"].append(
        {
            "description": "Which plugins to list.",
            "explode": True,
            "in": "query",
            "name": "connector_type",
            "required": True,
            "schema": {"type": "string"},
            "style": "form",
        }
    )


def redacted_field(document: Document) -> None:
    """The task config declares `connection.string`, marked x-redact (no secret word in it)."""
    tasks_item(document)["properties"]["config"]["properties"]["connection.string"] = {
        "description": "The connection string of the external system.",
        "type": "string",
        "x-redact": True,
    }


def rule_already_true(document: Document) -> None:
    """Confluent's text now says what the overlay rule `tasks-always-have-id-and-config` makes it
    say: every task requires `id` and `config`."""
    tasks_item(document)["required"] = ["id", "config"]


def task_id_removed(document: Document) -> None:
    """Tasks no longer declare their `id`."""
    del tasks_item(document)["properties"]["id"]


def task_id_retyped(document: Document) -> None:
    """A task's number becomes a string."""
    tasks_item(document)["properties"]["id"]["properties"]["task"]["type"] = "string"


def generator_crash(document: Document) -> None:
    """Valid OpenAPI the generator cannot handle: listing connector plugins takes a `type`
    whose enum mixes text and a number (sink, source, 0), which openapi-python-client refuses."""
    operation(document, "listConnectv1ConnectorPlugins")["parameters"].append(
        {
            "description": "Which plugins to list (0: all).",
            "in": "query",
            "name": "type",
            "required": False,
            "schema": {"enum": ["sink", "source", 0]},
        }
    )


def example_values(document: Document) -> None:
    """Examples with an unquoted date and a binary value (YAML `!!binary`), beside the
    unquoted timestamps the real document has."""
    offsets = schema(document, SCHEMAS + "connect.v1.ConnectorOffsets")
    offsets["example"]["metadata"]["observed_on"] = "2024-02-20"
    offsets["example"]["metadata"]["checksum"] = b"\x00\x9f\x92\x96 offsets"


def document_order(responses: dict[str, Any]) -> None:
    """Status codes in ascending order, as Confluent writes them."""
    ordered = dict(sorted(responses.items()))
    responses.clear()
    responses.update(ordered)


FIXTURES: dict[str, Callable[[Document], None]] = {
    "unchanged.yaml": unchanged,
    "ref-made-inline.yaml": ref_made_inline,
    "enum-made-string.yaml": enum_made_string,
    "success-status-moved.yaml": success_status_moved,
    "response-model-replaced.yaml": response_model_replaced,
    "tag-renamed.yaml": tag_renamed,
    "operation-added.yaml": operation_added,
    "required-query-parameter.yaml": required_query_parameter,
    "redacted-field.yaml": redacted_field,
    "rule-already-true.yaml": rule_already_true,
    "task-id-removed.yaml": task_id_removed,
    "task-id-retyped.yaml": task_id_retyped,
    "generator-crash.yaml": generator_crash,
    "example-values.yaml": example_values,
}


# --- writing: YAML as Confluent writes it ----------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Writes a timestamp- or date-like string unquoted, as Confluent does (a YAML 1.1 reader
    turns it into a datetime; tools/generate.py keeps it text); multi-line text as a block;
    no YAML anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        style: str | None = "|"
    elif dumper.resolve(yaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":
        style = '"'  # "1.0", "200": quoted as Confluent quotes them
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def derive(source: Path = DEFAULT_SPEC) -> dict[str, str]:
    """Every fixture's text, by file name."""
    original = load_document(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    texts = {}
    for name, change in FIXTURES.items():
        document = copy.deepcopy(original)
        change(document)
        summary = textwrap.wrap(" ".join((change.__doc__ or "").split()), 96)
        header = "".join(
            f"# {line}\n"
            for line in [
                f"Derived by tests/specs/derive.py from openapi/connect-v1.yaml ({digest[:16]}):",
                *summary,
            ]
        )
        body = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=80)
        texts[name] = header + body
    return texts


def main() -> int:
    for name, text in derive().items():
        (SPECS / name).write_text(text, encoding="utf-8")
        print(f"wrote tests/specs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
