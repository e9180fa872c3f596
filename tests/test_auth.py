"""Credentials go to the configured origin only, and never show in a repr."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import API_KEY, API_SECRET, CLUSTER, ENV, Connect, tasks_body

from confluent_connect import AsyncConnectClient, ConfigurationError, ConnectClient
from confluent_connect.errors import BadRequestError, UnexpectedStatusError

KEY_VARIABLE, SECRET_VARIABLE = "CONFLUENT_CLOUD_API_KEY", "CONFLUENT_CLOUD_API_SECRET"
BOTH = "set both to use a Cloud API key"


@pytest.mark.parametrize("auth", [{"token": "tok-abcdef"}, {}])
def test_redirect_to_another_origin_is_refused(connect: Connect, auth: dict[str, str]) -> None:
    """A redirect elsewhere is not followed: that origin's answer is not this API's."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.host)
        return httpx.Response(307, headers={"Location": "https://elsewhere.example/tasks"})

    with pytest.raises(UnexpectedStatusError) as caught:
        connect.list_tasks(handler, **auth)
    assert seen == ["api.confluent.cloud"]
    assert caught.value.status_code == 307
    assert "redirected to https://elsewhere.example/tasks" in str(caught.value)


@pytest.mark.parametrize("location", ["http://api.confluent.cloud/moved", "https://api.confluent.cloud:8443/moved"])
def test_redirect_that_downgrades_or_changes_port_is_refused(connect: Connect, location: str) -> None:
    """https to http, or another port, is another origin too."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": location})

    with pytest.raises(UnexpectedStatusError, match="another origin: not followed"):
        connect.list_tasks(handler, token="tok-abcdef")
    assert len(seen) == 1


def test_redirect_within_the_origin_keeps_credentials(connect: Connect) -> None:
    """A same-origin redirect still carries Authorization."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        if not request.url.path.endswith("/moved"):
            return httpx.Response(307, headers={"Location": "/moved"})
        return httpx.Response(200, json=[])

    connect.list_tasks(handler, token="tok-abcdef")
    assert seen == ["Bearer tok-abcdef", "Bearer tok-abcdef"]


@pytest.mark.parametrize("kind", [ConnectClient, AsyncConnectClient])
def test_client_repr_shows_no_credentials(kind: type) -> None:
    """repr() and str() of a client name its endpoint and auth kind, not the secret."""
    for client in (
        kind(api_key="KEYID123", api_secret=API_SECRET),
        kind(token="tok-abcdefghijkl"),
        kind(token=lambda: "tok-abcdefghijkl"),
    ):
        for text in (repr(client), str(client)):
            assert API_SECRET not in text
            assert "tok-abcdefghijkl" not in text
        assert "https://api.confluent.cloud" in repr(client)


@pytest.mark.parametrize(
    ("options", "environment", "message"),
    [
        ({"token": ""}, {}, "token is empty"),
        ({"token": " \n\t"}, {}, "token is only whitespace"),
        ({"token": 42}, {}, "token must be a string or a callable returning one, not int"),
        ({"token": "tok en"}, {}, "token has whitespace 0x20 at position 3: a header cannot carry it"),
        ({"token": "tok\u00e9n"}, {}, "token has a character 0xe9 at position 3: a header cannot carry it"),
        ({}, {KEY_VARIABLE: "k"}, f"{SECRET_VARIABLE} is not set, but {KEY_VARIABLE} is: {BOTH}"),
        ({}, {SECRET_VARIABLE: "s"}, f"{KEY_VARIABLE} is not set, but {SECRET_VARIABLE} is: {BOTH}"),
        ({}, {KEY_VARIABLE: "k", SECRET_VARIABLE: " "}, f"{SECRET_VARIABLE} is empty, but {KEY_VARIABLE} is: {BOTH}"),
        (
            {},
            {},
            "no credentials: pass api_key= and api_secret= (a Cloud API key) or token=, or set "
            f"{KEY_VARIABLE} and {SECRET_VARIABLE}",
        ),
        (
            {"base_url": "https://user:pw@api.confluent.cloud", "token": "tok-abcdef"},
            {},
            "base_url must not carry credentials; pass api_key=/api_secret= or token=",
        ),
        ({"base_url": 42, "token": "tok-abcdef"}, {}, "base_url is not a URL: must be a str or httpx.URL, not int"),
    ],
    ids=lambda value: "" if isinstance(value, dict) else value[:40],
)
def test_each_credential_refusal_says_exactly_what_is_wrong(
    monkeypatch: pytest.MonkeyPatch, options: dict[str, Any], environment: dict[str, str], message: str
) -> None:
    """Every way credentials (arguments or environment) and the endpoint are refused, word for word, at
    construction."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    for kind in (ConnectClient, AsyncConnectClient):
        with pytest.raises(ConfigurationError) as caught:
            kind(**options)
        assert str(caught.value) == message


def test_a_base_url_httpx_cannot_parse_says_why_in_httpxs_words() -> None:
    """Not a URL at all (httpx's InvalidURL): its reason is given, not a word about the value's type."""
    with pytest.raises(ConfigurationError) as caught:
        ConnectClient(base_url="https://[::1", token="tok-abcdef")
    assert str(caught.value).startswith("base_url is not a URL: ")
    assert "must be a str" not in str(caught.value)


def test_every_visible_ascii_character_can_be_in_a_token(connect: Connect) -> None:
    """From ! to ~ (the ends included), a token goes as it is."""
    token = "!tok~" + "".join(chr(code) for code in range(0x21, 0x7F))
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("authorization"))
        return httpx.Response(200, json=[])

    connect.list_tasks(handler, token=token)
    assert sent == [f"Bearer {token}"]


def test_plain_http_to_localhost_written_with_its_final_dot_is_allowed() -> None:
    """localhost. (the fully qualified spelling) is the loopback host too."""
    with ConnectClient(base_url="http://localhost.:8080", token="tok-abcdef") as client:
        assert str(client.base_url) == "http://localhost.:8080"


def test_a_four_character_api_secret_is_masked(connect: Connect) -> None:
    """Four characters is long enough to mask: an error echoing the secret shows it masked."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": {"code": 400, "message": "secret w9Zq refused"}})

    with pytest.raises(BadRequestError) as caught:
        connect.list_tasks(handler, api_secret="w9Zq")
    assert caught.value.message == "secret [redacted] refused"


def test_the_encoded_credentials_are_masked_without_their_scheme(connect: Connect) -> None:
    """The base64 of key:secret, as a proxy's error might echo it without "Basic " before it, is masked."""
    encoded = httpx.BasicAuth(API_KEY, API_SECRET)._auth_header.removeprefix("Basic ")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": {"code": 400, "message": f"credentials {encoded} refused"}})

    with pytest.raises(BadRequestError) as caught:
        connect.list_tasks(handler)
    assert caught.value.message == "credentials [redacted] refused"


def test_a_secret_holding_another_is_masked_whole(connect: Connect) -> None:
    """A config secret sent in a body holds the client's API secret: an error quoting it is masked whole, not around
    the shorter one (the longer is masked first, whatever their order otherwise)."""
    longer = f"Ab-{API_SECRET}"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": {"code": 400, "message": f"bad password {longer}"}})

    body = {"connector.class": "S", "name": "c", "connection.password": longer}
    with pytest.raises(BadRequestError) as caught:
        connect.call(handler, "create_or_update_connector_config", ENV, CLUSTER, "c", body=body)
    assert caught.value.message == "bad password [redacted]"


def test_a_retry_log_line_quoting_the_secret_is_masked(connect: Connect, caplog: pytest.LogCaptureFixture) -> None:
    """A 429 whose request id echoes the API secret: the retry's WARNING shows it masked."""
    caplog.set_level("WARNING", logger="confluent_connect")
    answers = [httpx.Response(429, headers={"Retry-After": "0", "X-Request-Id": f"id-{API_SECRET}"})]
    answers.append(httpx.Response(200, json=tasks_body("c")))
    connect.list_tasks(lambda request: answers.pop(0))
    assert [record.getMessage() for record in caplog.records] == [
        "retrying GET /connect/v1/environments/env-abc123/clusters/lkc-abc123/connectors/c/tasks after 429: attempt 2 "
        "of 6 in 0.00 s (request id id-[redacted])"
    ]
