"""Secrets stay masked where tools walk objects themselves: pytest's assertion diffs and
--showlocals, `vars()`, and tracebacks with locals."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import traceback
from pathlib import Path
from typing import Any

from confluent_connect import ConnectorTask
from confluent_connect_api import models

PLANTED = "PLANTED secret\twith whitespace é"


def task(flush_size: str) -> ConnectorTask:
    config = {
        "connector.class": "X",
        "name": "n",
        "kafka.api.secret": PLANTED,
        "flush.size": flush_size,
    }
    return ConnectorTask.from_dict({"id": {"connector": "n", "task": 0}, "config": config})


def test_pytest_diff_and_showlocals_do_not_show_secrets(tmp_path: Path) -> None:
    (tmp_path / "test_planted.py").write_text(
        textwrap.dedent(f"""
        from confluent_connect import ConnectorTask

        def mk(v):
            config = {{"connector.class": "X", "name": "n",
                       "kafka.api.secret": {PLANTED!r}, "flush.size": v}}
            return ConnectorTask.from_dict({{"id": {{"connector": "n", "task": 0}},
                                             "config": config}})

        def test_diff():
            assert mk("1") == mk("2")

        def test_vars():
            planted_task = mk("1")
            attributes = vars(planted_task.config)
            assert not attributes
    """),
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-vv",
            "--showlocals",
            "-p",
            "no:cacheprovider",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert "2 failed" in result.stdout, result.stdout[-2000:]
    assert "flush" in result.stdout  # the diff is there, and shows what differs
    for shown in (PLANTED, PLANTED.replace("\t", "\\t"), "PLANTED"):
        assert shown not in result.stdout + result.stderr


def test_traceback_with_locals_does_not_show_secrets() -> None:
    def fail(planted: Any) -> None:
        raise ValueError("boom")

    try:
        fail(task("1"))
    except ValueError as error:
        shown = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    assert "planted" in shown
    assert "PLANTED" not in shown


def test_reading_by_key_still_returns_what_the_server_sent() -> None:
    assert task("1").config["kafka.api.secret"] == PLANTED


def test_rich_reads_the_masked_view_of_every_model() -> None:
    """rich's pretty printer prefers `__rich_repr__` to an attrs class's own fields (which hold the raw values): every
    model of the published document defines it, and it gives what repr() gives."""
    shown = dict(task("1").__rich_repr__())
    assert "PLANTED" not in repr(shown)
    assert shown["config"]["kafka.api.secret"] == "[redacted]"
    assert shown["config"]["flush.size"] == "1"
    for name in models.__all__:
        model = getattr(models, name)
        if hasattr(model, "from_dict"):
            assert "__rich_repr__" in vars(model), name
