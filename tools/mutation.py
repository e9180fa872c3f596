"""Mutation testing of the handwritten wrapper: `make mutation [MODULES="_body _retry"]`.

mutmut (pinned in requirements-mutation.txt) changes the code one small edit at a time (a `<` for a `<=`, a constant,
a dropped argument) and runs the tests that reach the changed function; a mutant that no test notices is a behaviour
no test pins. mutmut wants the code under `src/` and imports it from the `mutants/` copy it makes, so this script
stages the project in .mutation/ (src/confluent_connect a copy of wrapper/confluent_connect, everything else the tests
read linked in, and pyproject.toml with a [tool.mutmut] section), runs mutmut there from scratch, and prints the score
of each module and every mutant that survived, with its diff. The staging directory is kept for `mutmut show NAME`
and `mutmut browse` (run inside .mutation/ with .venv-mutation/bin/mutmut).

Mutated: wrapper/confluent_connect/*.py, not cli/ or testing/ (their code is exercised through subprocesses and the
simulator as much as in-process). Tests: the fast ones, without the generator tests and the few that build
distributions, run the benchmarks or are slow; mutmut runs, for each mutant, only the tests that called its function.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / ".mutation"
WRAPPER = ROOT / "wrapper" / "confluent_connect"

# The default: every module of the wrapper's top level with code of its own (models.py only re-exports).
ALL_MODULES = sorted(path.stem for path in WRAPPER.glob("*.py") if path.stem not in {"__init__", "__main__", "models"})

# What the tests read besides the package: linked into the stage, copied by mutmut into mutants/.
LINKED = [
    "tests", "tools", "openapi", "generated", "docs", "examples", "bench", "templates", "wrapper",
    "README.md", "CHANGELOG.md", "LICENSE", "Makefile", "generator-config.yml", "requirements-dev.txt",
]  # fmt: skip

# Left out of the run: slow and about other processes (real forks and terminals, the README's examples under mypy, the
# demo) or not about the wrapper's code (building the wheel, running the generator or the benchmarks). Every other test
# still runs against each mutant of a function it calls.
IGNORED_FILES = ["test_distribution.py", "test_generation.py", "test_bench.py", "test_fork.py", "test_cli_unix.py",
                 "test_readme.py"]  # fmt: skip
DESELECTED = ["tests/test_cli.py::test_demo_tells_the_operators_story_in_under_a_minute"]
MARKERS = "not generator"

# Lines left unmutated (mutmut matches each line on its own). mutmut first checks that a test fails when every mutated
# function raises; tests/conftest.py builds a RetryPolicy as it is imported, so with RetryPolicy's validation
# (RetryPolicy.__post_init__ and _retry._non_negative, these lines) mutated, that check cannot load the conftest and
# mutmut stops. The validation's refusals are tested by tests/test_retry.py::test_policy_refuses_nonsense all the same.
NOT_MUTATED = [
    r'^        for name in \("max_retries", "backoff_initial", ',
    r"^            _non_negative\(name, getattr\(self, name\)\)",
    r"^    whole = name == ",
    r"^    number = isinstance\(value, numbers\.Integral if whole else numbers\.Real\) and not isinstance",
    r"^    if not number or not 0 <= value <= sys\.float_info\.max:",
    r"^        raise ValueError\(f\"\{name\} must be a ",
]


def mutmut_config(modules: list[str], test_files: list[str]) -> str:
    tests = [*(test_files or ["tests"]), "-m", MARKERS]
    for name in IGNORED_FILES:
        tests += ["--ignore", f"tests/{name}"]
    for node in DESELECTED:
        tests += ["--deselect", node]
    config = {
        "source_paths": ["src"],
        "only_mutate": [f"src/confluent_connect/{module}.py" for module in modules],
        "also_copy": LINKED,
        "pytest_add_cli_args_test_selection": tests,
        "pytest_add_cli_args": ["-p", "no:cacheprovider"],
        "use_git_change_detection": False,
        # Which mutated function calls which: only for re-running after a change, and mutmut 3.8.1 fails to save it
        # when a generator of ours (retry_flow) is on the call stack ("RateLimitState is not JSON serializable").
        "track_dependencies": False,
        "do_not_mutate_patterns": NOT_MUTATED,
    }
    lines = ["", "[tool.mutmut]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    return "\n".join(lines) + "\n"


def stage(modules: list[str], test_files: list[str]) -> None:
    """A fresh .mutation/: src/confluent_connect copied (mutmut mutates it), the rest linked, pyproject extended."""
    shutil.rmtree(STAGE, ignore_errors=True)
    STAGE.mkdir()
    shutil.copytree(WRAPPER, STAGE / "src" / "confluent_connect", ignore=shutil.ignore_patterns("__pycache__"))
    for name in LINKED:
        (STAGE / name).symlink_to(ROOT / name)
    pyproject = (ROOT / "pyproject.toml").read_text()
    (STAGE / "pyproject.toml").write_text(pyproject + mutmut_config(modules, test_files))


def results(modules: list[str]) -> dict[str, dict[str, int]]:
    """Each mutant's exit code by module, from the .meta files mutmut leaves beside the mutated copies."""
    found = {}
    for module in modules:
        meta = STAGE / "mutants" / "src" / "confluent_connect" / f"{module}.py.meta"
        found[module] = json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}
    return found


# mutmut's exit codes (mutmut/stats.py): 1 and 3 a test failed, 0 every test passed, 5 and 33 no test ran it.
STATUS = {0: "survived", 1: "killed", 3: "killed", 5: "no tests", 33: "no tests", 36: "timeout", 37: "type check"}
STATUS |= {None: "not run"}  # a run stopped early (Ctrl-C): its score counts only the mutants tested
STATUS |= dict.fromkeys((-24, 24, 152, 255), "timeout")
KILLED = {"killed", "timeout", "type check"}


def summary(modules: list[str], mutmut: Path, elapsed: float) -> int:
    """The score of each module and the mutants left alive, with their diffs; the number of those."""
    alive: list[str] = []
    print(f"\nMutation score ({elapsed / 60:.1f} min; killed includes timeouts; a mutant no test ran counts as alive)")
    print(_row("module", "mutants", "killed", "timeout", "survived", "no tests", "other", "not run", "score"))
    totals: Counter[str] = Counter()
    for module, codes in results(modules).items():
        counts = Counter(STATUS.get(code, "other") for code in codes.values())
        counts["mutants"] = len(codes)
        totals.update(counts)
        left = KILLED | {"not run"}
        alive += sorted((name for name, code in codes.items() if STATUS.get(code, "other") not in left), key=_order)
        print(_row(module, *_figures(counts)))
    if len(modules) > 1:
        print(_row("all", *_figures(totals)))
    if alive:
        print(f"\n{len(alive)} mutants alive (a test to kill each, or a reason it is equivalent in README.md):\n")
    for name in alive:
        shown = subprocess.run([mutmut, "show", name], cwd=STAGE, capture_output=True, text=True, check=False)
        print(shown.stdout.rstrip() or f"# {name}: (no diff: {shown.stderr.strip()})", end="\n\n")
    return len(alive)


def _figures(counts: Counter[str]) -> list[object]:
    dead, tested = sum(counts[status] for status in KILLED), counts["mutants"] - counts["not run"]
    score = f"{100 * dead / tested:.1f}%" if tested else "-"
    other = counts["other"] + counts["type check"]
    shown = ("mutants", "killed", "timeout", "survived", "no tests")
    return [*(counts[status] for status in shown), other, counts["not run"], score]


def _row(*cells: object) -> str:
    return f"{cells[0]!s:<14}" + "".join(f"{cell!s:>10}" for cell in cells[1:])


def _order(name: str) -> tuple[str, int]:
    function, _, number = name.rpartition("__mutmut_")
    return function, int(number) if number.isdigit() else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"modules of the wrapper (default: all of {' '.join(ALL_MODULES)})")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--report-only", action="store_true", help="summarise the last run in .mutation/ again")
    parser.add_argument(
        "--tests", default="", help="only these test files (test_retry or tests/test_retry.py; spaces or commas): "
        "quicker, and a mutant only another file kills counts as alive",
    )  # fmt: skip
    parser.add_argument(
        "--only", action="append", default=[], metavar="PATTERN",
        help="only the mutants whose name matches (confluent_connect._calls.x_prepare*); the others count as not run",
    )  # fmt: skip
    args = parser.parse_args()
    test_files = [f"tests/{Path(name).stem}.py" for name in args.tests.replace(",", " ").split()]
    if missing := [name for name in test_files if not (ROOT / name).is_file()]:
        parser.error(f"no such test file: {', '.join(missing)}")
    modules = [name.removesuffix(".py") for spec in args.modules for name in spec.replace(",", " ").split()]
    modules = modules or ALL_MODULES
    unknown = sorted(set(modules) - set(ALL_MODULES))
    if unknown:
        parser.error(f"not a module of wrapper/confluent_connect: {', '.join(unknown)}; one of {' '.join(ALL_MODULES)}")
    mutmut = Path(sys.executable).parent / "mutmut"
    start = time.monotonic()
    if not args.report_only:
        stage(modules, test_files)
        print(f"mutating {', '.join(modules)} in {STAGE.relative_to(ROOT)}/ ...", flush=True)
        command = [mutmut, "run", "--max-children", str(args.max_children), *args.only]
        run = subprocess.run(command, cwd=STAGE, check=False)
        if run.returncode:
            print(f"mutmut run failed (exit {run.returncode})", file=sys.stderr)
            return run.returncode
    summary(modules, mutmut, time.monotonic() - start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
