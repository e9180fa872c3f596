"""Newer specs: regenerated into a temporary folder, imported fresh, and put to use.

Each fixture under tests/specs/ is a Connect v1 description written for these tests. The
wrapper is not touched: what it does with each comes from the regenerated code alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from api_surface import changes, surface
from conftest import ROOT
from generate import DEFAULT_OVERLAY, GenerationError, generate

SPECS = ROOT / "tests" / "specs"
BIN = Path(sys.executable).parent


@pytest.fixture(autouse=True)
def _tools_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ['PATH']}")


def generated_from(spec: str, folder: Path) -> Path:
    package = folder / "confluent_connect_api"
    generate(SPECS / spec, DEFAULT_OVERLAY, package)
    return package


def run_with(package: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter that imports `package` instead of generated/."""
    environ = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package.parent), str(ROOT / "wrapper")]),
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=environ,
        check=False,
    )


def test_field_newly_marked_x_redact_is_masked_with_no_wrapper_change(tmp_path: Path) -> None:
    """connection.string (no sensitive word in its name) is masked once the spec marks it."""
    package = generated_from("adds-redacted-field.yaml", tmp_path)
    result = run_with(
        package,
        """
        import confluent_connect_api, json
        from confluent_connect import ConnectorTask
        from confluent_connect._redact import SPEC_REDACTED_KEYS, redacted_data
        assert confluent_connect_api.__file__.startswith(TMP), confluent_connect_api.__file__
        config = {"cloud.environment": "p", "cloud.provider": "aws", "connector.class": "X",
                  "name": "n", "kafka.endpoint": "e", "kafka.region": "r",
                  "connection.string": "PLANTED-conn"}
        task = ConnectorTask.from_dict({"id": {"connector": "n", "task": 0}, "config": config})
        print(sorted(SPEC_REDACTED_KEYS))
        print(repr(task))
        print(json.dumps(redacted_data([task.to_dict()])))
        print(task.config["connection.string"])
        """.replace("TMP", repr(str(tmp_path))),
    )
    assert result.returncode == 0, result.stderr
    keys, shown, as_json, explicit = result.stdout.splitlines()
    assert keys == "['connection.string', 'kafka.api.secret']"
    assert "PLANTED-conn" not in shown + as_json
    assert "connection_string='[redacted]'" in shown
    assert explicit == "PLANTED-conn"


def test_new_operation_is_usable_through_client_api_with_auth_and_backoff(tmp_path: Path) -> None:
    """The status operation, new in the spec, runs through client.api against the simulator."""
    package = generated_from("adds-status-operation.yaml", tmp_path)
    result = run_with(
        package,
        """
        from confluent_connect import RetryPolicy
        from confluent_connect.testing import ConnectSimulator, Fault
        from confluent_connect_api.api.status import read_connector_status

        with ConnectSimulator() as sim:
            sim.inject("gcs-logs-sink", Fault.rate_limited(count=1, retry_after=0))
            ids = ("env-demo1", "lkc-demo1", "gcs-logs-sink")
            with sim.client(retry=RetryPolicy(backoff_initial=0.01)) as client:
                ok = read_connector_status.sync_detailed(*ids, client=client.api)
            with sim.client(api_secret="wrong") as client:
                denied = read_connector_status.sync_detailed(*ids, client=client.api)
            parsed = ok.parsed
            print(ok.status_code, parsed.connector.state, len(parsed.tasks), sim.statuses[429])
            print(denied.status_code, denied.parsed.error.message)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["200 RUNNING 2 1", "401 Unauthorized"]


def test_removed_field_the_wrapper_uses_stops_generation_naming_it(tmp_path: Path) -> None:
    """The task's id gone: generation fails, names it, and writes nothing."""
    with pytest.raises(GenerationError) as caught:
        generated_from("removes-task-id.yaml", tmp_path)
    assert "ConnectorTask.id is missing" in str(caught.value)
    assert "confluent_connect_api.models.ConnectorTaskId is missing" in str(caught.value)
    assert not (tmp_path / "confluent_connect_api").exists()


def test_api_surface_lists_what_changed(tmp_path: Path) -> None:
    """Operations and fields added, removed or changed, x-redact marks included."""
    current = surface(generated_from("base.yaml", tmp_path / "base"))
    with_status = surface(generated_from("adds-status-operation.yaml", tmp_path / "a"))
    with_secret = surface(generated_from("adds-redacted-field.yaml", tmp_path / "b"))
    added = changes(current, with_status)
    assert added[0].startswith("+ operation status.read_connector_status: GET /connect/v1/")
    assert "+ field ConnectV1ConnectorStatus.name: str" in added
    assert [line for line in changes(with_status, current) if "operation" in line] == [
        added[0].replace("+", "-", 1)
    ]
    assert changes(current, with_secret) == [
        "~ field ConnectorTaskConfig.(x-redact): "
        "kafka.api.secret -> connection.string, kafka.api.secret",
        "+ field ConnectorTaskConfig.connection_string: str | Unset",
    ]
    assert changes(current, current) == []


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of what update-spec touches, at the base version, so the real openapi/ and
    generated/ stay put and the tests do not depend on which version the project is at."""
    for name in ("openapi", "templates", "tools", "wrapper"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "generator-config.yml", tmp_path)
    shutil.copy(SPECS / "base.yaml", tmp_path / "openapi" / "connect-v1.yaml")
    subprocess.run(
        [sys.executable, str(tmp_path / "tools" / "generate.py")], check=True, capture_output=True
    )
    return tmp_path


def update_spec(checkout: Path, spec: str | Path) -> subprocess.CompletedProcess[str]:
    """Run tools/update_spec.py of the copy; a bare name is a fixture of tests/specs/."""
    return subprocess.run(
        [sys.executable, str(checkout / "tools" / "update_spec.py"), str(SPECS / spec)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_update_spec_replaces_regenerates_and_reports(checkout: Path) -> None:
    """make update-spec: the vendor file replaced, generated/ rebuilt, the change printed."""
    result = update_spec(checkout, "adds-status-operation.yaml")
    assert result.returncode == 0, result.stderr
    assert "+ operation status.read_connector_status: GET" in result.stdout
    assert (checkout / "openapi" / "connect-v1.yaml").read_bytes() == (
        SPECS / "adds-status-operation.yaml"
    ).read_bytes()
    assert (
        checkout / "generated/confluent_connect_api/api/status/read_connector_status.py"
    ).is_file()


def test_update_spec_that_breaks_the_wrapper_changes_nothing(checkout: Path) -> None:
    """A spec the wrapper cannot use: exit 1, the reason named, the old files kept."""
    before = (checkout / "openapi" / "connect-v1.yaml").read_bytes()
    result = update_spec(checkout, "removes-task-id.yaml")
    assert result.returncode == 1
    assert "ConnectorTask.id is missing" in result.stderr
    assert (checkout / "openapi" / "connect-v1.yaml").read_bytes() == before
    assert (
        "id: ConnectorTaskId"
        in (checkout / "generated/confluent_connect_api/models/connector_task.py").read_text()
    )


def test_update_spec_with_a_stale_correction_names_the_rule(checkout: Path, tmp_path: Path) -> None:
    """Confluent fixes the text under an overlay rule: the rule is named, nothing changes."""
    document = yaml.safe_load((SPECS / "base.yaml").read_text())
    config = document["components"]["schemas"]["connect.v1.Connectors"]["items"]["properties"][
        "config"
    ]
    config["required"] = [key for key in config["required"] if not key.startswith("kafka.api.")]
    spec = tmp_path / "fixed.yaml"
    spec.write_text(yaml.safe_dump(document))
    before = (checkout / "openapi" / "connect-v1.yaml").read_bytes()
    result = update_spec(checkout, spec)
    assert result.returncode == 1
    assert "'kafka-api-key-and-secret-are-optional' no longer applies" in result.stderr
    assert (checkout / "openapi" / "connect-v1.yaml").read_bytes() == before


def test_update_spec_refuses_an_invalid_document(checkout: Path, tmp_path: Path) -> None:
    """Not OpenAPI at all: refused before anything is replaced."""
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.0.0\ninfo: {}\n")
    result = update_spec(checkout, spec)
    assert result.returncode == 1
    assert "is not a valid OpenAPI document" in result.stderr
