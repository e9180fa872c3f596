"""The API description: Confluent's text as published, corrected only through the overlay.

Nothing here points into one revision's layout: places are found by what they are (an
operation's id, a schema declaring `connector.class`), as the overlay's rules find them.
"""

from __future__ import annotations

import copy
import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from generate import (
    DEFAULT_OVERLAY,
    DEFAULT_SPEC,
    GenerationError,
    effective_document,
    load_document,
    readable_operation_names,
    readable_schema_names,
    shared_schemas,
)
from openapi_spec_validator import validate
from overlay import OverlayError, apply_overlay, response_enums, response_schemas
from spec_changes import snake_case

from confluent_connect_api.api import OPERATIONS, AsyncOperations, SyncOperations

SPECS = DEFAULT_SPEC.parent.parent / "tests" / "specs"
COMMON_KEYS = {"cloud.environment", "cloud.provider", "kafka.api.key", "kafka.api.secret"}


@pytest.fixture
def vendor() -> dict[str, Any]:
    return load_document(DEFAULT_SPEC)


@pytest.fixture
def overlay() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DEFAULT_OVERLAY.read_text(encoding="utf-8"))
    return loaded


def config_schemas(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every copy of the connector config schema, wherever the revision put it."""
    found = []
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "connector.class" in (node.get("properties") or {}):
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def success_schema(document: dict[str, Any], operation_id: str, *at: str) -> dict[str, Any]:
    places = list(response_schemas(document, {"operation": operation_id, "at": list(at)}))
    assert places, f"{operation_id} {at} not found"
    node = places[0].node
    while "$ref" in node:
        node = document
        for step in places[0].node["$ref"][2:].split("/"):
            node = node[step]
    return node


def test_vendor_document_is_valid_openapi(vendor: dict[str, Any]) -> None:
    """Confluent's document passes a real OpenAPI 3.0 validator."""
    validate(vendor)


def test_every_operation_of_the_document_is_a_method() -> None:
    """The whole Connect v1 group is the source, not one operation: each is generated, once."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    names = [
        snake_case(operation["operationId"])
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    assert len(names) == len(set(names))
    assert set(names) == set(OPERATIONS)
    assert "list_connector_tasks" in names


def test_timestamps_in_examples_stay_text(tmp_path: Path) -> None:
    """An unquoted timestamp or date loads as the text written, so the document is JSON."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.0\nx-when: 2024-02-20T15:14:19Z\nx-day: 2024-02-20\n")
    document = load_document(spec)
    assert (document["x-when"], document["x-day"]) == ("2024-02-20T15:14:19Z", "2024-02-20")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("swagger: '2.0'\ninfo: {}\n", "Swagger 2.0 document"),
        ("- a list\n", "not an OpenAPI document"),
        ("info: {}\n", "not an OpenAPI 3 document"),
        ("openapi: [unclosed\n", "cannot be read"),
    ],
)
def test_documents_that_are_not_openapi_3_are_refused(tmp_path: Path, text: str, message: str) -> None:
    """Swagger 2.0, a YAML list, no version, broken YAML: each refused as what it is."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    with pytest.raises(GenerationError, match=message):
        load_document(spec)


def test_vendor_text_is_left_as_published(vendor: dict[str, Any]) -> None:
    """The corrections live in the overlay: the vendor text still says what Confluent says."""
    assert any(set(schema.get("required", [])) >= COMMON_KEYS for schema in config_schemas(vendor))
    assert any("?" in path for path in vendor["paths"])


def test_every_rule_applies_to_the_document_it_was_written_for(overlay: dict[str, Any]) -> None:
    """Each rule changes something in the published text the overlay was written for: none is stale."""
    # A later revision may make a rule already true: `make update-spec` then says so, and goes on.
    _, results = apply_overlay(load_document(SPECS / "unchanged.yaml"), overlay)
    assert [(r.name, r.state) for r in results if r.state != "applied"] == []
    assert len(results) == len(overlay["rules"])


def test_common_config_keys_are_optional_in_every_copy(vendor: dict[str, Any]) -> None:
    """All copies of the config schema, not one, stop requiring keys real configs lack."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    copies = config_schemas(document)
    assert len(copies) >= 5
    for schema in copies:
        assert not COMMON_KEYS & set(schema.get("required", []))


def test_every_response_enum_is_open() -> None:
    """No closed enum is left anywhere a response can reach."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    places = list(response_enums(document, True))
    assert places
    assert [place.where for place in places if "enum" in place.node] == []


def test_expansions_take_a_typed_expand_parameter() -> None:
    """The literal `?expand=` leaves the path; `expand` is a list defaulting to all three."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    assert not any("?" in path for path in document["paths"])
    (item,) = [item for path, item in document["paths"].items() if path.endswith("#expand")]
    (expand,) = [p for p in item["get"]["parameters"] if p["name"] == "expand"]
    assert (expand["in"], expand["explode"], expand["schema"]["type"]) == ("query", False, "array")
    assert expand["schema"]["default"] == ["info", "status", "id"]


def test_tasks_always_have_id_and_config_and_readable_names() -> None:
    """Task id and config are required; schemas users meet carry readable titles."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    task = success_schema(document, "listConnectorTasks", "items")
    assert {"id", "config"} <= set(task["required"])
    assert task["title"] == "ConnectorTask"
    assert success_schema(document, "readConnectorStatus")["title"] == "ConnectorStatus"


def test_a_fix_made_upstream_is_reported_as_already_true(vendor: dict[str, Any], overlay: dict[str, Any]) -> None:
    """When Confluent's text already says it, the rule is a notice, and generation goes on."""
    for schema in config_schemas(vendor):
        schema["required"] = [k for k in schema.get("required", []) if k not in COMMON_KEYS]
        for key in ("kafka.endpoint", "kafka.region"):
            if key in schema["required"]:
                schema["required"].remove(key)
    _, results = apply_overlay(vendor, overlay)
    states = {result.name: result.state for result in results}
    assert states["common-config-keys-are-optional"] == "already true"
    assert "delete it" in str(next(r for r in results if r.state == "already true"))


@pytest.mark.parametrize(
    ("break_vendor", "rule", "message"),
    [
        (
            lambda doc: [
                item["get"].update(operationId="renamed")
                for item in doc["paths"].values()
                if item.get("get", {}).get("operationId") == "listConnectv1ConnectorTasks"
            ],
            "tasks-always-have-id-and-config",
            "nothing in the document matches",
        ),
        (
            lambda doc: doc["components"]["schemas"]["connect.v1.Connectors"]["items"]["properties"].pop("id"),
            "tasks-always-have-id-and-config",
            "without \\['id'\\]",
        ),
    ],
)
def test_rule_that_cannot_apply_stops_naming_itself(
    vendor: dict[str, Any], overlay: dict[str, Any], break_vendor: Any, rule: str, message: str
) -> None:
    """When the place is gone or says something else, applying fails with the rule's name."""
    break_vendor(vendor)
    with pytest.raises(OverlayError, match=rf"'{rule}' cannot apply.*{message}"):
        apply_overlay(vendor, overlay)


def test_no_literal_query_left_upstream_is_already_true(vendor: dict[str, Any], overlay: dict[str, Any]) -> None:
    """When no path key carries a query any more, the general query rule is a notice."""
    for path in [path for path in vendor["paths"] if "?" in path]:
        vendor["paths"][path.partition("?")[0] + "/expansions"] = vendor["paths"].pop(path)
    assert states(vendor, overlay)["path-queries-are-parameters"] == "already true"


def queried(path: str, parameters: list[dict[str, Any]], method: str = "put") -> dict[str, Any]:
    """A document whose only path key is `path`, its operation declaring `parameters`."""
    operation = {"operationId": "op", "parameters": parameters, "responses": {"200": {"description": "OK"}}}
    return {"openapi": "3.0.0", "paths": {path: {method: operation}}}


QUERY_RULE = {"rules": [{"name": "q", "select": {"paths": True}, "query-to-parameter": True}]}
MASK = {"name": "mask_sensitive", "in": "query", "required": False, "schema": {"type": "string", "maxLength": 255}}


def test_literal_query_merges_with_the_declared_parameter() -> None:
    """`?mask_sensitive=true` and a declared mask_sensitive: one optional string, default "true"."""
    document, results = apply_overlay(queried("/t/config/translate?mask_sensitive=true", [MASK]), QUERY_RULE)
    assert results[0].state == "applied"
    assert list(document["paths"]) == ["/t/config/translate"]
    (parameter,) = document["paths"]["/t/config/translate"]["put"]["parameters"]
    assert (parameter["name"], parameter["required"]) == ("mask_sensitive", False)
    assert parameter["schema"] == {"type": "string", "maxLength": 255, "default": "true"}


@pytest.mark.parametrize(
    ("key", "declared", "expected"),
    [
        ("/t?dry_run=false", [], {("dry_run", "query"): {"type": "string", "default": "false"}}),
        (
            "/t?dry_run=false",
            [{"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}],
            {("dry_run", "query"): {"type": "boolean", "default": False}},
        ),
        (
            "/t?limit=10&order=asc",
            [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
            {
                ("limit", "query"): {"type": "integer", "default": 10},
                ("order", "query"): {"type": "string", "default": "asc"},
            },
        ),
        (
            "/t?fields=a,b",
            [{"name": "fields", "in": "query", "schema": {"type": "string", "enum": ["a", "c"]}}],
            {
                ("fields", "query"): {
                    "type": "array",
                    "items": {"type": "string", "enum": ["a", "b", "c"]},
                    "default": ["a", "b"],
                }
            },
        ),
    ],
)
def test_every_literal_query_becomes_a_parameter_whatever_its_name(
    key: str, declared: list[dict[str, Any]], expected: dict[tuple[str, str], Any]
) -> None:
    """A declared one keeps its type; a new one is a string; a list of values is a typed list."""
    document, _ = apply_overlay(queried(key, declared), QUERY_RULE)
    ((path, item),) = document["paths"].items()
    assert path == "/t"
    found = {(p["name"], p["in"]): p["schema"] for p in item["put"]["parameters"] if not p["required"]}
    assert found == expected


def test_literal_query_on_a_taken_path_keeps_a_key_of_its_own() -> None:
    """GET /t and GET /t?expand=a: the second moves to /t#expand; PUT /t?x=1 joins GET /t."""
    document = queried("/t?expand=a,b", [], method="get")
    document["paths"]["/t"] = {"get": {"operationId": "plain", "responses": {}}}
    document["paths"]["/t?x=1"] = {"put": {"operationId": "other", "responses": {}}}
    corrected, _ = apply_overlay(document, QUERY_RULE)
    assert sorted(corrected["paths"]) == ["/t", "/t#expand"]
    assert sorted(corrected["paths"]["/t"]) == ["get", "put"]


def test_a_shared_parameter_is_copied_not_changed() -> None:
    """A declared parameter that is a $ref: the operation gets a corrected copy, the component stays."""
    document = queried("/t?mask_sensitive=true", [{"$ref": "#/components/parameters/Mask"}])
    document["components"] = {"parameters": {"Mask": copy.deepcopy(MASK)}}
    corrected, _ = apply_overlay(document, QUERY_RULE)
    assert corrected["components"]["parameters"]["Mask"] == MASK
    assert corrected["paths"]["/t"]["put"]["parameters"][0]["schema"]["default"] == "true"


def test_overlay_leaves_its_input_alone(vendor: dict[str, Any], overlay: dict[str, Any]) -> None:
    """apply_overlay returns a copy; the loaded vendor document is not changed."""
    before = copy.deepcopy(vendor)
    apply_overlay(vendor, overlay)
    assert vendor == before


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"select": {}}, "has no name"),
        ({"name": "r", "set-title": "X"}, "needs `select`"),
        ({"name": "r", "select": {"response-enums": True}}, "exactly one of"),
        ({"name": "r", "select": {"nowhere": 1}, "set-title": "X"}, "`select` takes one of"),
        ({"name": "r", "select": {"response-enums": True}, "open-enum": 1, "sett": 1}, "unknown"),
    ],
)
def test_malformed_rule_is_refused(vendor: dict[str, Any], rule: Any, message: str) -> None:
    """A rule with a typo fails loudly instead of being skipped."""
    with pytest.raises(OverlayError, match=message):
        apply_overlay(vendor, {"rules": [rule]})


@pytest.mark.parametrize("tag", ["Status (connect/v1)", "Status (v1)"])
def test_readable_operation_names(vendor: dict[str, Any], tag: str) -> None:
    """The API group and version leave operation ids and tags, in both revisions' forms."""
    document = {"paths": {"/t": {"get": {"operationId": "listConnectv1ConnectorTasks"}}}}
    document["paths"]["/t"]["get"]["tags"] = [tag]
    readable_operation_names(document)
    assert document["paths"]["/t"]["get"]["operationId"] == "listConnectorTasks"
    assert document["paths"]["/t"]["get"]["tags"] == ["Status"]


def test_readable_names_that_collide_stop_generation(vendor: dict[str, Any]) -> None:
    """Two operations that would share a Python name are refused, naming both."""
    vendor["paths"]["/other"] = {"get": {"operationId": "listConnectv2ConnectorTasks"}}
    with pytest.raises(GenerationError, match="would both be named 'listConnectorTasks'"):
        readable_operation_names(vendor)


RESTART_PATH = (
    "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/restart"
)


def states(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, str]:
    _, results = apply_overlay(document, overlay)
    return {result.name: result.state for result in results}


def test_restart_is_added_as_the_reference_publishes_it() -> None:
    """POST .../restart: no query, no body, 202 with no body, the document's own error responses."""
    document, _ = effective_document(SPECS / "unchanged.yaml", DEFAULT_OVERLAY)  # one without restart
    restart = document["paths"][RESTART_PATH]["post"]
    assert (restart["operationId"], restart["tags"]) == ("restartConnector", ["Lifecycle"])
    assert "requestBody" not in restart
    assert [p["in"] for p in restart["parameters"]] == ["path", "path", "path"]
    assert restart["responses"]["202"] == {"description": "Accepted"}
    assert sorted(restart["responses"]) == ["202", "401", "403", "404", "429", "500"]
    for status in ("401", "403", "404", "429", "500"):
        assert restart["responses"][status]["$ref"].startswith("#/components/responses/")


def test_restart_published_upstream_is_already_true(overlay: dict[str, Any]) -> None:
    """A revision with restartConnectv1Connector: the rule is a notice, the upstream text is kept."""
    document = load_document(SPECS / "operation-added.yaml")
    assert states(document, overlay)["restart-connector-is-published"] == "already true"
    corrected, _ = apply_overlay(document, overlay)
    assert "403" in corrected["paths"][RESTART_PATH]["post"]["responses"]
    assert corrected["paths"][RESTART_PATH]["post"]["responses"]["403"].get("$ref") is None


def test_restart_path_taken_by_another_operation_id_is_already_true(
    vendor: dict[str, Any], overlay: dict[str, Any]
) -> None:
    """The same path and method under another operationId: Confluent's operation is kept, not replaced."""
    vendor["paths"][RESTART_PATH] = {"post": {"operationId": "restartConnectv1ConnectorAndTasks", "responses": {}}}
    assert states(vendor, overlay)["restart-connector-is-published"] == "already true"


def test_restart_whose_error_responses_are_gone_cannot_apply(overlay: dict[str, Any]) -> None:
    """An added operation borrows the document's error responses; one that is gone stops, named."""
    document = load_document(SPECS / "unchanged.yaml")  # one without restart
    del document["components"]["responses"]["connect.v1.ForbiddenError"]
    message = r"'restart-connector-is-published' cannot apply.*connect\.v1\.ForbiddenError.*does not declare"
    with pytest.raises(OverlayError, match=message):
        apply_overlay(document, overlay)


def test_malformed_added_operation_is_refused(vendor: dict[str, Any]) -> None:
    """An add-operation without a method is refused, naming the rule."""
    rule = {"name": "r", "select": {"paths": True}, "add-operation": {"path": "/x", "operation": {}}}
    with pytest.raises(OverlayError, match=r"'r' cannot apply.*`method`"):
        apply_overlay(vendor, {"rules": [rule]})


def request_bodies(document: dict[str, Any]) -> dict[str, Any]:
    """Each operation's request body, `$ref`s followed, by operationId."""
    found = {}
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                body = operation["requestBody"]
                if "$ref" in body:
                    body = document["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
                found[operation["operationId"]] = body
    return found


def test_every_request_body_is_required() -> None:
    """Create, put-config, validate and alter-offsets: the live service refuses them without a body."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    bodies = request_bodies(document)
    assert {"createConnector", "createOrUpdateConnectorConfig", "validateConnectorPlugin"} <= set(bodies)
    assert "alterConnectorOffsetsRequest" in bodies
    assert {name: body.get("required") for name, body in bodies.items()} == dict.fromkeys(bodies, True)


def test_generated_methods_take_body_as_a_required_keyword() -> None:
    """No operation with a body defaults it: leaving it out is a TypeError, not an empty request."""
    with_body = 0
    for kind in (SyncOperations, AsyncOperations):
        for name, method in vars(kind).items():
            body = inspect.signature(method).parameters.get("body") if callable(method) else None
            if body is not None:
                with_body += 1
                expected = (name, inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.empty)
                assert (name, body.kind, body.default) == expected
    assert with_body == 2 * len(request_bodies(load_document(DEFAULT_SPEC)))


def test_required_bodies_upstream_are_already_true(vendor: dict[str, Any], overlay: dict[str, Any]) -> None:
    """When Confluent marks every body required, the rule is a notice."""
    for body in request_bodies(vendor).values():
        body["required"] = True
    assert states(vendor, overlay)["request-bodies-are-required"] == "already true"


# --- names for people ----------------------------------------------------------------------


def test_every_component_is_named_without_the_api_group() -> None:
    """connect.v1.X and connect_v1_X_y lose the group; explicit titles from the overlay stay."""
    document = {
        "components": {
            "schemas": {
                "connect.v1.ConnectorWithOffsets": {"type": "object"},
                "connect_v1_Connector_tasks": {"type": "object"},
                "connect.v1.Connector": {"type": "object", "title": "Connector"},
                "inline_response_400": {"type": "object"},
            }
        }
    }
    readable_schema_names(document)
    titles = [schema["title"] for schema in document["components"]["schemas"].values()]
    assert titles == ["ConnectorWithOffsets", "Connector_tasks", "Connector", "inline_response_400"]


def test_an_inline_success_body_is_named_after_its_operation() -> None:
    """An untitled object written inline as a 200 body: TranslateConnectorPluginResult."""
    body = {"type": "object", "properties": {"config": {"type": "object"}}}
    error = {"type": "object", "properties": {"code": {"type": "integer"}}}
    responses = {"200": {"content": {"application/json": {"schema": body}}}}
    responses["400"] = {"content": {"application/json": {"schema": error}}}
    readable_schema_names(
        {"paths": {"/t": {"put": {"operationId": "translateConnectorPlugin", "responses": responses}}}}
    )
    assert body["title"] == "TranslateConnectorPluginResult"
    assert "title" not in error


def test_a_copy_written_out_inline_is_the_named_schema() -> None:
    """Revisions write a $ref out inline: the copy takes the name, and both refer to one component."""
    offset = {
        "type": "object",
        "title": "PartitionOffset",
        "description": "One.",
        "properties": {"a": {"type": "string"}},
    }
    copy_ = {"type": "object", "description": "Other words.", "properties": {"a": {"type": "string"}}}
    other = {"type": "object", "properties": {"a": {"type": "integer"}}}
    document: dict[str, Any] = {
        "components": {"schemas": {"connect.v1.Offsets": {"type": "array", "items": offset}}},
        "paths": {"/t": {"post": {"requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "title": "Request", "properties": {"offsets": {"type": "array", "items": copy_},
                                                                 "other": {"type": "array", "items": other}},
        }}}}}}},
    }  # fmt: skip
    shared_schemas(document)
    schemas = document["components"]["schemas"]
    assert schemas["PartitionOffset"] is offset
    assert schemas["connect.v1.Offsets"]["items"] == {"$ref": "#/components/schemas/PartitionOffset"}
    request = schemas["Request"]["properties"] if "Request" in schemas else None
    body = document["paths"]["/t"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert request is None
    assert body["properties"]["offsets"]["items"] == {"$ref": "#/components/schemas/PartitionOffset"}
    assert body["properties"]["other"]["items"] is other
    assert "title" not in other


def test_a_copy_marked_x_redact_stays_in_its_place() -> None:
    """x-redact marks a value secret where it is: copies carrying it are not moved to a component."""
    config = {
        "type": "object",
        "title": "NewConnectorConfig",
        "x-redact": True,
        "properties": {"a": {"type": "string"}},
    }
    copy_ = {"type": "object", "x-redact": True, "properties": {"a": {"type": "string"}}}
    document: dict[str, Any] = {"components": {"schemas": {
        "one": {"type": "object", "title": "One", "properties": {"config": config}},
        "two": {"type": "object", "title": "Two", "properties": {"config": copy_, "b": {"type": "string"}}},
    }}}  # fmt: skip
    shared_schemas(document)
    assert document["components"]["schemas"]["one"]["properties"]["config"] is config
    assert document["components"]["schemas"]["two"]["properties"]["config"] is copy_
    assert "NewConnectorConfig" not in document["components"]["schemas"]


@pytest.mark.parametrize("spec", ["connect-v1-2024-05-08.yaml", "cloud-reference-2025.yaml"])
def test_later_revisions_keep_names_for_people(spec: str) -> None:
    """No title keeps the API group, and the offsets written out inline are PartitionOffset again."""
    document, _ = effective_document(SPECS / spec, DEFAULT_OVERLAY)
    titles = [schema.get("title", "") for schema in document["components"]["schemas"].values()]
    assert [title for title in titles if re.match(r"connect[._]?v\d", title, re.IGNORECASE)] == []
    request = success_schema(document, "getConnectorOffsets", "offsets", "items")
    assert request["title"] == "PartitionOffset"
    with_offsets = document["components"]["schemas"]["connect.v1.ConnectorWithOffsets"]
    assert with_offsets["title"] == "ConnectorWithOffsets"
    assert with_offsets["properties"]["offsets"]["items"] == {"$ref": "#/components/schemas/PartitionOffset"}
