"""`update_connector_config`: patch semantics over the full-replace PUT, against the simulator, on both clients. Every
request is recorded on its way to the simulator, so a test sees exactly what was written."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from confluent_connect import InvalidArgumentError
from confluent_connect.testing import ConnectSimulator

ENV, CLUSTER, NAME = "env-demo1", "lkc-demo1", "gcs-logs-sink"
SECRETS = {"kafka.api.key": "KEY-123", "kafka.api.secret": "real-secret-1", "gcs.credentials.config": '{"k": "v"}'}


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Forwards to the simulator, keeping (method, path, JSON body) of each request."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, Any]] = []

    def _note(self, request: httpx.Request) -> None:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path.rpartition("/")[2], body))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        with httpx.HTTPTransport() as real:
            response = real.handle_request(request)
            response.read()
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        async with httpx.AsyncHTTPTransport() as real:
            response = await real.handle_async_request(request)
            await response.aread()
            return response


class Patcher:
    """Calls update_connector_config on a sync or async client; `sent` keeps what reached the simulator."""

    def __init__(self, mode: str, simulator: ConnectSimulator) -> None:
        self.mode, self.simulator, self.sent = mode, simulator, list[tuple[str, str, Any]]()

    def __call__(self, name: str = NAME, **kwargs: Any) -> Any:
        recording = Recording()
        self.sent = recording.sent
        if self.mode == "sync":
            with self.simulator.client(transport=recording) as client:
                return client.update_connector_config(ENV, CLUSTER, name, **kwargs)

        async def run() -> Any:
            async with self.simulator.async_client(transport=recording) as client:
                return await client.update_connector_config(ENV, CLUSTER, name, **kwargs)

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def patch(request: pytest.FixtureRequest, connect_simulator: ConnectSimulator) -> Patcher:
    return Patcher(request.param, connect_simulator)


def current_config(simulator: ConnectSimulator, name: str = NAME) -> dict[str, str]:
    with simulator.client() as client:
        return dict(client.get_connector_config(ENV, CLUSTER, name))


def test_set_and_remove_change_exactly_those_keys(patch: Patcher, connect_simulator: ConnectSimulator) -> None:
    """The PUT carries every other key as read; the answer is the config now held, secrets masked."""
    before = current_config(connect_simulator)
    result = patch(set={"tasks.max": "3", "topics": "a,b", **SECRETS}, remove=["flush.size"])
    assert [(method, last) for method, last, _ in patch.sent] == [("GET", "config"), ("PUT", "config")]
    written = patch.sent[1][2]
    expected = {key: value for key, value in before.items() if key != "flush.size"}
    expected.update({"tasks.max": "3", "topics": "a,b", **SECRETS})
    assert written == expected
    assert result["tasks.max"] == "3"
    assert "flush.size" not in result
    assert result["kafka.api.secret"] == "****************"


def test_a_masked_secret_not_supplied_stops_before_the_write(patch: Patcher) -> None:
    """The GET happens, the PUT does not; the error names every masked key, never a value."""
    with pytest.raises(InvalidArgumentError) as raised:
        patch(set={"tasks.max": "3"})
    assert [method for method, _, _ in patch.sent] == ["GET"]
    assert str(raised.value) == (
        "set must give the real values of kafka.api.key, kafka.api.secret, gcs.credentials.config: the server masks "
        "secrets when it returns them, so writing the config back would store the mask in their place (or name them "
        "in remove=)"
    )


def test_nothing_is_written_when_a_secret_is_missing(patch: Patcher, connect_simulator: ConnectSimulator) -> None:
    """Only the read reached the server, and the config is as it was."""
    before = current_config(connect_simulator)
    with pytest.raises(InvalidArgumentError):
        patch(set={"tasks.max": "3", "kafka.api.key": "K-1"})
    assert current_config(connect_simulator) == before


def test_removing_a_masked_secret_is_allowed(patch: Patcher) -> None:
    """A secret named in remove= is meant to go: it is not asked for."""
    service_account = {"kafka.auth.mode": "SERVICE_ACCOUNT", "kafka.service.account.id": "sa-1"}
    result = patch(
        set={"gcs.credentials.config": "{}", **service_account}, remove=["kafka.api.key", "kafka.api.secret"]
    )
    assert "kafka.api.secret" not in patch.sent[1][2]
    assert "kafka.api.secret" not in result


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"set": {"a": "1"}, "remove": ["a"]}, "remove names keys that set= also sets: a"),
        ({"set": {"a": "1", "b": "2"}, "remove": ["b", "a"]}, "remove names keys that set= also sets: b, a"),
        ({"set": {"tasks.max": 3}}, "set has a int for tasks.max: config values are strings"),
        ({"set": {"kafka.api.secret": "****************"}}, "set carries values made only of asterisks"),
        ({"set": {"": "x"}}, "set has a key that is not a non-empty str: ''"),
        ({"set": [("a", "b")]}, "set must be a mapping of config keys to values, not list"),
        ({"remove": "flush.size"}, "remove must be a collection of config keys, not str"),
        ({"remove": [None]}, "remove has a key that is not a non-empty str: None"),
        ({}, "set and remove= are both empty: there is nothing to change"),
    ],
)
def test_bad_changes_are_refused_before_anything_is_sent(patch: Patcher, kwargs: dict[str, Any], message: str) -> None:
    """Wrong types, a key both set and removed, a mask, nothing to do: an error in words, no request at all."""
    with pytest.raises(InvalidArgumentError) as raised:
        patch(**kwargs)
    assert str(raised.value).startswith(message)
    assert patch.sent == []


def test_removing_a_key_the_config_lacks_is_an_error_and_writes_nothing(
    patch: Patcher, connect_simulator: ConnectSimulator
) -> None:
    """The key is named; the config stays as it was."""
    before = current_config(connect_simulator)
    with pytest.raises(InvalidArgumentError, match=r"remove names keys the config does not have: no\.such\.key, b$"):
        patch(set=SECRETS, remove=["no.such.key", "b"])
    assert [method for method, _, _ in patch.sent] == ["GET"]
    assert current_config(connect_simulator) == before


def test_a_connector_that_holds_no_mask_needs_no_secret(patch: Patcher, connect_simulator: ConnectSimulator) -> None:
    """Only masked values must be supplied: a config without any takes a one-key change."""
    with connect_simulator.client() as client:
        config = {"connector.class": "DatagenSource", "name": "plain", "kafka.auth.mode": "SERVICE_ACCOUNT",
                  "kafka.service.account.id": "sa-1", "kafka.topic": "t", "output.data.format": "JSON",
                  "quickstart": "ORDERS", "tasks.max": "1"}  # fmt: skip
        client.create_connector(ENV, CLUSTER, body={"name": "plain", "config": config})
    result = patch(name="plain", set={"tasks.max": "2"})
    assert patch.sent[1][2] == {**config, "tasks.max": "2"}
    assert result["tasks.max"] == "2"
