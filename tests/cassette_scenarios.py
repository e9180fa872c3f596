"""What `make cassettes` records against the simulator and `make test` replays.

Each scenario names a connector, the faults the simulator shows on the way, and what the
client should make of it. One connector carries an unmasked secret, as a connector type
Confluent does not mask would: the recording must not keep it.
"""

from __future__ import annotations

from typing import Any

import attrs

from confluent_connect import NotFoundError, RateLimitError, ServerError
from confluent_connect.testing import Connector, ConnectSimulator, Fault, seed_connectors

# Planted in the recorded traffic; tests/test_cassettes.py looks for them in every cassette.
UNMASKED_SECRET = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC-planted"
CLIENT_SECRET = "cassette-client-secret-planted"


@attrs.frozen
class Scenario:
    name: str
    connector: str
    faults: tuple[Fault, ...] = ()
    tasks: int | None = None  # the number of tasks listed, or
    error: type[Exception] | None = None  # the error raised


SCENARIOS = [
    Scenario("list_tasks", "gcs-logs-sink", tasks=2),
    Scenario("service_account", "orders-postgres-source", tasks=1),
    Scenario("many_tasks", "clickstream-s3-sink", tasks=12),
    Scenario("percent_encoded_name", "billing events/EU #1", tasks=1),
    Scenario("unmasked_secret", "snowflake-sink", tasks=1),
    Scenario("not_found", "no-such-connector", error=NotFoundError),
    Scenario("rate_limited_then_ok", "throttled-datagen", tasks=1),
    Scenario(
        "server_errors_then_ok",
        "gcs-logs-sink",
        faults=(Fault.errors(503, 1), Fault.proxy_502(1)),
        tasks=2,
    ),
    Scenario(
        "server_errors_persist",
        "gcs-logs-sink",
        faults=(Fault.errors(500, None, "kafka-connect"),),
        error=ServerError,
    ),
    Scenario(
        "rate_limit_too_long",
        "gcs-logs-sink",
        faults=(Fault.rate_limited(None, retry_after=3600),),
        error=RateLimitError,
    ),
]

RETRY = {"max_retries": 2}


def simulator() -> ConnectSimulator:
    """The seeded simulator, plus a connector whose secret Confluent left unmasked."""
    snowflake = {
        "cloud.environment": "prod", "cloud.provider": "aws", "connector.class": "SnowflakeSink",
        "kafka.endpoint": "SASL_SSL://pkc-demo1.us-west-2.aws.confluent.cloud:9092",
        "kafka.region": "us-west-2", "name": "snowflake-sink", "kafka.auth.mode": "SERVICE_ACCOUNT",
        "kafka.service.account.id": "sa-demo02", "snowflake.private.key": UNMASKED_SECRET,
        "snowflake.user.name": "connect",
    }  # fmt: skip
    simulator = ConnectSimulator([*seed_connectors(throttled=True), Connector("snowflake-sink", [snowflake])])
    simulator.api_secret = CLIENT_SECRET
    return simulator


def client_options(base_url: str) -> dict[str, Any]:
    return {
        "base_url": base_url,
        "api_key": ConnectSimulator.api_key,
        "api_secret": CLIENT_SECRET,
        **RETRY,
    }
