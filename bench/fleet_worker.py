"""One process of bench.py's fleet: its own ConnectClient, some connectors' tasks, on one key.

    python bench/fleet_worker.py FIRST COUNT CONCURRENCY

The address and the key come from the environment, as for any user
(CONFLUENT_CLOUD_REST_ENDPOINT, CONFLUENT_CLOUD_API_KEY, CONFLUENT_CLOUD_API_SECRET). The
worker imports, builds its client and prints "ready"; on "go" (one line on stdin) it reads
the tasks of connector-FIRST .. connector-(FIRST+COUNT-1), CONCURRENCY at a time on threads,
and prints one JSON line: outcomes, and when it started and finished on `time.monotonic()`
(one clock for every process of the machine).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

ENV, CLUSTER = "env-demo1", "lkc-demo1"


def main() -> int:
    first, count, concurrency = (int(value) for value in sys.argv[1:4])
    from confluent_connect import ConnectClient, ConnectError  # noqa: PLC0415 - timed apart

    names = [f"connector-{n:04d}" for n in range(first, first + count)]
    with ConnectClient() as client:

        def one(name: str) -> str:
            try:
                client.list_tasks(ENV, CLUSTER, name)
            except ConnectError as error:
                return type(error).__name__
            return "ok"

        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            return 1
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            outcomes = Counter(pool.map(one, names))
        finished = time.monotonic()
    print(json.dumps({"outcomes": outcomes, "started": started, "finished": finished}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
