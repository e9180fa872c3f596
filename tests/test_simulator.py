"""Both clients against the simulator over real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest

from confluent_connect import (
    AuthenticationError,
    ConnectClient,
    ConnectError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from confluent_connect.testing import Connector, ConnectSimulator, Fault, connectors_from_json
from confluent_connect_api.api.status import list_connector_tasks

ENV, CLUSTER = "env-demo1", "lkc-demo1"
QUICK = RetryPolicy(backoff_initial=0.01, backoff_max=0.05, max_retries=3)


def call(simulator: ConnectSimulator, mode: str, method: str, *args: Any, **options: Any) -> Any:
    """Run one client method against the simulator, sync or async."""
    options.setdefault("retry", QUICK)
    if mode == "sync":
        with simulator.client(**options) as client:
            return getattr(client, method)(*args)

    async def run() -> Any:
        async with simulator.async_client(**options) as client:
            return await getattr(client, method)(*args)

    return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_lists_the_seeded_connectors(connect_simulator: ConnectSimulator, mode: str) -> None:
    """Success over a socket: every task, masked values as Confluent sends them."""
    tasks = call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "clickstream-s3-sink")
    assert [task.id.task for task in tasks] == list(range(12))
    gcs = call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "gcs-logs-sink")
    assert gcs[0].config["gcs.credentials.config"] == "****************"
    odd = call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "billing events/EU #1")
    assert odd[0].id.connector == "billing events/EU #1"
    service_account = call(
        connect_simulator, mode, "list_tasks", ENV, CLUSTER, "orders-postgres-source"
    )
    assert "kafka.api.key" not in service_account[0].config


def test_bearer_token_is_accepted(connect_simulator: ConnectSimulator, mode: str) -> None:
    """The simulator checks Bearer tokens as well as Basic."""
    tasks = call(
        connect_simulator,
        mode,
        "list_tasks",
        ENV,
        CLUSTER,
        "gcs-logs-sink",
        token=connect_simulator.token,
    )
    assert len(tasks) == 2


@pytest.mark.parametrize("options", [{"api_secret": "wrong"}, {"token": "wrong-token"}])
def test_wrong_credentials_are_a_401(
    connect_simulator: ConnectSimulator, mode: str, options: dict[str, str]
) -> None:
    """A wrong secret or token: AuthenticationError with the request id."""
    with pytest.raises(AuthenticationError) as caught:
        call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "gcs-logs-sink", **options)
    assert caught.value.request_id is not None
    assert caught.value.request_id.startswith("sim-")


@pytest.mark.parametrize(
    ("environment", "cluster", "name", "message"),
    [
        ("env-nope", CLUSTER, "gcs-logs-sink", "environment 'env-nope' not found"),
        (ENV, "lkc-nope", "gcs-logs-sink", "cluster 'lkc-nope' not found"),
        (ENV, CLUSTER, "nope", "connector 'nope' not found"),
    ],
)
def test_unknown_resources_are_404s(
    connect_simulator: ConnectSimulator,
    mode: str,
    environment: str,
    cluster: str,
    name: str,
    message: str,
) -> None:
    """Unknown environment, cluster or connector: NotFoundError saying which."""
    with pytest.raises(NotFoundError, match=message):
        call(connect_simulator, mode, "list_tasks", environment, cluster, name)


def test_429_storm_is_recovered(mode: str) -> None:
    """Forty connectors through a limit of 4 per 0.1 s: every one listed, none failed."""
    with ConnectSimulator(rate_limit=4, window=0.1, reset_format="fractional") as simulator:
        names = ["gcs-logs-sink", "orders-postgres-source", "clickstream-s3-sink"] * 14
        results = call(
            simulator, mode, "list_tasks_many", ENV, CLUSTER, names[:40], retry=RetryPolicy()
        )
        assert all(not isinstance(result, ConnectError) for result in results.values())
        assert simulator.statuses[200] >= 3


def test_rate_limited_connector_recovers(connect_simulator: ConnectSimulator, mode: str) -> None:
    """The seeded throttled-datagen answers 429 twice, then its task."""
    tasks = call(
        connect_simulator,
        mode,
        "list_tasks",
        ENV,
        CLUSTER,
        "throttled-datagen",
        retry=RetryPolicy(),
    )
    assert len(tasks) == 1
    assert connect_simulator.statuses[429] == 2


@pytest.mark.parametrize(
    "fault",
    [
        Fault.errors(503, count=2),
        Fault.errors(500, count=2, shape="kafka-connect"),
        Fault.errors(502, count=2, shape="cloud"),
        Fault.proxy_502(count=2),
        Fault.truncated(count=2),
        Fault.connection_reset(count=2),
        Fault.rate_limited(count=2, retry_after=0),
    ],
)
def test_fault_bursts_are_recovered(
    connect_simulator: ConnectSimulator, mode: str, fault: Fault
) -> None:
    """Two failures, then the tasks: retried through every fault kind."""
    connect_simulator.inject("gcs-logs-sink", fault)
    tasks = call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "gcs-logs-sink")
    assert len(tasks) == 2


@pytest.mark.parametrize(
    ("fault", "kind", "text"),
    [
        (
            Fault.errors(503, count=None),
            ServerError,
            "503 Service Unavailable: Service Unavailable",
        ),
        (
            Fault.errors(500, count=None, shape="kafka-connect"),
            ServerError,
            "500 Internal Server Error: Internal",
        ),
        (
            Fault.errors(504, count=None, shape="cloud"),
            ServerError,
            "504 Gateway Timeout: Gateway Timeout",
        ),
        (Fault.proxy_502(count=None), ServerError, "502 Bad Gateway: 502 502 Bad Gateway proxy"),
        (Fault.truncated(count=None), TransportError, "RemoteProtocolError"),
        (Fault.connection_reset(count=None), TransportError, "RemoteProtocolError"),
        (Fault.rate_limited(count=None, retry_after=0), RateLimitError, "429 Too Many Requests"),
    ],
)
def test_each_fault_kind_raises_its_typed_error(
    connect_simulator: ConnectSimulator, mode: str, fault: Fault, kind: type, text: str
) -> None:
    """A fault that persists past the retries ends in its own exception, saying what happened."""
    connect_simulator.inject("gcs-logs-sink", fault)
    with pytest.raises(kind) as caught:
        call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "gcs-logs-sink")
    assert text in str(caught.value)
    assert "4 attempts" in str(caught.value)


def test_slow_response_past_the_timeout_is_a_transport_error(
    connect_simulator: ConnectSimulator, mode: str
) -> None:
    """Latency beyond `timeout` is a TransportError (ReadTimeout)."""
    connect_simulator.inject("gcs-logs-sink", Fault.slow(0.5))
    with pytest.raises(TransportError, match="ReadTimeout"):
        call(
            connect_simulator,
            mode,
            "list_tasks",
            ENV,
            CLUSTER,
            "gcs-logs-sink",
            timeout=0.1,
            max_retries=0,
        )


def test_generated_status_operation_runs_through_client_api(
    connect_simulator: ConnectSimulator,
) -> None:
    """client.api carries auth to any generated operation; here the tasks one, over a socket."""
    with connect_simulator.client() as client:
        response = list_connector_tasks.sync_detailed(
            ENV, CLUSTER, "gcs-logs-sink", client=client.api
        )
    assert response.status_code == 200
    assert len(response.parsed) == 2


def test_user_data_can_be_loaded(tmp_path: Any) -> None:
    """Users serve their own connectors from JSON."""
    path = tmp_path / "connectors.json"
    config = {"cloud.environment": "e", "cloud.provider": "gcp", "connector.class": "X",
              "name": "mine", "kafka.endpoint": "k", "kafka.region": "r"}  # fmt: skip
    path.write_text(
        json.dumps(
            [{"name": "mine", "environment": "env-1", "cluster": "lkc-1", "tasks": [config]}]
        )
    )
    with ConnectSimulator(connectors_from_json(path)) as simulator, simulator.client() as client:
        [task] = client.list_tasks("env-1", "lkc-1", "mine")
    assert task.config.cloud_provider == "gcp"


def test_stop_leaves_no_thread_and_refuses_connections() -> None:
    """After stop(), nothing serves and no simulator thread is left."""
    simulator = ConnectSimulator([Connector("c", [])]).start()
    url = simulator.url
    with ConnectClient(
        base_url=url, api_key=simulator.api_key, api_secret=simulator.api_secret
    ) as client:
        assert client.list_tasks(ENV, CLUSTER, "c") == []
        simulator.stop()
    assert not [t for t in threading.enumerate() if t.name == "connect-simulator"]
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=1)


def test_command_line_serves_until_terminated() -> None:
    """python -m confluent_connect.testing prints its endpoint and credentials, serves, stops."""
    with subprocess.Popen(
        [sys.executable, "-m", "confluent_connect.testing", "--rate-limit", "100"],
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        code = _serve_and_stop(process)
    assert code == 0


def _serve_and_stop(process: subprocess.Popen[str]) -> int:
    try:
        assert process.stdout is not None
        settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(3))
        with ConnectClient(
            base_url=settings["CONFLUENT_CLOUD_REST_ENDPOINT"],
            api_key=settings["CONFLUENT_CLOUD_API_KEY"],
            api_secret=settings["CONFLUENT_CLOUD_API_SECRET"],
        ) as client:
            assert len(client.list_tasks(ENV, CLUSTER, "gcs-logs-sink")) == 2
    finally:
        process.send_signal(signal.SIGTERM)
    return process.wait(timeout=10)
