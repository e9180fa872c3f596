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
    from ..models.delete_result_error_type_0 import DeleteResultErrorType0


@_attrs_define(frozen=True)
class DeleteResult(GeneratedModel, Mapping[str, "Any"]):
    """
    Example:
        {'error': '{}'}

    Attributes:
        error (DeleteResultErrorType0 | None | Unset):
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "error": "error",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "error": "error",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    error: DeleteResultErrorType0 | None | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DeleteResultErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

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
            raise ShapeError("DeleteResult", "", "object", src)
        value = d.get("error", UNSET)
        if value is not UNSET:

            def check_error(value: Any) -> Any:
                owned = False  # a member that fails halfway must leave the value as it was for the next one
                if value is None:
                    return None
                try:
                    checked: Any = value
                    if value.__class__ is dict:
                        d2 = value if owned else value.copy()
                    elif isinstance(value, Mapping):
                        d2 = dict(value)
                    else:
                        raise ShapeError("DeleteResultErrorType0", "", "object", value)

                    if d2 is not value:
                        checked = d2

                    return DeleteResultErrorType0._wrap(checked)
                except (TypeError, KeyError, ValueError):  # ShapeError is a TypeError
                    pass
                raise ShapeError(
                    "DeleteResult", "error", "DeleteResultErrorType0 | None", value
                )

            d["error"] = check_error(value)

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "error", data.get("error", UNSET))
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


from ..models.delete_result_error_type_0 import DeleteResultErrorType0
