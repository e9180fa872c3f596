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
    from ..models.offset import Offset
    from ..models.partition import Partition


T = TypeVar("T", bound="PartitionOffset")


@_attrs_define(frozen=True)
class PartitionOffset(Mapping[str, "Any"]):
    """
    Attributes:
        offset (Offset | Unset): The offset of the partition. For sink connectors this is the kafka offset. For
            source connectors this is depends on the offset defined by the source connector.
            For example, the timestamp and incrementing column info in a table, for a JDBC based
            MySQL source connector.
        partition (Partition | Unset): The partition information. For sink connectors this is the kafka topic and
            partition. For source connectors this is depends on the partitions defined by the
            source connector. For example, the table which this task is pulling data from in a
            JDBC based MySQL source connector.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "offset": "offset",
        "partition": "partition",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "offset": "offset",
        "partition": "partition",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    offset: Offset | Unset = UNSET
    partition: Partition | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset, Unset):
            offset = self.offset.to_dict()

        partition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partition, Unset):
            partition = self.partition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("PartitionOffset", "", "object", src_dict)
        d = dict(src_dict)
        _offset = d.pop("offset", UNSET)
        offset: Offset | Unset
        if isinstance(_offset, Unset):
            offset = UNSET
        else:
            offset = Offset.from_dict(_offset)

        _partition = d.pop("partition", UNSET)
        partition: Partition | Unset
        if isinstance(_partition, Unset):
            partition = UNSET
        else:
            partition = Partition.from_dict(_partition)

        partition_offset = cls(
            offset=offset,
            partition=partition,
        )

        object.__setattr__(
            partition_offset, "additional_properties", MappingProxyType(d)
        )
        return partition_offset

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


from ..models.offset import Offset
from ..models.partition import Partition
