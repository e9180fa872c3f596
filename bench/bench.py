"""`make bench`: speed and rate-limit efficiency, as ratios measured side by side.

Absolute times drift on shared machines; ratios taken in one run, interleaved, hold. Each
section prints its figures and its goal; everything lands in bench/results.json.

    python bench/bench.py            # the full run (a few minutes on 2 cores)
    python bench/bench.py --quick    # tiny sizes: checks that every section runs
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from confluent_connect import AsyncConnectClient, ConnectClient, ConnectError, RetryPolicy
from confluent_connect._tasks import tasks_from
from confluent_connect.testing import Connector, ConnectSimulator, seed_connectors
from confluent_connect_api import AuthenticatedClient
from confluent_connect_api.api.status import list_connector_tasks

HERE = Path(__file__).resolve().parent
ENV, CLUSTER, NAME = "env-demo1", "lkc-demo1", "gcs-logs-sink"
PATH = f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/{NAME}/tasks"
KEY, SECRET = ConnectSimulator.api_key, ConnectSimulator.api_secret


def three_tasks() -> bytes:
    connector = next(c for c in seed_connectors() if c.name == NAME)
    connector.tasks.append(dict(connector.tasks[0]))
    return json.dumps(connector.body()).encode()


def timed_rounds(
    variants: dict[str, Callable[[], object]], calls: int, rounds: int
) -> dict[str, list[float]]:
    """Seconds per call for each variant in each round. Rounds interleave the variants (in
    alternating order) so that whatever the machine is doing affects them alike."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for call in variants.values():  # warm up
        for _ in range(max(3, calls // 10)):
            call()
    names = list(variants)
    for number in range(rounds):
        gc.collect()
        for name in names if number % 2 == 0 else reversed(names):
            call = variants[name]
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


def call_variants(
    base_url: str, transport_for: Callable[[], httpx.BaseTransport]
) -> tuple[dict[str, Callable[[], object]], list[Any]]:
    """The floor, the bare generated operation and the wrapper, over the same transport kind."""
    plain = httpx.Client(base_url=base_url, transport=transport_for(), auth=(KEY, SECRET))
    generated = AuthenticatedClient(base_url=base_url, token="")
    generated.set_httpx_client(
        httpx.Client(base_url=base_url, transport=transport_for(), auth=(KEY, SECRET))
    )
    wrapper = ConnectClient(
        base_url=base_url, api_key=KEY, api_secret=SECRET, transport=transport_for()
    )
    variants: dict[str, Callable[[], object]] = {
        "httpx + json.loads (floor)": lambda: json.loads(plain.get(PATH).content),
        "generated operation": lambda: list_connector_tasks.sync_detailed(
            ENV, CLUSTER, NAME, client=generated
        ),
        "ConnectClient.list_tasks": lambda: wrapper.list_tasks(ENV, CLUSTER, NAME),
    }
    return variants, [plain, generated.get_httpx_client(), wrapper]


def per_call_overhead(quick: bool) -> dict[str, Any]:
    body = three_tasks()
    calls, rounds = (20, 3) if quick else (100, 41)
    results: dict[str, Any] = {}

    def mock() -> httpx.BaseTransport:
        headers = {"Content-Type": "application/json"}
        return httpx.MockTransport(
            lambda request: httpx.Response(200, content=body, headers=headers)
        )

    with ConnectSimulator() as simulator:
        for where, base_url, transport in (
            ("in_process", "https://api.confluent.cloud", mock),
            ("loopback", simulator.url, httpx.HTTPTransport),
        ):
            variants, clients = call_variants(base_url, transport)
            samples = timed_rounds(
                variants, calls if where == "in_process" else calls // 3 or 5, rounds
            )
            for client in clients:
                client.close()
            results[where] = medians(samples)
            wrapper, generated, floor = list(variants)[::-1]
            results[f"{where}_ratios"] = {
                "wrapper / generated": paired_ratio(samples, wrapper, generated),
                "wrapper / floor": paired_ratio(samples, wrapper, floor),
                "generated / floor": paired_ratio(samples, generated, floor),
            }
    return results


def large_response(quick: bool) -> dict[str, Any]:
    count = 50 if quick else 2000
    config = {f"custom.key.{n:02d}": f"value-{n}" for n in range(24)}
    config.update(
        {"cloud.environment": "prod", "cloud.provider": "aws", "connector.class": "S3_SINK",
         "kafka.endpoint": "SASL_SSL://x:9092", "kafka.region": "us-west-2", "name": "big"}
    )  # fmt: skip
    body = json.dumps(Connector("big", [dict(config) for _ in range(count)]).body()).encode()
    response = httpx.Response(200, content=body, request=httpx.Request("GET", "https://x/"))
    api = AuthenticatedClient(base_url="https://x", token="")
    samples = timed_rounds(
        {
            "json.loads": lambda: json.loads(body),
            "wrapper decode": lambda: tasks_from(response, api),
        },
        calls=2 if quick else 3,
        rounds=3 if quick else 21,
    )
    ratio = paired_ratio(samples, "wrapper decode", "json.loads")
    return {
        "tasks": count,
        "keys_per_task": len(config),
        "seconds": medians(samples),
        "ratio": ratio,
    }


POLICIES = {
    "ours (holding on)": RetryPolicy(),
    "ours, holding off": RetryPolicy(hold_on_exhausted=False),
    "Confluent tools' policy": RetryPolicy(
        max_retries=4, backoff_initial=1.0, backoff_max=30.0, jitter=False, hold_on_exhausted=False
    ),
}


def rate_limit_efficiency(quick: bool) -> dict[str, Any]:
    connectors, rate = (40, 20) if quick else (300, 50)
    ideal = connectors / rate
    results: dict[str, Any] = {
        "connectors": connectors,
        "limit_per_second": rate,
        "ideal_seconds": ideal,
    }
    for label, policy in POLICIES.items():
        with ConnectSimulator(
            many_connectors(connectors), rate_limit=rate, window=1.0
        ) as simulator:
            names = [f"connector-{n:04d}" for n in range(connectors)]
            with simulator.client(retry=policy) as client:
                start = time.perf_counter()
                outcome = client.list_tasks_many(ENV, CLUSTER, names, concurrency=16)
                elapsed = time.perf_counter() - start
            sent = sum(simulator.statuses.values())
            results[label] = {
                "elapsed_over_ideal": elapsed / ideal,
                "requests": sent,
                "answered_429": simulator.statuses[429],
                "share_429": simulator.statuses[429] / sent,
                "failures": sum(isinstance(r, ConnectError) for r in outcome.values()),
            }
    return results


def many_connectors(count: int) -> list[Connector]:
    template = next(c for c in seed_connectors() if c.name == NAME)
    return [Connector(f"connector-{n:04d}", template.tasks) for n in range(count)]


def fan_out_throughput(quick: bool) -> dict[str, Any]:
    count, concurrency = (60, 16) if quick else (1000, 16)
    names = [f"connector-{n:04d}" for n in range(count)]

    async def ours(url: str) -> float:
        async with AsyncConnectClient(base_url=url, api_key=KEY, api_secret=SECRET) as client:
            start = time.perf_counter()
            results = await client.list_tasks_many(ENV, CLUSTER, names, concurrency=concurrency)
            elapsed = time.perf_counter() - start
        assert not any(isinstance(r, ConnectError) for r in results.values())
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

    rates: dict[str, list[float]] = {
        "ConnectClient (async list_tasks_many)": [],
        "raw httpx.AsyncClient": [],
    }
    with ConnectSimulator(many_connectors(count)) as simulator:
        for _ in range(1 if quick else 3):  # interleaved
            rates["ConnectClient (async list_tasks_many)"].append(asyncio.run(ours(simulator.url)))
            rates["raw httpx.AsyncClient"].append(asyncio.run(raw(simulator.url)))
    ratio = paired_ratio(rates, "ConnectClient (async list_tasks_many)", "raw httpx.AsyncClient")
    return {
        "connectors": count,
        "concurrency": concurrency,
        "per_second": medians(rates),
        "ratio": ratio,
    }


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
        return httpx.Response(
            answer.status, headers=list(answer.headers.items()), content=answer.data
        )

    def close(self) -> None:
        self._pool.clear()


def transports(quick: bool) -> dict[str, Any]:
    """Over loopback: where httpx's time goes, and whether urllib3 under httpx helps.

    Clients generated by openapi-generator call urllib3 directly; compare that, plain httpx
    (httpcore underneath), and httpx with urllib3 as its transport.
    """
    import urllib3  # noqa: PLC0415

    calls, rounds = (10, 3) if quick else (40, 21)
    with ConnectSimulator() as simulator:
        url = simulator.url + PATH
        pool = urllib3.PoolManager(maxsize=16, retries=False)
        headers = urllib3.make_headers(basic_auth=f"{KEY}:{SECRET}")
        httpcore_client = httpx.Client(auth=(KEY, SECRET))
        urllib3_client = httpx.Client(auth=(KEY, SECRET), transport=Urllib3Transport())
        samples = timed_rounds(
            {
                "urllib3 + json.loads": lambda: json.loads(
                    pool.request("GET", url, headers=headers).data
                ),
                "httpx (httpcore) + json.loads": lambda: json.loads(
                    httpcore_client.get(url).content
                ),
                "httpx (urllib3) + json.loads": lambda: json.loads(urllib3_client.get(url).content),
            },
            calls,
            rounds,
        )
        for client in (httpcore_client, urllib3_client):
            client.close()
    return {
        "seconds": medians(samples),
        "urllib3 / httpx": paired_ratio(
            samples, "urllib3 + json.loads", "httpx (httpcore) + json.loads"
        ),
        "httpx on urllib3 / httpx": paired_ratio(
            samples, "httpx (urllib3) + json.loads", "httpx (httpcore) + json.loads"
        ),
    }


def import_time(quick: bool) -> dict[str, Any]:
    runs = 3 if quick else 9
    # What a user writes: the client itself, not just the package name.
    code = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
    seconds: dict[str, list[float]] = {
        "import httpx": [],
        "from confluent_connect import ConnectClient": [],
    }
    for _ in range(runs):
        for module, values in seconds.items():
            out = subprocess.run(
                [sys.executable, "-c", code.format(module)],
                capture_output=True,
                text=True,
                check=True,
            )
            values.append(float(out.stdout))
    ratio = paired_ratio(seconds, "from confluent_connect import ConnectClient", "import httpx")
    return {"seconds": medians(seconds), "ratio": ratio}


GOALS = {
    "in-process wrapper / generated": ("<=", 1.05),
    "in-process wrapper / floor": ("<=", 1.25),
    "decode / json.loads": ("<=", 2.0),
    "rate limit: elapsed / ideal": ("<=", 1.10),
    "rate limit: share of 429s": ("<=", 0.02),
    "fan-out / raw httpx": (">=", 0.8),
    "import / httpx": ("<=", 1.5),
}


def headline(results: dict[str, Any]) -> dict[str, float]:
    ours = results["rate_limit"]["ours (holding on)"]
    return {
        "in-process wrapper / generated": results["per_call"]["in_process_ratios"][
            "wrapper / generated"
        ],
        "in-process wrapper / floor": results["per_call"]["in_process_ratios"]["wrapper / floor"],
        "in-process generated / floor": results["per_call"]["in_process_ratios"][
            "generated / floor"
        ],
        "loopback wrapper / floor": results["per_call"]["loopback_ratios"]["wrapper / floor"],
        "decode / json.loads": results["large_response"]["ratio"],
        "rate limit: elapsed / ideal": ours["elapsed_over_ideal"],
        "rate limit: share of 429s": ours["share_429"],
        "fan-out / raw httpx": results["fan_out"]["ratio"],
        "import / httpx": results["import_time"]["ratio"],
        "loopback: urllib3 / httpx": results["transports"]["urllib3 / httpx"],
        "loopback: httpx on urllib3 / httpx": results["transports"]["httpx on urllib3 / httpx"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check the script runs")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    sections = [
        ("per_call", per_call_overhead),
        ("large_response", large_response),
        ("rate_limit", rate_limit_efficiency),
        ("fan_out", fan_out_throughput),
        ("import_time", import_time),
        ("transports", transports),
    ]
    for name, run in sections:
        started = time.perf_counter()
        results[name] = run(args.quick)
        print(f"[{name}: {time.perf_counter() - started:.1f} s]", file=sys.stderr, flush=True)
    summary = headline(results)
    print(f"\n{'measure':<34} {'ratio':>8}  goal")
    for measure, value in summary.items():
        goal = GOALS.get(measure)
        verdict = ""
        if goal:
            met = value <= goal[1] if goal[0] == "<=" else value >= goal[1]
            verdict = f"{goal[0]} {goal[1]:g}  {'met' if met else 'MISSED'}"
        print(f"{measure:<34} {value:>8.3f}  {verdict}")
    print("\nrate limit, every policy (elapsed / ideal, 429s of requests, failures):")
    for label in POLICIES:
        row = results["rate_limit"][label]
        share = f"{row['answered_429']}/{row['requests']}"
        print(f"  {label:<26} {row['elapsed_over_ideal']:6.2f}x  {share:>9}  {row['failures']}")
    document = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.machine(),
            "cpus": os.cpu_count(),
        },
        "quick": args.quick,
        "summary": summary,
        "results": results,
    }
    args.output.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
