"""examples/oauth_client_credentials.py: a new auth mode in one small class, used as token=."""

from __future__ import annotations

import sys

import httpx
from conftest import CLUSTER, ENV, FAST, ROOT, tasks_body

from confluent_connect import ConnectClient

sys.path.insert(0, str(ROOT / "examples"))
from oauth_client_credentials import ClientCredentials

SECRET = "idp client secret\twith whitespace"


def test_client_credentials_feed_the_connect_client_and_refresh_on_401() -> None:
    issued = iter(["access-1", "access-2"])
    exchanges: list[httpx.Request] = []

    def idp(request: httpx.Request) -> httpx.Response:
        exchanges.append(request)
        return httpx.Response(200, json={"access_token": next(issued), "token_type": "Bearer"})

    def connect(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == "Bearer access-2":
            return httpx.Response(200, json=tasks_body())
        return httpx.Response(401, json={"error": {"code": 401, "message": "expired"}})

    provider = ClientCredentials(
        "https://idp.test/oauth2/token", "client-1", SECRET, transport=httpx.MockTransport(idp)
    )
    with ConnectClient(token=provider, retry=FAST, transport=httpx.MockTransport(connect)) as c:
        assert len(c.list_tasks(ENV, CLUSTER, "c")) == 2
    provider.close()
    assert len(exchanges) == 2
    assert b"grant_type=client_credentials" in exchanges[0].content
    assert exchanges[0].headers["authorization"].startswith("Basic ")
    assert SECRET not in repr(provider)
