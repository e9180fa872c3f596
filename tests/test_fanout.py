"""list_tasks_many: every name gets a result, within the concurrency asked for."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from conftest import CLUSTER, ENV, Connect, tasks_body

from confluent_connect import ConnectorTask, InvalidArgumentError, NotFoundError, ServerError


def by_name(request: httpx.Request) -> httpx.Response:
    name = request.url.path.split("/")[-2]
    if name.startswith("missing"):
        return httpx.Response(404, json={"error": {"code": 404, "message": f"{name} not found"}})
    if name.startswith("broken"):
        return httpx.Response(500, json={"error_code": 500, "message": "boom"})
    return httpx.Response(200, json=tasks_body(name, count=int(name.rsplit("-", 1)[-1])))


def test_every_name_gets_its_tasks_or_its_error(connect: Connect) -> None:
    """Failures are results too: one connector's error costs no other's tasks."""
    names = ["ok-1", "missing-a", "ok-3", "broken-b", "ok-2"]
    results = connect.call(by_name, "list_tasks_many", ENV, CLUSTER, names, options={"max_retries": 1})
    assert list(results) == names
    assert [len(results[n]) for n in ("ok-1", "ok-3", "ok-2")] == [1, 3, 2]
    assert all(isinstance(t, ConnectorTask) for t in results["ok-3"])
    assert isinstance(results["missing-a"], NotFoundError)
    assert str(results["missing-a"]) == "404 Not Found: missing-a not found"
    assert isinstance(results["broken-b"], ServerError)


def test_concurrency_is_bounded(connect: Connect) -> None:
    """No more than `concurrency` requests are in flight at once."""
    in_flight, peak = 0, 0
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.005)  # MockTransport calls this synchronously, also from async code
        with lock:
            in_flight -= 1
        return httpx.Response(200, json=[])

    names = [f"c-{n}" for n in range(20)]
    results = connect.call(handler, "list_tasks_many", ENV, CLUSTER, names, concurrency=3)
    assert len(results) == 20
    assert peak <= 3
    if connect.mode == "sync":
        assert peak == 3


def test_repeated_names_are_listed_once(connect: Connect) -> None:
    """A name given twice is fetched once and appears once."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json=[])

    results = connect.call(handler, "list_tasks_many", ENV, CLUSTER, ["a", "b", "a"])
    assert list(results) == ["a", "b"]
    assert len(sent) == 2


def test_no_names_no_requests(connect: Connect) -> None:
    """An empty list gives an empty result."""
    assert connect.call(by_name, "list_tasks_many", ENV, CLUSTER, []) == {}


@pytest.mark.parametrize(
    ("names", "concurrency", "argument"),
    [
        (["ok-1", ".."], 4, "connector_names[1]"),
        (["ok-1", ""], 4, "connector_names[1]"),
        (["ok-1", 5], 4, "connector_names[1]"),
        (["ok-1", ["unhashable"]], 4, "connector_names[1]"),
        (["ok-1", "\ud800"], 4, "connector_names[1]"),
        ("ok-1", 4, "connector_names"),
        (["ok-1"], 0, "concurrency"),
        (["ok-1"], True, "concurrency"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    connect: Connect, names: object, concurrency: object, argument: str
) -> None:
    """One bad name stops the whole call before the first request."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    with pytest.raises(InvalidArgumentError) as caught:
        connect.call(handler, "list_tasks_many", ENV, CLUSTER, names, concurrency=concurrency)
    assert caught.value.argument == argument
    assert sent == []
