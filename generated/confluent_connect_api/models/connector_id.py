from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="ConnectorId")


@_attrs_define(frozen=True)
class ConnectorId(Mapping[str, "Any"]):
    """The ID of connector.

    Attributes:
        id (str | Unset): The ID of the connector.
        id_type (str | Unset): Type of the value in the `id` property.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "id_type": "id_type",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "id": "id",
        "id_type": "id_type",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    id: str | Unset = UNSET
    id_type: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        id_type = self.id_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if id_type is not UNSET:
            field_dict["id_type"] = id_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorId", "", "object", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is not UNSET and (not isinstance(id, str)):
            raise ShapeError("ConnectorId", "id", "str", id)

        id_type = d.pop("id_type", UNSET)
        if id_type is not UNSET and (not isinstance(id_type, str)):
            raise ShapeError("ConnectorId", "id_type", "str", id_type)

        connector_id = cls(
            id=id,
            id_type=id_type,
        )

        object.__setattr__(connector_id, "additional_properties", MappingProxyType(d))
        return connector_id

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
