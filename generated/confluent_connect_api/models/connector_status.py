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
    from ..models.connector_state import ConnectorState
    from ..models.task_status import TaskStatus


@_attrs_define(frozen=True)
class ConnectorStatus(GeneratedModel, Mapping[str, "Any"]):
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
    additional_properties: Mapping[str, Any] = _attrs_field(kw_only=True, factory=dict)

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
        """Decoded from JSON data, checked at once (ShapeError, KeyError); the model keeps its own copy."""
        return cls._decode(src_dict, False)

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        if src.__class__ is dict:
            d: dict[str, Any] = src if owned else src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ShapeError("ConnectorStatus", "", "object", src)
        value = d["connector"]
        if value.__class__ is dict:
            d1 = value if owned else value.copy()
        elif isinstance(value, Mapping):
            d1 = dict(value)
        else:
            raise ShapeError("ConnectorState", "", "object", value)
        value1 = d1["state"]
        if not isinstance(value1, str):
            raise ShapeError("ConnectorState", "state", "str", value1)

        value1 = d1["worker_id"]
        if not isinstance(value1, str):
            raise ShapeError("ConnectorState", "worker_id", "str", value1)

        value1 = d1.get("trace", UNSET)
        if value1 is not UNSET:
            if not isinstance(value1, str):
                raise ShapeError("ConnectorState", "trace", "str", value1)

        if d1 is not value:
            d["connector"] = d1

        value = d["name"]
        if not isinstance(value, str):
            raise ShapeError("ConnectorStatus", "name", "str", value)

        value = d["type"]
        if not isinstance(value, str):
            raise ShapeError("ConnectorStatus", "type", "str", value)

        value = d.get("tasks", UNSET)
        if value is not UNSET:
            if not isinstance(value, list):
                raise ShapeError("ConnectorStatus", "tasks", "array", value)
            items0: list[Any] = []
            for item0 in value:
                if item0.__class__ is dict:
                    d1 = item0 if owned else item0.copy()
                elif isinstance(item0, Mapping):
                    d1 = dict(item0)
                else:
                    raise ShapeError("TaskStatus", "", "object", item0)
                value1 = d1["id"]
                if value1.__class__ is not int and (
                    not isinstance(value1, int) or isinstance(value1, bool)
                ):
                    raise ShapeError("TaskStatus", "id", "int", value1)

                value1 = d1["state"]
                if not isinstance(value1, str):
                    raise ShapeError("TaskStatus", "state", "str", value1)

                value1 = d1["worker_id"]
                if not isinstance(value1, str):
                    raise ShapeError("TaskStatus", "worker_id", "str", value1)

                value1 = d1.get("msg", UNSET)
                if value1 is not UNSET:
                    if not isinstance(value1, str):
                        raise ShapeError("TaskStatus", "msg", "str", value1)

                items0.append(d1)
            d["tasks"] = items0

        model = _new(cls)
        _set_data(model, d)
        return model

    def _fill(self, data: dict[str, Any]) -> None:
        set_field = object.__setattr__
        set_field(self, "connector", ConnectorState._wrap(data["connector"]))
        set_field(self, "name", data["name"])
        set_field(self, "type_", data["type"])
        value = data.get("tasks", UNSET)
        set_field(
            self,
            "tasks",
            value if value is UNSET else [TaskStatus._wrap(item0) for item0 in value],
        )
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


from ..models.connector_state import ConnectorState
from ..models.task_status import TaskStatus
