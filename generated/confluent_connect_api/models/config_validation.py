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
    from ..models.config_validation_entry import ConfigValidationEntry


@_attrs_define(frozen=True)
class ConfigValidation(GeneratedModel, Mapping[str, "Any"]):
    """
    Example:
        {'configs': [{'definition': {'alias': 'alias', 'default_value': 'default_value', 'dependents': ['dependents',
            'dependents'], 'display_name': 'display_name', 'documentation': 'documentation', 'group': 'group', 'importance':
            'NONE', 'name': 'name', 'order': 6, 'required': True, 'type': 'NONE', 'width': 'NONE'}, 'metadata': '{}',
            'value': {'errors': ['errors', 'errors'], 'name': 'name', 'recommended_values': ['recommended_values',
            'recommended_values'], 'value': 'value', 'visible': True}}, {'definition': {'alias': 'alias', 'default_value':
            'default_value', 'dependents': ['dependents', 'dependents'], 'display_name': 'display_name', 'documentation':
            'documentation', 'group': 'group', 'importance': 'NONE', 'name': 'name', 'order': 6, 'required': True, 'type':
            'NONE', 'width': 'NONE'}, 'metadata': '{}', 'value': {'errors': ['errors', 'errors'], 'name': 'name',
            'recommended_values': ['recommended_values', 'recommended_values'], 'value': 'value', 'visible': True}}],
            'error_count': 0, 'groups': ['groups', 'groups'], 'name': 'name'}

    Attributes:
        configs (list[ConfigValidationEntry] | Unset):
        error_count (int | Unset): The total number of errors encountered during configuration validation.
        groups (list[str] | Unset): The list of groups used in configuration definitions.
        name (str | Unset): The class name of the connector plugin.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "configs": "configs",
        "error_count": "error_count",
        "groups": "groups",
        "name": "name",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "configs": "configs",
        "error_count": "error_count",
        "groups": "groups",
        "name": "name",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    configs: list[ConfigValidationEntry] | Unset = UNSET
    error_count: int | Unset = UNSET
    groups: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        error_count = self.error_count

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configs is not UNSET:
            field_dict["configs"] = configs
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if groups is not UNSET:
            field_dict["groups"] = groups
        if name is not UNSET:
            field_dict["name"] = name

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
            raise ShapeError("ConfigValidation", "", "object", src)
        value = d.get("configs", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConfigValidation", "configs", "array", value)
            items0: list[Any] = []
            for item0 in value:
                if item0.__class__ is dict:
                    d1 = item0 if owned else item0.copy()
                elif isinstance(item0, Mapping):
                    d1 = dict(item0)
                else:
                    raise ShapeError("ConfigValidationEntry", "", "object", item0)
                value1 = d1.get("definition", UNSET)
                if value1 is not UNSET:
                    if value1.__class__ is dict:
                        d2 = value1 if owned else value1.copy()
                    elif isinstance(value1, Mapping):
                        d2 = dict(value1)
                    else:
                        raise ShapeError("ConfigDefinition", "", "object", value1)
                    value2 = d2.get("alias", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigDefinition", "alias", "str", value2)

                    value2 = d2.get("default_value", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError(
                                "ConfigDefinition", "default_value", "str", value2
                            )

                    value2 = d2.get("dependents", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, list):
                            raise ShapeError(
                                "ConfigDefinition", "dependents", "array", value2
                            )
                        try:  # str.join checks every item is a str in one C loop
                            "".join(value2)
                        except TypeError:
                            raise ShapeError(
                                "ConfigDefinition", "dependents", "array of str", value2
                            ) from None
                        if not owned:
                            d2["dependents"] = list(value2)

                    value2 = d2.get("display_name", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError(
                                "ConfigDefinition", "display_name", "str", value2
                            )

                    value2 = d2.get("documentation", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError(
                                "ConfigDefinition", "documentation", "str", value2
                            )

                    value2 = d2.get("group", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigDefinition", "group", "str", value2)

                    value2 = d2.get("importance", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError(
                                "ConfigDefinition", "importance", "str", value2
                            )

                    value2 = d2.get("name", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigDefinition", "name", "str", value2)

                    value2 = d2.get("order", UNSET)
                    if value2 is not UNSET:
                        if value2.__class__ is not int and (
                            not isinstance(value2, int) or isinstance(value2, bool)
                        ):
                            raise ShapeError("ConfigDefinition", "order", "int", value2)

                    value2 = d2.get("required", UNSET)
                    if value2 is not UNSET:
                        if value2 is not True and value2 is not False:
                            raise ShapeError(
                                "ConfigDefinition", "required", "bool", value2
                            )

                    value2 = d2.get("type", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigDefinition", "type", "str", value2)

                    value2 = d2.get("width", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigDefinition", "width", "str", value2)

                    if d2 is not value1:
                        d1["definition"] = d2

                value1 = d1.get("metadata", UNSET)
                if value1 is not UNSET:
                    if value1.__class__ is dict:
                        d2 = value1 if owned else value1.copy()
                    elif isinstance(value1, Mapping):
                        d2 = dict(value1)
                    else:
                        raise ShapeError("ConfigMetadata", "", "object", value1)

                    if d2 is not value1:
                        d1["metadata"] = d2

                value1 = d1.get("value", UNSET)
                if value1 is not UNSET:
                    if value1.__class__ is dict:
                        d2 = value1 if owned else value1.copy()
                    elif isinstance(value1, Mapping):
                        d2 = dict(value1)
                    else:
                        raise ShapeError("ConfigValue", "", "object", value1)
                    value2 = d2.get("errors", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, list):
                            raise ShapeError("ConfigValue", "errors", "array", value2)
                        try:  # str.join checks every item is a str in one C loop
                            "".join(value2)
                        except TypeError:
                            raise ShapeError(
                                "ConfigValue", "errors", "array of str", value2
                            ) from None
                        if not owned:
                            d2["errors"] = list(value2)

                    value2 = d2.get("name", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigValue", "name", "str", value2)

                    value2 = d2.get("recommended_values", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, list):
                            raise ShapeError(
                                "ConfigValue", "recommended_values", "array", value2
                            )
                        try:  # str.join checks every item is a str in one C loop
                            "".join(value2)
                        except TypeError:
                            raise ShapeError(
                                "ConfigValue",
                                "recommended_values",
                                "array of str",
                                value2,
                            ) from None
                        if not owned:
                            d2["recommended_values"] = list(value2)

                    value2 = d2.get("value", UNSET)
                    if value2 is not UNSET:
                        if not isinstance(value2, str):
                            raise ShapeError("ConfigValue", "value", "str", value2)

                    value2 = d2.get("visible", UNSET)
                    if value2 is not UNSET:
                        if value2 is not True and value2 is not False:
                            raise ShapeError("ConfigValue", "visible", "bool", value2)

                    if d2 is not value1:
                        d1["value"] = d2

                items0.append(d1)
            d["configs"] = items0

        value = d.get("error_count", UNSET)
        if value is not UNSET:
            if value.__class__ is not int and (
                not isinstance(value, int) or isinstance(value, bool)
            ):
                raise ShapeError("ConfigValidation", "error_count", "int", value)

        value = d.get("groups", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConfigValidation", "groups", "array", value)
            try:  # str.join checks every item is a str in one C loop
                "".join(value)
            except TypeError:
                raise ShapeError(
                    "ConfigValidation", "groups", "array of str", value
                ) from None
            if not owned:
                d["groups"] = list(value)

        value = d.get("name", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("ConfigValidation", "name", "str", value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        value = data.get("configs", UNSET)
        set_field(
            self,
            "configs",
            value
            if value is UNSET
            else [ConfigValidationEntry._wrap(item0) for item0 in value],
        )
        set_field(self, "error_count", data.get("error_count", UNSET))
        set_field(self, "groups", data.get("groups", UNSET))
        set_field(self, "name", data.get("name", UNSET))
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


from ..models.config_validation_entry import ConfigValidationEntry
