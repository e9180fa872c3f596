from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ShapeError, Unset, redacted_data, redacted_repr

if TYPE_CHECKING:
    from ..models.connector_info_config import ConnectorInfoConfig


T = TypeVar("T", bound="ConnectorInfo")


@_attrs_define(frozen=True)
class ConnectorInfo(Mapping[str, "Any"]):
    """Metadata of the connector.

    Attributes:
        config (ConnectorInfoConfig): Configuration parameters for the connector. These configurations
            are the minimum set of key-value pairs (KVP) which are used to
            define how the connector connects Kafka to the external system.
            Some of these KVPs are common to all the connectors, such as
            connection parameters to Kafka, connector metadata, etc. The list
            of common connector configurations is as follows

              - cloud.environment
              - cloud.provider
              - connector.class
              - kafka.api.key
              - kafka.api.secret
              - kafka.endpoint
              - kafka.region
              - name

            For example, a connector like `GcsSink` would have additional
            parameters such as `gcs.bucket.name`, `flush.size`, etc.
        name (str): Name of the connector.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "config": "config",
        "name": "name",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "config": "config",
        "name": "name",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    config: ConnectorInfoConfig
    name: str
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorInfo", "", "object", src_dict)
        d = dict(src_dict)
        config = ConnectorInfoConfig.from_dict(d.pop("config"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise ShapeError("ConnectorInfo", "name", "str", name)

        connector_info = cls(
            config=config,
            name=name,
        )

        object.__setattr__(connector_info, "additional_properties", MappingProxyType(d))
        return connector_info

    def __repr__(self) -> str:
        return redacted_repr(self)

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        yield from redacted_data(self).items()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        attribute = self._attributes.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value: Any | Unset = getattr(self, attribute)
        if isinstance(value, Unset):
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        for attribute, json_key in self._json_keys.items():
            if not isinstance(getattr(self, attribute), Unset):
                yield json_key
        yield from self.additional_properties

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attribute = self._attributes.get(key)
        if attribute is None:
            return key in self.additional_properties
        return not isinstance(getattr(self, attribute), Unset)


from ..models.connector_info_config import ConnectorInfoConfig
