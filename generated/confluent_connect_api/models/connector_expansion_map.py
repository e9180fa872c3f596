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
    from ..models.connector_expansion import ConnectorExpansion


@_attrs_define(frozen=True)
class ConnectorExpansionMap(GeneratedModel, Mapping[str, "ConnectorExpansion"]):
    _json_keys: ClassVar[dict[str, str]] = {}
    _attributes: ClassVar[dict[str, str]] = {}
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    additional_properties: Mapping[str, ConnectorExpansion] = _attrs_field(
        kw_only=True, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
            raise ShapeError("ConnectorExpansionMap", "", "object", src)
        for key, value in d.items():
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConnectorExpansion", "", "object", value)
            value1 = d1.get("id", UNSET)
            if value1 is not UNSET:
                if value1.__class__ is dict:
                    d2 = value1 if owned else value1.copy()
                elif isinstance(value1, Mapping):
                    d2 = dict(value1)
                else:
                    raise ShapeError("ConnectorId", "", "object", value1)
                value2 = d2.get("id", UNSET)
                if value2 is not UNSET:
                    if not isinstance(value2, str):
                        raise ShapeError("ConnectorId", "id", "str", value2)

                value2 = d2.get("id_type", UNSET)
                if value2 is not UNSET:
                    if not isinstance(value2, str):
                        raise ShapeError("ConnectorId", "id_type", "str", value2)

                if d2 is not value1:
                    d1["id"] = d2

            value1 = d1.get("info", UNSET)
            if value1 is not UNSET:
                if value1.__class__ is dict:
                    d2 = value1 if owned else value1.copy()
                elif isinstance(value1, Mapping):
                    d2 = dict(value1)
                else:
                    raise ShapeError("ConnectorInfo", "", "object", value1)
                value2 = d2["config"]
                if value2.__class__ is dict:
                    d3 = value2 if owned else value2.copy()
                elif isinstance(value2, Mapping):
                    d3 = dict(value2)
                else:
                    raise ShapeError("ConnectorInfoConfig", "", "object", value2)
                try:  # str.join checks every value is a str in one C loop: the fast common case
                    "".join(d3.values())
                except TypeError:
                    key3 = next(k for k, v in d3.items() if not isinstance(v, str))
                    raise ShapeError(
                        "ConnectorInfoConfig", key3, "str", d3[key3]
                    ) from None
                if "connector.class" not in d3:
                    raise KeyError("connector.class")
                if "name" not in d3:
                    raise KeyError("name")

                if d3 is not value2:
                    d2["config"] = d3

                value2 = d2["name"]
                if not isinstance(value2, str):
                    raise ShapeError("ConnectorInfo", "name", "str", value2)

                if d2 is not value1:
                    d1["info"] = d2

            value1 = d1.get("status", UNSET)
            if value1 is not UNSET:
                if value1.__class__ is dict:
                    d2 = value1 if owned else value1.copy()
                elif isinstance(value1, Mapping):
                    d2 = dict(value1)
                else:
                    raise ShapeError("ConnectorExpansionStatus", "", "object", value1)
                value2 = d2["connector"]
                if value2.__class__ is dict:
                    d3 = value2 if owned else value2.copy()
                elif isinstance(value2, Mapping):
                    d3 = dict(value2)
                else:
                    raise ShapeError("ConnectorExpansionState", "", "object", value2)
                value3 = d3["state"]
                if not isinstance(value3, str):
                    raise ShapeError("ConnectorExpansionState", "state", "str", value3)

                value3 = d3["worker_id"]
                if not isinstance(value3, str):
                    raise ShapeError(
                        "ConnectorExpansionState", "worker_id", "str", value3
                    )

                value3 = d3.get("trace", UNSET)
                if value3 is not UNSET:
                    if not isinstance(value3, str):
                        raise ShapeError(
                            "ConnectorExpansionState", "trace", "str", value3
                        )

                if d3 is not value2:
                    d2["connector"] = d3

                value2 = d2["name"]
                if not isinstance(value2, str):
                    raise ShapeError("ConnectorExpansionStatus", "name", "str", value2)

                value2 = d2["type"]
                if not isinstance(value2, str):
                    raise ShapeError("ConnectorExpansionStatus", "type", "str", value2)

                value2 = d2.get("tasks", UNSET)
                if value2 is not UNSET:
                    if not isinstance(value2, list):
                        raise ShapeError(
                            "ConnectorExpansionStatus", "tasks", "array", value2
                        )
                    items2: list[Any] = []
                    for item2 in value2:
                        if item2.__class__ is dict:
                            d3 = item2 if owned else item2.copy()
                        elif isinstance(item2, Mapping):
                            d3 = dict(item2)
                        else:
                            raise ShapeError("TaskStatus", "", "object", item2)
                        value3 = d3["id"]
                        if value3.__class__ is not int and (
                            not isinstance(value3, int) or isinstance(value3, bool)
                        ):
                            raise ShapeError("TaskStatus", "id", "int", value3)

                        value3 = d3["state"]
                        if not isinstance(value3, str):
                            raise ShapeError("TaskStatus", "state", "str", value3)

                        value3 = d3["worker_id"]
                        if not isinstance(value3, str):
                            raise ShapeError("TaskStatus", "worker_id", "str", value3)

                        value3 = d3.get("msg", UNSET)
                        if value3 is not UNSET:
                            if not isinstance(value3, str):
                                raise ShapeError("TaskStatus", "msg", "str", value3)

                        items2.append(d3)
                    d2["tasks"] = items2

                if d2 is not value1:
                    d1["status"] = d2

            if d1 is not value:
                d[key] = d1

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(
            self,
            "additional_properties",
            ReadOnlyMapping._over(
                {key: ConnectorExpansion._wrap(item) for key, item in data.items()}
            ),
        )

    def __repr__(self) -> str:
        return redacted_repr(self)

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        yield from redacted_data(self).items()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConnectorExpansion:
        attribute = self._attributes.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value: ConnectorExpansion | Unset = getattr(self, attribute)
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


from ..models.connector_expansion import ConnectorExpansion
