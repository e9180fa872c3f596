from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

if TYPE_CHECKING:
    from ..models.config_validation_entry import ConfigValidationEntry


T = TypeVar("T", bound="ConfigValidation")


@_attrs_define(frozen=True)
class ConfigValidation(Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConfigValidation", "", "object", src_dict)
        d = dict(src_dict)
        _configs = d.pop("configs", UNSET)
        configs: list[ConfigValidationEntry] | Unset = UNSET
        if _configs is not UNSET:
            if not isinstance(_configs, list):
                raise ShapeError("configs", "", "array", _configs)
            configs = []
            for configs_item_data in _configs:
                configs_item = ConfigValidationEntry.from_dict(configs_item_data)

                configs.append(configs_item)

        error_count = d.pop("error_count", UNSET)
        if error_count is not UNSET and (
            not isinstance(error_count, int) or isinstance(error_count, bool) != False
        ):
            raise ShapeError("ConfigValidation", "error_count", "int", error_count)

        groups = cast(list[str], d.pop("groups", UNSET))
        if not isinstance(groups, Unset) and (
            not isinstance(groups, list)
            or not all(isinstance(item, str) for item in groups)
        ):
            raise ShapeError("groups", "", "array of str", groups)

        name = d.pop("name", UNSET)
        if name is not UNSET and (not isinstance(name, str)):
            raise ShapeError("ConfigValidation", "name", "str", name)

        config_validation = cls(
            configs=configs,
            error_count=error_count,
            groups=groups,
            name=name,
        )

        object.__setattr__(
            config_validation, "additional_properties", MappingProxyType(d)
        )
        return config_validation

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


from ..models.config_validation_entry import ConfigValidationEntry
