"""`make bench`: speed and rate-limit efficiency of the whole API, as ratios measured side by side.

Absolute times drift on shared machines; ratios taken in one run, interleaved, hold. Every
figure is a row of one table (measure, value, goal, met or missed), printed at the end and
written with the details behind it to bench/results.json. A section that raises is reported
as failed (the others still run) and the script exits 1.

    python bench/bench.py            # the full run (a few minutes on 2 cores)
    python bench/bench.py --quick    # tiny sizes (seconds): checks that every section runs

The simulator is made to accept bursts of connections as the live service does (see
`roomy_backlog`); every rate-limited run records the kernel's count of dropped connections.

Sections: per-call overhead, decoding (2,000 tasks, and a large expanded listing), calls over
loopback (2,000 in a row, and one with a 2,000-task body), rate-limited fan-out on one client
(threads and asyncio, 8/32/128 callers), a fleet of processes on one key, start-up in fresh
interpreters (and in a virtualenv holding only this package), the command line's start-up
(`--help`, and a command beside httpx making the same request), the retry policies compared,
fan-out throughput, and httpx vs urllib3. Where it applies, the bare generated client of the
same document (bench/peer.py, generated into a temporary folder) is measured beside this
project. All traffic goes to simulators on 127.0.0.1 that this script starts and stops.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import compileall
import functools
import gc
import json
import math
import os
import platform
import re
import select
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

import httpx
from peer import PACKAGE, ROOT, Peer, generate_peer

from confluent_connect import AsyncConnectClient, ConnectClient, ConnectError, RetryPolicy
from confluent_connect._client import _Cookies
from confluent_connect.testing import MASK, Connector, ConnectSimulator, seed_connectors
from confluent_connect_api.api.connectors import list_connectors_with_expansions
from confluent_connect_api.api.status import list_connector_tasks
from confluent_connect_api.models import ConnectorExpansionMap

HERE = Path(__file__).resolve().parent
ENV, CLUSTER, NAME = "env-demo1", "lkc-demo1", "gcs-logs-sink"
PATH = f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/{NAME}/tasks"
KEY, SECRET = ConnectSimulator.api_key, ConnectSimulator.api_secret
PENDING_LIMIT = 120.0  # seconds any one subprocess or run may take before it is abandoned


# --- rows and goals -----------------------------------------------------------------------


class Goal(NamedTuple):
    op: str  # "<=", "<" or ">="
    limit: float

    def met(self, value: float) -> bool:
        if self.op == "<":
            return value < self.limit
        return value <= self.limit if self.op == "<=" else value >= self.limit


class Row(NamedTuple):
    """One figure of the table. `kind`: "ratio" (always > 0), "share" (a fraction of
    requests, >= 0) or "count" (>= 0)."""

    measure: str
    value: float
    kind: str = "ratio"
    goal: Goal | None = None


def shown(kind: str, value: float) -> str:
    if kind == "share":
        return f"{value * 100:.1f} %"
    if kind == "count":
        return f"{value:g}"
    return f"{value:.3f}x"


def shown_goal(row: Row) -> str:
    if row.goal is None:
        return ""
    if row.kind == "count" and row.goal.limit == 0 and row.goal.op == "<=":
        return "= 0"
    return f"{row.goal.op} {shown(row.kind, row.goal.limit)}"


class Section(NamedTuple):
    details: dict[str, Any]
    rows: list[Row]


# --- timing helpers -------------------------------------------------------------------------


def timed_rounds(
    variants: dict[str, Callable[[], object]], calls: int, rounds: int, *, collect_first: bool = False
) -> dict[str, list[float]]:
    """Seconds per call for each variant in each round. Rounds interleave the variants (in
    alternating order) so that whatever the machine is doing affects them alike.

    `collect_first`: the garbage collector runs before each variant's calls, not only before
    each round. Decoding builds large object graphs; without it, a full collection triggered
    by one variant's garbage lands in whichever variant follows. Each variant still pays for
    the collections its own allocations trigger."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for call in variants.values():  # warm up
        for _ in range(max(3, calls // 10)):
            call()
    names = list(variants)
    for number in range(rounds):
        gc.collect()
        for name in names if number % 2 == 0 else reversed(names):
            call = variants[name]
            if collect_first:
                gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter() - start) / calls)
    return samples


def medians(samples: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in samples.items()}


def paired_ratio(samples: dict[str, list[float]], numerator: str, denominator: str) -> float:
    """The median of the round-by-round ratios: steadier than a ratio of medians."""
    pairs = zip(samples[numerator], samples[denominator], strict=True)
    return statistics.median(a / b for a, b in pairs)


def roomy_backlog(size: int = 1024) -> dict[str, int | None]:
    """Let the simulator queue `size` connections, as the live service does; returns the
    backlog it had. The standard library's server listens with a backlog of 5: a burst of
    new connections (128 async callers) overflows it, the kernel drops the SYNs, and the
    clients' connects are retried after 1, 3, 7 s: a stall of the simulator, not of the
    client. (A no-op once the simulator sets a larger backlog itself.) Returns the backlog
    before and after."""
    from confluent_connect.testing import _server  # noqa: PLC0415 - its private class

    server = getattr(_server, "_Server", None)
    before = getattr(server, "request_queue_size", None)
    if server is not None and isinstance(before, int) and before < size:
        server.request_queue_size = size
    return {"default": before, "used": getattr(server, "request_queue_size", None)}


def listen_drops() -> int | None:
    """The kernel's count of connections dropped from full listen queues (Linux; all
    sockets of the machine), to show that a run lost none; None where it is not known."""
    try:
        with open("/proc/net/netstat", encoding="ascii") as counters:
            lines = [line.split() for line in counters if line.startswith("TcpExt:")]
        return int(dict(zip(lines[0], lines[1], strict=True))["ListenDrops"])
    except (OSError, IndexError, KeyError, ValueError):
        return None


def _drops_since(before: int | None) -> int | None:
    after = listen_drops()
    return None if before is None or after is None else after - before


@functools.cache
def peer() -> Peer:
    """The bare generated client of the same document, generated once per run into a
    temporary folder that is removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="confluent-connect-bench-peer-"))
    atexit.register(shutil.rmtree, folder, True)
    return generate_peer(folder)


def as_answer(body: bytes) -> httpx.Response:
    """A 200 carrying `body`, as both clients' decoders take it."""
    return httpx.Response(
        200, content=body, headers={"Content-Type": "application/json"},
        request=httpx.Request("GET", "https://api.confluent.cloud/"),
    )  # fmt: skip


def many_connectors(count: int) -> list[Connector]:
    """`count` connectors of three tasks each, named connector-0000 on."""
    template = next(c for c in seed_connectors() if c.name == NAME)
    tasks = [dict(template.tasks[0]) for _ in range(3)]
    return [Connector(f"connector-{n:04d}", tasks) for n in range(count)]


# --- 1. per call --------------------------------------------------------------------------


def three_tasks() -> bytes:
    connector = next(c for c in seed_connectors() if c.name == NAME)
    connector.tasks.append(dict(connector.tasks[0]))
    return json.dumps(connector.body()).encode()


def call_variants(
    base_url: str, transport_for: Callable[[], httpx.BaseTransport], connector: str = NAME
) -> tuple[dict[str, Callable[[], object]], list[Callable[[], None]]]:
    """The floor, this project's generated operation, the bare generated client and the
    wrapper, over the same transport kind; and what closes their clients."""
    plain = httpx.Client(base_url=base_url, transport=transport_for(), auth=(KEY, SECRET))
    ours = httpx.Client(base_url=base_url, transport=transport_for(), auth=(KEY, SECRET))
    # The wrapper's pool skips httpx's cookie parsing for a response that sets none (a seventh of an in-process
    # call); the generated operation gets the same, so that comparing the two measures the wrapper's own work.
    ours._cookies = _Cookies()
    wrapper = ConnectClient(base_url=base_url, api_key=KEY, api_secret=SECRET, transport=transport_for())
    bare = peer().make_client(base_url, KEY, SECRET, transport_for())
    build, parse = list_connector_tasks._get_kwargs, list_connector_tasks.parse_success
    bare_call = peer().list_tasks.sync
    path = PATH.replace(NAME, connector)
    variants: dict[str, Callable[[], object]] = {
        "httpx get + json.loads": lambda: json.loads(plain.get(path).content),
        "generated operation": lambda: parse(ours.request(**build(ENV, CLUSTER, connector))),
        "bare generated client": lambda: bare_call(ENV, CLUSTER, connector, client=bare),
        "ConnectClient.list_tasks": lambda: wrapper.list_tasks(ENV, CLUSTER, connector),
    }
    return variants, [plain.close, ours.close, wrapper.close, bare.get_httpx_client().close]


def per_call(quick: bool) -> Section:
    body = three_tasks()
    calls, rounds = (20, 3) if quick else (100, 41)
    details: dict[str, Any] = {"tasks": 3, "calls_per_round": calls, "rounds": rounds}

    def mock() -> httpx.BaseTransport:
        headers = {"Content-Type": "application/json"}
        return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))

    with ConnectSimulator() as simulator:
        for where, base_url, transport, n in (
            ("in_process", "https://api.confluent.cloud", mock, calls),
            ("loopback", simulator.url, httpx.HTTPTransport, max(5, calls // 3)),
        ):
            variants, closers = call_variants(base_url, transport)
            try:
                samples = timed_rounds(variants, n, rounds)
            finally:
                for close in closers:
                    close()
            details[where] = {"seconds_per_call": medians(samples)}
            details[where]["ratios"] = {
                "wrapper / generated": paired_ratio(samples, "ConnectClient.list_tasks", "generated operation"),
                "wrapper / floor": paired_ratio(samples, "ConnectClient.list_tasks", "httpx get + json.loads"),
                "generated / floor": paired_ratio(samples, "generated operation", "httpx get + json.loads"),
                "wrapper / bare": paired_ratio(samples, "ConnectClient.list_tasks", "bare generated client"),
                "bare / floor": paired_ratio(samples, "bare generated client", "httpx get + json.loads"),
            }
    inside, loop = details["in_process"]["ratios"], details["loopback"]["ratios"]
    return Section(
        details,
        [
            Row("list_tasks / generated operation (in-process)", inside["wrapper / generated"],
                goal=Goal("<=", 1.05)),
            Row("list_tasks / httpx get + json.loads (in-process)", inside["wrapper / floor"],
                goal=Goal("<=", 1.25)),
            Row("generated operation / httpx get + json.loads (in-process)",
                inside["generated / floor"]),
            Row("bare generated client / httpx get + json.loads (in-process)", inside["bare / floor"]),
            Row("list_tasks / bare generated client (in-process)", inside["wrapper / bare"]),
            Row("list_tasks / generated operation (loopback)", loop["wrapper / generated"]),
            Row("list_tasks / httpx get + json.loads (loopback)", loop["wrapper / floor"]),
        ],
    )  # fmt: skip


# --- 2. decoding: 2,000 tasks, and a large expanded listing -------------------------------


def wide_connectors(count: int, keys: int = 40, tasks: int = 3) -> list[Connector]:
    """Connectors whose config has `keys` keys (two of them masked secrets)."""
    connectors = []
    for n in range(count):
        name = f"connector-{n:04d}"
        config = {
            "cloud.environment": "prod", "cloud.provider": "aws", "connector.class": "GcsSink",
            "kafka.endpoint": "SASL_SSL://pkc-demo1.us-west-2.aws.confluent.cloud:9092",
            "kafka.region": "us-west-2", "name": name, "kafka.api.key": MASK,
            "kafka.api.secret": MASK, "tasks.max": str(tasks), "topics": "api-logs",
        }  # fmt: skip
        for extra in range(keys - len(config)):
            config[f"custom.setting.{extra:02d}"] = f"value-{extra}-of-{name}"
        connectors.append(Connector(name, [dict(config) for _ in range(tasks)]))
    return connectors


def task_connector(name: str, tasks: int) -> Connector:
    """The seed's GCS sink with `tasks` tasks of its config (fifteen keys, secrets masked)."""
    config = next(c for c in seed_connectors() if c.name == NAME).tasks[0]
    return Connector(name, [dict(config, name=name) for _ in range(tasks)])


def served(connectors: list[Connector], path: str) -> bytes:
    """A body exactly as the simulator serves it."""
    with (
        ConnectSimulator(connectors) as simulator,
        httpx.Client(base_url=simulator.url, auth=(KEY, SECRET)) as client,
    ):
        answer = client.get(path)
        answer.raise_for_status()
        return answer.content


def decode(quick: bool) -> Section:
    count, keys, tasks, many = (50 if quick else 1000), 40, 3, (100 if quick else 2000)
    # The bodies exactly as the simulator serves `?expand=info,status,id`, and a connector's 2,000 tasks.
    expanded = list_connectors_with_expansions._get_kwargs(ENV, CLUSTER)["url"]
    listing_body = served(wide_connectors(count, keys, tasks), expanded)
    tasks_body = served([task_connector("big", many)], PATH.replace(NAME, "big"))
    listing, task_list = as_answer(listing_body), as_answer(tasks_body)
    bare = peer()
    bare_client = bare.make_client("https://api.confluent.cloud", KEY, SECRET)
    ours_listing, ours_tasks = list_connectors_with_expansions.parse_success, list_connector_tasks.parse_success
    bare_listing, bare_tasks = bare.list_expanded._parse_response, bare.list_tasks._parse_response
    for decoded, expected in (
        (ours_listing(listing), count), (bare_listing(client=bare_client, response=listing), count),
        (ours_tasks(task_list), many), (bare_tasks(client=bare_client, response=task_list), many),
    ):  # fmt: skip
        size = len(getattr(decoded, "additional_properties", decoded))  # the bare map is no Mapping
        if size != expected:
            raise AssertionError(f"decoded {size} items, expected {expected}")
    data = json.loads(listing_body)
    samples = timed_rounds(
        {
            "json.loads (tasks)": lambda: json.loads(tasks_body),
            "parse_success (tasks)": lambda: ours_tasks(task_list),
            "bare generated client (tasks)": lambda: bare_tasks(client=bare_client, response=task_list),
            "json.loads (listing)": lambda: json.loads(listing_body),
            "parse_success (listing)": lambda: ours_listing(listing),
            "bare generated client (listing)": lambda: bare_listing(client=bare_client, response=listing),
            # from_dict copies what it is given (an answer is checked where it lies).
            "from_dict of parsed data (listing)": lambda: ConnectorExpansionMap.from_dict(data),
        },
        calls=2 if quick else 3,
        rounds=3 if quick else 21,
        collect_first=True,
    )
    ratios = {
        f"{decoder} / json.loads ({what})": paired_ratio(samples, f"{decoder} ({what})", f"json.loads ({what})")
        for what in ("tasks", "listing") for decoder in ("parse_success", "bare generated client")
    }  # fmt: skip
    ratios["from_dict of parsed data / json.loads (listing)"] = paired_ratio(
        samples, "from_dict of parsed data (listing)", "json.loads (listing)"
    )
    details = {
        "connectors": count, "config_keys": keys, "tasks_each": tasks, "tasks": many,
        "body_bytes": {"listing": len(listing_body), "tasks": len(tasks_body)},
        "seconds": medians(samples), "ratios": ratios,
    }  # fmt: skip
    return Section(
        details,
        [
            Row("decode 2,000 tasks: parse_success / json.loads", ratios["parse_success / json.loads (tasks)"],
                goal=Goal("<=", 1.5)),
            Row("decode 2,000 tasks: bare generated client / json.loads",
                ratios["bare generated client / json.loads (tasks)"]),
            Row("decode expanded listing (parse_success) / json.loads",
                ratios["parse_success / json.loads (listing)"], goal=Goal("<=", 1.8)),
            Row("decode expanded listing: bare generated client / json.loads",
                ratios["bare generated client / json.loads (listing)"]),
        ],
    )  # fmt: skip


# --- 2b. calls over loopback: 2,000 in a row, and one 2,000-task body ---------------------


@contextmanager
def simulator_process(connectors: list[Connector]) -> Iterator[str]:
    """The simulator serving `connectors` from a process of its own (`python -m confluent_connect.testing`); yields
    its URL. A real server does not share the client's interpreter: in the client's, the server's thread takes turns
    with the client for the GIL, and one variant's time per call varied 2.6x from round to round (750 to 1,970 us
    for 2,000 calls in a row), more than the differences measured."""
    fields = ("name", "tasks", "environment", "cluster", "config", "type", "state", "trace", "task_states", "offsets")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder, "connectors.json")
        data.write_text(json.dumps([{field: getattr(c, field) for field in fields} for c in connectors]))
        command = [sys.executable, "-m", "confluent_connect.testing", "--data", str(data)]
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
            watchdog = threading.Timer(PENDING_LIMIT, process.kill)  # silent past the limit: killed, its lines end
            watchdog.start()
            try:  # three `export NAME=value` lines, then it serves
                assert process.stdout is not None
                lines = [process.stdout.readline() for _ in range(3)]
                watchdog.cancel()
                if not all(line.startswith("export ") for line in lines):
                    raise RuntimeError(f"the simulator process did not start (it printed {lines!r}; see its stderr)")
                exports = dict(line.removeprefix("export ").split("=", 1) for line in lines)
                yield shlex.split(exports["CONFLUENT_CLOUD_REST_ENDPOINT"])[0]
            finally:
                watchdog.cancel()
                process.terminate()


def calls(quick: bool) -> Section:
    """Over loopback to the simulator in a process of its own (see `simulator_process`): 2,000 calls in a row, nine
    rounds; one call with a 2,000-task body, fifteen."""
    many = 100 if quick else 2000
    sequential, big = (50, 3) if quick else (2000, 9), (2, 3) if quick else (5, 15)
    names = ("httpx get + json.loads", "ConnectClient.list_tasks", "bare generated client")
    details: dict[str, Any] = {"calls_in_a_row": sequential[0], "big_body_tasks": many, "server": "own process"}
    with simulator_process([*seed_connectors(), task_connector("big", many)]) as url:
        for label, connector, (n, rounds) in (("in_a_row", NAME, sequential), ("big_body", "big", big)):
            variants, closers = call_variants(url, httpx.HTTPTransport, connector)
            try:
                samples = timed_rounds({name: variants[name] for name in names}, n, rounds)
            finally:
                for close in closers:
                    close()
            details[label] = {
                "seconds_per_call": medians(samples),
                "list_tasks / floor": paired_ratio(samples, names[1], names[0]),
                "bare / floor": paired_ratio(samples, names[2], names[0]),
                "list_tasks / bare": paired_ratio(samples, names[1], names[2]),
            }
    row, body = details["in_a_row"], details["big_body"]
    return Section(
        details,
        [
            Row("2,000 calls: list_tasks / httpx get + json.loads", row["list_tasks / floor"],
                goal=Goal("<=", 1.0)),
            Row("2,000 calls: bare generated client / httpx get + json.loads", row["bare / floor"]),
            Row("2,000 calls: list_tasks / bare generated client", row["list_tasks / bare"], goal=Goal("<", 1.0)),
            Row("one 2,000-task body: list_tasks / httpx get + json.loads", body["list_tasks / floor"],
                goal=Goal("<=", 1.5)),
            Row("one 2,000-task body: bare generated client / httpx get + json.loads", body["bare / floor"]),
        ],
    )  # fmt: skip


# --- 3. rate-limited fan-out on one client -------------------------------------------------


class Limit(NamedTuple):
    """A simulator limit and a run's size: `windows` full windows and one request more, so
    that a client sending exactly at the limit finishes as the last window opens: at
    `requests / rate` seconds (a run starts as the simulator's first window opens)."""

    rate: int  # requests per window
    window: float  # seconds
    windows: int
    reset_format: str

    @property
    def requests(self) -> int:
        return self.rate * self.windows + 1

    @property
    def ideal(self) -> float:
        return self.requests * self.window / self.rate

    def next_window(self, opened: float) -> float:
        """When (on `time.monotonic()`) the simulator's next window opens, given when its
        first opened; at least a hundredth of a window from now."""
        since = time.monotonic() - opened
        return opened + self.window * math.ceil(since / self.window + 0.01)

    def simulator(self) -> ConnectSimulator:
        return ConnectSimulator(
            many_connectors(self.requests), rate_limit=self.rate, window=self.window,
            reset_format=self.reset_format,  # type: ignore[arg-type]
        )  # fmt: skip


def limit_for(quick: bool) -> Limit:
    # Quick: time compressed, with resets in milliseconds (as tests/test_throttling.py does).
    # Full: the live service's shape: 50 requests a second, resets in whole seconds.
    return Limit(10, 0.25, 2, "fractional") if quick else Limit(50, 1.0, 6, "integer")


def _outcome_of(call: Callable[[], object]) -> str:
    try:
        call()
    except ConnectError as error:
        return type(error).__name__
    return "ok"


def _threads_run(
    simulator: ConnectSimulator,
    names: list[str],
    callers: int,
    options: dict[str, Any],
    start_at: Callable[[], float],
) -> tuple[float, list[str]]:
    with simulator.client(**options) as client:
        time.sleep(max(0.0, start_at() - time.monotonic()))
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=callers) as pool:
            outcomes = list(pool.map(lambda name: _outcome_of(lambda: client.list_tasks(ENV, CLUSTER, name)), names))
        return time.perf_counter() - start, outcomes


def _async_run(
    simulator: ConnectSimulator,
    names: list[str],
    callers: int,
    options: dict[str, Any],
    start_at: Callable[[], float],
) -> tuple[float, list[str]]:
    async def run() -> tuple[float, list[str]]:
        limit = asyncio.Semaphore(callers)
        async with simulator.async_client(**options) as client:

            async def one(name: str) -> str:
                async with limit:
                    try:
                        await client.list_tasks(ENV, CLUSTER, name)
                    except ConnectError as error:
                        return type(error).__name__
                    return "ok"

            await asyncio.sleep(max(0.0, start_at() - time.monotonic()))
            start = time.perf_counter()
            outcomes = await asyncio.wait_for(asyncio.gather(*(one(name) for name in names)), PENDING_LIMIT)
            return time.perf_counter() - start, list(outcomes)

    return asyncio.run(run())


def limited_run(limit: Limit, callers: int, mode: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """One run of `limit.requests` calls through a fresh simulator, starting as one of its
    windows opens: elapsed vs ideal, 429s (the simulator's own count of what it answered),
    and calls that raised."""
    names = [f"connector-{n:04d}" for n in range(limit.requests)]
    run = _threads_run if mode == "threads" else _async_run
    simulator = limit.simulator()
    opened = time.monotonic()  # no earlier than the simulator's first window opened
    simulator.start()
    drops = listen_drops()
    try:  # the client is made, then the calls start as a window opens
        elapsed, outcomes = run(simulator, names, callers, options or {}, lambda: limit.next_window(opened))
        statuses = Counter(simulator.statuses)
    finally:
        simulator.stop()
    sent = sum(statuses.values())
    failures = Counter(outcome for outcome in outcomes if outcome != "ok")
    return {
        "callers": callers, "mode": mode, "calls": len(names), "elapsed": elapsed,
        "ideal": limit.ideal, "elapsed_over_ideal": elapsed / limit.ideal,
        "requests": sent, "answered_429": statuses[429], "share_429": statuses[429] / sent,
        "statuses": {str(status): n for status, n in sorted(statuses.items())},
        "failures": sum(failures.values()), "failure_kinds": dict(failures),
        "listen_drops": _drops_since(drops),
    }  # fmt: skip


def limited_rows(label: str, run: dict[str, Any], goals: tuple[float, float] | None) -> list[Row]:
    elapsed, share = (None, None) if goals is None else goals
    return [
        Row(f"{label}: elapsed / ideal", run["elapsed_over_ideal"],
            goal=None if elapsed is None else Goal("<=", elapsed)),
        Row(f"{label}: share of 429s", run["share_429"], "share",
            goal=None if share is None else Goal("<=", share)),
        Row(f"{label}: failures", run["failures"], "count",
            goal=None if goals is None else Goal("<=", 0)),
    ]  # fmt: skip


CALLERS = (8, 32, 128)


def rate_limit(quick: bool) -> Section:
    limit = limit_for(quick)
    details: dict[str, Any] = {"limit": limit._asdict(), "requests": limit.requests,
                               "ideal_seconds": limit.ideal, "runs": []}  # fmt: skip
    rows: list[Row] = []
    for mode, noun in (("threads", "threads"), ("async", "async tasks")):
        for callers in CALLERS:
            run = limited_run(limit, callers, mode)
            details["runs"].append(run)
            rows += limited_rows(f"rate limit, {callers} {noun}", run, (1.10, 0.02))
    return Section(details, rows)


# The retry policies compared at one concurrency, for context (no goals).
POLICIES = {
    "holding off": RetryPolicy(hold_on_exhausted=False),
    "Confluent tools' policy": RetryPolicy(
        max_retries=4, backoff_initial=1.0, backoff_max=30.0, jitter=False, hold_on_exhausted=False
    ),
}


def policies(quick: bool) -> Section:
    limit = limit_for(quick)
    details: dict[str, Any] = {"limit": limit._asdict(), "callers": 32, "runs": {}}
    rows: list[Row] = []
    for label, policy in POLICIES.items():
        run = limited_run(limit, 32, "threads", {"retry": policy})
        details["runs"][label] = run
        rows += limited_rows(f"rate limit, 32 threads, {label}", run, None)
    return Section(details, rows)


# --- 4. a fleet of processes on one key ----------------------------------------------------


def _read_line(process: subprocess.Popen[str], deadline: float) -> str:
    """The next line a worker prints, or "" when it exits or the deadline passes first."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
    return process.stdout.readline() if ready else ""


def _split(count: int, parts: int) -> list[tuple[int, int]]:
    """(first, how many) for each of `parts` shares of `count`, as even as can be."""
    size, extra = divmod(count, parts)
    shares, first = [], 0
    for part in range(parts):
        n = size + (part < extra)
        shares.append((first, n))
        first += n
    return shares


def fleet_run(limit: Limit, processes: int, per_process: int) -> dict[str, Any]:
    """`processes` workers (bench/fleet_worker.py), each with its own client and
    `per_process` threads, share one simulator key. They start together as a window opens."""
    simulator = limit.simulator()
    opened = time.monotonic()  # no earlier than the simulator's first window opened
    simulator.start()
    drops = listen_drops()
    workers: list[subprocess.Popen[str]] = []
    try:
        environ = {
            **os.environ, "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
            "CONFLUENT_CLOUD_API_KEY": KEY, "CONFLUENT_CLOUD_API_SECRET": SECRET,
        }  # fmt: skip
        for first, count in _split(limit.requests, processes):
            workers.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        str(HERE / "fleet_worker.py"),
                        str(first),
                        str(count),
                        str(per_process),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=environ,
                )
            )
        deadline = time.monotonic() + PENDING_LIMIT
        for worker in workers:
            if _read_line(worker, deadline).strip() != "ready":
                raise RuntimeError(f"a fleet worker did not start: {_stderr(worker)}")
        # Go as a window opens (the simulator's windows are `window` apart from `opened`).
        time.sleep(max(0.0, limit.next_window(opened) - time.monotonic()))
        go = time.monotonic()
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        reports = []
        deadline = time.monotonic() + PENDING_LIMIT
        for worker in workers:
            line = _read_line(worker, deadline)
            if not line.strip():
                raise RuntimeError(f"a fleet worker did not report: {_stderr(worker)}")
            reports.append(json.loads(line))
        statuses = Counter(simulator.statuses)
    finally:
        for worker in workers:
            if worker.poll() is None:
                try:
                    worker.communicate(timeout=10)
                except subprocess.TimeoutExpired:
                    worker.kill()
                    worker.communicate()
        simulator.stop()
    outcomes: Counter[str] = Counter()
    for report in reports:
        outcomes.update(report["outcomes"])
    elapsed = max(report["finished"] for report in reports) - go
    sent = sum(statuses.values())
    failures = {kind: n for kind, n in outcomes.items() if kind != "ok"}
    return {
        "processes": processes, "callers_per_process": per_process, "calls": limit.requests,
        "elapsed": elapsed, "ideal": limit.ideal, "elapsed_over_ideal": elapsed / limit.ideal,
        "requests": sent, "answered_429": statuses[429], "share_429": statuses[429] / sent,
        "statuses": {str(status): n for status, n in sorted(statuses.items())},
        "failures": sum(failures.values()), "failure_kinds": failures,
        "start_spread": max(r["started"] for r in reports) - min(r["started"] for r in reports),
        "listen_drops": _drops_since(drops),
    }  # fmt: skip


def _stderr(worker: subprocess.Popen[str]) -> str:
    if worker.poll() is None:
        worker.kill()
    _, err = worker.communicate(timeout=10)
    return (err or "").strip()[-2000:] or f"exit status {worker.returncode}"


def fleet(quick: bool) -> Section:
    # Quick: compressed time. Full: 5 whole-second windows of 50 and one request: 251 calls.
    limit = Limit(10, 0.25, 2, "fractional") if quick else Limit(50, 1.0, 5, "integer")
    details: dict[str, Any] = {"limit": limit._asdict(), "requests": limit.requests,
                               "ideal_seconds": limit.ideal, "runs": []}  # fmt: skip
    rows: list[Row] = []
    for processes in (1, 2, 4):
        run = fleet_run(limit, processes, per_process=8)
        details["runs"].append(run)
        noun = "process" if processes == 1 else "processes"
        rows += limited_rows(f"fleet, {processes} {noun} x 8 threads", run, (1.15, 0.05))
    return Section(details, rows)


# --- pacing beside another consumer of the key ----------------------------------------


class Beside(NamedTuple):
    """A simulator limit, the part of it another consumer spends, and how long the client calls."""

    rate: int  # requests per window
    window: float  # seconds
    spent: int  # requests per window the other consumer spends
    seconds: float  # how long the client calls; the first three windows are not counted
    reset_format: str
    opening: bool  # the other consumer spends as each window opens; else evenly over it

    def moment(self, sent: int) -> float:
        """When the other consumer's request number `sent` goes, from the opening of its first window."""
        window, part = divmod(sent, self.spent)
        return self.window * (window + (0.0 if self.opening else part / self.spent))


def _other_consumer(url: str, beside: Beside, start: float, stop: threading.Event, answered: Counter[int]) -> None:
    """Another consumer of the key (a plain httpx client, no pacing): `spent` requests a window when `moment` says,
    from `start` until `stop` is set; the statuses it was answered."""
    with httpx.Client(base_url=url, auth=(KEY, SECRET)) as client:
        sent = 0
        while not stop.wait(max(0.0, start + beside.moment(sent) - time.monotonic())):
            answered[client.get(PATH).status_code] += 1
            sent += 1


def _calls_until(mode: str, simulator: ConnectSimulator, callers: int, until: float, done: list[float]) -> None:
    """`callers` threads or tasks of one client list tasks until `until`; when each call that succeeded ended."""
    if mode == "threads":
        with simulator.client() as client:

            def work() -> None:
                while time.monotonic() < until:
                    if _outcome_of(lambda: client.list_tasks(ENV, CLUSTER, NAME)) == "ok":
                        done.append(time.monotonic())

            with ThreadPoolExecutor(max_workers=callers) as pool:
                for future in [pool.submit(work) for _ in range(callers)]:
                    future.result()
        return

    async def run() -> None:
        async with simulator.async_client() as client:

            async def work() -> None:
                while time.monotonic() < until:
                    try:
                        await client.list_tasks(ENV, CLUSTER, NAME)
                    except ConnectError:
                        continue  # counted by the simulator, not as a call done
                    done.append(time.monotonic())

            await asyncio.gather(*(work() for _ in range(callers)))

    asyncio.run(run())


def beside_run(beside: Beside, mode: str, callers: int = 8) -> dict[str, Any]:
    """One client's callers beside another consumer of its key, on a fresh simulator: the other consumer starts as a
    window opens, the client one window later. Counted from the client's fourth window: its calls against the slots
    the other left (the spare), and each side's 429s (the simulator's count, less the other's own)."""
    simulator = ConnectSimulator(rate_limit=beside.rate, window=beside.window, reset_format=beside.reset_format)  # type: ignore[arg-type]
    opened = time.monotonic()  # no earlier than the simulator's first window opened
    simulator.start()
    stop, others, done = threading.Event(), Counter[int](), list[float]()
    try:
        limit = Limit(beside.rate, beside.window, 0, beside.reset_format)
        start = limit.next_window(opened)
        other = threading.Thread(target=_other_consumer, args=(simulator.url, beside, start, stop, others))
        other.start()
        counted_from = start + 4 * beside.window
        until = counted_from + beside.seconds
        time.sleep(max(0.0, start + beside.window - time.monotonic()))
        _calls_until(mode, simulator, callers, until, done)
        stop.set()
        other.join()
        statuses = Counter(simulator.statuses)
    finally:
        stop.set()
        simulator.stop()
    mine = sum(1 for when in done if counted_from <= when < until)
    windows = beside.seconds / beside.window
    spare = beside.rate * windows - beside.spent * windows
    sent = sum(statuses.values()) - sum(others.values())
    refused = statuses[429] - others[429]
    return {
        "mode": mode, "callers": callers, "counted_seconds": beside.seconds, "calls_counted": mine,
        "spare_slots": spare, "share_of_spare": mine / spare, "requests": sent, "answered_429": refused,
        "share_429": refused / sent, "others": {str(status): n for status, n in sorted(others.items())},
        "others_share_429": others[429] / max(1, sum(others.values())),
    }  # fmt: skip


def sharing(quick: bool) -> Section:
    # Quick: compressed time, resets in milliseconds. Full: the live service's shape (whole-second resets), 100 a
    # second, of which another consumer spends 50: evenly, or all as each window opens.
    details: dict[str, Any] = {"runs": []}
    rows: list[Row] = []
    for opening, how in ((False, "spread"), (True, "at each opening")):
        beside = (
            Beside(20, 0.25, 10, 1.0, "fractional", opening) if quick else Beside(100, 1.0, 50, 8.0, "integer", opening)
        )
        for mode, noun in (("threads", "threads"), ("async", "async tasks")):
            run = beside_run(beside, mode)
            details["runs"].append({"limit": beside._asdict(), **run})
            label = f"beside another consumer ({beside.spent} of {beside.rate}, {how}), 8 {noun}"
            rows += [
                Row(f"{label}: share of the spare rate", run["share_of_spare"], "share", Goal(">=", 0.8)),
                Row(f"{label}: share of 429s", run["share_429"], "share", Goal("<=", 0.02)),
            ]
    return Section(details, rows)


# --- holding compared with not holding --------------------------------------------------


def _throttled_run(mode: str, hold: bool) -> tuple[int, int]:
    """tests/test_throttling.py's run: 200 calls (8 at a time) through 10 requests per 0.1 s; 429s and 200s."""
    names = [f"connector-{n:04d}" for n in range(200)]
    policy = RetryPolicy(hold_on_exhausted=hold, max_retries=10, backoff_initial=0.05, backoff_max=0.5)
    with ConnectSimulator(many_connectors(200), rate_limit=10, window=0.1, reset_format="fractional") as simulator:
        if mode == "sync":
            with simulator.client(retry=policy) as client:
                client.list_tasks_many(ENV, CLUSTER, names, concurrency=8)
        else:

            async def run() -> None:
                async with simulator.async_client(retry=policy) as client:
                    await client.list_tasks_many(ENV, CLUSTER, names, concurrency=8)

            asyncio.run(run())
        return simulator.statuses[429], simulator.statuses[200]


def throttled(quick: bool) -> Section:
    """Holding requests while the window is used up, against not holding: the 429s it spares (tests/test_throttling.py
    proves only that every call succeeds either way)."""
    details: dict[str, Any] = {}
    rows: list[Row] = []
    for mode in ("sync", "async"):
        held, free = _throttled_run(mode, hold=True), _throttled_run(mode, hold=False)
        spared = 1 - held[0] / free[0] if free[0] else 0.0
        details[mode] = {"holding": {"429": held[0], "200": held[1]}, "not holding": {"429": free[0], "200": free[1]},
                         "429s spared": spared}  # fmt: skip
        rows.append(Row(f"throttled fan-out of 200 ({mode}): 429s spared by holding", spared, "share", Goal(">=", 0.5)))
    return Section(details, rows)


# --- 5. start-up in fresh interpreters ----------------------------------------------------

TIMED = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
STARTUP = {
    "python -c pass": ["-c", "pass"],
    "import httpx": ["-c", TIMED.format("import httpx")],
    "from confluent_connect import ConnectClient": [
        "-c", TIMED.format("from confluent_connect import ConnectClient")
    ],
    "confluent-connect --help": ["-m", "confluent_connect", "--help"],
}  # fmt: skip


def _wall(arguments: list[str], python: str = sys.executable) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [python, *arguments], capture_output=True, text=True, check=True, timeout=PENDING_LIMIT,
    )  # fmt: skip
    return time.perf_counter() - start, done.stdout


def runtime_distributions(name: str) -> set[str]:
    """The distributions `name` needs at run time, found from their metadata (no extras)."""
    from packaging.requirements import Requirement  # noqa: PLC0415 - the build backend's dependency

    found: set[str] = set()
    waiting = [name]
    while waiting:
        for text in metadata.requires(waiting.pop()) or []:
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            if requirement.name.lower() not in found:
                found.add(requirement.name.lower())
                waiting.append(requirement.name)
    return found


def clean_environment(folder: Path) -> str:
    """A virtualenv holding only this package (its two import packages), what it needs at run
    time, and the bare generated client: no development tools and no editable-install hooks,
    as a user's would be. The packages are copied and compiled to bytecode, as pip installs them
    (with PYTHONDONTWRITEBYTECODE set, a package without bytecode is compiled at every import);
    what they need is linked. Returns its interpreter."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=PENDING_LIMIT)
    site = next((folder / "lib").glob("python*/site-packages"))
    packages = [ROOT / "generated" / "confluent_connect_api", ROOT / "wrapper" / "confluent_connect"]
    for package in [*packages, peer().folder / PACKAGE]:
        shutil.copytree(package, site / package.name, ignore=shutil.ignore_patterns("__pycache__"))
        compiled = [str(folder / "bin" / "python"), "-m", "compileall", "-q", str(site / package.name)]
        subprocess.run(compiled, check=True, timeout=PENDING_LIMIT)
    for name in runtime_distributions("confluent-connect"):
        distribution = metadata.distribution(name)
        tops = {Path(str(file)).parts[0] for file in distribution.files or [] if not str(file).startswith("..")}
        for top in tops - {"__pycache__"}:
            (site / top).symlink_to(Path(str(distribution.locate_file(top))))
    return str(folder / "bin" / "python")


CLEAN = {
    "import httpx": "import httpx",
    "from confluent_connect import ConnectClient": "from confluent_connect import ConnectClient",
    "bare generated client": f"from {PACKAGE} import AuthenticatedClient; "
    f"from {PACKAGE}.api.status import list_connector_tasks",
}


def import_profile(statement: str) -> dict[str, float]:
    """Microseconds of import (self time) per top-level package, from -X importtime."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True,
        check=True, timeout=PENDING_LIMIT,
    )  # fmt: skip
    by_package: Counter[str] = Counter()
    for line in done.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if found:
            by_package[found.group(2).split(".")[0]] += int(found.group(1))
    return dict(by_package)


def startup(quick: bool) -> Section:
    runs = 3 if quick else 21
    wall: dict[str, list[float]] = {name: [] for name in STARTUP}
    inside: dict[str, list[float]] = {
        "import httpx": [], "from confluent_connect import ConnectClient": []
    }  # fmt: skip
    for arguments in STARTUP.values():  # warm the file system cache
        _wall(arguments)
    order = list(STARTUP)
    for number in range(runs):
        for name in order if number % 2 == 0 else reversed(order):
            seconds, out = _wall(STARTUP[name])
            wall[name].append(seconds)
            if name in inside:
                inside[name].append(float(out))
    ours = "from confluent_connect import ConnectClient"
    ratios = {
        "import ConnectClient / import httpx": paired_ratio(wall, ours, "import httpx"),
        "--help / import httpx": paired_ratio(wall, "confluent-connect --help", "import httpx"),
        "import alone: ConnectClient / httpx": paired_ratio(inside, ours, "import httpx"),
    }
    # The same in a virtualenv holding only this package, beside the bare generated client.
    clean_wall: dict[str, list[float]] = {name: [] for name in CLEAN}
    clean_inside: dict[str, list[float]] = {name: [] for name in CLEAN}
    with tempfile.TemporaryDirectory(prefix="confluent-connect-bench-venv-") as folder:
        python = clean_environment(Path(folder))
        for statement in CLEAN.values():  # warm the file system cache; fails loudly if one cannot import
            _wall(["-c", TIMED.format(statement)], python)
        names = list(CLEAN)
        for number in range(runs):
            for name in names if number % 2 == 0 else reversed(names):
                seconds, out = _wall(["-c", TIMED.format(CLEAN[name])], python)
                clean_wall[name].append(seconds)
                clean_inside[name].append(float(out))
    for label, samples in (("clean virtualenv", clean_wall), ("clean virtualenv, import alone", clean_inside)):
        ratios[f"{label}: ConnectClient / httpx"] = paired_ratio(samples, ours, "import httpx")
        bare = paired_ratio(samples, "bare generated client", "import httpx")
        ratios[f"{label}: bare generated client / httpx"] = bare
    # Where the extra import time goes: self time per package, ours less httpx's alone.
    profiles = [import_profile("from confluent_connect import ConnectClient") for _ in range(3)]
    baseline = [import_profile("import httpx") for _ in range(3)]
    ours_us = {k: statistics.median(p.get(k, 0) for p in profiles) for k in profiles[0]}
    base_us = {k: statistics.median(p.get(k, 0) for p in baseline) for k in baseline[0]}
    extra = {k: v - base_us.get(k, 0) for k, v in ours_us.items()}
    top = dict(sorted(extra.items(), key=lambda item: -item[1])[:12])
    details = {
        "runs": runs, "wall_seconds": medians(wall), "import_seconds": medians(inside),
        "clean_virtualenv": {"wall_seconds": medians(clean_wall), "import_seconds": medians(clean_inside)},
        "ratios": ratios,
        "import_profile_us": {"total_ours": sum(ours_us.values()),
                              "total_httpx": sum(base_us.values()),
                              "extra_by_package": top},
    }  # fmt: skip
    return Section(
        details,
        [
            Row("start-up: import ConnectClient / import httpx",
                ratios["import ConnectClient / import httpx"]),
            Row("start-up: confluent-connect --help / import httpx",
                ratios["--help / import httpx"]),
            Row("import alone (in-process): ConnectClient / httpx",
                ratios["import alone: ConnectClient / httpx"]),
            Row("start-up, clean virtualenv: import ConnectClient / import httpx",
                ratios["clean virtualenv: ConnectClient / httpx"], goal=Goal("<=", 1.2)),
            Row("start-up, clean virtualenv: bare generated client / import httpx",
                ratios["clean virtualenv: bare generated client / httpx"]),
            Row("import alone, clean virtualenv: ConnectClient / httpx",
                ratios["clean virtualenv, import alone: ConnectClient / httpx"]),
        ],
    )  # fmt: skip


FETCH = (  # what `confluent-connect tasks` asks for, with httpx alone
    "import os, sys, httpx; httpx.get(sys.argv[1], auth=(os.environ['CONFLUENT_CLOUD_API_KEY'], "
    "os.environ['CONFLUENT_CLOUD_API_SECRET'])).raise_for_status()"
)


def cli_startup(quick: bool) -> Section:
    """The command line as a user types it (the console script), each beside what bare httpx takes for the same
    work: `--help` against `python -c "import httpx"`, and `tasks` against a script that gets the same tasks with
    httpx (one request each to the simulator, over loopback), so that the ratio is what the command adds. Fresh
    interpreters, interleaved; wall time, since a user waits for all of it."""
    script = Path(sys.executable).with_name("confluent-connect")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "confluent_connect"]
    with ConnectSimulator() as simulator:
        commands = {
            "confluent-connect --help": [*entry, "--help"],
            "import httpx": [sys.executable, "-c", "import httpx"],
            "confluent-connect tasks": [*entry, "tasks", ENV, CLUSTER, NAME],
            "httpx.get": [sys.executable, "-c", FETCH, simulator.url + PATH],
        }
        environ = {**os.environ, "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
                   "CONFLUENT_CLOUD_API_KEY": KEY, "CONFLUENT_CLOUD_API_SECRET": SECRET}  # fmt: skip
        wall: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm the file system cache; fails loudly if one fails
            subprocess.run(command, capture_output=True, check=True, timeout=PENDING_LIMIT, env=environ)
        for number in range(3 if quick else 21):
            for name in commands if number % 2 == 0 else reversed(list(commands)):
                start = time.perf_counter()
                subprocess.run(commands[name], capture_output=True, check=True, timeout=PENDING_LIMIT, env=environ)
                wall[name].append(time.perf_counter() - start)
    pairs = {  # row: the command, its baseline
        "confluent-connect --help / python -c 'import httpx'": ("confluent-connect --help", "import httpx"),
        "confluent-connect tasks / python -c 'httpx.get(...)' (one request over loopback)":
            ("confluent-connect tasks", "httpx.get"),
    }  # fmt: skip
    ratios = {row: paired_ratio(wall, *pair) for row, pair in pairs.items()}
    details = {"commands": commands, "wall_seconds": medians(wall), "ratios": ratios}
    return Section(details, [Row(f"CLI start-up: {row}", ratio, goal=Goal("<=", 1.3)) for row, ratio in ratios.items()])


# --- fan-out throughput, and httpx vs urllib3 (kept from earlier runs) ---------------------


def fan_out(quick: bool) -> Section:
    count, concurrency = (60, 16) if quick else (1000, 16)
    names = [f"connector-{n:04d}" for n in range(count)]

    async def ours(url: str) -> float:
        async with AsyncConnectClient(base_url=url, api_key=KEY, api_secret=SECRET) as client:
            start = time.perf_counter()
            results = await client.list_tasks_many(ENV, CLUSTER, names, concurrency=concurrency)
            elapsed = time.perf_counter() - start
        if any(isinstance(r, ConnectError) for r in results.values()):
            raise AssertionError("a call failed in the fan-out")
        return count / elapsed

    async def raw(url: str) -> float:
        limit = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(base_url=url, auth=(KEY, SECRET)) as client:

            async def one(name: str) -> object:
                async with limit:
                    response = await client.get(
                        f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/{name}/tasks"
                    )
                    response.raise_for_status()
                    return json.loads(response.content)

            start = time.perf_counter()
            await asyncio.gather(*(one(name) for name in names))
            return count / (time.perf_counter() - start)

    wrapper, floor = "AsyncConnectClient.list_tasks_many", "raw httpx.AsyncClient"
    rates: dict[str, list[float]] = {wrapper: [], floor: []}
    with ConnectSimulator(many_connectors(count)) as simulator:
        for _ in range(1 if quick else 3):  # interleaved
            rates[wrapper].append(asyncio.run(ours(simulator.url)))
            rates[floor].append(asyncio.run(raw(simulator.url)))
    ratio = paired_ratio(rates, wrapper, floor)
    details = {"connectors": count, "concurrency": concurrency, "per_second": medians(rates),
               "ratio": ratio}  # fmt: skip
    return Section(
        details,
        [Row("fan-out throughput: async list_tasks_many / raw httpx", ratio, goal=Goal(">=", 0.8))],
    )


class Urllib3Transport(httpx.BaseTransport):
    """httpx on top of urllib3 instead of httpcore: the experiment behind `transports`."""

    def __init__(self) -> None:
        import urllib3  # noqa: PLC0415 - a development dependency, for this experiment only

        self._pool = urllib3.PoolManager(maxsize=16, retries=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._pool.request(
            request.method, str(request.url), headers=dict(request.headers), body=request.read(),
            redirect=False, preload_content=True,
        )  # fmt: skip
        return httpx.Response(answer.status, headers=list(answer.headers.items()), content=answer.data)

    def close(self) -> None:
        self._pool.clear()


def transports(quick: bool) -> Section:
    """Over loopback: urllib3 directly (as openapi-generator's clients call it), plain httpx
    (httpcore underneath), and httpx with urllib3 as its transport."""
    import urllib3  # noqa: PLC0415

    calls, rounds = (10, 3) if quick else (40, 21)
    with ConnectSimulator() as simulator:
        url = simulator.url + PATH
        pool = urllib3.PoolManager(maxsize=16, retries=False)
        headers = urllib3.make_headers(basic_auth=f"{KEY}:{SECRET}")
        httpcore_client = httpx.Client(auth=(KEY, SECRET))
        urllib3_client = httpx.Client(auth=(KEY, SECRET), transport=Urllib3Transport())
        try:
            samples = timed_rounds(
                {
                    "urllib3": lambda: json.loads(pool.request("GET", url, headers=headers).data),
                    "httpx": lambda: json.loads(httpcore_client.get(url).content),
                    "httpx on urllib3": lambda: json.loads(urllib3_client.get(url).content),
                },
                calls,
                rounds,
            )
        finally:
            for client in (httpcore_client, urllib3_client):
                client.close()
            pool.clear()
    details = {
        "seconds_per_call": medians(samples),
        "urllib3 / httpx": paired_ratio(samples, "urllib3", "httpx"),
        "httpx on urllib3 / httpx": paired_ratio(samples, "httpx on urllib3", "httpx"),
    }
    return Section(
        details,
        [
            Row("loopback: urllib3 / httpx", details["urllib3 / httpx"]),
            Row("loopback: httpx on urllib3 / httpx", details["httpx on urllib3 / httpx"]),
        ],
    )


# --- the run ------------------------------------------------------------------------------

SECTIONS: dict[str, Callable[[bool], Section]] = {
    "per_call": per_call,
    "decode": decode,
    "calls": calls,
    "startup": startup,
    "cli_startup": cli_startup,
    "transports": transports,
    "fan_out": fan_out,
    "rate_limit": rate_limit,
    "policies": policies,
    "fleet": fleet,
    "sharing": sharing,
    "throttling": throttled,
}


def table(rows: Iterable[Row], failed: dict[str, str]) -> list[str]:
    rows = list(rows)
    width = max([len(row.measure) for row in rows] + [7])
    lines = [f"{'measure':<{width}}  {'value':>9}  {'goal':<10}  verdict"]
    for row in rows:
        verdict = "" if row.goal is None else "met" if row.goal.met(row.value) else "MISSED"
        lines.append(
            f"{row.measure:<{width}}  {shown(row.kind, row.value):>9}  {shown_goal(row):<10}  {verdict}".rstrip()
        )
    lines += [f"{name:<{width}}  {'FAILED':>9}  (see results.json)" for name in failed]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check the script runs")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument("--only", action="append", choices=list(SECTIONS), help="run just these sections")
    args = parser.parse_args()
    # A SIGTERM (a CI job's timeout, `kill`) unwinds like Ctrl-C: every section's `finally` stops the simulator
    # processes and fleet workers it started, which would otherwise outlive the bench.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    # Bytecode for both packages, as an installed package has it: with PYTHONDONTWRITEBYTECODE set, each fresh
    # interpreter of the start-up rows would otherwise compile the sources again (the __pycache__ folders are ignored).
    for package in (ROOT / "generated" / "confluent_connect_api", ROOT / "wrapper" / "confluent_connect"):
        compileall.compile_dir(package, quiet=1)
    backlog = roomy_backlog()
    details: dict[str, Any] = {}
    rows: list[Row] = []
    failed: dict[str, str] = {}
    durations: dict[str, float] = {}
    for name, run in SECTIONS.items():
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        try:
            section = run(args.quick)
        except Exception:  # reported; the other sections still run
            failed[name] = traceback.format_exc()
            print(f"[{name}: FAILED]\n{failed[name]}", file=sys.stderr, flush=True)
        else:
            details[name] = section.details
            rows += section.rows
        durations[name] = time.perf_counter() - started
        print(f"[{name}: {durations[name]:.1f} s]", file=sys.stderr, flush=True)
    print()
    print("\n".join(table(rows, failed)))
    missed = [row.measure for row in rows if row.goal is not None and not row.goal.met(row.value)]
    document = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": {
            "platform": platform.platform(),
            "processor": platform.machine(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "httpx": httpx.__version__,
        },
        "quick": args.quick,
        "sections": list(durations),
        "simulator_backlog": backlog,
        "summary": {row.measure: row.value for row in rows},
        "rows": [
            {
                "measure": row.measure,
                "value": row.value,
                "kind": row.kind,
                "goal": shown_goal(row) or None,
                "met": None if row.goal is None else row.goal.met(row.value),
            }
            for row in rows
        ],
        "missed": missed,
        "failed": failed,
        "section_seconds": durations,
        "results": details,
    }
    args.output.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
