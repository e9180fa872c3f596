from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="ConnectorExpansionState")


@_attrs_define(frozen=True)
class ConnectorExpansionState(Mapping[str, "Any"]):
    """A map containing connector status.

    Attributes:
        state (str): The state of the connector.
        worker_id (str): The worker ID of the connector.
        trace (str | Unset): Exception message in case of an error.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "state": "state",
        "worker_id": "worker_id",
        "trace": "trace",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "state": "state",
        "worker_id": "worker_id",
        "trace": "trace",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    state: str
    worker_id: str
    trace: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        worker_id = self.worker_id

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "worker_id": worker_id,
            }
        )
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorExpansionState", "", "object", src_dict)
        d = dict(src_dict)
        state = d.pop("state")
        if not isinstance(state, str):
            raise ShapeError("ConnectorExpansionState", "state", "str", state)

        worker_id = d.pop("worker_id")
        if not isinstance(worker_id, str):
            raise ShapeError("ConnectorExpansionState", "worker_id", "str", worker_id)

        trace = d.pop("trace", UNSET)
        if trace is not UNSET and (not isinstance(trace, str)):
            raise ShapeError("ConnectorExpansionState", "trace", "str", trace)

        connector_expansion_state = cls(
            state=state,
            worker_id=worker_id,
            trace=trace,
        )

        object.__setattr__(
            connector_expansion_state, "additional_properties", MappingProxyType(d)
        )
        return connector_expansion_state

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
