from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="AlterOffsetPhase")


@_attrs_define(frozen=True)
class AlterOffsetPhase(Mapping[str, "Any"]):
    """The response of the alter offsets operation.

    Example:
        {'message': 'message', 'phase': 'phase'}

    Attributes:
        phase (str): The phase of the alter offset operation.

            PENDING: The offset alter operation is in progress.

            APPLIED: The offset alter operation has been applied to the connector.

            FAILED:  The offset alter operation has failed to be applied to the connector.
        message (str | Unset): An info message from the alter offset operation.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "phase": "phase",
        "message": "message",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "phase": "phase",
        "message": "message",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    phase: str
    message: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase": phase,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("AlterOffsetPhase", "", "object", src_dict)
        d = dict(src_dict)
        phase = d.pop("phase")
        if not isinstance(phase, str):
            raise ShapeError("AlterOffsetPhase", "phase", "str", phase)

        message = d.pop("message", UNSET)
        if message is not UNSET and (not isinstance(message, str)):
            raise ShapeError("AlterOffsetPhase", "message", "str", message)

        alter_offset_phase = cls(
            phase=phase,
            message=message,
        )

        object.__setattr__(
            alter_offset_phase, "additional_properties", MappingProxyType(d)
        )
        return alter_offset_phase

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
