"""`make generate`: reproducible, loud on warnings, and every declared response parsed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import ROOT
from generate import DEFAULT_OVERLAY, DEFAULT_SPEC, GenerationError, differences, generate

from confluent_connect_api import AuthenticatedClient
from confluent_connect_api.api.status import list_connector_tasks
from confluent_connect_api.models import ConnectorError, ConnectorTask

GENERATED = ROOT / "generated" / "confluent_connect_api"
BIN = Path(sys.executable).parent


@pytest.fixture(autouse=True)
def _tools_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # The generator's post-hooks call `ruff`: the pinned one beside this interpreter.
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ['PATH']}")


def run_check(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_generation_is_byte_identical_to_the_committed_package(tmp_path: Path) -> None:
    """Generating again, in another folder, gives the very bytes committed in generated/."""
    generate(DEFAULT_SPEC, DEFAULT_OVERLAY, tmp_path / "a")
    generate(DEFAULT_SPEC, DEFAULT_OVERLAY, tmp_path / "b")
    assert differences(tmp_path / "a", tmp_path / "b") == []
    assert differences(tmp_path / "a", GENERATED) == []


def test_check_generated_names_a_hand_edited_file(tmp_path: Path) -> None:
    """One edited line in generated/ makes the check fail, naming that file."""
    copy = tmp_path / "confluent_connect_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert run_check(copy).returncode == 0
    target = copy / "models" / "connector_task_config.py"
    target.write_text(target.read_text().replace("cloud_environment: str", "cloud_env: str", 1))
    result = run_check(copy)
    assert result.returncode == 1
    assert "confluent_connect_api/models/connector_task_config.py" in result.stderr


def test_check_generated_names_added_and_missing_files(tmp_path: Path) -> None:
    """A stray file and a deleted file are both named."""
    copy = tmp_path / "confluent_connect_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "stray.py").write_text("x = 1\n")
    (copy / "errors.py").unlink()
    result = run_check(copy)
    assert result.returncode == 1
    assert "confluent_connect_api/stray.py" in result.stderr
    assert "confluent_connect_api/errors.py" in result.stderr


def test_generator_warning_stops_generation(tmp_path: Path) -> None:
    """--fail-on-warning: a response the generator cannot model is an error, not a dropped case."""
    spec = tmp_path / "spec.yaml"
    document = yaml.safe_load(DEFAULT_SPEC.read_text())
    operation = next(iter(document["paths"].values()))["get"]
    operation["responses"]["404"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/DoesNotExist"}}
    }
    spec.write_text(json.dumps(document))
    with pytest.raises(GenerationError, match="openapi-python-client failed"):
        generate(spec, DEFAULT_OVERLAY, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _respond(status: int, body: object) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    client = AuthenticatedClient(base_url="https://api.test", token="unused")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler))
    )
    return client


def test_generated_operation_parses_the_200_body() -> None:
    """The 200 body becomes a list of ConnectorTask."""
    body = [{"id": {"connector": "c", "task": 0}, "config": {"name": "c", "flush.size": "9"}}]
    body[0]["config"].update(
        {
            "cloud.environment": "prod",
            "cloud.provider": "aws",
            "connector.class": "GcsSink",
            "kafka.endpoint": "SASL_SSL://x:9092",
            "kafka.region": "us-west-2",
        }
    )
    response = list_connector_tasks.sync_detailed("e", "k", "c", client=_respond(200, body))
    assert isinstance(response.parsed, list)
    assert isinstance(response.parsed[0], ConnectorTask)
    assert response.parsed[0].to_dict() == body[0]


@pytest.mark.parametrize("status", [401, 404, 500])
def test_generated_operation_parses_every_declared_error_body(status: int) -> None:
    """401, 404 and 500 bodies become ConnectorError: no declared response is dropped."""
    body = {"error": {"code": status, "message": "nope"}}
    response = list_connector_tasks.sync_detailed("e", "k", "c", client=_respond(status, body))
    assert isinstance(response.parsed, ConnectorError)
    assert response.parsed.to_dict() == body
