"""A client belongs to the process that made it: in a forked child it says so at once, and closing it there neither
hangs on the parent's pool nor touches the parent's connections. Real forks, while threads use the client."""

from __future__ import annotations

import os
import threading
import time
import warnings

import pytest

from confluent_connect import ConfigurationError
from confluent_connect.testing import ConnectSimulator

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
ENV, CLUSTER, NAME = "env-demo1", "lkc-demo1", "gcs-logs-sink"


def fork_and_wait(child: object) -> int:
    """Fork; the child runs `child()` and exits with what it returns (2 if it raised); the parent waits at most 20 s,
    killing a child that hangs (exit code -1)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Python 3.12 warns of forking with threads
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            code = child()  # type: ignore[operator]
        except BaseException:
            code = 2
        os._exit(code)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return -1


def test_a_client_forked_while_threads_use_it_refuses_in_the_child_and_closes_without_hanging() -> None:
    """The child gets ConfigurationError naming the fork, closes quickly; the parent's client goes on working."""
    with ConnectSimulator() as simulator, simulator.client() as client:
        stop = threading.Event()

        def busy() -> None:
            while not stop.is_set():
                client.list_tasks(ENV, CLUSTER, NAME)

        threads = [threading.Thread(target=busy) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(0.1)

        def child() -> int:
            try:
                client.list_tasks(ENV, CLUSTER, NAME)
            except ConfigurationError as error:
                said = "create one in this process, after the fork" in str(error)
            else:
                said = False
            client.close()
            return 0 if said else 1

        codes = [fork_and_wait(child) for _ in range(5)]
        stop.set()
        for thread in threads:
            thread.join()
        assert codes == [0] * 5
        assert client.list_tasks(ENV, CLUSTER, NAME)[0].id.connector == NAME


def test_a_client_made_in_the_child_works() -> None:
    """What the README says to do: create the client after the fork."""
    with ConnectSimulator() as simulator:

        def child() -> int:
            with simulator.client() as client:
                return 0 if client.list_tasks(ENV, CLUSTER, NAME) else 1

        assert fork_and_wait(child) == 0
