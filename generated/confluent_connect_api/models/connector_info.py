from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    ReadOnlyMapping,
    ShapeError,
    Unset,
    _new,
    _set_data,
    redacted_data,
    redacted_repr,
)

if TYPE_CHECKING:
    from ..models.connector_info_config import ConnectorInfoConfig


@_attrs_define(frozen=True)
class ConnectorInfo(GeneratedModel, Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

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
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("ConnectorInfo", "", "object", src)
        value = d["config"]
        if value.__class__ is dict:
            d1 = value if owned else value.copy()
        elif isinstance(value, Mapping):
            d1 = dict(value)
        else:
            raise ShapeError("ConnectorInfoConfig", "", "object", value)
        try:  # str.join checks every value is a str in one C loop: the fast common case
            "".join(d1.values())
        except TypeError:
            key1 = next(k for k, v in d1.items() if not isinstance(v, str))
            raise ShapeError("ConnectorInfoConfig", key1, "str", d1[key1]) from None
        if "connector.class" not in d1:
            raise KeyError("connector.class")
        if "name" not in d1:
            raise KeyError("name")

        if d1 is not value:
            d["config"] = d1

        value = d["name"]
        if not isinstance(value, str):
            raise ShapeError("ConnectorInfo", "name", "str", value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "config", ConnectorInfoConfig._wrap(data["config"]))
        set_field(self, "name", data["name"])
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


from ..models.connector_info_config import ConnectorInfoConfig
