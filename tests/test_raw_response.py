"""with_raw_response beyond every operation's round trip (tests/test_operations.py): what its repr shows, and that
the body is decoded only when asked."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import API_SECRET, CLUSTER, ENV, Connect, tasks_body

from confluent_connect import ConnectClient, ResponseDecodeError


def raw_list_tasks(connect: Connect, handler: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, str]:
    """The raw answer to list_connector_tasks, and its repr taken while the client is open."""
    client = connect.client(handler)
    if isinstance(client, ConnectClient):
        with client:
            raw = client.with_raw_response.list_connector_tasks(ENV, CLUSTER, "c")
            return raw, repr(raw)

    async def run() -> tuple[Any, str]:
        async with client:
            raw = await client.with_raw_response.list_connector_tasks(ENV, CLUSTER, "c")
            return raw, repr(raw)

    return asyncio.run(run())


def test_the_repr_masks_headers_that_carry_credentials(connect: Connect) -> None:
    headers = {
        "X-Request-Id": "req-1",
        "Set-Cookie": "session=cookie-value-1234",
        "X-Api-Secret": "header-secret-5678",
        "X-Echo": f"Basic {API_SECRET}",
    }
    raw, shown = raw_list_tasks(connect, lambda _: httpx.Response(200, json=tasks_body(), headers=headers))
    for secret in ("cookie-value-1234", "header-secret-5678", API_SECRET):
        assert secret not in shown
    assert "req-1" in shown
    assert raw.headers["set-cookie"] == "session=cookie-value-1234"  # reading a header gives what was sent


def test_a_body_of_the_wrong_shape_raises_only_when_parsed(connect: Connect) -> None:
    raw, _ = raw_list_tasks(connect, lambda _: httpx.Response(200, json={"not": "a list"}))
    assert raw.status_code == 200
    with pytest.raises(ResponseDecodeError):
        raw.parse()


def test_the_repr_stays_masked_after_the_client_closes(connect: Connect) -> None:
    """A raw response outlives its client (kept, logged later): an echoed credential is masked in its repr still."""
    client = connect.client(lambda _: httpx.Response(200, json=tasks_body(), headers={"X-Echo": API_SECRET}))
    if isinstance(client, ConnectClient):
        with client:
            raw = client.with_raw_response.list_connector_tasks(ENV, CLUSTER, "c")
    else:

        async def run() -> Any:
            async with client:
                return await client.with_raw_response.list_connector_tasks(ENV, CLUSTER, "c")

        raw = asyncio.run(run())
    assert API_SECRET not in repr(raw)


def test_a_raw_response_is_an_instance_of_the_public_raw_response(connect: Connect) -> None:
    """confluent_connect.RawResponse is what annotations name, and what isinstance() checks."""
    import confluent_connect

    raw, _ = raw_list_tasks(connect, lambda _: httpx.Response(200, json=tasks_body()))
    assert isinstance(raw, confluent_connect.RawResponse)
    assert not isinstance(object(), confluent_connect.RawResponse)


def test_a_decode_error_masks_a_request_id_echoing_a_secret(connect: Connect) -> None:
    """The decode error (plain call, or raw parse()) quotes the request id, which a server may fill with anything:
    masked, as ApiError masks it."""
    answer = httpx.Response(200, json={"not": "a list"}, headers={"X-Request-Id": f"id {API_SECRET}"})
    with pytest.raises(ResponseDecodeError) as raised:
        connect.list_tasks(lambda _: answer)
    assert API_SECRET not in str(raised.value)
    assert raised.value.request_id == "id [redacted]"
