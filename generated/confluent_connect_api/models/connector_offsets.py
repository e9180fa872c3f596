from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    GeneratedModel,
    ReadOnlyMapping,
    ShapeError,
    Unset,
    _new,
    _set_data,
    redacted_data,
    redacted_repr,
)

if TYPE_CHECKING:
    from ..models.offsets_metadata import OffsetsMetadata
    from ..models.partition_offset import PartitionOffset


@_attrs_define(frozen=True)
class ConnectorOffsets(GeneratedModel, Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

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
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("ConnectorOffsets", "", "object", src)
        value = d.get("id", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConnectorOffsets", "id", "str", value)

        value = d.get("metadata", UNSET)
        if value is not UNSET:
            d["metadata"] = OffsetsMetadata._check(value, owned)

        value = d.get("name", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConnectorOffsets", "name", "str", value)

        value = d.get("offsets", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConnectorOffsets", "offsets", "array", value)
            items0: list[Any] = []
            for item0 in value:
                if item0.__class__ is dict:
                    d1 = item0 if owned else item0.copy()
                elif isinstance(item0, Mapping):
                    d1 = dict(item0)
                else:
                    raise ShapeError("PartitionOffset", "", "object", item0)
                value1 = d1.get("offset", UNSET)
                if value1 is not UNSET:
                    if value1.__class__ is dict:
                        d2 = value1 if owned else value1.copy()
                    elif isinstance(value1, Mapping):
                        d2 = dict(value1)
                    else:
                        raise ShapeError("Offset", "", "object", value1)

                    if d2 is not value1:
                        d1["offset"] = d2

                value1 = d1.get("partition", UNSET)
                if value1 is not UNSET:
                    if value1.__class__ is dict:
                        d2 = value1 if owned else value1.copy()
                    elif isinstance(value1, Mapping):
                        d2 = dict(value1)
                    else:
                        raise ShapeError("Partition", "", "object", value1)

                    if d2 is not value1:
                        d1["partition"] = d2

                items0.append(d1)
            d["offsets"] = items0

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "id", data.get("id", UNSET))
        value = data.get("metadata", UNSET)
        set_field(
            self, "metadata", value if value is UNSET else OffsetsMetadata._wrap(value)
        )
        set_field(self, "name", data.get("name", UNSET))
        value = data.get("offsets", UNSET)
        set_field(
            self,
            "offsets",
            value
            if value is UNSET
            else [PartitionOffset._wrap(item0) for item0 in value],
        )
        declared = self._attributes
        set_field(
            self,
            "additional_properties",
            ReadOnlyMapping._over(
                {key: item for key, item in data.items() if key not in declared}
            ),
        )

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
        declared = sum(
            not isinstance(getattr(self, attribute), Unset)
            for attribute in self._json_keys
        )
        return declared + len(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attribute = self._attributes.get(key)
        if attribute is None:
            return key in self.additional_properties
        return not isinstance(getattr(self, attribute), Unset)


from ..models.offsets_metadata import OffsetsMetadata
from ..models.partition_offset import PartitionOffset
