from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

if TYPE_CHECKING:
    from ..models.alter_offset_phase import AlterOffsetPhase
    from ..models.alter_offset_request_info import AlterOffsetRequestInfo
    from ..models.partition_offset import PartitionOffset


T = TypeVar("T", bound="AlterOffsetStatus")


@_attrs_define(frozen=True)
class AlterOffsetStatus(Mapping[str, "Any"]):
    """Status of the alter offset operation. The previous offsets in the response
    is the offsets that the connector last processed, before the offsets were altered,
    via a patch or delete operation.

        Example:
            {'applied_at': '2024-02-20T15:14:19Z', 'request': {'id': 'id', 'name': 'name', 'requested_at':
                '2024-02-20T15:14:19Z'}, 'status': {'message': 'message', 'phase': 'phase'}}

        Attributes:
            request (AlterOffsetRequestInfo): The request made to alter offsets. Example: {'id': 'id', 'name': 'name',
                'requested_at': '2024-02-20T15:14:19Z'}.
            status (AlterOffsetPhase): The response of the alter offsets operation. Example: {'message': 'message', 'phase':
                'phase'}.
            applied_at (datetime.datetime | None | Unset): The time at which the offsets were applied. The time is in UTC,
                ISO 8601 format. Example: 2024-02-20T15:14:19Z.
            previous_offsets (list[PartitionOffset] | Unset): Array of offsets which are categorised into partitions.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "request": "request",
        "status": "status",
        "applied_at": "applied_at",
        "previous_offsets": "previous_offsets",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "request": "request",
        "status": "status",
        "applied_at": "applied_at",
        "previous_offsets": "previous_offsets",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    request: AlterOffsetRequestInfo
    status: AlterOffsetPhase
    applied_at: datetime.datetime | None | Unset = UNSET
    previous_offsets: list[PartitionOffset] | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        status = self.status.to_dict()

        applied_at: None | str | Unset
        if isinstance(self.applied_at, Unset):
            applied_at = UNSET
        elif isinstance(self.applied_at, datetime.datetime):
            applied_at = self.applied_at.isoformat()
        else:
            applied_at = self.applied_at

        previous_offsets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.previous_offsets, Unset):
            previous_offsets = []
            for componentsschemasconnect_v_1_offsets_item_data in self.previous_offsets:
                componentsschemasconnect_v_1_offsets_item = (
                    componentsschemasconnect_v_1_offsets_item_data.to_dict()
                )
                previous_offsets.append(componentsschemasconnect_v_1_offsets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
                "status": status,
            }
        )
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at
        if previous_offsets is not UNSET:
            field_dict["previous_offsets"] = previous_offsets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("AlterOffsetStatus", "", "object", src_dict)
        d = dict(src_dict)
        request = AlterOffsetRequestInfo.from_dict(d.pop("request"))

        status = AlterOffsetPhase.from_dict(d.pop("status"))

        def _parse_applied_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_at_type_0 = datetime.datetime.fromisoformat(data)

                return applied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        applied_at = _parse_applied_at(d.pop("applied_at", UNSET))

        _previous_offsets = d.pop("previous_offsets", UNSET)
        previous_offsets: list[PartitionOffset] | Unset = UNSET
        if _previous_offsets is not UNSET:
            if not isinstance(_previous_offsets, list):
                raise ShapeError("previous_offsets", "", "array", _previous_offsets)
            previous_offsets = []
            for componentsschemasconnect_v_1_offsets_item_data in _previous_offsets:
                componentsschemasconnect_v_1_offsets_item = PartitionOffset.from_dict(
                    componentsschemasconnect_v_1_offsets_item_data
                )

                previous_offsets.append(componentsschemasconnect_v_1_offsets_item)

        alter_offset_status = cls(
            request=request,
            status=status,
            applied_at=applied_at,
            previous_offsets=previous_offsets,
        )

        object.__setattr__(
            alter_offset_status, "additional_properties", MappingProxyType(d)
        )
        return alter_offset_status

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


from ..models.alter_offset_phase import AlterOffsetPhase
from ..models.alter_offset_request_info import AlterOffsetRequestInfo
from ..models.partition_offset import PartitionOffset
