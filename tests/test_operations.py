"""Every operation of the document, on both clients, with the wrapper's guarantees.

The operations, their arguments and what each success decodes to are read from the generated
package (`confluent_connect_api.api.OPERATIONS` and the methods' signatures) and from the
effective document (statuses, bodies), never from a list of today's operations: an operation a
revision adds is tested here with no edit.

Each case runs against the simulator through a transport that can answer the first requests
itself (a 429, a 404, an HTML 502, a body of the wrong shape, a 503), then forwards the rest
to the simulator, so success is the simulator's real answer decoded to the documented type. A
route the simulator does not serve is answered instead with a body built from the document's
success schema.
"""

from __future__ import annotations

import asyncio
import inspect
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
import pytest
from generate import DEFAULT_OVERLAY, DEFAULT_SPEC, effective_document
from spec_changes import SUCCESS, snake_case

import confluent_connect_api.api
from confluent_connect import AsyncConnectClient, ConnectClient, RetryPolicy
from confluent_connect.errors import NotFoundError, ResponseDecodeError, ServerError
from confluent_connect.testing import ConnectSimulator
from confluent_connect_api import models
from confluent_connect_api.api import OPERATIONS, SyncOperations

ENV, CLUSTER, NAME = "env-demo1", "lkc-demo1", "gcs-logs-sink"
NEW_CONFIG = {
    "connector.class": "DatagenSource", "name": "new-datagen", "kafka.api.key": "KEY123",
    "kafka.api.secret": "plain-secret", "kafka.topic": "t", "output.data.format": "JSON",
    "quickstart": "ORDERS", "tasks.max": "1",
}  # fmt: skip
OFFSETS = {
    "type": "PATCH",
    "offsets": [
        {
            "partition": {"kafka_partition": "0", "kafka_topic": "api-logs"},
            "offset": {"kafka_offset": "50"},
        }
    ],
}
# Path parameters by name; the simulator is seeded with these.
PATH_VALUES = {
    "environment_id": ENV,
    "kafka_cluster_id": CLUSTER,
    "connector_name": NAME,
    "plugin_name": "DatagenSource",
}
# Bodies the simulator accepts, by operation; any other operation is sent one built from its schema.
BODIES: dict[str, Any] = {
    "create_connector": {"name": "new-datagen", "config": NEW_CONFIG},
    "create_or_update_connector_config": {**NEW_CONFIG, "name": NAME},
    "validate_connector_plugin": NEW_CONFIG,
    "alter_connector_offsets_request": OFFSETS,
}


@cache
def document() -> dict[str, Any]:
    """The effective document the package was generated from."""
    return effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)[0]


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document()
        for step in node["$ref"].removeprefix("#/").split("/"):
            target = target[step.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def sample(schema: Any, depth: int = 0) -> Any:
    """A value of the shape `schema` describes: every property, one item, the first enum value."""
    schema = resolve(schema) or {}
    kind = schema.get("type")
    if kind == "array" or "items" in schema:
        return [sample(schema.get("items"), depth + 1)] if depth < 8 else []
    if kind == "object" or "properties" in schema:
        return {key: sample(value, depth + 1) for key, value in (schema.get("properties") or {}).items()}
    values = schema.get("enum") or schema.get("x-extensible-enum")
    if values:
        return values[0]
    formats = {"date-time": "2024-02-20T15:14:19Z", "date": "2024-02-20"}
    plain = {"integer": 0, "number": 0.5, "boolean": False}
    return plain.get(kind or "", formats.get(schema.get("format", ""), "x"))


@dataclass(frozen=True)
class Case:
    """How to call one operation and what its success looks like, read from code and document."""

    name: str
    args: tuple[str, ...]
    kwargs: dict[str, Any]
    returns: Any  # the method's return annotation, evaluated
    method: str
    success_status: int
    success_body: Any  # a body of the documented success shape, or None when it has none


@cache
def cases() -> dict[str, Case]:
    namespace = {**vars(confluent_connect_api.api), **{name: getattr(models, name) for name in models.__all__}}
    operations = {}
    for path, item in document()["paths"].items():
        for method, spec in item.items():
            if isinstance(spec, dict) and "operationId" in spec:
                operations[snake_case(spec["operationId"])] = (path, method, spec)
    found = {}
    for name in OPERATIONS:
        function = getattr(SyncOperations, name)
        signature = inspect.signature(function)
        args = tuple(
            PATH_VALUES.get(parameter, "x")
            for parameter, declared in signature.parameters.items()
            if declared.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and parameter != "self"
        )
        _, method, spec = operations[name]
        kwargs = {}
        if "body" in signature.parameters:
            content = resolve(spec["requestBody"])["content"]
            kwargs["body"] = BODIES.get(name, sample(next(iter(content.values())).get("schema")))
        status, response = next((s, r) for s, r in spec["responses"].items() if SUCCESS.match(str(s)))
        content = resolve(response).get("content") or {}
        body = sample(next(iter(content.values())).get("schema")) if content else None
        returns = typing.get_type_hints(function, globalns=namespace)["return"]
        found[name] = Case(name, args, kwargs, returns, method.upper(), int(status), body)
    return found


def decodes_as(result: Any, returns: Any) -> bool:
    """`result` is what the annotation `returns` promises (no body: None)."""
    if returns in (None, type(None), Any):
        return result is None
    if typing.get_origin(returns) in (typing.Union, types.UnionType):  # DeleteResult | None
        return any(decodes_as(result, option) for option in typing.get_args(returns))
    if typing.get_origin(returns) is list:
        (item,) = typing.get_args(returns)
        return isinstance(result, list) and all(decodes_as(value, item) for value in result)
    return isinstance(result, typing.get_origin(returns) or returns)


def test_the_cases_are_every_operation_of_both_clients() -> None:
    """The table is the generated package's operations, each a method of both clients."""
    assert set(cases()) == set(OPERATIONS)
    for kind in (ConnectClient, AsyncConnectClient):
        methods = {name for name, _ in inspect.getmembers(kind) if not name.startswith("_")}
        assert set(OPERATIONS) <= methods


Script = list[Callable[[], httpx.Response]]


def unserved(response: httpx.Response) -> bool:
    """The simulator's answer to a route it does not serve: 501, or 404 "resource not found"."""
    if response.status_code == 501:
        return True
    try:
        return response.status_code == 404 and response.json()["error"]["message"] == "resource not found"
    except (ValueError, KeyError, TypeError):
        return False


class Scripted(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers from `script` while it lasts, then forwards to the simulator; a route it does
    not serve gets the document's success shape for `case`."""

    def __init__(self, script: Script, case: Case | None = None) -> None:
        self.script = list(script)
        self.case = case
        self.methods: list[str] = []
        self.request_ids: list[str] = []  # of the answers forwarded
        self.from_document = False

    def _instead(self, response: httpx.Response) -> httpx.Response:
        self.request_ids.append(response.headers["x-request-id"])
        if self.case is None or not unserved(response):
            return response
        self.from_document = True
        headers = {"X-Request-Id": response.headers["x-request-id"]}
        if self.case.success_body is None:
            return httpx.Response(self.case.success_status, headers=headers)
        return httpx.Response(self.case.success_status, json=self.case.success_body, headers=headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        if self.script:
            return self.script.pop(0)()
        with httpx.HTTPTransport() as real:
            response = real.handle_request(request)
            response.read()
            return self._instead(response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        if self.script:
            return self.script.pop(0)()
        async with httpx.AsyncHTTPTransport() as real:
            response = await real.handle_async_request(request)
            await response.aread()
            return self._instead(response)


def run(mode: str, operation: str, script: Script | Scripted, *, raw: bool = False) -> tuple[Any, Scripted]:
    """Calls `operation` on a fresh simulator (through `with_raw_response` if `raw`); an offsets status needs a
    request first."""
    case = cases()[operation]
    args, kwargs = case.args, case.kwargs
    transport = script if isinstance(script, Scripted) else Scripted(script, case)
    with ConnectSimulator() as simulator:
        if operation == "get_connector_offsets_request_status":
            with simulator.client() as setup:
                setup.alter_connector_offsets_request(ENV, CLUSTER, NAME, body=OFFSETS)
        options: dict[str, Any] = {
            "base_url": simulator.url, "api_key": simulator.api_key,
            "api_secret": simulator.api_secret, "transport": transport,
            "retry": RetryPolicy(backoff_initial=0.0, jitter=False),
        }  # fmt: skip
        if mode == "sync":
            with ConnectClient(**options) as client:
                return getattr(client.with_raw_response if raw else client, operation)(*args, **kwargs), transport

        async def main() -> Any:
            async with AsyncConnectClient(**options) as client:
                return await getattr(client.with_raw_response if raw else client, operation)(*args, **kwargs)

        return asyncio.run(main()), transport


def status(code: int, **kwargs: Any) -> Callable[[], httpx.Response]:
    return lambda: httpx.Response(code, **kwargs)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
EVERY = pytest.mark.parametrize("operation", sorted(OPERATIONS))


@MODES
@EVERY
def test_success_decodes_to_the_documented_type(mode: str, operation: str) -> None:
    """The simulator's answer (or the document's shape, where it has none) is the method's return type."""
    result, transport = run(mode, operation, [])
    assert decodes_as(result, cases()[operation].returns), (result, cases()[operation].returns)
    assert len(transport.methods) == 1


@MODES
@EVERY
def test_a_404_raises_not_found(mode: str, operation: str) -> None:
    """A 404 with Confluent's error body is NotFoundError, carrying the message."""
    body = {"error": {"code": 404, "message": "connector not found"}}
    with pytest.raises(NotFoundError, match="connector not found"):
        run(mode, operation, [status(404, json=body)])


@MODES
@EVERY
def test_a_429_then_success_succeeds(mode: str, operation: str) -> None:
    """A 429 asking for no wait is retried once, whatever the method."""
    _, transport = run(mode, operation, [status(429, headers={"Retry-After": "0"})])
    assert len(transport.methods) == 2


@MODES
@EVERY
def test_an_html_502_raises_server_error(mode: str, operation: str) -> None:
    """A proxy's HTML 502, repeated past the retries, is ServerError."""
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    script = [status(502, text=html, headers={"content-type": "text/html"})] * 8
    with pytest.raises(ServerError, match="502"):
        run(mode, operation, script)


@MODES
@pytest.mark.parametrize("operation", sorted(name for name, case in cases().items() if case.success_body is not None))
def test_a_body_of_the_wrong_shape_raises_response_decode_error(mode: str, operation: str) -> None:
    """A success body that is not the documented shape: a list for an object, an object for a list."""
    case = cases()[operation]
    wrong = {"unexpected": True} if isinstance(case.success_body, list) else [[1, 2], [3]]
    with pytest.raises(ResponseDecodeError):
        run(mode, operation, [status(case.success_status, json=wrong)])


@MODES
@pytest.mark.parametrize("operation", sorted(name for name, case in cases().items() if case.method == "POST"))
def test_a_post_answered_503_is_sent_once(mode: str, operation: str) -> None:
    """Creating a connector or requesting an offset change may have happened: never resent."""
    body = {"error": {"code": 503, "message": "unavailable"}}
    transport = Scripted([status(503, json=body)] * 3)
    with pytest.raises(ServerError):
        run(mode, operation, transport)
    assert transport.methods == ["POST"]


@MODES
@EVERY
def test_the_raw_response_carries_the_request_id_retries_and_what_the_method_returns(mode: str, operation: str) -> None:
    """`with_raw_response`, after a 429: the simulator's request id, one retry, the success status, and `parse()`
    decoding to the plain method's return type."""
    raw, transport = run(mode, operation, [status(429, headers={"Retry-After": "0"})], raw=True)
    assert raw.request_id == transport.request_ids[-1]
    assert raw.request_id.startswith("sim-")
    assert raw.retries == 1
    assert 200 <= raw.status_code < 300  # PUT config answers 200 or 201
    assert decodes_as(raw.parse(), cases()[operation].returns)


@MODES
@EVERY
def test_the_raw_response_raises_as_the_method_does(mode: str, operation: str) -> None:
    body = {"error": {"code": 404, "message": "connector not found"}}
    with pytest.raises(NotFoundError, match="connector not found"):
        run(mode, operation, [status(404, json=body)], raw=True)
