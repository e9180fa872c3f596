from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from ..models.connector_task_config import ConnectorTaskConfig
    from ..models.connector_task_id import ConnectorTaskId


T = TypeVar("T", bound="ConnectorTask")


@_attrs_define
class ConnectorTask(Mapping[str, Any]):
    """
    Attributes:
        config (ConnectorTaskConfig | Unset): Configuration parameters for the connector. These configurations
            are the minimum set of key-value pairs (KVP) which can be used to
            define how the connector connects Kafka to the external system.
            Some of these KVPs are common to all the connectors, such as
            connection parameters to Kafka, connector metadata, etc. The list
            of common connector configurations is as follows

              - cloud.environment
              - cloud.provider
              - connector.class
              - kafka.api.key
              - kafka.api.secret
              - kafka.endpoint
              - kafka.region
              - name

            A specific connector such as `GcsSink` would have additional
            parameters such as `gcs.bucket.name`, `flush.size`, etc.
        id (ConnectorTaskId | Unset): The ID of task.
    """

    _json_keys: ClassVar[dict[str, str]] = {
        "config": "config",
        "id": "id",
    }
    _attributes: ClassVar[dict[str, str]] = {
        "config": "config",
        "id": "id",
    }
    _redacted_keys: ClassVar[frozenset[str]] = frozenset(())

    config: ConnectorTaskConfig | Unset = UNSET
    id: ConnectorTaskId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: ConnectorTaskConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ConnectorTaskConfig.from_dict(_config)

        _id = d.pop("id", UNSET)
        id: ConnectorTaskId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = ConnectorTaskId.from_dict(_id)

        connector_task = cls(
            config=config,
            id=id,
        )

        connector_task.additional_properties = d
        return connector_task

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


from ..models.connector_task_config import ConnectorTaskConfig
from ..models.connector_task_id import ConnectorTaskId
