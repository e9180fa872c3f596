"""The README's promises: its usage example runs as written, its commands exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import ROOT

from confluent_connect.testing import ConnectSimulator

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_usage_example_runs_as_written() -> None:
    """The first Python block, run against the simulator through the environment."""
    example = re.search(r"## Use it\n\n```python\n(.*?)```", README, re.DOTALL)
    assert example is not None
    with ConnectSimulator() as simulator:
        environ = {
            **os.environ,
            "CONFLUENT_CLOUD_REST_ENDPOINT": simulator.url,
            "CONFLUENT_CLOUD_API_KEY": simulator.api_key,
            "CONFLUENT_CLOUD_API_SECRET": simulator.api_secret,
        }
        result = subprocess.run(
            [sys.executable, "-c", example.group(1)],
            env=environ,
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["0 GcsSink 1000", "1 GcsSink 1000"]


def test_make_targets_named_in_the_readme_exist() -> None:
    """Every `make X` the README mentions is a target of the Makefile."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"make ([a-z-]+)", README)):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_ci_runs_the_readmes_test_command() -> None:
    """.ci/run calls make test, the command the README gives."""
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in README.split("\n## ")[0]
