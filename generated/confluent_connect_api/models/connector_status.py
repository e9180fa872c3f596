from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ShapeError, Unset, redacted_data, redacted_repr

if TYPE_CHECKING:
    from ..models.connector_state import ConnectorState
    from ..models.task_status import TaskStatus


T = TypeVar("T", bound="ConnectorStatus")


@_attrs_define(frozen=True)
class ConnectorStatus(Mapping[str, "Any"]):
    """
    Example:
        {'connector': {'state': 'NONE', 'trace': 'trace', 'worker_id': 'worker_id'}, 'name': 'name', 'tasks': [{'id': 0,
            'msg': 'msg', 'state': 'state', 'worker_id': 'worker_id'}, {'id': 0, 'msg': 'msg', 'state': 'state',
            'worker_id': 'worker_id'}], 'type': 'sink'}

    Attributes:
        connector (ConnectorState): The map containing connector status. Example: {'state': 'NONE', 'trace': 'trace',
            'worker_id': 'worker_id'}.
        name (str): The name of the connector.
        type_ (str): Type of connector, sink or source.
        tasks (list[TaskStatus] | Unset): The map containing the task status.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "connector": "connector",
        "name": "name",
        "type_": "type",
        "tasks": "tasks",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "connector": "connector",
        "name": "name",
        "type": "type_",
        "tasks": "tasks",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    connector: ConnectorState
    name: str
    type_: str
    tasks: list[TaskStatus] | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector = self.connector.to_dict()

        name = self.name

        type_ = self.type_

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector": connector,
                "name": name,
                "type": type_,
            }
        )
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ShapeError("ConnectorStatus", "", "object", src_dict)
        d = dict(src_dict)
        connector = ConnectorState.from_dict(d.pop("connector"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise ShapeError("ConnectorStatus", "name", "str", name)

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise ShapeError("ConnectorStatus", "type", "str", type_)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[TaskStatus] | Unset = UNSET
        if _tasks is not UNSET:
            if not isinstance(_tasks, list):
                raise ShapeError("tasks", "", "array", _tasks)
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = TaskStatus.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        connector_status = cls(
            connector=connector,
            name=name,
            type_=type_,
            tasks=tasks,
        )

        object.__setattr__(
            connector_status, "additional_properties", MappingProxyType(d)
        )
        return connector_status

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


from ..models.connector_state import ConnectorState
from ..models.task_status import TaskStatus
