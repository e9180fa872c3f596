"""What the simulator serves: connectors, their tasks, and the faults they are set to show."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

MASK = "****************"  # how Confluent masks a secret it returns

# The keys the simulated server masks when a config is written to it. The live service masks
# the secrets it knows of and returns others as they were written: so does the simulator
# (a connector seeded with an unmasked value keeps it, as a connector type Confluent does
# not mask would).
SECRET_KEYS = frozenset(
    {
        "kafka.api.key", "kafka.api.secret", "gcs.credentials.config", "aws.access.key.id",
        "aws.secret.access.key", "connection.password", "database.password", "keyfile",
    }
)  # fmt: skip


def is_mask(value: str) -> bool:
    """Whether a value is a mask rather than a secret: asterisks only, three or more."""
    return len(value) >= 3 and value.count("*") == len(value)


ErrorShape = Literal["connect", "kafka-connect", "cloud", "html", "text"]
FaultKind = Literal["status", "rate-limit", "latency", "truncate", "reset"]


@attrs.define
class Fault:
    """Misbehaviour for a connector's next `count` requests (`count=None`: every request),
    on every route of that connector (`/connectors/{name}` and everything under it).

    kind "status"      answer `status` with a body in `shape` (the three JSON error shapes,
                       an HTML page as a proxy sends, or plain text)
    kind "rate-limit"  answer 429 with Retry-After `retry_after`
    kind "latency"     wait `delay` seconds, then answer normally
    kind "truncate"    act on the request, promise more body than is sent, then close the
                       connection
    kind "reset"       close the connection without answering
    """

    kind: FaultKind
    count: int | None = 1
    status: int = 503
    shape: ErrorShape = "connect"
    delay: float = 0.0
    retry_after: int = 1

    @classmethod
    def errors(cls, status: int = 503, count: int | None = 1, shape: ErrorShape = "connect") -> Fault:
        return cls("status", count=count, status=status, shape=shape)

    @classmethod
    def proxy_502(cls, count: int | None = 1) -> Fault:
        return cls("status", count=count, status=502, shape="html")

    @classmethod
    def rate_limited(cls, count: int | None = 1, retry_after: int = 1) -> Fault:
        return cls("rate-limit", count=count, retry_after=retry_after)

    @classmethod
    def slow(cls, delay: float, count: int | None = None) -> Fault:
        return cls("latency", count=count, delay=delay)

    @classmethod
    def truncated(cls, count: int | None = 1) -> Fault:
        return cls("truncate", count=count)

    @classmethod
    def connection_reset(cls, count: int | None = 1) -> Fault:
        return cls("reset", count=count)


@attrs.define
class Connector:
    """A connector the simulator knows: one config per task, and its state.

    `config` is the connector's own config (None: the first task's). `type` is what the
    API reports (None: "sink" or "source" from `connector.class`; the live service also
    says "unknown"). `state` is the connector's ("RUNNING", "PAUSED", "FAILED", ...) and
    `trace` its error; `task_states` gives tasks a state of their own (the live service
    reports "STOPPED" tasks, a state its document does not list) and `task_traces` a failed
    task's error text (a status's task `msg`). `status_extra` holds keys the live status
    carries beyond the document (`errors_from_trace`, ...).

    `written` is the config as last written through the API, secrets as sent (reads show
    them masked); None for a connector the simulator was given, whose masked values stand
    for real secrets the server holds.
    """

    name: str
    tasks: list[dict[str, str]]
    environment: str = "env-demo1"
    cluster: str = "lkc-demo1"
    faults: list[Fault] = attrs.field(factory=list)
    config: dict[str, str] | None = None
    type: str | None = None
    state: str = "RUNNING"
    trace: str = ""
    task_states: list[str] = attrs.field(factory=list)
    task_traces: dict[int, str] = attrs.field(factory=dict)
    offsets: list[dict[str, Any]] = attrs.field(factory=list)
    connector_id: str = ""
    status_extra: dict[str, Any] = attrs.field(factory=dict)
    offset_request: dict[str, Any] | None = None  # the last alteration, as its status reads
    written: dict[str, str] | None = None

    def take_fault(self) -> Fault | None:
        """The fault for the request arriving now, counting it down."""
        for fault in self.faults:
            if fault.count is None:
                return fault
            if fault.count > 0:
                fault.count -= 1
                return fault
        return None

    def body(self) -> list[dict[str, Any]]:
        """The tasks route's answer: each task's id and config."""
        return [
            {"id": {"connector": self.name, "task": number}, "config": dict(config)}
            for number, config in enumerate(self.tasks)
        ]

    def current_config(self) -> dict[str, str]:
        if self.config is not None:
            return dict(self.config)
        return dict(self.tasks[0]) if self.tasks else {"name": self.name}

    def kind(self) -> str:
        if self.type is not None:
            return self.type
        connector_class = self.current_config().get("connector.class", "").lower()
        return "sink" if "sink" in connector_class else "source"

    def ident(self) -> str:
        """The connector's id, `lcc-` and six letters or digits: given, or made from its name."""
        if self.connector_id:
            return self.connector_id
        number, letters = zlib.crc32(self.name.encode()), ""
        for _ in range(6):
            number, digit = divmod(number, 36)
            letters += "0123456789abcdefghijklmnopqrstuvwxyz"[digit]
        return f"lcc-{letters}"

    def task_state(self, number: int) -> str:
        if self.state in ("PAUSED", "FAILED"):
            return self.state
        return self.task_states[number] if number < len(self.task_states) else "RUNNING"


def masked(config: Mapping[str, str]) -> dict[str, str]:
    """A config as the server keeps it: the secrets it knows of replaced by the mask."""
    return {key: MASK if key in SECRET_KEYS and value else value for key, value in config.items()}


def _common(name: str, connector_class: str, **extra: str) -> dict[str, str]:
    return {
        "cloud.environment": "prod",
        "cloud.provider": "aws",
        "connector.class": connector_class,
        "kafka.endpoint": "SASL_SSL://pkc-demo1.us-west-2.aws.confluent.cloud:9092",
        "kafka.region": "us-west-2",
        "name": name,
        **extra,
    }


def _partition(topic: str, partition: int, offset: int) -> dict[str, Any]:
    return {
        "partition": {"kafka_partition": partition, "kafka_topic": topic},
        "offset": {"kafka_offset": offset},
    }


def seed_connectors(*, throttled: bool = False) -> list[Connector]:
    """Realistic sample data: masked secrets, a service-account connector, many tasks,
    a name that needs percent-encoding, a FAILED one with a trace, one without the "common"
    keys, and one of type "unknown" with a STOPPED task. `throttled=True` adds
    `throttled-datagen`, whose first two requests are answered 429."""
    gcs = _common(
        "gcs-logs-sink", "GcsSink",
        **{
            "kafka.api.key": MASK, "kafka.api.secret": MASK, "gcs.credentials.config": MASK,
            "gcs.bucket.name": "api-logs", "data.format": "BYTES", "flush.size": "1000",
            "tasks.max": "2", "time.interval": "DAILY", "topics": "api-logs",
        },
    )  # fmt: skip
    postgres = _common(
        "orders-postgres-source", "PostgresSource",
        **{
            "kafka.auth.mode": "SERVICE_ACCOUNT", "kafka.service.account.id": "sa-demo01",
            "connection.host": "orders.db.internal", "connection.user": "connect",
            "connection.password": MASK, "table.whitelist": "orders", "tasks.max": "1",
        },
    )  # fmt: skip
    s3 = _common(
        "clickstream-s3-sink", "S3_SINK",
        **{
            "kafka.api.key": MASK, "kafka.api.secret": MASK, "aws.access.key.id": MASK,
            "aws.secret.access.key": MASK, "s3.bucket.name": "clickstream", "tasks.max": "12",
            "topics": "clicks", "output.data.format": "PARQUET",
        },
    )  # fmt: skip
    odd = _common(
        "billing events/EU #1",
        "DatagenSource",
        **{
            "kafka.api.key": MASK, "kafka.api.secret": MASK, "kafka.topic": "billing",
            "output.data.format": "JSON", "quickstart": "ORDERS", "tasks.max": "1",
        },
    )  # fmt: skip
    datagen = _common(
        "throttled-datagen",
        "DatagenSource",
        **{
            "kafka.api.key": MASK, "kafka.api.secret": MASK, "kafka.topic": "pageviews",
            "output.data.format": "JSON", "quickstart": "PAGEVIEWS", "tasks.max": "1",
        },
    )  # fmt: skip
    failed = _common(
        "inventory-mysql-cdc", "MySqlCdcSource",
        **{
            "kafka.api.key": MASK, "kafka.api.secret": MASK, "database.hostname": "inv.db.internal",
            "database.user": "cdc", "database.password": MASK, "tasks.max": "1",
        },
    )  # fmt: skip
    trace = "There were some errors with your configuration:\nkafka.api.secret: Provided Kafka ApiKey is invalid\n"
    bare = {  # no cloud.environment, cloud.provider or kafka.region, as captured
        "connector.class": "HttpSink", "name": "audit-http-sink", "kafka.api.key": MASK,
        "kafka.api.secret": MASK, "http.api.url": "https://audit.example.com/ingest",
        "topics": "audit", "tasks.max": "1",
    }  # fmt: skip
    internal = _common(
        "orders-datagen-internal", "DatagenSourceInternal",
        **{
            "cloud.environment": "stag", "kafka.api.key": MASK, "kafka.api.secret": MASK,
            "kafka.topic": "orders", "output.data.format": "JSON", "quickstart": "ORDERS",
            "tasks.max": "1",
        },
    )  # fmt: skip
    connectors = [
        Connector(
            "gcs-logs-sink",
            [dict(gcs), dict(gcs)],
            offsets=[_partition("api-logs", 0, 20032323), _partition("api-logs", 1, 20032322)],
        ),
        Connector(
            "orders-postgres-source",
            [postgres],
            offsets=[
                {
                    "partition": {"protocol": 1, "table": "orders"},
                    "offset": {"timestamp_nanos": 0, "incrementing": 3, "timestamp": 1699142400000},
                }
            ],
        ),
        Connector("clickstream-s3-sink", [dict(s3) for _ in range(12)]),
        Connector("billing events/EU #1", [odd]),
        Connector(
            "inventory-mysql-cdc",
            [],
            config=failed,
            state="FAILED",
            trace=trace,
            status_extra={"errors_from_trace": [], "validation_errors": [], "override_message": ""},
        ),
        Connector("audit-http-sink", [bare]),
        Connector("orders-datagen-internal", [internal], type="unknown", task_states=["STOPPED"]),
    ]
    if throttled:
        connectors.append(Connector("throttled-datagen", [datagen], faults=[Fault.rate_limited(count=2)]))
    return connectors


_OPTIONAL = ("environment", "cluster", "config", "type", "state", "trace", "task_states", "offsets")


def connectors_from_json(source: str | Path | Iterable[Mapping[str, Any]]) -> list[Connector]:
    """Connectors from a JSON file (or its parsed content): a list of objects with
    `name`, `tasks` (a list of config objects), and optionally `environment`, `cluster`,
    `config`, `type`, `state`, `trace`, `task_states` and `offsets`."""
    items = json.loads(Path(source).read_text(encoding="utf-8")) if isinstance(source, str | Path) else source
    connectors = []
    for item in items:
        tasks = item["tasks"]
        if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
            raise ValueError(f"connector {item.get('name')!r}: tasks must be a list of config objects")
        extra = {key: item[key] for key in _OPTIONAL if key in item}
        connectors.append(Connector(str(item["name"]), [dict(t) for t in tasks], **extra))
    return connectors
