"""confluent-connect as a Unix tool, through its real entry point: quiet when its reader goes away, exit 130 without
a traceback on Ctrl-C, strict JSON, progress only for a terminal or --verbose, and a start that loads no client (and
a command that reads, nothing that writes)."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import CLUSTER, DELAY, ENTRY, ENV, FAST_POLL, cli, datagen, environ
from conftest import ROOT

from confluent_connect.testing import ConnectSimulator, seed_connectors

MANY = 2000  # a listing of this many rows is far more than a pipe holds


@pytest.fixture(scope="module")
def sim() -> Iterator[ConnectSimulator]:
    """The sample connectors, a cluster holding MANY, and a connector whose offsets JSON cannot carry."""
    weird = datagen("weird-offsets")
    weird.offsets = [{"partition": {"kafka_partition": 0, "kafka_topic": "t"},
                      "offset": {"lag": float("nan"), "high": float("inf"), "low": float("-inf"), "n": 7}}]  # fmt: skip
    crowd = [datagen(f"pipe-test-connector-{n:05d}", cluster="lkc-crowd") for n in range(MANY)]
    with ConnectSimulator([*seed_connectors(), weird, *crowd], transition_delay=DELAY) as simulator:
        yield simulator


@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "PYTHONUNBUFFERED"])
def test_a_reader_that_stops_after_one_line_ends_it_quietly(sim: ConnectSimulator, unbuffered: str) -> None:
    """connectors | (read one line, close): no traceback, no error line, exit 0, buffered or not."""
    # Buffered, as users run it, the write meets the closed pipe; unbuffered, CPython drops what it refused silently.
    command, settings = [*ENTRY, "connectors", ENV, "lkc-crowd"], environ(sim)
    settings.pop("PYTHONUNBUFFERED", None)
    settings.update({"PYTHONUNBUFFERED": unbuffered} if unbuffered else {})
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=settings) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read()
        process.wait(timeout=60)
    assert first.split() == [b"NAME", b"STATE", b"TYPE", b"TASKS", b"TASK", b"STATES"]
    assert (process.returncode, err) == (0, b"")


def test_a_reader_gone_before_the_first_write_ends_it_quietly(sim: ConnectSimulator) -> None:
    """status | true: what is left unwritten is not flushed again at exit (no "Exception ignored" line), exit 0."""
    command, settings = [*ENTRY, "status", ENV, CLUSTER, "gcs-logs-sink"], environ(sim)
    settings.pop("PYTHONUNBUFFERED", None)
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=settings) as process:
        assert process.stdout is not None
        process.stdout.close()  # long before the command has anything to say
        _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (0, b"")


def test_ctrl_c_exits_130_without_a_traceback(sim: ConnectSimulator) -> None:
    """SIGINT while waiting: exit 130, nothing on stderr but the progress shown before it."""
    command = [*ENTRY, "wait", ENV, CLUSTER, "gcs-logs-sink", "--state", "PAUSED", "-v", *FAST_POLL]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ(sim)
    ) as process:
        assert process.stderr is not None
        seen = process.stderr.readline()  # it is waiting now
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert seen.startswith("confluent-connect: gcs-logs-sink: RUNNING")
    assert (process.returncode, out) == (130, "")
    assert all(line.startswith("confluent-connect: gcs-logs-sink: RUNNING") for line in err.splitlines())


def test_json_is_strict_where_the_server_is_not(sim: ConnectSimulator) -> None:
    """Offsets holding NaN and infinities: -o json writes them as the strings "NaN", "Infinity", "-Infinity"."""
    result = cli(sim, "offsets", "weird-offsets", "-o", "json")
    assert result.code == 0

    def refuse(constant: str) -> None:
        raise AssertionError(f"not strict JSON: {constant}")

    offset = json.loads(result.out, parse_constant=refuse)["offsets"][0]["offset"]
    assert offset == {"lag": "NaN", "high": "Infinity", "low": "-Infinity", "n": 7}


def test_json_output_is_one_document_for_many_connectors(sim: ConnectSimulator) -> None:
    """A command given several connectors writes one JSON document, not one per connector."""
    sim.add(datagen("json-a"))
    sim.add(datagen("json-b"))
    result = cli(sim, "pause", "json-a", "json-b", "-o", "json")
    assert result.code == 0
    assert [item["name"] for item in json.loads(result.out)] == ["json-a", "json-b"]


def test_progress_is_silent_for_scripts(sim: ConnectSimulator) -> None:
    """Neither a terminal nor --verbose: a wait writes its result and nothing on stderr."""
    sim.add(datagen("quiet-wait"))
    result = cli(sim, "pause", "quiet-wait", "--wait", *FAST_POLL)
    assert (result.code, result.err) == (0, "")


def test_progress_shows_on_a_terminal(sim: ConnectSimulator) -> None:
    """stderr a terminal, no --verbose: the wait's state changes are shown there as they happen."""
    sim.add(datagen("loud-wait"))
    terminal, other_end = pty.openpty()
    command = [*ENTRY, "pause", ENV, CLUSTER, "loud-wait", "--wait", *FAST_POLL]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=other_end, env=environ(sim)) as process:
        os.close(other_end)
        shown = b""
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the other end is closed: the command is done
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=60)
    os.close(terminal)
    lines = shown.decode().splitlines()
    assert process.returncode == 0
    assert [line.split(": ")[2].split(",")[0] for line in lines] == ["RUNNING", "PAUSED"]


def test_help_and_parsing_load_no_client(tmp_path: Path) -> None:
    """Importing the package, --help and parsing load no httpx, attrs, generated package or command module."""
    probe = """
import sys
before = set(sys.modules)
import confluent_connect
from confluent_connect import cli
from confluent_connect.cli import _parser
_parser.parser().parse_args(["patch", "e", "c", "n", "--set", "a=b"])
try:
    cli.main(["--help"])
except SystemExit:
    pass
print(" ".join(sorted(set(sys.modules) - before)), file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    loaded = done.stderr.split()
    assert {"confluent_connect", "confluent_connect.cli._parser"} <= set(loaded)
    heavy = ("httpx", "httpcore", "attr", "confluent_connect_api", "confluent_connect._client")
    assert [name for name in loaded if name.split(".")[0] in heavy or name in heavy] == []
    assert [name for name in loaded if name.startswith("confluent_connect.cli._") and name[22:] != "_parser"] == []


def test_a_command_that_reads_loads_nothing_that_writes(sim: ConnectSimulator) -> None:
    """status loads the client, but not the writing commands, their diff and their file and value readers."""
    probe = """
import sys
from confluent_connect import cli
code = cli.main(["status", "env-demo1", "lkc-demo1", "gcs-logs-sink"])
print(code, " ".join(sorted(sys.modules)), file=sys.stderr)
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=environ(sim), timeout=60
    )
    code, *loaded = done.stderr.split()
    assert (code, "confluent_connect._client" in loaded, "RUNNING" in done.stdout) == ("0", True, True)
    assert {"confluent_connect.cli._changes", "confluent_connect.cli._diff", "confluent_connect.cli._input"}.isdisjoint(
        loaded
    )


def test_bench_has_the_cli_start_up_rows(tmp_path: Path) -> None:
    """make bench measures confluent-connect --help against python -c 'import httpx', and a command that reads
    against httpx making the same request, each against a goal of 1.3x."""
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench.py"), "--quick", "--only", "cli_startup", "--output", str(output)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows = json.loads(output.read_text())["rows"]
    assert [row["measure"] for row in rows] == [
        "CLI start-up: confluent-connect --help / python -c 'import httpx'",
        "CLI start-up: confluent-connect tasks / python -c 'httpx.get(...)' (one request over loopback)",
    ]
    assert [(row["goal"], row["value"] > 0) for row in rows] == [("<= 1.300x", True)] * 2
    assert all(row["measure"] in done.stdout for row in rows)
