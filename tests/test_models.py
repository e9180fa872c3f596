"""Generated models as values: they travel (pickle, copy, a process pool), change only by building a new one that
keeps every key, and a model built by its constructor holds and sends only what the caller set."""

from __future__ import annotations

import copy
import datetime
import enum
import json
import multiprocessing
import pickle
import sys
import types
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs
import httpx
import pytest

from confluent_connect import ConnectClient
from confluent_connect_api import models
from confluent_connect_api.api.connectors import list_connectors_with_expansions
from confluent_connect_api.api.status import list_connector_tasks
from confluent_connect_api.models import ConnectorConfigUpdate, ConnectorTask, NewConnector, NewConnectorConfig
from confluent_connect_api.types import UNSET, GeneratedModel, ReadOnlyMapping, Unset

MODELS = sorted(name for name in models.__all__ if issubclass(getattr(models, name), GeneratedModel))


def sample(hint: Any, depth: int) -> Any:
    """A JSON value of the type `hint` annotates."""
    if hint in (str, int, float, bool):
        return {str: "text", int: 7, float: 1.5, bool: True}[hint]
    if hint is datetime.datetime:
        return "2024-02-20T15:14:19+00:00"
    if hint is datetime.date:
        return "2024-02-20"
    if hint is Any:
        return {"open": [1, "two", None]}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint)).value
    if isinstance(hint, type) and issubclass(hint, GeneratedModel):
        return sample_json(hint, depth + 1)
    if get_origin(hint) is list:
        return [sample(get_args(hint)[0], depth)]
    if get_origin(hint) in (Union, types.UnionType):
        return sample(next(arg for arg in get_args(hint) if arg not in (Unset, type(None))), depth)
    raise AssertionError(f"no sample for {hint}")


def sample_json(model: type[GeneratedModel], depth: int = 0) -> dict[str, Any]:
    """JSON for `model` with every declared key set (optional ones left out past a few levels, for a schema that
    holds itself) and one key the document does not name."""
    hints = get_type_hints(model, vars(sys.modules[model.__module__]))
    required = {field.name for field in attrs.fields(model) if field.default is attrs.NOTHING}
    data = {
        model._json_keys[name]: sample(hint, depth)
        for name, hint in hints.items()
        if name in model._json_keys and (depth < 4 or name in required)
    }
    if "additional_properties" in hints:
        data["x.undocumented"] = sample(get_args(hints["additional_properties"])[1], depth)
    return data


def variants(name: str) -> dict[str, GeneratedModel]:
    """A model decoded and not yet read, decoded and read, and built by its constructor."""
    model = getattr(models, name)
    read = model.from_dict(sample_json(model))
    repr(read)  # reads every field
    return {"decoded": model.from_dict(sample_json(model)), "read": read, "built": attrs.evolve(read)}


@pytest.mark.parametrize("name", MODELS)
def test_every_model_pickles_copies_and_deep_copies_equal_to_itself(name: str) -> None:
    """Decoded or built, read or not: pickle, copy and deepcopy give an equal model of the same class."""
    for kind, model in variants(name).items():
        for again in (pickle.loads(pickle.dumps(model)), copy.copy(model), copy.deepcopy(model)):
            assert type(again) is type(model), kind
            assert again == model, kind
            assert again.to_dict() == model.to_dict(), kind  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", MODELS)
def test_evolve_keeps_every_key(name: str) -> None:
    """attrs.evolve() with no change, or with a declared field changed, keeps every other key the model holds."""
    model = variants(name)["decoded"]
    assert attrs.evolve(model).to_dict() == model.to_dict()  # type: ignore[attr-defined]
    declared = next((field for field in attrs.fields(type(model)) if field.name != "additional_properties"), None)
    if declared is not None:
        changed = attrs.evolve(model, **{declared.alias: getattr(model, declared.name)})
        assert changed.to_dict() == model.to_dict()  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", MODELS)
def test_a_constructor_holds_only_what_the_caller_set(name: str) -> None:
    """Built from its required fields alone, a model's to_dict() has those keys and no default from the document."""
    model = getattr(models, name)
    decoded = model.from_dict(sample_json(model))
    required = {f.alias: getattr(decoded, f.name) for f in attrs.fields(model) if f.default is attrs.NOTHING}
    built = model(**required)
    assert set(built.to_dict()) == {model._json_keys[field] for field in required}
    assert all(getattr(built, f.name) is UNSET for f in attrs.fields(model) if f.default is UNSET)


CONFIG = {
    "connector.class": "GcsSink", "name": "gcs-logs", "kafka.api.key": "KEY", "kafka.api.secret": "SECRET",
    "kafka.auth.mode": "KAFKA_API_KEY", "topics": "api-logs", "data.format": "BYTES", "gcs.bucket.name": "bucket",
    "gcs.credentials.config": "{}", "time.interval": "DAILY", "flush.size": "1000", "tasks.max": "2",
    "cloud.environment": "prod", "cloud.provider": "gcp", "input.data.format": "JSON",
}  # fmt: skip


def sent_config(body: Any) -> dict[str, Any]:
    """The JSON body a PUT of the connector config sends for `body`."""
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"name": "gcs-logs", "config": bodies[-1], "tasks": []})

    with ConnectClient(api_key="k", api_secret="s", transport=httpx.MockTransport(handler)) as client:
        client.create_or_update_connector_config("env-1", "lkc-1", "gcs-logs", body=body)
    return dict(bodies[0])


def test_an_evolved_config_writes_back_every_key() -> None:
    """A full-replace PUT of an evolved config sends all fifteen keys, with the one changed: none is dropped."""
    current = ConnectorConfigUpdate.from_dict(CONFIG)
    assert sent_config(attrs.evolve(current, kafka_api_secret="NEW")) == {**CONFIG, "kafka.api.secret": "NEW"}
    more = attrs.evolve(current, additional_properties={**current.additional_properties, "flush.size": "5"})
    assert sent_config(more) == {**CONFIG, "flush.size": "5"}


def test_a_config_built_with_its_constructor_sends_only_what_was_set() -> None:
    """No `confluent.connector.type: MANAGED` or `confluent.custom.schema.registry.auto: FALSE` from the document."""
    assert sent_config(ConnectorConfigUpdate(connector_class="GcsSink", name="gcs-logs")) == {
        "connector.class": "GcsSink",
        "name": "gcs-logs",
    }
    extra = {"flush.size": "1000", "topics": "t"}
    new = NewConnector(name="n", config=NewConnectorConfig(connector_class="X", name="n", additional_properties=extra))
    assert new.to_dict() == {"name": "n", "config": {"connector.class": "X", "name": "n", **extra}}


@pytest.mark.parametrize(
    ("extra", "error", "message"),
    [
        ({"name": "other"}, ValueError, "'name' is the field name; set it as name="),
        ({"connector.class": "Y"}, ValueError, "set it as connector_class="),
        ({5: "five"}, TypeError, "additional property names are strings, not int"),
        (["not", "a", "mapping"], TypeError, "additional_properties must be a mapping, not list"),
    ],
)
def test_additional_properties_that_would_be_lost_or_ambiguous_are_refused(
    extra: Any, error: type[Exception], message: str
) -> None:
    """A declared key among the additional ones (which would win?), a key JSON cannot carry, or no mapping: refused
    when the model is built, by its constructor or by evolve()."""
    with pytest.raises(error, match=message):
        ConnectorConfigUpdate(connector_class="X", name="n", additional_properties=extra)
    with pytest.raises(error, match=message):
        attrs.evolve(ConnectorConfigUpdate.from_dict(CONFIG), additional_properties=extra)


def test_a_model_and_its_additional_properties_are_read_only() -> None:
    """Neither a field nor an additional key can be changed in place; the caller's mapping is copied."""
    given = {"flush.size": "1"}
    config = ConnectorConfigUpdate(connector_class="X", name="n", additional_properties=given)
    given["flush.size"] = "2"
    assert config["flush.size"] == "1"
    assert isinstance(config.additional_properties, ReadOnlyMapping)
    with pytest.raises(TypeError):
        config.additional_properties["flush.size"] = "3"  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.name = "m"  # type: ignore[misc]


def test_unset_stays_the_one_unset() -> None:
    """After pickle and copies, an unset field is still `UNSET` itself, so `is UNSET` tests keep working."""
    config = ConnectorConfigUpdate(connector_class="X", name="n")
    for again in (pickle.loads(pickle.dumps(config)), copy.deepcopy(config), copy.copy(config)):
        assert again.kafka_api_secret is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


TASKS = [
    {"id": {"connector": "c", "task": n}, "config": {"connector.class": "X", "name": "c", "flush.size": str(n)}}
    for n in range(3)
]
EXPANSIONS = {
    "c": {
        "id": {"id": "lcc-1", "id_type": "ID"},
        "status": {"name": "c", "type": "sink", "connector": {"state": "RUNNING", "worker_id": "w"}, "tasks": []},
        "info": {
            "name": "c",
            "config": {"connector.class": "X", "name": "c"},
            "tasks": [{"connector": "c", "task": 0}],
        },
    }
}


def decode_in_a_worker(tasks: bytes, expansions: bytes, given: list[GeneratedModel]) -> list[Any]:
    """Run in another process: decode both answers, build and evolve a model, and send back what was given too."""
    decoded_tasks = list_connector_tasks.parse_success(httpx.Response(200, content=tasks))
    listing = list_connectors_with_expansions.parse_success(httpx.Response(200, content=expansions))
    evolved = attrs.evolve(decoded_tasks[0], id=decoded_tasks[1].id)
    return [decoded_tasks, listing, evolved, ConnectorConfigUpdate(connector_class="X", name="n"), given]


def test_results_come_back_from_a_process_pool() -> None:
    """A worker process (started fresh, not forked) decodes answers and returns them, with models it was sent: each
    arrives equal to the same work done here."""
    tasks, expansions = json.dumps(TASKS).encode(), json.dumps(EXPANSIONS).encode()
    given: list[GeneratedModel] = [ConnectorTask.from_dict(TASKS[0]), ConnectorConfigUpdate.from_dict(CONFIG)]
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        returned = pool.submit(decode_in_a_worker, tasks, expansions, given).result(timeout=120)
    assert returned == decode_in_a_worker(tasks, expansions, given)
    assert returned[1]["c"].status.connector.state == "RUNNING"
