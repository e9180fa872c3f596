from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Self

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


@_attrs_define(frozen=True)
class ConnectorPlugin(GeneratedModel, Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

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
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("ConnectorPlugin", "", "object", src)
        value = d["class"]
        if not isinstance(value, str):
            raise ShapeError("ConnectorPlugin", "class", "str", value)

        value = d["type"]
        if not isinstance(value, str):
            raise ShapeError("ConnectorPlugin", "type", "str", value)

        value = d.get("version", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConnectorPlugin", "version", "str", value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "class_", data["class"])
        set_field(self, "type_", data["type"])
        set_field(self, "version", data.get("version", UNSET))
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
