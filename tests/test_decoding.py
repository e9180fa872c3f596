"""Decoding: one checking pass over the parsed JSON refuses every wrong value at the call, however deep, and typed
fields built later read exactly what the server sent."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import httpx
import pytest

from confluent_connect import ConnectClient, ResponseDecodeError
from confluent_connect_api.api.connectors import list_connectors_with_expansions
from confluent_connect_api.api.status import list_connector_tasks
from confluent_connect_api.models import (
    AlterOffsetStatus,
    ConnectorExpansion,
    ConnectorExpansionMap,
    ConnectorTask,
    ConnectorTaskConfig,
    ConnectorTaskId,
    DeleteResult,
    DeleteResultErrorType0,
    TaskStatus,
)
from confluent_connect_api.types import UNSET, ShapeError

ENV, CLUSTER = "env-1", "lkc-1"


def expansion(name: str, tasks: int = 3) -> dict[str, Any]:
    """One connector of `?expand=info,status,id`, as the service sends it."""
    config = {"connector.class": "GcsSink", "name": name, "kafka.api.secret": "****************", "flush.size": "1"}
    return {
        "id": {"id": f"lcc-{name}", "id_type": "ID"},
        "info": {"name": name, "type": "sink", "config": config, "tasks": [{"connector": name, "task": 0}]},
        "status": {
            "name": name,
            "connector": {"state": "RUNNING", "worker_id": name, "trace": ""},
            "tasks": [{"id": n, "state": "RUNNING", "worker_id": name, "msg": ""} for n in range(tasks)],
            "type": "sink",
        },
    }


def listing(count: int = 200) -> dict[str, Any]:
    return {f"c{n:04d}": expansion(f"c{n:04d}") for n in range(count)}


def tasks(count: int = 3) -> list[dict[str, Any]]:
    config = {"connector.class": "GcsSink", "name": "c", "flush.size": "1000", "topics": "t"}
    return [{"id": {"connector": "c", "task": n}, "config": dict(config)} for n in range(count)]


def answered(body: Any, operation: str) -> Any:
    """What ConnectClient returns (or raises) for a 200 carrying `body`."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    with ConnectClient(api_key="k", api_secret="s", transport=transport) as client:
        if operation == "tasks":
            return client.list_tasks(ENV, CLUSTER, "c")
        return client.list_connectors_with_expansions(ENV, CLUSTER)


def planted_listing(where: str, value: Any) -> dict[str, Any]:
    """A listing whose last connector carries `value` at `where` (a path of keys and indexes); "-" deletes."""
    body = listing()
    target: Any = body["c0199"]
    *path, last = where.split("/")
    for step in path:
        target = target[int(step)] if isinstance(target, list) else target[step]
    if value == "-":
        del target[last]
    else:
        target[int(last) if isinstance(target, list) else last] = value
    return body


DEEP_LISTING_CASES = [
    ("status/tasks/2/id", "2", "TaskStatus['id'] is str, not int"),
    ("status/tasks/2/id", True, "TaskStatus['id'] is bool, not int"),
    ("status/tasks/2/state", None, "TaskStatus['state'] is NoneType, not str"),
    ("status/tasks/2", ["RUNNING"], "TaskStatus is list, not object"),
    ("status/tasks", {"0": {}}, "ConnectorExpansionStatus['tasks'] is dict, not array"),
    ("status/connector/state", "-", "lacks the required key 'state'"),
    ("info/config/flush.size", 1, "ConnectorInfoConfig['flush.size'] is int, not str"),
    ("info/config/name", "-", "lacks the required key 'name'"),
    ("id/id", 7, "ConnectorId['id'] is int, not str"),
    ("info", "a string", "ConnectorInfo is str, not object"),
]


@pytest.mark.parametrize(("where", "value", "reason"), DEEP_LISTING_CASES)
def test_a_wrong_value_deep_in_a_large_listing_fails_the_call(where: str, value: Any, reason: str) -> None:
    """The last of 200 connectors, three levels down: the call itself raises ResponseDecodeError naming the model,
    the key and the types, though typed fields are only built when read."""
    with pytest.raises(ResponseDecodeError) as caught:
        answered(planted_listing(where, value), "listing")
    assert reason in str(caught.value)


@pytest.mark.parametrize(("where", "value", "reason"), DEEP_LISTING_CASES)
def test_from_dict_refuses_what_the_call_refuses(where: str, value: Any, reason: str) -> None:
    """from_dict (which copies what it is given) checks exactly as an operation's answer is checked."""
    with pytest.raises((ShapeError, KeyError)) as caught:
        ConnectorExpansionMap.from_dict(planted_listing(where, value))
    assert reason.removeprefix("lacks the required key ") in str(caught.value)


def test_a_value_too_deep_to_parse_fails_the_call() -> None:
    """Nesting deeper than Python's parser recurses, under a key the document leaves open: ResponseDecodeError."""
    text = json.dumps(listing(2)).replace('"type": "sink"', '"type": "sink", "extensions": ' + "[" * 5000 + "]" * 5000)
    with pytest.raises(ResponseDecodeError, match="nested deeper than"):
        answered(text.encode(), "listing")


def test_a_good_listing_reads_back_every_key_the_server_sent() -> None:
    """Typed fields, mapping access and iteration give the server's values, for declared and undeclared keys."""
    body = listing(3)
    body["c0002"]["extensions"] = {"custom": [1, 2]}
    decoded = answered(body, "listing")
    assert isinstance(decoded, ConnectorExpansionMap)
    assert list(decoded) == list(body)
    last = decoded["c0002"]
    assert isinstance(last, ConnectorExpansion)
    assert last["extensions"] == {"custom": [1, 2]}
    assert last.status is not UNSET
    assert isinstance(last.status.tasks, list)
    assert [task.id for task in last.status.tasks] == [0, 1, 2]
    assert isinstance(last.status.tasks[2], TaskStatus)
    assert last.info is not UNSET
    assert dict(last.info.config) == body["c0002"]["info"]["config"]
    assert last.info["tasks"] == body["c0002"]["info"]["tasks"]
    assert decoded.to_dict() == body


def test_the_operation_and_from_dict_decode_alike() -> None:
    """The answer decoded in place equals the one from_dict builds from a copy, and both equal a model built by hand."""
    body = tasks(2)
    from_answer = list_connector_tasks.parse_success(httpx.Response(200, json=body))
    assert from_answer == [ConnectorTask.from_dict(item) for item in body]
    by_hand = ConnectorTask(
        config=ConnectorTaskConfig(connector_class="GcsSink", name="c", additional_properties={"flush.size": "1000"}),
        id=ConnectorTaskId(connector="c", task=0),
    )
    assert ConnectorTask.from_dict({"id": {"connector": "c", "task": 0}, "config": by_hand.config.to_dict()}) == by_hand


def test_from_dict_keeps_its_own_copy_of_what_it_was_given() -> None:
    """Changing the caller's data after from_dict, nested values included, changes nothing in the model, whether its
    fields were read before or not."""
    body = listing(2)
    unread, read = ConnectorExpansionMap.from_dict(body), ConnectorExpansionMap.from_dict(body)
    expected = copy.deepcopy(body)
    assert read.to_dict() == expected
    body["c0001"]["status"]["tasks"][0]["state"] = "FAILED"
    body["c0001"]["info"]["config"]["flush.size"] = "2"
    body["c0000"]["id"] = {"id": 5}
    del body["c0001"]
    assert unread.to_dict() == expected
    assert read.to_dict() == expected


def test_an_answer_is_decoded_where_it_lies() -> None:
    """An operation's answer is JSON nothing else holds: the model keeps it as parsed, with no copy made."""
    parsed = listing(2)
    response = httpx.Response(200, json=parsed)
    original = response.json
    seen: list[Any] = []

    def json_once() -> Any:
        seen.append(original())
        return seen[-1]

    response.json = json_once  # type: ignore[method-assign]
    decoded = list_connectors_with_expansions.parse_success(response)
    assert decoded._data is seen[0]
    assert decoded["c0001"]._data is seen[0]["c0001"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": None}, None),
        ({}, UNSET),
        ({"error": {"code": 1}}, {"code": 1}),
    ],
)
def test_a_union_takes_each_of_its_documented_types(body: dict[str, Any], expected: Any) -> None:
    """`error` is an object or null: each decodes to its typed value."""
    error = DeleteResult.from_dict(body).error
    if isinstance(expected, dict):
        assert isinstance(error, DeleteResultErrorType0)
        assert dict(error) == expected
    else:
        assert error is expected


@pytest.mark.parametrize("error", ["a string", 5, ["list"], True])
def test_a_union_refuses_every_other_type(error: Any) -> None:
    """Neither an object nor null: ShapeError naming the union, at decoding."""
    with pytest.raises(ShapeError, match=r"DeleteResult\['error'\] is \w+, not DeleteResultErrorType0 \| None"):
        DeleteResult.from_dict({"error": error})


STATUS = {
    "request": {
        "id": "lcc-1", "name": "c", "offsets": [], "requested_at": "2024-02-20T15:14:19Z", "type": "PATCH",
    },
    "status": {"phase": "APPLIED"},
}  # fmt: skip


@pytest.mark.parametrize(
    ("applied_at", "problem"),
    [("yesterday", "str, not datetime"), (1708442059, "int, not datetime"), ({}, "dict, not datetime")],
)
def test_a_timestamp_that_does_not_parse_fails_the_decoding(applied_at: Any, problem: str) -> None:
    """A date-time is parsed while checking, not when first read: a bad one raises ShapeError at once."""
    with pytest.raises(ShapeError, match=rf"AlterOffsetStatus\['applied_at'\] is {problem}"):
        AlterOffsetStatus.from_dict({**STATUS, "applied_at": applied_at})
    with pytest.raises(ShapeError, match=r"AlterOffsetRequestInfo\['requested_at'\] is str, not an ISO 8601"):
        AlterOffsetStatus.from_dict({**STATUS, "request": {**STATUS["request"], "requested_at": "then"}})


def test_timestamps_decode_to_datetimes() -> None:
    """A good date-time, or null, decodes to its typed value; to_dict writes it back."""
    decoded = AlterOffsetStatus.from_dict({**STATUS, "applied_at": "2024-02-20T15:16:19+00:00"})
    assert decoded.applied_at == datetime.datetime(2024, 2, 20, 15, 16, 19, tzinfo=datetime.UTC)
    assert decoded.request.requested_at == datetime.datetime(2024, 2, 20, 15, 14, 19, tzinfo=datetime.UTC)
    assert AlterOffsetStatus.from_dict({**STATUS, "applied_at": None}).applied_at is None
    assert decoded.to_dict()["applied_at"] == "2024-02-20T15:16:19+00:00"


def test_a_decoded_model_builds_its_fields_only_when_read() -> None:
    """Decoding leaves nested models unbuilt (the cost is the check alone); the first read builds them, once."""
    decoded = list_connector_tasks.parse_success(httpx.Response(200, json=tasks(1)))[0]
    with pytest.raises(AttributeError):
        object.__getattribute__(decoded, "config")
    config = decoded.config
    assert object.__getattribute__(decoded, "config") is config
    assert decoded.config is config
