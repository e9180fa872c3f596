"""`make bench` runs: a smoke run on tiny sizes. Timings are never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_benchmark_runs_every_section_on_tiny_sizes(tmp_path: Path) -> None:
    """bench.py --quick finishes and writes every figure the README reports."""
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench.py"), "--quick", "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(output.read_text())
    assert document["quick"] is True
    assert set(document["summary"]) >= {
        "in-process wrapper / generated",
        "decode / json.loads",
        "rate limit: elapsed / ideal",
        "fan-out / raw httpx",
        "import / httpx",
    }
    assert all(value > 0 for value in document["summary"].values() if value)
    assert document["results"]["rate_limit"]["ours (holding on)"]["failures"] == 0
