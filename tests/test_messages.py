"""User-facing wording: one test per message, each provoked for real.

Messages already pinned elsewhere are not repeated here:
  --max-retries -1 in the CLI: test_cli.py::test_negative_max_retries_exits_2
  ConnectClient(api_key="k") naming api_secret:
      test_client.py::test_incomplete_credentials_are_refused
  a persistent 429 with its request id:
      test_retry.py::test_rate_limit_error_says_attempts_wait_and_request_id
  a refused connection, retried: test_client.py::test_connection_failure_is_a_transport_error
  an async token provider on the sync client:
      test_token_providers.py::test_async_provider_on_the_sync_client_is_refused_clearly
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import httpx
import pytest

from confluent_connect import (
    AsyncConnectClient,
    ConfigurationError,
    ConnectClient,
    InvalidArgumentError,
    RetryPolicy,
    ServerError,
    TransportError,
    cli,
)

KEY, SECRET = "FAKEKEY0000001", "fake-secret-not-real"
PATH = "/connect/v1/environments/env-1/clusters/lkc-1/connectors/c/tasks"
COMMANDS = ("connectors", "status", "tasks", "config")


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake credentials, and an endpoint where nothing listens: no request can leave."""
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", KEY)
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", SECRET)
    monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", f"http://127.0.0.1:{closed_port()}")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server on 127.0.0.1 that accepts connections and never answers; yields its port."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.05)
    stop = threading.Event()
    accepted: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        listener.close()


# --- 1. the CLI names what the user typed -------------------------------------------------


@pytest.mark.usefixtures("cli_credentials")
@pytest.mark.parametrize(
    ("argv", "typed", "internal"),
    [
        (("env-1", "lkc-1", ""), "CONNECTOR", "connector_name"),
        (("", "lkc-1", "c"), "ENVIRONMENT", "environment_id"),
        (("env-1", "", "c"), "CLUSTER", "kafka_cluster_id"),
    ],
    ids=["CONNECTOR", "ENVIRONMENT", "CLUSTER"],
)
def test_cli_empty_argument_is_named_as_typed(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], typed: str, internal: str
) -> None:
    """An empty positional argument is named by its metavar, not the client's parameter."""
    code, out, err = run_cli(capsys, "tasks", *argv, "--max-retries", "0")
    assert (code, out) == (2, "")
    assert err == f"confluent-connect: {typed} must not be empty\n"
    assert internal not in err


def test_cli_plain_http_endpoint_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unsafe CONFLUENT_CLOUD_REST_ENDPOINT is refused under that name, not base_url."""
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", KEY)
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", SECRET)
    monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", "http://example.com")
    code, out, err = run_cli(capsys, "tasks", "env-1", "lkc-1", "c", "--max-retries", "0")
    assert (code, out) == (2, "")
    assert err == (
        "confluent-connect: CONFLUENT_CLOUD_REST_ENDPOINT http://example.com is plain http to "
        "another machine: credentials would travel in clear text. Use https:// (plain http is "
        "allowed for localhost only).\n"
    )
    assert "base_url" not in err


# --- 2. an empty variable is not "not set" ------------------------------------------------


@pytest.mark.parametrize(
    ("empty", "other"),
    [
        ("CONFLUENT_CLOUD_API_KEY", "CONFLUENT_CLOUD_API_SECRET"),
        ("CONFLUENT_CLOUD_API_SECRET", "CONFLUENT_CLOUD_API_KEY"),
    ],
)
def test_library_says_an_empty_credential_variable_is_empty(
    monkeypatch: pytest.MonkeyPatch, empty: str, other: str
) -> None:
    """A variable set to "" is called empty, not "not set"."""
    monkeypatch.setenv(empty, "")
    monkeypatch.setenv(other, "fake-value")
    with pytest.raises(ConfigurationError) as caught:
        ConnectClient()
    message = str(caught.value)
    assert empty in message
    assert "empty" in message
    assert f"{empty} is not set," not in message


def test_cli_says_an_empty_api_key_variable_is_empty(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """CONFLUENT_CLOUD_API_KEY= with a secret set: exit 2, the variable called empty."""
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", "")
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", SECRET)
    monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", f"http://127.0.0.1:{closed_port()}")
    code, out, err = run_cli(capsys, "tasks", "env-1", "lkc-1", "c", "--max-retries", "0")
    assert (code, out) == (2, "")
    assert "CONFLUENT_CLOUD_API_KEY" in err
    assert "empty" in err
    assert "CONFLUENT_CLOUD_API_KEY is not set," not in err


# --- 3. the library names the keyword -----------------------------------------------------


def test_plain_http_base_url_names_base_url() -> None:
    """base_url= plain http to another machine is refused under the keyword's name."""
    with pytest.raises(ConfigurationError) as caught:
        ConnectClient(base_url="http://example.com", api_key=KEY, api_secret=SECRET)
    assert str(caught.value) == (
        "base_url http://example.com is plain http to another machine: credentials would "
        "travel in clear text. Use https:// (plain http is allowed for localhost only)."
    )


@pytest.mark.parametrize("kind", [ConnectClient, AsyncConnectClient])
def test_misspelt_keyword_names_the_class_called(
    kind: type[ConnectClient] | type[AsyncConnectClient],
) -> None:
    """A typo'd keyword is a TypeError naming the class the user called."""
    typo: dict[str, Any] = {"api_kye": KEY}
    with pytest.raises(TypeError) as caught:
        kind(**typo)
    message = str(caught.value)
    assert "'api_kye'" in message
    assert message.startswith(kind.__name__)
    assert "_BaseClient" not in message


# --- 4. transport errors in words ---------------------------------------------------------


def test_refused_connection_names_method_host_port_path_and_cause() -> None:
    """Nothing listening: method, host:port, path and "connection refused", no httpx names."""
    port = closed_port()
    client = ConnectClient(base_url=f"http://127.0.0.1:{port}", api_key=KEY, api_secret=SECRET, max_retries=0)
    with client, pytest.raises(TransportError) as caught:
        client.list_tasks("env-1", "lkc-1", "c")
    message = str(caught.value)
    assert message == (f"GET http://127.0.0.1:{port}{PATH}: could not connect to 127.0.0.1:{port} (connection refused)")
    assert "ConnectError:" not in message
    assert "httpx" not in message


def test_read_timeout_says_within_the_timeout(silent_server: int) -> None:
    """A server that accepts and never answers: "no complete answer ... within the timeout"."""
    port = silent_server
    client = ConnectClient(
        base_url=f"http://127.0.0.1:{port}",
        api_key=KEY,
        api_secret=SECRET,
        max_retries=0,
        timeout=0.2,
    )
    with client, pytest.raises(TransportError) as caught:
        client.list_tasks("env-1", "lkc-1", "c")
    message = str(caught.value)
    assert message == (
        f"GET http://127.0.0.1:{port}{PATH}: no complete answer from 127.0.0.1:{port} within the timeout"
    )
    assert "ReadTimeout" not in message
    assert "httpx" not in message


# --- 5. one wording for giving up ---------------------------------------------------------


def test_persistent_503_says_gave_up_with_attempts_wait_and_request_id() -> None:
    """A 503 outlasting the retries: "gave up after N attempts, S s waited", last request id."""
    request_ids = iter(["r-0", "r-1"])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            503,
            json={"error": {"code": 503, "message": "down"}},
            headers={"X-Request-Id": next(request_ids)},
        )

    client = ConnectClient(
        api_key=KEY,
        api_secret=SECRET,
        retry=RetryPolicy(max_retries=1, backoff_initial=0.1, jitter=False),
        transport=httpx.MockTransport(handler),
    )
    with client, pytest.raises(ServerError) as caught:
        client.list_tasks("env-1", "lkc-1", "c")
    assert str(caught.value) == (
        "503 Service Unavailable: down [gave up after 2 attempts, 0.1 s waited] (request id r-1)"
    )


# --- 6. list items by index ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["ok", ""], "connector_names[1] must not be empty"),
        (["x", 5], "connector_names[1] must be a string, not int"),
    ],
    ids=["empty", "not-a-string"],
)
def test_bad_item_of_connector_names_is_named_by_index(names: list[Any], message: str) -> None:
    """list_tasks_many names the bad item by its index, before any request."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    client = ConnectClient(api_key=KEY, api_secret=SECRET, transport=httpx.MockTransport(handler))
    with client, pytest.raises(InvalidArgumentError) as caught:
        client.list_tasks_many("env-1", "lkc-1", names)
    assert str(caught.value) == message
    assert sent == []


# --- 7. an HTML error page does not repeat the status -------------------------------------


def test_html_502_says_the_status_once() -> None:
    """nginx's 502 page reads "502 Bad Gateway: nginx", not the status twice."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            502,
            text="<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>",
            headers={"Content-Type": "text/html"},
        )

    client = ConnectClient(api_key=KEY, api_secret=SECRET, max_retries=0, transport=httpx.MockTransport(handler))
    with client, pytest.raises(ServerError) as caught:
        client.list_tasks("env-1", "lkc-1", "c")
    assert str(caught.value) == "502 Bad Gateway: nginx"


# --- 8. help and version ------------------------------------------------------------------


def test_help_names_the_environment_variables(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--help lists the three variables the command reads, and every command."""
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as caught:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert caught.value.code == 0
    assert "CONFLUENT_CLOUD_API_KEY, CONFLUENT_CLOUD_API_SECRET  a Cloud API key (required)" in out
    assert "CONFLUENT_CLOUD_REST_ENDPOINT  the API's address" in out
    for command in COMMANDS:
        assert command in out


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the program name and the installed distribution's version."""
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"confluent-connect {metadata.version('confluent-connect')}\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_documents_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Every command's --help documents --output and its two formats."""
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as caught:
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    assert caught.value.code == 0
    assert "--output {table,json}" in out
    assert "table (the default) or json; secrets masked in both" in out
