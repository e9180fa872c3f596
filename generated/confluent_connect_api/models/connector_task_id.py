from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_repr

T = TypeVar("T", bound="ConnectorTaskId")


@_attrs_define
class ConnectorTaskId(Mapping[str, Any]):
    """The ID of task.

    Attributes:
        connector (str | Unset): The name of the connector the task belongs to.
        task (int | Unset): Task ID within the connector.
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

    connector: str | Unset = UNSET
    task: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector = self.connector

        task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector is not UNSET:
            field_dict["connector"] = connector
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connector = d.pop("connector", UNSET)
        if not isinstance(connector, str) and connector is not UNSET:
            raise ShapeError("ConnectorTaskId", "connector", "str", connector)

        task = d.pop("task", UNSET)
        if not isinstance(task, int) and task is not UNSET:
            raise ShapeError("ConnectorTaskId", "task", "int", task)

        connector_task_id = cls(
            connector=connector,
            task=task,
        )

        connector_task_id.additional_properties = d
        return connector_task_id

    def __repr__(self) -> str:
        return redacted_repr(self)

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

    def __setitem__(self, key: str, value: Any) -> None:
        attribute = self._attributes.get(key)
        if attribute is None:
            self.additional_properties[key] = value
        else:
            setattr(self, attribute, value)

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

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
