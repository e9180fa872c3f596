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
class ConfigValue(GeneratedModel, Mapping[str, "Any"]):
    """The current value for a config, which includes the name, value, recommended values, etc.

    Example:
        {'errors': ['errors', 'errors'], 'name': 'name', 'recommended_values': ['recommended_values',
            'recommended_values'], 'value': 'value', 'visible': True}

    Attributes:
        errors (list[str] | Unset): Errors, if any, in the configuration value
        name (str | Unset): The name of the configuration
        recommended_values (list[str] | Unset): The list of valid values for the configuration
        value (str | Unset): The value for the configuration
        visible (bool | Unset): The visibility of the configuration. Based on the values of other configuration
            fields, this visibility boolean value points out if the current field should be
            visible or not.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "errors": "errors",
        "name": "name",
        "recommended_values": "recommended_values",
        "value": "value",
        "visible": "visible",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "errors": "errors",
        "name": "name",
        "recommended_values": "recommended_values",
        "value": "value",
        "visible": "visible",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    errors: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    recommended_values: list[str] | Unset = UNSET
    value: str | Unset = UNSET
    visible: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        name = self.name

        recommended_values: list[str] | Unset = UNSET
        if not isinstance(self.recommended_values, Unset):
            recommended_values = self.recommended_values

        value = self.value

        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if name is not UNSET:
            field_dict["name"] = name
        if recommended_values is not UNSET:
            field_dict["recommended_values"] = recommended_values
        if value is not UNSET:
            field_dict["value"] = value
        if visible is not UNSET:
            field_dict["visible"] = visible

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
            raise ShapeError("ConfigValue", "", "object", src)
        value = d.get("errors", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConfigValue", "errors", "array", value)
            try:  # str.join checks every item is a str in one C loop
                "".join(value)
            except TypeError:
                raise ShapeError(
                    "ConfigValue", "errors", "array of str", value
                ) from None
            if not owned:
                d["errors"] = list(value)

        value = d.get("name", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigValue", "name", "str", value)

        value = d.get("recommended_values", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConfigValue", "recommended_values", "array", value)
            try:  # str.join checks every item is a str in one C loop
                "".join(value)
            except TypeError:
                raise ShapeError(
                    "ConfigValue", "recommended_values", "array of str", value
                ) from None
            if not owned:
                d["recommended_values"] = list(value)

        value = d.get("value", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigValue", "value", "str", value)

        value = d.get("visible", UNSET)
        if value is not UNSET:
            if value is not True and value is not False:
                raise ShapeError("ConfigValue", "visible", "bool", value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "errors", data.get("errors", UNSET))
        set_field(self, "name", data.get("name", UNSET))
        set_field(self, "recommended_values", data.get("recommended_values", UNSET))
        set_field(self, "value", data.get("value", UNSET))
        set_field(self, "visible", data.get("visible", UNSET))
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
