"""What the simulator serves: connectors, their tasks, and the faults they are set to show."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

MASK = "****************"  # how Confluent masks a secret it returns

ErrorShape = Literal["connect", "kafka-connect", "cloud", "html", "text"]
FaultKind = Literal["status", "rate-limit", "latency", "truncate", "reset"]


@attrs.define
class Fault:
    """Misbehaviour for a connector's next `count` requests (`count=None`: every request).

    kind "status"      answer `status` with a body in `shape` (the three JSON error shapes,
                       an HTML page as a proxy sends, or plain text)
    kind "rate-limit"  answer 429 with Retry-After `retry_after`
    kind "latency"     wait `delay` seconds, then answer normally
    kind "truncate"    promise more body than is sent, then close the connection
    kind "reset"       close the connection without answering
    """

    kind: FaultKind
    count: int | None = 1
    status: int = 503
    shape: ErrorShape = "connect"
    delay: float = 0.0
    retry_after: int = 1

    @classmethod
    def errors(
        cls, status: int = 503, count: int | None = 1, shape: ErrorShape = "connect"
    ) -> Fault:
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
    """A connector the simulator knows, with one config per task."""

    name: str
    tasks: list[dict[str, str]]
    environment: str = "env-demo1"
    cluster: str = "lkc-demo1"
    faults: list[Fault] = attrs.field(factory=list)

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
        return [
            {"id": {"connector": self.name, "task": number}, "config": dict(config)}
            for number, config in enumerate(self.tasks)
        ]


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


def seed_connectors() -> list[Connector]:
    """Realistic sample data: masked secrets, a service-account connector, many tasks,
    a name that needs percent-encoding, and one that is rate-limited at first."""
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
        **{"kafka.api.key": MASK, "kafka.api.secret": MASK, "quickstart": "ORDERS"},
    )
    datagen = _common(
        "throttled-datagen",
        "DatagenSource",
        **{"kafka.api.key": MASK, "kafka.api.secret": MASK, "quickstart": "PAGEVIEWS"},
    )
    return [
        Connector("gcs-logs-sink", [dict(gcs), dict(gcs)]),
        Connector("orders-postgres-source", [postgres]),
        Connector("clickstream-s3-sink", [dict(s3) for _ in range(12)]),
        Connector("billing events/EU #1", [odd]),
        Connector("throttled-datagen", [datagen], faults=[Fault.rate_limited(count=2)]),
    ]


def connectors_from_json(source: str | Path | Iterable[Mapping[str, Any]]) -> list[Connector]:
    """Connectors from a JSON file (or its parsed content): a list of objects with
    `name`, `tasks` (a list of config objects), and optionally `environment`, `cluster`."""
    items = (
        json.loads(Path(source).read_text(encoding="utf-8"))
        if isinstance(source, str | Path)
        else source
    )
    connectors = []
    for item in items:
        tasks = item["tasks"]
        if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
            raise ValueError(
                f"connector {item.get('name')!r}: tasks must be a list of config objects"
            )
        extra = {key: item[key] for key in ("environment", "cluster") if key in item}
        connectors.append(Connector(str(item["name"]), [dict(t) for t in tasks], **extra))
    return connectors
