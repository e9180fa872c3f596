"""Recorded traffic: replayed through both layers, and free of secrets.

The cassettes come from `make cassettes` (tools/record_cassettes.py) against the simulator;
here vcrpy replays them in record mode "none", so nothing reaches any network.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import vcr
import yaml
from cassette_scenarios import CLIENT_SECRET, SCENARIOS, UNMASKED_SECRET, Scenario, client_options

from confluent_connect import AuthenticationError, BadRequestError, ConnectClient, ConnectorTask, RetryPolicy
from confluent_connect.testing import ConnectSimulator, scrub_response, vcr_config

CASSETTES = Path(__file__).parent / "cassettes"
REPLAY = vcr.VCR(record_mode="none", match_on=["method", "path"], cassette_library_dir=str(CASSETTES))


def test_every_scenario_has_a_cassette() -> None:
    """`make cassettes` was run after the scenarios last changed."""
    assert sorted(p.stem for p in CASSETTES.glob("*.yaml")) == sorted(s.name for s in SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_replay(scenario: Scenario) -> None:
    """The client makes of each recorded exchange what it made of it live."""
    options = {
        **client_options("http://127.0.0.1:9"),
        "retry": RetryPolicy(max_retries=2, backoff_initial=0.01),
    }
    with (
        REPLAY.use_cassette(f"{scenario.name}.yaml") as cassette,
        ConnectClient(**options) as client,
    ):
        if scenario.error is not None:
            with pytest.raises(scenario.error) as caught:
                client.list_tasks("env-demo1", "lkc-demo1", scenario.connector)
            assert caught.value.request_id.startswith("sim-")
        else:
            tasks = client.list_tasks("env-demo1", "lkc-demo1", scenario.connector)
            assert len(tasks) == scenario.tasks
            assert all(isinstance(task, ConnectorTask) for task in tasks)
        assert cassette.all_played


def test_scrubbed_secret_is_masked_in_the_replayed_config() -> None:
    """The unmasked secret reached the recorder, and left it masked."""
    options = client_options("http://127.0.0.1:9")
    with REPLAY.use_cassette("unmasked_secret.yaml"), ConnectClient(**options) as client:
        [task] = client.list_tasks("env-demo1", "lkc-demo1", "snowflake-sink")
    assert task.config["snowflake.private.key"] == "[redacted]"
    assert task.config["snowflake.user.name"] == "connect"


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_cassette_holds_no_secret(path: Path) -> None:
    """No planted secret, no client credential and no Authorization value in any cassette."""
    text = path.read_text(encoding="utf-8")
    basic = base64.b64encode(f"{ConnectSimulator.api_key}:{CLIENT_SECRET}".encode()).decode()
    for secret in (
        UNMASKED_SECRET,
        CLIENT_SECRET,
        basic,
        ConnectSimulator.api_secret,
        ConnectSimulator.token,
    ):
        assert secret not in text
    for interaction in yaml.safe_load(text)["interactions"]:
        for name, values in interaction["request"]["headers"].items():
            if name.lower() in {"authorization", "cookie"}:
                assert values == ["[redacted]"]
    assert not re.search(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._-]{8,}", text)


def test_recording_masks_an_echoed_credential_and_set_cookie(tmp_path: Path) -> None:
    """A JSON error quoting the client's own key and secret, and a session cookie the server sets: neither reaches
    the cassette written with vcr_config(), though the key the secret sits under names no secret."""
    secret = "echoed-SECRET-value-42"

    class Echo(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"error": {"code": 401, "message": f"invalid key KEY:{secret}"}}).encode()
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Set-Cookie", f"session={secret}-cookie; HttpOnly")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    recorder = vcr.VCR(**vcr_config(), record_mode="all")
    try:
        with (
            recorder.use_cassette(str(tmp_path / "echo.yaml")),
            ConnectClient(
                base_url=f"http://127.0.0.1:{server.server_port}", api_key="KEY", api_secret=secret, max_retries=0
            ) as client,
            pytest.raises(AuthenticationError),
        ):
            client.list_tasks("env-demo1", "lkc-demo1", "c")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    text = (tmp_path / "echo.yaml").read_text(encoding="utf-8")
    assert secret not in text
    assert "[redacted]" in text
    [interaction] = yaml.safe_load(text)["interactions"]
    cookies = [v for k, v in interaction["response"]["headers"].items() if k.lower() == "set-cookie"]
    assert cookies == [["[redacted]"]]


def test_scrubbing_a_recorded_body_keeps_its_shape_and_masks_a_non_ascii_secret() -> None:
    """Credentials are masked in the JSON's text values, not in its serialised form: a key named "authorization" keeps
    its value's place, and a non-ASCII secret (which json.dumps would escape) is still found."""
    secret = "sécret-ÜBER-4242"
    body = {"error": {"message": f"missing authorization; bad secret {secret}", "code": 400}}
    with ConnectClient(api_key="KEY", api_secret=secret):
        recorded = scrub_response({"headers": {}, "body": {"string": json.dumps(body).encode()}})
    data = json.loads(recorded["body"]["string"])
    assert data == {"error": {"message": "missing authorization; bad secret [redacted]", "code": 400}}


def test_recording_masks_a_password_the_server_quotes_back(tmp_path: Path) -> None:
    """A 400 quoting the password the request just sent (under a secret key): the cassette masks it in the response
    as in the request, though the response names no secret key."""
    password = "hunter2-correct-horse"

    class Refuse(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"error_code": 400, "message": f"Invalid value {password} for configuration"}).encode()
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config = {"connector.class": "PostgresSource", "name": "pg", "connection.password": password}
    try:
        with (
            vcr.VCR(**vcr_config(), record_mode="all").use_cassette(str(tmp_path / "refused.yaml")),
            ConnectClient(base_url=f"http://127.0.0.1:{server.server_port}", api_key="KEY", api_secret="s3cret",
                          max_retries=0) as client,
            pytest.raises(BadRequestError) as raised,
        ):  # fmt: skip
            client.create_connector("env-demo1", "lkc-demo1", body={"name": "pg", "config": config})
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    text = (tmp_path / "refused.yaml").read_text(encoding="utf-8")
    assert password not in text
    assert "Invalid value [redacted] for configuration" in text
    assert password not in str(raised.value)
