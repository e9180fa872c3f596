"""Every operation of the document, on both clients, with the wrapper's guarantees.

Each case runs against the simulator through a transport that can answer the first requests
itself (a 429, a 404, an HTML 502, a body of the wrong shape, a 503), then forwards the rest
to the simulator, so success is the simulator's real answer decoded to the documented type.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from confluent_connect import AsyncConnectClient, ConnectClient, RetryPolicy
from confluent_connect.errors import NotFoundError, ResponseDecodeError, ServerError
from confluent_connect.testing import ConnectSimulator
from confluent_connect_api.models import ListConnectorsWithExpansionsExpandItem as Expand

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

# operation -> (positional arguments, keyword arguments, what success decodes to)
OPERATIONS: dict[str, tuple[tuple[str, ...], dict[str, Any], Any]] = {
    "list_connectors": ((ENV, CLUSTER), {}, list),
    "list_connectors_with_expansions": (
        (ENV, CLUSTER), {"expand": list(Expand)}, "ConnectorExpansionMap"
    ),
    "create_connector": (
        (ENV, CLUSTER), {"body": {"name": "new-datagen", "config": NEW_CONFIG}}, "Connector"
    ),
    "read_connector": ((ENV, CLUSTER, NAME), {}, "Connector"),
    "delete_connector": ((ENV, CLUSTER, NAME), {}, "DeleteResult"),
    "get_connector_config": ((ENV, CLUSTER, NAME), {}, "CurrentConnectorConfig"),
    "create_or_update_connector_config": (
        (ENV, CLUSTER, NAME), {"body": {**NEW_CONFIG, "name": NAME}}, "Connector"
    ),
    "pause_connector": ((ENV, CLUSTER, NAME), {}, None),
    "resume_connector": ((ENV, CLUSTER, NAME), {}, None),
    "read_connector_status": ((ENV, CLUSTER, NAME), {}, "ConnectorStatus"),
    "list_connector_tasks": ((ENV, CLUSTER, NAME), {}, list),
    "list_connector_plugins": ((ENV, CLUSTER), {}, list),
    "validate_connector_plugin": (
        (ENV, CLUSTER, "DatagenSource"), {"body": NEW_CONFIG}, "ConfigValidation"
    ),
    "get_connector_offsets": ((ENV, CLUSTER, NAME), {}, "ConnectorOffsets"),
    "alter_connector_offsets_request": (
        (ENV, CLUSTER, NAME), {"body": OFFSETS}, "AlterOffsetRequestInfo"
    ),
    "get_connector_offsets_request_status": ((ENV, CLUSTER, NAME), {}, "AlterOffsetStatus"),
}  # fmt: skip
POSTS = {"create_connector", "alter_connector_offsets_request"}
NO_BODY = {"pause_connector", "resume_connector"}  # 202 with nothing to decode


def test_the_table_covers_every_operation_of_both_clients() -> None:
    for kind in (ConnectClient, AsyncConnectClient):
        methods = {name for name, _ in inspect.getmembers(kind) if not name.startswith("_")}
        assert set(OPERATIONS) <= methods


Script = list[Callable[[], httpx.Response]]


class Scripted(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers from `script` while it lasts, then forwards to the simulator."""

    def __init__(self, script: Script) -> None:
        self.script = list(script)
        self.methods: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        if self.script:
            return self.script.pop(0)()
        with httpx.HTTPTransport() as real:
            response = real.handle_request(request)
            response.read()
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        if self.script:
            return self.script.pop(0)()
        async with httpx.AsyncHTTPTransport() as real:
            response = await real.handle_async_request(request)
            await response.aread()
            return response


def run(mode: str, operation: str, script: Script | Scripted) -> tuple[Any, Scripted]:
    """Calls `operation` on a fresh simulator; an offsets status needs a request first."""
    args, kwargs, _ = OPERATIONS[operation]
    transport = script if isinstance(script, Scripted) else Scripted(script)
    with ConnectSimulator() as simulator:
        if operation == "get_connector_offsets_request_status":
            with simulator.client() as setup:
                setup.alter_connector_offsets_request(*args, body=OFFSETS)
        options: dict[str, Any] = {
            "base_url": simulator.url, "api_key": simulator.api_key,
            "api_secret": simulator.api_secret, "transport": transport,
            "retry": RetryPolicy(backoff_initial=0.0, jitter=False),
        }  # fmt: skip
        if mode == "sync":
            with ConnectClient(**options) as client:
                return getattr(client, operation)(*args, **kwargs), transport

        async def main() -> Any:
            async with AsyncConnectClient(**options) as client:
                return await getattr(client, operation)(*args, **kwargs)

        return asyncio.run(main()), transport


def status(code: int, **kwargs: Any) -> Callable[[], httpx.Response]:
    return lambda: httpx.Response(code, **kwargs)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
EVERY = pytest.mark.parametrize("operation", list(OPERATIONS))


@MODES
@EVERY
def test_success_decodes_to_the_documented_type(mode: str, operation: str) -> None:
    result, transport = run(mode, operation, [])
    expected = OPERATIONS[operation][2]
    if expected is None:
        assert result is None
    elif expected is list:
        assert isinstance(result, list)
    else:
        assert type(result).__name__ == expected
    assert len(transport.methods) == 1


@MODES
@EVERY
def test_a_404_raises_not_found(mode: str, operation: str) -> None:
    body = {"error": {"code": 404, "message": "connector not found"}}
    with pytest.raises(NotFoundError, match="connector not found"):
        run(mode, operation, [status(404, json=body)])


@MODES
@EVERY
def test_a_429_then_success_succeeds(mode: str, operation: str) -> None:
    _, transport = run(mode, operation, [status(429, headers={"Retry-After": "0"})])
    assert len(transport.methods) == 2


@MODES
@EVERY
def test_an_html_502_raises_server_error(mode: str, operation: str) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    script = [status(502, text=html, headers={"content-type": "text/html"})] * 8
    with pytest.raises(ServerError, match="502"):
        run(mode, operation, script)


@MODES
@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op not in NO_BODY])
def test_a_body_of_the_wrong_shape_raises_response_decode_error(mode: str, operation: str) -> None:
    code = 201 if operation == "create_connector" else 202 if operation in POSTS else 200
    wrong = {"list": {"unexpected": True}, "object": [[1, 2], [3]]}
    shape = "list" if OPERATIONS[operation][2] is list else "object"
    with pytest.raises(ResponseDecodeError):
        run(mode, operation, [status(code, json=wrong[shape])])


@MODES
@pytest.mark.parametrize("operation", sorted(POSTS))
def test_a_post_answered_503_is_sent_once(mode: str, operation: str) -> None:
    """Creating a connector or requesting an offset change may have happened: never resent."""
    body = {"error": {"code": 503, "message": "unavailable"}}
    transport = Scripted([status(503, json=body)] * 3)
    with pytest.raises(ServerError):
        run(mode, operation, transport)
    assert transport.methods == ["POST"]
