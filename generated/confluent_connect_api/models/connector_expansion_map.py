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
    from ..models.connector_expansion import ConnectorExpansion


T = TypeVar("T", bound="ConnectorExpansionMap")


@_attrs_define(frozen=True)
class ConnectorExpansionMap(Mapping[str, "ConnectorExpansion"]):
    _json_keys: ClassVar[dict[str, str]] = {}
    _attributes: ClassVar[dict[str, str]] = {}
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    additional_properties: Mapping[str, ConnectorExpansion] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorExpansionMap", "", "object", src_dict)
        d = dict(src_dict)
        connector_expansion_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ConnectorExpansion.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        object.__setattr__(
            connector_expansion_map,
            "additional_properties",
            MappingProxyType(additional_properties),
        )
        return connector_expansion_map

    def __repr__(self) -> str:
        return redacted_repr(self)

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        yield from redacted_data(self).items()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConnectorExpansion:
        attribute = self._attributes.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value: ConnectorExpansion | Unset = getattr(self, attribute)
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


from ..models.connector_expansion import ConnectorExpansion
