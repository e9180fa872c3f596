from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="OffsetsMetadata")


@_attrs_define(frozen=True)
class OffsetsMetadata(Mapping[str, "Any"]):
    """Metadata of the connector offset.

    Example:
        {'observed_at': '2024-02-20T15:14:19Z'}

    Attributes:
        observed_at (datetime.datetime | Unset): The time at which the offsets were observed. The time is in UTC, ISO
            8601 format. Example: 2024-02-20T15:14:19Z.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "observed_at": "observed_at",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "observed_at": "observed_at",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    observed_at: datetime.datetime | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        observed_at: str | Unset = UNSET
        if not isinstance(self.observed_at, Unset):
            observed_at = self.observed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if observed_at is not UNSET:
            field_dict["observed_at"] = observed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("OffsetsMetadata", "", "object", src_dict)
        d = dict(src_dict)
        _observed_at = d.pop("observed_at", UNSET)
        observed_at: datetime.datetime | Unset
        if isinstance(_observed_at, Unset):
            observed_at = UNSET
        else:
            observed_at = datetime.datetime.fromisoformat(_observed_at)

        offsets_metadata = cls(
            observed_at=observed_at,
        )

        object.__setattr__(
            offsets_metadata, "additional_properties", MappingProxyType(d)
        )
        return offsets_metadata

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
