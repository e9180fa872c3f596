"""Contains all the data models used in inputs/outputs (each imported when first used)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .alter_offset_phase import AlterOffsetPhase
    from .alter_offset_request import AlterOffsetRequest
    from .alter_offset_request_info import AlterOffsetRequestInfo
    from .alter_offset_status import AlterOffsetStatus
    from .config_definition import ConfigDefinition
    from .config_metadata import ConfigMetadata
    from .config_validation import ConfigValidation
    from .config_validation_entry import ConfigValidationEntry
    from .config_value import ConfigValue
    from .connector import Connector
    from .connector_config import ConnectorConfig
    from .connector_config_update import ConnectorConfigUpdate
    from .connector_error import ConnectorError
    from .connector_error_detail import ConnectorErrorDetail
    from .connector_expansion import ConnectorExpansion
    from .connector_expansion_map import ConnectorExpansionMap
    from .connector_expansion_state import ConnectorExpansionState
    from .connector_expansion_status import ConnectorExpansionStatus
    from .connector_id import ConnectorId
    from .connector_info import ConnectorInfo
    from .connector_info_config import ConnectorInfoConfig
    from .connector_offsets import ConnectorOffsets
    from .connector_plugin import ConnectorPlugin
    from .connector_state import ConnectorState
    from .connector_status import ConnectorStatus
    from .connector_task import ConnectorTask
    from .connector_task_config import ConnectorTaskConfig
    from .connector_task_id import ConnectorTaskId
    from .connector_task_ref import ConnectorTaskRef
    from .current_connector_config import CurrentConnectorConfig
    from .delete_result import DeleteResult
    from .delete_result_error_type_0 import DeleteResultErrorType0
    from .inline_response_400 import InlineResponse400
    from .inline_response_500 import InlineResponse500
    from .list_connectors_with_expansions_expand_item import (
        ListConnectorsWithExpansionsExpandItem,
    )
    from .new_connector import NewConnector
    from .new_connector_config import NewConnectorConfig
    from .offset import Offset
    from .offsets_metadata import OffsetsMetadata
    from .partition import Partition
    from .partition_offset import PartitionOffset
    from .plugin_config import PluginConfig
    from .task_status import TaskStatus

_MODULES = {
    "AlterOffsetPhase": ".alter_offset_phase",
    "AlterOffsetRequest": ".alter_offset_request",
    "AlterOffsetRequestInfo": ".alter_offset_request_info",
    "AlterOffsetStatus": ".alter_offset_status",
    "ConfigDefinition": ".config_definition",
    "ConfigMetadata": ".config_metadata",
    "ConfigValidation": ".config_validation",
    "ConfigValidationEntry": ".config_validation_entry",
    "ConfigValue": ".config_value",
    "Connector": ".connector",
    "ConnectorConfig": ".connector_config",
    "ConnectorConfigUpdate": ".connector_config_update",
    "ConnectorError": ".connector_error",
    "ConnectorErrorDetail": ".connector_error_detail",
    "ConnectorExpansion": ".connector_expansion",
    "ConnectorExpansionMap": ".connector_expansion_map",
    "ConnectorExpansionState": ".connector_expansion_state",
    "ConnectorExpansionStatus": ".connector_expansion_status",
    "ConnectorId": ".connector_id",
    "ConnectorInfo": ".connector_info",
    "ConnectorInfoConfig": ".connector_info_config",
    "ConnectorOffsets": ".connector_offsets",
    "ConnectorPlugin": ".connector_plugin",
    "ConnectorState": ".connector_state",
    "ConnectorStatus": ".connector_status",
    "ConnectorTask": ".connector_task",
    "ConnectorTaskConfig": ".connector_task_config",
    "ConnectorTaskId": ".connector_task_id",
    "ConnectorTaskRef": ".connector_task_ref",
    "CurrentConnectorConfig": ".current_connector_config",
    "DeleteResult": ".delete_result",
    "DeleteResultErrorType0": ".delete_result_error_type_0",
    "InlineResponse400": ".inline_response_400",
    "InlineResponse500": ".inline_response_500",
    "ListConnectorsWithExpansionsExpandItem": ".list_connectors_with_expansions_expand_item",
    "NewConnector": ".new_connector",
    "NewConnectorConfig": ".new_connector_config",
    "Offset": ".offset",
    "OffsetsMetadata": ".offsets_metadata",
    "Partition": ".partition",
    "PartitionOffset": ".partition_offset",
    "PluginConfig": ".plugin_config",
    "TaskStatus": ".task_status",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AlterOffsetPhase",
    "AlterOffsetRequest",
    "AlterOffsetRequestInfo",
    "AlterOffsetStatus",
    "ConfigDefinition",
    "ConfigMetadata",
    "ConfigValidation",
    "ConfigValidationEntry",
    "ConfigValue",
    "Connector",
    "ConnectorConfig",
    "ConnectorConfigUpdate",
    "ConnectorError",
    "ConnectorErrorDetail",
    "ConnectorExpansion",
    "ConnectorExpansionMap",
    "ConnectorExpansionState",
    "ConnectorExpansionStatus",
    "ConnectorId",
    "ConnectorInfo",
    "ConnectorInfoConfig",
    "ConnectorOffsets",
    "ConnectorPlugin",
    "ConnectorState",
    "ConnectorStatus",
    "ConnectorTask",
    "ConnectorTaskConfig",
    "ConnectorTaskId",
    "ConnectorTaskRef",
    "CurrentConnectorConfig",
    "DeleteResult",
    "DeleteResultErrorType0",
    "InlineResponse400",
    "InlineResponse500",
    "ListConnectorsWithExpansionsExpandItem",
    "NewConnector",
    "NewConnectorConfig",
    "Offset",
    "OffsetsMetadata",
    "Partition",
    "PartitionOffset",
    "PluginConfig",
    "TaskStatus",
)
