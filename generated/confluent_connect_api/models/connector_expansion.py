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
    from ..models.connector_expansion_status import ConnectorExpansionStatus
    from ..models.connector_id import ConnectorId
    from ..models.connector_info import ConnectorInfo


@_attrs_define(frozen=True)
class ConnectorExpansion(GeneratedModel, Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

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
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("ConnectorExpansion", "", "object", src)
        value = d.get("id", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConnectorId", "", "object", value)
            value1 = d1.get("id", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConnectorId", "id", "str", value1)

            value1 = d1.get("id_type", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConnectorId", "id_type", "str", value1)

            if d1 is not value:
                d["id"] = d1

        value = d.get("info", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConnectorInfo", "", "object", value)
            value1 = d1["config"]
            if value1.__class__ is dict:
                d2 = value1 if owned else value1.copy()
            elif isinstance(value1, Mapping):
                d2 = dict(value1)
            else:
                raise ShapeError("ConnectorInfoConfig", "", "object", value1)
            try:  # str.join checks every value is a str in one C loop: the fast common case
                "".join(d2.values())
            except TypeError:
                key2 = next(k for k, v in d2.items() if not isinstance(v, str))
                raise ShapeError("ConnectorInfoConfig", key2, "str", d2[key2]) from None
            if "connector.class" not in d2:
                raise KeyError("connector.class")
            if "name" not in d2:
                raise KeyError("name")

            if d2 is not value1:
                d1["config"] = d2

            value1 = d1["name"]
            if not isinstance(value1, str):
                raise ShapeError("ConnectorInfo", "name", "str", value1)

            if d1 is not value:
                d["info"] = d1

        value = d.get("status", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConnectorExpansionStatus", "", "object", value)
            value1 = d1["connector"]
            if value1.__class__ is dict:
                d2 = value1 if owned else value1.copy()
            elif isinstance(value1, Mapping):
                d2 = dict(value1)
            else:
                raise ShapeError("ConnectorExpansionState", "", "object", value1)
            value2 = d2["state"]
            if not isinstance(value2, str):
                raise ShapeError("ConnectorExpansionState", "state", "str", value2)

            value2 = d2["worker_id"]
            if not isinstance(value2, str):
                raise ShapeError("ConnectorExpansionState", "worker_id", "str", value2)

            value2 = d2.get("trace", UNSET)
            if value2 is not UNSET:
                if not isinstance(value2, str):
                    raise ShapeError("ConnectorExpansionState", "trace", "str", value2)

            if d2 is not value1:
                d1["connector"] = d2

            value1 = d1["name"]
            if not isinstance(value1, str):
                raise ShapeError("ConnectorExpansionStatus", "name", "str", value1)

            value1 = d1["type"]
            if not isinstance(value1, str):
                raise ShapeError("ConnectorExpansionStatus", "type", "str", value1)

            value1 = d1.get("tasks", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, list):
                    raise ShapeError(
                        "ConnectorExpansionStatus", "tasks", "array", value1
                    )
                items1: list[Any] = []
                for item1 in value1:
                    if item1.__class__ is dict:
                        d2 = item1 if owned else item1.copy()
                    elif isinstance(item1, Mapping):
                        d2 = dict(item1)
                    else:
                        raise ShapeError("TaskStatus", "", "object", item1)
                    value2 = d2["id"]
                    if value2.__class__ is not int and (
                        not isinstance(value2, int) or isinstance(value2, bool)
                    ):
                        raise ShapeError("TaskStatus", "id", "int", value2)

                    value2 = d2["state"]
                    if not isinstance(value2, str):
                        raise ShapeError("TaskStatus", "state", "str", value2)

                    value2 = d2["worker_id"]
                    if not isinstance(value2, str):
                        raise ShapeError("TaskStatus", "worker_id", "str", value2)

                    value2 = d2.get("msg", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("TaskStatus", "msg", "str", value2)

                    items1.append(d2)
                d1["tasks"] = items1

            if d1 is not value:
                d["status"] = d1

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        value = data.get("id", UNSET)
        set_field(self, "id", value if value is UNSET else ConnectorId._wrap(value))
        value = data.get("info", UNSET)
        set_field(self, "info", value if value is UNSET else ConnectorInfo._wrap(value))
        value = data.get("status", UNSET)
        set_field(
            self,
            "status",
            value if value is UNSET else ConnectorExpansionStatus._wrap(value),
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


from ..models.connector_expansion_status import ConnectorExpansionStatus
from ..models.connector_id import ConnectorId
from ..models.connector_info import ConnectorInfo
