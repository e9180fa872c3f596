"""The redaction rule, tested as the file it is: templates/redaction.py.

The generated package carries a copy of it (`confluent_connect_api.redaction`); whether the
copy is current is checked where generation is tested. The key tables hold real connector
config properties: Confluent Cloud's managed connectors (and the self-managed connectors
they run), their Kafka-client and Schema Registry settings, and the property names the
rule's docstring promises.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

RULE_FILE = Path(__file__).resolve().parent.parent / "templates" / "redaction.py"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("redaction_rule_under_test", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


redaction = _load(RULE_FILE)
REDACTED, TOO_DEEP, MAX_DEPTH = redaction.REDACTED, redaction.TOO_DEEP, redaction.MAX_DEPTH
is_sensitive_key, scrub_value, redact = (
    redaction.is_sensitive_key,
    redaction.scrub_value,
    redaction.redact,
)

# Properties Confluent documents as secrets (type "password") for its connectors.
SECRET_KEYS = [
    # every Confluent Cloud connector: the Kafka API key and secret
    "kafka.api.key", "kafka.api.secret",
    # Amazon S3 Sink, DynamoDB, Redshift; Databricks Delta Lake
    "aws.access.key.id", "aws.secret.access.key", "aws.secret.key.id", "aws.redshift.password",
    "s3.sse.customer.key", "s3.proxy.password", "staging.s3.access.key.id",
    "staging.s3.secret.access.key", "delta.lake.token",
    # Google Cloud Storage Sink, BigQuery, Pub/Sub, Bigtable, Spanner, Cloud Functions
    "gcs.credentials.config", "gcs.credentials.json", "keyfile", "gcp.pubsub.credentials.json",
    "gcp.bigtable.credentials.json", "gcp.spanner.credentials.json", "gcf.credentials.json",
    # Azure Blob Storage, Data Lake Gen2, Service Bus, Event Hubs, Functions, Cognitive Search,
    # Cosmos DB, Log Analytics, Synapse Analytics
    "azblob.account.key", "azblob.sas.token", "azblob.proxy.password",
    "azure.datalake.gen2.client.key", "azure.datalake.gen2.sas.key", "azure.servicebus.sas.key",
    "azure.servicebus.connection.string", "azure.eventhubs.sas.key", "function.key",
    "azure.search.api.key", "connect.cosmos.master.key", "azure.cosmos.account.key",
    "azure.loganalytics.shared.key", "azure.sql.dw.password",
    # Snowflake Sink
    "snowflake.private.key", "snowflake.private.key.passphrase",
    # Postgres, MySQL, SQL Server and Oracle CDC and JDBC; MongoDB Atlas; Elasticsearch
    "database.password", "connection.password", "mongodb.password",
    # HTTP Sink
    "oauth2.client.secret", "bearer.token", "https.ssl.key.password",
    "https.ssl.keystore.password", "https.ssl.truststore.password", "http.proxy.password",
    "oauth2.jwt.keystore.password",
    # Datadog, PagerDuty, Splunk, ServiceNow, Zendesk, GitHub, Salesforce
    "datadog.api.key", "pagerduty.api.key", "splunk.hec.token",
    "splunk.hec.ssl.trust.store.password", "splunk.collector.authentication.tokens",
    "servicenow.password", "zendesk.password", "github.access.token", "salesforce.password",
    "salesforce.password.token", "salesforce.consumer.secret", "salesforce.jwt.keystore.password",
    # MQTT, IBM MQ, Solace, Redis, InfluxDB, JMS, SFTP, Diode
    "mqtt.password", "mq.password", "solace.password", "redis.password", "influxdb.password",
    "java.naming.security.credentials", "tls.private.key", "tls.passphrase",
    "diode.encryption.salt",
    # Kafka-client and Schema Registry settings inside connector configs
    "sasl.jaas.config", "ssl.key.password", "ssl.keystore.key", "ssl.keystore.password",
    "ssl.truststore.password", "basic.auth.user.info", "confluent.topic.ssl.keystore.password",
]  # fmt: skip

# Properties of the same connectors that are not secrets, and must stay readable.
PLAIN_KEYS = [
    # every Confluent Cloud connector
    "name", "connector.class", "tasks.max", "topics", "kafka.topic", "kafka.endpoint",
    "kafka.region", "kafka.auth.mode", "kafka.service.account.id", "cloud.provider",
    "cloud.environment", "input.data.format", "output.data.format", "confluent.custom.plugin.id",
    "kafka.max.partition.validation.disable",
    # storage sinks
    "flush.size", "time.interval", "topics.dir", "gcs.bucket.name", "s3.bucket.name",
    "s3.region", "azblob.account.name", "azblob.container.name", "rotate.interval.ms",
    "format.class",
    # Azure Service Bus, Event Hubs, Functions, Cognitive Search, Cosmos DB, Log Analytics
    "azure.servicebus.sas.keyname", "azure.servicebus.namespace", "azure.servicebus.entity.name",
    "azure.eventhubs.sas.keyname", "function.url", "azure.search.service.name", "index.name",
    "write.method", "azure.cosmos.account.endpoint", "connect.cosmos.connection.endpoint",
    "connect.cosmos.databasename", "azure.loganalytics.workspace.id",
    # Snowflake, Google Cloud, Databricks
    "snowflake.url.name", "snowflake.user.name", "snowflake.role.name",
    "snowflake.ingestion.method", "gcp.bigtable.credentials.path", "gcp.bigtable.project.id",
    "gcp.bigtable.instance.id", "delta.lake.http.path", "delta.lake.host.name",
    "delta.lake.topic2table.map",
    # CDC and JDBC, MongoDB Atlas
    "database.hostname", "database.port", "database.user", "database.dbname",
    "table.include.list", "snapshot.mode", "connection.host", "connection.user", "collection",
    # HTTP Sink
    "http.api.url", "request.method", "behavior.on.null.values", "header.separator",
    "ssl.enabled", "http.proxy.host", "http.proxy.user", "oauth2.token.url", "oauth2.client.id",
    "max.batch.size",
    # Datadog, Splunk, Salesforce
    "datadog.domain", "splunk.hec.uri", "splunk.hec.ssl.trust.store.path",
    "splunk.hec.total.channels", "salesforce.username", "salesforce.instance",
    "salesforce.object", "salesforce.jwt.keystore.path",
    # Kafka-client, Schema Registry and converter settings
    "key.converter", "value.converter", "key.converter.schemas.enable", "key.ignore",
    "schema.ignore", "basic.auth.credentials.source", "bearer.auth.credentials.source",
    "sasl.oauthbearer.token.endpoint.url", "ssl.keystore.type", "ssl.keystore.location",
    "transforms.createKey.type", "transforms.createKey.fields",
]  # fmt: skip

# The examples the rule's docstring and the README promise, spelled as written there.
PROMISED_SECRET = [
    "kafka.api.secret", "kafka.api.key", "gcs.credentials.config", "database.password",
    "aws.secret.access.key", "aws.access.key.id", "sasl.jaas.config", "snowflake.private.key",
    "connection.password", "oauth2.client.secret", "bearer.token", "datadog.api_key",
    "schema.registry.basic.auth.user.info", "ssl.key.password", "Authorization",
    "azblob.account.key", "ssl.keystore.key", "ssl.truststore.password", "keyfile",
    "connect.cosmos.master.key", "azure.servicebus.sas.key", "private.key", "passphrase",
    "cookie", "client.secret", "access.token", "refresh.token", "session.token",
    "credentials.json", "kafka.api.key.id",
    # spelled as HTTP headers, environment variables and JSON fields spell them
    "DATADOG_API_KEY", "datadog-api-key", "X-Api-Key", "Proxy-Authorization", "apiKey",
    "clientSecret", "AWSAccessKeyId", "saslJaasConfig", "KAFKA_API_SECRET", "AccountKey",
]  # fmt: skip
PROMISED_PLAIN = [
    "kafka.endpoint", "kafka.auth.mode", "kafka.service.account.id", "connector.class",
    "gcs.bucket.name", "tasks.max", "topics", "flush.size", "name", "token.endpoint.url",
    "access.token.url", "schema.registry.basic.auth.credentials.source", "api.key.header.name",
    "secret.manager.enabled", "authorization.type", "encryption.key.id", "tokenizer.mode",
    "key.converter", "value.converter", "key.ignore", "keyfile.path", "input.key.format",
    "azure.servicebus.sas.keyname", "SharedAccessKeyName", "", "key",
]  # fmt: skip
# Public material Confluent types as passwords: shown on purpose, as it is no secret.
PUBLIC_MATERIAL = [
    "ssl.keystore.certificate.chain",
    "ssl.truststore.certificates",
    "tls.public.key",
]

STYLES = ["dotted", "upper", "snake", "kebab", "camel"]


def styled(key: str, style: str) -> str:
    """`key` (dotted, lower-case) spelled the way other configuration formats spell it."""
    words = key.split(".")
    if style == "upper":
        return key.upper()
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:])
    return key


def test_tables_are_big_enough_to_mean_something() -> None:
    """The real-key tables hold at least 40 secrets and 40 non-secrets, none in both."""
    assert len(set(SECRET_KEYS)) >= 40
    assert len(set(PLAIN_KEYS)) >= 40
    assert not set(SECRET_KEYS) & set(PLAIN_KEYS)


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_real_secret_keys_are_masked(key: str) -> None:
    """A connector property documented as a secret is recognised as one."""
    assert is_sensitive_key(key)


@pytest.mark.parametrize("key", PLAIN_KEYS)
def test_real_plain_keys_are_shown(key: str) -> None:
    """A connector property that is not a secret stays readable."""
    assert not is_sensitive_key(key)


@pytest.mark.parametrize("key", PROMISED_SECRET)
def test_promised_secret_keys_are_masked(key: str) -> None:
    """Every key the rule's documentation lists as masked is masked, however it is spelled."""
    assert is_sensitive_key(key)


@pytest.mark.parametrize("key", PROMISED_PLAIN)
def test_promised_plain_keys_are_shown(key: str) -> None:
    """Every key the rule's documentation lists as shown is shown."""
    assert not is_sensitive_key(key)


@pytest.mark.parametrize("key", PUBLIC_MATERIAL)
def test_public_certificates_and_keys_are_shown(key: str) -> None:
    """Certificates and public keys are public: shown, though Confluent types them as passwords."""
    assert not is_sensitive_key(key)


@pytest.mark.parametrize("style", STYLES)
def test_spelling_does_not_change_the_verdict(style: str) -> None:
    """Upper case, snake_case, kebab-case and camelCase spellings get the dotted key's verdict."""
    assert [key for key in SECRET_KEYS if not is_sensitive_key(styled(key, style))] == []
    assert [key for key in PLAIN_KEYS if is_sensitive_key(styled(key, style))] == []


def test_a_key_file_path_is_shown_and_its_content_masked() -> None:
    """Where a key file lies is not secret; the key file's content is."""
    assert is_sensitive_key("keyfile")
    assert not is_sensitive_key("keyfile.path")
    assert not is_sensitive_key("gcp.bigtable.credentials.path")


def test_an_id_is_shown_unless_it_is_half_a_credential_pair() -> None:
    """`*.id` names something, except an access key ID or an API key ID, which are credentials."""
    assert not is_sensitive_key("encryption.key.id")
    assert not is_sensitive_key("kafka.service.account.id")
    assert is_sensitive_key("aws.access.key.id")
    assert is_sensitive_key("kafka.api.key.id")


def test_a_bare_key_is_the_record_key() -> None:
    """A bare `key` names the Kafka record key; `<holder> key` (sas key, client key) a secret."""
    assert not is_sensitive_key("key.converter")
    assert not is_sensitive_key("transforms.ValueToKey.fields")
    assert is_sensitive_key("azure.servicebus.sas.key")
    assert is_sensitive_key("azure.datalake.gen2.client.key")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("jdbc:postgresql://user:pa55w0rd@db:5432/x", "jdbc:postgresql://[redacted]@db:5432/x"),
        (
            "mongodb+srv://app:p@ss@cluster0.mongodb.net/db?retryWrites=true",
            "mongodb+srv://[redacted]@cluster0.mongodb.net/db?retryWrites=true",
        ),
        ("https://ghp_T0KEN@github.com/org/repo.git", "https://[redacted]@github.com/org/repo.git"),
        (
            "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBA=\n-----END RSA PRIVATE KEY-----\n",
            "key:\n[redacted]\n",
        ),
        ("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHz (cut short)", "[redacted]"),
        (
            "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.SflKxwRJSMeKKF2QT4fw end",
            "token [redacted] end",
        ),
        ("unsigned: eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "unsigned: [redacted]."),
        ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic [redacted]"),
        ("authorization: bearer abc123.def-456.", "authorization: bearer [redacted]."),
        (
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=c2VjcmV0+/=",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=[redacted]",
        ),
        (
            "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Zm9vYmFy==;EndpointSuffix=core.windows.net",
            "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[redacted];EndpointSuffix=core.windows.net",
        ),
        (
            "https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=abc%2Bdef&se=2030",
            "https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=[redacted]&se=2030",
        ),
        (
            "Server=tcp:db;User Id=app;Password=hunter2;",
            "Server=tcp:db;User Id=app;Password=[redacted];",
        ),
        (
            "https://idp/token?client_secret=abc&access_token=xyz&page=2",
            "https://idp/token?client_secret=[redacted]&access_token=[redacted]&page=2",
        ),
        (
            'PlainLoginModule required username="app" password="s3cret";',
            'PlainLoginModule required username="app" password="[redacted]";',
        ),
        ("url=https://h/db?password=x", "url=https://h/db?password=[redacted]"),
        (
            'config {"kafka.api.secret": "S3cr3t!", "topics": "a", "connection.password" : "p\\"w"}',
            'config {"kafka.api.secret": "[redacted]", "topics": "a", "connection.password" : "[redacted]"}',
        ),
    ],
)
def test_secrets_inside_values_are_masked(text: str, shown: str) -> None:
    """URL userinfo, PEM private keys, JWTs, Basic/Bearer credentials and secret parameters go."""
    assert scrub_value(text) == shown
    assert scrub_value(shown) == shown


@pytest.mark.parametrize(
    "text",
    [
        "",
        "****************",
        "SASL_SSL://pkc-xxxxx.us-west-2.aws.confluent.cloud:9092",
        "https://api.confluent.cloud/connect/v1/environments/env-abc123/clusters/lkc-abc123",
        "https://example.com/search?email=someone@example.com&page=2",
        "write to someone@example.com",
        "io.confluent.connect.s3.S3SinkConnector",
        "Basic authentication is enabled.",
        "Use Bearer tokens for the HTTP API.",
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----",
        "SharedAccessKeyName=RootManageSharedAccessKey;EntityPath=orders",
        "token.endpoint.url=https://login.example.com/oauth2/token",
        "Failed to find any class that implements Connector and which name matches x",
        "Zürich → 東京, naïve café; tasks=3 & retries=5",
        '{"token.endpoint.url": "https://login.example.com", "topics": "a"}',
        '"unterminated": "value',
    ],
)
def test_values_without_secrets_are_left_alone(text: str) -> None:
    """Plain URLs, e-mail addresses, prose and public certificates come back unchanged."""
    assert scrub_value(text) == text


def test_redact_masks_sensitive_keys_at_any_depth() -> None:
    """Values of sensitive keys are masked however deep, and other strings are scrubbed."""
    body = [
        {
            "id": {"connector": "orders-sink", "task": 0},
            "config": {
                "connector.class": "PostgresSink",
                "kafka.api.secret": "s3cr3t",
                "gcs.credentials.config": {"private_key": "k", "client_email": "e"},
                "connection.url": "jdbc:postgresql://app:pa55@db:5432/x",
                "tasks.max": 2,
                "enabled": True,
                "ratio": 0.5,
                "note": None,
            },
        }
    ]
    assert redact(body) == [
        {
            "id": {"connector": "orders-sink", "task": 0},
            "config": {
                "connector.class": "PostgresSink",
                "kafka.api.secret": REDACTED,
                "gcs.credentials.config": REDACTED,
                "connection.url": "jdbc:postgresql://[redacted]@db:5432/x",
                "tasks.max": 2,
                "enabled": True,
                "ratio": 0.5,
                "note": None,
            },
        }
    ]


def test_redact_masks_the_keys_it_is_told_to() -> None:
    """A key in `redacted_keys` is masked by exact name, though the rule would show it."""
    data = {"config": {"name": "x", "flush.size": "1000"}, "Name": "y"}
    assert redact(data, frozenset({"config", "name"})) == {"config": REDACTED, "Name": "y"}


def test_redact_returns_a_copy_and_turns_tuples_into_lists() -> None:
    """The input is not modified; tuples come back as lists; non-string keys are kept."""
    data = {"pair": ("a", {"password": "p"}), 7: "seven"}
    shown = redact(data)
    assert shown == {"pair": ["a", {"password": REDACTED}], 7: "seven"}
    assert data == {"pair": ("a", {"password": "p"}), 7: "seven"}


class _Model:
    """Stands in for a generated model: it masks its own repr."""

    _redacted_keys = frozenset({"kafka.api.secret"})


def test_redact_leaves_generated_models_as_they_are() -> None:
    """Anything with `_redacted_keys` is returned itself, at the top or nested."""
    model = _Model()
    assert redact(model) is model
    shown = redact({"tasks": [model]})
    assert isinstance(shown, dict)
    assert shown["tasks"][0] is model


def _nested_lists(depth: int, leaf: object) -> list[object]:
    value: list[object] = [leaf]
    for _ in range(depth - 1):
        value = [value]
    return value


def _depth_and_leaf(value: object) -> tuple[int, object]:
    depth = 0
    while isinstance(value, list):
        depth, value = depth + 1, value[0]
    return depth, value


def test_redact_stops_at_max_depth_without_recursing_further() -> None:
    """10,000 nested lists neither raise RecursionError nor come back deeper than MAX_DEPTH."""
    shown = redact(_nested_lists(10_000, "leaf"))
    assert _depth_and_leaf(shown) == (MAX_DEPTH, TOO_DEEP)


def test_redact_keeps_everything_up_to_max_depth() -> None:
    """Exactly MAX_DEPTH nested containers come back whole."""
    assert _depth_and_leaf(redact(_nested_lists(MAX_DEPTH, "leaf"))) == (MAX_DEPTH, "leaf")


def test_a_secret_below_the_depth_cap_is_not_shown() -> None:
    """A secret nested deeper than the cap disappears with the rest of the too-deep part."""
    data: object = {"token": "planted-secret-value"}
    for _ in range(10_000):
        data = {"config": data}
    assert "planted-secret-value" not in repr(redact(data))


def _strings(value: object) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


PLANTED_KEYS = [*SECRET_KEYS, *PROMISED_SECRET]
PLACEHOLDER = "\x00"
# Any Unicode text, with whitespace, line breaks and a few non-ASCII characters made likely.
SECRETS = st.text(
    st.one_of(st.characters(), st.sampled_from(" \t\r\n\u00a0\u2028éß秘密🔑")),
    min_size=8,
    max_size=40,
)


@st.composite
def planted(draw: st.DrawFn) -> tuple[str, object, object]:
    """A secret; data holding it under a sensitive key at a random depth; and the same data
    with a placeholder in its place."""
    secret = draw(SECRETS)
    key = draw(st.sampled_from(PLANTED_KEYS))
    if key in SECRET_KEYS:
        key = styled(key, draw(st.sampled_from(STYLES)))
    wrap = draw(st.sampled_from(["bare", "list", "dict"]))
    path = draw(st.lists(st.one_of(st.sampled_from(PLAIN_KEYS), st.none()), max_size=80))

    def build(value: str) -> object:
        held: object = {"bare": value, "list": [value], "dict": {"value": value}}[wrap]
        data: object = {key: held, "noise": "orders"}
        for step in reversed(path):
            data = ["noise", data] if step is None else {step: data, "noise": "x"}
        return data

    return secret, build(secret), build(PLACEHOLDER)


@settings(max_examples=300)
@given(case=planted())
def test_a_planted_secret_never_shows(case: tuple[str, object, object]) -> None:
    """A secret planted under any sensitive key at any depth leaves no trace in redact()."""
    secret, with_secret, with_placeholder = case
    assert any(secret in text for text in _strings(with_secret))  # the test plants it
    skeleton = redact(with_placeholder)
    assume(secret not in repr(skeleton))
    shown = redact(with_secret)
    assert shown == skeleton
    assert secret not in repr(shown)
    assert not any(secret in text for text in _strings(shown))
