"""Changing connectors end to end against the simulator, which moves in time as the live service does: create and
wait, patch and stay RUNNING, pause/resume, a task that fails, restart, offsets, on both clients."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

from confluent_connect import ConnectorFailedError, WaitTimeoutError
from confluent_connect.testing import ConnectSimulator

ENV, CLUSTER = "env-demo1", "lkc-demo1"
CONFIG = {
    "connector.class": "DatagenSource", "name": "orders", "kafka.auth.mode": "KAFKA_API_KEY",
    "kafka.api.key": "KEY-1", "kafka.api.secret": "secret-1", "kafka.topic": "orders",
    "output.data.format": "JSON", "quickstart": "ORDERS", "tasks.max": "2",
}  # fmt: skip
FAST = {"poll_interval": 0.05, "timeout": 10.0}
OFFSETS = [{"partition": {"kafka_partition": 0, "kafka_topic": "api-logs"}, "offset": {"kafka_offset": 7}}]


class Story:
    """Runs a script of client calls on a sync or an async client of the simulator: each step is (method, args,
    kwargs); the results come back in order."""

    def __init__(self, mode: str, simulator: ConnectSimulator) -> None:
        self.mode, self.simulator = mode, simulator

    def __call__(self, *steps: tuple[str, tuple[Any, ...], dict[str, Any]]) -> list[Any]:
        if self.mode == "sync":
            with self.simulator.client() as client:
                return [getattr(client, method)(*args, **kwargs) for method, args, kwargs in steps]

        async def run() -> list[Any]:
            async with self.simulator.async_client() as client:
                return [await getattr(client, method)(*args, **kwargs) for method, args, kwargs in steps]

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def story(request: pytest.FixtureRequest, connect_simulator: ConnectSimulator) -> Story:
    return Story(request.param, connect_simulator)


def step(method: str, *args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    return method, args, kwargs


def test_a_new_connector_is_waited_for_until_it_and_its_tasks_run(story: Story) -> None:
    """Create answers at once; the status says PROVISIONING; the wait returns RUNNING with both tasks."""
    created, first, final = story(
        step("create_connector", ENV, CLUSTER, body={"name": "orders", "config": CONFIG}),
        step("read_connector_status", ENV, CLUSTER, "orders"),
        step("wait_for_connector", ENV, CLUSTER, "orders", **FAST),
    )
    assert created.name == "orders"
    assert first.connector.state == "PROVISIONING"
    assert final.connector.state == "RUNNING"
    assert [task.state for task in final.tasks] == ["RUNNING", "RUNNING"]


def test_a_connector_that_fails_on_creation_ends_the_wait(story: Story, connect_simulator: ConnectSimulator) -> None:
    """FAILED after provisioning: ConnectorFailedError quoting the trace."""
    connect_simulator.fail_on_create("orders", "org.apache.kafka.common.errors.TopicAuthorizationException: orders")
    with pytest.raises(ConnectorFailedError, match=r"is FAILED: .*TopicAuthorizationException"):
        story(
            step("create_connector", ENV, CLUSTER, body={"name": "orders", "config": CONFIG}),
            step("wait_for_connector", ENV, CLUSTER, "orders", **FAST),
        )


def test_a_task_that_fails_while_waiting_is_named_with_its_trace(
    story: Story, connect_simulator: ConnectSimulator
) -> None:
    """Pause, a task fails, wait for RUNNING after resume: the task and its trace are in the error."""
    story(step("pause_connector", ENV, CLUSTER, "gcs-logs-sink"))
    connect_simulator.fail("gcs-logs-sink", "java.io.IOException: bucket api-logs is gone", task=1)
    with pytest.raises(ConnectorFailedError) as raised:
        story(step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", **FAST))
    assert "task 1 is FAILED: java.io.IOException: bucket api-logs is gone" in str(raised.value)
    assert raised.value.status.tasks[1].state == "FAILED"


def test_restart_brings_a_failed_task_back(story: Story, connect_simulator: ConnectSimulator) -> None:
    """restart_connector answers None at once; after the delay the wait sees every task RUNNING."""
    connect_simulator.fail("gcs-logs-sink", "java.lang.OutOfMemoryError", task=0)
    restarted, status = story(
        step("restart_connector", ENV, CLUSTER, "gcs-logs-sink"),
        step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", failed_grace=5, **FAST),
    )
    assert restarted is None
    assert {task.state for task in status.tasks} == {"RUNNING"}


def test_without_a_grace_a_wait_right_after_restart_sees_the_failure_still_there(
    story: Story, connect_simulator: ConnectSimulator
) -> None:
    """The service acts after the call returns: the FAILED task is still read, and ends a wait that allows no grace."""
    connect_simulator.fail("gcs-logs-sink", "java.lang.OutOfMemoryError", task=0)
    with pytest.raises(ConnectorFailedError, match=r"task 0 is FAILED: java\.lang\.OutOfMemoryError"):
        story(
            step("restart_connector", ENV, CLUSTER, "gcs-logs-sink"),
            step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", **FAST),
        )


def test_pause_and_resume_are_waited_for(story: Story) -> None:
    """PAUSED after the delay, then RUNNING again."""
    _, paused, _, running = story(
        step("pause_connector", ENV, CLUSTER, "gcs-logs-sink"),
        step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", state="PAUSED", **FAST),
        step("resume_connector", ENV, CLUSTER, "gcs-logs-sink"),
        step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", **FAST),
    )
    assert paused.connector.state == "PAUSED"
    assert running.connector.state == "RUNNING"


def test_a_state_never_reached_times_out(story: Story) -> None:
    """Waiting for PAUSED without pausing: WaitTimeoutError with the state last seen."""
    with pytest.raises(WaitTimeoutError, match="last seen RUNNING"):
        story(
            step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", state="PAUSED", poll_interval=0.05, timeout=0.3)
        )


def test_a_patch_with_its_secrets_keeps_the_connector_running(
    story: Story, connect_simulator: ConnectSimulator
) -> None:
    """The real secrets supplied, the connector comes back RUNNING with the new task count."""
    secrets = {"kafka.api.key": "KEY-2", "kafka.api.secret": "secret-2", "gcs.credentials.config": "{}"}
    (config,) = story(step("update_connector_config", ENV, CLUSTER, "gcs-logs-sink", set={"tasks.max": "3", **secrets}))
    time.sleep(connect_simulator.transition_delay * 2)  # the service applies a config after the call returns
    (status,) = story(step("wait_for_connector", ENV, CLUSTER, "gcs-logs-sink", **FAST))
    assert config["tasks.max"] == "3"
    assert status.connector.state == "RUNNING"
    assert len(status.tasks) == 3


def test_an_offsets_request_is_waited_for_until_applied(story: Story) -> None:
    """The alteration is PENDING, then APPLIED; the offsets read afterwards are the new ones."""
    requested, status, offsets = story(
        step(
            "alter_connector_offsets_request", ENV, CLUSTER, "gcs-logs-sink", body={"type": "PATCH", "offsets": OFFSETS}
        ),
        step("wait_for_offsets_request", ENV, CLUSTER, "gcs-logs-sink", **FAST),
        step("get_connector_offsets", ENV, CLUSTER, "gcs-logs-sink"),
    )
    assert requested.type_ == "PATCH"
    assert status.status.phase == "APPLIED"
    assert {"kafka_partition": 0, "kafka_topic": "api-logs"} in [dict(o.partition) for o in offsets.offsets]


def test_a_failed_offsets_request_raises(story: Story, connect_simulator: ConnectSimulator) -> None:
    """FAILED: ConnectorFailedError with the server's message."""
    connect_simulator.fail_next_offsets_request("gcs-logs-sink", "the connector must be paused first")
    with pytest.raises(ConnectorFailedError, match="FAILED: the connector must be paused first"):
        story(
            step("alter_connector_offsets_request", ENV, CLUSTER, "gcs-logs-sink", body={"type": "DELETE"}),
            step("wait_for_offsets_request", ENV, CLUSTER, "gcs-logs-sink", **FAST),
        )


def test_the_simulator_fails_a_connector_given_a_mask_the_client_would_refuse(
    connect_simulator: ConnectSimulator,
) -> None:
    """What the client's mask check prevents, seen without it: a raw PUT of the read config stores the asterisks, and
    the connector goes FAILED with an authentication trace after the delay."""
    with connect_simulator.client() as client:
        config = dict(client.get_connector_config(ENV, CLUSTER, "gcs-logs-sink"))
        path = f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/gcs-logs-sink/config"
        put: Callable[..., Any] = client._http.put
        put(path, json=config).raise_for_status()
        time.sleep(connect_simulator.transition_delay * 2)
        with pytest.raises(ConnectorFailedError, match="is FAILED"):
            client.wait_for_connector(ENV, CLUSTER, "gcs-logs-sink", **FAST)
