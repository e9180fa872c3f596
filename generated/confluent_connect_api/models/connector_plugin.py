from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="ConnectorPlugin")


@_attrs_define(frozen=True)
class ConnectorPlugin(Mapping[str, "Any"]):
    """
    Example:
        {'class': 'class', 'type': 'sink', 'version': 'version'}

    Attributes:
        class_ (str): The connector class name. E.g. BigQuerySink.
        type_ (str): Type of connector, sink or source.
        version (str | Unset): The version string for the connector available.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "class_": "class",
        "type_": "type",
        "version": "version",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "class": "class_",
        "type": "type_",
        "version": "version",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    class_: str
    type_: str
    version: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        class_ = self.class_

        type_ = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "class": class_,
                "type": type_,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorPlugin", "", "object", src_dict)
        d = dict(src_dict)
        class_ = d.pop("class")
        if not isinstance(class_, str):
            raise ShapeError("ConnectorPlugin", "class", "str", class_)

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise ShapeError("ConnectorPlugin", "type", "str", type_)

        version = d.pop("version", UNSET)
        if version is not UNSET and (not isinstance(version, str)):
            raise ShapeError("ConnectorPlugin", "version", "str", version)

        connector_plugin = cls(
            class_=class_,
            type_=type_,
            version=version,
        )

        object.__setattr__(
            connector_plugin, "additional_properties", MappingProxyType(d)
        )
        return connector_plugin

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
