"""The API description: valid, shaped like Confluent's, corrected only through the overlay."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from conftest import ROOT
from generate import (
    DEFAULT_OVERLAY,
    DEFAULT_SPEC,
    GenerationError,
    effective_document,
    load_document,
    readable_operation_names,
)
from openapi_spec_validator import validate
from overlay import OverlayError, apply_overlay, resolve_pointer

TASKS_PATH = (
    "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}"
    "/connectors/{connector_name}/tasks"
)
CONFIG = "/components/schemas/connect.v1.Connectors/items/properties/config"


@pytest.fixture
def vendor() -> dict[str, Any]:
    return load_document(DEFAULT_SPEC)


@pytest.fixture
def overlay() -> dict[str, Any]:
    return yaml.safe_load(DEFAULT_OVERLAY.read_text(encoding="utf-8"))


def test_vendor_document_is_valid_openapi(vendor: dict[str, Any]) -> None:
    """The vendor document passes a real OpenAPI 3.0 validator."""
    validate(vendor)


def test_effective_document_is_valid_openapi() -> None:
    """What the generator reads (vendor + overlay + names) is valid too."""
    validate(effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY))


def test_operation_has_every_response_and_both_security_schemes(vendor: dict[str, Any]) -> None:
    """200, 401, 404, 429 and 500, Basic and Bearer, as the reference page lists."""
    operation = vendor["paths"][TASKS_PATH]["get"]
    assert operation["operationId"] == "listConnectv1ConnectorTasks"
    assert set(operation["responses"]) >= {"200", "401", "404", "429", "500"}
    schemes = vendor["components"]["securitySchemes"]
    assert (schemes["cloud-api-key"]["type"], schemes["cloud-api-key"]["scheme"]) == (
        "http",
        "basic",
    )
    assert schemes["confluent-sts-access-token"]["scheme"] == "bearer"
    assert {"cloud-api-key": []} in operation["security"]
    assert {"confluent-sts-access-token": []} in operation["security"]
    headers = operation["responses"]["429"]["headers"]
    assert set(headers) >= {
        "X-Request-Id",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "Retry-After",
    }


def test_shared_schemas_are_referenced_by_confluents_names(vendor: dict[str, Any]) -> None:
    """The 200 body and every error body are $refs to Confluent's shared schemas."""
    responses = vendor["paths"][TASKS_PATH]["get"]["responses"]
    ok = responses["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/connect.v1.Connectors"}
    for status in ("401", "404", "500"):
        schema = responses[status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/connect.v1.ConnectorError"}


def test_vendor_text_is_left_as_published(vendor: dict[str, Any]) -> None:
    """The corrections live in the overlay: the vendor text still says what Confluent says."""
    config = resolve_pointer(vendor, CONFIG)
    assert {"kafka.api.key", "kafka.api.secret"} <= set(config["required"])
    assert config["properties"]["cloud.provider"]["enum"] == ["aws", "azure", "gcp"]
    assert config["properties"]["kafka.api.secret"]["x-redact"] is True


def test_overlay_makes_credentials_optional_and_provider_extensible(
    vendor: dict[str, Any], overlay: dict[str, Any]
) -> None:
    """After the overlay: no kafka.api.key/secret required, cloud.provider an open string."""
    config = resolve_pointer(apply_overlay(vendor, overlay), CONFIG)
    assert "kafka.api.key" not in config["required"]
    assert "kafka.api.secret" not in config["required"]
    provider = config["properties"]["cloud.provider"]
    assert "enum" not in provider
    assert provider["x-extensible-enum"] == ["aws", "azure", "gcp"]


def test_overlay_leaves_its_input_alone(vendor: dict[str, Any], overlay: dict[str, Any]) -> None:
    """apply_overlay returns a copy; the loaded vendor document is not changed."""
    before = copy.deepcopy(vendor)
    apply_overlay(vendor, overlay)
    assert vendor == before


@pytest.mark.parametrize(
    ("break_vendor", "rule"),
    [
        (
            lambda doc: resolve_pointer(doc, CONFIG)["required"].remove("kafka.api.key"),
            "kafka-api-key-and-secret-are-optional",
        ),
        (
            lambda doc: resolve_pointer(doc, CONFIG)["properties"]["cloud.provider"].pop("enum"),
            "cloud-provider-is-an-extensible-enum",
        ),
        (
            lambda doc: resolve_pointer(doc, CONFIG)["properties"]["cloud.provider"].update(
                enum=["aws", "azure", "gcp", "oci"]
            ),
            "cloud-provider-is-an-extensible-enum",
        ),
        (
            lambda doc: doc["components"]["schemas"].pop("connect.v1.Connectors"),
            "kafka-api-key-and-secret-are-optional",
        ),
    ],
)
def test_stale_correction_stops_generation_naming_the_rule(
    vendor: dict[str, Any], overlay: dict[str, Any], break_vendor: Any, rule: str
) -> None:
    """When Confluent's text changes under a rule, applying the overlay fails with its name."""
    break_vendor(vendor)
    with pytest.raises(OverlayError, match=rf"'{rule}' no longer applies"):
        apply_overlay(vendor, overlay)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"target": "/x"}, "has no name"),
        ({"name": "r"}, "has no target"),
        ({"name": "r", "target": "/x", "sett": {}}, "unknown keys"),
    ],
)
def test_malformed_rule_is_refused(vendor: dict[str, Any], rule: Any, message: str) -> None:
    """A rule with a typo fails loudly instead of being skipped."""
    with pytest.raises(OverlayError, match=message):
        apply_overlay(vendor, {"rules": [rule]})


def test_json_pointer_escapes() -> None:
    """~1 stands for / and ~0 for ~ inside a key (RFC 6901)."""
    document = {"paths": {"/a/{b}": {"x~y": 1}}}
    assert resolve_pointer(document, "/paths/~1a~1{b}/x~0y") == 1


def test_readable_operation_names(vendor: dict[str, Any]) -> None:
    """The API group and version leave operation ids and tags; the rest stays."""
    readable_operation_names(vendor)
    operation = vendor["paths"][TASKS_PATH]["get"]
    assert operation["operationId"] == "listConnectorTasks"
    assert operation["tags"] == ["Status"]


def test_readable_names_that_collide_stop_generation(vendor: dict[str, Any]) -> None:
    """Two operations that would share a Python name are refused, naming both."""
    vendor["paths"]["/other"] = {"get": {"operationId": "listConnectv2ConnectorTasks"}}
    with pytest.raises(GenerationError, match="would both be named 'listConnectorTasks'"):
        readable_operation_names(vendor)


def test_generator_config_names_models_for_people() -> None:
    """The models carry the names the design gives them."""
    from confluent_connect_api import models

    for name in (
        "ConnectorTask",
        "ConnectorTaskId",
        "ConnectorTaskConfig",
        "ConnectorError",
        "ConnectorErrorDetail",
    ):
        assert hasattr(models, name), name
    assert (ROOT / "generated/confluent_connect_api/api/status/list_connector_tasks.py").is_file()
