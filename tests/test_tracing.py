"""OpenTelemetry spans, read from the SDK's in-memory exporter: one client span per call, named after its operation,
with what the call did and nothing secret; nothing imported or recorded until `instrument()`."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from conftest import API_KEY, API_SECRET, CLUSTER, ENV, Connect, tasks_body

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from confluent_connect import (
    ConfigurationError,
    ConnectClient,
    NotFoundError,
    TransportError,
    instrument,
    uninstrument,
)
from confluent_connect.testing import ConnectSimulator

CONNECTOR = "orders-to-s3-private"  # a name that must not reach any attribute


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrument(tracer_provider=provider)
    try:
        yield exporter
    finally:
        uninstrument()


def only(exporter: InMemorySpanExporter) -> ReadableSpan:
    (span,) = exporter.get_finished_spans()
    return span


def everything_recorded(span: ReadableSpan) -> str:
    return repr([span.name, dict(span.attributes or {}), span.status.description, [e.attributes for e in span.events]])


def test_a_call_through_the_simulator_is_one_client_span_with_what_it_did(spans: InMemorySpanExporter) -> None:
    with ConnectSimulator() as simulator, simulator.client() as client:
        client.list_tasks("env-demo1", "lkc-demo1", "gcs-logs-sink")
    span = only(spans)
    assert (span.name, span.kind) == ("list_connector_tasks", SpanKind.CLIENT)
    attributes = dict(span.attributes or {})
    assert attributes["http.request.method"] == "GET"
    template = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/tasks"
    assert attributes["url.template"] == template
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["http.response.status_code"] == 200
    assert attributes["http.request.resend_count"] == 0
    assert str(attributes["confluent_connect.request_id"]).startswith("sim-")
    assert span.status.status_code is StatusCode.UNSET


def test_a_call_sending_a_body_is_named_after_its_operation_too(connect: Connect, spans: InMemorySpanExporter) -> None:
    """A write (a JSON body sent) is as much its operation's span as a read: its name, its path's template."""
    answer = {"name": CONNECTOR, "config": {"connector.class": "S", "name": CONNECTOR}, "tasks": [], "type": "sink"}
    body = {"connector.class": "S", "name": CONNECTOR}
    connect.call(lambda _: httpx.Response(200, json=answer), "create_or_update_connector_config", ENV, CLUSTER,
                 CONNECTOR, body=body)  # fmt: skip
    span = only(spans)
    template = (
        "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config"
    )
    assert (span.name, span.kind) == ("create_or_update_connector_config", SpanKind.CLIENT)
    assert dict(span.attributes or {})["url.template"] == template


def test_retries_and_waits_are_counted_on_the_span(connect: Connect, spans: InMemorySpanExporter) -> None:
    answers = [httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json=tasks_body())]
    connect.call(lambda _: answers.pop(0), "list_tasks", ENV, CLUSTER, CONNECTOR)
    attributes = dict(only(spans).attributes or {})
    assert attributes["http.request.resend_count"] == 1
    assert attributes["confluent_connect.waited"] == 0.0


def test_a_failure_is_an_error_span_with_the_masked_message_and_no_secret(
    connect: Connect, spans: InMemorySpanExporter
) -> None:
    said = {"error": {"code": 404, "message": f"no connector for key {API_KEY} secret {API_SECRET}"}}
    with pytest.raises(NotFoundError):
        connect.call(lambda _: httpx.Response(404, json=said), "list_tasks", ENV, CLUSTER, CONNECTOR)
    span = only(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert "404 Not Found: no connector for key" in (span.status.description or "")
    assert dict(span.attributes or {})["error.type"] == "NotFoundError"
    recorded = everything_recorded(span)
    for secret in (API_SECRET, CONNECTOR):
        assert secret not in recorded


def test_a_transport_failure_records_no_secret_httpx_quoted(connect: Connect, spans: InMemorySpanExporter) -> None:
    """httpx's own error text can quote a header: it is chained below our masked TransportError, and not recorded."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused, with Authorization: Basic {API_SECRET}", request=request)

    with pytest.raises(TransportError):
        connect.call(refuse, "list_tasks", ENV, CLUSTER, CONNECTOR, options={"max_retries": 0})
    span = only(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["error.type"] == "TransportError"
    assert API_SECRET not in everything_recorded(span)
    assert CONNECTOR not in everything_recorded(span)  # the error names its URL; the span has the template
    assert (
        span.status.description
        == "could not connect to api.confluent.cloud:443 (refused, with Authorization: [redacted])"
    )


def test_the_span_is_current_for_what_the_call_logs_and_ends_after_it(
    connect: Connect, spans: InMemorySpanExporter
) -> None:
    """A span the application opened around the call is the call span's parent."""
    from opentelemetry import trace

    provider = TracerProvider()
    with provider.get_tracer("app").start_as_current_span("app-step") as parent:
        connect.call(lambda _: httpx.Response(200, json=tasks_body()), "list_tasks", ENV, CLUSTER, "c")
    span = only(spans)
    assert span.parent is not None
    assert span.parent.span_id == parent.get_span_context().span_id
    assert trace.get_current_span().get_span_context().is_valid is False


def test_without_instrument_nothing_is_recorded_or_imported() -> None:
    script = """
import sys, httpx
from confluent_connect import ConnectClient
transport = httpx.MockTransport(lambda _: httpx.Response(200, json=[]))
with ConnectClient(api_key="KEY00001", api_secret="secret-0001", transport=transport) as client:
    client.list_tasks("env", "lkc", "c")
print(sorted(name for name in sys.modules if name.startswith("opentelemetry")))
"""
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_instrument_without_opentelemetry_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # what an environment without the extra gives
    with pytest.raises(ConfigurationError, match=r"pip install 'confluent-connect\[otel\]'"):
        instrument()


def test_list_tasks_many_on_threads_makes_children_of_the_callers_span(spans: InMemorySpanExporter) -> None:
    """The sync client fans out on threads: each call's span has the application's span as parent, not a trace of
    its own."""
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=tasks_body()))
    provider = TracerProvider()
    client = ConnectClient(api_key=API_KEY, api_secret=API_SECRET, transport=transport)
    with client, provider.get_tracer("app").start_as_current_span("app-step") as parent:
        client.list_tasks_many(ENV, CLUSTER, ["a", "b", "c"], concurrency=3)
    calls = spans.get_finished_spans()
    assert len(calls) == 3
    assert {span.parent.span_id if span.parent else None for span in calls} == {parent.get_span_context().span_id}


def test_a_request_id_echoing_a_secret_is_masked_on_the_span(connect: Connect, spans: InMemorySpanExporter) -> None:
    """The request id is a header a server or proxy fills: masked there as in the errors' messages."""
    answer = httpx.Response(200, json=tasks_body(), headers={"X-Request-Id": f"req {API_SECRET}"})
    connect.call(lambda _: answer, "list_tasks", ENV, CLUSTER, CONNECTOR)
    assert API_SECRET not in everything_recorded(only(spans))
    assert dict(only(spans).attributes or {})["confluent_connect.request_id"] == "req [redacted]"


def test_an_error_not_of_this_package_is_recorded_by_type_not_by_message(spans: InMemorySpanExporter) -> None:
    """A token provider's own exception (or any other not ours) may say anything: its text is not exported."""

    def provider() -> str:
        raise RuntimeError(f"vault refused the lease for {API_SECRET}")

    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=tasks_body()))
    with ConnectClient(token=provider, transport=transport) as client, pytest.raises(RuntimeError):
        client.list_tasks(ENV, CLUSTER, CONNECTOR)
    span = only(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert dict(span.attributes or {})["error.type"] == "RuntimeError"
    assert "vault" not in everything_recorded(span)
