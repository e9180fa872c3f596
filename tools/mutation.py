"""Mutation testing of the handwritten wrapper: `make mutation [MODULES="_body _retry"] [TESTS="test_retry"]`.

mutmut (pinned in requirements-mutation.txt) changes the code one small edit at a time (a `<` for a `<=`, a constant,
a dropped argument) and runs the tests that reach the changed function; a mutant that no test notices is a behaviour
no test pins. mutmut wants the code under `src/` and imports it from the `mutants/` copy it makes, so this script
stages the project in .mutation/NAME/ (src/confluent_connect a copy of wrapper/confluent_connect, everything else the
tests read linked in, and pyproject.toml with a [tool.mutmut] section), runs mutmut there from scratch, and prints the
score of each module and every mutant that survived, with its diff. Each module has a stage of its own, kept for
`mutmut show NAME` and `mutmut browse` (run inside .mutation/MODULE/ with .venv-mutation/bin/mutmut).

By default the core modules (CORE below) are mutated, each against the fast test files that exercise it: a few minutes
on 2 CPUs. MODULES= picks modules (`all`: every one); a module of CORE keeps its files, any other gets the fast suite.
TESTS= runs every module picked against the files named (`all`: the fast suite): `make mutation MODULES=all TESTS=all`
is everything against everything (over an hour). Mutated:
wrapper/confluent_connect/*.py, not cli/ or testing/ (their code is exercised through subprocesses and the simulator
as much as in-process). The fast suite is the tests without the generator tests and the few that build distributions,
run the benchmarks or are slow; mutmut runs, for each mutant, only the tests that called its function.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
STAGES = ROOT / ".mutation"
WRAPPER = ROOT / "wrapper" / "confluent_connect"

# Every module of the wrapper's top level with code of its own (models.py only re-exports).
ALL_MODULES = sorted(path.stem for path in WRAPPER.glob("*.py") if path.stem not in {"__init__", "__main__", "models"})

# The default run: each core module against the test files that exercise it and run in seconds. Nearly every test
# reaches these modules through a client; these are the files whose subject the module is, and those that kill a
# mutant no other file of the set does (README.md, "Mutation testing", says how the sets were checked).
CORE: dict[str, list[str]] = {
    "_retry": ["test_retry", "test_ratelimit", "test_responses", "test_client", "test_options", "test_messages"],
    "_ratelimit": ["test_ratelimit", "test_retry", "test_hostile_inputs", "test_responses"],
    "_calls": [
        "test_writes", "test_responses", "test_validation", "test_hostile_inputs", "test_client", "test_decoding",
        "test_messages", "test_raw_response", "test_error_values", "test_tracing",
    ],
    "_credentials": [
        "test_auth", "test_token_providers", "test_redaction", "test_messages", "test_client", "test_oauth_example",
        "test_error_values", "test_masking_surfaces",
    ],
    "_transport": [
        "test_retry", "test_ratelimit", "test_bounded", "test_waiting", "test_client", "test_hostile_inputs",
        "test_options",
    ],
}  # fmt: skip

# What the tests read besides the package: linked into the stage, copied by mutmut into mutants/.
LINKED = [
    "tests", "tools", "openapi", "generated", "docs", "examples", "bench", "templates", "wrapper",
    "README.md", "CHANGELOG.md", "LICENSE", "Makefile", "generator-config.yml", "requirements-dev.txt",
]  # fmt: skip

# Left out of the fast suite: slow and about other processes (real forks and terminals, the README's examples under
# mypy, the demo) or not about the wrapper's code (building the wheel, running the generator or the benchmarks). Every
# other test still runs against each mutant of a function it calls.
IGNORED_FILES = ["test_distribution.py", "test_generation.py", "test_bench.py", "test_fork.py", "test_cli_unix.py",
                 "test_readme.py"]  # fmt: skip
DESELECTED = ["tests/test_cli.py::test_demo_tells_the_operators_story"]
MARKERS = "not generator"
# Seconds one test may take before it fails (the slowest of the sets takes 2-4 s, twice that with both CPUs busy).
TEST_TIMEOUT = 15

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


class Stage(NamedTuple):
    """One mutmut run: the module it mutates and the test files it runs (none: the fast suite), in .mutation/name/."""

    name: str
    modules: list[str]
    test_files: list[str]

    @property
    def path(self) -> Path:
        return STAGES / self.name

    def tests_shown(self) -> str:
        names = [Path(name).stem.removeprefix("test_") for name in self.test_files]
        return f"{len(names)} files: {' '.join(names)}" if names else "the fast suite"


def plan(modules: list[str], tests: str) -> list[Stage]:
    """A stage for each module (mutmut 3.8.1 can crash collecting which tests call what when retry_flow and the
    transport's flow are both mutated in one run): with `tests` "" a core module runs its own files and any other the
    fast suite; `all` is the fast suite for every module, and file names are those files for every module."""
    named = [] if tests in {"", "all"} else [f"tests/{Path(name).stem}.py" for name in tests.replace(",", " ").split()]
    return [Stage(module, [module], [f"tests/{name}.py" for name in CORE[module]] if not tests and module in CORE
                  else named) for module in modules]  # fmt: skip


def mutmut_config(stage: Stage) -> str:
    tests = [*(stage.test_files or ["tests"]), "-m", MARKERS]
    for name in IGNORED_FILES:
        tests += ["--ignore", f"tests/{name}"]
    for node in DESELECTED:
        tests += ["--deselect", node]
    config = {
        "source_paths": ["src"],
        "only_mutate": [f"src/confluent_connect/{module}.py" for module in stage.modules],
        "also_copy": LINKED,
        "pytest_add_cli_args_test_selection": tests,
        # A test that hangs under a mutant fails after TEST_TIMEOUT seconds (pytest-timeout), and the mutant is killed.
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "--timeout", str(TEST_TIMEOUT)],
        "use_git_change_detection": False,
        # Which mutated function calls which: only for re-running after a change, and mutmut 3.8.1 fails to save it
        # when a generator of ours (retry_flow) is on the call stack ("RateLimitState is not JSON serializable").
        "track_dependencies": False,
        "do_not_mutate_patterns": NOT_MUTATED,
    }
    lines = ["", "[tool.mutmut]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    return "\n".join(lines) + "\n"


def prepare(stage: Stage) -> None:
    """A fresh stage: src/confluent_connect copied (mutmut mutates it), the rest linked, pyproject extended."""
    shutil.rmtree(stage.path, ignore_errors=True)
    stage.path.mkdir(parents=True)
    shutil.copytree(WRAPPER, stage.path / "src" / "confluent_connect", ignore=shutil.ignore_patterns("__pycache__"))
    for name in LINKED:
        (stage.path / name).symlink_to(ROOT / name)
    pyproject = (ROOT / "pyproject.toml").read_text()
    (stage.path / "pyproject.toml").write_text(pyproject + mutmut_config(stage))


def results(stage: Stage) -> dict[str, dict[str, int | None]]:
    """Each mutant's exit code by module, from the .meta files mutmut leaves beside the mutated copies."""
    found = {}
    for module in stage.modules:
        meta = stage.path / "mutants" / "src" / "confluent_connect" / f"{module}.py.meta"
        found[module] = json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}
    return found


# mutmut's exit codes (mutmut/stats.py): 1 and 3 a test failed, 0 every test passed, 5 and 33 no test ran it.
STATUS = {0: "survived", 1: "killed", 3: "killed", 5: "no tests", 33: "no tests", 36: "timeout", 37: "type check"}
STATUS |= {None: "not run"}  # a run stopped early (Ctrl-C): its score counts only the mutants tested
STATUS |= dict.fromkeys((-24, 24, 152, 255), "timeout")
KILLED = {"killed", "timeout", "type check"}


def summary(stages: list[Stage], python: Path, elapsed: float, seconds: dict[str, float]) -> int:
    """The score of each module and the mutants left alive, with their diffs; the number of those."""
    alive: list[tuple[Stage, str]] = []
    print(f"\nMutation score ({elapsed / 60:.1f} min; killed includes timeouts; a mutant no test ran counts as alive)")
    print(_row("module", "mutants", "killed", "timeout", "survived", "no tests", "other", "not run", "score", "min"))
    totals: Counter[str] = Counter()
    modules = 0
    for stage in stages:
        for module, codes in results(stage).items():
            counts = Counter(STATUS.get(code, "other") for code in codes.values())
            counts["mutants"] = len(codes)
            totals.update(counts)
            modules += 1
            left = KILLED | {"not run"}
            names = (name for name, code in codes.items() if STATUS.get(code, "other") not in left)
            alive += [(stage, name) for name in sorted(names, key=_order)]
            minutes = f"{seconds[stage.name] / 60:.1f}" if stage.name in seconds and len(stage.modules) == 1 else ""
            print(_row(module, *_figures(counts), minutes), f"  {stage.tests_shown()}")
    if modules > 1:
        print(_row("all", *_figures(totals), f"{elapsed / 60:.1f}"))
    if alive:
        print(f"\n{len(alive)} mutants alive (a test to kill each, or a reason it is equivalent in README.md):\n")
    for stage in stages:
        if names := [name for where, name in alive if where is stage]:
            command = [python, "-c", SHOW, *names]
            shown = subprocess.run(command, cwd=stage.path, capture_output=True, text=True, check=False)
            print(shown.stdout.rstrip() or f"(no diffs: {shown.stderr.strip()})", end="\n\n")
    return len(alive)


# What `mutmut show NAME` prints, for many mutants in one process (mutmut takes most of a second to start).
SHOW = """
import sys
from mutmut.mutation.diff_apply import find_mutant, get_diff_for_mutant
from mutmut.stats import status_by_exit_code
for name in sys.argv[1:]:
    found = find_mutant(name)
    print(f"# {name}: {status_by_exit_code[found.exit_code_by_key[name]]}")
    print(get_diff_for_mutant(name, path=found.path), end="\\n\\n")
"""


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


def _patterns_for(stage: Stage, patterns: list[str]) -> list[str]:
    """Of the --only patterns, those that can name a mutant of the stage's modules (confluent_connect.MODULE.*)."""
    fixed = {pattern: re.split(r"[*?\[]", pattern, maxsplit=1)[0] for pattern in patterns}
    places = [f"confluent_connect.{module}." for module in stage.modules]
    return [pattern for pattern, head in fixed.items() if any(head.startswith(p) or p.startswith(head) for p in places)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "modules", nargs="*", help=f"modules of the wrapper (default: {' '.join(CORE)}; all: {' '.join(ALL_MODULES)})"
    )
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--report-only", action="store_true", help="summarise the last run in .mutation/ again")
    parser.add_argument(
        "--tests", default="", help="every module against these test files (test_retry or tests/test_retry.py; "
        "spaces or commas), in one stage; `all`: the fast suite. A mutant only another file kills counts as alive",
    )  # fmt: skip
    parser.add_argument(
        "--only", action="append", default=[], metavar="PATTERN",
        help="only the mutants whose name matches (confluent_connect._calls.x_prepare*); the others count as not run",
    )  # fmt: skip
    args = parser.parse_args()
    modules = [name.removesuffix(".py") for spec in args.modules for name in spec.replace(",", " ").split()]
    modules = ALL_MODULES if modules == ["all"] else modules or list(CORE)
    if unknown := sorted(set(modules) - set(ALL_MODULES)):
        parser.error(f"not a module of wrapper/confluent_connect: {', '.join(unknown)}; one of {' '.join(ALL_MODULES)}")
    stages = plan(modules, args.tests.strip())
    if missing := sorted({name for stage in stages for name in stage.test_files if not (ROOT / name).is_file()}):
        parser.error(f"no such test file: {', '.join(missing)}")
    mutmut = Path(sys.executable).parent / "mutmut"
    start, seconds = time.monotonic(), {}
    if args.report_only:
        stages = [stage for stage in stages if stage.path.is_dir()]
    else:
        shutil.rmtree(STAGES, ignore_errors=True)  # no stage of an earlier run mixes in
        try:
            for stage in stages:
                patterns = _patterns_for(stage, args.only)
                if args.only and not patterns:
                    continue
                prepare(stage)
                print(f"mutating {', '.join(stage.modules)} against {stage.tests_shown()} in "
                      f"{stage.path.relative_to(ROOT)}/ ...", flush=True)  # fmt: skip
                began = time.monotonic()
                command = [mutmut, "run", "--max-children", str(args.max_children), *patterns]
                run = subprocess.run(command, cwd=stage.path, check=False)
                seconds[stage.name] = time.monotonic() - began
                if run.returncode:
                    print(f"mutmut run failed in {stage.path} (exit {run.returncode})", file=sys.stderr)
                    return run.returncode
        except KeyboardInterrupt:  # mutmut has stopped too: what was tested is reported
            print("\nstopped: the stages not run count as not run", file=sys.stderr)
    summary(stages, Path(sys.executable), time.monotonic() - start, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
