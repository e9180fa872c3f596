"""Type-checked by `mypy --strict` (make typecheck): the public API as a user writes it."""

from __future__ import annotations

import asyncio

from confluent_connect import (
    ApiError,
    AsyncConnectClient,
    ConnectClient,
    ConnectError,
    ConnectorTask,
    RateLimitError,
    RetryPolicy,
)


def connector_classes(client: ConnectClient, environment: str, cluster: str) -> set[str]:
    classes: set[str] = set()
    for task in client.list_tasks(environment, cluster, "my-connector"):
        config = task.config
        if config:
            classes.add(config.connector_class)
            flush_size: str = config["flush.size"]
            classes.add(flush_size)
            for key, value in config.items():
                classes.add(f"{key}={value}")
    return classes


async def count_tasks(names: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    async with AsyncConnectClient(retry=RetryPolicy(max_retries=2)) as client:
        results = await client.list_tasks_many("env", "lkc", names, concurrency=4)
        for name, result in results.items():
            if isinstance(result, ConnectError):
                counts[name] = -1
            else:
                tasks: list[ConnectorTask] = result
                counts[name] = len(tasks)
    return counts


def describe(error: ApiError) -> str:
    wait = error.retry_after if isinstance(error, RateLimitError) else None
    return f"{error.status_code} {error.message} {error.request_id} {wait}"


if __name__ == "__main__":
    print(asyncio.run(count_tasks(["a"])))
