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
class ConfigDefinition(GeneratedModel, Mapping[str, "Any"]):
    """The definition for a config in the connector plugin, which includes the name, type, importance, etc.

    Example:
        {'alias': 'alias', 'default_value': 'default_value', 'dependents': ['dependents', 'dependents'], 'display_name':
            'display_name', 'documentation': 'documentation', 'group': 'group', 'importance': 'NONE', 'name': 'name',
            'order': 6, 'required': True, 'type': 'NONE', 'width': 'NONE'}

    Attributes:
        alias (str | Unset):
        default_value (str | Unset): Default value for this configuration
        dependents (list[str] | Unset): Other configurations on which this configuration is dependent
        display_name (str | Unset):
        documentation (str | Unset): The documentation for the configuration
        group (str | Unset): The UI group to which the configuration belongs to
        importance (str | Unset): The importance level for a configuration
        name (str | Unset): The name of the configuration
        order (int | Unset): The order of configuration in specified group
        required (bool | Unset): Whether this configuration is required
        type_ (str | Unset): The config types
        width (str | Unset): The width of a configuration value
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "default_value": "default_value",
        "dependents": "dependents",
        "display_name": "display_name",
        "documentation": "documentation",
        "group": "group",
        "importance": "importance",
        "name": "name",
        "order": "order",
        "required": "required",
        "type_": "type",
        "width": "width",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "alias": "alias",
        "default_value": "default_value",
        "dependents": "dependents",
        "display_name": "display_name",
        "documentation": "documentation",
        "group": "group",
        "importance": "importance",
        "name": "name",
        "order": "order",
        "required": "required",
        "type": "type_",
        "width": "width",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    alias: str | Unset = UNSET
    default_value: str | Unset = UNSET
    dependents: list[str] | Unset = UNSET
    display_name: str | Unset = UNSET
    documentation: str | Unset = UNSET
    group: str | Unset = UNSET
    importance: str | Unset = UNSET
    name: str | Unset = UNSET
    order: int | Unset = UNSET
    required: bool | Unset = UNSET
    type_: str | Unset = UNSET
    width: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        default_value = self.default_value

        dependents: list[str] | Unset = UNSET
        if not isinstance(self.dependents, Unset):
            dependents = self.dependents

        display_name = self.display_name

        documentation = self.documentation

        group = self.group

        importance = self.importance

        name = self.name

        order = self.order

        required = self.required

        type_ = self.type_

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if dependents is not UNSET:
            field_dict["dependents"] = dependents
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if group is not UNSET:
            field_dict["group"] = group
        if importance is not UNSET:
            field_dict["importance"] = importance
        if name is not UNSET:
            field_dict["name"] = name
        if order is not UNSET:
            field_dict["order"] = order
        if required is not UNSET:
            field_dict["required"] = required
        if type_ is not UNSET:
            field_dict["type"] = type_
        if width is not UNSET:
            field_dict["width"] = width

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
            raise ShapeError("ConfigDefinition", "", "object", src)
        value = d.get("alias", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "alias", "str", value)

        value = d.get("default_value", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "default_value", "str", value)

        value = d.get("dependents", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConfigDefinition", "dependents", "array", value)
            try:  # str.join checks every item is a str in one C loop
                "".join(value)
            except TypeError:
                raise ShapeError(
                    "ConfigDefinition", "dependents", "array of str", value
                ) from None
            if not owned:
                d["dependents"] = list(value)

        value = d.get("display_name", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "display_name", "str", value)

        value = d.get("documentation", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "documentation", "str", value)

        value = d.get("group", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "group", "str", value)

        value = d.get("importance", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "importance", "str", value)

        value = d.get("name", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "name", "str", value)

        value = d.get("order", UNSET)
        if value is not UNSET:
            if value.__class__ is not int and (
                not isinstance(value, int) or isinstance(value, bool)
            ):
                raise ShapeError("ConfigDefinition", "order", "int", value)

        value = d.get("required", UNSET)
        if value is not UNSET:
            if value is not True and value is not False:
                raise ShapeError("ConfigDefinition", "required", "bool", value)

        value = d.get("type", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "type", "str", value)

        value = d.get("width", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigDefinition", "width", "str", value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "alias", data.get("alias", UNSET))
        set_field(self, "default_value", data.get("default_value", UNSET))
        set_field(self, "dependents", data.get("dependents", UNSET))
        set_field(self, "display_name", data.get("display_name", UNSET))
        set_field(self, "documentation", data.get("documentation", UNSET))
        set_field(self, "group", data.get("group", UNSET))
        set_field(self, "importance", data.get("importance", UNSET))
        set_field(self, "name", data.get("name", UNSET))
        set_field(self, "order", data.get("order", UNSET))
        set_field(self, "required", data.get("required", UNSET))
        set_field(self, "type_", data.get("type", UNSET))
        set_field(self, "width", data.get("width", UNSET))
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
