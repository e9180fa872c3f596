"""Write the revision fixtures of tests/specs/: Confluent's real document, one change each.

    .venv/bin/python tests/specs/derive.py     # rewrites every derived tests/specs/*.yaml

Each fixture in FIXTURES is openapi/connect-v1.yaml (loaded as the generator loads it) with
exactly one of the changes real revisions make, written back as YAML: unquoted timestamps
stay unquoted, as Confluent writes them. COPIES are Confluent's own later revisions, byte for
byte as published (this script does not write them); each fixture in LATER is one of them
with what Confluent published after it. The outputs are committed, so `make update-spec
SPEC=tests/specs/<file>` works from a fresh clone; run this again after the real document
changes, and review the diffs.
"""

from __future__ import annotations

import copy
import hashlib
import re
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


def create_returns_offsets(document: Document) -> None:
    """Creating a connector answers a new schema, connect.v1.ConnectorWithOffsets: the connector
    and the offsets it starts from, as the 2024-05-08 revision has it (the read stays Connector)."""
    response = operation(document, "createConnectv1Connector")["responses"]["201"]
    connector = json_schema(response)["$ref"]
    with_offsets = copy.deepcopy(schema(document, connector))
    with_offsets["properties"]["offsets"] = copy.deepcopy(schema(document, SCHEMAS + "connect.v1.Offsets"))
    document["components"]["schemas"]["connect.v1.ConnectorWithOffsets"] = with_offsets
    response["content"]["application/json"]["schema"] = {"$ref": SCHEMAS + "connect.v1.ConnectorWithOffsets"}


def translate_added(document: Document) -> None:
    """PUT .../connector-plugins/{plugin_name}/config/translate?mask_sensitive=true, as the
    all-of-Cloud reference publishes it: a literal query in the path key again, beside a
    declared `mask_sensitive` string parameter; a free-form map of strings in, the translated
    config with its errors and warnings out."""
    validate = operation(document, "validateConnectv1ConnectorPlugin")
    plugin, *cluster = (copy.deepcopy(p) for p in validate["parameters"])
    issue = {
        "type": "object",
        "properties": {
            "field": {"type": "string", "description": "The field name that has an error"},
            "message": {"type": "string", "description": "The error message"},
        },
        "required": ["field", "message"],
    }
    translated = {
        "type": "object",
        "properties": {
            "config": {
                "type": "object",
                "description": "The translated configuration",
                "additionalProperties": {"type": "string"},
            },
            "errors": {"type": "array", "description": "List of configuration errors", "items": issue},
            "warnings": {"type": "array", "description": "List of configuration warnings", "items": issue},
        },
    }
    responses: dict[str, Any] = {"200": {"description": "Connector Plugin translation result.",
                                         "content": {"application/json": {"schema": translated}}}}  # fmt: skip
    for status, name in (("400", "BadRequestError"), ("401", "UnauthenticatedError"), ("403", "ForbiddenError"),
                         ("404", "ResourceNotFoundError"), ("500", "DefaultSystemError")):  # fmt: skip
        responses[status] = {"$ref": f"#/components/responses/connect.v1.{name}"}
    responses["429"] = {"$ref": "#/components/responses/RateLimitError"}
    document_order(responses)
    translate = {
        "description": "[![General Availability](https://img.shields.io/badge/Lifecycle%20Stage-General%20Availability"
        "-%2345c6e8)](#section/Versioning/API-Lifecycle-Policy)\n\nTranslate the provided Self Managed configuration "
        "values. This API performs configuration translation\nand returns the translated fully managed configuration "
        "along with any errors or warnings. \nQuery Parameter `mask_sensitive=true` redacts sensitive config values "
        "in response.",
        "operationId": "translateConnectv1ConnectorPlugin",
        "parameters": [
            plugin,
            *cluster,
            {
                "description": "Indicates whether to redact sensitive config values in response.",
                "in": "query",
                "name": "mask_sensitive",
                "required": False,
                "schema": {"maxLength": 255, "type": "string"},
            },
        ],
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "additionalProperties": {"type": "string"},
                        "description": "Configuration parameters for the self managed connector. All values should "
                        "be strings.",
                        "type": "object",
                    }
                }
            },
            "description": "Configuration parameters for the connector. All values should be strings.",
        },
        "responses": responses,
        "security": copy.deepcopy(validate["security"]),
        "summary": "Translate Self Managed Connector Plugin Configurations to Fully Managed Connector Plugin "
        "Configurations",
        "tags": list(validate["tags"]),
    }
    path = f"{PREFIX}/connector-plugins/{{plugin_name}}/config/translate?mask_sensitive=true"
    document["paths"][path] = {"put": translate}


RATE_LIMIT_HEADERS = {
    "X-Request-Id": ("string", "The unique identifier for the API request."),
    "X-RateLimit-Limit": ("integer", "The maximum number of requests you're permitted to make per time period."),
    "X-RateLimit-Remaining": ("integer", "The number of requests remaining in the current rate limit window."),
    "X-RateLimit-Reset": ("integer", "The relative time in seconds until the current rate-limit window resets."),
}


def rate_limit_shared(document: Document) -> None:
    """Every 429 refers to one shared response, components/responses/RateLimitError, which
    declares X-Request-Id and the X-RateLimit-* headers beside Retry-After."""
    shared = document["components"]["responses"]["RateLimitError"]
    headers = {
        name: {"description": text, "schema": {"type": kind}} for name, (kind, text) in RATE_LIMIT_HEADERS.items()
    }
    shared["headers"] = {**headers, **shared.get("headers", {})}
    for item in document["paths"].values():
        for candidate in item.values():
            if isinstance(candidate, dict) and "429" in candidate.get("responses", {}):
                candidate["responses"]["429"] = {"$ref": "#/components/responses/RateLimitError"}


def cloud_reference_2025(document: Document) -> None:
    """What Confluent's all-of-Cloud reference publishes after the 2024-05-08 revision: restart
    and translate, every 429 a shared RateLimitError, the offsets operations Generally
    Available, and two new keys for custom connectors in the create body's config."""
    operation_added(document)
    translate_added(document)
    rate_limit_shared(document)
    for operation_id in ("getConnectv1ConnectorOffsets", "alterConnectv1ConnectorOffsetsRequest",
                         "getConnectv1ConnectorOffsetsRequestStatus"):  # fmt: skip
        found = operation(document, operation_id)
        found["description"] = re.sub(r"^\[!\[Preview\]\([^)]*\)\]", GENERAL_AVAILABILITY, found["description"])
    create = operation(document, "createConnectv1Connector")["requestBody"]
    shared = document["components"]["requestBodies"][create["$ref"].rsplit("/", 1)[-1]]
    # The body is a $ref; the document also writes it out beside the $ref: both gain the keys.
    for body in (schema(document, json_schema(shared)["$ref"]), json_schema(create)):
        for key, text, example in (
            ("confluent.custom.connect.plugin.runtime", "The runtime of the custom connector plugin.", "3.9.0"),
            ("confluent.custom.connect.java.version", "The Java version of the custom connector plugin.", "17"),
        ):
            body["properties"]["config"]["properties"][key] = {
                "description": f"[Optional for Custom Connector] {text}",
                "example": example,
                "type": "string",
            }


GENERAL_AVAILABILITY = (
    "[![General Availability](https://img.shields.io/badge/Lifecycle%20Stage-General%20Availability-%2345c6e8)]"
)


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
    "create-returns-offsets.yaml": create_returns_offsets,
    "translate-added.yaml": translate_added,
    "rate-limit-shared.yaml": rate_limit_shared,
}
# Confluent's own revisions, as published: file -> where it was taken from.
COPIES = {
    "connect-v1-2024-05-08.yaml": "confluentinc/ccloud-sdk-go-v2 at d5bac093 (tag connect/v0.7.0, 2024-05-08), "
    "connect/v1/api/openapi.yaml",
}
# Fixtures derived from one of COPIES: file -> (the copy, the change).
LATER: dict[str, tuple[str, Callable[[Document], None]]] = {
    "cloud-reference-2025.yaml": ("connect-v1-2024-05-08.yaml", cloud_reference_2025),
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
    """Every derived fixture's text, by file name."""
    texts = {name: _derived(source, "openapi/connect-v1.yaml", change) for name, change in FIXTURES.items()}
    for name, (copy_name, change) in LATER.items():
        texts[name] = _derived(SPECS / copy_name, f"tests/specs/{copy_name}", change)
    return texts


def _derived(source: Path, shown_as: str, change: Callable[[Document], None]) -> str:
    document = load_document(source)
    change(document)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    summary = textwrap.wrap(" ".join((change.__doc__ or "").split()), 96)
    header = "".join(
        f"# {line}\n" for line in [f"Derived by tests/specs/derive.py from {shown_as} ({digest[:16]}):", *summary]
    )
    return header + yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=80)


def main() -> int:
    for name, text in derive().items():
        (SPECS / name).write_text(text, encoding="utf-8")
        print(f"wrote tests/specs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
