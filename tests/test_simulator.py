"""Both clients against the simulator over real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
from confluent_connect.testing.__main__ import exports

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
    service_account = call(connect_simulator, mode, "list_tasks", ENV, CLUSTER, "orders-postgres-source")
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
def test_wrong_credentials_are_a_401(connect_simulator: ConnectSimulator, mode: str, options: dict[str, str]) -> None:
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
        results = call(simulator, mode, "list_tasks_many", ENV, CLUSTER, names[:40], retry=RetryPolicy())
        assert all(not isinstance(result, ConnectError) for result in results.values())
        assert simulator.statuses[200] >= 3


@pytest.mark.connect_simulator(throttled=True)
def test_rate_limited_connector_recovers(connect_simulator: ConnectSimulator, mode: str) -> None:
    """The sample throttled-datagen, asked for with the marker, answers 429 twice, then its task."""
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
def test_fault_bursts_are_recovered(connect_simulator: ConnectSimulator, mode: str, fault: Fault) -> None:
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
        (Fault.proxy_502(count=None), ServerError, "502 Bad Gateway: "),
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
    assert text in f"{caught.value} {type(caught.value.__cause__).__name__}"
    assert "4 attempts" in str(caught.value)


def test_slow_response_past_the_timeout_is_a_transport_error(connect_simulator: ConnectSimulator, mode: str) -> None:
    """Latency beyond `timeout` is a TransportError (ReadTimeout)."""
    connect_simulator.inject("gcs-logs-sink", Fault.slow(0.5))
    with pytest.raises(TransportError) as caught:
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
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_status_over_a_socket_names_every_task(connect_simulator: ConnectSimulator) -> None:
    """A generated operation other than tasks, through the client's one pool, over a socket."""
    with connect_simulator.client() as client:
        status = client.read_connector_status(ENV, CLUSTER, "gcs-logs-sink")
    assert status.name == "gcs-logs-sink"
    assert [task.id for task in status.tasks] == [0, 1]


def test_user_data_can_be_loaded(tmp_path: Any) -> None:
    """Users serve their own connectors from JSON."""
    path = tmp_path / "connectors.json"
    config = {"cloud.environment": "e", "cloud.provider": "gcp", "connector.class": "X",
              "name": "mine", "kafka.endpoint": "k", "kafka.region": "r"}  # fmt: skip
    path.write_text(json.dumps([{"name": "mine", "environment": "env-1", "cluster": "lkc-1", "tasks": [config]}]))
    with ConnectSimulator(connectors_from_json(path)) as simulator, simulator.client() as client:
        [task] = client.list_tasks("env-1", "lkc-1", "mine")
    assert task.config.cloud_provider == "gcp"


def test_stop_leaves_no_thread_and_refuses_connections() -> None:
    """After stop(), nothing serves and no simulator thread is left."""
    simulator = ConnectSimulator([Connector("c", [])]).start()
    url = simulator.url
    with ConnectClient(base_url=url, api_key=simulator.api_key, api_secret=simulator.api_secret) as client:
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
        lines = [process.stdout.readline().strip() for _ in range(3)]
        assert all(line.startswith("export CONFLUENT_CLOUD_") for line in lines)
        settings = dict(shlex.split(line)[1].split("=", 1) for line in lines)
        with ConnectClient(
            base_url=settings["CONFLUENT_CLOUD_REST_ENDPOINT"],
            api_key=settings["CONFLUENT_CLOUD_API_KEY"],
            api_secret=settings["CONFLUENT_CLOUD_API_SECRET"],
        ) as client:
            assert len(client.list_tasks(ENV, CLUSTER, "gcs-logs-sink")) == 2
    finally:
        process.send_signal(signal.SIGTERM)
    return process.wait(timeout=10)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_printed_exports_paste_into_bash() -> None:
    """The export lines, values shell-quoted, set exactly the values in bash."""
    simulator = ConnectSimulator([])
    simulator.api_secret = "it's a $secret; `rm -rf /` \\ done"
    with simulator:
        script = "\n".join(exports(simulator)) + '\nprintf "%s\\n" "$CONFLUENT_CLOUD_API_SECRET"'
        result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True, env={})
    assert result.stdout == simulator.api_secret + "\n"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_pasted_exports_make_the_cli_work_in_bash() -> None:
    """What `python -m confluent_connect.testing` prints, pasted into bash: the CLI then works."""
    with ConnectSimulator() as simulator:
        script = "\n".join(
            [
                *exports(simulator),
                f"'{sys.executable}' -m confluent_connect tasks env-demo1 lkc-demo1 gcs-logs-sink",
            ]
        )
        result = subprocess.run(
            ["bash", "-c", script],
            capture_output=True,
            text=True,
            check=False,
            env={"PATH": os.environ.get("PATH", "")},
        )
    assert result.returncode == 0, result.stderr
    assert "gcs-logs-sink: 2 tasks" in result.stdout


# --- every route of the API, over plain httpx -------------------------------------------------

PREFIX = f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}"
MASK = "****************"
GCS_CONFIG = {
    "connector.class": "GcsSink", "name": "new-gcs-sink", "kafka.api.key": "KEY123",
    "kafka.api.secret": "plain-secret", "gcs.credentials.config": "{\"private_key\": \"x\"}",
    "gcs.bucket.name": "logs", "data.format": "JSON", "time.interval": "HOURLY",
    "topics": "logs", "tasks.max": "3",
}  # fmt: skip


DELAY = 2.0  # the simulator's default transition delay


class FakeClock:
    """A clock that moves only when a test says: transitions happen exactly then."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def simulator(clock: FakeClock) -> Iterator[ConnectSimulator]:
    """The seeded simulator on a fake clock, with its default delay."""
    with ConnectSimulator(clock=clock) as sim:
        assert sim.transition_delay == DELAY
        yield sim


@pytest.fixture
def api(simulator: ConnectSimulator) -> Iterator[httpx.Client]:
    """Plain httpx on the fake-clock simulator's cluster, with the simulator's key."""
    auth = (simulator.api_key, simulator.api_secret)
    with httpx.Client(base_url=simulator.url + PREFIX, auth=auth, timeout=5) as client:
        yield client


def state(api: httpx.Client, name: str) -> tuple[str, list[str]]:
    """The connector's state and its tasks' states."""
    status = api.get(at(name, "/status")).json()
    return status["connector"]["state"], [task["state"] for task in status["tasks"]]


def at(name: str, suffix: str = "") -> str:
    return f"/connectors/{quote(name, safe='')}{suffix}"


def create(api: httpx.Client, name: str = "new-gcs-sink", **config: str) -> httpx.Response:
    return api.post("/connectors", json={"name": name, "config": {**GCS_CONFIG, "name": name, **config}})


# (method, path suffix, body) for every route under /connectors/{name}
CONNECTOR_ROUTES = [
    ("GET", "", None),
    ("GET", "/config", None),
    ("PUT", "/pause", None),
    ("PUT", "/resume", None),
    ("POST", "/restart", None),
    ("GET", "/status", None),
    ("GET", "/tasks", None),
    ("GET", "/offsets", None),
    ("POST", "/offsets/request", {"type": "DELETE"}),
    ("GET", "/offsets/request/status", None),
    ("DELETE", "", None),
]


def test_list_connectors_is_the_names(api: httpx.Client) -> None:
    """GET /connectors: a JSON array of the cluster's connector names."""
    response = api.get("/connectors")
    assert response.status_code == 200
    names = response.json()
    assert {"gcs-logs-sink", "billing events/EU #1", "inventory-mysql-cdc"} <= set(names)
    assert all(isinstance(name, str) for name in names)


@pytest.mark.parametrize(
    ("params", "parts"),
    [
        ("expand=id", {"id"}),
        ("expand=info", {"info"}),
        ("expand=status", {"status"}),
        ("expand=status,id", {"status", "id"}),
        ("expand=info,status,id", {"id", "info", "status"}),
        ("expand=info&expand=id", {"info", "id"}),
    ],
)
def test_expand_answers_only_the_requested_parts(api: httpx.Client, params: str, parts: set[str]) -> None:
    """?expand=: a map of name to the requested parts (and the live service's extensions)."""
    expanded = api.get(f"/connectors?{params}").json()
    assert set(expanded) == set(api.get("/connectors").json())
    for name, entry in expanded.items():
        assert set(entry) == parts | {"extensions"}
        if "id" in parts:
            assert entry["id"]["id"].startswith("lcc-")
            assert entry["id"]["id_type"] == "ID"
        if "info" in parts:
            assert set(entry["info"]) == {"name", "config", "tasks", "type"}
            assert entry["info"]["name"] == name
        if "status" in parts:
            assert {"name", "connector", "tasks", "type"} <= set(entry["status"])


def test_unknown_expansion_is_a_400(api: httpx.Client) -> None:
    """An expand value outside id, info and status is refused."""
    response = api.get("/connectors?expand=info,everything")
    assert response.status_code == 400
    assert "everything" in response.json()["error"]["message"]


def test_create_answers_201_then_provisions_until_the_delay(api: httpx.Client, clock: FakeClock) -> None:
    """POST /connectors: 201 at once, secrets masked; PROVISIONING without tasks until the delay, then RUNNING
    with tasks from tasks.max."""
    response = create(api)
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "new-gcs-sink"
    assert body["type"] == "sink"
    assert body["tasks"] == []
    for key in ("kafka.api.key", "kafka.api.secret", "gcs.credentials.config"):
        assert body["config"][key] == MASK
    assert body["config"]["gcs.bucket.name"] == "logs"
    assert "plain-secret" not in response.text
    assert "new-gcs-sink" in api.get("/connectors").json()
    assert state(api, "new-gcs-sink") == ("PROVISIONING", [])
    assert api.get(at("new-gcs-sink", "/tasks")).json() == []
    clock.advance(DELAY - 0.01)
    assert state(api, "new-gcs-sink") == ("PROVISIONING", [])
    clock.advance(0.01)
    assert state(api, "new-gcs-sink") == ("RUNNING", ["RUNNING"] * 3)
    assert len(api.get(at("new-gcs-sink", "/tasks")).json()) == 3
    assert [t["task"] for t in api.get(at("new-gcs-sink")).json()["tasks"]] == [0, 1, 2]


def test_custom_connector_without_tasks_max_makes_one_task(api: httpx.Client, clock: FakeClock) -> None:
    """A custom connector (its own plugin, any class) without tasks.max: one task once provisioned."""
    config = {"connector.class": "com.example.MySource", "name": "one", "confluent.connector.type": "CUSTOM"}
    assert api.post("/connectors", json={"name": "one", "config": config}).status_code == 201
    clock.advance(DELAY)
    assert [task["id"]["task"] for task in api.get(at("one", "/tasks")).json()] == [0]
    assert state(api, "one") == ("RUNNING", ["RUNNING"])


def test_create_an_existing_connector_is_a_409(api: httpx.Client) -> None:
    """POST with the name of a connector that exists: 409."""
    response = create(api, "gcs-logs-sink")
    assert response.status_code == 409
    assert "already exists" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": "x"},
        {"config": GCS_CONFIG},
        {"name": "", "config": GCS_CONFIG},
        {"name": "x", "config": {}},
        {"name": "x", "config": {"connector.class": "GcsSink", "tasks.max": 2}},
        {"name": "x", "config": {"name": "y", "connector.class": "GcsSink"}},
        {"name": "x", "config": {"topics": "t"}},
        ["not", "an", "object"],
    ],
)
def test_create_without_a_name_or_config_is_a_400(api: httpx.Client, body: Any) -> None:
    """Missing name or config, non-string values, a mismatched name: 400."""
    response = api.post("/connectors", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == 400
    assert "x" not in api.get("/connectors").json()


def test_malformed_json_is_a_400(api: httpx.Client) -> None:
    """A body that is not JSON: 400."""
    response = api.post("/connectors", content=b"{name", headers={"Content-Type": "application/json"})
    assert response.status_code == 400


def test_a_config_missing_required_keys_is_a_400_naming_them(api: httpx.Client) -> None:
    """A plugin's required keys missing: 400 naming each of them (the Kafka key too), nothing created."""
    config = {"connector.class": "GcsSink", "name": "broken", "tasks.max": "1"}
    response = api.post("/connectors", json={"name": "broken", "config": config})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message.startswith("Connector configuration is invalid and contains the following 7 error(s):")
    for key in ("kafka.api.key", "kafka.api.secret", "topics", "data.format", "gcs.bucket.name", "time.interval"):
        assert f'Missing required configuration "{key}"' in message
    assert "flush.size" not in message  # it has a default
    assert "broken" not in api.get("/connectors").json()
    put = api.put(at("gcs-logs-sink", "/config"), json=config | {"name": "gcs-logs-sink"})
    assert put.status_code == 400
    assert "gcs.credentials.config" in put.json()["error"]["message"]


@pytest.mark.parametrize("connector_class", ["SomeNewSource", "io.confluent.connect.gcs.GcsSinkConnector"])
def test_an_unknown_connector_class_is_a_400_naming_it(api: httpx.Client, connector_class: str) -> None:
    """connector.class not one of the plugins (a managed connector is named by its alias): 400 naming the class,
    in Confluent's error shape, on create and on PUT config."""
    config = {**GCS_CONFIG, "connector.class": connector_class}
    response = api.post("/connectors", json={"name": "new-gcs-sink", "config": config})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == 400
    assert f'Invalid connector class "{connector_class}"' in response.json()["error"]["message"]
    assert "new-gcs-sink" not in api.get("/connectors").json()
    put = api.put(at("gcs-logs-sink", "/config"), json={**config, "name": "gcs-logs-sink"})
    assert put.status_code == 400
    assert connector_class in put.json()["error"]["message"]
    assert api.get(at("gcs-logs-sink", "/config")).json()["connector.class"] == "GcsSink"


def test_a_value_its_plugin_refuses_fails_after_the_delay(api: httpx.Client, clock: FakeClock) -> None:
    """Complete but wrong (flush.size below its minimum): created, PROVISIONING, then FAILED with no tasks and a
    trace naming the key."""
    assert create(api, "broken", **{"flush.size": "10"}).status_code == 201
    assert state(api, "broken") == ("PROVISIONING", [])
    clock.advance(DELAY)
    status = api.get(at("broken", "/status")).json()
    assert (status["connector"]["state"], status["tasks"]) == ("FAILED", [])
    assert status["connector"]["trace"].startswith("There were some errors with your configuration:\n")
    assert '"flush.size" should be greater than or equal to 1000' in status["connector"]["trace"]
    assert status["validation_errors"] == ['flush.size: "flush.size" should be greater than or equal to 1000']


def test_read_connector_and_its_config(api: httpx.Client) -> None:
    """GET /connectors/{name} and /config: the connector, and its config map."""
    connector = api.get(at("gcs-logs-sink")).json()
    assert set(connector) == {"name", "config", "tasks", "type"}
    assert connector["type"] == "sink"
    assert connector["tasks"] == [{"connector": "gcs-logs-sink", "task": n} for n in (0, 1)]
    config = api.get(at("gcs-logs-sink", "/config")).json()
    assert config == connector["config"]
    assert config["kafka.api.secret"] == MASK


def test_put_config_updates_the_connector(api: httpx.Client, clock: FakeClock) -> None:
    """PUT /config: 200 and the new config at once; the old tasks and state until the delay, then tasks from
    the new tasks.max, RUNNING."""
    config = {**GCS_CONFIG, "name": "gcs-logs-sink", "tasks.max": "4", "flush.size": "5000"}
    response = api.put(at("gcs-logs-sink", "/config"), json=config)
    assert response.status_code == 200
    assert response.json()["config"]["flush.size"] == "5000"
    assert api.get(at("gcs-logs-sink", "/config")).json()["flush.size"] == "5000"
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING"] * 2)
    clock.advance(DELAY)
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING"] * 4)
    assert len(api.get(at("gcs-logs-sink", "/tasks")).json()) == 4


def test_put_config_keeps_a_paused_connector_paused(api: httpx.Client, clock: FakeClock) -> None:
    """A new config for a PAUSED connector: its tasks follow it, and it stays PAUSED."""
    api.put(at("gcs-logs-sink", "/pause"))
    clock.advance(DELAY)
    api.put(at("gcs-logs-sink", "/config"), json={**GCS_CONFIG, "name": "gcs-logs-sink"})
    clock.advance(DELAY)
    assert state(api, "gcs-logs-sink") == ("PAUSED", ["PAUSED"] * 3)


def test_put_config_for_a_new_name_creates_it(api: httpx.Client, clock: FakeClock) -> None:
    """PUT /config for a name not yet used creates the connector: 201, as the document says, PROVISIONING."""
    response = api.put(at("made-by-put", "/config"), json={**GCS_CONFIG, "name": "made-by-put"})
    assert response.status_code == 201
    assert api.get(at("made-by-put")).status_code == 200
    assert state(api, "made-by-put") == ("PROVISIONING", [])
    clock.advance(DELAY)
    assert state(api, "made-by-put") == ("RUNNING", ["RUNNING"] * 3)


def test_put_config_with_another_name_is_a_400(api: httpx.Client) -> None:
    """A config whose name is not the URL's: 400, nothing changed."""
    response = api.put(at("gcs-logs-sink", "/config"), json={**GCS_CONFIG, "name": "other"})
    assert response.status_code == 400
    assert api.get(at("gcs-logs-sink", "/config")).json()["name"] == "gcs-logs-sink"


def test_delete_answers_the_live_body_then_404s(api: httpx.Client) -> None:
    """DELETE: 200 with {"error": null}; afterwards the connector is gone from every route."""
    response = api.delete(at("gcs-logs-sink"))
    assert (response.status_code, response.json()) == (200, {"error": None})
    assert "gcs-logs-sink" not in api.get("/connectors").json()
    for method, suffix, body in CONNECTOR_ROUTES:
        assert api.request(method, at("gcs-logs-sink", suffix), json=body).status_code == 404


def test_pause_and_resume_answer_202_and_status_follows_after_the_delay(api: httpx.Client, clock: FakeClock) -> None:
    """PUT /pause and /resume: 202 with no body; the connector and its tasks follow once the delay has passed."""
    paused = api.put(at("gcs-logs-sink", "/pause"))
    assert (paused.status_code, paused.content) == (202, b"")
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING"] * 2)
    clock.advance(DELAY)
    status = api.get(at("gcs-logs-sink", "/status")).json()
    assert status["connector"]["state"] == "PAUSED"
    assert {task["state"] for task in status["tasks"]} == {"PAUSED"}
    assert api.get("/connectors?expand=status").json()["gcs-logs-sink"]["status"] == status
    resumed = api.put(at("gcs-logs-sink", "/resume"))
    assert (resumed.status_code, resumed.content) == (202, b"")
    assert state(api, "gcs-logs-sink") == ("PAUSED", ["PAUSED"] * 2)
    clock.advance(DELAY)
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING"] * 2)


def test_status_has_the_documented_shape(api: httpx.Client) -> None:
    """GET /status: name, connector (state, worker_id, trace), tasks, type."""
    status = api.get(at("clickstream-s3-sink", "/status")).json()
    assert set(status) == {"name", "connector", "tasks", "type"}
    assert set(status["connector"]) == {"state", "worker_id", "trace"}
    assert [task["id"] for task in status["tasks"]] == list(range(12))
    assert set(status["tasks"][0]) == {"id", "state", "worker_id", "msg"}
    assert status["type"] == "sink"


def test_seeded_connectors_show_what_the_live_service_sends(api: httpx.Client) -> None:
    """Seeds: a service account, a FAILED trace, no common keys, type unknown, a STOPPED task."""
    service = api.get(at("orders-postgres-source", "/config")).json()
    assert service["kafka.auth.mode"] == "SERVICE_ACCOUNT"
    assert "kafka.service.account.id" in service
    assert not {"kafka.api.key", "kafka.api.secret"} & set(service)
    failed = api.get(at("inventory-mysql-cdc", "/status")).json()
    assert failed["connector"]["state"] == "FAILED"
    assert failed["connector"]["trace"].startswith("There were some errors")
    assert {"errors_from_trace", "validation_errors", "override_message"} <= set(failed)
    bare = api.get(at("audit-http-sink", "/config")).json()
    assert not {"cloud.environment", "cloud.provider", "kafka.region"} & set(bare)
    internal = api.get(at("orders-datagen-internal", "/status")).json()
    assert internal["type"] == "unknown"
    assert internal["connector"]["state"] == "RUNNING"
    assert [task["state"] for task in internal["tasks"]] == ["STOPPED"]


def test_connector_plugins_are_listed(api: httpx.Client) -> None:
    """GET /connector-plugins: class and type of each, version when it has one."""
    plugins = api.get("/connector-plugins").json()
    assert {"GcsSink", "S3_SINK", "PostgresSource", "DatagenSource"} <= {p["class"] for p in plugins}
    assert all(set(p) <= {"class", "type", "version"} and p["type"] in ("sink", "source") for p in plugins)
    assert any("version" not in p for p in plugins)


def validate(api: httpx.Client, plugin: str, config: dict[str, str]) -> httpx.Response:
    return api.put(f"/connector-plugins/{plugin}/config/validate", json=config)


def test_validate_reports_missing_required_keys(api: httpx.Client) -> None:
    """PUT .../config/validate: every config with its definition and value, errors counted."""
    response = validate(api, "GcsSink", {"connector.class": "GcsSink", "name": "v", "flush.size": "10"})
    assert response.status_code == 200
    result = response.json()
    assert result["name"] == "io.confluent.connect.gcs.GcsSinkConnector"
    assert set(result) == {"name", "groups", "error_count", "configs"}
    errors = {c["value"]["name"]: c["value"]["errors"] for c in result["configs"]}
    assert errors["gcs.bucket.name"] == ['Missing required configuration "gcs.bucket.name" which has no default value.']
    assert errors["flush.size"] == ['"flush.size" should be greater than or equal to 1000']
    assert errors["kafka.api.key"]
    assert errors["connector.class"] == []
    assert result["error_count"] == sum(len(e) for e in errors.values())
    config = result["configs"][0]
    assert set(config) == {"definition", "value", "metadata"}
    assert set(config["value"]) == {"name", "value", "recommended_values", "errors", "visible"}
    assert {"name", "type", "required", "group"} <= set(config["definition"])


def test_validate_a_complete_config_finds_nothing_and_masks_secrets(api: httpx.Client) -> None:
    """A complete config: error_count 0, PASSWORD values masked in the answer."""
    result = validate(api, "GcsSink", GCS_CONFIG).json()
    assert result["error_count"] == 0
    values = {c["value"]["name"]: c["value"]["value"] for c in result["configs"]}
    assert values["kafka.api.secret"] == MASK
    assert values["gcs.bucket.name"] == "logs"


def test_validate_with_a_service_account_needs_no_api_key(api: httpx.Client) -> None:
    """kafka.auth.mode SERVICE_ACCOUNT: the service account id is needed, not the key."""
    config = {k: v for k, v in GCS_CONFIG.items() if not k.startswith("kafka.api")}
    result = validate(api, "GcsSink", {**config, "kafka.auth.mode": "SERVICE_ACCOUNT"}).json()
    errors = {c["value"]["name"]: c["value"]["errors"] for c in result["configs"]}
    assert errors["kafka.api.key"] == errors["kafka.api.secret"] == []
    assert errors["kafka.service.account.id"]
    assert result["error_count"] == 1


def test_validate_an_unknown_plugin_answers_as_kafka_connect(api: httpx.Client) -> None:
    """An unknown plugin: 500 in Kafka Connect's own error shape, as the live service sends."""
    response = validate(api, "NoSuchPlugin", {"name": "x"})
    assert response.status_code == 500
    assert response.json()["error_code"] == 500
    assert "Failed to find any class that implements Connector" in response.json()["message"]


def test_offsets_have_the_documented_shape(api: httpx.Client) -> None:
    """GET /offsets: name, id, offsets (partition, offset) and metadata.observed_at."""
    body = api.get(at("gcs-logs-sink", "/offsets")).json()
    assert set(body) == {"name", "id", "offsets", "metadata"}
    assert body["id"] == api.get("/connectors?expand=id").json()["gcs-logs-sink"]["id"]["id"]
    assert body["offsets"][0] == {
        "partition": {"kafka_partition": 0, "kafka_topic": "api-logs"},
        "offset": {"kafka_offset": 20032323},
    }
    assert body["metadata"]["observed_at"].endswith("Z")


def test_offsets_patch_is_pending_then_applied(api: httpx.Client, clock: FakeClock) -> None:
    """POST /offsets/request PATCH: 202 echoing the request; PENDING and the offsets unchanged until the delay,
    then APPLIED and the offsets follow."""
    before = api.get(at("gcs-logs-sink", "/offsets")).json()["offsets"]
    change = [  # values as strings, as a recorded live body has them
        {
            "partition": {"kafka_partition": "0", "kafka_topic": "api-logs"},
            "offset": {"kafka_offset": "50"},
        }
    ]
    response = api.post(at("gcs-logs-sink", "/offsets/request"), json={"type": "PATCH", "offsets": change})
    assert response.status_code == 202
    request = response.json()
    assert set(request) == {"name", "id", "offsets", "requested_at", "type"}
    assert (request["type"], request["offsets"]) == ("PATCH", change)
    assert request["requested_at"].endswith("Z")
    pending = api.get(at("gcs-logs-sink", "/offsets/request/status")).json()
    assert pending == {"request": request, "status": {"phase": "PENDING"}, "applied_at": None}
    assert api.get(at("gcs-logs-sink", "/offsets")).json()["offsets"] == before
    clock.advance(DELAY)
    status = api.get(at("gcs-logs-sink", "/offsets/request/status")).json()
    assert status["request"] == request
    assert status["status"]["phase"] == "APPLIED"
    assert "altered successfully" in status["status"]["message"]
    assert status["previous_offsets"] == before
    assert status["applied_at"].endswith("Z")
    after = api.get(at("gcs-logs-sink", "/offsets")).json()["offsets"]
    assert change[0] in after
    assert len(after) == len(before)


def test_offsets_delete_resets_them(api: httpx.Client, clock: FakeClock) -> None:
    """POST /offsets/request DELETE: after the delay, offsets emptied, the request's offsets [], status APPLIED."""
    response = api.post(at("orders-postgres-source", "/offsets/request"), json={"type": "DELETE"})
    assert (response.status_code, response.json()["offsets"]) == (202, [])
    assert len(api.get(at("orders-postgres-source", "/offsets")).json()["offsets"]) == 1
    clock.advance(DELAY)
    assert api.get(at("orders-postgres-source", "/offsets")).json()["offsets"] == []
    status = api.get(at("orders-postgres-source", "/offsets/request/status")).json()
    assert "reset successfully" in status["status"]["message"]


@pytest.mark.parametrize(
    "body",
    [{}, {"type": "MOVE"}, {"type": "PATCH"}, {"type": "PATCH", "offsets": [{"offset": {}}]}],
)
def test_offsets_request_without_a_valid_type_or_offsets_is_a_400(api: httpx.Client, body: Any) -> None:
    """An alteration with no valid type, or a PATCH without partitions: 400."""
    assert api.post(at("gcs-logs-sink", "/offsets/request"), json=body).status_code == 400


def test_offsets_request_status_before_any_request_is_a_404(api: httpx.Client) -> None:
    """No alteration requested yet: the status route answers 404."""
    assert api.get(at("gcs-logs-sink", "/offsets/request/status")).status_code == 404


@pytest.mark.parametrize(("method", "suffix", "body"), [*CONNECTOR_ROUTES, ("PUT", "/config", {"name": "x"})])
def test_unknown_connector_is_a_404_on_every_route(api: httpx.Client, method: str, suffix: str, body: Any) -> None:
    """Every connector route answers 404 for an unknown connector, in the live service's shape."""
    response = api.request(method, at("no-such-connector", suffix), json=body)
    if suffix == "/config" and method == "PUT":  # a PUT of a config would create it: bad body
        assert response.status_code == 400
        return
    assert response.status_code == 404
    assert response.json() == {
        "error_code": 404,
        "message": "connector 'no-such-connector' not found",
    }


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/connectors"),
        ("POST", "/connectors"),
        ("GET", "/connector-plugins"),
        ("GET", at("gcs-logs-sink")),
    ],
)
@pytest.mark.parametrize(
    ("environment", "cluster", "message"),
    [
        ("env-nope", CLUSTER, "environment 'env-nope' not found"),
        (ENV, "lkc-nope", "cluster 'lkc-nope' not found"),
    ],
)
def test_unknown_environment_or_cluster_is_a_404(
    connect_simulator: ConnectSimulator,
    method: str,
    path: str,
    environment: str,
    cluster: str,
    message: str,
) -> None:
    """Collection routes too: an unknown environment or cluster is a 404 saying which."""
    url = f"{connect_simulator.url}/connect/v1/environments/{environment}/clusters/{cluster}{path}"
    auth = (connect_simulator.api_key, connect_simulator.api_secret)
    response = httpx.request(method, url, auth=auth, json={"name": "x", "config": GCS_CONFIG})
    assert response.status_code == 404
    assert response.json()["error"]["message"] == message


ALL_ROUTES = [
    ("GET", "/connectors"),
    ("GET", "/connectors?expand=info,status,id"),
    ("POST", "/connectors"),
    ("GET", "/connector-plugins"),
    ("PUT", "/connector-plugins/GcsSink/config/validate"),
    ("PUT", "/connector-plugins/GcsSink/config/translate?mask_sensitive=true"),
    ("PUT", at("gcs-logs-sink", "/config")),
    *[(method, at("gcs-logs-sink", suffix)) for method, suffix, _ in CONNECTOR_ROUTES],
]


@pytest.mark.parametrize(("method", "path"), ALL_ROUTES)
@pytest.mark.parametrize("authorization", [None, "Basic d3Jvbmc6d3Jvbmc=", "Bearer wrong-token", "Token x"])
def test_every_route_refuses_missing_or_wrong_credentials(
    simulator: ConnectSimulator, clock: FakeClock, method: str, path: str, authorization: str | None
) -> None:
    """No credentials, or wrong ones: 401 with a request id, and nothing changes, then or after the delay."""
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.request(method, simulator.url + PREFIX + path, headers=headers, json=body_for(method, path))
    assert response.status_code == 401
    assert response.json() == {"error": {"code": 401, "message": "Unauthorized"}}
    assert response.headers["x-request-id"].startswith("sim-")
    clock.advance(DELAY)
    gcs = simulator.connector("gcs-logs-sink")
    assert (gcs.state, len(gcs.tasks), gcs.offset_request, gcs.written) == ("RUNNING", 2, None, None)
    with pytest.raises(KeyError):
        simulator.connector("made")


def body_for(method: str, path: str) -> Any:
    """A body each route accepts."""
    if path == "/connectors" and method == "POST":
        return {"name": "made", "config": {**GCS_CONFIG, "name": "made"}}
    if path.endswith("/offsets/request"):
        return {"type": "DELETE"}
    if path.endswith(("/validate", "/translate?mask_sensitive=true")):
        return GCS_CONFIG
    if path.endswith("/config") and method == "PUT":
        return {**GCS_CONFIG, "name": "gcs-logs-sink"}
    return None


def test_bearer_token_works_on_every_route(connect_simulator: ConnectSimulator) -> None:
    """The simulator's token is accepted on every route, and each answers with a request id."""
    headers = {"Authorization": f"Bearer {connect_simulator.token}"}
    with httpx.Client(base_url=connect_simulator.url + PREFIX, headers=headers) as client:
        for method, path in ALL_ROUTES:
            response = client.request(method, path, json=body_for(method, path))
            assert response.status_code in (200, 201, 202), (method, path, response.text)
            assert response.headers["x-request-id"].startswith("sim-")


def test_wrong_method_is_a_405(api: httpx.Client) -> None:
    """A method a route does not take is a 405."""
    assert api.post(at("gcs-logs-sink", "/status")).status_code == 405
    assert api.delete("/connectors").status_code == 405
    assert api.get(at("gcs-logs-sink", "/restart")).status_code == 405
    assert api.post("/connector-plugins/GcsSink/config/translate").status_code == 405


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("POST", at("gcs-logs-sink", "/stop")),
        ("GET", "/connectors/gcs-logs-sink/offsets/request/history"),
        ("PUT", "/connector-plugins/GcsSink/config/explain"),
        ("GET", "/no/such/thing?x=1"),
    ],
)
def test_a_path_the_simulator_does_not_serve_is_a_501_saying_so(api: httpx.Client, method: str, path: str) -> None:
    """An operation the simulator does not know: 501 in Confluent's error shape naming the method and path."""
    response = api.request(method, path)
    assert response.status_code == 501
    where = PREFIX + path.partition("?")[0]
    assert response.json() == {
        "error": {
            "code": 501,
            "message": f"{method} {where} is not an operation of the Connect v1 API that this simulator serves",
        }
    }
    assert response.headers["x-request-id"].startswith("sim-")


@pytest.mark.parametrize(("method", "path"), ALL_ROUTES[6:])
def test_faults_apply_to_every_route_of_the_connector(
    simulator: ConnectSimulator, api: httpx.Client, method: str, path: str
) -> None:
    """Error, proxy, rate-limit, truncation and reset faults hit any route of the connector."""
    simulator.inject(
        "gcs-logs-sink",
        Fault.errors(503, shape="cloud"),
        Fault.proxy_502(),
        Fault.rate_limited(retry_after=7),
        Fault.connection_reset(),
        Fault.truncated(),  # the request takes effect, its answer is cut short
    )
    body = body_for(method, path)
    cloud = api.request(method, path, json=body)
    assert cloud.status_code == 503
    assert cloud.json()["errors"][0]["status"] == "503"
    proxy = api.request(method, path, json=body)
    assert (proxy.status_code, proxy.headers["content-type"]) == (502, "text/html")
    limited = api.request(method, path, json=body)
    assert (limited.status_code, limited.headers["retry-after"], limited.content) == (429, "7", b"")
    for _ in ("reset", "truncated"):
        with pytest.raises(httpx.TransportError):
            api.request(method, path, json=body)
    assert api.request(method, path, json=body).status_code < 500
    assert simulator.statuses[0] == 1


def test_faulted_requests_change_nothing(simulator: ConnectSimulator, api: httpx.Client) -> None:
    """A DELETE answered by a fault leaves the connector in place; the next one deletes."""
    simulator.inject("gcs-logs-sink", Fault.errors(500, shape="kafka-connect"))
    assert api.delete(at("gcs-logs-sink")).json() == {
        "error_code": 500,
        "message": "Internal Server Error",
    }
    assert api.get(at("gcs-logs-sink")).status_code == 200
    assert api.delete(at("gcs-logs-sink")).status_code == 200


def test_slow_fault_delays_a_new_route(simulator: ConnectSimulator, api: httpx.Client) -> None:
    """Fault.slow delays the status route too, then answers normally."""
    simulator.inject("gcs-logs-sink", Fault.slow(0.3, count=1))
    response = api.get(at("gcs-logs-sink", "/status"))
    assert response.status_code == 200
    assert response.elapsed.total_seconds() >= 0.3


def test_faults_stay_with_their_connector(simulator: ConnectSimulator, api: httpx.Client) -> None:
    """A fault on one connector leaves the collection routes and other connectors alone."""
    simulator.inject("gcs-logs-sink", Fault.errors(503, count=None))
    assert api.get("/connectors?expand=status").status_code == 200
    assert api.get(at("clickstream-s3-sink", "/status")).status_code == 200
    assert api.get(at("gcs-logs-sink", "/status")).status_code == 503


def test_rate_limit_headers_on_every_route() -> None:
    """X-RateLimit-* on each answer; past the limit a 429 with Retry-After and an empty body."""
    with ConnectSimulator(rate_limit=3, window=60) as simulator:
        auth = (simulator.api_key, simulator.api_secret)
        with httpx.Client(base_url=simulator.url + PREFIX, auth=auth) as client:
            answers = [
                client.get("/connectors"),
                client.put(at("gcs-logs-sink", "/pause")),
                client.get("/connector-plugins"),
                client.post("/connectors", json={"name": "late", "config": GCS_CONFIG}),
            ]
        assert [r.headers["x-ratelimit-remaining"] for r in answers] == ["2", "1", "0", "0"]
        assert all(r.headers["x-ratelimit-limit"] == "3" for r in answers)
        assert all(int(r.headers["x-ratelimit-reset"]) <= 60 for r in answers)
        refused = answers[-1]
        assert (refused.status_code, refused.content) == (429, b"")
        assert "retry-after" in refused.headers
        assert "retry-after" not in answers[0].headers
        assert "late" not in [c.name for c in simulator._api.connectors.values()]


def test_keep_alive_survives_refused_requests_with_bodies(
    connect_simulator: ConnectSimulator,
) -> None:
    """A refused request's body is read: the next request on the same connection is sound."""
    with httpx.Client(base_url=connect_simulator.url + PREFIX) as client:
        refused = client.post("/connectors", json={"name": "x", "config": GCS_CONFIG})
        auth = (connect_simulator.api_key, connect_simulator.api_secret)
        answered = client.get("/connectors", auth=auth)
    assert (refused.status_code, answered.status_code) == (401, 200)


def test_user_data_can_carry_state(tmp_path: Any) -> None:
    """connectors_from_json takes config, type, state, trace, task_states and offsets too."""
    path = tmp_path / "connectors.json"
    config = {"connector.class": "X", "name": "mine"}
    item = {"name": "mine", "tasks": [config], "type": "unknown", "state": "PAUSED", "offsets": []}
    path.write_text(json.dumps([item]))
    with ConnectSimulator(connectors_from_json(path)) as simulator:
        auth = (simulator.api_key, simulator.api_secret)
        status = httpx.get(simulator.url + PREFIX + at("mine", "/status"), auth=auth).json()
    assert (status["type"], status["connector"]["state"]) == ("unknown", "PAUSED")
    assert status["tasks"] == [{"id": 0, "state": "PAUSED", "worker_id": "mine", "msg": ""}]


# --- time: what a request starts happens after the delay ---------------------------------------


def test_steps_happen_in_the_order_they_were_asked_for(api: httpx.Client, clock: FakeClock) -> None:
    """Create then pause at once: PROVISIONING, then RUNNING, then PAUSED, each a delay after its request."""
    create(api)
    clock.advance(1.0)
    api.put(at("new-gcs-sink", "/pause"))
    assert state(api, "new-gcs-sink") == ("PROVISIONING", [])
    clock.advance(DELAY - 1.0)
    assert state(api, "new-gcs-sink") == ("RUNNING", ["RUNNING"] * 3)
    clock.advance(1.0)
    assert state(api, "new-gcs-sink") == ("PAUSED", ["PAUSED"] * 3)


def test_the_connector_method_shows_what_is_due(
    simulator: ConnectSimulator, api: httpx.Client, clock: FakeClock
) -> None:
    """sim.connector(name) applies what is due, as a read over HTTP does."""
    api.put(at("gcs-logs-sink", "/pause"))
    assert simulator.connector("gcs-logs-sink").state == "RUNNING"
    clock.advance(DELAY)
    assert simulator.connector("gcs-logs-sink").state == "PAUSED"


def test_a_deleted_connector_recreated_keeps_nothing_of_what_was_pending(api: httpx.Client, clock: FakeClock) -> None:
    """A pause still pending when its connector is deleted does not reach a new connector of that name."""
    create(api)
    clock.advance(DELAY)
    api.put(at("new-gcs-sink", "/pause"))
    assert api.delete(at("new-gcs-sink")).status_code == 200
    create(api)
    clock.advance(DELAY)
    assert state(api, "new-gcs-sink") == ("RUNNING", ["RUNNING"] * 3)


def test_zero_delay_means_the_next_read_sees_the_change() -> None:
    """transition_delay=0: a pause shows on the very next read."""
    with ConnectSimulator(transition_delay=0) as simulator, simulator.client() as client:
        client.pause_connector(ENV, CLUSTER, "gcs-logs-sink")
        assert client.read_connector_status(ENV, CLUSTER, "gcs-logs-sink").connector.state == "PAUSED"


@pytest.mark.parametrize("delay", [-0.1, float("nan"), float("inf")])
def test_a_transition_delay_that_is_not_a_duration_is_refused(delay: float) -> None:
    """A negative, NaN or infinite delay: ValueError naming it."""
    with pytest.raises(ValueError, match="transition_delay must be a number of seconds >= 0"):
        ConnectSimulator(transition_delay=delay)


def test_the_fixture_moves_in_real_time_without_a_throttled_connector(connect_simulator: ConnectSimulator) -> None:
    """The connect_simulator fixture: no throttled connector, and a created connector, polled through the client,
    is PROVISIONING at first and RUNNING after about 0.2 s."""
    assert connect_simulator.transition_delay == 0.2
    with connect_simulator.client() as client:
        assert "throttled-datagen" not in client.list_connectors(ENV, CLUSTER)
        body = {"name": "new-datagen", "config": {**GCS_CONFIG, "name": "new-datagen"}}
        started = time.monotonic()
        client.create_connector(ENV, CLUSTER, body=body)
        seen = [client.read_connector_status(ENV, CLUSTER, "new-datagen").connector.state]
        while seen[-1] != "RUNNING" and time.monotonic() - started < 10:
            time.sleep(0.02)
            seen.append(client.read_connector_status(ENV, CLUSTER, "new-datagen").connector.state)
        elapsed = time.monotonic() - started
    assert seen[0] == "PROVISIONING"
    assert seen[-1] == "RUNNING"
    assert 0.2 <= elapsed < 5


@pytest.mark.connect_simulator(throttled=True, transition_delay=0, rate_limit=50)
def test_the_marker_configures_the_fixture(connect_simulator: ConnectSimulator) -> None:
    """@pytest.mark.connect_simulator: throttled=True adds throttled-datagen; other keywords reach ConnectSimulator."""
    assert connect_simulator.transition_delay == 0
    connect_simulator.connector("throttled-datagen")
    auth = (connect_simulator.api_key, connect_simulator.api_secret)
    response = httpx.get(connect_simulator.url + PREFIX + "/connectors", auth=auth)
    assert response.headers["x-ratelimit-limit"] == "50"


# --- failures on demand, and restart ----------------------------------------------------------


def restart(api: httpx.Client, name: str) -> httpx.Response:
    return api.post(at(name, "/restart"))


def test_a_failed_task_shows_its_msg_and_restart_brings_it_back(
    simulator: ConnectSimulator, api: httpx.Client, clock: FakeClock
) -> None:
    """sim.fail(task=1): that task FAILED now with the trace as its msg; restart answers 202 with no body, and
    after the delay every task is RUNNING again."""
    simulator.fail("gcs-logs-sink", "org.apache.kafka.connect.errors.ConnectException: bucket gone", task=1)
    status = api.get(at("gcs-logs-sink", "/status")).json()
    assert status["connector"] == {"state": "RUNNING", "worker_id": "gcs-logs-sink", "trace": ""}
    assert [(t["state"], t["msg"]) for t in status["tasks"]] == [
        ("RUNNING", ""),
        ("FAILED", "org.apache.kafka.connect.errors.ConnectException: bucket gone"),
    ]
    response = restart(api, "gcs-logs-sink")
    assert (response.status_code, response.content) == (202, b"")
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING", "FAILED"])
    clock.advance(DELAY)
    status = api.get(at("gcs-logs-sink", "/status")).json()
    assert [(t["state"], t["msg"]) for t in status["tasks"]] == [("RUNNING", "")] * 2


def test_a_failed_connector_has_its_trace_and_restart_brings_it_back(
    simulator: ConnectSimulator, api: httpx.Client, clock: FakeClock
) -> None:
    """sim.fail(): the connector FAILED now with its trace; a restart makes it RUNNING after the delay."""
    simulator.fail("clickstream-s3-sink", "Access Denied (Service: Amazon S3; Status Code: 403)")
    status = api.get(at("clickstream-s3-sink", "/status")).json()
    assert status["connector"]["state"] == "FAILED"
    assert status["connector"]["trace"] == "Access Denied (Service: Amazon S3; Status Code: 403)"
    restart(api, "clickstream-s3-sink")
    clock.advance(DELAY)
    assert state(api, "clickstream-s3-sink") == ("RUNNING", ["RUNNING"] * 12)
    assert api.get(at("clickstream-s3-sink", "/status")).json()["connector"]["trace"] == ""


def test_the_seeded_failed_connector_restarts_with_its_tasks(api: httpx.Client, clock: FakeClock) -> None:
    """inventory-mysql-cdc, seeded FAILED without tasks: a restart runs it with tasks.max tasks."""
    restart(api, "inventory-mysql-cdc")
    clock.advance(DELAY)
    assert state(api, "inventory-mysql-cdc") == ("RUNNING", ["RUNNING"])


def test_restart_leaves_a_paused_connector_paused(api: httpx.Client, clock: FakeClock) -> None:
    """Restarting a PAUSED connector restarts nothing into RUNNING."""
    api.put(at("gcs-logs-sink", "/pause"))
    clock.advance(DELAY)
    restart(api, "gcs-logs-sink")
    clock.advance(DELAY)
    assert state(api, "gcs-logs-sink") == ("PAUSED", ["PAUSED"] * 2)


def test_failing_a_task_that_does_not_exist_says_so(simulator: ConnectSimulator, api: httpx.Client) -> None:
    """sim.fail(task=N) past the connector's tasks (none while PROVISIONING): ValueError saying how many it has."""
    with pytest.raises(ValueError, match="has 2 tasks now: there is no task 2"):
        simulator.fail("gcs-logs-sink", "boom", task=2)
    create(api)
    with pytest.raises(ValueError, match="has 0 tasks now"):
        simulator.fail("new-gcs-sink", "boom", task=0)
    with pytest.raises(KeyError):
        simulator.fail("no-such-connector", "boom")


def test_fail_on_create_provisions_then_fails_and_a_restart_recovers(
    simulator: ConnectSimulator, api: httpx.Client, clock: FakeClock
) -> None:
    """sim.fail_on_create: 201, PROVISIONING, then FAILED with the trace and no tasks; only that create; a restart
    then runs it."""
    simulator.fail_on_create("new-gcs-sink", "Unable to connect to the bucket: timed out")
    assert create(api).status_code == 201
    assert state(api, "new-gcs-sink") == ("PROVISIONING", [])
    clock.advance(DELAY)
    status = api.get(at("new-gcs-sink", "/status")).json()
    assert (status["connector"]["state"], status["tasks"]) == ("FAILED", [])
    assert status["connector"]["trace"] == "Unable to connect to the bucket: timed out"
    restart(api, "new-gcs-sink")
    clock.advance(DELAY)
    assert state(api, "new-gcs-sink") == ("RUNNING", ["RUNNING"] * 3)
    api.delete(at("new-gcs-sink"))
    create(api)
    clock.advance(DELAY)
    assert state(api, "new-gcs-sink")[0] == "RUNNING"


# --- masked secrets written back ----------------------------------------------------------------


def test_a_masked_secret_written_back_fails_with_an_authentication_trace(
    simulator: ConnectSimulator, api: httpx.Client, clock: FakeClock
) -> None:
    """The config read back (secrets masked) and PUT: the old state until the delay, then FAILED with no tasks and
    an authentication trace naming each masked key; a restart does not help; the real values do."""
    config = {**api.get(at("gcs-logs-sink", "/config")).json(), "flush.size": "2000"}
    assert api.put(at("gcs-logs-sink", "/config"), json=config).status_code == 200
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING"] * 2)
    clock.advance(DELAY)
    status = api.get(at("gcs-logs-sink", "/status")).json()
    assert (status["connector"]["state"], status["tasks"]) == ("FAILED", [])
    trace = status["connector"]["trace"]
    assert "kafka.api.key: Authentication failed: Provided Kafka ApiKey is invalid\n" in trace
    assert "kafka.api.secret: Authentication failed: Provided Kafka ApiKey is invalid\n" in trace
    assert "gcs.credentials.config: Authentication failed: the credentials are invalid\n" in trace
    assert status["validation_errors"] == trace.splitlines()[1:]
    restart(api, "gcs-logs-sink")
    clock.advance(DELAY)
    assert state(api, "gcs-logs-sink") == ("FAILED", [])
    assert simulator.connector("gcs-logs-sink").written == {**config, "name": "gcs-logs-sink"}
    api.put(at("gcs-logs-sink", "/config"), json={**GCS_CONFIG, "name": "gcs-logs-sink"})
    clock.advance(DELAY)
    status = api.get(at("gcs-logs-sink", "/status")).json()
    assert (status["connector"]["state"], status["validation_errors"]) == ("RUNNING", [])


@pytest.mark.parametrize("mask", ["***", "****************"])
def test_a_connector_created_with_a_mask_fails_after_provisioning(
    api: httpx.Client, clock: FakeClock, mask: str
) -> None:
    """Any run of three or more asterisks written as a secret (under any key): PROVISIONING, then FAILED naming
    the key; two asterisks are a value like any other."""
    assert create(api, **{"kafka.api.secret": mask, "snowflake.private.key": mask}).status_code == 201
    assert create(api, "two-stars", **{"kafka.api.secret": "**"}).status_code == 201
    assert state(api, "new-gcs-sink") == ("PROVISIONING", [])
    clock.advance(DELAY)
    trace = api.get(at("new-gcs-sink", "/status")).json()["connector"]["trace"]
    assert "kafka.api.secret: Authentication failed" in trace
    assert "snowflake.private.key: Authentication failed" in trace
    assert "kafka.api.key" not in trace
    assert state(api, "two-stars")[0] == "RUNNING"


def test_seeded_masks_stand_for_real_secrets(api: httpx.Client, clock: FakeClock) -> None:
    """Connectors the simulator was given hold real secrets it shows masked: pause, resume and restart keep them
    RUNNING."""
    for step in ("/pause", "/resume", "/restart"):
        api.request("PUT" if step != "/restart" else "POST", at("gcs-logs-sink", step))
        clock.advance(DELAY)
    assert state(api, "gcs-logs-sink") == ("RUNNING", ["RUNNING"] * 2)


def test_real_secrets_written_back_keep_it_running(api: httpx.Client, clock: FakeClock) -> None:
    """Read, change a key, supply the real secrets and PUT: RUNNING after the delay, the change applied."""
    config = {**api.get(at("orders-postgres-source", "/config")).json(), "table.whitelist": "orders,lines"}
    config["connection.password"] = "the-real-password"
    api.put(at("orders-postgres-source", "/config"), json=config)
    clock.advance(DELAY)
    assert state(api, "orders-postgres-source") == ("RUNNING", ["RUNNING"])
    tasks = api.get(at("orders-postgres-source", "/tasks")).json()
    assert tasks[0]["config"]["table.whitelist"] == "orders,lines"
    assert tasks[0]["config"]["connection.password"] == MASK


# --- offsets requests that fail, or overlap ------------------------------------------------------


def test_fail_next_offsets_request_goes_pending_then_failed(
    simulator: ConnectSimulator, api: httpx.Client, clock: FakeClock
) -> None:
    """sim.fail_next_offsets_request: PENDING, then FAILED with the message and the offsets untouched; the request
    after it applies."""
    simulator.fail_next_offsets_request("gcs-logs-sink", "Failed to alter offsets: the connector is not stopped")
    before = api.get(at("gcs-logs-sink", "/offsets")).json()["offsets"]
    request = api.post(at("gcs-logs-sink", "/offsets/request"), json={"type": "DELETE"}).json()
    assert api.get(at("gcs-logs-sink", "/offsets/request/status")).json()["status"] == {"phase": "PENDING"}
    clock.advance(DELAY)
    status = api.get(at("gcs-logs-sink", "/offsets/request/status")).json()
    assert status == {
        "request": request,
        "status": {"phase": "FAILED", "message": "Failed to alter offsets: the connector is not stopped"},
        "applied_at": None,
    }
    assert api.get(at("gcs-logs-sink", "/offsets")).json()["offsets"] == before
    api.post(at("gcs-logs-sink", "/offsets/request"), json={"type": "DELETE"})
    clock.advance(DELAY)
    assert api.get(at("gcs-logs-sink", "/offsets/request/status")).json()["status"]["phase"] == "APPLIED"
    assert api.get(at("gcs-logs-sink", "/offsets")).json()["offsets"] == []


def test_an_offsets_request_while_one_is_pending_is_a_409(api: httpx.Client, clock: FakeClock) -> None:
    """A second alteration before the first is applied: 409; once it is, a new one is accepted."""
    assert api.post(at("gcs-logs-sink", "/offsets/request"), json={"type": "DELETE"}).status_code == 202
    second = api.post(at("gcs-logs-sink", "/offsets/request"), json={"type": "DELETE"})
    assert second.status_code == 409
    assert "still pending" in second.json()["error"]["message"]
    clock.advance(DELAY)
    assert api.post(at("gcs-logs-sink", "/offsets/request"), json={"type": "DELETE"}).status_code == 202


# --- translate ---------------------------------------------------------------------------------

SELF_MANAGED_GCS = {
    "connector.class": "io.confluent.connect.gcs.GcsSinkConnector",
    "name": "logs-to-gcs",
    "tasks.max": "2",
    "topics": "logs",
    "gcs.bucket.name": "logs",
    "gcs.credentials.config": '{"private_key": "x"}',
    "flush.size": "1000",
    "value.converter": "org.apache.kafka.connect.json.JsonConverter",
    "value.converter.schemas.enable": "false",
    "format.class": "io.confluent.connect.gcs.format.json.JsonFormat",
}


def translate(api: httpx.Client, plugin: str, config: Any, query: str = "?mask_sensitive=true") -> httpx.Response:
    return api.put(f"/connector-plugins/{plugin}/config/translate{query}", json=config)


def test_translate_gives_the_managed_config_its_errors_and_warnings(api: httpx.Client) -> None:
    """PUT .../config/translate?mask_sensitive=true: the managed config (alias class, data format from the
    converter, secrets masked), keys the plugin lacks left out with a warning each, what is missing as errors."""
    response = translate(api, "GcsSink", SELF_MANAGED_GCS)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"config", "errors", "warnings"}
    assert body["config"] == {
        "connector.class": "GcsSink", "name": "logs-to-gcs", "tasks.max": "2", "topics": "logs",
        "gcs.bucket.name": "logs", "gcs.credentials.config": MASK, "flush.size": "1000", "data.format": "JSON",
    }  # fmt: skip
    assert {w["field"] for w in body["warnings"]} == {"value.converter.schemas.enable", "format.class"}
    assert all(set(w) == {"field", "message"} and "left out" in w["message"] for w in body["warnings"])
    assert {e["field"] for e in body["errors"]} == {"kafka.api.key", "kafka.api.secret", "time.interval"}
    assert all(e["message"].startswith("Missing required configuration") for e in body["errors"])


def test_translate_takes_a_java_class_two_plugins_share(api: httpx.Client) -> None:
    """DatagenSourceInternal, whose Java class DatagenSource shares: translated to the alias asked for."""
    config = {"connector.class": "io.confluent.kafka.connect.datagen.DatagenConnector", "kafka.topic": "t"}
    body = translate(api, "DatagenSourceInternal", config).json()
    assert body["config"]["connector.class"] == "DatagenSourceInternal"


def test_translate_without_masking_shows_the_values(api: httpx.Client) -> None:
    """mask_sensitive=false: secrets come back as given."""
    body = translate(api, "GcsSink", SELF_MANAGED_GCS, "?mask_sensitive=false").json()
    assert body["config"]["gcs.credentials.config"] == '{"private_key": "x"}'


@pytest.mark.parametrize(
    ("plugin", "config", "status", "text"),
    [
        ("NoSuchPlugin", SELF_MANAGED_GCS, 404, "connector plugin 'NoSuchPlugin' not found"),
        ("GcsSink", ["not", "a", "map"], 400, "config object of strings"),
        ("GcsSink", {"tasks.max": 2}, 400, "config object of strings"),
        ("GcsSink", {"connector.class": "com.example.Other"}, 400, "com.example.Other does not match"),
        ("GcsSink", {"connector.class": "S3_SINK"}, 400, "S3_SINK does not match request type GcsSink"),
    ],
)
def test_translate_refuses_what_it_cannot_translate(
    api: httpx.Client, plugin: str, config: Any, status: int, text: str
) -> None:
    """An unknown plugin is a 404; a body that is not a flat map of strings, or names another class, a 400."""
    response = translate(api, plugin, config)
    assert response.status_code == status
    assert text in response.json()["error"]["message"]


def serve(*arguments: str) -> subprocess.Popen[str]:
    """python -m confluent_connect.testing with `arguments`, its output piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "confluent_connect.testing", *arguments], stdout=subprocess.PIPE, text=True
    )


def command_line_api(process: subprocess.Popen[str]) -> httpx.Client:
    """Plain httpx on what the served simulator printed."""
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(3)]
    settings = dict(shlex.split(line)[1].split("=", 1) for line in lines)
    auth = (settings["CONFLUENT_CLOUD_API_KEY"], settings["CONFLUENT_CLOUD_API_SECRET"])
    return httpx.Client(base_url=settings["CONFLUENT_CLOUD_REST_ENDPOINT"] + PREFIX, auth=auth, timeout=5)


def test_command_line_takes_a_transition_delay_and_the_throttled_connector() -> None:
    """--transition-delay 30: a created connector is still PROVISIONING; --throttled adds throttled-datagen,
    which is not served without it."""
    with serve("--transition-delay", "30", "--throttled") as process:
        try:
            with command_line_api(process) as client:
                assert create(client).status_code == 201
                assert state(client, "new-gcs-sink") == ("PROVISIONING", [])
                assert "throttled-datagen" in client.get("/connectors").json()
        finally:
            process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    with serve("--transition-delay", "0") as process:
        try:
            with command_line_api(process) as client:
                create(client)
                assert state(client, "new-gcs-sink") == ("RUNNING", ["RUNNING"] * 3)
                assert "throttled-datagen" not in client.get("/connectors").json()
        finally:
            process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


@pytest.mark.parametrize("delay", ["-1", "inf", "soon"])
def test_command_line_refuses_a_delay_that_is_not_a_duration(delay: str) -> None:
    """--transition-delay must be a number of seconds >= 0: a usage error, exit code 2."""
    result = subprocess.run(
        [sys.executable, "-m", "confluent_connect.testing", "--transition-delay", delay],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode == 2
    assert "--transition-delay" in result.stderr


def test_the_readme_fake_clock_example_prints_what_its_comments_say() -> None:
    """The README's simulator example: RUNNING right after the pause, PAUSED once the clock has moved, then FAILED
    with the trace given."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A local Connect API for your tests", 1)[1].split("\n## ", 1)[0]
    [example] = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["RUNNING", "PAUSED", "FAILED ConnectException: bucket api-logs is gone"]
