from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="ConnectorErrorDetail")


@_attrs_define(frozen=True)
class ConnectorErrorDetail(Mapping[str, "Any"]):
    """Connector Error with error code and message.

    Attributes:
        code (int | Unset): Error code for the type of error
        message (str | Unset): Human readable error message
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorErrorDetail", "", "object", src_dict)
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code is not UNSET and (
            not isinstance(code, int) or isinstance(code, bool) != False
        ):
            raise ShapeError("ConnectorErrorDetail", "code", "int", code)

        message = d.pop("message", UNSET)
        if message is not UNSET and (not isinstance(message, str)):
            raise ShapeError("ConnectorErrorDetail", "message", "str", message)

        connector_error_detail = cls(
            code=code,
            message=message,
        )

        object.__setattr__(
            connector_error_detail, "additional_properties", MappingProxyType(d)
        )
        return connector_error_detail

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
