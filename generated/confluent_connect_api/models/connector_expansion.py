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
    from ..models.connector_expansion_status import ConnectorExpansionStatus
    from ..models.connector_id import ConnectorId
    from ..models.connector_info import ConnectorInfo


T = TypeVar("T", bound="ConnectorExpansion")


@_attrs_define(frozen=True)
class ConnectorExpansion(Mapping[str, "Any"]):
    """Name of connector

    Attributes:
        id (ConnectorId | Unset): The ID of connector.
        info (ConnectorInfo | Unset): Metadata of the connector.
        status (ConnectorExpansionStatus | Unset): Status of the connector and its tasks.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "info": "info",
        "status": "status",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "id": "id",
        "info": "info",
        "status": "status",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    id: ConnectorId | Unset = UNSET
    info: ConnectorInfo | Unset = UNSET
    status: ConnectorExpansionStatus | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if info is not UNSET:
            field_dict["info"] = info
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorExpansion", "", "object", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: ConnectorId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = ConnectorId.from_dict(_id)

        _info = d.pop("info", UNSET)
        info: ConnectorInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ConnectorInfo.from_dict(_info)

        _status = d.pop("status", UNSET)
        status: ConnectorExpansionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConnectorExpansionStatus.from_dict(_status)

        connector_expansion = cls(
            id=id,
            info=info,
            status=status,
        )

        object.__setattr__(
            connector_expansion, "additional_properties", MappingProxyType(d)
        )
        return connector_expansion

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


from ..models.connector_expansion_status import ConnectorExpansionStatus
from ..models.connector_id import ConnectorId
from ..models.connector_info import ConnectorInfo
