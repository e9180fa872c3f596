"""Shared fixtures: sample bodies, and a harness that runs one behaviour on both clients."""

from __future__ import annotations

import asyncio
import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from confluent_connect import AsyncConnectClient, ConnectClient, RetryPolicy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

API_KEY = "ABCDEFGHIJKLMNOP"
API_SECRET = "s3cr3t-API-secret-never-shown"
ENV, CLUSTER = "env-abc123", "lkc-abc123"

CONFIG = {
    "cloud.environment": "prod",
    "cloud.provider": "aws",
    "connector.class": "GcsSink",
    "data.format": "BYTES",
    "flush.size": "1000",
    "gcs.bucket.name": "APILogsBucket",
    "gcs.credentials.config": "****************",
    "kafka.api.key": "****************",
    "kafka.api.secret": "****************",
    "kafka.endpoint": "SASL_SSL://pkc-xxxxx.us-west-2.aws.confluent.cloud:9092",
    "kafka.region": "us-west-2",
    "name": "MyGcsLogsBucketConnector",
    "tasks.max": "2",
    "time.interval": "DAILY",
    "topics": "APILogsTopic",
}


def tasks_body(connector: str = "MyGcsLogsBucketConnector", count: int = 2, **config: str) -> list[dict[str, Any]]:
    """A 200 body as the live service sends it."""
    merged = {**copy.deepcopy(CONFIG), "name": connector, **config}
    return [{"id": {"connector": connector, "task": n}, "config": dict(merged)} for n in range(count)]


def tasks_path(connector: str, env: str = ENV, cluster: str = CLUSTER) -> str:
    return f"/connect/v1/environments/{env}/clusters/{cluster}/connectors/{connector}/tasks"


Handler = Callable[[httpx.Request], httpx.Response]

# No real waiting in client-level tests: retries happen at once.
FAST = RetryPolicy(backoff_initial=0.0, jitter=False)


class Connect:
    """Builds a sync or async client on a MockTransport and calls it the same way."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def client(self, handler: Handler, **options: Any) -> ConnectClient | AsyncConnectClient:
        options.setdefault("retry", FAST)
        if "token" not in options:
            options.setdefault("api_key", API_KEY)
            options.setdefault("api_secret", API_SECRET)
        options.setdefault("transport", httpx.MockTransport(handler))
        kind = ConnectClient if self.mode == "sync" else AsyncConnectClient
        return kind(**options)

    def call(
        self,
        handler: Handler,
        method: str,
        *args: Any,
        options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Construct a client, call `method`, close it; the async one inside asyncio.run."""
        client = self.client(handler, **(options or {}))
        if isinstance(client, ConnectClient):
            with client:
                return getattr(client, method)(*args, **kwargs)

        async def run() -> Any:
            async with client:
                return await getattr(client, method)(*args, **kwargs)

        return asyncio.run(run())

    def list_tasks(self, handler: Handler, connector: str = "c", **options: Any) -> Any:
        return self.call(handler, "list_tasks", ENV, CLUSTER, connector, options=options)


@pytest.fixture(params=["sync", "async"])
def connect(request: pytest.FixtureRequest) -> Connect:
    """Each test using this runs once with ConnectClient and once with AsyncConnectClient."""
    return Connect(request.param)


@pytest.fixture(autouse=True)
def _no_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CONFLUENT_CLOUD_API_KEY",
        "CONFLUENT_CLOUD_API_SECRET",
        "CONFLUENT_CLOUD_REST_ENDPOINT",
    ):
        monkeypatch.delenv(name, raising=False)


pytest_plugins = ["confluent_connect.testing.pytest_plugin"]
