"""The confluent-connect command: output, masking, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from confluent_connect import cli
from confluent_connect.testing import ConnectSimulator, Fault


@pytest.fixture
def environment(connect_simulator: ConnectSimulator, monkeypatch: pytest.MonkeyPatch) -> ConnectSimulator:
    monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", connect_simulator.url)
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", connect_simulator.api_key)
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", connect_simulator.api_secret)
    return connect_simulator


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["tasks", "env-demo1", "lkc-demo1", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_table_lists_every_task_and_key_with_secrets_masked(
    environment: ConnectSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    """The default output: a header, one block per task, masked values."""
    code, out, err = run(capsys, "gcs-logs-sink")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "gcs-logs-sink: 2 tasks"
    assert lines[2].split() == ["TASK", "KEY", "VALUE"]
    assert lines[3].split() == ["0", "cloud.environment", "prod"]
    assert "gcs.bucket.name         api-logs" in out
    assert "kafka.api.secret        [redacted]" in out
    assert "****" not in out
    assert sum(1 for line in lines if line.split()[:1] == ["1"]) == 1


def test_json_output_is_the_tasks_with_secrets_masked(
    environment: ConnectSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output json prints every task as the API sends it, secrets masked."""
    environment.connector("gcs-logs-sink").tasks[0]["database.password"] = "plain-text-pw"
    code, out, _ = run(capsys, "gcs-logs-sink", "--output", "json")
    assert code == 0
    tasks = json.loads(out)
    assert [task["id"]["task"] for task in tasks] == [0, 1]
    assert tasks[0]["config"]["flush.size"] == "1000"
    assert tasks[0]["config"]["database.password"] == "[redacted]"
    assert "plain-text-pw" not in out


def test_api_error_is_one_line_on_stderr_with_exit_1(
    environment: ConnectSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 404: status, message and request id on one line; exit code 1."""
    code, out, err = run(capsys, "nope")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("confluent-connect: 404 Not Found: connector 'nope' not found (request id sim-")


def test_network_error_exits_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing listening: a TransportError line, exit code 1."""
    with ConnectSimulator() as simulator:
        url = simulator.url
    monkeypatch.setenv("CONFLUENT_CLOUD_REST_ENDPOINT", url)
    monkeypatch.setenv("CONFLUENT_CLOUD_API_KEY", "k")
    monkeypatch.setenv("CONFLUENT_CLOUD_API_SECRET", "s")
    code, _, err = run(capsys, "c", "--max-retries", "0")
    assert code == 1
    assert "could not connect to 127.0.0.1:" in err
    assert "(connection refused)" in err


def test_missing_credentials_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """No credentials in the environment: a configuration error, exit code 2."""
    code, _, err = run(capsys, "gcs-logs-sink")
    assert code == 2
    assert "CONFLUENT_CLOUD_API_KEY" in err


def test_negative_max_retries_exits_2(environment: ConnectSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    """--max-retries -1 is refused as configuration."""
    code, _, err = run(capsys, "gcs-logs-sink", "--max-retries", "-1")
    assert code == 2
    assert "--max-retries must be a whole number >= 0, not -1" in err


def test_bad_identifier_exits_2(environment: ConnectSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    """An identifier refused before sending: exit code 2."""
    code, _, err = run(capsys, "..")
    assert code == 2
    assert "CONNECTOR must not be '..'" in err


@pytest.mark.parametrize("args", [[], ["tasks", "env-demo1"], ["tasks", "e", "c", "n", "--output", "xml"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    """argparse's own errors keep its exit code 2."""
    with pytest.raises(SystemExit) as caught:
        cli.main(args)
    assert caught.value.code == 2


def test_verbose_shows_retries_as_they_happen(
    environment: ConnectSimulator, capsys: pytest.CaptureFixture[str]
) -> None:
    """--verbose prints each retry on stderr; the tasks still come out."""
    environment.inject("gcs-logs-sink", Fault.errors(503, count=1))
    code, out, err = run(capsys, "gcs-logs-sink", "--verbose")
    assert code == 0
    assert "retrying GET" in err
    assert "after 503" in err
    assert out.startswith("gcs-logs-sink: 2 tasks")


def test_console_script_runs(environment: ConnectSimulator) -> None:
    """The installed entry point (python -m confluent_connect) behaves like main()."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "confluent_connect",
            "tasks",
            "env-demo1",
            "lkc-demo1",
            "orders-postgres-source",
        ],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("orders-postgres-source: 1 task\n")
    assert "connection.password       [redacted]" in result.stdout


# The demo's simulator takes 3 s to carry out a change, as the live service takes a moment: its three waits make up
# most of its 15-20 s. Here changes take 0.8 s, still under the CLI's first poll interval (1 s), so each wait shows the
# same states in the same order: the one before the change, then the one after.
FAST_DEMO = "import sys; sys.path.insert(0, sys.argv[1]); import demo; demo.DELAY = 0.8; sys.exit(demo.main())"


def test_demo_tells_the_operators_story() -> None:
    """`make demo` (tools/demo.py) shows each step, in order, with the exit code each should have, and no secret."""
    result = subprocess.run(
        [sys.executable, "-c", FAST_DEMO, str(ROOT / "tools")], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "changes take effect 0.8 s after they are asked for" in result.stdout
    steps = [
        ("apply env-demo1 lkc-demo1 -f orders-datagen.json --wait", "orders-datagen: created", 0),
        ("apply env-demo1 lkc-demo1 -f orders-datagen-v2.json --dry-run", "~ kafka.api.secret  secret: replaced", 0),
        (
            "patch env-demo1 lkc-demo1 orders-datagen --set kafka.api.secret=@kafka-secret.txt",
            "tasks.max           2",
            0,
        ),
        ("status env-demo1 lkc-demo1 gcs-logs-sink --check", "1     FAILED   gcs-logs-sink  org.apache.kafka", 1),
        ("restart env-demo1 lkc-demo1 gcs-logs-sink --wait", "gcs-logs-sink  RUNNING, tasks: RUNNING 2", 0),
        ("status env-demo1 lkc-demo1 gcs-logs-sink --check", "1     RUNNING  gcs-logs-sink", 0),
        ("offsets env-demo1 lkc-demo1 gcs-logs-sink --reset --wait", "APPLIED  DELETE", 0),
        ("apply env-demo1 lkc-demo1 -f exported.json", "", 2),
        ("delete env-demo1 lkc-demo1 orders-datagen --yes", "orders-datagen  deleted", 0),
    ]
    rest = result.stdout
    for command, shown, code in steps:
        assert f"$ confluent-connect {command}" in rest, command
        rest = rest[rest.index(f"$ confluent-connect {command}") :]
        output, rest = rest.split("\n(exit code ", 1)
        assert shown in output, command
        assert rest.startswith(f"{code})"), command
    progress = [line.split(": ", 2)[1:] for line in result.stderr.splitlines()]
    assert [state.split(",")[0] for name, state in progress if name == "orders-datagen"] == ["PROVISIONING", "RUNNING"]
    assert ["gcs-logs-sink", "offsets request APPLIED"] in [[n, s.split(" (")[0]] for n, s in progress]
    assert "exported.json carries values made only of asterisks" in result.stderr
    planted = ("simulator-secret-do-not-use", "demo-kafka-secret-v1", "demo-kafka-secret-v2", "DEMOKEY4KAFKA001")
    assert not [secret for secret in planted if secret in result.stdout + result.stderr]
