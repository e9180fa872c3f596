"""The features written once as flows (`_flows.Feature`) are methods as Python has them: with their own signature
for help() and inspect, awaitable functions on the async client, and callable through the class."""

from __future__ import annotations

import asyncio
import inspect

import httpx
import pytest
from conftest import API_SECRET, CLUSTER, ENV, tasks_body

from confluent_connect import AsyncConnectClient, ConnectClient, InvalidArgumentError

FEATURES = ["request", "update_connector_config", "wait_for_connector", "wait_for_offsets_request", "list_tasks_many"]


def transport() -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(200, json=tasks_body()))


@pytest.mark.parametrize("name", FEATURES)
def test_a_feature_shows_its_own_signature_and_doc(name: str) -> None:
    for kind in (ConnectClient, AsyncConnectClient):
        method = getattr(kind(api_key="KEY00001", api_secret=API_SECRET, transport=transport()), name)
        parameters = list(inspect.signature(method).parameters)
        assert parameters[0] in {"method", "environment_id"}, parameters
        assert method.__name__ == name
        assert method.__doc__
        assert inspect.iscoroutinefunction(method) is (kind is AsyncConnectClient)


def test_a_feature_called_through_the_class_runs_as_through_the_instance() -> None:
    with ConnectClient(api_key="KEY00001", api_secret=API_SECRET, transport=transport()) as client:
        results = ConnectClient.list_tasks_many(client, ENV, CLUSTER, ["a"])
        assert list(results) == ["a"]
        with pytest.raises(InvalidArgumentError):
            ConnectClient.list_tasks_many(client, ENV, CLUSTER, "a")

    async def run() -> list[str]:
        async with AsyncConnectClient(api_key="KEY00001", api_secret=API_SECRET, transport=transport()) as client:
            return list(await AsyncConnectClient.list_tasks_many(client, ENV, CLUSTER, ["a"]))

    assert asyncio.run(run()) == ["a"]
