"""What importing the package does: every public name there as listed, each loaded when first asked for; and
CONFLUENT_CONNECT_LOG, which shows the package's log records on stderr, masked."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import confluent_connect
from confluent_connect_api.redaction import REDACTED

SECRET = "planted-S3CRET-value-4u7q"  # the API secret every test looks for
HEADER = "c2VjcmV0LWluLWEtaGVhZGVy"  # an Authorization header's credentials, logged before any client opens
# A retry through a simulator on 127.0.0.1 (a 503, then the answer) by a client whose API secret is SECRET, and two
# records of the package's loggers quoting credentials: one before any client is open, one (INFO) while it is.
RETRIED = f"""
import logging
from confluent_connect import RetryPolicy
from confluent_connect.testing import ConnectSimulator, Fault

class Simulator(ConnectSimulator):
    api_secret = {SECRET!r}

logging.getLogger("confluent_connect").warning("sending Authorization: Basic {HEADER}")
with Simulator() as sim, sim.client(retry=RetryPolicy(backoff_initial=0.0, jitter=False)) as client:
    sim.inject("gcs-logs-sink", Fault.errors(503))
    client.list_tasks("env-demo1", "lkc-demo1", "gcs-logs-sink")
    logging.getLogger("confluent_connect.probe").info("signed with {SECRET}")
"""


def in_fresh_interpreter(code: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """`code` run by a new interpreter, in this environment less CONFLUENT_CONNECT_LOG, plus `environ`."""
    settings = {name: value for name, value in os.environ.items() if name != "CONFLUENT_CONNECT_LOG"} | environ
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, env=settings
    )


def test_every_public_name_is_importable_and_listed_yet_loaded_on_first_use() -> None:
    """A fresh import loads no httpx; `import *` gives all of __all__, dir() lists it, and only then is httpx loaded."""
    probe = """
import sys
import confluent_connect as package
print("httpx" in sys.modules, sorted(set(package.__all__) - set(dir(package))))
names = {}
exec("from confluent_connect import *", names)
print(sorted(set(package.__all__) - set(names)), "httpx" in sys.modules)
"""
    done = in_fresh_interpreter(probe)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == ["False []", "[] True"]


def test_a_client_is_made_without_attrs_which_the_first_decoded_model_loads() -> None:
    """Start-up pays for httpx alone: importing and making a client (a RetryPolicy included) loads no attrs, which
    only the generated models need; the first call that decodes one loads it."""
    probe = """
import sys, httpx
from confluent_connect import ConnectClient, RetryPolicy
body = b'[{"id": {"connector": "c", "task": 0}, "config": {"connector.class": "GcsSink", "name": "c"}}]'
answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
client = ConnectClient(api_key="key", api_secret="secret-value", transport=answer, retry=RetryPolicy(max_retries=1))
print("attrs" in sys.modules, "attr" in sys.modules)
print(client.list_tasks("env-1", "lkc-1", "c")[0].id.task, "attrs" in sys.modules)
"""
    done = in_fresh_interpreter(probe)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == ["False False", "0 True"]


def test_threads_making_an_operations_first_call_at_once_all_get_its_answer() -> None:
    """Each operation's module is imported on its first call; threads making that call together wait for the import
    to finish (none is handed the module half made), for each of four operations, in a fresh interpreter."""
    probe = """
import threading
from confluent_connect.testing import ConnectSimulator

with ConnectSimulator() as simulator, simulator.client() as client:
    for method in ("list_tasks", "read_connector_status", "get_connector_config", "read_connector"):
        barrier, failures = threading.Barrier(16), []

        def first_call() -> None:
            barrier.wait()
            try:
                getattr(client, method)("env-demo1", "lkc-demo1", "gcs-logs-sink")
            except Exception as error:
                failures.append(repr(error))

        threads = [threading.Thread(target=first_call) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(method, len(failures), failures[:1])
"""
    done = in_fresh_interpreter(probe)
    assert (done.returncode, done.stderr) == (0, "")
    methods = ["list_tasks", "read_connector_status", "get_connector_config", "read_connector"]
    assert done.stdout.splitlines() == [f"{method} 0 []" for method in methods]


def test_a_name_loaded_late_is_the_one_its_module_defines() -> None:
    """A lazy name is the object its module defines, kept once loaded; an unknown one is an AttributeError."""
    assert (confluent_connect.REDACTED, confluent_connect.is_sensitive_key("kafka.api.secret")) == (REDACTED, True)
    assert vars(confluent_connect)["ConnectClient"] is confluent_connect.ConnectClient
    assert confluent_connect.ConnectClient.__name__ == "ConnectClient"
    with pytest.raises(AttributeError, match="has no attribute 'ConectClient'"):
        confluent_connect.ConectClient  # noqa: B018


@pytest.mark.parametrize("level", ["debug", "DEBUG", " Info"])
def test_confluent_connect_log_shows_the_records_on_stderr_masked(level: str) -> None:
    """CONFLUENT_CONNECT_LOG=debug (or info; any case) shows the retry and the other records, credentials masked."""
    done = in_fresh_interpreter(RETRIED, CONFLUENT_CONNECT_LOG=level)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    assert len(lines) == 3, lines
    assert lines[0].endswith("WARNING confluent_connect: sending Authorization: [redacted]")
    assert " WARNING confluent_connect: retrying GET /connect/v1/" in lines[1]
    assert "/gcs-logs-sink/tasks after 503: attempt 2 of 6" in lines[1]
    assert lines[2].endswith("INFO confluent_connect.probe: signed with [redacted]")
    assert SECRET not in done.stderr
    assert HEADER not in done.stderr


def test_confluent_connect_log_warning_leaves_out_what_is_below() -> None:
    """At warning, the retry is shown and the INFO record is not."""
    done = in_fresh_interpreter(RETRIED, CONFLUENT_CONNECT_LOG="warning")
    assert done.returncode == 0, done.stderr[-2000:]
    assert [line.split(" ", 3)[2:3] for line in done.stderr.splitlines()] == [["WARNING"], ["WARNING"]]
    assert "retrying GET" in done.stderr
    assert "signed with" not in done.stderr


@pytest.mark.parametrize("value", [None, ""])
def test_without_confluent_connect_log_nothing_is_shown(value: str | None) -> None:
    """Unset (or empty), the package adds only its NullHandler: the retry happens and stderr stays empty."""
    done = in_fresh_interpreter(
        RETRIED + 'print(logging.getLogger("confluent_connect").handlers)',
        **({} if value is None else {"CONFLUENT_CONNECT_LOG": value}),
    )
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "[<NullHandler (NOTSET)>]\n")


def test_an_invalid_confluent_connect_log_is_a_warning_not_a_crash() -> None:
    """A value that is no level is named in a warning listing the levels; nothing else changes."""
    done = in_fresh_interpreter(
        RETRIED + 'print(logging.getLogger("confluent_connect").handlers)', CONFLUENT_CONNECT_LOG="verbose"
    )
    assert (done.returncode, done.stdout) == (0, "[<NullHandler (NOTSET)>]\n")
    assert "UserWarning: CONFLUENT_CONNECT_LOG='verbose' is ignored: it takes debug, info or warning" in done.stderr
    assert "retrying" not in done.stderr
