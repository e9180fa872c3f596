"""Running `confluent-connect` as a user does: a fresh interpreter through its entry point (`python -m
confluent_connect`), pointed at a simulator on 127.0.0.1 by the environment variables the command reads."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

from confluent_connect.testing import MASK, Connector, ConnectSimulator

ENV, CLUSTER = "env-demo1", "lkc-demo1"
DELAY = 1.0  # the module simulators' transition delay: a wait that waited takes at least this
FAST_POLL = ("--poll-interval", "0.05")
ENTRY = [sys.executable, "-m", "confluent_connect"]


class Result(NamedTuple):
    code: int
    out: str
    err: str
    seconds: float

    @property
    def shown(self) -> str:
        """Everything the command wrote, both streams."""
        return self.out + self.err


def environ(simulator: ConnectSimulator, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
        "CONFLUENT_CLOUD_API_KEY": simulator.api_key,
        "CONFLUENT_CLOUD_API_SECRET": simulator.api_secret,
        **extra,
    }


def cli(
    simulator: ConnectSimulator,
    command: str,
    *arguments: str,
    where: tuple[str, str] = (ENV, CLUSTER),
    stdin: str = "",
    cwd: Path | None = None,
    **extra: str,
) -> Result:
    """`confluent-connect COMMAND ENVIRONMENT CLUSTER ARGUMENTS...`, its exit code, outputs and duration."""
    start = time.monotonic()
    done = subprocess.run(
        [*ENTRY, command, *where, *arguments], input=stdin, capture_output=True, text=True, check=False, timeout=60,
        env=environ(simulator, **extra), cwd=cwd,
    )  # fmt: skip
    result = Result(done.returncode, done.stdout, done.stderr, time.monotonic() - start)
    assert "Traceback" not in result.err, result.err
    return result


def datagen(name: str, *, cluster: str = CLUSTER, tasks: int = 1, **extra: str) -> Connector:
    """A running DatagenSource whose Kafka credentials read masked, as the service holds them."""
    config = {
        "cloud.environment": "prod", "cloud.provider": "aws", "connector.class": "DatagenSource",
        "kafka.endpoint": "SASL_SSL://pkc-demo1.us-west-2.aws.confluent.cloud:9092", "kafka.region": "us-west-2",
        "name": name, "kafka.auth.mode": "KAFKA_API_KEY", "kafka.api.key": MASK, "kafka.api.secret": MASK,
        "kafka.topic": "orders", "output.data.format": "JSON", "quickstart": "ORDERS", "tasks.max": str(tasks), **extra,
    }  # fmt: skip
    return Connector(name, [dict(config) for _ in range(tasks)], cluster=cluster)
