"""Every confluent-connect command through its real entry point, against one simulator whose changes take effect
DELAY seconds after they are asked for: what each prints, what it changes, its exit code, and that waits wait."""

from __future__ import annotations

import base64
import json
import os
import pty
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import CLUSTER, DELAY, ENTRY, ENV, FAST_POLL, cli, datagen, environ

from confluent_connect.testing import MASK, ConnectSimulator, seed_connectors

KAFKA_KEY, KAFKA_SECRET = "PLANTEDKEY000001", "planted-kafka-secret-Qx81"
ROTATED = "planted-rotated-secret-Wm52"
PLANTED = (KAFKA_KEY, KAFKA_SECRET, ROTATED)


@pytest.fixture(scope="module")
def sim() -> Iterator[ConnectSimulator]:
    """One simulator for the module: the sample connectors; each test that changes things makes its own."""
    with ConnectSimulator(seed_connectors(), transition_delay=DELAY) as simulator:
        yield simulator


def create_file(folder: Path, name: str, *, flat: bool = False, **changes: str) -> Path:
    """A DatagenSource connector file holding the planted Kafka key and secret."""
    config = {
        "connector.class": "DatagenSource", "kafka.auth.mode": "KAFKA_API_KEY", "kafka.api.key": KAFKA_KEY,
        "kafka.api.secret": KAFKA_SECRET, "kafka.topic": "orders", "output.data.format": "JSON",
        "quickstart": "ORDERS", "tasks.max": "1", **changes,
    }  # fmt: skip
    body = {"name": name, **config} if flat else {"name": name, "config": config}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(body))
    return path


def assert_no_secret(text: str) -> None:
    for secret in PLANTED:
        assert secret not in text


def assert_waited(seconds: float) -> None:
    """It took the transition delay (it waited for the change), not the 15 s polling cap."""
    assert DELAY <= seconds < DELAY + 5.0, seconds


# --- reading -------------------------------------------------------------------------------------


def test_connectors_lists_each_with_its_state(sim: ConnectSimulator) -> None:
    """connectors: one row per connector, its state, type and task count."""
    result = cli(sim, "connectors")
    assert result.code == 0
    rows = {line.split()[0]: line.split() for line in result.out.splitlines()[1:]}
    assert rows["inventory-mysql-cdc"][1:3] == ["FAILED", "source"]
    assert rows["clickstream-s3-sink"][1:4] == ["RUNNING", "sink", "12"]


def test_status_check_passes_only_when_everything_runs(sim: ConnectSimulator) -> None:
    """status --check exits 0 for a RUNNING connector, 1 for a FAILED one, saying why on stderr."""
    healthy, failed = (
        cli(sim, "status", "gcs-logs-sink", "--check"),
        cli(sim, "status", "inventory-mysql-cdc", "--check"),
    )
    assert (healthy.code, healthy.err) == (0, "")
    assert failed.code == 1
    assert failed.err == "confluent-connect: inventory-mysql-cdc: not healthy: the connector is FAILED\n"
    assert failed.out.splitlines()[1].split()[:2] == ["inventory-mysql-cdc", "FAILED"]


def test_status_check_fails_on_one_failed_task(sim: ConnectSimulator) -> None:
    """A RUNNING connector with one FAILED task is not healthy: exit 1, the task named."""
    sim.add(datagen("one-task-down", tasks=2))
    sim.fail("one-task-down", "ConnectException: topic orders is gone", task=1)
    result = cli(sim, "status", "one-task-down", "--check")
    assert result.code == 1
    assert "not healthy: task 1 is FAILED" in result.err
    assert "ConnectException: topic orders is gone" in result.out
    assert cli(sim, "status", "one-task-down").code == 0  # without --check, reading it succeeded


def test_plugins_lists_the_managed_plugins(sim: ConnectSimulator) -> None:
    """plugins: each plugin's class, type and version; as JSON, the list the API gives."""
    table, listing = cli(sim, "plugins"), cli(sim, "plugins", "-o", "json")
    assert table.code == listing.code == 0
    assert "GcsSink                sink    0.2.0" in table.out
    assert {"class": "S3_SINK", "type": "sink"} in json.loads(listing.out)


def test_offsets_reads_each_partition(sim: ConnectSimulator) -> None:
    """offsets CONNECTOR: the partitions and their offsets."""
    result = cli(sim, "offsets", "orders-postgres-source")
    assert result.code == 0
    assert result.out.startswith("orders-postgres-source: 1 offset, observed at ")
    assert '{"protocol": 1, "table": "orders"}' in result.out
    assert cli(sim, "offsets", "orders-postgres-source", "-o", "json").out.count('"incrementing": 3') == 1


# --- not found, and usage -----------------------------------------------------------------------

NOT_FOUND = [
    ("status", ["nope"]), ("tasks", ["nope"]), ("config", ["nope"]), ("offsets", ["nope"]),
    ("offsets", ["nope", "--reset"]), ("patch", ["nope", "--set", "tasks.max=2"]), ("pause", ["nope"]),
    ("resume", ["nope"]), ("restart", ["nope"]), ("delete", ["nope", "--yes"]), ("wait", ["nope", "--timeout", "1"]),
]  # fmt: skip


@pytest.mark.parametrize(("command", "arguments"), NOT_FOUND, ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_a_connector_that_does_not_exist_is_a_404_and_exit_1(
    sim: ConnectSimulator, command: str, arguments: list[str]
) -> None:
    """Every command naming a connector: the 404 as one line on stderr, nothing on stdout, exit 1."""
    result = cli(sim, command, *arguments)
    assert (result.code, result.out) == (1, "")
    assert result.err.startswith("confluent-connect: 404 Not Found: connector 'nope' not found (request id sim-")
    assert result.err.count("\n") == 1


@pytest.mark.parametrize("command", ["connectors", "plugins", "apply", "validate"])
def test_an_environment_that_does_not_exist_is_a_404_and_exit_1(
    sim: ConnectSimulator, tmp_path: Path, command: str
) -> None:
    """The commands naming no connector: a 404 for the environment, exit 1."""
    extra = {"apply": ["-f", str(create_file(tmp_path, "lost"))],
             "validate": ["GcsSink", "-f", str(create_file(tmp_path, "lost"))]}.get(command, [])  # fmt: skip
    result = cli(sim, command, *extra, where=("env-nope", CLUSTER))
    assert (result.code, result.out) == (1, "")
    assert result.err.startswith("confluent-connect: 404 Not Found: environment 'env-nope' not found")


@pytest.mark.parametrize(
    "arguments",
    [["patch", "c"], ["offsets", "c", "--set"], ["offsets", "c", "--wait"], ["offsets", "c", "-f", "x.json"],
     ["pause", "c", "--timeout", "0"], ["wait", "c", "--poll-interval", "nan"], ["apply"], ["validate", "GcsSink"]],
    ids=" ".join,
)  # fmt: skip
def test_incomplete_commands_exit_2_before_sending(sim: ConnectSimulator, arguments: list[str]) -> None:
    """A command missing what it needs (or given a nonsense duration) is a usage error: exit 2, nothing sent."""
    before = sum(sim.statuses.values())
    result = cli(sim, *arguments)
    assert (result.code, result.out) == (2, "")
    assert result.err
    assert sum(sim.statuses.values()) == before


# --- apply --------------------------------------------------------------------------------------


def test_apply_creates_then_replaces_when_the_name_is_taken(sim: ConnectSimulator, tmp_path: Path) -> None:
    """apply creates a new connector; applied again, the 409 on create makes it replace the config instead."""
    first = cli(sim, "apply", "-f", str(create_file(tmp_path, "applied-twice")))
    assert (first.code, first.out.splitlines()[0]) == (0, "applied-twice: created")
    second = cli(sim, "apply", "-f", str(create_file(tmp_path, "applied-twice", **{"tasks.max": "3"})))
    assert (second.code, second.out.splitlines()[0]) == (0, "applied-twice: config replaced")
    held = sim.connector("applied-twice")
    assert held.written is not None
    assert (held.written["tasks.max"], held.written["kafka.api.secret"]) == ("3", KAFKA_SECRET)
    assert_no_secret(first.shown + second.shown)


def test_apply_takes_a_flat_config_from_stdin(sim: ConnectSimulator, tmp_path: Path) -> None:
    """-f - reads stdin; a flat config with a name key is Confluent's CLI's shape, taken as well."""
    text = create_file(tmp_path, "from-stdin", flat=True).read_text()
    result = cli(sim, "apply", "-f", "-", "-o", "json", stdin=text)
    assert result.code == 0
    data = json.loads(result.out)
    assert (data["name"], data["action"], data["status"]) == ("from-stdin", "created", None)
    assert data["connector"]["config"]["kafka.api.secret"] == "[redacted]"
    assert sim.connector("from-stdin").state == "PROVISIONING"


def test_apply_wait_shows_provisioning_then_running(sim: ConnectSimulator, tmp_path: Path) -> None:
    """apply --wait: each state on stderr as it is seen, PROVISIONING then RUNNING, after about the delay."""
    result = cli(sim, "apply", "-f", str(create_file(tmp_path, "waited-for")), "--wait", "-v", *FAST_POLL)
    assert result.code == 0
    states = [line.split(": ", 2)[2] for line in result.err.splitlines()]
    assert [state.split(",")[0] for state in states] == ["PROVISIONING", "RUNNING"]
    assert result.out.splitlines()[3].split()[:2] == ["waited-for", "RUNNING"]
    assert_waited(result.seconds)


def test_apply_wait_exits_1_when_the_connector_fails(sim: ConnectSimulator, tmp_path: Path) -> None:
    """A connector that fails as it is created ends apply --wait with exit 1 and its trace."""
    sim.fail_on_create("doomed", "ConnectException: the topic cannot be written")
    result = cli(sim, "apply", "-f", str(create_file(tmp_path, "doomed")), "--wait", *FAST_POLL)
    assert (result.code, result.out) == (1, "")
    assert "connector 'doomed' is FAILED: ConnectException: the topic cannot be written" in result.err


def test_apply_an_unknown_class_is_a_400_naming_it(sim: ConnectSimulator, tmp_path: Path) -> None:
    """The service refuses a connector.class it has no plugin for: the 400 names the class; exit 1."""
    result = cli(sim, "apply", "-f", str(create_file(tmp_path, "classless", **{"connector.class": "NoSuchSink"})))
    assert (result.code, result.out) == (1, "")
    assert result.err.startswith('confluent-connect: 400 Bad Request: Invalid connector class "NoSuchSink"')
    assert_no_secret(result.shown)


def test_dry_run_shows_the_changes_and_sends_nothing(sim: ConnectSimulator, tmp_path: Path) -> None:
    """--dry-run: added, removed, changed, masked secrets as replaced, the service's keys not removed; nothing sent."""
    sim.add(datagen("previewed"))
    path = create_file(tmp_path, "previewed", **{"tasks.max": "2", "max.interval": "500"})
    body = json.loads(path.read_text())
    del body["config"]["quickstart"]
    path.write_text(json.dumps(body))
    result = cli(sim, "apply", "-f", str(path), "--dry-run")
    assert result.code == 0
    assert result.out.splitlines() == [
        "previewed: 1 added, 1 removed, 1 changed, 2 secrets replaced, 5 unchanged; nothing was sent",
        "+ max.interval      500",
        "- quickstart        ORDERS",
        "~ tasks.max         1 -> 2",
        "~ kafka.api.key     secret: replaced",
        "~ kafka.api.secret  secret: replaced",
    ]
    assert sim.connector("previewed").current_config()["tasks.max"] == "1"
    assert_no_secret(result.shown)


def test_dry_run_of_a_new_connector_as_json(sim: ConnectSimulator, tmp_path: Path) -> None:
    """--dry-run -o json for a connector that does not exist: every key added, secrets masked, nothing created."""
    result = cli(sim, "apply", "-f", str(create_file(tmp_path, "not-yet")), "--dry-run", "-o", "json")
    data = json.loads(result.out)
    assert (result.code, data["exists"], data["sent"], data["removed"]) == (0, False, False, {})
    assert data["added"]["kafka.api.secret"] == "[redacted]"
    assert data["added"]["kafka.topic"] == "orders"
    assert cli(sim, "status", "not-yet").code == 1
    assert_no_secret(result.shown)


def test_dry_run_masks_a_sent_secret_wherever_it_appears(sim: ConnectSimulator, tmp_path: Path) -> None:
    """A secret the file sends is masked even where no key rule would catch it (here, copied into a topic name)."""
    result = cli(sim, "apply", "-f", str(create_file(tmp_path, "copied", **{"kafka.topic": KAFKA_SECRET})), "--dry-run")
    assert result.code == 0
    assert "kafka.topic         [redacted]" in result.out
    assert_no_secret(result.shown)


@pytest.mark.parametrize("mask", [MASK, "[redacted]", "jdbc:mysql://[redacted]@db:3306/inventory"])
def test_a_file_carrying_a_mask_is_refused_before_sending(sim: ConnectSimulator, tmp_path: Path, mask: str) -> None:
    """The service's mask (the library's check), or this command's own, in a file: exit 2 naming the key, no write."""
    path = create_file(tmp_path, "masked-write", **{"kafka.api.secret": mask})
    for arguments in (["apply", "-f", str(path)], ["apply", "-f", str(path), "--dry-run"]):
        result = cli(sim, *arguments)
        assert (result.code, result.out) == (2, "")
        assert result.err.startswith(f"confluent-connect: {path} carries ")
        assert result.err.rstrip().endswith(": kafka.api.secret")
    assert cli(sim, "status", "masked-write").code == 1
    assert_no_secret(result.shown)


@pytest.mark.parametrize(
    ("content", "complaint"),
    [("{", "is not JSON: Expecting property name"), ("[]", "must hold a JSON object"),
     ('{"name": "x", "tasks.max": 1}', "config values must be strings (quote them): tasks.max"),
     ('{"name": "x", "name": "y"}', "has the key 'name' twice"), ('{"topics": "t"}', "has no connector name"),
     ('{"name": "x", "config": {"name": "y"}}', "names the connector twice, differently"),
     ('{"name": "x", "config": {}, "offsets": []}', "has keys besides name and config: offsets"),
     ('{"name": "x", "flush.size": NaN}', "holds NaN, which is not JSON")],
)  # fmt: skip
def test_a_file_that_is_not_a_connector_exits_2(
    sim: ConnectSimulator, tmp_path: Path, content: str, complaint: str
) -> None:
    """What the file holds is checked before anything is sent; the message names the file and the problem."""
    path = tmp_path / "bad.json"
    path.write_text(content)
    result = cli(sim, "apply", "-f", str(path))
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"confluent-connect: {path}")
    assert complaint in result.err


def test_a_missing_file_exits_2(sim: ConnectSimulator, tmp_path: Path) -> None:
    """A file that cannot be read: exit 2, saying why."""
    result = cli(sim, "apply", "-f", str(tmp_path / "absent.json"))
    assert result.code == 2
    assert result.err == f"confluent-connect: cannot read {tmp_path / 'absent.json'}: No such file or directory\n"


# --- patch --------------------------------------------------------------------------------------


def test_patch_takes_secrets_from_a_file_and_the_environment(sim: ConnectSimulator, tmp_path: Path) -> None:
    """--set KEY=@PATH and KEY=env:NAME: the real values reach the service, the output shows them masked."""
    sim.add(datagen("rotated"))
    (tmp_path / "secret.txt").write_text(ROTATED + "\n")
    changes = ["--set", "kafka.api.secret=@secret.txt", "--set", "kafka.api.key=env:KAFKA_KEY", "--set", "tasks.max=2"]
    result = cli(sim, "patch", "rotated", *changes, "--remove", "quickstart", cwd=tmp_path, KAFKA_KEY=KAFKA_KEY)
    assert (result.code, result.err) == (0, "")
    assert "kafka.api.secret    [redacted]" in result.out
    assert "quickstart" not in result.out
    written = sim.connector("rotated").written or {}
    assert (written["kafka.api.secret"], written["kafka.api.key"], written["tasks.max"]) == (ROTATED, KAFKA_KEY, "2")
    assert_no_secret(result.shown)


def test_patch_warns_when_a_secret_is_typed(sim: ConnectSimulator) -> None:
    """A secret typed on the command line is written, with a warning; the value is shown nowhere. raw:TEXT is TEXT."""
    sim.add(datagen("typed"))
    typed = ["--set", f"kafka.api.secret={KAFKA_SECRET}", "--set", f"kafka.api.key={KAFKA_KEY}"]
    result = cli(sim, "patch", "typed", *typed, "--set", "kafka.topic=raw:@orders")
    assert result.code == 0
    assert result.err.count("warning: the value of kafka.api.") == 2
    written = sim.connector("typed").written or {}
    assert (written["kafka.api.secret"], written["kafka.topic"]) == (KAFKA_SECRET, "@orders")
    assert_no_secret(result.shown)


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [(["--set", "tasks.max=2"], "--set must give the real values of kafka.api.key, kafka.api.secret"),
     (["--set", f"kafka.api.secret={MASK}", "--set", "kafka.api.key=env:KAFKA_KEY"],
      "--set carries values made only of asterisks"),
     (["--set", "kafka.api.secret=env:UNSET_VARIABLE"], "--set kafka.api.secret: the environment variable UNSET_VAR"),
     (["--set", "kafka.api.secret=@/no/such/file"], "--set kafka.api.secret: cannot read /no/such/file: No such file"),
     (["--set", "tasks.max"], "--set takes KEY=VALUE"),
     (["--remove", "no.such.key", "--set", "kafka.api.key=env:KAFKA_KEY", "--set", "kafka.api.secret=env:KAFKA_KEY"],
      "--remove names keys the config does not have: no.such.key")],
)  # fmt: skip
def test_patch_refuses_before_writing(sim: ConnectSimulator, arguments: list[str], complaint: str) -> None:
    """A patch that would write a mask, or whose values cannot be had, exits 2 and writes nothing."""
    sim.add(datagen("guarded"))
    result = cli(sim, "patch", "guarded", *arguments, KAFKA_KEY=KAFKA_KEY)
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"confluent-connect: {complaint}")
    assert sim.connector("guarded").written is None
    assert_no_secret(result.shown)


# --- pause, resume, restart, delete, wait ---------------------------------------------------------------


def test_pause_without_wait_returns_at_once(sim: ConnectSimulator) -> None:
    """pause asks and returns: the service has not acted yet, as its status shows."""
    sim.add(datagen("pause-asked"))
    result = cli(sim, "pause", "pause-asked")
    assert result.code == 0
    assert result.out.splitlines()[1].split() == ["pause-asked", "pause", "requested"]
    assert result.seconds < DELAY + 5
    assert sim.connector("pause-asked").state == "RUNNING"


def test_pause_and_resume_wait_for_each_connector(sim: ConnectSimulator) -> None:
    """pause --wait on two connectors: both PAUSED after about the delay; resume --wait: both RUNNING."""
    sim.add(datagen("pair-a"))
    sim.add(datagen("pair-b", tasks=2))
    paused = cli(sim, "pause", "pair-a", "pair-b", "--wait", *FAST_POLL)
    assert paused.code == 0
    assert [line.split()[:2] for line in paused.out.splitlines()[1:]] == [["pair-a", "PAUSED,"], ["pair-b", "PAUSED,"]]
    assert_waited(paused.seconds)
    resumed = cli(sim, "resume", "pair-a", "pair-b", "--wait", "-o", "json", *FAST_POLL)
    assert resumed.code == 0
    states = [item["status"]["connector"]["state"] for item in json.loads(resumed.out)]
    assert states == ["RUNNING", "RUNNING"]
    assert_waited(resumed.seconds)


def test_one_missing_connector_costs_the_others_nothing(sim: ConnectSimulator) -> None:
    """pause A nope B: A and B are paused, nope is one named error line, and the exit code is 1."""
    sim.add(datagen("among-a"))
    sim.add(datagen("among-b"))
    result = cli(sim, "pause", "among-a", "nope", "among-b", "-o", "json")
    assert result.code == 1
    assert [item["name"] for item in json.loads(result.out)] == ["among-a", "among-b"]
    assert result.err.startswith("confluent-connect: nope: 404 Not Found:")


def test_restart_wait_waits_through_the_failed_state(sim: ConnectSimulator) -> None:
    """restart --wait on a failed task: the FAILED still shown right after is waited through, to RUNNING."""
    sim.add(datagen("restarted", tasks=2))
    sim.fail("restarted", "ConnectException: upload timed out", task=0)
    result = cli(sim, "restart", "restarted", "--wait", "-v", *FAST_POLL)
    assert result.code == 0
    assert [line.split(": ", 2)[2].split(" (")[0] for line in result.err.splitlines()] == [
        "RUNNING, tasks: FAILED 1, RUNNING 1", "RUNNING, tasks: RUNNING 2"
    ]  # fmt: skip
    assert_waited(result.seconds)


def test_restart_wait_gives_up_on_a_connector_that_keeps_failing(sim: ConnectSimulator) -> None:
    """A connector holding a masked secret: its FAILED is waited through for --timeout, then exit 1 with the trace."""
    path = f"/connect/v1/environments/{ENV}/clusters/{CLUSTER}/connectors/still-broken/config"
    written = {"connector.class": "DatagenSource", "kafka.api.key": MASK, "kafka.api.secret": MASK,
               "kafka.topic": "t", "output.data.format": "JSON", "quickstart": "ORDERS", "tasks.max": "1"}  # fmt: skip
    request = urllib.request.Request(sim.url + path, json.dumps(written).encode(), method="PUT")  # another tool's write
    request.add_header("Content-Type", "application/json")
    request.add_header(
        "Authorization", "Basic " + base64.b64encode(f"{sim.api_key}:{sim.api_secret}".encode()).decode()
    )
    urllib.request.urlopen(request, timeout=10).close()
    assert cli(sim, "wait", "still-broken", "--state", "FAILED", *FAST_POLL).code == 0
    result = cli(sim, "restart", "still-broken", "--wait", "--timeout", "2", *FAST_POLL)
    assert (result.code, result.out) == (1, "")
    assert "connector 'still-broken' is FAILED: kafka.api.key: Authentication failed" in result.err
    assert result.seconds >= 2


def test_delete_off_a_terminal_needs_yes(sim: ConnectSimulator) -> None:
    """Without --yes and with no terminal to ask on: exit 2, nothing deleted; with --yes: deleted."""
    sim.add(datagen("doomed-twice"))
    refused = cli(sim, "delete", "doomed-twice")
    assert (refused.code, refused.out) == (2, "")
    assert "give --yes" in refused.err
    assert cli(sim, "status", "doomed-twice").code == 0
    done = cli(sim, "delete", "doomed-twice", "--yes")
    assert (done.code, done.out.splitlines()[1].split()) == (0, ["doomed-twice", "deleted"])
    assert cli(sim, "status", "doomed-twice").code == 1


@pytest.mark.parametrize(("answer", "code", "kept"), [("y\n", 0, False), ("n\n", 1, True), ("\n", 1, True)])
def test_delete_asks_on_a_terminal(sim: ConnectSimulator, answer: str, code: int, kept: bool) -> None:
    """On a terminal, delete asks first: y deletes; anything else deletes nothing and exits 1."""
    sim.add(datagen("asked-about"))
    terminal, other_end = pty.openpty()
    with subprocess.Popen([*ENTRY, "delete", ENV, CLUSTER, "asked-about"], stdin=other_end, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=environ(sim)) as process:  # fmt: skip
        os.close(other_end)
        os.write(terminal, answer.encode())
        _, err = process.communicate(timeout=60)
    os.close(terminal)
    assert process.returncode == code
    assert err.startswith("Delete asked-about from env-demo1/lkc-demo1? [y/N] ")
    assert ("nothing deleted" in err) is kept
    assert (cli(sim, "status", "asked-about").code == 0) is kept


def test_wait_prints_each_state_change_as_it_happens(sim: ConnectSimulator) -> None:
    """wait --state PAUSED after a pause: RUNNING, then PAUSED, on stderr; exit 0 about the delay after the pause.

    The delay starts when the pause is asked for, so it is timed from there: the wait alone takes the delay less
    the time the pause command itself took."""
    sim.add(datagen("watched"))
    started = time.monotonic()
    assert cli(sim, "pause", "watched").code == 0
    result = cli(sim, "wait", "watched", "--state", "paused", "-v", *FAST_POLL)
    assert result.code == 0
    assert [line.split(": ")[2].split(",")[0] for line in result.err.splitlines()] == ["RUNNING", "PAUSED"]
    assert result.out.splitlines()[1].split()[:2] == ["watched", "PAUSED"]
    assert_waited(time.monotonic() - started)


def test_wait_exits_1_on_a_timeout_and_on_failed(sim: ConnectSimulator) -> None:
    """A state not reached in --timeout seconds, or a FAILED connector: exit 1, saying which."""
    timed_out = cli(sim, "wait", "gcs-logs-sink", "--state", "PAUSED", "--timeout", "0.5", *FAST_POLL)
    assert (timed_out.code, timed_out.out) == (1, "")
    assert "gave up waiting for connector 'gcs-logs-sink' to be PAUSED after 0.5 s: last seen RUNNING" in timed_out.err
    failed = cli(sim, "wait", "inventory-mysql-cdc", *FAST_POLL)
    assert (failed.code, failed.out) == (1, "")
    assert "connector 'inventory-mysql-cdc' is FAILED: There were some errors" in failed.err


# --- offsets changes, validate ---------------------------------------------------------------------


def test_offsets_set_from_a_file_and_wait_until_applied(sim: ConnectSimulator, tmp_path: Path) -> None:
    """offsets --set -f FILE --wait: the request goes PENDING then APPLIED (about the delay), the offsets move."""
    sim.add(datagen("moved"))
    file = tmp_path / "offsets.json"
    file.write_text(json.dumps([{"partition": {"kafka_partition": 0, "kafka_topic": "orders"},
                                 "offset": {"kafka_offset": 42}}]))  # fmt: skip
    result = cli(sim, "offsets", "moved", "--set", "-f", str(file), "--wait", "-v", *FAST_POLL)
    assert result.code == 0
    assert [line.rsplit(" (", 1)[0] for line in result.err.splitlines()] == [
        "confluent-connect: moved: offsets request PENDING", "confluent-connect: moved: offsets request APPLIED"
    ]  # fmt: skip
    assert result.out.splitlines()[1].split()[:3] == ["APPLIED", "PATCH", "1"]
    assert_waited(result.seconds)
    assert '"kafka_offset": 42' in cli(sim, "offsets", "moved", "-o", "json").out


def test_offsets_read_as_json_can_be_set_back(sim: ConnectSimulator, tmp_path: Path) -> None:
    """What `offsets -o json` prints is a file --set takes."""
    file = tmp_path / "saved.json"
    file.write_text(cli(sim, "offsets", "gcs-logs-sink", "-o", "json").out)
    sim.add(datagen("restored"))
    result = cli(sim, "offsets", "restored", "--set", "-f", str(file))
    assert result.code == 0
    assert result.out.splitlines()[1].split()[:3] == ["PENDING", "PATCH", "2"]


def test_offsets_reset_shows_the_pending_request_and_a_second_is_a_409(sim: ConnectSimulator) -> None:
    """offsets --reset: the request's status, PENDING; another before it is done: the 409, exit 1."""
    sim.add(datagen("reset-twice"))
    first, second = cli(sim, "offsets", "reset-twice", "--reset"), cli(sim, "offsets", "reset-twice", "--reset")
    assert (first.code, first.out.splitlines()[1].split()[:2]) == (0, ["PENDING", "DELETE"])
    assert (second.code, second.out) == (1, "")
    assert second.err.startswith("confluent-connect: 409 Conflict: an offsets request for connector 'reset-twice'")


def test_offsets_reset_wait_exits_1_when_the_request_fails(sim: ConnectSimulator) -> None:
    """An offsets request that goes FAILED ends --wait with exit 1 and the service's message."""
    sim.add(datagen("unresettable"))
    sim.fail_next_offsets_request("unresettable", "the connector must be paused first")
    result = cli(sim, "offsets", "unresettable", "--reset", "--wait", *FAST_POLL)
    assert (result.code, result.out) == (1, "")
    assert "the offsets request for connector 'unresettable' FAILED: the connector must be paused first" in result.err


def test_validate_lists_each_keys_errors_and_exits_1(sim: ConnectSimulator, tmp_path: Path) -> None:
    """validate: one row per error, naming its key; exit 1; the file's secrets shown nowhere."""
    path = create_file(tmp_path, "checked", **{"connector.class": "GcsSink", "flush.size": "10"})
    result = cli(sim, "validate", "GcsSink", "-f", str(path))
    assert result.code == 1
    assert result.out.startswith("GcsSink: 6 errors (13 keys checked)")
    assert 'flush.size              "flush.size" should be greater than or equal to 1000' in result.out
    assert 'topics                  Missing required configuration "topics"' in result.out
    assert_no_secret(result.shown)


def test_validate_a_good_config_exits_0(sim: ConnectSimulator, tmp_path: Path) -> None:
    """A config the plugin accepts: no errors, exit 0."""
    result = cli(sim, "validate", "DatagenSource", "-f", str(create_file(tmp_path, "fine", **{"max.interval": "10"})))
    assert (result.code, result.out) == (0, "DatagenSource: no errors (11 keys checked)\n")


def test_validate_another_plugins_class_is_a_400_naming_it(sim: ConnectSimulator, tmp_path: Path) -> None:
    """A config naming another plugin's class: the service's 400 names both; exit 1."""
    result = cli(sim, "validate", "GcsSink", "-f", str(create_file(tmp_path, "mismatch")))
    assert (result.code, result.out) == (1, "")
    assert "400 Bad Request: Included connector type DatagenSource does not match request type GcsSink" in result.err
