"""Credentials go to the configured origin only, and never show in a repr."""

from __future__ import annotations

import httpx
import pytest
from conftest import API_SECRET, Connect

from confluent_connect import AsyncConnectClient, ConnectClient


@pytest.mark.parametrize("auth", [{"token": "tok-abcdef"}, {}])
def test_redirect_to_another_origin_drops_credentials(
    connect: Connect, auth: dict[str, str]
) -> None:
    """A redirect is followed, but Authorization does not go to the other host."""
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("authorization")))
        if request.url.host == "api.confluent.cloud":
            return httpx.Response(307, headers={"Location": "https://elsewhere.example/tasks"})
        return httpx.Response(200, json=[])

    connect.list_tasks(handler, **auth)
    assert seen[0][0] == "api.confluent.cloud"
    assert seen[0][1] is not None
    assert seen[1] == ("elsewhere.example", None)


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
