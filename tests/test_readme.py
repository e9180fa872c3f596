"""The README's promises: its usage example runs as written, its commands exist."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from confluent_connect.testing import ConnectSimulator

README = (ROOT / "README.md").read_text(encoding="utf-8")


EXAMPLES = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def docstring_examples() -> dict[str, str]:
    """Every example in a docstring of the package: an indented block of imports and code that uses it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "wrapper" / "confluent_connect").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            doc = ast.get_docstring(node) if isinstance(node, DOCUMENTED) else None
            for number, block in enumerate(
                re.findall(r"^( {4}(?:from|import) .*?)(?:\n(?! {4}|$)|\Z)", doc or "", re.DOTALL | re.MULTILINE)
            ):
                if "confluent_connect" in block:
                    found[f"{path.relative_to(ROOT)}:{getattr(node, 'name', '<module>')}:{number}"] = textwrap.dedent(
                        block
                    )
    return found


DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
DOCSTRING_EXAMPLES = docstring_examples()


def run_against_the_simulator(source: str) -> subprocess.CompletedProcess[str]:
    """`source` in a fresh interpreter, pointed at a simulator through the environment."""
    with ConnectSimulator() as simulator:
        environ = {
            **os.environ,
            "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
            "CONFLUENT_CLOUD_API_KEY": simulator.api_key,
            "CONFLUENT_CLOUD_API_SECRET": simulator.api_secret,
        }
        return subprocess.run([sys.executable, "-c", source], env=environ, capture_output=True, text=True, check=False)


def test_usage_example_runs_as_written() -> None:
    """The first Python block prints each task's id, connector class and flush size."""
    example = re.search(r"## Use it\n\n```python\n(.*?)```", README, re.DOTALL)
    assert example is not None
    result = run_against_the_simulator(example.group(1))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["0 GcsSink 1000", "1 GcsSink 1000"]


def test_readme_has_the_examples_users_need() -> None:
    """List tasks, connectors with state, pause/resume and config, and the async client."""
    text = "\n".join(EXAMPLES)
    for call in (
        "list_tasks",
        "list_connectors",
        "read_connector_status",
        "pause_connector",
        "resume_connector",
        "get_connector_config",
        "aclose",
    ):
        assert f".{call}(" in text, call


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_every_example_runs_against_the_simulator(index: int) -> None:
    """Each Python block of the README, run as written in a fresh interpreter."""
    result = run_against_the_simulator(EXAMPLES[index])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the example printed nothing"


def test_every_example_passes_mypy_strict(tmp_path: Path) -> None:
    """Typed the way users write code: no narrowing, no casts, `mypy --strict` as written."""
    files = []
    for index, example in enumerate(EXAMPLES):
        path = tmp_path / f"readme_example_{index}.py"
        path.write_text(example, encoding="utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_docstrings_have_examples_to_check() -> None:
    """The client's and the simulator's docstrings show usage; the two tests below check every such example."""
    assert any(":ConnectClient:" in name for name in DOCSTRING_EXAMPLES), list(DOCSTRING_EXAMPLES)
    assert any("testing/__init__.py" in name for name in DOCSTRING_EXAMPLES), list(DOCSTRING_EXAMPLES)


@pytest.mark.parametrize("name", sorted(DOCSTRING_EXAMPLES))
def test_every_docstring_example_runs_against_the_simulator(name: str) -> None:
    """A docstring's example, run as written in a fresh interpreter."""
    result = run_against_the_simulator(DOCSTRING_EXAMPLES[name])
    assert result.returncode == 0, result.stderr


def test_every_docstring_example_passes_mypy_strict(tmp_path: Path) -> None:
    """Docstring examples are typed as users would write them, like the README's."""
    files = []
    for index, example in enumerate(DOCSTRING_EXAMPLES.values()):
        (tmp_path / f"docstring_example_{index}.py").write_text(example, encoding="utf-8")
        files.append(f"docstring_example_{index}.py")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_make_targets_named_in_the_readme_exist() -> None:
    """Every `make X` the README mentions is a target of the Makefile."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"make ([a-z-]+)", README)):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_ci_runs_the_readmes_test_command() -> None:
    """.ci/run calls make test, the command the README gives."""
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in README.split("\n## ")[0]
