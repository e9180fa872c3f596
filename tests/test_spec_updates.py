"""`make update-spec`: each revision of Confluent's real document in tests/specs/ (written by
tests/specs/derive.py) taken by tools/update_spec.py in a copy of the project.

Every update runs on its own copy (openapi/, generator-config.yml, templates/, tools/,
wrapper/, generated/), never on this project's files. The copies start from
tests/specs/unchanged.yaml, generated once per session. The updates of the fixture table
run side by side at the start, each in its own copy; the tests then read their outcomes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import changelog
import pytest
import spec_changes
import yaml
from changelog import version_of
from conftest import ROOT
from generate import DEFAULT_OVERLAY, effective_document, load_document

pytestmark = pytest.mark.generator  # each runs openapi-python-client

SPECS = ROOT / "tests" / "specs"
BIN = Path(sys.executable).parent
PACKAGE = Path("generated") / "confluent_connect_api"
UNCHANGED = (
    "nothing was changed: openapi/connect-v1.yaml, generated/, docs/api.md, CHANGELOG.md and the version are "
    "as they were."
)
# Every entry's date: SOURCE_DATE_EPOCH, for runs that give the same files every day.
EPOCH, DAY = "1733184000", "2024-12-03"
# What an update may change.
REPLACED = ("openapi/connect-v1.yaml", "docs/api.md", "CHANGELOG.md", "pyproject.toml")
NO_CHANGE = "  No change for callers: operations, parameters, responses and models as before."
# The wrapper's own check, as a test command: what the tests run instead of `make test`.
CONTRACT = f'PYTHONPATH=generated{os.pathsep}wrapper "{sys.executable}" tools/contract.py'

WITH_OFFSETS = "status 201 now returns ConnectorWithOffsets (was Connector; every field it had, of the same type)"
CONFIG_KEYS = (
    "cloud.environment, cloud.provider, connector.class, name, kafka.endpoint, kafka.region, kafka.api.key, "
    "kafka.api.secret, (other keys)"
)
TRANSLATE = [
    "      + new operation: PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/"
    "connector-plugins/{plugin_name}/config/translate",
    "        query parameter mask_sensitive: str (optional; default true)",
    "        request body: dict[str, str] (application/json) (required)",
    "        returns on 200: TranslateConnectorPluginResult",
]
TRANSLATE_MODELS = [
    "    TranslateConnectorPluginResult:",
    "      + new model: config, errors, warnings",
    "    TranslateConnectorPluginResultErrorsItem:",
    "      + new model: field, message",
    "    TranslateConnectorPluginResultWarningsItem:",
    "      + new model: field, message",
]
MAY_2024_MODELS = [
    "    AlterOffsetPhase:",
    "      field phase: new values PENDING_VALIDATION",
    *(
        line
        for model in ("ConnectorConfig", "ConnectorInfoConfig", "ConnectorTaskConfig", "CurrentConnectorConfig")
        for line in (
            f"    {model}:",
            "      field cloud.environment: no longer lists its values (was private, devel, stag, prod)",
        )
    ),
    "    NewConnector:",
    "      + field offsets: list[PartitionOffset] (optional)",
]
# Fixture: its report, every line.
PASSES: dict[str, list[str]] = {
    "unchanged.yaml": [NO_CHANGE],
    "ref-made-inline.yaml": [NO_CHANGE],
    "tag-renamed.yaml": [NO_CHANGE],
    "example-values.yaml": [NO_CHANGE],
    "rule-already-true.yaml": [NO_CHANGE],
    "enum-made-string.yaml": [
        "  Models:",
        "    ConnectorState:",
        "      field state: no longer lists its values "
        "(was NONE, PROVISIONING, RUNNING, DEGRADED, FAILED, PAUSED, DELETED)",
    ],
    "success-status-moved.yaml": [  # any 2xx decodes to the success type: callers see no change
        "  Operations:",
        "    create_connector:",
        "      success status 201 is now 200 (Connector)",
    ],
    "response-model-replaced.yaml": [
        "  Models:",
        "    ConnectorStatus:",
        "      + field override_message: str (optional)",
    ],
    "operation-added.yaml": [NO_CHANGE],
    "required-query-parameter.yaml": [
        "  Breaking for callers:",
        "    ! list_connector_plugins: new required query parameter connector_type: str",
    ],
    "create-returns-offsets.yaml": [
        "  Operations:",
        "    create_connector:",
        f"      {WITH_OFFSETS}",
        "  Models:",
        "    ConnectorWithOffsets:",
        "      + new model: name, config, tasks, type, offsets",
        "    ConnectorWithOffsetsConfig:",
        f"      + new model: {CONFIG_KEYS}",
    ],
    "translate-added.yaml": [
        "  Operations:",
        "    translate_connector_plugin:",
        *TRANSLATE,
        "  Models:",
        *TRANSLATE_MODELS,
    ],
    "rate-limit-shared.yaml": [NO_CHANGE],
    "connect-v1-2024-05-08.yaml": [
        "  Operations:",
        "    create_connector:",
        f"      {WITH_OFFSETS}",
        "    create_or_update_connector_config:",
        "      success status 201 is now 200 (Connector)",
        "  Models:",
        "    ConnectorWithOffsets:",
        "      + new model: name, config, tasks, type, offsets",
        "    ConnectorWithOffsetsConfig:",
        f"      + new model: {CONFIG_KEYS}",
        *MAY_2024_MODELS,
    ],
    "cloud-reference-2025.yaml": [
        "  Operations:",
        "    translate_connector_plugin:",
        *TRANSLATE,
        "    create_connector:",
        f"      {WITH_OFFSETS}",
        "    create_or_update_connector_config:",
        "      success status 201 is now 200 (Connector)",
        "  Models:",
        "    ConnectorWithOffsets:",
        "      + new model: name, config, tasks, type, offsets",
        "    ConnectorWithOffsetsConfig:",
        f"      + new model: {CONFIG_KEYS}",
        *TRANSLATE_MODELS,
        *MAY_2024_MODELS,
        "    NewConnectorConfig:",
        "      + field confluent.custom.connect.java.version: str (optional)",
        "      + field confluent.custom.connect.plugin.runtime: str (optional)",
    ],
    "redacted-field.yaml": [
        "  Models:",
        "    ConnectorTaskConfig:",
        "      + field connection.string: str (optional; x-redact)",
    ],
}
RESTART_NOTICE = (
    "  notice: overlay rule 'restart-connector-is-published': already true upstream; "
    "delete it from openapi/overlay.yaml"
)
NOTICES = {
    "rule-already-true.yaml": [
        "  notice: overlay rule 'tasks-always-have-id-and-config': already true upstream; "
        "delete it from openapi/overlay.yaml"
    ],
    "operation-added.yaml": [RESTART_NOTICE],
    "cloud-reference-2025.yaml": [RESTART_NOTICE],
}
# Revisions that leave the models and client methods byte for byte as they were (an example
# value, by contrast, shows in a docstring).
SAME_CODE = {
    "unchanged.yaml",
    "ref-made-inline.yaml",
    "tag-renamed.yaml",
    "rule-already-true.yaml",
    "operation-added.yaml",
    "rate-limit-shared.yaml",
}
# Fixture: what the refusal must say.
STOPS: dict[str, list[str]] = {
    "task-id-removed.yaml": [
        "stopped: overlay rule 'tasks-always-have-id-and-config' cannot apply",
        "found properties ['config'], without ['id']",
    ],
    "task-id-retyped.yaml": [
        "stopped: the generated package no longer has what the wrapper uses",
        "contract: ConnectorTaskId.task is now str, not int",
    ],
    "generator-crash.yaml": [
        "stopped: openapi-python-client failed",
        "cannot parse parameter of endpoint list_connector_plugins",
    ],
}


def tree(project: Path) -> dict[str, str]:
    """A hash of every file (bytecode caches aside, as git sees the tree)."""
    return {
        path.relative_to(project).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(project.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def environment(**extra: str) -> dict[str, str]:
    """The generator's post-hooks call `ruff`: the pinned one beside this interpreter."""
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "SOURCE_DATE_EPOCH": EPOCH, **extra}


def update(project: Path, spec: str | Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run the copy's tools/update_spec.py, in the copy; a bare name is a fixture."""
    return subprocess.run(
        [sys.executable, str(project / "tools" / "update_spec.py"), str(SPECS / spec), *options],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=environment(),
        timeout=120,
    )


@pytest.fixture(scope="session")
def base_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What update-spec touches, at tests/specs/unchanged.yaml, generated once."""
    base = tmp_path_factory.mktemp("base") / "project"
    for name in ("openapi", "templates", "tools", "wrapper"):
        shutil.copytree(ROOT / name, base / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yml", "CHANGELOG.md", "pyproject.toml"):
        shutil.copy(ROOT / name, base)
    shutil.copy(SPECS / "unchanged.yaml", base / "openapi" / "connect-v1.yaml")
    subprocess.run(
        [sys.executable, str(base / "tools" / "generate.py")],
        check=True,
        capture_output=True,
        env=environment(),
    )
    return base


@pytest.fixture
def project(base_project: Path, tmp_path: Path) -> Path:
    """A fresh copy of the base project for one test."""
    return Path(shutil.copytree(base_project, tmp_path / "project"))


@dataclass
class Outcome:
    project: Path
    before: dict[str, str]
    after: dict[str, str]
    result: subprocess.CompletedProcess[str]


# A file only the new document's package has: the test command sees the new files.
NEW_MODULE = (PACKAGE / "api" / "managed_connector_plugins" / "list_connector_plugins.py").as_posix()
NEW_FILES = f"grep -q connector_type {NEW_MODULE} && grep -q connector_type openapi/connect-v1.yaml"
# Updates with a test command, by name: the fixture and the options.
COMMANDS = {
    "tests pass": f"{NEW_FILES} && {CONTRACT}",
    "tests fail": f"{NEW_FILES} && exit 3",
    "Ctrl-C in tests": "kill -INT $PPID",
    "SIGTERM in tests": "kill -TERM $PPID",
}
# Updates with options, by name: the fixture and the options.
RUNS = {
    "tests pass": ("required-query-parameter.yaml", "--test-command", COMMANDS["tests pass"]),
    "tests fail": ("required-query-parameter.yaml", "--test-command", COMMANDS["tests fail"]),
    "Ctrl-C in tests": ("success-status-moved.yaml", "--test-command", COMMANDS["Ctrl-C in tests"]),
    "SIGTERM in tests": ("success-status-moved.yaml", "--test-command", COMMANDS["SIGTERM in tests"]),
    "source given": (
        "connect-v1-2024-05-08.yaml",
        "--source",
        "ccloud-sdk-go-v2 d5bac093",
        "--published",
        "2024-05-08",
    ),
}


class Outcomes:
    """Updates, each in its own copy, run side by side in threads: a fixture by its file
    name, or one of RUNS by its name."""

    def __init__(self, base: Path, factory: pytest.TempPathFactory, pool: ThreadPoolExecutor):
        self.base, self.factory, self.pool = base, factory, pool
        self.futures: dict[str, Future[Outcome]] = {}

    def start(self, name: str) -> None:
        if name not in self.futures:
            fixture, *options = RUNS.get(name, (name,))
            folder = self.factory.mktemp("update")
            self.futures[name] = self.pool.submit(self._run, folder, fixture, options)

    def __getitem__(self, name: str) -> Outcome:
        self.start(name)
        return self.futures[name].result()

    def _run(self, folder: Path, fixture: str, options: list[str]) -> Outcome:
        project = Path(shutil.copytree(self.base, folder / "project"))
        before = tree(project)
        result = update(project, fixture, *options)
        return Outcome(project, before, tree(project), result)


@pytest.fixture(scope="session")
def outcomes(
    request: pytest.FixtureRequest, base_project: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Outcomes]:
    """The updates this session's tests read, all started at once."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        found = Outcomes(base_project, tmp_path_factory, pool)
        for item in request.session.items:
            callspec = getattr(item, "callspec", None)
            if callspec is not None and "fixture" in callspec.params:
                found.start(callspec.params["fixture"])
            elif getattr(item, "originalname", None) in RUN_OF_TEST:
                found.start(RUN_OF_TEST[item.originalname])
        yield found


def report(outcome: Outcome) -> list[str]:
    """The lines between the report's heading and the swap."""
    lines = outcome.result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("What changes for callers"))
    end = next(i for i, line in enumerate(lines) if "replaced openapi/connect-v1.yaml" in line)
    return lines[start + 1 : end]


# --- every fixture -------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", sorted(PASSES))
def test_revision_is_taken_and_reported(fixture: str, outcomes: Outcomes) -> None:
    """The document is replaced, generated/ regenerated, and the report says what changed."""
    outcome = outcomes[fixture]
    assert outcome.result.returncode == 0, outcome.result.stderr
    assert outcome.result.stderr == ""
    assert report(outcome) == PASSES[fixture]
    lines = outcome.result.stdout.splitlines()
    rules = len(yaml.safe_load((ROOT / "openapi" / "overlay.yaml").read_text())["rules"])
    notices = [line for line in lines if line.startswith("  notice: ")]
    assert lines[1] == f"overlay: {rules - len(notices)} of {rules} rules applied (openapi/overlay.yaml)"
    assert notices == NOTICES.get(fixture, [])
    assert lines[-1].startswith("update-spec: done:")
    spec = outcome.project / "openapi" / "connect-v1.yaml"
    assert spec.read_bytes() == (SPECS / fixture).read_bytes()
    files = outcome.before.keys() | outcome.after.keys()
    changed = {name for name in files if outcome.after.get(name) != outcome.before.get(name)}
    assert all(name in REPLACED or name.startswith(f"{PACKAGE.as_posix()}/") for name in changed), sorted(changed)
    generated = (outcome.project / PACKAGE).rglob("*.py")
    assert [path.name for path in generated if "class ConnectV1" in path.read_text()] == []
    if fixture in SAME_CODE:  # the same classes and methods, byte for byte
        public = {
            name
            for name in changed
            if name.startswith(f"{PACKAGE.as_posix()}/models/") or name == f"{PACKAGE.as_posix()}/api/__init__.py"
        }
        assert not public
        assert {name for name in outcome.after if name.startswith("generated/")} == {
            name for name in outcome.before if name.startswith("generated/")
        }


def next_version(fixture: str) -> str:
    """The version a revision's report calls for, from the project's own."""
    major, minor, patch = (int(part) for part in version_of((ROOT / "pyproject.toml").read_text()).split("."))
    if "  Breaking for callers:" in PASSES[fixture]:
        return f"{major + 1}.0.0"
    return f"{major}.{minor}.{patch + 1}" if PASSES[fixture] == [NO_CHANGE] else f"{major}.{minor + 1}.0"


def new_entry(outcome: Outcome) -> str:
    """What the update added to CHANGELOG.md, which is otherwise as it was."""
    before, after = (ROOT / "CHANGELOG.md").read_text(), (outcome.project / "CHANGELOG.md").read_text()
    header, _, entries = before.partition("\n## ")
    assert after.startswith(header + "\n## ")
    assert after.endswith("\n## " + entries)
    return after[len(header) + 1 : len(after) - len(entries) - 4]


@pytest.mark.parametrize("fixture", sorted(PASSES))
def test_every_revision_leaves_a_changelog_entry_and_the_next_version(fixture: str, outcomes: Outcomes) -> None:
    """Major when the report breaks callers, minor for other changes, patch for none; the entry leads."""
    outcome = outcomes[fixture]
    assert outcome.result.returncode == 0, outcome.result.stderr
    version = next_version(fixture)
    assert version_of((outcome.project / "pyproject.toml").read_text()) == version
    entry = new_entry(outcome)
    digest = hashlib.sha256((SPECS / fixture).read_bytes()).hexdigest()[:12]
    assert entry.startswith(f"## {version} ({DAY})\n\nConfluent's Connect v1 document from `{SPECS / fixture}`: ")
    assert f"Kafka Connect APIs 1.0, sha256 {digest}." in entry
    breaking = [line.removeprefix("    ! ") for line in PASSES[fixture] if line.startswith("    ! ")]
    for name, _, change in (line.partition(": ") for line in breaking):
        assert f"\n- `{name}`: {change}\n" in entry.partition("Breaking for callers:")[2]
    assert ("Other changes for callers:" in entry) == any(
        line in ("  Operations:", "  Models:") for line in PASSES[fixture]
    )


def test_the_may_2024_revision_names_the_put_config_status_change(outcomes: Outcomes) -> None:
    """Confluent's 2024-05-08 revision: a minor version whose entry names PUT config's 201 -> 200."""
    outcome = outcomes["connect-v1-2024-05-08.yaml"]
    entry = new_entry(outcome)
    assert "Breaking for callers:" not in entry
    assert entry.startswith(f"## {next_version('connect-v1-2024-05-08.yaml')} ")
    assert "- `create_or_update_connector_config`: success status 201 is now 200 (Connector)\n" in entry
    assert "- Operations added: none\n- Operations removed: none\n" in entry


def test_source_and_publication_day_go_into_the_entry(outcomes: Outcomes) -> None:
    """--source and --published (SOURCE= and PUBLISHED= to make) say where the document came from."""
    outcome = outcomes["source given"]
    assert outcome.result.returncode == 0, outcome.result.stderr
    assert new_entry(outcome).startswith(
        f"## {next_version('connect-v1-2024-05-08.yaml')} ({DAY})\n\nConfluent's Connect v1 document from "
        "`ccloud-sdk-go-v2 d5bac093`, published 2024-05-08: Kafka Connect APIs 1.0, sha256 4d183aef6bb6.\n"
    )


def test_an_added_operation_is_named_in_the_entry(outcomes: Outcomes) -> None:
    """Operations added and removed open the entry, with their method and path."""
    entry = new_entry(outcomes["translate-added.yaml"])
    assert (
        "- Operations added: `translate_connector_plugin` (PUT /connect/v1/environments/{environment_id}/"
        "clusters/{kafka_cluster_id}/connector-plugins/{plugin_name}/config/translate)\n"
    ) in entry
    assert "  - query parameter mask_sensitive: str (optional; default true)\n" in entry


@pytest.mark.parametrize(
    ("breaking", "other", "version"),
    [(True, True, "2.0.0"), (False, True, "1.5.0"), (False, False, "1.4.4")],
)
def test_next_version_follows_the_report(breaking: bool, other: bool, version: str) -> None:
    """Breaking: major; any other change: minor; none: patch."""
    found = spec_changes.Report()
    if breaking:
        found.add("op", "removed", breaking=True)
    if other:
        found.add("op", "+ status 409: ConnectorError")
    assert changelog.next_version("1.4.3", found) == version


def model(**fields: tuple[str, bool]) -> spec_changes.Model:
    return spec_changes.Model({key: spec_changes.Field(kind, required) for key, (kind, required) in fields.items()})


@pytest.mark.parametrize(
    ("new", "compatible"),
    [
        (model(name=("str", True), config=("Config", True), offsets=("list[Offset]", False)), True),
        (model(name=("str", False), config=("Config", True)), False),  # a field callers read may now be absent
        (model(name=("int", True), config=("Config", True)), False),
        (model(config=("Config", True)), False),
        (model(name=("str", True), config=("OtherConfig", True)), True),  # the same fields under another name
    ],
)
def test_a_replacement_model_is_compatible_only_with_every_field_kept(
    new: spec_changes.Model, compatible: bool
) -> None:
    """A response's new model must have every old field, of a compatible type, required if it was."""
    config = model(key=("str", True))
    before = spec_changes.Surface(
        {}, {"Connector": model(name=("str", True), config=("Config", True)), "Config": config}
    )
    after = spec_changes.Surface({}, {"WithOffsets": new, "Config": config, "OtherConfig": config})
    assert spec_changes.Compatibility(before, after).readable_as("Connector", "WithOffsets") is compatible


def test_a_first_entry_makes_the_changelog() -> None:
    """No CHANGELOG.md yet: the header, then the entry; an existing one keeps its header on top."""
    made = changelog.with_entry(None, "## 1.0.0 (2024-12-03)\n\nNew.\n")
    assert made == changelog.HEADER + "\n## 1.0.0 (2024-12-03)\n\nNew.\n"
    again = changelog.with_entry(made, "## 1.1.0 (2024-12-04)\n\nNewer.\n")
    assert again == changelog.HEADER + "\n## 1.1.0 (2024-12-04)\n\nNewer.\n\n## 1.0.0 (2024-12-03)\n\nNew.\n"


def test_a_version_line_is_required() -> None:
    """A pyproject.toml without `version = "X.Y.Z"` is refused, not guessed."""
    with pytest.raises(changelog.ChangelogError, match="no `version"):
        changelog.with_version('[project]\nname = "x"\n', "1.0.0")


@pytest.mark.parametrize("fixture", sorted(STOPS))
def test_revision_that_cannot_be_taken_changes_nothing(fixture: str, outcomes: Outcomes) -> None:
    """Exit 1, the reason named, and every file of the copy byte for byte as before."""
    outcome = outcomes[fixture]
    assert outcome.result.returncode == 1, outcome.result.stdout
    for message in STOPS[fixture]:
        assert message in outcome.result.stderr
    assert outcome.result.stderr.rstrip().endswith(UNCHANGED)
    assert "replaced openapi/connect-v1.yaml" not in outcome.result.stdout
    assert outcome.after == outcome.before


def test_every_fixture_is_in_a_table(derive_module: ModuleType) -> None:
    """Each YAML file in tests/specs/ is exercised, and derive.py writes each one."""
    files = {path.name for path in SPECS.glob("*.yaml")}
    derived = {*derive_module.FIXTURES, *derive_module.LATER}
    assert files == set(PASSES) | set(STOPS) == derived | set(derive_module.COPIES)


# --- what the regenerated code does -------------------------------------------------------


def run_in(project: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter importing the copy's packages."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        env=environment(PYTHONPATH=os.pathsep.join([str(project / "generated"), str(project / "wrapper")])),
        cwd=project,
    )


RESTART = """
import asyncio
import confluent_connect_api, httpx
from confluent_connect import AsyncConnectClient, ConnectClient

assert confluent_connect_api.__file__.startswith(PROJECT), confluent_connect_api.__file__
seen = []

def answer(request):
    seen.append(f"{request.method} {request.url.path} ?{request.url.query.decode()} {request.content!r}")
    return httpx.Response(202)

options = dict(api_key="k", api_secret="s", base_url="https://api.example")
with ConnectClient(transport=httpx.MockTransport(answer), **options) as client:
    print(repr(client.restart_connector("env-1", "lkc-1", "c")))

async def main():
    async with AsyncConnectClient(transport=httpx.MockTransport(answer), **options) as client:
        return await client.restart_connector("env-1", "lkc-1", "c")
print(repr(asyncio.run(main())))
print(*seen, sep="\\n")
"""


@pytest.mark.parametrize("fixture", ["operation-added.yaml", "cloud-reference-2025.yaml"])
def test_published_restart_is_a_method_of_both_clients(fixture: str, outcomes: Outcomes) -> None:
    """restart_connector, as Confluent publishes it: both clients POST with no query or body, get None."""
    outcome = outcomes[fixture]
    assert outcome.result.returncode == 0, outcome.result.stderr
    result = run_in(outcome.project, RESTART.replace("PROJECT", repr(str(outcome.project))))
    assert result.returncode == 0, result.stderr
    path = "/connect/v1/environments/env-1/clusters/lkc-1/connectors/c/restart"
    assert result.stdout.splitlines() == ["None", "None", f"POST {path} ? b''", f"POST {path} ? b''"]


TRANSLATE_CALLS = """
import asyncio
import confluent_connect_api, httpx
from confluent_connect import AsyncConnectClient, ConnectClient

assert confluent_connect_api.__file__.startswith(PROJECT), confluent_connect_api.__file__
seen = []
answer_body = {"config": {"connector.class": "DatadogMetricsSink", "datadog.api.key": "****************"},
               "errors": [{"field": "datadog.site", "message": "Required config is missing."}],
               "warnings": []}

def answer(request):
    seen.append(f"{request.method} {request.url.path}?{request.url.query.decode()} {request.content.decode()}")
    return httpx.Response(200, json=answer_body)

options = dict(api_key="k", api_secret="s", base_url="https://api.example")
config = {"connector.class": "io.confluent.connect.datadog.metrics.DatadogMetricsSinkConnector"}
with ConnectClient(transport=httpx.MockTransport(answer), **options) as client:
    result = client.translate_connector_plugin("env-1", "lkc-1", "DatadogMetricsSink", body=config)
print(type(result).__name__, result.errors[0].field, result.config["connector.class"])

async def main():
    async with AsyncConnectClient(transport=httpx.MockTransport(answer), **options) as client:
        return await client.translate_connector_plugin("env-1", "lkc-1", "p", body=config, mask_sensitive="false")
print(type(asyncio.run(main())).__name__)
print(*seen, sep="\\n")
"""


@pytest.mark.parametrize("fixture", ["translate-added.yaml", "cloud-reference-2025.yaml"])
def test_literal_query_operation_sends_its_default_and_takes_a_plain_mapping(fixture: str, outcomes: Outcomes) -> None:
    """translate_connector_plugin: ?mask_sensitive=true unless given, a dict body, a readable result model."""
    outcome = outcomes[fixture]
    assert outcome.result.returncode == 0, outcome.result.stderr
    result = run_in(outcome.project, TRANSLATE_CALLS.replace("PROJECT", repr(str(outcome.project))))
    assert result.returncode == 0, result.stderr
    prefix = "PUT /connect/v1/environments/env-1/clusters/lkc-1/connector-plugins"
    body = '{"connector.class":"io.confluent.connect.datadog.metrics.DatadogMetricsSinkConnector"}'
    assert result.stdout.splitlines() == [
        "TranslateConnectorPluginResult datadog.site DatadogMetricsSink",
        "TranslateConnectorPluginResult",
        f"{prefix}/DatadogMetricsSink/config/translate?mask_sensitive=true {body}",
        f"{prefix}/p/config/translate?mask_sensitive=false {body}",
    ]


def test_field_newly_marked_x_redact_is_masked(outcomes: Outcomes) -> None:
    """connection.string (no secret word in its name) is masked once the document marks it."""
    outcome = outcomes["redacted-field.yaml"]
    assert outcome.result.returncode == 0, outcome.result.stderr
    result = run_in(
        outcome.project,
        """
        from confluent_connect import ConnectorTask
        config = {"connector.class": "X", "name": "n", "connection.string": "PLANTED-conn"}
        task = ConnectorTask.from_dict({"id": {"connector": "n", "task": 0}, "config": config})
        print(repr(task))
        print(task.config["connection.string"])
        """,
    )
    assert result.returncode == 0, result.stderr
    shown, read = result.stdout.splitlines()
    assert "PLANTED-conn" not in shown
    assert "[redacted]" in shown
    assert read == "PLANTED-conn"


# --- all or nothing, whatever fails -------------------------------------------------------


def test_test_command_runs_on_the_new_files(outcomes: Outcomes) -> None:
    """The test command (`make test` from the Makefile) sees the new document and package."""
    outcome = outcomes["tests pass"]
    assert outcome.result.returncode == 0, outcome.result.stderr
    assert f"update-spec: running `{COMMANDS['tests pass']}`" in outcome.result.stdout
    assert "connector_type" in (outcome.project / NEW_MODULE).read_text()


def test_failing_test_command_restores_the_tree(outcomes: Outcomes) -> None:
    """Tests that fail on the new files: both put back, the command and its status named."""
    outcome = outcomes["tests fail"]
    assert outcome.result.returncode == 1
    assert "new required query parameter connector_type" in outcome.result.stdout  # the report came first
    command = COMMANDS["tests fail"]
    assert f"stopped: `{command}` failed (exit status 3) with the new document" in (outcome.result.stderr)
    assert outcome.result.stderr.rstrip().endswith(UNCHANGED)
    assert outcome.after == outcome.before


def test_ctrl_c_during_the_tests_restores_the_tree(outcomes: Outcomes) -> None:
    """SIGINT while the test command runs, the new files in place: the old ones come back."""
    outcome = outcomes["Ctrl-C in tests"]
    assert outcome.result.returncode == 130
    assert "replaced openapi/connect-v1.yaml" in outcome.result.stdout
    assert "stopped: interrupted" in outcome.result.stderr
    assert outcome.result.stderr.rstrip().endswith(UNCHANGED)
    assert outcome.after == outcome.before


def test_sigterm_during_the_tests_restores_the_tree(outcomes: Outcomes) -> None:
    """`kill` (SIGTERM) while the test command runs: the old files come back, as on Ctrl-C."""
    outcome = outcomes["SIGTERM in tests"]
    assert outcome.result.returncode == 130
    assert "stopped: interrupted (signal 15)" in outcome.result.stderr
    assert outcome.result.stderr.rstrip().endswith(UNCHANGED)
    assert outcome.after == outcome.before


RUN_OF_TEST = {
    "test_source_and_publication_day_go_into_the_entry": "source given",
    "test_sigterm_during_the_tests_restores_the_tree": "SIGTERM in tests",
    "test_test_command_runs_on_the_new_files": "tests pass",
    "test_failing_test_command_restores_the_tree": "tests fail",
    "test_ctrl_c_during_the_tests_restores_the_tree": "Ctrl-C in tests",
}


def test_ctrl_c_during_generation_restores_the_tree(project: Path, tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group) while the generator runs: nothing changes."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "ruff").write_text("#!/bin/sh\nkill -INT 0\nsleep 5\n")
    (fake / "ruff").chmod(0o755)
    before = tree(project)
    result = subprocess.run(
        [sys.executable, str(project / "tools" / "update_spec.py"), str(SPECS / "unchanged.yaml")],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**environment(), "PATH": f"{fake}{os.pathsep}{environment()['PATH']}"},
        start_new_session=True,  # its own process group, as a terminal's foreground job
        timeout=120,
    )
    assert result.returncode == 130, result.stderr
    assert "stopped: interrupted" in result.stderr
    assert tree(project) == before


def test_swagger_2_is_refused_as_such(project: Path, tmp_path: Path) -> None:
    """A Swagger 2.0 document is refused, saying so, before anything is touched."""
    spec = tmp_path / "swagger.yaml"
    spec.write_text('swagger: "2.0"\ninfo: {title: Connect, version: "1"}\npaths: {}\n')
    before = tree(project)
    result = update(project, spec)
    assert result.returncode == 1
    assert "stopped: refused: " in result.stderr
    assert "a Swagger 2.0 document; this project takes OpenAPI 3" in result.stderr
    assert tree(project) == before


def test_invalid_document_is_refused(project: Path, tmp_path: Path) -> None:
    """The real document without info.title: refused with the validator's reason."""
    document = yaml.safe_load((SPECS / "unchanged.yaml").read_text(encoding="utf-8"))
    del document["info"]["title"]
    spec = tmp_path / "untitled.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    before = tree(project)
    result = update(project, spec)
    assert result.returncode == 1
    assert "stopped: not a valid OpenAPI document: 'title' is a required property (at $.info)" in result.stderr
    assert tree(project) == before


def test_missing_file_is_refused(project: Path, tmp_path: Path) -> None:
    """A path that is not there: said so, nothing touched."""
    before = tree(project)
    result = update(project, tmp_path / "nope.yaml")
    assert result.returncode == 1
    assert f"cannot read {tmp_path / 'nope.yaml'}" in result.stderr
    assert tree(project) == before


# --- the report, read in-process from the effective documents ------------------------------


@pytest.fixture(scope="module")
def derive_module() -> Iterator[ModuleType]:
    """tests/specs/derive.py, imported."""
    sys.path.insert(0, str(SPECS))
    try:
        import derive

        yield derive
    finally:
        sys.path.remove(str(SPECS))


def surface_of(spec: Path) -> spec_changes.Surface:
    document, _ = effective_document(spec, DEFAULT_OVERLAY)
    return spec_changes.surface(document)


REVERSED = {
    "response-model-replaced.yaml": ["! ConnectorStatus: field override_message removed"],
    "create-returns-offsets.yaml": [
        "! create_connector: status 201 now returns Connector (was ConnectorWithOffsets)",
        "! ConnectorWithOffsets: model removed",
        "! ConnectorWithOffsetsConfig: model removed",
    ],
    "translate-added.yaml": [
        "! translate_connector_plugin: operation removed (PUT /connect/v1/environments/{environment_id}/clusters/"
        "{kafka_cluster_id}/connector-plugins/{plugin_name}/config/translate)",
        "! TranslateConnectorPluginResult: model removed",
        "! TranslateConnectorPluginResultErrorsItem: model removed",
        "! TranslateConnectorPluginResultWarningsItem: model removed",
    ],
    "redacted-field.yaml": ["! ConnectorTaskConfig: field connection.string removed"],
    "task-id-retyped.yaml": ["! ConnectorTaskId: field task is now int (was str)"],
    "required-query-parameter.yaml": ["! list_connector_plugins: query parameter connector_type removed"],
}


@pytest.mark.parametrize("fixture", sorted(REVERSED))
def test_going_back_a_revision_is_breaking(fixture: str) -> None:
    """Removed operations and fields, and a retyped field, are breaking for callers."""
    lines = spec_changes.compare(surface_of(SPECS / fixture), surface_of(SPECS / "unchanged.yaml"))
    assert lines == ["Breaking for callers:", *(f"  {line}" for line in REVERSED[fixture])]


def test_report_puts_breaking_changes_first_then_groups_the_rest(derive_module: ModuleType, tmp_path: Path) -> None:
    """Many changes at once: breaking ones first, the rest per operation, then per model."""
    document = load_document(SPECS / "unchanged.yaml")
    for change in (
        "success_status_moved",
        "translate_added",
        "required_query_parameter",
        "redacted_field",
        "response_model_replaced",
        "enum_made_string",
    ):
        getattr(derive_module, change)(document)
    config = derive_module.tasks_item(document)["properties"]["config"]["properties"]
    del config["kafka.api.secret"]["x-redact"]
    del document["paths"][f"{derive_module.CONNECTOR}/pause"]
    spec = tmp_path / "many.yaml"
    spec.write_text(json.dumps(document), encoding="utf-8")
    lines = spec_changes.compare(surface_of(SPECS / "unchanged.yaml"), surface_of(spec))
    prefix = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors"
    assert lines == [
        "Breaking for callers:",
        f"  ! pause_connector: operation removed (PUT {prefix}/{{connector_name}}/pause)",
        "  ! list_connector_plugins: new required query parameter connector_type: str",
        "Operations:",
        "  translate_connector_plugin:",
        *(line.removeprefix("  ") for line in TRANSLATE),
        "  create_connector:",
        "    success status 201 is now 200 (Connector)",
        "Models:",
        *(line.removeprefix("  ") for line in TRANSLATE_MODELS),
        "  ConnectorState:",
        "    field state: no longer lists its values "
        "(was NONE, PROVISIONING, RUNNING, DEGRADED, FAILED, PAUSED, DELETED)",
        "  ConnectorStatus:",
        "    + field override_message: str (optional)",
        "  ConnectorTaskConfig:",
        "    + field connection.string: str (optional; x-redact)",
        "    field kafka.api.secret no longer x-redact (shown)",
    ]
