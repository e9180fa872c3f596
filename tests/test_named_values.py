"""Answers that carry a config as name/value entries (validating a plugin's config) are masked by the entry's name or
its definition's PASSWORD type, in every form they are shown: repr, str, rich, and redacted_data (the CLI's output and
the cassettes)."""

from __future__ import annotations

import json
import pickle
import string
import traceback
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confluent_connect import ConnectClient
from confluent_connect_api.models import ConfigValidation, ConfigValidationEntry, ConfigValue
from confluent_connect_api.redaction import REDACTED
from confluent_connect_api.types import redacted_data


def entry(name: str, kind: str, value: str, *, recommended: list[str] | None = None) -> dict[str, Any]:
    """One `configs[]` item of validate's answer, whose error quotes the value as Kafka Connect's do."""
    return {
        "definition": {"name": name, "type": kind, "required": True, "default_value": "", "group": "Auth"},
        "value": {
            "name": name,
            "value": value,
            "recommended_values": recommended if recommended is not None else [value],
            "errors": [f"Invalid value {value} for configuration {name}: rejected"],
            "visible": True,
        },
        "metadata": {},
    }


def answer(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"name": "io.confluent.connect.Sink", "groups": ["Auth"], "error_count": len(entries), "configs": [*entries]}


def shown_forms(body: dict[str, Any]) -> dict[str, str]:
    """Every way the package shows an answer: the models' repr and str, rich's view, redacted_data of the model (the
    CLI) and of the plain JSON (cassettes), and a traceback with the answer in its locals."""
    decoded = ConfigValidation.from_dict(body)
    configs = decoded.configs if isinstance(decoded.configs, list) else []
    return {
        "repr": repr(decoded),
        "str": str(decoded),
        "entries": repr([*configs, *(c.value for c in configs), *(c.definition for c in configs)]),
        "rich": repr(dict(decoded.__rich_repr__())),
        "cli": json.dumps(redacted_data(decoded)),
        "cassette": json.dumps(redacted_data(body)),
        "traceback": traceback_with(decoded),
    }


def traceback_with(decoded: ConfigValidation) -> str:
    """A traceback whose locals hold the decoded answer, as `capture_locals` formats it."""
    try:
        raise RuntimeError("shown")
    except RuntimeError as error:
        return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("connection.password", "STRING"),  # a secret by its name
        ("kafka.api.secret", "STRING"),
        ("azure.sas.key", "STRING"),
        ("ssl.truststore.certificates", "PASSWORD"),  # a name that says nothing, typed PASSWORD
        ("connection.url", "password"),
    ],
)
def test_a_secret_entry_shows_no_value(name: str, kind: str) -> None:
    """value, recommended_values and the value quoted in an error are masked in every shown form."""
    body = answer(entry(name, kind, "PLANTED-1x9Q", recommended=["PLANTED-1x9Q", "PLANTED-other"]))
    for form, text in shown_forms(body).items():
        assert "PLANTED" not in text, form
    value = ConfigValidation.from_dict(body)["configs"][0]["value"]
    assert value["errors"] == ["Invalid value PLANTED-1x9Q for configuration " + name + ": rejected"]  # as sent
    shown = redacted_data(ConfigValidation.from_dict(body))["configs"][0]["value"]
    assert shown["value"] == shown["recommended_values"] == REDACTED
    assert shown["errors"] == [f"Invalid value {REDACTED} for configuration {name}: rejected"]


@pytest.mark.parametrize(("name", "kind"), [("topics", "LIST"), ("connection.user", "STRING"), ("tasks.max", "INT")])
def test_an_ordinary_entry_keeps_its_value(name: str, kind: str) -> None:
    """What an operator needs to read stays readable: ordinary entries are shown as sent."""
    body = answer(entry(name, kind, "orders"))
    for form, text in shown_forms(body).items():
        assert "orders" in text, form


def test_each_entry_is_judged_on_its_own() -> None:
    """A secret entry beside ordinary ones masks its own values only."""
    body = answer(entry("topics", "LIST", "orders"), entry("db.password", "PASSWORD", "PLANTED-pw"))
    shown = redacted_data(ConfigValidation.from_dict(body))["configs"]
    assert shown[0]["value"]["value"] == "orders"
    assert shown[1]["value"]["value"] == REDACTED
    assert shown[1]["definition"]["name"] == "db.password"


def test_a_value_or_definition_shown_alone_is_masked_by_its_name() -> None:
    """A ConfigValue or ConfigDefinition printed apart from its entry still masks by its own name or type."""
    value = ConfigValue.from_dict({"name": "sasl.jaas.config", "value": "PLANTED-jaas", "recommended_values": []})
    assert "PLANTED" not in repr(value)
    typed = ConfigValidationEntry.from_dict(entry("x", "PASSWORD", "PLANTED-x"))
    assert "PLANTED" not in repr(typed)
    assert "PLANTED" not in repr(typed.definition) + repr(typed.value)  # the value says only its name, "x"
    assert "PLANTED" not in repr(pickle.loads(pickle.dumps(typed.value)))  # and keeps saying so elsewhere
    built = ConfigValidationEntry(definition=typed.definition, value=ConfigValue(name="x", value="PLANTED-y"))
    assert "PLANTED" not in repr(built.value)
    assert typed["value"]["value"] == "PLANTED-x"  # read by its key: what the server sent


SENSITIVE = ["password", "secret", "api.key", "credentials", "sasl.jaas.config", "private.key", "token", "passwd"]
secret_names = st.builds(
    lambda prefix, word: f"{prefix}.{word}" if prefix else word,
    st.text(string.ascii_lowercase, max_size=6),
    st.sampled_from(SENSITIVE),
)
planted = st.text(string.ascii_letters + string.digits + "+/=_-", min_size=8, max_size=24).map(lambda t: f"PLANTED{t}")


@settings(max_examples=40, deadline=None)
@given(
    name=secret_names,
    kind=st.sampled_from(["STRING", "PASSWORD", "CLASS"]),
    value=planted,
    other=planted,
    innocent=st.sampled_from(["topics", "tasks.max", "connection.host"]),
)
def test_planted_secrets_in_a_validation_answer_never_show(
    name: str, kind: str, value: str, other: str, innocent: str
) -> None:
    """Through the real call: random secret entries (by name), and an innocent name typed PASSWORD, answered by a
    server that echoes values; no planted value in any shown form."""
    body = answer(entry(name, kind, value), entry(innocent, "PASSWORD", other), entry("topics", "LIST", "orders"))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with ConnectClient(api_key="k", api_secret="s", transport=transport) as client:
        result = client.validate_connector_plugin("env-1", "lkc-1", "Sink", body={name: value, innocent: other})
    assert result == ConfigValidation.from_dict(body)
    for form, text in shown_forms(body).items():
        assert value not in text, form
        assert other not in text, form
        assert "orders" in text, form
