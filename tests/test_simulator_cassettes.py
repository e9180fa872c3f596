"""A cassette recorded against the simulator replays although the simulator's port changed.

The recipe the README gives: record and replay with `vcr.VCR(**vcr_config(), ...)`. Its
request hook records a loopback host and port as plain 127.0.0.1, and vcrpy runs the same
hook on the requests it replays, so the port a simulator happened to get does not matter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

from confluent_connect import ConnectClient, RetryPolicy
from confluent_connect.testing import ConnectSimulator, vcr_config

ENV, CLUSTER = "env-demo1", "lkc-demo1"


def record(path: Path) -> int:
    """Record listing gcs-logs-sink's tasks against a simulator; its port, now closed."""
    with ConnectSimulator() as simulator:
        recorder = vcr.VCR(**vcr_config(), record_mode="all")
        with recorder.use_cassette(str(path)), simulator.client() as client:
            assert len(client.list_tasks(ENV, CLUSTER, "gcs-logs-sink")) == 2
        return int(simulator.url.rsplit(":", 1)[1])


def replay(recorder: vcr.VCR, path: Path, url: str) -> Any:
    """List the tasks again from the cassette, the client pointed at `url`."""
    options = {"api_key": ConnectSimulator.api_key, "api_secret": ConnectSimulator.api_secret}
    with (
        recorder.use_cassette(str(path)) as cassette,
        ConnectClient(base_url=url, retry=RetryPolicy(max_retries=0), **options) as client,
    ):
        tasks = client.list_tasks(ENV, CLUSTER, "gcs-logs-sink")
        assert cassette.all_played
    return tasks


def test_a_cassette_recorded_with_vcr_config_replays_on_another_port(tmp_path: Path) -> None:
    """Recorded on one port, replayed (record mode "none", nothing listening) on another: the same tasks; the
    cassette holds no port."""
    path = tmp_path / "tasks.yaml"
    port = record(path)
    [interaction] = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]
    assert interaction["request"]["uri"].startswith("http://127.0.0.1/connect/v1/")
    assert f":{port}" not in path.read_text(encoding="utf-8")
    with ConnectSimulator() as elsewhere:  # a port of its own, closed before the replay
        other = elsewhere.url.replace("127.0.0.1", "localhost")
    assert other != f"http://localhost:{port}"
    tasks = replay(vcr.VCR(**vcr_config(), record_mode="none"), path, other)
    assert [task.id.task for task in tasks] == [0, 1]


def test_without_the_hook_the_new_port_finds_no_recording(tmp_path: Path) -> None:
    """The same cassette, replayed by a recorder that matches hosts and ports as recorded: nothing matches (what
    the recipe is for)."""
    path = tmp_path / "tasks.yaml"
    port = record(path)
    with pytest.raises(CannotOverwriteExistingCassetteException):
        replay(vcr.VCR(record_mode="none"), path, f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}")


def test_other_hosts_are_recorded_as_they_are() -> None:
    """Only loopback hosts lose their port: a request to the live service keeps its host."""
    hook = vcr_config()["before_record_request"]
    for uri, recorded in [
        ("https://api.confluent.cloud/connect/v1/x", "https://api.confluent.cloud/connect/v1/x"),
        ("http://10.0.0.8:8083/connect/v1/x", "http://10.0.0.8:8083/connect/v1/x"),
        ("http://localhost:5555/connect/v1/x?a=1", "http://127.0.0.1/connect/v1/x?a=1"),
        ("http://[::1]:5555/connect/v1/x", "http://127.0.0.1/connect/v1/x"),
        ("http://user:pw@127.0.0.2:5555/connect/v1/x", "http://127.0.0.1/connect/v1/x"),
    ]:
        request = vcr.request.Request("GET", uri, b"", {})
        assert hook(request).uri == recorded
