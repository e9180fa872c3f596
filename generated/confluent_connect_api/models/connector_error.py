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
    from ..models.connector_error_detail import ConnectorErrorDetail


T = TypeVar("T", bound="ConnectorError")


@_attrs_define(frozen=True)
class ConnectorError(Mapping[str, "Any"]):
    """
    Attributes:
        error (ConnectorErrorDetail | Unset): Connector Error with error code and message.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "error": "error",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "error": "error",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    error: ConnectorErrorDetail | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorError", "", "object", src_dict)
        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: ConnectorErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ConnectorErrorDetail.from_dict(_error)

        connector_error = cls(
            error=error,
        )

        object.__setattr__(
            connector_error, "additional_properties", MappingProxyType(d)
        )
        return connector_error

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


from ..models.connector_error_detail import ConnectorErrorDetail
