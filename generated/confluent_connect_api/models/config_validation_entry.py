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
    from ..models.config_definition import ConfigDefinition
    from ..models.config_metadata import ConfigMetadata
    from ..models.config_value import ConfigValue


@_attrs_define(frozen=True)
class ConfigValidationEntry(GeneratedModel, Mapping[str, "Any"]):
    """
    Example:
        {'definition': {'alias': 'alias', 'default_value': 'default_value', 'dependents': ['dependents', 'dependents'],
            'display_name': 'display_name', 'documentation': 'documentation', 'group': 'group', 'importance': 'NONE',
            'name': 'name', 'order': 6, 'required': True, 'type': 'NONE', 'width': 'NONE'}, 'metadata': '{}', 'value':
            {'errors': ['errors', 'errors'], 'name': 'name', 'recommended_values': ['recommended_values',
            'recommended_values'], 'value': 'value', 'visible': True}}

    Attributes:
        definition (ConfigDefinition | Unset): The definition for a config in the connector plugin, which includes the
            name, type, importance, etc. Example: {'alias': 'alias', 'default_value': 'default_value', 'dependents':
            ['dependents', 'dependents'], 'display_name': 'display_name', 'documentation': 'documentation', 'group':
            'group', 'importance': 'NONE', 'name': 'name', 'order': 6, 'required': True, 'type': 'NONE', 'width': 'NONE'}.
        metadata (ConfigMetadata | Unset): Map of metadata details about the connector configuration, such as type of
            input, etc.
        value (ConfigValue | Unset): The current value for a config, which includes the name, value, recommended values,
            etc. Example: {'errors': ['errors', 'errors'], 'name': 'name', 'recommended_values': ['recommended_values',
            'recommended_values'], 'value': 'value', 'visible': True}.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "definition": "definition",
        "metadata": "metadata",
        "value": "value",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "definition": "definition",
        "metadata": "metadata",
        "value": "value",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())
    _entry_fields: ClassVar[tuple[str, ...]] = (
        "definition",
        "metadata",
        "value",
    )

    definition: ConfigDefinition | Unset = UNSET
    metadata: ConfigMetadata | Unset = UNSET
    value: ConfigValue | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if definition is not UNSET:
            field_dict["definition"] = definition
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if value is not UNSET:
            field_dict["value"] = value

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
            raise ShapeError("ConfigValidationEntry", "", "object", src)
        value = d.get("definition", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConfigDefinition", "", "object", value)
            value1 = d1.get("alias", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "alias", "str", value1)

            value1 = d1.get("default_value", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "default_value", "str", value1)

            value1 = d1.get("dependents", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, list):
                    raise ShapeError("ConfigDefinition", "dependents", "array", value1)
                try:  # str.join checks every item is a str in one C loop
                    "".join(value1)
                except TypeError:
                    raise ShapeError(
                        "ConfigDefinition", "dependents", "array of str", value1
                    ) from None
                if not owned:
                    d1["dependents"] = list(value1)

            value1 = d1.get("display_name", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "display_name", "str", value1)

            value1 = d1.get("documentation", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "documentation", "str", value1)

            value1 = d1.get("group", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "group", "str", value1)

            value1 = d1.get("importance", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "importance", "str", value1)

            value1 = d1.get("name", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "name", "str", value1)

            value1 = d1.get("order", UNSET)
            if value1 is not UNSET:
                if value1.__class__ is not int and (
                    not isinstance(value1, int) or isinstance(value1, bool)
                ):
                    raise ShapeError("ConfigDefinition", "order", "int", value1)

            value1 = d1.get("required", UNSET)
            if value1 is not UNSET:
                if value1 is not True and value1 is not False:
                    raise ShapeError("ConfigDefinition", "required", "bool", value1)

            value1 = d1.get("type", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "type", "str", value1)

            value1 = d1.get("width", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigDefinition", "width", "str", value1)

            if d1 is not value:
                d["definition"] = d1

        value = d.get("metadata", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConfigMetadata", "", "object", value)

            if d1 is not value:
                d["metadata"] = d1

        value = d.get("value", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("ConfigValue", "", "object", value)
            value1 = d1.get("errors", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, list):
                    raise ShapeError("ConfigValue", "errors", "array", value1)
                try:  # str.join checks every item is a str in one C loop
                    "".join(value1)
                except TypeError:
                    raise ShapeError(
                        "ConfigValue", "errors", "array of str", value1
                    ) from None
                if not owned:
                    d1["errors"] = list(value1)

            value1 = d1.get("name", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigValue", "name", "str", value1)

            value1 = d1.get("recommended_values", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, list):
                    raise ShapeError(
                        "ConfigValue", "recommended_values", "array", value1
                    )
                try:  # str.join checks every item is a str in one C loop
                    "".join(value1)
                except TypeError:
                    raise ShapeError(
                        "ConfigValue", "recommended_values", "array of str", value1
                    ) from None
                if not owned:
                    d1["recommended_values"] = list(value1)

            value1 = d1.get("value", UNSET)
            if value1 is not UNSET:
                if not isinstance(value1, str):
                    raise ShapeError("ConfigValue", "value", "str", value1)

            value1 = d1.get("visible", UNSET)
            if value1 is not UNSET:
                if value1 is not True and value1 is not False:
                    raise ShapeError("ConfigValue", "visible", "bool", value1)

            if d1 is not value:
                d["value"] = d1

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        value = data.get("definition", UNSET)
        set_field(
            self,
            "definition",
            value if value is UNSET else ConfigDefinition._wrap(value),
        )
        value = data.get("metadata", UNSET)
        set_field(
            self, "metadata", value if value is UNSET else ConfigMetadata._wrap(value)
        )
        value = data.get("value", UNSET)
        set_field(self, "value", value if value is UNSET else ConfigValue._wrap(value))
        declared = self._attributes
        set_field(
            self,
            "additional_properties",
            ReadOnlyMapping._over(
                {key: item for key, item in data.items() if key not in declared}
            ),
        )
        self._mark_entries()

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


from ..models.config_definition import ConfigDefinition
from ..models.config_metadata import ConfigMetadata
from ..models.config_value import ConfigValue
