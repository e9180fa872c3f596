"""Credentials go to the configured origin only, and never show in a repr."""

from __future__ import annotations

import httpx
import pytest
from conftest import API_SECRET, Connect

from confluent_connect import AsyncConnectClient, ConnectClient
from confluent_connect.errors import UnexpectedStatusError


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
