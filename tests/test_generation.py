"""`make generate`: reproducible, loud on warnings, and every declared response parsed."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from conftest import ROOT
from generate import (
    DEFAULT_OVERLAY,
    DEFAULT_SPEC,
    GenerationError,
    differences,
    generate,
    load_document,
)

from confluent_connect import AsyncConnectClient, ConnectClient
from confluent_connect.errors import ConnectError
from confluent_connect_api import models
from confluent_connect_api.api import OPERATIONS
from confluent_connect_api.api.connectors import list_connectors_with_expansions
from confluent_connect_api.api.status import list_connector_tasks
from confluent_connect_api.models import ConnectorTask, ListConnectorsWithExpansionsExpandItem
from confluent_connect_api.types import ShapeError

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


@pytest.mark.generator
def test_generation_is_byte_identical_to_the_committed_package(tmp_path: Path) -> None:
    """Generating again, in another folder, gives the very bytes committed in generated/."""
    generate(DEFAULT_SPEC, DEFAULT_OVERLAY, tmp_path / "a")
    generate(DEFAULT_SPEC, DEFAULT_OVERLAY, tmp_path / "b")
    assert differences(tmp_path / "a", tmp_path / "b") == []
    assert differences(tmp_path / "a", GENERATED) == []


@pytest.mark.generator
def test_check_generated_names_a_hand_edited_file(tmp_path: Path) -> None:
    """One edited line in generated/ makes the check fail, naming that file."""
    copy = tmp_path / "confluent_connect_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert run_check(copy).returncode == 0
    target = copy / "models" / "connector_task_config.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    result = run_check(copy)
    assert result.returncode == 1
    assert "confluent_connect_api/models/connector_task_config.py" in result.stderr


@pytest.mark.generator
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
    document = load_document(DEFAULT_SPEC)
    operation = next(iter(document["paths"].values()))["get"]
    operation["responses"]["404"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/DoesNotExist"}}
    }
    spec.write_text(json.dumps(document))
    with pytest.raises(GenerationError, match="openapi-python-client failed"):
        generate(spec, DEFAULT_OVERLAY, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_generated_operation_decodes_the_success_body() -> None:
    """A 200 body becomes a list of ConnectorTask, every config key kept."""
    body = [{"id": {"connector": "c", "task": 0}, "config": {"connector.class": "X", "name": "c"}}]
    response = httpx.Response(200, json=body)
    parsed = list_connector_tasks.parse_success(response)
    assert isinstance(parsed[0], ConnectorTask)
    assert parsed[0].to_dict() == body[0]


@pytest.mark.parametrize("body", [{}, {"id": 1}, [[]], [{"id": {"task": "0"}, "config": {}}]])
def test_generated_operation_refuses_a_body_of_another_shape(body: object) -> None:
    """An object where an array is documented, a task that is a list, a string task id."""
    with pytest.raises((ShapeError, KeyError)):
        list_connector_tasks.parse_success(httpx.Response(200, json=body))


def test_expansions_are_asked_for_as_confluent_writes_them() -> None:
    """Left out, `expand` asks for info, status and id, comma-separated as in Confluent's path."""
    kwargs = list_connectors_with_expansions._get_kwargs("env-1", "lkc-1")
    assert kwargs["url"].endswith("/connectors?expand=info,status,id")
    chosen = list_connectors_with_expansions._get_kwargs(
        "env-1", "lkc-1", expand=[ListConnectorsWithExpansionsExpandItem.STATUS]
    )
    assert chosen["url"].endswith("/connectors?expand=status")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_restart_connector_posts_nothing_and_returns_none(mode: str) -> None:
    """restart_connector (added by the overlay) POSTs to .../restart, no query or body; a 202 gives None."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    options: dict[str, Any] = {"api_key": "k", "api_secret": "s", "transport": httpx.MockTransport(answer)}
    if mode == "sync":
        with ConnectClient(**options) as client:
            result = client.restart_connector("env-1", "lkc-1", "c")
    else:

        async def main() -> Any:
            async with AsyncConnectClient(**options) as client:
                return await client.restart_connector("env-1", "lkc-1", "c")

        result = asyncio.run(main())
    assert result is None
    (request,) = seen
    path = "/connect/v1/environments/env-1/clusters/lkc-1/connectors/c/restart"
    assert (request.method, request.url.path) == ("POST", path)
    assert (request.url.query, request.content) == (b"", b"")


# --- the API reference ------------------------------------------------------------------------

REFERENCE = ROOT / "docs" / "api.md"


def test_reference_has_every_operation_on_both_clients() -> None:
    """docs/api.md: each method with its signature, HTTP method and path, returns and raises."""
    text = REFERENCE.read_text()
    for name in OPERATIONS:
        section = text.partition(f"\n#### `{name}`\n")[2].partition("\n#### ")[0]
        assert section, name
        assert f"client.{name}(" in section
        assert f"await async_client.{name}(" in section
        assert "- **HTTP**: `" in section
        assert "- **Returns**: " in section
        assert "- **Raises**: " in section


def test_reference_has_every_model_with_its_fields() -> None:
    """Each model of the package has a section; an attrs model lists every attribute and its type."""
    text = REFERENCE.read_text()
    for name in models.__all__:
        section = text.partition(f"\n### `{name}`\n")[2].partition("\n### ")[0]
        assert section, name
        model = getattr(models, name)
        if attrs.has(model):
            for field in attrs.fields(model):
                if field.name != "additional_properties":
                    assert f"| `{field.name}` |" in section, (name, field.name)


def test_reference_shows_what_a_method_sends_by_default() -> None:
    """The expansions listing's `expand` is shown with the literal query it defaults to."""
    assert "- **Query**: `expand` (sent as `expand=info,status,id` unless given)" in REFERENCE.read_text()


@pytest.mark.generator
def test_check_generated_names_a_hand_edited_reference(tmp_path: Path) -> None:
    """An edited docs/api.md makes the check fail, naming it, like a file of generated/."""
    copy = tmp_path / "api.md"
    copy.write_text(REFERENCE.read_text() + "edited by hand\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), "--check", "--reference", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert str(copy) in result.stderr


def raised_for(status: int) -> str:
    """The name of what the client raises when the server answers `status`."""
    transport = httpx.MockTransport(lambda _: httpx.Response(status))
    client = ConnectClient(api_key="k", api_secret="s", max_retries=0, transport=transport)
    with client, pytest.raises(ConnectError) as raised:
        client.list_connectors("env-1", "lkc-1")
    return type(raised.value).__name__


def test_reference_names_the_error_each_status_raises() -> None:
    """Every `Error` (status) the reference states, per operation and in its table, is what the client raises."""
    text = REFERENCE.read_text()
    claims = set(re.findall(r"`(\w+)` \((\d{3})\)", text))
    claims |= {(name, status) for status, name in re.findall(r"^\| (\d{3}) \| `(\w+)` \|$", text, re.MULTILINE)}
    assert {status for _, status in claims} >= {"400", "401", "404", "429", "500"}
    assert {(name, status) for name, status in claims if raised_for(int(status)) != name} == set()
