from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    GeneratedModel,
    ReadOnlyMapping,
    ShapeError,
    Unset,
    _new,
    _set_data,
    redacted_data,
    redacted_repr,
)


@_attrs_define(frozen=True)
class ConnectorConfigUpdate(GeneratedModel, Mapping[str, "str"]):
    """Configuration parameters for the connector.

    Attributes:
        connector_class (str): \\[Required for Managed Connector, Ignored for Custom Connector\\] The connector class
            name. E.g. BigQuerySink, GcsSink, etc.
        name (str): Name or alias of the class (plugin) for this connector.
        confluent_connector_type (str | Unset): \\[Required for Custom Connector\\] The connector type.
             Default: 'MANAGED'. Example: CUSTOM.
        confluent_custom_connection_endpoints (str | Unset): \\[Optional for Custom Connector\\] Egress endpoint(s) for
            the connector to use when attaching to the sink or source data system.
        confluent_custom_plugin_id (str | Unset): \\[Required for Custom Connector\\] The custom plugin id of custom
            connector, e.g., `ccp-lq5m06`
             Example: ccp-lq5m06.
        confluent_custom_schema_registry_auto (str | Unset): \\[Optional for Custom Connector\\] Automatically add the
            required schema registry properties in a custom connector config if schema registry is enabled.
             Default: 'FALSE'. Example: FALSE.
        kafka_api_key (str | Unset): The kafka cluster api key.
        kafka_api_secret (str | Unset): The kafka cluster api secret key.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "connector_class": "connector.class",
        "name": "name",
        "confluent_connector_type": "confluent.connector.type",
        "confluent_custom_connection_endpoints": "confluent.custom.connection.endpoints",
        "confluent_custom_plugin_id": "confluent.custom.plugin.id",
        "confluent_custom_schema_registry_auto": "confluent.custom.schema.registry.auto",
        "kafka_api_key": "kafka.api.key",
        "kafka_api_secret": "kafka.api.secret",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "connector.class": "connector_class",
        "name": "name",
        "confluent.connector.type": "confluent_connector_type",
        "confluent.custom.connection.endpoints": "confluent_custom_connection_endpoints",
        "confluent.custom.plugin.id": "confluent_custom_plugin_id",
        "confluent.custom.schema.registry.auto": "confluent_custom_schema_registry_auto",
        "kafka.api.key": "kafka_api_key",
        "kafka.api.secret": "kafka_api_secret",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(("kafka.api.secret",))

    connector_class: str
    name: str
    confluent_connector_type: str | Unset = UNSET
    confluent_custom_connection_endpoints: str | Unset = UNSET
    confluent_custom_plugin_id: str | Unset = UNSET
    confluent_custom_schema_registry_auto: str | Unset = UNSET
    kafka_api_key: str | Unset = UNSET
    kafka_api_secret: str | Unset = UNSET
    additional_properties: Mapping[str, str] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_class = self.connector_class

        name = self.name

        confluent_connector_type = self.confluent_connector_type

        confluent_custom_connection_endpoints = (
            self.confluent_custom_connection_endpoints
        )

        confluent_custom_plugin_id = self.confluent_custom_plugin_id

        confluent_custom_schema_registry_auto = (
            self.confluent_custom_schema_registry_auto
        )

        kafka_api_key = self.kafka_api_key

        kafka_api_secret = self.kafka_api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector.class": connector_class,
                "name": name,
            }
        )
        if confluent_connector_type is not UNSET:
            field_dict["confluent.connector.type"] = confluent_connector_type
        if confluent_custom_connection_endpoints is not UNSET:
            field_dict["confluent.custom.connection.endpoints"] = (
                confluent_custom_connection_endpoints
            )
        if confluent_custom_plugin_id is not UNSET:
            field_dict["confluent.custom.plugin.id"] = confluent_custom_plugin_id
        if confluent_custom_schema_registry_auto is not UNSET:
            field_dict["confluent.custom.schema.registry.auto"] = (
                confluent_custom_schema_registry_auto
            )
        if kafka_api_key is not UNSET:
            field_dict["kafka.api.key"] = kafka_api_key
        if kafka_api_secret is not UNSET:
            field_dict["kafka.api.secret"] = kafka_api_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("ConnectorConfigUpdate", "", "object", src)
        try:  # str.join checks every value is a str in one C loop: the fast common case
            "".join(d.values())
        except TypeError:
            key = next(k for k, v in d.items() if not isinstance(v, str))
            raise ShapeError("ConnectorConfigUpdate", key, "str", d[key]) from None
        if "connector.class" not in d:
            raise KeyError("connector.class")
        if "name" not in d:
            raise KeyError("name")

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "connector_class", data["connector.class"])
        set_field(self, "name", data["name"])
        set_field(
            self,
            "confluent_connector_type",
            data.get("confluent.connector.type", UNSET),
        )
        set_field(
            self,
            "confluent_custom_connection_endpoints",
            data.get("confluent.custom.connection.endpoints", UNSET),
        )
        set_field(
            self,
            "confluent_custom_plugin_id",
            data.get("confluent.custom.plugin.id", UNSET),
        )
        set_field(
            self,
            "confluent_custom_schema_registry_auto",
            data.get("confluent.custom.schema.registry.auto", UNSET),
        )
        set_field(self, "kafka_api_key", data.get("kafka.api.key", UNSET))
        set_field(self, "kafka_api_secret", data.get("kafka.api.secret", UNSET))
        declared = self._attributes
        set_field(
            self,
            "additional_properties",
            ReadOnlyMapping._over(
                {key: item for key, item in data.items() if key not in declared}
            ),
        )

    def __repr__(self) -> str:
        return redacted_repr(self)

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        yield from redacted_data(self).items()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        attribute = self._attributes.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value: str | Unset = getattr(self, attribute)
        if isinstance(value, Unset):
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        for attribute, json_key in self._json_keys.items():
            if not isinstance(getattr(self, attribute), Unset):
                yield json_key
        yield from self.additional_properties

    def __len__(self) -> int:
        declared = sum(
            not isinstance(getattr(self, attribute), Unset)
            for attribute in self._json_keys
        )
        return declared + len(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attribute = self._attributes.get(key)
        if attribute is None:
            return key in self.additional_properties
        return not isinstance(getattr(self, attribute), Unset)
