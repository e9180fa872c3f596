"""ConnectClient and AsyncConnectClient: construction, credentials, listing, typed errors."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import threading
from typing import Any

import httpx
import pytest
from conftest import API_KEY, API_SECRET, CLUSTER, ENV, Connect, tasks_body, tasks_path

from confluent_connect import (
    AsyncConnectClient,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ConnectClient,
    ConnectorTask,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    cli,
)
from confluent_connect_api.api.status import list_connector_tasks


def ok(body: Any = None) -> httpx.Response:
    return httpx.Response(200, json=tasks_body() if body is None else body)


# --- construction -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [ConnectClient, AsyncConnectClient])
def test_no_credentials_is_a_clear_error_naming_the_variables(kind: type) -> None:
    """Without arguments or environment, construction fails and says what to set."""
    with pytest.raises(ConfigurationError) as caught:
        kind()
    assert "CONFLUENT_CLOUD_API_KEY" in str(caught.value)
    assert "CONFLUENT_CLOUD_API_SECRET" in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"api_key": "k"}, "api_secret is missing"),
        ({"api_secret": "s"}, "api_key is missing"),
        ({"api_key": "", "api_secret": "s"}, "api_key is missing"),
        ({"token": ""}, "token is empty"),
        ({"token": " \n\t"}, "token is only whitespace"),
        ({"api_key": 123, "api_secret": "s"}, "api_key is missing, empty or not a string, but api_secret was given"),
        ({"api_key": "k", "api_secret": b"s"}, "api_secret is missing, empty or not a string, but api_key was given"),
        ({"api_key": " ", "api_secret": None}, "api_key is missing, empty or not a string$"),
        ({"token": 42}, "token must be a string or a callable"),
        ({"api_key": "k", "api_secret": "s", "max_retries": -1}, "max_retries must be"),
    ],
)
def test_incomplete_credentials_are_refused(options: dict[str, Any], message: str) -> None:
    """Half a key pair, an empty token or a token of the wrong type fails at construction."""
    with pytest.raises(ConfigurationError, match=message):
        ConnectClient(**options)


def test_only_one_environment_variable_names_the_missing_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CONFLUENT_CLOUD_API_KEY without its secret says which is missing."""
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", "k")
    with pytest.raises(ConfigurationError, match="CONFLUENT_CLOUD_API_SECRET is not set"):
        ConnectClient()


def basic(key: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()


def test_api_key_arguments_are_sent_as_basic_auth(connect: Connect) -> None:
    """api_key= and api_secret= become HTTP Basic, key ID as user name."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return ok()

    connect.list_tasks(handler)
    assert seen == [basic(API_KEY, API_SECRET)]


def test_environment_credentials_are_used_last(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment's key pair is used when no argument gives credentials."""
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", "env-key")
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", "env-secret")
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return ok()

    connect.list_tasks(handler, api_key=None, api_secret=None, token=None)
    connect.list_tasks(handler, token="tok-from-argument")
    assert seen == [basic("env-key", "env-secret"), "Bearer tok-from-argument"]


def test_api_key_wins_over_token(connect: Connect) -> None:
    """First match wins: a key pair given as arguments beats a token argument."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return ok()

    connect.list_tasks(handler, api_key="k", api_secret="s", token="t")
    assert seen == [basic("k", "s")]


def test_token_callable_is_asked_again_after_a_401(connect: Connect) -> None:
    """A token callable is asked once, then again when the server answers 401; the call succeeds."""
    issued = iter(["token-1", "token-2", "token-3"])
    asked: list[str] = []
    seen: list[str | None] = []

    def provider() -> str:
        asked.append(token := next(issued))
        return token

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        if request.headers["authorization"] == "Bearer token-1":
            return httpx.Response(401, json={"error": {"code": 401, "message": "expired"}})
        return ok()

    tasks = connect.list_tasks(handler, token=provider)
    assert len(tasks) == 2
    assert asked == ["token-1", "token-2"]
    assert seen == ["Bearer token-1", "Bearer token-2"]


def test_fixed_token_is_not_replayed_after_a_401(connect: Connect) -> None:
    """A token string cannot be refreshed: the 401 is an AuthenticationError at once."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(401, json={"error": {"code": 401, "message": "Unauthorized"}})

    with pytest.raises(AuthenticationError, match="401 Unauthorized: Unauthorized"):
        connect.list_tasks(handler, token="fixed-token")
    assert len(calls) == 1


def test_second_401_after_refresh_is_an_authentication_error(connect: Connect) -> None:
    """The request is replayed once; a second 401 is final."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": {"code": 401, "message": "bad token"}})

    with pytest.raises(AuthenticationError, match="bad token"):
        connect.list_tasks(handler, token=lambda: "always-rejected")


@pytest.mark.parametrize(
    ("env", "argument", "expected"),
    [
        (None, None, "https://api.confluent.cloud"),
        ("https://env.example.com", None, "https://env.example.com"),
        ("https://env.example.com", "https://arg.example.com", "https://arg.example.com"),
        (None, "http://localhost:8080", "http://localhost:8080"),
        (None, "http://127.0.0.5:1", "http://127.0.0.5:1"),
        (None, "http://[::1]:9", "http://[::1]:9"),
    ],
)
def test_base_url_comes_from_argument_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch, env: str | None, argument: str | None, expected: str
) -> None:
    """base_url=, else CONFLUENT_CLOUD_REST_ENDPOINT, else Confluent's endpoint."""
    if env:
        monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", env)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return ok()

    with ConnectClient(
        api_key="k", api_secret="s", base_url=argument, transport=httpx.MockTransport(handler)
    ) as client:
        client.list_tasks(ENV, CLUSTER, "c")
    assert seen == [expected + tasks_path("c")]


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://api.confluent.cloud", "clear text"),
        ("http://10.0.0.1", "clear text"),
        ("http://localhost.evil.com", "clear text"),
        ("ftp://api.confluent.cloud", "https:// URL"),
        ("https://user:pw@api.confluent.cloud", "must not carry credentials"),
        ("https://api.confluent.cloud?x=1", "query or fragment"),
        ("not a url", "https:// URL with a host"),
    ],
)
def test_unsafe_base_url_is_refused(base_url: str, message: str) -> None:
    """Plain http beyond loopback, credentials in the URL and non-HTTP schemes are refused."""
    with pytest.raises(ConfigurationError, match=message):
        ConnectClient(api_key="k", api_secret="s", base_url=base_url)


@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://admin:PLANTED-pw@api.confluent.cloud/",  # refused for its scheme, but user info is never repeated
        "http://admin:PLANTED-pw@10.0.0.1",
        "https://api.confluent.cloud/?token=PLANTED-pw",
        "https://api.confluent.cloud/#PLANTED-pw",
        "ftp://api.confluent.cloud/?key=PLANTED-pw",
        "http://example.com/?password=PLANTED-pw",
        "https://admin:PLANTED-pw@[::1",  # not even a URL
    ],
)
def test_a_refused_base_url_is_not_repeated_with_its_secrets(
    base_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """User info, a query and a fragment can carry credentials: the refusal never quotes them, in the library or
    on the CLI's stderr."""
    with pytest.raises(ConfigurationError) as caught:
        ConnectClient(api_key="k", api_secret="s", base_url=base_url)
    assert "PLANTED" not in str(caught.value)
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", "k")
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", "s")
    monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", base_url)
    assert cli.main(["tasks", ENV, CLUSTER, "c"]) == 2
    err = capsys.readouterr().err
    assert "CONFLUENT_CLOUD_REST_ENDPOINT" in err
    assert "PLANTED" not in err


def test_sync_client_reuses_one_connection_pool() -> None:
    """Two calls go through one httpx client; close() closes it; the context manager too."""
    client = ConnectClient(api_key="k", api_secret="s", transport=httpx.MockTransport(lambda r: ok()))
    pool = client._http
    client.list_tasks(ENV, CLUSTER, "a")
    client.list_tasks(ENV, CLUSTER, "b")
    assert client._http is pool
    with client:
        pass
    assert pool.is_closed


def test_async_client_closes_its_pool() -> None:
    """aclose() and `async with` close the async pool."""

    async def run() -> httpx.AsyncClient:
        async with AsyncConnectClient(
            api_key="k", api_secret="s", transport=httpx.MockTransport(lambda r: ok())
        ) as client:
            await client.list_tasks(ENV, CLUSTER, "a")
            return client._http

    assert asyncio.run(run()).is_closed


@pytest.mark.parametrize("kind", [ConnectClient, AsyncConnectClient])
def test_cookies_are_read_only_from_responses_that_set_some(kind: type, monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx's cookie extraction (every header copied into an email message) runs only for a response carrying
    Set-Cookie; a cookie set is still kept and sent back, as httpx does."""
    extracted: list[int] = []
    extract = httpx.Cookies.extract_cookies
    monkeypatch.setattr(
        httpx.Cookies, "extract_cookies", lambda jar, response: (extracted.append(1), extract(jar, response))[1]
    )
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=tasks_body(), headers={"Set-Cookie": "lb=a1; Path=/"} if len(sent) == 2 else {})

    async def calls(client: AsyncConnectClient) -> None:
        async with client:
            for name in ("a", "b", "c"):
                await client.list_tasks(ENV, CLUSTER, name)

    client = kind(api_key="k", api_secret="s", transport=httpx.MockTransport(answer))
    if kind is ConnectClient:
        with client:
            for name in ("a", "b", "c"):
                client.list_tasks(ENV, CLUSTER, name)
    else:
        asyncio.run(calls(client))
    assert extracted == [1]  # the second answer's, alone
    assert [request.headers.get("cookie") for request in sent] == [None, None, "lb=a1"]


def test_a_closed_client_says_so_before_anything_is_sent() -> None:
    """A call after close() is a ConfigurationError, not httpx's RuntimeError; nothing sent."""
    sent: list[httpx.Request] = []
    client = ConnectClient(api_key="k", api_secret="s", transport=httpx.MockTransport(lambda r: sent.append(r) or ok()))
    client.close()
    with pytest.raises(ConfigurationError, match=r"^this ConnectClient is closed: create a new one$"):
        client.list_tasks(ENV, CLUSTER, "a")
    assert sent == []

    async def closed_async() -> None:
        client = AsyncConnectClient(api_key="k", api_secret="s", transport=httpx.MockTransport(lambda r: ok()))
        await client.aclose()
        await client.list_tasks(ENV, CLUSTER, "a")

    with pytest.raises(ConfigurationError, match=r"^this AsyncConnectClient is closed: create a new one$"):
        asyncio.run(closed_async())


def test_an_async_client_refuses_a_second_event_loop() -> None:
    """Its connections belong to the loop it was first used on: another loop is told to make
    its own client, instead of hanging or raising asyncio's RuntimeError."""
    client = AsyncConnectClient(api_key="k", api_secret="s", transport=httpx.MockTransport(lambda r: ok()))
    assert len(asyncio.run(client.list_tasks(ENV, CLUSTER, "a"))) == 2
    with pytest.raises(ConfigurationError, match="belongs to another event loop: create one per loop"):
        asyncio.run(client.list_tasks(ENV, CLUSTER, "a"))


# --- listing ----------------------------------------------------------------------------


def test_list_tasks_returns_every_task_with_every_key(connect: Connect) -> None:
    """All tasks come back; typed attributes, mapping access and iteration see every key."""
    body = tasks_body(count=3, **{"custom.key": "kept"})
    tasks = connect.list_tasks(lambda request: ok(body))
    assert [type(task) for task in tasks] == [ConnectorTask] * 3
    assert [task.id.task for task in tasks] == [0, 1, 2]
    config = tasks[0].config
    assert config.connector_class == "GcsSink"
    assert config["connector.class"] == "GcsSink"
    assert config["flush.size"] == "1000"
    assert config["custom.key"] == "kept"
    assert dict(config) == body[0]["config"]
    assert sorted(config) == sorted(body[0]["config"])
    assert len(config) == len(body[0]["config"])
    assert tasks[0].to_dict() == body[0]


def test_service_account_connector_without_kafka_api_key_decodes(connect: Connect) -> None:
    """A config with kafka.auth.mode SERVICE_ACCOUNT and no key/secret is not an error."""
    body = tasks_body(**{"kafka.auth.mode": "SERVICE_ACCOUNT", "kafka.service.account.id": "sa-1"})
    for task in body:
        del task["config"]["kafka.api.key"], task["config"]["kafka.api.secret"]
    tasks = connect.list_tasks(lambda request: ok(body))
    config = tasks[0].config
    assert "kafka.api.key" not in config
    assert config["kafka.service.account.id"] == "sa-1"
    with pytest.raises(KeyError):
        config["kafka.api.secret"]


def test_unknown_cloud_provider_decodes(connect: Connect) -> None:
    """cloud.provider is an open set: a provider the spec does not list is kept as sent."""
    tasks = connect.list_tasks(lambda request: ok(tasks_body(**{"cloud.provider": "oci"})))
    assert tasks[0].config.cloud_provider == "oci"


def test_empty_task_list_is_an_empty_list(connect: Connect) -> None:
    """A connector with no running tasks gives [], not None."""
    assert connect.list_tasks(lambda request: ok([])) == []


def test_list_tasks_runs_the_generated_operation(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """The request comes from the generated module: change it there, and the wrapper follows."""
    original = list_connector_tasks._get_kwargs

    def moved(**kwargs: str) -> dict[str, Any]:
        request = original(**kwargs)
        return {**request, "url": request["url"].replace("/connect/v1/", "/connect/v2/")}

    monkeypatch.setattr(list_connector_tasks, "_get_kwargs", moved)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return ok()

    connect.list_tasks(handler)
    assert seen == [tasks_path("c").replace("/connect/v1/", "/connect/v2/")]


def test_clients_expose_no_generated_client_to_misuse() -> None:
    """No `client.api`: the shared pool cannot be closed or replaced from outside."""
    assert not hasattr(ConnectClient(api_key="k", api_secret="s"), "api")
    assert not hasattr(AsyncConnectClient(api_key="k", api_secret="s"), "api")


# --- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (400, BadRequestError),
        (409, ConflictError),
        (302, UnexpectedStatusError),
        (418, UnexpectedStatusError),
    ],
)
def test_each_status_raises_its_error(connect: Connect, status: int, kind: type) -> None:
    """Every non-200 status is an exception of its family, with status and request id."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            json={"error": {"code": status, "message": "said the server"}},
            headers={"X-Request-Id": "req-42", "Retry-After": "0"},
        )

    with pytest.raises(kind) as caught:
        connect.list_tasks(handler, max_retries=0)
    error = caught.value
    assert error.status_code == status
    assert error.message == "said the server"
    assert error.error_code == str(status)
    assert error.request_id == "req-42"
    assert error.response is not None
    assert error.response.status_code == status


def test_error_reads_like_status_message_request_id(connect: Connect) -> None:
    """str(err) is '404 Not Found: resource not found (request id abc-123)'."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": 404, "message": "resource not found"}}
        return httpx.Response(404, json=body, headers={"X-Request-Id": "abc-123"})

    with pytest.raises(NotFoundError) as caught:
        connect.list_tasks(handler)
    assert str(caught.value) == "404 Not Found: resource not found (request id abc-123)"


def test_html_from_a_proxy_becomes_a_short_message(connect: Connect) -> None:
    """An HTML 502 is a ServerError whose message is a short excerpt of the page's text."""
    page = "<html><head><title>502</title><style>p{}</style></head><body><h1>502 Bad Gateway</h1>"
    page += "<p>" + "upstream unavailable " * 40 + "</p></body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=page, headers={"Content-Type": "text/html"})

    with pytest.raises(ServerError) as caught:
        connect.list_tasks(handler, max_retries=0)
    assert caught.value.message.startswith("upstream unavailable upstream")
    assert str(caught.value).startswith("502 Bad Gateway: upstream unavailable")
    assert "<" not in caught.value.message
    assert len(caught.value.message) <= 200


@pytest.mark.parametrize(
    "page",
    [
        "<script>" * 150_000,  # a megabyte of unclosed blocks: quadratic to a backtracking regex
        "<" * 1_000_000,
        "<style>" + "x" * 1_000_000,
        "[" * 2000 + "]" * 2000,  # JSON nested deeper than Python's parser recurses
    ],
)
def test_hostile_error_bodies_give_a_short_error(connect: Connect, page: str) -> None:
    """A body built to be slow or to crash the parser still gives a ServerError, quickly."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text=page, headers={"Content-Type": "text/html"})

    with pytest.raises(ServerError) as caught:
        connect.list_tasks(handler, max_retries=0)
    assert len(caught.value.message) <= 200


VALID = b'{"connector.class": "X", "name": "c"}'


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json at all", "not valid JSON"),
        (b"[{]", "not valid JSON"),
        (b'{"tasks": []}', "response_200 is dict, not array"),
        (b"{}", "response_200 is dict, not array"),
        (b"[1, 2]", "ConnectorTask is int, not object"),
        (b'[{"config": {"name": "only a name"}}]', "lacks the required key 'connector.class'"),
        (b'[{"id": "not-an-object", "config": %s}]' % VALID, "ConnectorTaskId is str, not object"),
        (
            b'[{"id": {"connector": "c", "task": "7"}, "config": %s}]' % VALID,
            "ConnectorTaskId['task'] is str, not int",
        ),
        (b'[{"id": {"connector": "c", "task": true}, "config": %s}]' % VALID, "is bool, not int"),
        (b'[{"id": {"task": 0}, "config": %s}]' % VALID, "lacks the required key 'connector'"),
        (
            b'[{"id": {"connector": "c", "task": 0}, "config": {"connector.class": "X", "name": 5}}]',
            "ConnectorTaskConfig['name'] is int, not str",
        ),
        (b'[[["connector", "c"]]]', "is list, not object"),
        (b"[" * 5000 + b"]" * 5000, "nested deeper than"),
        (b"", "not valid JSON"),
    ],
)
def test_undecodable_200_keeps_what_the_server_sent(connect: Connect, body: bytes, reason: str) -> None:
    """A 200 that is not the documented shape is a ResponseDecodeError holding the body."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"X-Request-Id": "r-1"})

    with pytest.raises(ResponseDecodeError) as caught:
        connect.list_tasks(handler)
    assert reason in str(caught.value)
    assert caught.value.content == body
    assert caught.value.request_id == "r-1"
    assert caught.value.__cause__ is None


def test_connection_failure_is_a_transport_error(connect: Connect) -> None:
    """A refused connection is TransportError, wrapping the httpx error."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(TransportError) as caught:
        connect.list_tasks(handler, max_retries=1)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert str(caught.value) == (
        f"GET https://api.confluent.cloud{tasks_path('c')}: could not connect to "
        "api.confluent.cloud:443 (connection refused) [gave up after 2 attempts, 0.0 s waited]"
    )
    assert "ConnectError" not in str(caught.value)


def test_read_timeout_is_a_transport_error(connect: Connect) -> None:
    """A timeout is TransportError too."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(TransportError, match=r"no complete answer from api\.confluent\.cloud:443"):
        connect.list_tasks(handler, max_retries=0)


def test_a_body_trickled_byte_by_byte_cannot_hold_a_call_past_its_timeout() -> None:
    """Each byte arrives well within the read timeout, so httpx alone would wait for all of them: the client's
    per-attempt deadline gives up instead, long before the server has sent its body."""
    body = json.dumps(tasks_body()).encode()
    sent = 0
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        nonlocal sent
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            connection.sendall(head.encode())
            for byte in body:
                if stop.wait(0.05):
                    return
                connection.sendall(bytes([byte]))
                sent += 1

    server = threading.Thread(target=serve, daemon=True)
    server.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with (
            ConnectClient(api_key="k", api_secret="s", base_url=url, timeout=0.5, max_retries=0) as client,
            pytest.raises(TransportError, match=r"no complete answer from 127\.0\.0\.1:\d+ within the timeout"),
        ):
            client.list_tasks(ENV, CLUSTER, "c")
        assert sent < len(body) // 2  # gave up early: most of the body was never sent
    finally:
        stop.set()
        server.join(timeout=5)
        listener.close()
