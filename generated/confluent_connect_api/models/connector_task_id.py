from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ShapeError, Unset, redacted_data, redacted_repr

T = TypeVar("T", bound="ConnectorTaskId")


@_attrs_define(frozen=True)
class ConnectorTaskId(Mapping[str, "Any"]):
    """The ID of task.

    Attributes:
        connector (str): The name of the connector the task belongs to.
        task (int): Task ID within the connector.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "connector": "connector",
        "task": "task",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "connector": "connector",
        "task": "task",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    connector: str
    task: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector = self.connector

        task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector": connector,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorTaskId", "", "object", src_dict)
        d = dict(src_dict)
        connector = d.pop("connector")
        if not isinstance(connector, str):
            raise ShapeError("ConnectorTaskId", "connector", "str", connector)

        task = d.pop("task")
        if not isinstance(task, int) or isinstance(task, bool) != False:
            raise ShapeError("ConnectorTaskId", "task", "int", task)

        connector_task_id = cls(
            connector=connector,
            task=task,
        )

        object.__setattr__(
            connector_task_id, "additional_properties", MappingProxyType(d)
        )
        return connector_task_id

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
