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
class CurrentConnectorConfig(GeneratedModel, Mapping[str, "str"]):
    """Configuration parameters for the connector.

    Attributes:
        connector_class (str): The connector class name. E.g. BigQuerySink, GcsSink, etc.
        name (str): Name or alias of the class (plugin) for this connector. For Custom Connector, it must be the same as
            connector_name.
        cloud_environment (str | Unset): The cloud environment type.
        cloud_provider (str | Unset): The cloud service provider, e.g. aws, azure, etc.
        kafka_api_key (str | Unset): The kafka cluster api key.
        kafka_api_secret (str | Unset): The kafka cluster api secret key.
        kafka_endpoint (str | Unset): The kafka cluster endpoint.
        kafka_region (str | Unset): The kafka cluster region.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "connector_class": "connector.class",
        "name": "name",
        "cloud_environment": "cloud.environment",
        "cloud_provider": "cloud.provider",
        "kafka_api_key": "kafka.api.key",
        "kafka_api_secret": "kafka.api.secret",
        "kafka_endpoint": "kafka.endpoint",
        "kafka_region": "kafka.region",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "connector.class": "connector_class",
        "name": "name",
        "cloud.environment": "cloud_environment",
        "cloud.provider": "cloud_provider",
        "kafka.api.key": "kafka_api_key",
        "kafka.api.secret": "kafka_api_secret",
        "kafka.endpoint": "kafka_endpoint",
        "kafka.region": "kafka_region",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(("kafka.api.secret",))

    connector_class: str
    name: str
    cloud_environment: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    kafka_api_key: str | Unset = UNSET
    kafka_api_secret: str | Unset = UNSET
    kafka_endpoint: str | Unset = UNSET
    kafka_region: str | Unset = UNSET
    additional_properties: Mapping[str, str] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_class = self.connector_class

        name = self.name

        cloud_environment = self.cloud_environment

        cloud_provider = self.cloud_provider

        kafka_api_key = self.kafka_api_key

        kafka_api_secret = self.kafka_api_secret

        kafka_endpoint = self.kafka_endpoint

        kafka_region = self.kafka_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector.class": connector_class,
                "name": name,
            }
        )
        if cloud_environment is not UNSET:
            field_dict["cloud.environment"] = cloud_environment
        if cloud_provider is not UNSET:
            field_dict["cloud.provider"] = cloud_provider
        if kafka_api_key is not UNSET:
            field_dict["kafka.api.key"] = kafka_api_key
        if kafka_api_secret is not UNSET:
            field_dict["kafka.api.secret"] = kafka_api_secret
        if kafka_endpoint is not UNSET:
            field_dict["kafka.endpoint"] = kafka_endpoint
        if kafka_region is not UNSET:
            field_dict["kafka.region"] = kafka_region

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
            raise ShapeError("CurrentConnectorConfig", "", "object", src)
        try:  # str.join checks every value is a str in one C loop: the fast common case
            "".join(d.values())
        except TypeError:
            key = next(k for k, v in d.items() if not isinstance(v, str))
            raise ShapeError("CurrentConnectorConfig", key, "str", d[key]) from None
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
        set_field(self, "cloud_environment", data.get("cloud.environment", UNSET))
        set_field(self, "cloud_provider", data.get("cloud.provider", UNSET))
        set_field(self, "kafka_api_key", data.get("kafka.api.key", UNSET))
        set_field(self, "kafka_api_secret", data.get("kafka.api.secret", UNSET))
        set_field(self, "kafka_endpoint", data.get("kafka.endpoint", UNSET))
        set_field(self, "kafka_region", data.get("kafka.region", UNSET))
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
