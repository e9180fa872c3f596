from __future__ import annotations

import datetime
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
    from ..models.alter_offset_phase import AlterOffsetPhase
    from ..models.alter_offset_request_info import AlterOffsetRequestInfo
    from ..models.partition_offset import PartitionOffset


@_attrs_define(frozen=True)
class AlterOffsetStatus(GeneratedModel, Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

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
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("AlterOffsetStatus", "", "object", src)
        value = d["request"]
        d["request"] = AlterOffsetRequestInfo._check(value, owned)

        value = d["status"]
        if value.__class__ is dict:
            d1 = value if owned else value.copy()
        elif isinstance(value, Mapping):
            d1 = dict(value)
        else:
            raise ShapeError("AlterOffsetPhase", "", "object", value)
        value1 = d1["phase"]
        if not isinstance(value1, str):
            raise ShapeError("AlterOffsetPhase", "phase", "str", value1)

        value1 = d1.get("message", UNSET)
        if value1 is not UNSET:
            if not isinstance(value1, str):
                raise ShapeError("AlterOffsetPhase", "message", "str", value1)

        if d1 is not value:
            d["status"] = d1

        value = d.get("applied_at", UNSET)
        if value is not UNSET:

            def check_applied_at(value: Any) -> Any:
                if value is None:
                    return None
                try:
                    checked: Any = value
                    if not isinstance(value, str):
                        raise ShapeError(
                            "AlterOffsetStatus", "applied_at", "str", value
                        )
                    try:
                        checked = datetime.datetime.fromisoformat(value)
                    except ValueError:
                        raise ShapeError(
                            "AlterOffsetStatus",
                            "applied_at",
                            "an ISO 8601 date-time",
                            value,
                        ) from None

                    return checked
                except (TypeError, KeyError, ValueError):  # ShapeError is a TypeError
                    pass
                raise ShapeError(
                    "AlterOffsetStatus", "applied_at", "datetime.datetime | None", value
                )

            d["applied_at"] = check_applied_at(value)

        value = d.get("previous_offsets", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError(
                    "AlterOffsetStatus", "previous_offsets", "array", value
                )
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
            d["previous_offsets"] = items0

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "request", AlterOffsetRequestInfo._wrap(data["request"]))
        set_field(self, "status", AlterOffsetPhase._wrap(data["status"]))
        set_field(self, "applied_at", data.get("applied_at", UNSET))
        value = data.get("previous_offsets", UNSET)
        set_field(
            self,
            "previous_offsets",
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


from ..models.alter_offset_phase import AlterOffsetPhase
from ..models.alter_offset_request_info import AlterOffsetRequestInfo
from ..models.partition_offset import PartitionOffset
