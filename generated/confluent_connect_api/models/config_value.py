from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="ConfigValue")


@_attrs_define(frozen=True)
class ConfigValue(Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConfigValue", "", "object", src_dict)
        d = dict(src_dict)
        errors = cast(list[str], d.pop("errors", UNSET))
        if not isinstance(errors, Unset) and (
            not isinstance(errors, list)
            or not all(isinstance(item, str) for item in errors)
        ):
            raise ShapeError("errors", "", "array of str", errors)

        name = d.pop("name", UNSET)
        if name is not UNSET and (not isinstance(name, str)):
            raise ShapeError("ConfigValue", "name", "str", name)

        recommended_values = cast(list[str], d.pop("recommended_values", UNSET))
        if not isinstance(recommended_values, Unset) and (
            not isinstance(recommended_values, list)
            or not all(isinstance(item, str) for item in recommended_values)
        ):
            raise ShapeError(
                "recommended_values", "", "array of str", recommended_values
            )

        value = d.pop("value", UNSET)
        if value is not UNSET and (not isinstance(value, str)):
            raise ShapeError("ConfigValue", "value", "str", value)

        visible = d.pop("visible", UNSET)
        if visible is not UNSET and (
            not isinstance(visible, bool) or isinstance(visible, bool) != True
        ):
            raise ShapeError("ConfigValue", "visible", "bool", visible)

        config_value = cls(
            errors=errors,
            name=name,
            recommended_values=recommended_values,
            value=value,
            visible=visible,
        )

        object.__setattr__(config_value, "additional_properties", MappingProxyType(d))
        return config_value

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
