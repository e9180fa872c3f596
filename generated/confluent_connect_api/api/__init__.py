"""Every operation of the API, as methods of the clients (generated: do not edit)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from ..types import UNSET, RawResponse, Unset

if TYPE_CHECKING:
    from ..models.alter_offset_request import AlterOffsetRequest
    from ..models.alter_offset_request_info import AlterOffsetRequestInfo
    from ..models.alter_offset_status import AlterOffsetStatus
    from ..models.config_validation import ConfigValidation
    from ..models.connector import Connector
    from ..models.connector_config_update import ConnectorConfigUpdate
    from ..models.connector_error import ConnectorError
    from ..models.connector_expansion_map import ConnectorExpansionMap
    from ..models.connector_offsets import ConnectorOffsets
    from ..models.connector_plugin import ConnectorPlugin
    from ..models.connector_status import ConnectorStatus
    from ..models.connector_task import ConnectorTask
    from ..models.current_connector_config import CurrentConnectorConfig
    from ..models.delete_result import DeleteResult
    from ..models.inline_response_400 import InlineResponse400
    from ..models.inline_response_500 import InlineResponse500
    from ..models.list_connectors_with_expansions_expand_item import (
        ListConnectorsWithExpansionsExpandItem,
    )
    from ..models.new_connector import NewConnector
    from ..models.plugin_config import PluginConfig

T = TypeVar("T")

OPERATIONS: dict[str, str] = {
    "create_connector": "confluent_connect_api.api.connectors.create_connector",
    "create_or_update_connector_config": "confluent_connect_api.api.connectors.create_or_update_connector_config",
    "delete_connector": "confluent_connect_api.api.connectors.delete_connector",
    "get_connector_config": "confluent_connect_api.api.connectors.get_connector_config",
    "list_connectors": "confluent_connect_api.api.connectors.list_connectors",
    "list_connectors_with_expansions": "confluent_connect_api.api.connectors.list_connectors_with_expansions",
    "read_connector": "confluent_connect_api.api.connectors.read_connector",
    "pause_connector": "confluent_connect_api.api.lifecycle.pause_connector",
    "restart_connector": "confluent_connect_api.api.lifecycle.restart_connector",
    "resume_connector": "confluent_connect_api.api.lifecycle.resume_connector",
    "list_connector_plugins": "confluent_connect_api.api.managed_connector_plugins.list_connector_plugins",
    "validate_connector_plugin": "confluent_connect_api.api.managed_connector_plugins.validate_connector_plugin",
    "alter_connector_offsets_request": "confluent_connect_api.api.offsets.alter_connector_offsets_request",
    "get_connector_offsets": "confluent_connect_api.api.offsets.get_connector_offsets",
    "get_connector_offsets_request_status": "confluent_connect_api.api.offsets.get_connector_offsets_request_status",
    "list_connector_tasks": "confluent_connect_api.api.status.list_connector_tasks",
    "read_connector_status": "confluent_connect_api.api.status.read_connector_status",
}


_IMPORTED: dict[str, ModuleType] = {}


def operation(name: str) -> ModuleType:
    """The generated module of an operation, imported on first use. Kept once imported, for every call asks; not
    taken from sys.modules, where another thread's import puts it before it is complete."""
    return _IMPORTED.get(name) or _IMPORTED.setdefault(
        name, importlib.import_module(OPERATIONS[name])
    )


class SyncOperations:
    """The API's operations as blocking methods (generated from the API description)."""

    if TYPE_CHECKING:

        def _call(
            self,
            name: str,
            arguments: dict[str, Any],
            parse: Callable[[httpx.Response], T],
        ) -> T: ...

    def create_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        body: NewConnector | Mapping[str, Any],
    ) -> Connector:
        """Create a Connector

        General Availability.

        Create a new connector. Returns the new connector information if successful.

        POST /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            body (NewConnector):

        Returns:
            Connector

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "create_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "body": body,
            },
            operation("create_connector").parse_success,
        )

    def create_or_update_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: ConnectorConfigUpdate | Mapping[str, Any],
    ) -> Connector:
        """Create or Update a Connector Configuration

        Create a new connector using the given configuration, or update the configuration for an
        existing connector. Returns information about the connector after the change has been
        made.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):
            body (ConnectorConfigUpdate): Configuration parameters for the connector.

        Returns:
            Connector

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "create_or_update_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("create_or_update_connector_config").parse_success,
        )

    def delete_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> DeleteResult | None:
        """Delete a Connector

        General Availability.

        Delete a connector. Halts all tasks and deletes the connector configuration.

        DELETE /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            DeleteResult | None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "delete_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("delete_connector").parse_success,
        )

    def get_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> CurrentConnectorConfig:
        """Read a Connector Configuration

        General Availability.

        Get the configuration for the connector.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            CurrentConnectorConfig

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "get_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_config").parse_success,
        )

    def list_connectors(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> list[str]:
        """List of Connectors

        General Availability.

        Retrieve a list of "names" of the active connectors. You can then make a [read
        request](#operation/readConnectv1Connector) for a specific connector by name.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors

        Args:
            environment_id (str):
            kafka_cluster_id (str):

        Returns:
            list[str]

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "list_connectors",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connectors").parse_success,
        )

    def list_connectors_with_expansions(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        expand: Sequence[
            ListConnectorsWithExpansionsExpandItem | Literal["info", "status", "id"]
        ]
        | Unset = UNSET,
    ) -> ConnectorExpansionMap:
        """List of Connectors with Expansions

        General Availability.

        Retrieve an object with the queried expansions of all connectors. Without `expand` query
        parameter, this list connector’s endpoint will return a [list of only the connector
        names](#operation/listConnectv1Connectors).

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            expand (list[ListConnectorsWithExpansionsExpandItem] | Unset):

        Returns:
            ConnectorExpansionMap

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "list_connectors_with_expansions",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "expand": expand,
            },
            operation("list_connectors_with_expansions").parse_success,
        )

    def read_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> Connector:
        """Read a Connector

        General Availability.

        Get information about the connector.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            Connector

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "read_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector").parse_success,
        )

    def pause_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> None:
        """Pause a Connector

        General Availability.

        Pause the connector and its tasks. Stops message processing until the connector is
        resumed. This call is asynchronous and the tasks will not transition to PAUSED state at
        the same time.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/pause

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "pause_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("pause_connector").parse_success,
        )

    def restart_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> None:
        """Restart a Connector

        Preview.

        Restart the connector and its tasks. Stops message processing until the connector and
        tasks are restart. This call is asynchronous and the connector will not transition to
        another state at the same time.

        POST /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/restart

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "restart_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("restart_connector").parse_success,
        )

    def resume_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> None:
        """Resume a Connector

        General Availability.

        Resume a paused connector or do nothing if the connector is not paused. This call is
        asynchronous and the tasks will not transition to RUNNING state at the same time.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/resume

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "resume_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("resume_connector").parse_success,
        )

    def list_connector_plugins(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> list[ConnectorPlugin]:
        """List of Managed Connector plugins

        General Availability.

        Return a list of Managed Connector plugins installed in the Kafka Connect cluster.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins

        Args:
            environment_id (str):
            kafka_cluster_id (str):

        Returns:
            list[ConnectorPlugin]

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "list_connector_plugins",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connector_plugins").parse_success,
        )

    def validate_connector_plugin(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        plugin_name: str,
        *,
        body: PluginConfig | Mapping[str, Any],
    ) -> ConfigValidation:
        """Validate a Managed Connector Plugin

        General Availability.

        Validate the provided configuration values against the configuration definition. This
        API performs per config validation and returns suggested values and validation error
        messages.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins/{plugin_name}/config/validate

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            plugin_name (str):
            body (PluginConfig): Configuration parameters for the connector. All values should
                be strings.

        Returns:
            ConfigValidation

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "validate_connector_plugin",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "plugin_name": plugin_name,
                "body": body,
            },
            operation("validate_connector_plugin").parse_success,
        )

    def alter_connector_offsets_request(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: AlterOffsetRequest | Mapping[str, Any],
    ) -> AlterOffsetRequestInfo:
        """Request a Connector Offsets

        Preview.

        Request to alter the offsets of a connector. This supports the ability to PATCH/DELETE
        the offsets of a connector.
        Note, you will see momentary downtime as this will internally stop the connector, while
        the offsets are being altered.
        You can only make one alter offsets request at a time for a connector.

        POST /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/offsets/request

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):
            body (AlterOffsetRequest): Request to alter the offset of a connector. The offsets
                parameter is options for DELETE type.

        Returns:
            AlterOffsetRequestInfo

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "alter_connector_offsets_request",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("alter_connector_offsets_request").parse_success,
        )

    def get_connector_offsets(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> ConnectorOffsets:
        """Get a Connector Offsets

        Preview.

        Get the current offsets for the connector. The offsets provide information on the point
        in the source system,
        from which the connector is pulling in data. The offsets of a connector are continuously
        observed periodically and are queryable via this API.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/offsets

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            ConnectorOffsets

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "get_connector_offsets",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets").parse_success,
        )

    def get_connector_offsets_request_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> AlterOffsetStatus:
        """Get a Connector Offsets Request Status

        Preview.

        Get the status of the previous alter offset request.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/offsets/request/status

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            AlterOffsetStatus

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "get_connector_offsets_request_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets_request_status").parse_success,
        )

    def list_connector_tasks(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> list[ConnectorTask]:
        """List of Connector Tasks

        General Availability.

        Get a list of tasks currently running for the connector.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/tasks

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            list[ConnectorTask]

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "list_connector_tasks",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("list_connector_tasks").parse_success,
        )

    def read_connector_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> ConnectorStatus:
        """Read a Connector Status

        Get current status of the connector. This includes whether it is running, failed, or
        paused. Also includes which worker it is assigned to, error information if it has
        failed, and the state of all its tasks.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/status

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            ConnectorStatus

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return self._call(
            "read_connector_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector_status").parse_success,
        )


class AsyncOperations:
    """The API's operations as awaitable methods (generated from the API description)."""

    if TYPE_CHECKING:

        async def _call(
            self,
            name: str,
            arguments: dict[str, Any],
            parse: Callable[[httpx.Response], T],
        ) -> T: ...

    async def create_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        body: NewConnector | Mapping[str, Any],
    ) -> Connector:
        """Create a Connector

        General Availability.

        Create a new connector. Returns the new connector information if successful.

        POST /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            body (NewConnector):

        Returns:
            Connector

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "create_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "body": body,
            },
            operation("create_connector").parse_success,
        )

    async def create_or_update_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: ConnectorConfigUpdate | Mapping[str, Any],
    ) -> Connector:
        """Create or Update a Connector Configuration

        Create a new connector using the given configuration, or update the configuration for an
        existing connector. Returns information about the connector after the change has been
        made.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):
            body (ConnectorConfigUpdate): Configuration parameters for the connector.

        Returns:
            Connector

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "create_or_update_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("create_or_update_connector_config").parse_success,
        )

    async def delete_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> DeleteResult | None:
        """Delete a Connector

        General Availability.

        Delete a connector. Halts all tasks and deletes the connector configuration.

        DELETE /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            DeleteResult | None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "delete_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("delete_connector").parse_success,
        )

    async def get_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> CurrentConnectorConfig:
        """Read a Connector Configuration

        General Availability.

        Get the configuration for the connector.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            CurrentConnectorConfig

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "get_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_config").parse_success,
        )

    async def list_connectors(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> list[str]:
        """List of Connectors

        General Availability.

        Retrieve a list of "names" of the active connectors. You can then make a [read
        request](#operation/readConnectv1Connector) for a specific connector by name.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors

        Args:
            environment_id (str):
            kafka_cluster_id (str):

        Returns:
            list[str]

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "list_connectors",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connectors").parse_success,
        )

    async def list_connectors_with_expansions(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        expand: Sequence[
            ListConnectorsWithExpansionsExpandItem | Literal["info", "status", "id"]
        ]
        | Unset = UNSET,
    ) -> ConnectorExpansionMap:
        """List of Connectors with Expansions

        General Availability.

        Retrieve an object with the queried expansions of all connectors. Without `expand` query
        parameter, this list connector’s endpoint will return a [list of only the connector
        names](#operation/listConnectv1Connectors).

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            expand (list[ListConnectorsWithExpansionsExpandItem] | Unset):

        Returns:
            ConnectorExpansionMap

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "list_connectors_with_expansions",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "expand": expand,
            },
            operation("list_connectors_with_expansions").parse_success,
        )

    async def read_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> Connector:
        """Read a Connector

        General Availability.

        Get information about the connector.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            Connector

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "read_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector").parse_success,
        )

    async def pause_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> None:
        """Pause a Connector

        General Availability.

        Pause the connector and its tasks. Stops message processing until the connector is
        resumed. This call is asynchronous and the tasks will not transition to PAUSED state at
        the same time.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/pause

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "pause_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("pause_connector").parse_success,
        )

    async def restart_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> None:
        """Restart a Connector

        Preview.

        Restart the connector and its tasks. Stops message processing until the connector and
        tasks are restart. This call is asynchronous and the connector will not transition to
        another state at the same time.

        POST /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/restart

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "restart_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("restart_connector").parse_success,
        )

    async def resume_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> None:
        """Resume a Connector

        General Availability.

        Resume a paused connector or do nothing if the connector is not paused. This call is
        asynchronous and the tasks will not transition to RUNNING state at the same time.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/resume

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            None

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "resume_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("resume_connector").parse_success,
        )

    async def list_connector_plugins(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> list[ConnectorPlugin]:
        """List of Managed Connector plugins

        General Availability.

        Return a list of Managed Connector plugins installed in the Kafka Connect cluster.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins

        Args:
            environment_id (str):
            kafka_cluster_id (str):

        Returns:
            list[ConnectorPlugin]

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "list_connector_plugins",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connector_plugins").parse_success,
        )

    async def validate_connector_plugin(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        plugin_name: str,
        *,
        body: PluginConfig | Mapping[str, Any],
    ) -> ConfigValidation:
        """Validate a Managed Connector Plugin

        General Availability.

        Validate the provided configuration values against the configuration definition. This
        API performs per config validation and returns suggested values and validation error
        messages.

        PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins/{plugin_name}/config/validate

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            plugin_name (str):
            body (PluginConfig): Configuration parameters for the connector. All values should
                be strings.

        Returns:
            ConfigValidation

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "validate_connector_plugin",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "plugin_name": plugin_name,
                "body": body,
            },
            operation("validate_connector_plugin").parse_success,
        )

    async def alter_connector_offsets_request(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: AlterOffsetRequest | Mapping[str, Any],
    ) -> AlterOffsetRequestInfo:
        """Request a Connector Offsets

        Preview.

        Request to alter the offsets of a connector. This supports the ability to PATCH/DELETE
        the offsets of a connector.
        Note, you will see momentary downtime as this will internally stop the connector, while
        the offsets are being altered.
        You can only make one alter offsets request at a time for a connector.

        POST /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/offsets/request

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):
            body (AlterOffsetRequest): Request to alter the offset of a connector. The offsets
                parameter is options for DELETE type.

        Returns:
            AlterOffsetRequestInfo

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "alter_connector_offsets_request",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("alter_connector_offsets_request").parse_success,
        )

    async def get_connector_offsets(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> ConnectorOffsets:
        """Get a Connector Offsets

        Preview.

        Get the current offsets for the connector. The offsets provide information on the point
        in the source system,
        from which the connector is pulling in data. The offsets of a connector are continuously
        observed periodically and are queryable via this API.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/offsets

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            ConnectorOffsets

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "get_connector_offsets",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets").parse_success,
        )

    async def get_connector_offsets_request_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> AlterOffsetStatus:
        """Get a Connector Offsets Request Status

        Preview.

        Get the status of the previous alter offset request.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/offsets/request/status

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            AlterOffsetStatus

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "get_connector_offsets_request_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets_request_status").parse_success,
        )

    async def list_connector_tasks(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> list[ConnectorTask]:
        """List of Connector Tasks

        General Availability.

        Get a list of tasks currently running for the connector.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/tasks

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            list[ConnectorTask]

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "list_connector_tasks",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("list_connector_tasks").parse_success,
        )

    async def read_connector_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> ConnectorStatus:
        """Read a Connector Status

        Get current status of the connector. This includes whether it is running, failed, or
        paused. Also includes which worker it is assigned to, error information if it has
        failed, and the state of all its tasks.

        GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/status

        Args:
            environment_id (str):
            kafka_cluster_id (str):
            connector_name (str):

        Returns:
            ConnectorStatus

        Raises:
            InvalidArgumentError: an argument is refused before anything is sent.
            NotFoundError, AuthenticationError, PermissionDeniedError, RateLimitError,
            ServerError, UnexpectedStatusError: the server answered with an error (all ApiError).
            ResponseDecodeError: a success whose body is not the documented shape.
            TransportError: the request could not be sent or its answer not received.
        """
        return await self._call(
            "read_connector_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector_status").parse_success,
        )


class SyncRawOperations:
    """The API's operations answering their responses as received (`ConnectClient.with_raw_response`)."""

    if TYPE_CHECKING:

        def _call(
            self,
            name: str,
            arguments: dict[str, Any],
            parse: Callable[[httpx.Response], T],
        ) -> RawResponse[T]: ...

    def create_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        body: NewConnector | Mapping[str, Any],
    ) -> RawResponse[Connector]:
        """`create_connector`, answering its response as received; `.parse()` gives what `create_connector` returns."""
        return self._call(
            "create_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "body": body,
            },
            operation("create_connector").parse_success,
        )

    def create_or_update_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: ConnectorConfigUpdate | Mapping[str, Any],
    ) -> RawResponse[Connector]:
        """`create_or_update_connector_config`, answering its response as received; `.parse()` gives what `create_or_update_connector_config` returns."""
        return self._call(
            "create_or_update_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("create_or_update_connector_config").parse_success,
        )

    def delete_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[DeleteResult | None]:
        """`delete_connector`, answering its response as received; `.parse()` gives what `delete_connector` returns."""
        return self._call(
            "delete_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("delete_connector").parse_success,
        )

    def get_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[CurrentConnectorConfig]:
        """`get_connector_config`, answering its response as received; `.parse()` gives what `get_connector_config` returns."""
        return self._call(
            "get_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_config").parse_success,
        )

    def list_connectors(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> RawResponse[list[str]]:
        """`list_connectors`, answering its response as received; `.parse()` gives what `list_connectors` returns."""
        return self._call(
            "list_connectors",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connectors").parse_success,
        )

    def list_connectors_with_expansions(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        expand: Sequence[
            ListConnectorsWithExpansionsExpandItem | Literal["info", "status", "id"]
        ]
        | Unset = UNSET,
    ) -> RawResponse[ConnectorExpansionMap]:
        """`list_connectors_with_expansions`, answering its response as received; `.parse()` gives what `list_connectors_with_expansions` returns."""
        return self._call(
            "list_connectors_with_expansions",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "expand": expand,
            },
            operation("list_connectors_with_expansions").parse_success,
        )

    def read_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[Connector]:
        """`read_connector`, answering its response as received; `.parse()` gives what `read_connector` returns."""
        return self._call(
            "read_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector").parse_success,
        )

    def pause_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[None]:
        """`pause_connector`, answering its response as received; `.parse()` gives what `pause_connector` returns."""
        return self._call(
            "pause_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("pause_connector").parse_success,
        )

    def restart_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[None]:
        """`restart_connector`, answering its response as received; `.parse()` gives what `restart_connector` returns."""
        return self._call(
            "restart_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("restart_connector").parse_success,
        )

    def resume_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[None]:
        """`resume_connector`, answering its response as received; `.parse()` gives what `resume_connector` returns."""
        return self._call(
            "resume_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("resume_connector").parse_success,
        )

    def list_connector_plugins(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> RawResponse[list[ConnectorPlugin]]:
        """`list_connector_plugins`, answering its response as received; `.parse()` gives what `list_connector_plugins` returns."""
        return self._call(
            "list_connector_plugins",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connector_plugins").parse_success,
        )

    def validate_connector_plugin(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        plugin_name: str,
        *,
        body: PluginConfig | Mapping[str, Any],
    ) -> RawResponse[ConfigValidation]:
        """`validate_connector_plugin`, answering its response as received; `.parse()` gives what `validate_connector_plugin` returns."""
        return self._call(
            "validate_connector_plugin",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "plugin_name": plugin_name,
                "body": body,
            },
            operation("validate_connector_plugin").parse_success,
        )

    def alter_connector_offsets_request(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: AlterOffsetRequest | Mapping[str, Any],
    ) -> RawResponse[AlterOffsetRequestInfo]:
        """`alter_connector_offsets_request`, answering its response as received; `.parse()` gives what `alter_connector_offsets_request` returns."""
        return self._call(
            "alter_connector_offsets_request",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("alter_connector_offsets_request").parse_success,
        )

    def get_connector_offsets(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[ConnectorOffsets]:
        """`get_connector_offsets`, answering its response as received; `.parse()` gives what `get_connector_offsets` returns."""
        return self._call(
            "get_connector_offsets",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets").parse_success,
        )

    def get_connector_offsets_request_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[AlterOffsetStatus]:
        """`get_connector_offsets_request_status`, answering its response as received; `.parse()` gives what `get_connector_offsets_request_status` returns."""
        return self._call(
            "get_connector_offsets_request_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets_request_status").parse_success,
        )

    def list_connector_tasks(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[list[ConnectorTask]]:
        """`list_connector_tasks`, answering its response as received; `.parse()` gives what `list_connector_tasks` returns."""
        return self._call(
            "list_connector_tasks",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("list_connector_tasks").parse_success,
        )

    def read_connector_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[ConnectorStatus]:
        """`read_connector_status`, answering its response as received; `.parse()` gives what `read_connector_status` returns."""
        return self._call(
            "read_connector_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector_status").parse_success,
        )


class AsyncRawOperations:
    """The API's operations answering their responses as received (`AsyncConnectClient.with_raw_response`)."""

    if TYPE_CHECKING:

        async def _call(
            self,
            name: str,
            arguments: dict[str, Any],
            parse: Callable[[httpx.Response], T],
        ) -> RawResponse[T]: ...

    async def create_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        body: NewConnector | Mapping[str, Any],
    ) -> RawResponse[Connector]:
        """`create_connector`, answering its response as received; `.parse()` gives what `create_connector` returns."""
        return await self._call(
            "create_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "body": body,
            },
            operation("create_connector").parse_success,
        )

    async def create_or_update_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: ConnectorConfigUpdate | Mapping[str, Any],
    ) -> RawResponse[Connector]:
        """`create_or_update_connector_config`, answering its response as received; `.parse()` gives what `create_or_update_connector_config` returns."""
        return await self._call(
            "create_or_update_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("create_or_update_connector_config").parse_success,
        )

    async def delete_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[DeleteResult | None]:
        """`delete_connector`, answering its response as received; `.parse()` gives what `delete_connector` returns."""
        return await self._call(
            "delete_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("delete_connector").parse_success,
        )

    async def get_connector_config(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[CurrentConnectorConfig]:
        """`get_connector_config`, answering its response as received; `.parse()` gives what `get_connector_config` returns."""
        return await self._call(
            "get_connector_config",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_config").parse_success,
        )

    async def list_connectors(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> RawResponse[list[str]]:
        """`list_connectors`, answering its response as received; `.parse()` gives what `list_connectors` returns."""
        return await self._call(
            "list_connectors",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connectors").parse_success,
        )

    async def list_connectors_with_expansions(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        *,
        expand: Sequence[
            ListConnectorsWithExpansionsExpandItem | Literal["info", "status", "id"]
        ]
        | Unset = UNSET,
    ) -> RawResponse[ConnectorExpansionMap]:
        """`list_connectors_with_expansions`, answering its response as received; `.parse()` gives what `list_connectors_with_expansions` returns."""
        return await self._call(
            "list_connectors_with_expansions",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "expand": expand,
            },
            operation("list_connectors_with_expansions").parse_success,
        )

    async def read_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[Connector]:
        """`read_connector`, answering its response as received; `.parse()` gives what `read_connector` returns."""
        return await self._call(
            "read_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector").parse_success,
        )

    async def pause_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[None]:
        """`pause_connector`, answering its response as received; `.parse()` gives what `pause_connector` returns."""
        return await self._call(
            "pause_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("pause_connector").parse_success,
        )

    async def restart_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[None]:
        """`restart_connector`, answering its response as received; `.parse()` gives what `restart_connector` returns."""
        return await self._call(
            "restart_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("restart_connector").parse_success,
        )

    async def resume_connector(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[None]:
        """`resume_connector`, answering its response as received; `.parse()` gives what `resume_connector` returns."""
        return await self._call(
            "resume_connector",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("resume_connector").parse_success,
        )

    async def list_connector_plugins(
        self,
        environment_id: str,
        kafka_cluster_id: str,
    ) -> RawResponse[list[ConnectorPlugin]]:
        """`list_connector_plugins`, answering its response as received; `.parse()` gives what `list_connector_plugins` returns."""
        return await self._call(
            "list_connector_plugins",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
            },
            operation("list_connector_plugins").parse_success,
        )

    async def validate_connector_plugin(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        plugin_name: str,
        *,
        body: PluginConfig | Mapping[str, Any],
    ) -> RawResponse[ConfigValidation]:
        """`validate_connector_plugin`, answering its response as received; `.parse()` gives what `validate_connector_plugin` returns."""
        return await self._call(
            "validate_connector_plugin",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "plugin_name": plugin_name,
                "body": body,
            },
            operation("validate_connector_plugin").parse_success,
        )

    async def alter_connector_offsets_request(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
        *,
        body: AlterOffsetRequest | Mapping[str, Any],
    ) -> RawResponse[AlterOffsetRequestInfo]:
        """`alter_connector_offsets_request`, answering its response as received; `.parse()` gives what `alter_connector_offsets_request` returns."""
        return await self._call(
            "alter_connector_offsets_request",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
                "body": body,
            },
            operation("alter_connector_offsets_request").parse_success,
        )

    async def get_connector_offsets(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[ConnectorOffsets]:
        """`get_connector_offsets`, answering its response as received; `.parse()` gives what `get_connector_offsets` returns."""
        return await self._call(
            "get_connector_offsets",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets").parse_success,
        )

    async def get_connector_offsets_request_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[AlterOffsetStatus]:
        """`get_connector_offsets_request_status`, answering its response as received; `.parse()` gives what `get_connector_offsets_request_status` returns."""
        return await self._call(
            "get_connector_offsets_request_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("get_connector_offsets_request_status").parse_success,
        )

    async def list_connector_tasks(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[list[ConnectorTask]]:
        """`list_connector_tasks`, answering its response as received; `.parse()` gives what `list_connector_tasks` returns."""
        return await self._call(
            "list_connector_tasks",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("list_connector_tasks").parse_success,
        )

    async def read_connector_status(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_name: str,
    ) -> RawResponse[ConnectorStatus]:
        """`read_connector_status`, answering its response as received; `.parse()` gives what `read_connector_status` returns."""
        return await self._call(
            "read_connector_status",
            {
                "environment_id": environment_id,
                "kafka_cluster_id": kafka_cluster_id,
                "connector_name": connector_name,
            },
            operation("read_connector_status").parse_success,
        )
