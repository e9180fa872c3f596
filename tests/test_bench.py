"""`make bench` runs: a smoke run on tiny sizes. Timings are never asserted here: whether a
goal is met is the benchmark's to print, not a test's to decide."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

# Every figure the README reports, by the section of bench.py that measures it: one row each in the printed table and
# in `summary`.
RATE_LIMITED = [
    *(f"rate limit, {n} {noun}" for noun in ("threads", "async tasks") for n in (8, 32, 128)),
]
FIGURES = ("elapsed / ideal", "share of 429s", "failures")
EXPECTED = {
    "per_call": {
        "list_tasks / generated operation (in-process)",
        "list_tasks / httpx get + json.loads (in-process)",
        "generated operation / httpx get + json.loads (in-process)",
        "bare generated client / httpx get + json.loads (in-process)",
        "list_tasks / bare generated client (in-process)",
        "list_tasks / generated operation (loopback)",
        "list_tasks / httpx get + json.loads (loopback)",
    },
    "decode": {
        "decode 2,000 tasks: parse_success / json.loads",
        "decode 2,000 tasks: bare generated client / json.loads",
        "decode expanded listing (parse_success) / json.loads",
        "decode expanded listing: bare generated client / json.loads",
    },
    "calls": {
        "2,000 calls: list_tasks / httpx get + json.loads",
        "2,000 calls: bare generated client / httpx get + json.loads",
        "2,000 calls: list_tasks / bare generated client",
        "one 2,000-task body: list_tasks / httpx get + json.loads",
        "one 2,000-task body: bare generated client / httpx get + json.loads",
    },
    "startup": {
        "start-up: import ConnectClient / import httpx",
        "start-up: confluent-connect --help / import httpx",
        "import alone (in-process): ConnectClient / httpx",
        "start-up, clean virtualenv: import ConnectClient / import httpx",
        "start-up, clean virtualenv: bare generated client / import httpx",
        "import alone, clean virtualenv: ConnectClient / httpx",
    },
    "cli_startup": {
        "CLI start-up: confluent-connect --help / python -c 'import httpx'",
        "CLI start-up: confluent-connect tasks / python -c 'httpx.get(...)' (one request over loopback)",
    },
    "transports": {"loopback: urllib3 / httpx", "loopback: httpx on urllib3 / httpx"},
    "fan_out": {"fan-out throughput: async list_tasks_many / raw httpx"},
    "rate_limit": {f"{run}: {figure}" for run in RATE_LIMITED for figure in FIGURES},
    "policies": {
        f"rate limit, 32 threads, {policy}: {figure}"
        for policy in ("holding off", "Confluent tools' policy")
        for figure in FIGURES
    },
    "fleet": {
        f"fleet, {n} {'process' if n == 1 else 'processes'} x 8 threads: {figure}"
        for n in (1, 2, 4)
        for figure in FIGURES
    },
    # --quick's limit: the full run's rows say "50 of 100"
    "sharing": {
        f"beside another consumer (10 of 20, {how}), 8 {noun}: {figure}"
        for how in ("spread", "at each opening")
        for noun in ("threads", "async tasks")
        for figure in ("share of the spare rate", "share of 429s")
    },
    "throttling": {f"throttled fan-out of 200 ({mode}): 429s spared by holding" for mode in ("sync", "async")},
}


# bench.py run as `python -c` with the client beside another consumer counting 0.5 s instead of --quick's 1 s: the
# section's four real-time runs take 10 s at --quick's size, 8 at this one, with the same code and figures.
SHORTER_SHARING = """
import sys
sys.path.insert(0, sys.argv[1])
import bench
quick = bench.Beside
bench.Beside = lambda rate, window, spent, seconds, *rest: quick(rate, window, spent, min(seconds, 0.5), *rest)
sys.argv = [bench.__file__, *sys.argv[2:]]
sys.exit(bench.main())
"""


@pytest.mark.generator  # as the sections' tests: test-deps environments run no part of the bench
def test_every_section_of_the_benchmark_is_smoke_tested() -> None:
    """The sections below are bench.py's, all of them: its --only choices."""
    usage = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench.py"), "--help"], capture_output=True, text=True, check=True
    ).stdout
    choices = re.search(r"--only \{([^}]*)\}", usage)
    assert choices is not None, usage
    assert choices[1].split(",") == list(EXPECTED)


@pytest.mark.generator  # the bench generates the bare client as its peer
@pytest.mark.parametrize("section", list(EXPECTED))
def test_each_benchmark_section_runs_on_tiny_sizes(tmp_path: Path, section: str) -> None:
    """bench.py --quick --only SECTION finishes, the section does not fail, and every figure it reports is there and
    sensible: ratios positive, shares of requests and counts of failures not negative. (A section at a time: the
    whole run takes over 30 s, its slowest sections about 8.)"""
    output = tmp_path / "results.json"
    bench = [sys.executable, str(ROOT / "bench" / "bench.py")]
    if section == "sharing":
        bench = [sys.executable, "-c", SHORTER_SHARING, str(ROOT / "bench")]
    result = subprocess.run(
        [*bench, "--quick", "--only", section, "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    document = json.loads(output.read_text())
    assert document["quick"] is True
    assert document["failed"] == {}
    assert document["sections"] == [section]
    assert {"date", "machine", "summary", "rows", "results"} <= set(document)
    assert {"platform", "cpus", "python"} <= set(document["machine"])

    summary = document["summary"]
    expected = EXPECTED[section]
    assert set(summary) == expected, (sorted(expected - set(summary)), sorted(set(summary) - expected))
    rows = {row["measure"]: row for row in document["rows"]}
    assert set(rows) == set(summary)
    for measure, value in summary.items():
        assert isinstance(value, int | float), measure
        assert math.isfinite(value), measure
        assert value > 0 if rows[measure]["kind"] == "ratio" else value >= 0, measure
        assert measure in result.stdout  # a row of the printed table
        assert rows[measure]["value"] == value
        assert (rows[measure]["goal"] is None) is (rows[measure]["met"] is None)
