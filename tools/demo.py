"""`make demo`: an operator's morning with `confluent-connect`, against the local simulator, in under a minute.

Starts the simulator on 127.0.0.1 with changes taking effect 3 s after they are asked for (as the live service acts
shortly after accepting a change), then runs the real `confluent-connect` command as an operator would: apply a
connector from a file and wait for it, preview a change, rotate its secret from a file, see a task fail and restart
it, check health, reset offsets, and watch the command refuse to write back the masks the service returns. Files live
in a temporary directory; the simulator lives in this process and stops with it: nothing is left behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from base64 import b64encode
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from confluent_connect.testing import ConnectSimulator, seed_connectors

DELAY = 3.0
WHERE = ["env-demo1", "lkc-demo1"]
KAFKA_KEY, KAFKA_SECRET, ROTATED = "DEMOKEY4KAFKA001", "demo-kafka-secret-v1", "demo-kafka-secret-v2"
ORDERS = {
    "name": "orders-datagen",
    "config": {
        "connector.class": "DatagenSource", "kafka.auth.mode": "KAFKA_API_KEY", "kafka.api.key": KAFKA_KEY,
        "kafka.api.secret": KAFKA_SECRET, "kafka.topic": "orders", "output.data.format": "JSON",
        "quickstart": "ORDERS", "tasks.max": "1",
    },
}  # fmt: skip


class Step(NamedTuple):
    title: str
    arguments: list[str]  # after `confluent-connect COMMAND ENVIRONMENT CLUSTER`, the command first
    expected: int = 0  # the exit code the step shows
    before: Callable[[ConnectSimulator, Path], str] | None = None  # done first, outside the CLI; says what it did


def write_files(folder: Path) -> None:
    (folder / "orders-datagen.json").write_text(json.dumps(ORDERS, indent=2))
    changed = {**ORDERS["config"], "tasks.max": "2", "max.interval": "500"}
    del changed["quickstart"]
    (folder / "orders-datagen-v2.json").write_text(json.dumps({"name": "orders-datagen", "config": changed}, indent=2))
    (folder / "kafka-secret.txt").write_text(ROTATED + "\n")


def fail_a_task(simulator: ConnectSimulator, _: Path) -> str:
    simulator.fail("gcs-logs-sink", "org.apache.kafka.connect.errors.ConnectException: GCS upload timed out", task=1)
    return "(the simulator makes task 1 of gcs-logs-sink FAIL, as a lost upload would)"


def export_config(simulator: ConnectSimulator, folder: Path) -> str:
    """What an operator gets from the API directly (or a console's export): secrets as the service masks them."""
    path = f"/connect/v1/environments/{WHERE[0]}/clusters/{WHERE[1]}/connectors/orders-datagen/config"
    request = urllib.request.Request(simulator.url + path)  # noqa: S310 - the simulator, on 127.0.0.1
    credentials = b64encode(f"{simulator.api_key}:{simulator.api_secret}".encode()).decode()
    request.add_header("Authorization", f"Basic {credentials}")
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310
        (folder / "exported.json").write_bytes(answer.read())
    return "$ curl -u $KEY:$SECRET $CONFLUENT_CLOUD_REST_ENDPOINT/.../connectors/orders-datagen/config > exported.json"


STEPS = [
    Step("The cluster's connectors", ["connectors"]),
    Step("Apply a connector from a file and wait for it: PROVISIONING, then RUNNING",
         ["apply", "-f", "orders-datagen.json", "--wait", "--verbose"]),
    Step("Preview a new version of the file: what would change, secrets never shown; nothing is sent",
         ["apply", "-f", "orders-datagen-v2.json", "--dry-run"]),
    Step("Rotate the Kafka secret, read from a file (the key from the environment), and scale to 2 tasks",
         ["patch", "orders-datagen", "--set", "kafka.api.secret=@kafka-secret.txt",
          "--set", "kafka.api.key=env:ORDERS_KAFKA_API_KEY", "--set", "tasks.max=2"]),
    Step("A health check: a task has FAILED, so it exits 1", ["status", "gcs-logs-sink", "--check"], 1,
         before=fail_a_task),
    Step("Restart and wait: through the FAILED the service still shows, to RUNNING",
         ["restart", "gcs-logs-sink", "--wait", "--verbose"]),
    Step("The health check again: exit 0", ["status", "gcs-logs-sink", "--check"]),
    Step("The sink's offsets", ["offsets", "gcs-logs-sink"]),
    Step("Reset them and wait until the request is APPLIED", ["offsets", "gcs-logs-sink", "--reset", "--wait",
                                                             "--verbose"]),
    Step("Write back a config exported with the service's masks: refused before anything is sent, exit 2",
         ["apply", "-f", "exported.json"], 2, before=export_config),
    Step("Clean up", ["delete", "orders-datagen", "--yes"]),
]  # fmt: skip


def main() -> int:
    started = time.monotonic()
    with ConnectSimulator(seed_connectors(), transition_delay=DELAY) as simulator, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder)
        environ = {
            **os.environ,
            "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
            "CONFLUENT_CLOUD_API_KEY": simulator.api_key,
            "CONFLUENT_CLOUD_API_SECRET": simulator.api_secret,
            "ORDERS_KAFKA_API_KEY": KAFKA_KEY,
        }
        print(f"Connect API simulator on {simulator.url}; changes take effect {DELAY:g} s after they are asked for")
        print("In this folder: orders-datagen.json and orders-datagen-v2.json (a connector, with its Kafka API key and")
        print("secret), kafka-secret.txt (a new secret); ORDERS_KAFKA_API_KEY is set in the environment.\n")
        for step in STEPS:
            print(f"== {step.title}", flush=True)
            if step.before is not None:
                print(step.before(simulator, folder), flush=True)
            command, *rest = step.arguments
            shown = ["confluent-connect", command, *WHERE, *rest]
            print(f"$ {' '.join(shown)}", flush=True)
            result = subprocess.run(
                [sys.executable, "-m", "confluent_connect", *shown[1:]], env=environ, cwd=folder, check=False
            )
            print(f"(exit code {result.returncode})\n", flush=True)
            if result.returncode != step.expected:
                print(f"demo: expected exit code {step.expected}", file=sys.stderr)
                return 1
    print(f"Simulator stopped; the demo took {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
