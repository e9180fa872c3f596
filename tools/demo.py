"""`make demo`: the CLI's four commands against the local simulator, start to finish.

Starts the simulator on 127.0.0.1 (sample data, one connector rate-limited at first), runs
the real `confluent-connect` command against it as a user would, and stops the simulator.
Nothing is left running: the simulator lives in this process and stops with it.
"""

from __future__ import annotations

import os
import subprocess
import sys

from confluent_connect.testing import ConnectSimulator, seed_connectors

RUNS = [
    (
        "The cluster's connectors: state, type and tasks, from one expanded listing",
        "connectors",
        [],
    ),
    ("A FAILED connector's status, with its trace", "status", ["inventory-mysql-cdc"]),
    (
        "A GCS sink's tasks: secrets arrive masked by Confluent, and are shown masked",
        "tasks",
        ["gcs-logs-sink"],
    ),
    ("A connector's configuration, secrets masked", "config", ["gcs-logs-sink"]),
    (
        "A connector authenticating with a service account (no kafka.api.key)",
        "tasks",
        ["orders-postgres-source"],
    ),
    (
        "A rate-limited connector: watch the client back off and recover",
        "tasks",
        ["throttled-datagen", "--verbose"],
    ),
    (
        "A connector name that needs percent-encoding, as JSON",
        "tasks",
        ["billing events/EU #1", "--output", "json"],
    ),
    (
        "A connector that does not exist: one line on stderr, exit code 1",
        "tasks",
        ["no-such-connector"],
    ),
]


def main() -> int:
    with ConnectSimulator(seed_connectors(throttled=True)) as simulator:
        environ = {
            **os.environ,
            "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
            "CONFLUENT_CLOUD_API_KEY": simulator.api_key,
            "CONFLUENT_CLOUD_API_SECRET": simulator.api_secret,
        }
        print(f"Connect API simulator listening on {simulator.url}\n", flush=True)
        for title, subcommand, arguments in RUNS:
            command = ["confluent-connect", subcommand, "env-demo1", "lkc-demo1", *arguments]
            print(f"== {title}\n$ {' '.join(_quote(a) for a in command)}", flush=True)
            result = subprocess.run([sys.executable, "-m", "confluent_connect", *command[1:]], env=environ, check=False)
            print(f"(exit code {result.returncode})\n", flush=True)
            expected = 1 if "no-such-connector" in arguments else 0
            if result.returncode != expected:
                print(f"demo: expected exit code {expected}", file=sys.stderr)
                return 1
    print("Simulator stopped.")
    return 0


def _quote(argument: str) -> str:
    return f"'{argument}'" if any(c in argument for c in " #") else argument


if __name__ == "__main__":
    sys.exit(main())
