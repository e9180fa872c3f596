"""`python -m confluent_connect.testing`: serve the simulator until interrupted.

First it prints three `export NAME=value` lines (values shell-quoted) that point
Confluent's tools and this package at it, ready to paste into a shell; then it serves until
Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from types import FrameType

from ._data import connectors_from_json, seed_connectors
from ._server import ConnectSimulator


def exports(simulator: ConnectSimulator) -> list[str]:
    """Lines that point Confluent's tools (and this package) at the simulator, to paste or
    `eval` into a POSIX shell: `export NAME=value`, each value shell-quoted."""
    settings = {
        "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
        "CONFLUENT_CLOUD_API_KEY": simulator.api_key,
        "CONFLUENT_CLOUD_API_SECRET": simulator.api_secret,
    }
    return [f"export {name}={shlex.quote(value)}" for name, value in settings.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m confluent_connect.testing",
        description="Serve a local Confluent Connect v1 API on 127.0.0.1 until interrupted.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free one)")
    parser.add_argument("--rate-limit", type=int, default=None, help="requests allowed per window")
    parser.add_argument("--window", type=float, default=1.0, help="rate-limit window in seconds")
    parser.add_argument("--data", help="a JSON file of connectors to serve instead of the sample data")
    parser.add_argument(
        "--throttled",
        action="store_true",
        help="add throttled-datagen to the sample data: its first two requests get 429",
    )
    parser.add_argument(
        "--transition-delay",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="how long create, pause, resume, restart, a new config or an offsets change take (default: 2)",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.transition_delay < float("inf"):
        parser.error(f"--transition-delay must be a number of seconds >= 0, not {args.transition_delay}")
    connectors = connectors_from_json(args.data) if args.data else seed_connectors(throttled=args.throttled)
    simulator = ConnectSimulator(
        connectors,
        rate_limit=args.rate_limit,
        window=args.window,
        port=args.port,
        transition_delay=args.transition_delay,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with simulator:
        for line in exports(simulator):
            print(line)
        print("# environment env-demo1, cluster lkc-demo1; Ctrl-C stops", flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
