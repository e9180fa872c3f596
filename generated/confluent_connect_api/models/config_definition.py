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

T = TypeVar("T", bound="ConfigDefinition")


@_attrs_define(frozen=True)
class ConfigDefinition(Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConfigDefinition", "", "object", src_dict)
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)
        if alias is not UNSET and (not isinstance(alias, str)):
            raise ShapeError("ConfigDefinition", "alias", "str", alias)

        default_value = d.pop("default_value", UNSET)
        if default_value is not UNSET and (not isinstance(default_value, str)):
            raise ShapeError("ConfigDefinition", "default_value", "str", default_value)

        dependents = cast(list[str], d.pop("dependents", UNSET))
        if not isinstance(dependents, Unset) and (
            not isinstance(dependents, list)
            or not all(isinstance(item, str) for item in dependents)
        ):
            raise ShapeError("dependents", "", "array of str", dependents)

        display_name = d.pop("display_name", UNSET)
        if display_name is not UNSET and (not isinstance(display_name, str)):
            raise ShapeError("ConfigDefinition", "display_name", "str", display_name)

        documentation = d.pop("documentation", UNSET)
        if documentation is not UNSET and (not isinstance(documentation, str)):
            raise ShapeError("ConfigDefinition", "documentation", "str", documentation)

        group = d.pop("group", UNSET)
        if group is not UNSET and (not isinstance(group, str)):
            raise ShapeError("ConfigDefinition", "group", "str", group)

        importance = d.pop("importance", UNSET)
        if importance is not UNSET and (not isinstance(importance, str)):
            raise ShapeError("ConfigDefinition", "importance", "str", importance)

        name = d.pop("name", UNSET)
        if name is not UNSET and (not isinstance(name, str)):
            raise ShapeError("ConfigDefinition", "name", "str", name)

        order = d.pop("order", UNSET)
        if order is not UNSET and (
            not isinstance(order, int) or isinstance(order, bool) != False
        ):
            raise ShapeError("ConfigDefinition", "order", "int", order)

        required = d.pop("required", UNSET)
        if required is not UNSET and (
            not isinstance(required, bool) or isinstance(required, bool) != True
        ):
            raise ShapeError("ConfigDefinition", "required", "bool", required)

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and (not isinstance(type_, str)):
            raise ShapeError("ConfigDefinition", "type", "str", type_)

        width = d.pop("width", UNSET)
        if width is not UNSET and (not isinstance(width, str)):
            raise ShapeError("ConfigDefinition", "width", "str", width)

        config_definition = cls(
            alias=alias,
            default_value=default_value,
            dependents=dependents,
            display_name=display_name,
            documentation=documentation,
            group=group,
            importance=importance,
            name=name,
            order=order,
            required=required,
            type_=type_,
            width=width,
        )

        object.__setattr__(
            config_definition, "additional_properties", MappingProxyType(d)
        )
        return config_definition

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
