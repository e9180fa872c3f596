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

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

if TYPE_CHECKING:
    from ..models.new_connector_config import NewConnectorConfig


T = TypeVar("T", bound="NewConnector")


@_attrs_define(frozen=True)
class NewConnector(Mapping[str, "Any"]):
    """
    Attributes:
        config (NewConnectorConfig | Unset): Configuration parameters for the connector. All values should be strings.
        name (str | Unset): Name of the connector to create.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "config": "config",
        "name": "name",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "config": "config",
        "name": "name",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(("config",))

    config: NewConnectorConfig | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("NewConnector", "", "object", src_dict)
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: NewConnectorConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = NewConnectorConfig.from_dict(_config)

        name = d.pop("name", UNSET)
        if name is not UNSET and (not isinstance(name, str)):
            raise ShapeError("NewConnector", "name", "str", name)

        new_connector = cls(
            config=config,
            name=name,
        )

        object.__setattr__(new_connector, "additional_properties", MappingProxyType(d))
        return new_connector

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


from ..models.new_connector_config import NewConnectorConfig
