"""The managed connector plugins the simulator offers, config validation against them, and
the translation of a self-managed config into a managed one.

The shapes follow bodies recorded from the live service: each config comes back with its
`definition`, its `value` (secrets masked, the errors found) and an empty `metadata`.
The Kafka credentials are not `required` in the definitions; which of them must be present
depends on `kafka.auth.mode` (an API key and secret, or a service account).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from ._data import MASK, SECRET_KEYS

_CONNECT = "How should we connect to your data?"
_CREDENTIALS = "Kafka Cluster credentials"
_TASKS = "Number of tasks for this connector"
_TOPICS = "Which topics do you want to get data from?"
_TOPIC = "Which topic do you want to send data to?"
_MESSAGES = "Messages"
_FORMATS = ("AVRO", "JSON", "JSON_SR", "PROTOBUF")


class Setting(NamedTuple):
    name: str
    type: str  # STRING, INT, LIST, PASSWORD, ...
    required: bool
    group: str
    default: str = ""
    recommended: tuple[str, ...] = ()
    documentation: str = ""
    minimum: int | None = None


class Plugin(NamedTuple):
    alias: str  # what connector.class says, and the plugin's name in the URL
    java_class: str  # what validation answers as `name`
    type: str
    version: str | None
    settings: tuple[Setting, ...]


_COMMON = (
    Setting("connector.class", "STRING", True, _CONNECT),
    Setting("name", "STRING", True, _CONNECT, documentation="Sets a name for your connector."),
    Setting(
        "kafka.auth.mode",
        "STRING",
        False,
        _CREDENTIALS,
        "KAFKA_API_KEY",
        ("KAFKA_API_KEY", "SERVICE_ACCOUNT"),
        "Kafka Authentication mode. It can be one of KAFKA_API_KEY or SERVICE_ACCOUNT.",
    ),
    Setting("kafka.api.key", "PASSWORD", False, _CREDENTIALS),
    Setting("kafka.service.account.id", "STRING", False, _CREDENTIALS),
    Setting("kafka.api.secret", "PASSWORD", False, _CREDENTIALS),
    Setting("tasks.max", "INT", True, _TASKS, minimum=1),
)

PLUGINS = {
    plugin.alias: plugin
    for plugin in (
        Plugin(
            "GcsSink", "io.confluent.connect.gcs.GcsSinkConnector", "sink", "0.2.0",
            (
                Setting("topics", "LIST", True, _TOPICS),
                Setting("data.format", "STRING", True, _MESSAGES, "", ("BYTES", "JSON", "AVRO")),
                Setting("gcs.credentials.config", "PASSWORD", True, "Google Cloud Storage details"),
                Setting("gcs.bucket.name", "STRING", True, "Google Cloud Storage details"),
                Setting("time.interval", "STRING", True, "Organize my data by...", "",
                        ("DAILY", "HOURLY")),
                Setting("flush.size", "INT", True, "Organize my data by...", "1000",
                        minimum=1000),
            ),
        ),
        Plugin(
            "S3_SINK", "io.confluent.connect.s3.S3SinkConnector", "sink", None,
            (
                Setting("topics", "LIST", True, _TOPICS),
                Setting("aws.access.key.id", "PASSWORD", True, "Amazon Web Services credentials"),
                Setting("aws.secret.access.key", "PASSWORD", True,
                        "Amazon Web Services credentials"),
                Setting("s3.bucket.name", "STRING", True, "Amazon S3 details"),
                Setting("output.data.format", "STRING", True, _MESSAGES, "",
                        (*_FORMATS, "BYTES", "PARQUET")),
                Setting("time.interval", "STRING", False, "Organize my data by...", "HOURLY",
                        ("DAILY", "HOURLY")),
            ),
        ),
        Plugin(
            "PostgresSource", "io.confluent.connect.jdbc.PostgresSourceConnector", "source",
            "0.1.0",
            (
                Setting("connection.host", "STRING", True, _CONNECT),
                Setting("connection.port", "INT", False, _CONNECT, "5432", minimum=1),
                Setting("connection.user", "STRING", True, _CONNECT),
                Setting("connection.password", "PASSWORD", True, _CONNECT),
                Setting("table.whitelist", "LIST", True, "Database details"),
            ),
        ),
        Plugin(
            "DatagenSource", "io.confluent.kafka.connect.datagen.DatagenConnector", "source",
            "0.1.0",
            (
                Setting("kafka.topic", "STRING", True, _TOPIC),
                Setting("output.data.format", "STRING", True, "Output messages", "", _FORMATS),
                Setting("quickstart", "STRING", False, "Datagen Details", "",
                        ("CLICKSTREAM", "ORDERS", "PAGEVIEWS", "USERS")),
                Setting("max.interval", "INT", True, "Datagen Details", "1000", minimum=1),
            ),
        ),
        Plugin(
            "DatagenSourceInternal", "io.confluent.kafka.connect.datagen.DatagenConnector", "source",
            "0.1.0",
            (
                Setting("kafka.topic", "STRING", True, _TOPIC),
                Setting("output.data.format", "STRING", True, "Output messages", "", _FORMATS),
                Setting("quickstart", "STRING", True, "Datagen Details", "",
                        ("CLICKSTREAM", "ORDERS", "PAGEVIEWS", "USERS")),
            ),
        ),
        Plugin(
            "MySqlCdcSource", "io.debezium.connector.mysql.MySqlConnector", "source", "1.0.0",
            (
                Setting("database.hostname", "STRING", True, _CONNECT),
                Setting("database.port", "INT", False, _CONNECT, "3306", minimum=1),
                Setting("database.user", "STRING", True, _CONNECT),
                Setting("database.password", "PASSWORD", True, _CONNECT),
            ),
        ),
        Plugin(
            "HttpSink", "io.confluent.connect.http.HttpSinkConnector", "sink", "1.0.0",
            (
                Setting("topics", "LIST", True, _TOPICS),
                Setting("http.api.url", "STRING", True, "HTTP server details"),
            ),
        ),
        Plugin(
            "BigQuerySink", "com.wepay.kafka.connect.bigquery.BigQuerySinkConnector", "sink", None,
            (
                Setting("topics", "LIST", True, _TOPICS),
                Setting("keyfile", "PASSWORD", True, "Google Cloud credentials"),
                Setting("project", "STRING", True, "BigQuery details"),
                Setting("datasets", "STRING", True, "BigQuery details"),
            ),
        ),
    )
}  # fmt: skip


def find(name: str) -> Plugin | None:
    """The plugin by its alias (GcsSink) or its Java class."""
    return PLUGINS.get(name) or next((plugin for plugin in PLUGINS.values() if plugin.java_class == name), None)


def _settings(plugin: Plugin) -> tuple[Setting, ...]:
    return (*_COMMON, *plugin.settings)


def listing() -> list[dict[str, str]]:
    """The plugins route's answer: class, type, and the version when there is one."""
    return [
        {"class": plugin.alias, "type": plugin.type} | ({"version": plugin.version} if plugin.version else {})
        for plugin in PLUGINS.values()
    ]


def _missing(name: str) -> str:
    return f'Missing required configuration "{name}" which has no default value.'


def _needed(setting: Setting, config: Mapping[str, str]) -> bool:
    """Whether a config without this setting is incomplete (a default fills it otherwise)."""
    mode = config.get("kafka.auth.mode") or "KAFKA_API_KEY"
    needed = setting.required or (
        (setting.name == "kafka.service.account.id" and mode == "SERVICE_ACCOUNT")
        or (setting.name in ("kafka.api.key", "kafka.api.secret") and mode == "KAFKA_API_KEY")
    )
    return needed and not setting.default


def missing(plugin: Plugin, config: Mapping[str, str]) -> list[str]:
    """The keys a config lacks that the plugin needs, in the plugin's order."""
    return [s.name for s in _settings(plugin) if _needed(s, config) and config.get(s.name, "") == ""]


def _errors(setting: Setting, config: Mapping[str, str]) -> list[str]:
    value = config.get(setting.name, "")
    if value == "":
        return [_missing(setting.name)] if _needed(setting, config) else []
    if setting.type == "INT":
        try:
            number = int(value)
        except ValueError:
            return [f"Invalid value {value} for configuration {setting.name}: Not a number"]
        if setting.minimum is not None and number < setting.minimum:
            return [f'"{setting.name}" should be greater than or equal to {setting.minimum}']
    if setting.recommended and setting.type == "STRING" and value not in setting.recommended:
        allowed = ", ".join(setting.recommended)
        return [f"Invalid value {value} for configuration {setting.name}: must be one of {allowed}"]
    return []


def config_errors(plugin: Plugin, config: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, message) for every problem validation finds in a config."""
    return [(setting.name, message) for setting in _settings(plugin) for message in _errors(setting, config)]


def validation(plugin: Plugin, config: Mapping[str, str]) -> dict[str, Any]:
    """The validate route's answer for a config."""
    configs = []
    groups: dict[str, None] = {}
    total = 0
    for order, setting in enumerate(_settings(plugin), start=1):
        groups[setting.group] = None
        errors = _errors(setting, config)
        total += len(errors)
        value = config.get(setting.name, setting.default if setting.type == "INT" else "")
        configs.append(
            {
                "definition": {
                    "name": setting.name, "type": setting.type, "required": setting.required,
                    "default_value": setting.default, "importance": "HIGH",
                    "documentation": setting.documentation, "group": setting.group,
                    "width": "NONE", "display_name": setting.name, "dependents": [],
                    "order": order, "alias": "",
                },
                "value": {
                    "name": setting.name,
                    "value": MASK if setting.type == "PASSWORD" and value else value,
                    "recommended_values": list(setting.recommended), "errors": errors,
                    "visible": True,
                },
                "metadata": {},
            }
        )  # fmt: skip
    return {"name": plugin.java_class, "groups": list(groups), "error_count": total,
            "configs": configs}  # fmt: skip


# What a self-managed worker's converters become in a managed config's data format.
_CONVERTERS = {
    "io.confluent.connect.avro.AvroConverter": "AVRO",
    "io.confluent.connect.json.JsonSchemaConverter": "JSON_SR",
    "io.confluent.connect.protobuf.ProtobufConverter": "PROTOBUF",
    "org.apache.kafka.connect.json.JsonConverter": "JSON",
    "org.apache.kafka.connect.converters.ByteArrayConverter": "BYTES",
}
_FORMAT_KEYS = ("output.data.format", "input.data.format", "data.format")


def translation(plugin: Plugin, config: Mapping[str, str], *, mask: bool) -> dict[str, Any]:
    """The translate route's answer: a self-managed config as the managed plugin takes it.

    `connector.class` becomes the plugin's alias, `value.converter` its data format; keys the
    managed plugin does not have are left out, each with a warning; what the result still
    lacks or gets wrong is listed in `errors`; secrets are masked when `mask` is true.
    """
    known = {setting.name: setting for setting in _settings(plugin)}
    fmt = next((key for key in _FORMAT_KEYS if key in known), None)
    result: dict[str, str] = {"connector.class": plugin.alias}
    warnings = []
    for key, value in config.items():
        if key == "connector.class":
            continue
        if key == "value.converter" and fmt is not None and value in _CONVERTERS:
            result.setdefault(fmt, _CONVERTERS[value])
        elif key in known:
            result[key] = value
        else:
            message = f"not a configuration of the fully managed {plugin.alias} connector: left out"
            warnings.append({"field": key, "message": message})
    errors = [{"field": key, "message": message} for key, message in config_errors(plugin, result)]
    if mask:
        secret = {name for name, setting in known.items() if setting.type == "PASSWORD"} | SECRET_KEYS
        result = {key: MASK if key in secret and value else value for key, value in result.items()}
    return {"config": result, "errors": errors, "warnings": warnings}
