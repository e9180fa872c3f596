"""Hostile answers and odd inputs: each is refused or masked with a typed error, never a raw one or a leak."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from conftest import CLUSTER, ENV, tasks_body

from confluent_connect import (
    REDACTED,
    ApiError,
    AsyncConnectClient,
    AuthenticationError,
    ConfigurationError,
    ConnectClient,
    InvalidArgumentError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)
from confluent_connect._ratelimit import RateLimitState

SECRET = "Zx9kQp7T401mB2vLr8sW"  # holds "401": a status a proxy's page would repeat


def client(handler: Any, **options: Any) -> ConnectClient:
    return ConnectClient(
        api_key="key", api_secret=SECRET, max_retries=0, transport=httpx.MockTransport(handler), **options
    )


@pytest.mark.parametrize("kind", [ConnectClient, AsyncConnectClient])
def test_a_subclass_keeps_its_own_init(kind: type[ConnectClient] | type[AsyncConnectClient]) -> None:
    """Users subclass the clients to add their own settings: their __init__ is theirs."""

    class Mine(kind):  # type: ignore[valid-type,misc]
        def __init__(self, environment: str, **options: Any) -> None:
            self.environment = environment
            super().__init__(**options)

    mine = Mine("env-1", api_key="k", api_secret="s")
    assert mine.environment == "env-1"


def test_a_redirect_to_something_that_is_not_a_url_is_refused() -> None:
    """A Location httpx cannot parse is an UnexpectedStatusError, not httpx.InvalidURL."""
    with (
        client(lambda request: httpx.Response(302, headers={"location": "http://[::1"})) as connect,
        pytest.raises(UnexpectedStatusError, match="redirected to a location that is not a URL: not followed"),
    ):
        connect.list_tasks(ENV, CLUSTER, "c")


def test_a_secret_echoed_in_a_message_is_masked_before_the_status_is_taken_out() -> None:
    """The message loses its repeated status number only after the client's secret is masked, so a secret holding
    those digits is masked whole, not cut in two."""
    body = {"message": f"invalid api secret {SECRET}"}
    with (
        client(lambda request: httpx.Response(401, json=body)) as connect,
        pytest.raises(AuthenticationError) as caught,
    ):
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == f"401 Unauthorized: invalid api secret {REDACTED}"


def test_a_secret_at_the_excerpts_cut_leaves_no_part_of_itself() -> None:
    """An HTML page quoting the secret where the 200-character excerpt ends: masked before the cut. A request id
    that echoes it is masked too."""
    page = "<html><body>" + "x " * 90 + SECRET + "</body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/html", "x-request-id": f"req-{SECRET}"}
        return httpx.Response(502, text=page, headers=headers)

    with client(handler) as connect, pytest.raises(ServerError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    shown = str(caught.value)
    assert SECRET[:6] not in shown
    assert caught.value.request_id == f"req-{REDACTED}"


def test_status_numbers_inside_words_are_kept() -> None:
    """Only the status said on its own is taken out: `lcc-4041` and `lkc-404abc` stay whole."""
    body = {"error": {"code": 404, "message": "404 Not Found: connector lcc-4041 in lkc-404abc"}}
    with client(lambda request: httpx.Response(404, json=body)) as connect, pytest.raises(NotFoundError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == "404 Not Found: connector lcc-4041 in lkc-404abc"


def test_a_huge_message_is_capped_and_unreadable_json_is_not_excerpted() -> None:
    """A 50 KB message is cut to a readable length; JSON too long to read is not shown at all (its values may be
    secrets)."""
    long_message = {"message": "y" * 50_000}
    with client(lambda request: httpx.Response(500, json=long_message)) as connect:
        with pytest.raises(ServerError) as caught:
            connect.list_tasks(ENV, CLUSTER, "c")
        assert len(str(caught.value)) < 1100
    huge = json.dumps({"data": "z" * 70_000, "password": "PLANTED"})
    response = httpx.Response(500, text=huge, headers={"content-type": "application/json"})
    with client(lambda request: response) as connect, pytest.raises(ServerError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == "500 Internal Server Error"


@pytest.mark.parametrize("base_url", [b"https://user:PLANTED99@h", bytearray(b"https://user:PLANTED99@h")])
def test_a_base_url_of_the_wrong_type_is_named_by_its_type_only(base_url: Any) -> None:
    """httpx's TypeError quotes the value: the client says the type instead."""
    with pytest.raises(ConfigurationError) as caught:
        ConnectClient(api_key="k", api_secret="s", base_url=base_url)
    assert "PLANTED" not in str(caught.value)
    assert f"not {type(base_url).__name__}" in str(caught.value)


def test_a_slow_first_request_holds_the_others_for_a_second_at_most() -> None:
    """Before any answer one request goes alone, but an answer that takes long does not hold everybody for its
    whole timeout: after a second the others go."""
    state = RateLimitState()
    assert state.acquire(100.0) == 0.0
    assert state.acquire(100.5) > 0.0
    assert state.acquire(101.1) == 0.0


def test_a_fan_out_on_a_closed_client_raises_instead_of_filling_its_results() -> None:
    """A closed client, or a second event loop, is the caller's mistake for every name: raised once."""
    connect = client(lambda request: httpx.Response(200, json=tasks_body()))
    connect.close()
    with pytest.raises(ConfigurationError, match="is closed"):
        connect.list_tasks_many(ENV, CLUSTER, ["a", "b"])
    async_client = AsyncConnectClient(
        api_key="k", api_secret="s", transport=httpx.MockTransport(lambda r: httpx.Response(200, json=tasks_body()))
    )
    asyncio.run(async_client.list_tasks_many(ENV, CLUSTER, ["a"]))
    with pytest.raises(ConfigurationError, match="another event loop"):
        asyncio.run(async_client.list_tasks_many(ENV, CLUSTER, ["a", "b"]))


@pytest.mark.parametrize("names", [None, 5, 2.5])
def test_connector_names_that_are_not_a_collection_are_refused(names: Any) -> None:
    with client(lambda request: httpx.Response(200, json=[])) as connect, pytest.raises(InvalidArgumentError) as caught:
        connect.list_tasks_many(ENV, CLUSTER, names)
    assert str(caught.value) == f"connector_names must be a collection of names, not {type(names).__name__}"


@pytest.mark.parametrize("body", [[1, 2], None, "config", 5])
def test_a_body_that_is_neither_a_model_nor_a_mapping_is_refused(body: Any) -> None:
    sent: list[httpx.Request] = []
    with (
        client(lambda request: sent.append(request) or httpx.Response(200, json={})) as connect,
        pytest.raises(InvalidArgumentError) as caught,
    ):
        connect.create_connector(ENV, CLUSTER, body=body)
    assert str(caught.value) == f"body must be a NewConnector or a mapping, not {type(body).__name__}"
    assert sent == []


def test_a_str_subclass_is_checked_as_the_text_it_sends() -> None:
    """The URL carries str(value): a subclass whose str() is '..' is refused like '..' itself."""

    class Sneaky(str):
        def __str__(self) -> str:
            return ".."

    with client(lambda request: httpx.Response(200, json=[])) as connect, pytest.raises(InvalidArgumentError):
        connect.list_tasks(ENV, CLUSTER, Sneaky("fine"))


def test_an_api_secret_read_from_a_file_loses_its_newline() -> None:
    """A key file ends in a newline: stripped, so the header is right and an echo of the secret is masked."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(401, json={"message": f"bad secret {SECRET}"})

    connect = ConnectClient(
        api_key="key\n", api_secret=f"{SECRET}\n", max_retries=0, transport=httpx.MockTransport(handler)
    )
    with connect, pytest.raises(AuthenticationError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert seen == [httpx.BasicAuth("key", SECRET)._auth_header]
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("secret", ["s3cr/et+XYZ", 's3cr"et\\XYZ', "sécret-ÜBER-42"])
def test_a_secret_escaped_inside_json_is_masked(secret: str) -> None:
    """JSON may escape a quoted secret (`\\/`, `\\"`, `\\u00e9`): masked in the decoded message, not the raw text."""
    body = json.dumps({"error": {"code": 401, "message": f"bad key KEY1234:{secret}"}}).replace("/", "\\/")
    connect = ConnectClient(
        api_key="KEY1234",
        api_secret=secret,
        max_retries=0,
        transport=httpx.MockTransport(lambda r: httpx.Response(401, text=body)),
    )
    with connect, pytest.raises(AuthenticationError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == f"401 Unauthorized: bad key KEY1234:{REDACTED}"


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        (
            {"errors": [{"status": "401", "code": "authorization", "detail": "Invalid API key"}]},
            "Invalid API key",
            "authorization",
        ),
        ({"error": {"message": "missing authorization", "code": 400}}, "missing authorization", "400"),
        ({"error": {"code": 400, "message": "-1 is not a valid offset"}}, "-1 is not a valid offset", "400"),
    ],
)
def test_ordinary_error_bodies_keep_their_words(body: dict[str, Any], message: str, code: str) -> None:
    """The word "authorization" is not a header to mask, and a message's own leading '-' stays."""
    with client(lambda request: httpx.Response(400, json=body)) as connect, pytest.raises(ApiError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert (caught.value.message, caught.value.error_code) == (message, code)


def test_every_text_from_an_error_body_is_capped() -> None:
    """The string-`error` shape and the code are capped too."""
    body = {"error": "x" * 30_000, "code": "c" * 30_000}  # 60 KB: under the 64 KB read
    with client(lambda request: httpx.Response(500, json=body)) as connect, pytest.raises(ServerError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert len(caught.value.message) <= 1000
    assert caught.value.error_code is not None
    assert len(caught.value.error_code) <= 100


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", ""])
def test_json_too_long_to_read_is_not_excerpted_whatever_its_content_type(content_type: str) -> None:
    huge = json.dumps({"config": {"kafka.api.secret": "HUNTER2xyz"}, "data": "z" * 70_000})
    headers = {"content-type": content_type} if content_type else {}
    with (
        client(lambda request: httpx.Response(500, content=huge.encode(), headers=headers)) as connect,
        pytest.raises(ServerError) as caught,
    ):
        connect.list_tasks(ENV, CLUSTER, "c")
    assert "HUNTER2" not in str(caught.value)


def test_a_refused_redirect_masks_its_request_id_and_location() -> None:
    headers = {"location": f"https://elsewhere.example/cb/{SECRET}", "x-request-id": f"rid-{SECRET}"}
    with (
        client(lambda request: httpx.Response(302, headers=headers)) as connect,
        pytest.raises(UnexpectedStatusError) as caught,
    ):
        connect.list_tasks(ENV, CLUSTER, "c")
    assert SECRET not in str(caught.value)
    assert "elsewhere.example" in str(caught.value)


def test_a_subclass_of_a_subclass_keeps_the_inherited_init() -> None:
    class Regional(ConnectClient):
        def __init__(self, region: str, **options: Any) -> None:
            self.region = region
            super().__init__(**options)

    class Named(Regional):
        pass

    assert Named("eu", api_key="k", api_secret="s").region == "eu"


@pytest.mark.parametrize(("key", "secret"), [("   ", "s"), ("k", "\n"), (123, "s"), ("k", b"s")])
def test_blank_or_non_string_credentials_are_refused(key: Any, secret: Any) -> None:
    with pytest.raises(ConfigurationError, match="missing, empty or not a string"):
        ConnectClient(api_key=key, api_secret=secret)


def test_a_fan_out_checks_its_arguments_before_the_client_as_every_call_does() -> None:
    connect = client(lambda request: httpx.Response(200, json=[]))
    connect.close()
    with pytest.raises(InvalidArgumentError, match=r"connector_names\[0\] must not be empty"):
        connect.list_tasks_many(ENV, CLUSTER, [""])


def test_a_refused_redirect_says_where_to_and_keeps_the_answer() -> None:
    """The other origin is named with its port; the request id and the response itself stay on the error."""
    headers = {"location": "https://elsewhere.example:8443/cb", "x-request-id": "rid-7"}
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "elsewhere.example":  # what answers there, were the redirect followed
            return httpx.Response(200, json=tasks_body("c"))
        return httpx.Response(307, headers=headers)

    with client(handler) as connect, pytest.raises(UnexpectedStatusError) as caught:
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == (
        "307 Temporary Redirect: redirected to https://elsewhere.example:8443/cb, another origin: not followed "
        "(request id rid-7)"
    )
    assert caught.value.response is not None
    assert caught.value.response.status_code == 307
    assert hosts == ["api.confluent.cloud"]


@pytest.mark.parametrize("location", ["https://elsewhere.example/cb", "https://elsewhere.example:443/cb"])
def test_a_refused_redirect_to_the_default_port_names_no_port(location: str) -> None:
    """The other origin on its scheme's own port is named without one."""
    with (
        client(lambda request: httpx.Response(302, headers={"location": location})) as connect,
        pytest.raises(UnexpectedStatusError) as caught,
    ):
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value) == "302 Found: redirected to https://elsewhere.example/cb, another origin: not followed"


def test_a_redirect_on_the_same_origin_is_followed() -> None:
    """A redirect to another path of the API's own origin is followed, the credentials with it."""
    seen: list[tuple[str, bool]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, "authorization" in request.headers))
        if request.url.path.endswith("/moved"):
            return httpx.Response(200, json=tasks_body("c"))
        return httpx.Response(308, headers={"location": "https://api.confluent.cloud/moved"})

    with client(handler) as connect:
        assert [task.id.task for task in connect.list_tasks(ENV, CLUSTER, "c")] == [0, 1]
    assert seen[1:] == [("/moved", True)]


def test_notes_an_error_already_carried_are_kept_beside_the_retry_flows() -> None:
    """A transport below the client that notes something on its error: the note and the retry flow's "gave up" are
    both in the TransportError's text, in that order."""

    def handler(request: httpx.Request) -> httpx.Response:
        error = httpx.ConnectError("refused", request=request)
        error.add_note("through proxy p1")
        raise error

    policy = RetryPolicy(max_retries=1, backoff_initial=0.0, jitter=False)
    with (
        ConnectClient(
            api_key="key", api_secret=SECRET, retry=policy, transport=httpx.MockTransport(handler)
        ) as connect,
        pytest.raises(TransportError) as caught,
    ):
        connect.list_tasks(ENV, CLUSTER, "c")
    assert str(caught.value).endswith(
        ": could not connect to api.confluent.cloud:443 (refused) [through proxy p1; gave up after 2 attempts, 0.0 s "
        "waited]"
    )
