"""Waiting for a connector's state and for an offsets request, on both clients, on a fake clock: each poll is a real
call through the client (a scripted server answers), and time passes only when the wait sleeps."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import API_KEY, API_SECRET, CLUSTER, ENV, FAST

from confluent_connect import (
    AsyncConnectClient,
    ConnectClient,
    ConnectError,
    ConnectorFailedError,
    InvalidArgumentError,
    NotFoundError,
    WaitTimeoutError,
)

NAME = "gcs-logs-sink"


def status(state: str, *tasks: str, trace: str = "", msg: str = "", **extra: Any) -> httpx.Response:
    """A status body as the live service sends it."""
    body = {
        "name": NAME, "type": "sink", "connector": {"state": state, "worker_id": NAME, "trace": trace},
        "tasks": [{"id": n, "state": s, "worker_id": NAME, "msg": msg if s == "FAILED" else ""}
                  for n, s in enumerate(tasks)],
        **extra,
    }  # fmt: skip
    return httpx.Response(200, json=body)


def offsets(phase: str, message: str = "") -> httpx.Response:
    request = {"id": "lcc-1", "name": NAME, "offsets": [], "requested_at": "2024-02-20T15:14:19Z", "type": "PATCH"}
    return httpx.Response(200, json={"request": request, "status": {"phase": phase, "message": message}})


NOT_FOUND = httpx.Response(404, json={"error_code": 404, "message": f"Connector {NAME} not found"})


class Clock:
    """Time that passes only when the wait sleeps."""

    def __init__(self) -> None:
        self.now, self.sleeps = 0.0, list[float]()

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Waiter:
    """Runs a wait of either client against scripted answers (the last one repeats) on a fake clock."""

    def __init__(self, mode: str) -> None:
        self.mode, self.clock, self.paths = mode, Clock(), list[str]()

    def __call__(self, method: str, answers: list[httpx.Response], **kwargs: Any) -> Any:
        script = list(answers)

        def handler(request: httpx.Request) -> httpx.Response:
            self.paths.append(request.url.path)
            answer = script.pop(0) if len(script) > 1 else script[0]
            return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)

        options: dict[str, Any] = {"api_key": API_KEY, "api_secret": API_SECRET, "retry": FAST}
        options["transport"] = httpx.MockTransport(handler)
        kind = ConnectClient if self.mode == "sync" else AsyncConnectClient
        client = kind(**options)
        client._transport.clock = lambda: self.clock.now
        client._transport._sleep = self.clock.sleep if self.mode == "sync" else self.clock.async_sleep
        call: Callable[..., Any] = getattr(client, method)
        if isinstance(client, ConnectClient):
            with client:
                return call(ENV, CLUSTER, NAME, **kwargs)

        async def run() -> Any:
            async with client:
                return await call(ENV, CLUSTER, NAME, **kwargs)

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def wait(request: pytest.FixtureRequest) -> Waiter:
    return Waiter(request.param)


def test_returns_the_status_once_the_connector_and_every_task_run(wait: Waiter) -> None:
    """PROVISIONING, then RUNNING with a task not yet running, then all RUNNING: three polls, the last returned."""
    answers = [
        status("PROVISIONING"),
        status("RUNNING", "RUNNING", "UNASSIGNED"),
        status("RUNNING", "RUNNING", "RUNNING"),
    ]
    result = wait("wait_for_connector", answers)
    assert result.connector.state == "RUNNING"
    assert [task.state for task in result.tasks] == ["RUNNING", "RUNNING"]
    assert wait.clock.sleeps == [1.0, 1.5]
    assert wait.paths == [f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/{NAME}/status"] * 3


def test_polls_back_off_to_fifteen_seconds_and_never_busy_wait(wait: Waiter) -> None:
    """1 s, then half as long again each time, at most 15 s; every sleep is a real pause."""
    wait("wait_for_connector", [status("PROVISIONING")] * 12 + [status("RUNNING")])
    assert wait.clock.sleeps[:6] == [1.0, 1.5, 2.25, 3.375, 5.0625, 7.59375]
    assert max(wait.clock.sleeps) == 15.0
    assert min(wait.clock.sleeps) >= 1.0


def test_a_failed_task_ends_the_wait_with_its_trace(wait: Waiter) -> None:
    """ConnectorFailedError at once, carrying the status and quoting the task's trace (masked, on one line)."""
    trace = "org.apache.kafka.connect.errors.ConnectException: login failed\n\tat x.y(Z.java:1) password=hunter2-secret"
    with pytest.raises(ConnectorFailedError) as raised:
        wait("wait_for_connector", [status("PROVISIONING"), status("RUNNING", "RUNNING", "FAILED", msg=trace)])
    message = str(raised.value)
    assert message.startswith(f"connector {NAME!r}: task 1 is FAILED: org.apache.kafka.connect.errors.ConnectException")
    assert "hunter2-secret" not in message
    assert "\n" not in message
    assert raised.value.status.tasks[1].state == "FAILED"
    assert isinstance(raised.value, ConnectError)
    assert wait.clock.sleeps == [1.0]


def test_a_failed_connector_quotes_its_trace_and_validation_errors(wait: Waiter) -> None:
    """The connector's trace and the live service's validation_errors both reach the message, capped."""
    answer = status(
        "FAILED", trace="x" * 5000, validation_errors=["kafka.api.secret: Provided Kafka ApiKey is invalid"]
    )
    with pytest.raises(ConnectorFailedError) as raised:
        wait("wait_for_connector", [answer])
    message = str(raised.value)
    assert message.startswith(f"connector {NAME!r} is FAILED: kafka.api.secret: Provided Kafka ApiKey is invalid x")
    assert len(message) < 400


def test_a_failed_connector_is_named_before_its_failed_tasks(wait: Waiter) -> None:
    """Connector and task both FAILED: the connector's trace first, then each task's, one after the other."""
    answer = status("FAILED", "FAILED", "RUNNING", "FAILED", trace="connector trace", msg="task trace")
    with pytest.raises(ConnectorFailedError) as raised:
        wait("wait_for_connector", [answer])
    assert str(raised.value) == (
        f"connector {NAME!r} is FAILED: connector trace; task 0 is FAILED: task trace; task 2 is FAILED: task trace"
    )


def test_a_failed_task_without_a_trace_says_so(wait: Waiter) -> None:
    """A FAILED task that carries no msg at all is reported with "(no trace)"."""
    body = json.loads(status("RUNNING", "FAILED").content)
    del body["tasks"][0]["msg"]
    with pytest.raises(ConnectorFailedError) as raised:
        wait("wait_for_connector", [httpx.Response(200, json=body)])
    assert str(raised.value) == f"connector {NAME!r}: task 0 is FAILED: (no trace)"


@pytest.mark.parametrize(("length", "shown"), [(300, "x" * 300), (301, "x" * 299 + "…")])
def test_a_trace_is_cut_past_three_hundred_characters(wait: Waiter, length: int, shown: str) -> None:
    """Up to 300 characters of a trace are quoted whole; a longer one is cut to 299 and an ellipsis."""
    with pytest.raises(ConnectorFailedError) as raised:
        wait("wait_for_connector", [status("FAILED", trace="x" * length)])
    assert str(raised.value) == f"connector {NAME!r} is FAILED: {shown}"


def test_a_failure_still_there_when_the_grace_ends_is_raised_then(wait: Waiter) -> None:
    """failed_grace=1 with polls at 0 and 1 s: the poll at exactly 1 s is past the grace, so it raises."""
    with pytest.raises(ConnectorFailedError):
        wait("wait_for_connector", [status("RUNNING", "FAILED", msg="m")], failed_grace=1)
    assert wait.clock.sleeps == [1.0]


def test_waiting_for_failed_returns_a_failed_connector(wait: Waiter) -> None:
    """FAILED is a state like any other when it is the one asked for."""
    assert wait("wait_for_connector", [status("FAILED", trace="t")], state="FAILED").connector.state == "FAILED"


def test_waiting_for_failed_polls_past_a_failed_task(wait: Waiter) -> None:
    """A task failing first is on the way to what is awaited, not an error."""
    answers = [status("RUNNING", "FAILED", msg="boom"), status("FAILED", "FAILED", trace="t")]
    assert wait("wait_for_connector", answers, state="FAILED").connector.state == "FAILED"


def test_paused_is_the_connectors_state_whatever_the_tasks(wait: Waiter) -> None:
    """Waiting for PAUSED needs the connector PAUSED; its tasks follow in their own time."""
    result = wait("wait_for_connector", [status("RUNNING", "RUNNING"), status("PAUSED", "RUNNING")], state="paused")
    assert result.connector.state == "PAUSED"


def test_gives_up_after_the_timeout_with_the_last_state_seen(wait: Waiter) -> None:
    """WaitTimeoutError (a TimeoutError) names what it waited for and what it saw; it never sleeps past the timeout."""
    answers = [status("PROVISIONING"), status("RUNNING", "RUNNING", "UNASSIGNED", "RUNNING")]
    with pytest.raises(WaitTimeoutError) as raised:
        wait("wait_for_connector", answers, timeout=10)
    assert str(raised.value) == (
        f"gave up waiting for connector {NAME!r} to be RUNNING after 10 s: last seen RUNNING (tasks: RUNNING 2, "
        "UNASSIGNED 1)"
    )
    assert isinstance(raised.value, TimeoutError)
    assert raised.value.status is not None
    assert sum(wait.clock.sleeps) == 10.0


def test_a_connector_without_tasks_is_said_to_have_none(wait: Waiter) -> None:
    """The last state seen says "no tasks" rather than an empty list."""
    with pytest.raises(WaitTimeoutError) as raised:
        wait("wait_for_connector", [status("PROVISIONING")], timeout=3)
    assert str(raised.value).endswith("after 3 s: last seen PROVISIONING (no tasks)")


def test_a_wait_shorter_than_the_grace_for_404s_times_out_at_its_end(wait: Waiter) -> None:
    """Not found for the whole of a 2 s wait: polled at 0, 1 and 2 s, then WaitTimeoutError saying so (the 30 s grace
    for a connector just created is cut to the timeout, and the 404 at its very end is still within it)."""
    with pytest.raises(WaitTimeoutError) as raised:
        wait("wait_for_connector", [NOT_FOUND], timeout=2)
    assert str(raised.value) == f"gave up waiting for connector {NAME!r} to be RUNNING after 2 s: last seen not found"
    assert wait.clock.sleeps == [1.0, 1.0]
    assert len(wait.paths) == 3


def test_the_grace_for_404s_counts_from_the_start_of_the_wait(wait: Waiter) -> None:
    """On a clock far from zero (a monotonic clock never starts there), a 404 at once is still waited through."""
    wait.clock.now = 12345.0
    assert wait("wait_for_connector", [NOT_FOUND, status("RUNNING")]).connector.state == "RUNNING"
    assert wait.clock.sleeps == [1.0]


def test_a_connector_not_found_just_after_creation_is_waited_for(wait: Waiter) -> None:
    """404s at first are part of creating it: waited through, then RUNNING returns."""
    assert wait("wait_for_connector", [NOT_FOUND, NOT_FOUND, status("RUNNING")]).connector.state == "RUNNING"


def test_a_connector_never_found_raises_after_the_grace_period(wait: Waiter) -> None:
    """Past 30 s of 404s the NotFoundError is the answer."""
    with pytest.raises(NotFoundError):
        wait("wait_for_connector", [NOT_FOUND])
    assert 30.0 <= sum(wait.clock.sleeps) < 30.0 + 15.0


def test_a_connector_deleted_while_waited_for_raises_at_once(wait: Waiter) -> None:
    """Seen, then not found: it was deleted; no grace."""
    with pytest.raises(NotFoundError):
        wait("wait_for_connector", [status("PROVISIONING"), NOT_FOUND])
    assert wait.clock.sleeps == [1.0]


@pytest.mark.parametrize(
    ("kwargs", "argument", "problem"),
    [
        ({"state": ""}, "state", "must be a state such as RUNNING or PAUSED, not ''"),
        ({"state": 5}, "state", "must be a state such as RUNNING or PAUSED, not 5"),
        ({"timeout": 0}, "timeout", "must be a number of seconds > 0, not 0"),
        ({"timeout": float("nan")}, "timeout", "must be a number of seconds > 0, not nan"),
        ({"timeout": True}, "timeout", "must be a number of seconds > 0, not True"),
        ({"poll_interval": -1}, "poll_interval", "must be a number of seconds > 0, not -1"),
    ],
)
def test_bad_arguments_are_refused_before_the_first_poll(
    wait: Waiter, kwargs: dict[str, Any], argument: str, problem: str
) -> None:
    """InvalidArgumentError naming the argument and what is wrong with it; nothing is sent."""
    with pytest.raises(InvalidArgumentError) as raised:
        wait("wait_for_connector", [status("RUNNING")], **kwargs)
    assert (raised.value.argument, raised.value.problem) == (argument, problem)
    assert wait.paths == []


def test_an_offsets_request_is_waited_for_until_applied(wait: Waiter) -> None:
    """PENDING, PENDING, APPLIED: the final status comes back."""
    result = wait("wait_for_offsets_request", [offsets("PENDING"), offsets("PENDING"), offsets("APPLIED", "done")])
    assert result.status.phase == "APPLIED"
    assert wait.clock.sleeps == [1.0, 1.5]
    assert wait.paths[0].endswith(f"/connectors/{NAME}/offsets/request/status")


def test_a_failed_offsets_request_raises_with_its_message(wait: Waiter) -> None:
    """FAILED: ConnectorFailedError quoting the server's message, carrying the status."""
    with pytest.raises(ConnectorFailedError) as raised:
        wait("wait_for_offsets_request", [offsets("PENDING"), offsets("FAILED", "the connector must be stopped")])
    assert str(raised.value) == f"the offsets request for connector {NAME!r} FAILED: the connector must be stopped"
    assert raised.value.status.status.phase == "FAILED"


def test_an_offsets_request_still_pending_times_out(wait: Waiter) -> None:
    """PENDING past the timeout: WaitTimeoutError naming the phase."""
    with pytest.raises(WaitTimeoutError) as raised:
        wait("wait_for_offsets_request", [offsets("PENDING")], timeout=3)
    assert str(raised.value) == (
        f"gave up waiting for the offsets request for connector {NAME!r} to be APPLIED after 3 s: last seen PENDING"
    )


def test_polls_share_the_clients_retries(wait: Waiter) -> None:
    """A 429 on a poll is retried by the client as any call is; the wait goes on."""
    limited = httpx.Response(429, headers={"Retry-After": "0"})
    assert wait("wait_for_connector", [limited, status("RUNNING")]).connector.state == "RUNNING"
    assert len(wait.paths) == 2


def test_a_failure_within_the_grace_is_waited_through(wait: Waiter) -> None:
    """Right after a restart the status still reads FAILED: with failed_grace it is polled past, to RUNNING."""
    answers = [
        status("FAILED", "FAILED", trace="t", msg="m"),
        status("RUNNING", "FAILED", msg="m"),
        status("RUNNING", "RUNNING"),
    ]
    assert wait("wait_for_connector", answers, failed_grace=60).connector.state == "RUNNING"


def test_a_failure_that_outlasts_the_grace_is_raised(wait: Waiter) -> None:
    """FAILED still there once the grace is over: ConnectorFailedError, after the grace and not before."""
    with pytest.raises(ConnectorFailedError):
        wait("wait_for_connector", [status("RUNNING", "FAILED", msg="m")], failed_grace=5)
    assert wait.clock.sleeps == [1.0, 1.5, 2.25, 3.375]  # polled at 0, 1, 2.5, 4.75 (in the grace) and 8.125


@pytest.mark.parametrize("grace", [-1, float("inf"), "5", None])
def test_a_grace_that_is_not_seconds_is_refused(wait: Waiter, grace: Any) -> None:
    """InvalidArgumentError naming failed_grace, before any poll."""
    with pytest.raises(InvalidArgumentError, match="failed_grace must be a number of seconds >= 0"):
        wait("wait_for_connector", [status("RUNNING")], failed_grace=grace)
    assert wait.paths == []
