"""`make test-deps`: the tests against both ends of the dependency range pyproject.toml declares.

`make test` runs on the pinned versions of requirements-dev.txt. Users install whatever their other packages allow
within `dependencies`, so the range itself is tested here, in two throwaway virtualenvs under .deps/:

    lowest   every runtime dependency (and the otel extra's) at the lowest version its bound allows (`attrs>=23.1`
             -> attrs==23.1)
    newest   every one at the newest the package index serves

Each gets the development tools of requirements-dev.txt (but the runtime pins and the generator, which caps httpx
below what users may install) and this package, then runs the tests but those marked `generator`, which run
openapi-python-client and belong to the pinned environment. A bound that turns out wrong is fixed in pyproject.toml,
not by loosening a test.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINNED_ELSEWHERE = {"openapi-python-client"}  # pins httpx below the range's top; its tests run in `make test`


def runtime_requirements() -> list[tuple[str, str | None]]:
    """(name, lowest version or None) for each runtime dependency of pyproject.toml, the otel extra's included; its
    SDK (which the tracing tests need) goes with the api, version for version."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["otel"]]
    declared += [
        re.sub(r"^opentelemetry-api", "opentelemetry-sdk", item) for item in declared if "opentelemetry-api" in item
    ]
    found = []
    for requirement in declared:
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        lowest = re.search(r">=\s*([0-9][^,;\s]*)", requirement)
        if name is None:
            raise SystemExit(f"test-deps: cannot read the requirement {requirement!r} in pyproject.toml")
        found.append((name.group().lower(), lowest.group(1) if lowest else None))
    return found


def tools_requirements(runtime: set[str]) -> list[str]:
    """requirements-dev.txt without the runtime pins (each end chooses its own) and the generator."""
    kept = []
    for raw in (ROOT / "requirements-dev.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        name = re.match(r"[A-Za-z0-9._-]+", line)
        if name and name.group().lower() not in runtime | PINNED_ELSEWHERE | {
            "httpcore",
            "opentelemetry-semantic-conventions",
        }:
            kept.append(line)
    return kept


def run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def test_end(end: str, pytest_args: list[str]) -> bool:
    """Build the virtualenv for one end of the range, install, print the versions, run the tests."""
    where = ROOT / ".deps" / end
    shutil.rmtree(where, ignore_errors=True)
    venv.create(where, with_pip=True)
    python = str(where / "bin" / "python")
    runtime = runtime_requirements()
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run([*pip, *tools_requirements({name for name, _ in runtime})])
    if end == "lowest":
        pins = [f"{name}=={low}" for name, low in runtime if low is not None]
        run([*pip, ".", *pins])
    else:
        run([*pip, "--upgrade", "--upgrade-strategy", "eager", ".", *(name for name, _ in runtime)])
    show = "import importlib.metadata as m, sys; print(', '.join(f'{n} {m.version(n)}' for n in sys.argv[1:]))"
    names = [name for name, _ in runtime] + ["httpcore"]
    versions = subprocess.run([python, "-c", show, *names], check=True, capture_output=True, text=True).stdout.strip()
    print(f"test-deps: {end}: {versions}", flush=True)
    tests = [python, "-m", "pytest", "-m", "not generator", "-p", "no:cacheprovider", *pytest_args]
    result = subprocess.run(tests, cwd=ROOT, check=False)
    print(f"test-deps: {end} ({versions}): {'passed' if result.returncode == 0 else 'FAILED'}", flush=True)
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ends", nargs="*", help="lowest, newest (default: both)")
    parser.add_argument("--pytest", default="-q", help="arguments for pytest (default: -q)")
    args = parser.parse_args()
    if unknown := set(args.ends) - {"lowest", "newest"}:
        parser.error(f"unknown ends: {', '.join(sorted(unknown))} (choose from lowest, newest)")
    results = {end: test_end(end, args.pytest.split()) for end in args.ends or ["lowest", "newest"]}
    for end, passed in results.items():
        print(f"test-deps: {end}: {'passed' if passed else 'FAILED'}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
