"""`make bench` runs: a smoke run on tiny sizes. Timings are never asserted here: whether a
goal is met is the benchmark's to print, not a test's to decide."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

# Every figure the README reports: one row each in the printed table and in `summary`.
RATE_LIMITED = [
    *(f"rate limit, {n} {noun}" for noun in ("threads", "async tasks") for n in (8, 32, 128)),
    *(f"fleet, {n} {'process' if n == 1 else 'processes'} x 8 threads" for n in (1, 2, 4)),
]
EXPECTED = {
    "list_tasks / generated operation (in-process)",
    "list_tasks / httpx get + json.loads (in-process)",
    "generated operation / httpx get + json.loads (in-process)",
    "bare generated client / httpx get + json.loads (in-process)",
    "list_tasks / bare generated client (in-process)",
    "list_tasks / generated operation (loopback)",
    "list_tasks / httpx get + json.loads (loopback)",
    "decode 2,000 tasks: parse_success / json.loads",
    "decode 2,000 tasks: bare generated client / json.loads",
    "decode expanded listing (parse_success) / json.loads",
    "decode expanded listing: bare generated client / json.loads",
    "2,000 calls: list_tasks / httpx get + json.loads",
    "2,000 calls: bare generated client / httpx get + json.loads",
    "2,000 calls: list_tasks / bare generated client",
    "one 2,000-task body: list_tasks / httpx get + json.loads",
    "one 2,000-task body: bare generated client / httpx get + json.loads",
    "start-up: import ConnectClient / import httpx",
    "start-up: confluent-connect --help / import httpx",
    "import alone (in-process): ConnectClient / httpx",
    "start-up, clean virtualenv: import ConnectClient / import httpx",
    "start-up, clean virtualenv: bare generated client / import httpx",
    "import alone, clean virtualenv: ConnectClient / httpx",
    "CLI start-up: confluent-connect --help / python -c 'import httpx'",
    "CLI start-up: confluent-connect tasks / python -c 'httpx.get(...)' (one request over loopback)",
    "loopback: urllib3 / httpx",
    "loopback: httpx on urllib3 / httpx",
    "fan-out throughput: async list_tasks_many / raw httpx",
    *(f"{run}: {figure}" for run in RATE_LIMITED for figure in
      ("elapsed / ideal", "share of 429s", "failures")),
    *(f"rate limit, 32 threads, {policy}: {figure}"
      for policy in ("holding off", "Confluent tools' policy")
      for figure in ("elapsed / ideal", "share of 429s", "failures")),
    # --quick's limit: the full run's rows say "50 of 100"
    *(f"beside another consumer (10 of 20, {how}), 8 {noun}: {figure}"
      for how in ("spread", "at each opening") for noun in ("threads", "async tasks")
      for figure in ("share of the spare rate", "share of 429s")),
    *(f"throttled fan-out of 200 ({mode}): 429s spared by holding" for mode in ("sync", "async")),
}  # fmt: skip


@pytest.mark.generator  # the bench generates the bare client as its peer
def test_benchmark_runs_every_section_on_tiny_sizes(tmp_path: Path) -> None:
    """bench.py --quick finishes, no section fails, and every figure is there and sensible:
    ratios positive, shares of requests and counts of failures not negative."""
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench.py"), "--quick", "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    document = json.loads(output.read_text())
    assert document["quick"] is True
    assert document["failed"] == {}
    assert {"date", "machine", "summary", "rows", "results"} <= set(document)
    assert {"platform", "cpus", "python"} <= set(document["machine"])

    summary = document["summary"]
    assert set(summary) == EXPECTED, (sorted(EXPECTED - set(summary)), sorted(set(summary) - EXPECTED))
    rows = {row["measure"]: row for row in document["rows"]}
    assert set(rows) == set(summary)
    for measure, value in summary.items():
        assert isinstance(value, int | float), measure
        assert math.isfinite(value), measure
        assert value > 0 if rows[measure]["kind"] == "ratio" else value >= 0, measure
        assert measure in result.stdout  # a row of the printed table
        assert rows[measure]["value"] == value
        assert (rows[measure]["goal"] is None) is (rows[measure]["met"] is None)
