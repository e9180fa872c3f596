from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="PluginConfig")


@_attrs_define(frozen=True)
class PluginConfig(Mapping[str, "str"]):
    """Configuration parameters for the connector. All values should be strings."""

    _json_keys: ClassVar[dict[str, str]] = {}
    _attributes: ClassVar[dict[str, str]] = {}
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    additional_properties: Mapping[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("PluginConfig", "", "object", src_dict)
        d = dict(src_dict)
        try:  # str.join checks every value is a str in one C loop: the fast common case
            "".join(d.values())
        except TypeError:
            key = next(k for k, v in d.items() if not isinstance(v, str))
            raise ShapeError("PluginConfig", key, "str", d[key]) from None
        plugin_config = cls()

        object.__setattr__(plugin_config, "additional_properties", MappingProxyType(d))
        return plugin_config

    def __repr__(self) -> str:
        return redacted_repr(self)

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        yield from redacted_data(self).items()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        attribute = self._attributes.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value: str | Unset = getattr(self, attribute)
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
