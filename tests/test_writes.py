"""Writes that cannot lose data: a mask is never sent, bodies are JSON before they leave, and `client.request` reaches
any endpoint with the same guarantees. Both clients, through a transport that records what would leave."""

from __future__ import annotations

import datetime
import inspect
import json
import math
from enum import Enum, StrEnum
from typing import Any

import httpx
import pytest
from conftest import API_SECRET, CLUSTER, ENV, Connect

from confluent_connect import (
    AsyncConnectClient,
    BadRequestError,
    ConflictError,
    ConnectClient,
    InvalidArgumentError,
    NotFoundError,
    RateLimitError,
    ServerError,
)
from confluent_connect.models import (
    AlterOffsetRequest,
    ConnectorConfigUpdate,
    ListConnectorsWithExpansionsExpandItem,
    NewConnector,
)
from confluent_connect_api.api import OPERATIONS, SyncOperations, operation

MASK = "****************"
MASKED_CONFIG = {
    "connector.class": "GcsSink", "name": "gcs", "topics": "logs", "tasks.max": "2",
    "kafka.api.key": MASK, "kafka.api.secret": MASK, "gcs.credentials.config": MASK,
}  # fmt: skip
BODY_OPERATIONS = sorted(
    name for name in OPERATIONS if "body" in inspect.signature(getattr(SyncOperations, name)).parameters
)


class Recorder:
    """A handler that answers `status` with `body` and keeps every request that reached it."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers, self.requests = list(answers), list[httpx.Request]()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def path_arguments(name: str) -> list[str]:
    return ["x" for _ in operation(name).PATH_PARAMETERS]


def test_every_operation_with_a_body_is_checked() -> None:
    """The table below is what generation produced: an operation a revision adds is checked too."""
    assert {"create_connector", "create_or_update_connector_config"} <= set(BODY_OPERATIONS)
    assert all(operation(name).METHOD in {"POST", "PUT", "PATCH"} for name in BODY_OPERATIONS)


@pytest.mark.parametrize("name", BODY_OPERATIONS)
@pytest.mark.parametrize(
    "body",
    [
        MASKED_CONFIG,
        {"name": "gcs", "config": MASKED_CONFIG},
        {"type": "PATCH", "offsets": [{"partition": {"p": "0"}, "offset": {"kafka.api.secret": MASK}}]},
    ],
    ids=["flat", "nested", "in-a-list"],
)
def test_a_masked_value_is_refused_before_anything_is_sent(connect: Connect, name: str, body: Any) -> None:
    """Every operation with a body refuses a mask, naming the keys that hold one; the transport sees nothing."""
    handler = Recorder(httpx.Response(200, json={}))
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(handler, name, *path_arguments(name), body=body)
    assert handler.requests == []
    assert "the server masks secrets when it returns them; pass the real value for: " in str(raised.value)
    assert "kafka.api.secret" in str(raised.value)


def test_the_message_names_every_masked_key_once_and_no_value(connect: Connect) -> None:
    """Keys in the order the body holds them; the secrets beside them are not quoted."""
    body = {**MASKED_CONFIG, "connection.password": "hunter2-real"}
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(Recorder(httpx.Response(200)), "create_or_update_connector_config", ENV, CLUSTER, "gcs", body=body)
    message = str(raised.value)
    assert message.endswith("pass the real value for: kafka.api.key, kafka.api.secret, gcs.credentials.config")
    assert "hunter2-real" not in message


@pytest.mark.parametrize("mask", ["***", "*" * 16, " ******** ", "*" * 200])
def test_any_run_of_three_or_more_asterisks_is_a_mask(connect: Connect, mask: str) -> None:
    """Confluent's mask is sixteen asterisks; any value made only of three or more is no real value."""
    handler = Recorder(httpx.Response(200))
    with pytest.raises(InvalidArgumentError):
        connect.call(handler, "validate_connector_plugin", ENV, CLUSTER, "GcsSink", body={"kafka.api.secret": mask})
    assert handler.requests == []


@pytest.mark.parametrize("value", ["**", "*a*", "pa**word", "***x", ""])
def test_values_that_merely_contain_asterisks_are_sent(connect: Connect, value: str) -> None:
    """Two asterisks, or asterisks among other characters, are a value like any other."""
    handler = Recorder(httpx.Response(200, json={"name": "p", "groups": [], "error_count": 0, "configs": []}))
    connect.call(handler, "validate_connector_plugin", ENV, CLUSTER, "GcsSink", body={"kafka.api.secret": value})
    assert len(handler.requests) == 1


def test_a_model_body_is_checked_as_a_mapping_is(connect: Connect) -> None:
    """A NewConnector or ConnectorConfigUpdate built from a masked config is refused too."""
    for name, args, body in [
        ("create_connector", (ENV, CLUSTER), NewConnector.from_dict({"name": "gcs", "config": MASKED_CONFIG})),
        ("create_or_update_connector_config", (ENV, CLUSTER, "gcs"), ConnectorConfigUpdate.from_dict(MASKED_CONFIG)),
    ]:
        handler = Recorder(httpx.Response(200))
        with pytest.raises(InvalidArgumentError) as raised:
            connect.call(handler, name, *args, body=body)
        assert handler.requests == []
        keys = str(raised.value).rpartition("pass the real value for: ")[2]
        assert set(keys.split(", ")) == {"kafka.api.key", "kafka.api.secret", "gcs.credentials.config"}


class Key(StrEnum):
    NAME = "name"


class OldStyleKey(str, Enum):  # noqa: UP042 - the point: str() is "OldStyleKey.NAME", JSON would send "name"
    NAME = "name"


def cyclic() -> dict[str, Any]:
    loop: dict[str, Any] = {"a": "b"}
    loop["self"] = loop
    return loop


def deep(levels: int) -> dict[str, Any]:
    body: dict[str, Any] = {"v": "x"}
    for _ in range(levels):
        body = {"n": body}
    return body


@pytest.mark.parametrize(
    ("config", "where", "problem"),
    [
        ({"a": math.nan}, "body['config']['bad']['a']", "is nan: JSON has no such number"),
        ({"a": math.inf}, "body['config']['bad']['a']", "is inf: JSON has no such number"),
        ({"a": datetime.datetime(2024, 1, 1)}, "body['config']['bad']['a']", "is a datetime, which is not JSON"),
        ({"a": b"bytes"}, "body['config']['bad']['a']", "is a bytes, which is not JSON"),
        ({"a": {1, 2}}, "body['config']['bad']['a']", "is a set, which is not JSON"),
        ({"a": ["x", math.nan]}, "body['config']['bad']['a'][1]", "is nan: JSON has no such number"),
        ({1: "a", "1": "b"}, "body['config']['bad']", "has a key of type int: keys must be str"),
        ({OldStyleKey.NAME: "a"}, "body['config']['bad']", "has a key of type OldStyleKey: keys must be str"),
        (
            {"a": "lone \ud800 surrogate"},
            "body['config']['bad']['a']",
            "has a lone surrogate at 5: UTF-8 cannot carry it",
        ),
        ({"\udfff": "a"}, "body['config']['bad']", "has a key with a lone surrogate, which UTF-8 cannot carry"),
        (cyclic(), "body['config']['bad']['self']", "contains itself: a cycle cannot be sent as JSON"),
        (deep(5000), "body['config']['bad']", "is nested deeper than 64 levels"),
    ],
    ids=[
        "nan",
        "inf",
        "datetime",
        "bytes",
        "set",
        "in-a-list",
        "int-key",
        "str-enum-key",
        "surrogate",
        "surrogate-key",
        "cycle",
        "deep",
    ],
)
def test_a_body_that_is_not_json_is_refused_naming_where(
    connect: Connect, config: dict[Any, Any], where: str, problem: str
) -> None:
    """What json.dumps(allow_nan=False) or UTF-8 would refuse is an InvalidArgumentError, never a raw one."""
    handler = Recorder(httpx.Response(201))
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(
            handler,
            "create_connector",
            ENV,
            CLUSTER,
            body={"name": "n", "config": {"name": "n", "connector.class": "C", "bad": config}},
        )
    assert raised.value.argument.startswith(where)
    assert raised.value.problem == problem
    assert handler.requests == []


def nested(levels: int, container: str) -> object:
    """`levels` dicts or lists, one inside the other, around a string."""
    value: object = "x"
    for _ in range(levels):
        value = {"n": value} if container == "dict" else [value]
    return value


@pytest.mark.parametrize("container", ["dict", "list"])
def test_a_body_64_levels_deep_is_sent_and_65_is_refused(connect: Connect, container: str) -> None:
    """The limit counts every object and array from the body itself down, whichever kind they are."""
    handler = Recorder(httpx.Response(200, json={}))
    connect.call(handler, "request", "PUT", "/x", json=nested(64, container))
    assert json.loads(handler.requests[0].content) == nested(64, container)
    with pytest.raises(InvalidArgumentError, match="is nested deeper than 64 levels"):
        connect.call(handler, "request", "PUT", "/x", json=nested(65, container))
    assert len(handler.requests) == 1


@pytest.mark.parametrize(("body", "kind"), [(["a"], "list"), ("{}", "str"), (None, "NoneType")])
def test_a_body_that_is_no_mapping_is_refused_naming_the_model(connect: Connect, body: Any, kind: str) -> None:
    """An operation's body is its model or a mapping: anything else is named, nothing is sent."""
    handler = Recorder(httpx.Response(201))
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(handler, "create_connector", ENV, CLUSTER, body=body)
    assert str(raised.value) == f"body must be a NewConnector or a mapping, not {kind}"
    assert handler.requests == []


def test_a_value_met_twice_is_no_cycle(connect: Connect) -> None:
    """The same list or dict under two keys, or twice in a list, is sent: only a container inside itself is a cycle."""
    shared_list, shared_dict = ["a", "b"], {"k": "v"}
    body = {"one": shared_list, "two": shared_list, "three": shared_dict, "four": [shared_dict, shared_dict]}
    handler = Recorder(httpx.Response(200, json={}))
    connect.call(handler, "request", "PUT", "/x", json=body)
    assert json.loads(handler.requests[0].content) == body


def test_a_str_enum_key_is_sent_as_its_value(connect: Connect) -> None:
    """A key that is a str whose str() is itself (StrEnum) is JSON's key: sent, as the string it is."""
    handler = Recorder(httpx.Response(200, json={}))
    connect.call(handler, "request", "PUT", "/x", json={Key.NAME: "gcs"})
    assert json.loads(handler.requests[0].content) == {"name": "gcs"}  # httpx 0.27 and 0.28 space JSON differently


def test_request_reaches_an_endpoint_the_document_lacks(connect: Connect) -> None:
    """A GET answered 429 then 200 is retried and decoded; params go in the query."""
    handler = Recorder(
        httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json={"config": {"a": "b"}})
    )
    path = f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connector-plugins/GcsSink/config/translate"
    result = connect.call(handler, "request", "GET", path, params={"mask_sensitive": "true"})
    assert result == {"config": {"a": "b"}}
    assert [r.url.path for r in handler.requests] == [path, path]
    assert handler.requests[1].url.params["mask_sensitive"] == "true"


def test_request_never_resends_a_post(connect: Connect) -> None:
    """A POST answered 503 may have been acted on: sent once, ServerError."""
    handler = Recorder(httpx.Response(503, json={"error": {"code": 503, "message": "busy"}}))
    with pytest.raises(ServerError):
        connect.call(handler, "request", "POST", "/connect/v1/x/restart")
    assert [r.method for r in handler.requests] == ["POST"]


def test_request_checks_its_body_like_every_operation(connect: Connect) -> None:
    """A masked config sent through request() is refused before sending."""
    handler = Recorder(httpx.Response(200))
    with pytest.raises(InvalidArgumentError, match=r"pass the real value for: kafka\.api\.key"):
        connect.call(handler, "request", "PUT", "/connect/v1/x/config", json=MASKED_CONFIG)
    assert handler.requests == []


@pytest.mark.parametrize(
    "path",
    ["https://evil.example/steal", "//evil.example/steal", "http://127.0.0.1/x", "https://u:p@api.confluent.cloud/x"],
)
def test_request_refuses_a_url_of_its_own(connect: Connect, path: str) -> None:
    """An absolute URL would carry the credentials wherever it points: refused, nothing sent."""
    handler = Recorder(httpx.Response(200))
    with pytest.raises(InvalidArgumentError, match="relative to the client's base URL"):
        connect.call(handler, "request", "GET", path)
    assert handler.requests == []


@pytest.mark.parametrize(
    ("method", "path", "params", "message"),
    [
        ("GE T", "/x", None, "method must be an HTTP method such as GET or PUT, not 'GE T'"),
        ("", "/x", None, "method must be an HTTP method such as GET or PUT, not ''"),
        (None, "/x", None, "method must be an HTTP method such as GET or PUT, not None"),
        ("GET", "", None, "path must be a non-empty str, not str"),
        ("GET", 5, None, "path must be a non-empty str, not int"),
        ("GET", "/a\nb", None, "path must not contain a control character or lone surrogate (at 2)"),
        ("GET", "http://a:b/x", None, "path is not a URL path: Invalid port: 'b'"),
        (
            "GET",
            "\\\\evil.example\\x",
            None,
            "path must be a path relative to the client's base URL, not a URL of its own",
        ),
        ("GET", "/x", ["a=b"], "params must be a mapping of query parameters, not list"),
        ("GET", "/x", {"a": math.nan}, "params['a'] is nan: JSON has no such number"),
        ("GET", "/x", {"a": MASK}, "params carries values made only of asterisks"),
    ],
)
def test_request_refuses_what_is_not_a_method_path_or_params(
    connect: Connect, method: Any, path: Any, params: Any, message: str
) -> None:
    """Nonsense is refused by name, saying what is wrong, before sending."""
    handler = Recorder(httpx.Response(200))
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(handler, "request", method, path, params=params)
    assert str(raised.value).startswith(message)
    assert handler.requests == []


def test_request_sends_the_method_as_http_spells_it(connect: Connect) -> None:
    """A method given in lower case goes out in upper case; params reach the query."""
    handler = Recorder(httpx.Response(200, json={}))
    connect.call(handler, "request", "get", "x", params={"a": "b"})
    assert (handler.requests[0].method, handler.requests[0].url.path, handler.requests[0].url.query) == (
        "GET",
        "/x",
        b"a=b",
    )


def test_request_answers_none_for_an_empty_body_and_raises_typed_errors(connect: Connect) -> None:
    """202 with nothing: None; 404: NotFoundError; a 429 past the retries: RateLimitError."""
    assert connect.call(Recorder(httpx.Response(202)), "request", "POST", "/x") is None
    with pytest.raises(NotFoundError):
        connect.call(Recorder(httpx.Response(404, json={"message": "gone"})), "request", "GET", "/x")
    limited = Recorder(httpx.Response(429, headers={"Retry-After": "0"}))
    with pytest.raises(RateLimitError):
        connect.call(limited, "request", "GET", "/x", options={"max_retries": 1})


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, BadRequestError), (409, ConflictError)],
)
def test_400_and_409_are_errors_a_program_can_catch(connect: Connect, status: int, kind: type[Exception]) -> None:
    """'Create unless it exists' catches ConflictError; a bad config raises BadRequestError with the reason."""
    body = {"error_code": status, "message": "Connector gcs already exists" if status == 409 else "bad class"}
    with pytest.raises(kind) as raised:
        connect.call(Recorder(httpx.Response(status, json=body)), "create_connector", ENV, CLUSTER,
                     body={"name": "gcs", "config": {"connector.class": "GcsSink", "name": "gcs"}})  # fmt: skip
    assert body["message"] in str(raised.value)


@pytest.mark.parametrize(
    ("expand", "query"),
    [
        (["status"], "expand=status"),
        (["status", "info"], "expand=status,info"),
        ([ListConnectorsWithExpansionsExpandItem.ID, "info"], "expand=id,info"),
        (("id",), "expand=id"),
    ],
)
def test_expand_takes_its_enum_or_the_strings(connect: Connect, expand: Any, query: str) -> None:
    """Strings and members alike reach the query as the service spells them."""
    handler = Recorder(httpx.Response(200, json={}))
    connect.call(handler, "list_connectors_with_expansions", ENV, CLUSTER, expand=expand)
    assert handler.requests[0].url.query.decode() == query


@pytest.mark.parametrize(
    ("expand", "problem"),
    [
        (["nope"], "takes id, info, status, not 'nope'"),
        ("info", "must be a list of id, info, status, not str"),
        (None, "must be a list of id, info, status, not NoneType"),
        (5, "must be a list of id, info, status, not int"),
        ([5], "takes id, info, status, not int"),
        ([], "must name at least one of id, info, status"),
    ],
)
def test_expand_refuses_anything_else_listing_what_it_takes(connect: Connect, expand: Any, problem: str) -> None:
    """A wrong value is an InvalidArgumentError naming the allowed ones, before sending."""
    handler = Recorder(httpx.Response(200, json={}))
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(handler, "list_connectors_with_expansions", ENV, CLUSTER, expand=expand)
    assert str(raised.value) == f"expand {problem}"
    assert handler.requests == []


def test_a_secret_the_request_carried_is_masked_when_the_server_quotes_it(connect: Connect) -> None:
    """A 400 quoting the password just sent shows it masked, and so does one quoting `key=value`."""
    password = "hunter2-correct-horse"
    answer = {"message": f"Invalid value {password} for configuration connection.password; kafka.api.secret=S3cr3t!"}
    config = {"connector.class": "PostgresSource", "name": "pg", "connection.password": password}
    body = {"name": "pg", "config": config}
    with pytest.raises(BadRequestError) as raised:
        connect.call(Recorder(httpx.Response(400, json=answer)), "create_connector", ENV, CLUSTER, body=body)
    shown = f"{raised.value} {raised.value!r} {raised.value.message}"
    for secret in (password, "S3cr3t!", API_SECRET):
        assert secret not in shown
    assert "Invalid value [redacted] for configuration connection.password" in str(raised.value)


@pytest.mark.parametrize(
    "config",
    [
        {"connection.password": "w0rd"},  # four characters are enough to be a secret
        {"connection.password": ["first-secret", "w0rd"]},  # each item of a list under a secret key
        {"extra": {"connection.password": "w0rd"}},  # at any depth
    ],
    ids=["four-characters", "in-a-list", "nested"],
)
def test_every_secret_the_request_carried_is_masked_when_the_server_quotes_it(
    connect: Connect, config: dict[str, Any]
) -> None:
    """Whatever the server quotes of a value sent under a secret key is masked, wherever the value was."""
    answer = {"message": "cannot log in with w0rd"}
    with pytest.raises(BadRequestError) as raised:
        connect.call(Recorder(httpx.Response(400, json=answer)), "request", "PUT", "/x", json=config)
    assert str(raised.value).endswith("cannot log in with [redacted]")


def test_a_value_too_short_to_be_a_secret_leaves_the_message_readable(connect: Connect) -> None:
    """A secret key holding under four characters (a placeholder, a test value) is not masked wherever its value
    appears in the server's words: masking "a" would leave nothing readable."""
    answer = {"message": "a value is required for connection.password"}
    body = {"name": "pg", "config": {"connector.class": "PostgresSource", "name": "pg", "connection.password": "a"}}
    with pytest.raises(BadRequestError) as raised:
        connect.call(Recorder(httpx.Response(400, json=answer)), "create_connector", ENV, CLUSTER, body=body)
    assert str(raised.value).endswith(answer["message"])


def test_a_mask_in_a_body_that_is_a_list_is_named_by_its_place(connect: Connect) -> None:
    """request() may send any JSON: a mask at the top of a list body is named by its index, as keys cannot name it."""
    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(Recorder(httpx.Response(200)), "request", "PUT", "/x", json=["ok", MASK])
    assert str(raised.value).endswith("pass the real value for: body[1]")


@pytest.mark.parametrize("kind", [ConnectClient, AsyncConnectClient])
def test_bodiless_operations_are_typed_none(kind: type[ConnectClient] | type[AsyncConnectClient]) -> None:
    """pause and resume answer 202 with nothing: their methods say None, not Any."""
    for name in ("pause_connector", "resume_connector", "restart_connector"):
        assert inspect.signature(getattr(kind, name)).return_annotation == "None"
    for name in BODY_OPERATIONS:  # every body the live service needs is a required keyword
        assert inspect.signature(getattr(kind, name)).parameters["body"].default is inspect.Parameter.empty


def test_restart_is_sent_once_even_when_answered_503(connect: Connect) -> None:
    """A restart is a POST: a 503 may have restarted it already, so it is not resent; a 202 returns None."""
    handler = Recorder(httpx.Response(503, json={"error": {"code": 503, "message": "busy"}}))
    with pytest.raises(ServerError):
        connect.call(handler, "restart_connector", ENV, CLUSTER, "gcs")
    assert [(r.method, r.url.path.rpartition("/")[2]) for r in handler.requests] == [("POST", "restart")]
    assert connect.call(Recorder(httpx.Response(202)), "restart_connector", ENV, CLUSTER, "gcs") is None


def test_a_retried_delete_that_finds_nothing_has_deleted(connect: Connect) -> None:
    """503 (the delete may have happened), then 404: the connector is gone, as asked; None, not NotFoundError."""
    handler = Recorder(httpx.Response(503), httpx.Response(404, json={"error_code": 404, "message": "not found"}))
    assert connect.call(handler, "delete_connector", ENV, CLUSTER, "gcs") is None
    assert [r.method for r in handler.requests] == ["DELETE", "DELETE"]


def test_a_delete_of_a_connector_that_never_was_is_not_found(connect: Connect) -> None:
    """A 404 to the first attempt says the name was wrong: NotFoundError."""
    with pytest.raises(NotFoundError):
        connect.call(Recorder(httpx.Response(404, json={"message": "nope"})), "delete_connector", ENV, CLUSTER, "x")


def test_a_delete_answered_with_no_body_returns_none(connect: Connect) -> None:
    """204, or any empty 2xx: None; the documented {"error": null} still decodes."""
    assert connect.call(Recorder(httpx.Response(204)), "delete_connector", ENV, CLUSTER, "gcs") is None
    assert connect.call(Recorder(httpx.Response(200)), "delete_connector", ENV, CLUSTER, "gcs") is None
    result = connect.call(Recorder(httpx.Response(200, json={"error": None})), "delete_connector", ENV, CLUSTER, "g")
    assert result is not None
    assert result.error is None


def test_only_a_delete_turns_a_retried_404_into_success(connect: Connect) -> None:
    """A GET answered 503 then 404 is still NotFoundError."""
    handler = Recorder(httpx.Response(503), httpx.Response(404, json={"message": "not found"}))
    with pytest.raises(NotFoundError):
        connect.call(handler, "read_connector", ENV, CLUSTER, "gcs")


@pytest.mark.parametrize(
    ("base_url", "path", "reached"),
    [
        ("https://api.confluent.cloud", "/connect/v1/x", "https://api.confluent.cloud/connect/v1/x"),
        ("https://api.confluent.cloud/", "connect/v1/x", "https://api.confluent.cloud/connect/v1/x"),
        ("https://gw.example/prefix/", "/connect/v1/x", "https://gw.example/prefix/connect/v1/x"),
        ("https://gw.example/prefix", "connect/v1/x?a=1", "https://gw.example/prefix/connect/v1/x?a=1"),
    ],
)
def test_request_paths_are_joined_to_the_base_url(connect: Connect, base_url: str, path: str, reached: str) -> None:
    """A path, with or without its leading slash, lands under the base URL, whatever path the base URL has."""
    handler = Recorder(httpx.Response(200, json={}))
    connect.call(handler, "request", "GET", path, options={"base_url": base_url})
    assert str(handler.requests[0].url) == reached


def test_operations_land_under_a_base_url_with_a_path(connect: Connect) -> None:
    """A gateway in front of the API (a base URL with a path) keeps its prefix for every operation."""
    handler = Recorder(httpx.Response(200, json=[]))
    connect.call(handler, "list_tasks", ENV, CLUSTER, "c", options={"base_url": "https://gw.example/prefix/"})
    assert (
        handler.requests[0].url.path == f"/prefix/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/c/tasks"
    )


@pytest.mark.parametrize(
    ("offsets", "failure"),
    [([{"partition": {}, "offset": {}}], "AttributeError"), (5, "TypeError")],
    ids=["mappings-for-models", "not-a-list"],
)
def test_a_model_built_by_hand_that_cannot_become_json_is_refused_before_sending(
    connect: Connect, offsets: Any, failure: str
) -> None:
    """A model whose field holds the wrong kind (plain mappings where models go, a number for a list) is refused as
    the body, naming the kind of failure and nothing of its values; nothing is sent."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent: {request.url}")

    body = AlterOffsetRequest(type_="PATCH", offsets=offsets)
    with pytest.raises(InvalidArgumentError) as caught:
        connect.call(handler, "alter_connector_offsets_request", ENV, CLUSTER, "c", body=body)
    assert caught.value.argument == "body"
    assert str(caught.value) == f"body cannot be sent as JSON: it is not the documented shape ({failure})"
