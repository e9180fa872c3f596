"""What the distribution declares is exactly what its code imports."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"confluent_connect", "confluent_connect_api"}
# Distribution name -> the module it provides, where the two differ.
MODULE_OF = {"python-dateutil": "dateutil", "opentelemetry-api": "opentelemetry"}


def imported_third_party(*folders: Path, leave_out: Path | None = None) -> set[str]:
    """Top-level modules imported by the code under `folders`, outside the stdlib."""
    found: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*.py"):
            if leave_out is not None and path.is_relative_to(leave_out):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - OWN - {"__future__"}


def declared(extra: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    items = project["optional-dependencies"][extra] if extra else project["dependencies"]
    names = {re.split(r"[<>=!~\[; ]", item, maxsplit=1)[0] for item in items}
    return {MODULE_OF.get(name, name).replace("-", "_") for name in names}


def test_runtime_dependencies_are_exactly_what_the_shipped_code_imports() -> None:
    """No undeclared import, no declared package left unused."""
    wrapper = ROOT / "wrapper" / "confluent_connect"
    shipped = imported_third_party(ROOT / "generated" / "confluent_connect_api", wrapper, leave_out=wrapper / "testing")
    assert shipped == declared() | declared("otel")


def test_the_otel_extra_is_imported_by_the_tracing_module_alone() -> None:
    """OpenTelemetry is optional: only _tracing imports it (inside functions), nothing else of the package."""
    wrapper = ROOT / "wrapper" / "confluent_connect"
    tracing = wrapper / "_tracing.py"
    assert "opentelemetry" in declared("otel")
    assert "opentelemetry" in tracing.read_text()
    elsewhere = [path for path in wrapper.rglob("*.py") if path != tracing and "opentelemetry" in path.read_text()]
    assert elsewhere == []


def test_the_testing_extra_is_what_the_testing_package_adds() -> None:
    """confluent_connect.testing's fixtures need pytest, declared as the `testing` extra."""
    testing = imported_third_party(ROOT / "wrapper" / "confluent_connect" / "testing")
    assert testing - declared() == declared("testing")


def test_the_check_sees_an_undeclared_import(tmp_path: Path) -> None:
    """The scan itself finds a third-party import (so the test above can fail)."""
    (tmp_path / "m.py").write_text("import json\nfrom yaml import safe_load\nimport attrs.x\n")
    assert imported_third_party(tmp_path) == {"yaml", "attrs"}


def test_the_wheel_carries_both_licenses_and_valid_metadata(tmp_path: Path) -> None:
    """Built as pip builds it: metadata valid (a misplaced table once broke every install),
    LICENSE and the generator templates' licence inside, both packages shipped."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("confluent_connect-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    licenses = {name.split("/licenses/", 1)[1] for name in names if "/licenses/" in name}
    assert licenses == {"LICENSE", "templates/LICENSE.openapi-python-client"}
    assert "confluent_connect/__init__.py" in names
    assert "confluent_connect_api/__init__.py" in names
    metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Classifier: Typing :: Typed" in text
    assert "Requires-Dist: python-dateutil" not in text
