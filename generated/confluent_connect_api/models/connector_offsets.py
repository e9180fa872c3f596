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
    from ..models.offsets_metadata import OffsetsMetadata
    from ..models.partition_offset import PartitionOffset


T = TypeVar("T", bound="ConnectorOffsets")


@_attrs_define(frozen=True)
class ConnectorOffsets(Mapping[str, "Any"]):
    """Offsets for a connector

    Example:
        {'id': 'id', 'metadata': {'observed_at': '2024-02-20T15:14:19Z'}, 'name': 'name'}

    Attributes:
        id (str | Unset): The ID of the connector.
        metadata (OffsetsMetadata | Unset): Metadata of the connector offset. Example: {'observed_at':
            '2024-02-20T15:14:19Z'}.
        name (str | Unset): The name of the connector.
        offsets (list[PartitionOffset] | Unset): Array of offsets which are categorised into partitions.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "metadata": "metadata",
        "name": "name",
        "offsets": "offsets",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "id": "id",
        "metadata": "metadata",
        "name": "name",
        "offsets": "offsets",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    id: str | Unset = UNSET
    metadata: OffsetsMetadata | Unset = UNSET
    name: str | Unset = UNSET
    offsets: list[PartitionOffset] | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if offsets is not UNSET:
            field_dict["offsets"] = offsets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorOffsets", "", "object", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is not UNSET and (not isinstance(id, str)):
            raise ShapeError("ConnectorOffsets", "id", "str", id)

        _metadata = d.pop("metadata", UNSET)
        metadata: OffsetsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OffsetsMetadata.from_dict(_metadata)

        name = d.pop("name", UNSET)
        if name is not UNSET and (not isinstance(name, str)):
            raise ShapeError("ConnectorOffsets", "name", "str", name)

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

        connector_offsets = cls(
            id=id,
            metadata=metadata,
            name=name,
            offsets=offsets,
        )

        object.__setattr__(
            connector_offsets, "additional_properties", MappingProxyType(d)
        )
        return connector_offsets

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


from ..models.offsets_metadata import OffsetsMetadata
from ..models.partition_offset import PartitionOffset
