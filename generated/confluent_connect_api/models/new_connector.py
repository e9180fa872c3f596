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
    from ..models.new_connector_config import NewConnectorConfig


@_attrs_define(frozen=True)
class NewConnector(GeneratedModel, Mapping[str, "Any"]):
    """
    Attributes:
        config (NewConnectorConfig | Unset): Configuration parameters for the connector. All values should be strings.
        name (str | Unset): Name of the connector to create.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "config": "config",
        "name": "name",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "config": "config",
        "name": "name",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(("config",))

    config: NewConnectorConfig | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
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
            raise ShapeError("NewConnector", "", "object", src)
        value = d.get("config", UNSET)
        if value is not UNSET:
            if value.__class__ is dict:
                d1 = value if owned else value.copy()
            elif isinstance(value, Mapping):
                d1 = dict(value)
            else:
                raise ShapeError("NewConnectorConfig", "", "object", value)
            try:  # str.join checks every value is a str in one C loop: the fast common case
                "".join(d1.values())
            except TypeError:
                key1 = next(k for k, v in d1.items() if not isinstance(v, str))
                raise ShapeError("NewConnectorConfig", key1, "str", d1[key1]) from None
            if "connector.class" not in d1:
                raise KeyError("connector.class")
            if "name" not in d1:
                raise KeyError("name")

            if d1 is not value:
                d["config"] = d1

        value = d.get("name", UNSET)
        if value is not UNSET:
            if not isinstance(value, str):
                raise ShapeError("NewConnector", "name", "str", value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        value = data.get("config", UNSET)
        set_field(
            self, "config", value if value is UNSET else NewConnectorConfig._wrap(value)
        )
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


from ..models.new_connector_config import NewConnectorConfig
