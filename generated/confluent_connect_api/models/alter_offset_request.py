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
    from ..models.partition_offset import PartitionOffset


T = TypeVar("T", bound="AlterOffsetRequest")


@_attrs_define(frozen=True)
class AlterOffsetRequest(Mapping[str, "Any"]):
    """Request to alter the offset of a connector. The offsets parameter is options for DELETE type.

    Attributes:
        type_ (str): The type of alter operation. PATCH will update the offset to the provided values.
            The update will only happen for the partitions provided in the request.
            DELETE will delete the offset for the provided partitions and reset them back to the
            base state. It is as if, a fresh new connector was created.

            For sink connectors PATCH/DELETE will move the offsets to the provided point in the
            topic partition. If the offset provided is not present in the topic partition it will
            by default reset to the earliest offset in the topic partition.

            For source connectors, post PATCH/DELETE the connector will attempt to read from the
            position defined in the altered offsets.
        offsets (list[PartitionOffset] | Unset): Array of offsets which are categorised into partitions.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
        "offsets": "offsets",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "type": "type_",
        "offsets": "offsets",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    type_: str
    offsets: list[PartitionOffset] | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        offsets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offsets, Unset):
            offsets = []
            for componentsschemasconnect_v_1_offsets_item_data in self.offsets:
                componentsschemasconnect_v_1_offsets_item = (
                    componentsschemasconnect_v_1_offsets_item_data.to_dict()
                )
                offsets.append(componentsschemasconnect_v_1_offsets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if offsets is not UNSET:
            field_dict["offsets"] = offsets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("AlterOffsetRequest", "", "object", src_dict)
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise ShapeError("AlterOffsetRequest", "type", "str", type_)

        _offsets = d.pop("offsets", UNSET)
        offsets: list[PartitionOffset] | Unset = UNSET
        if _offsets is not UNSET:
            if not isinstance(_offsets, list):
                raise ShapeError("offsets", "", "array", _offsets)
            offsets = []
            for componentsschemasconnect_v_1_offsets_item_data in _offsets:
                componentsschemasconnect_v_1_offsets_item = PartitionOffset.from_dict(
                    componentsschemasconnect_v_1_offsets_item_data
                )

                offsets.append(componentsschemasconnect_v_1_offsets_item)

        alter_offset_request = cls(
            type_=type_,
            offsets=offsets,
        )

        object.__setattr__(
            alter_offset_request, "additional_properties", MappingProxyType(d)
        )
        return alter_offset_request

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


from ..models.partition_offset import PartitionOffset
