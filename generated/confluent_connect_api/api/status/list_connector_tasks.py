from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connector_error import ConnectorError
from ...models.connector_task import ConnectorTask
from ...types import Response


def _get_kwargs(
    environment_id: str,
    kafka_cluster_id: str,
    connector_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/tasks".format(
            environment_id=quote(str(environment_id), safe=""),
            kafka_cluster_id=quote(str(kafka_cluster_id), safe=""),
            connector_name=quote(str(connector_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConnectorError | list[ConnectorTask] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemasconnect_v_1_connectors_item_data in _response_200:
            componentsschemasconnect_v_1_connectors_item = ConnectorTask.from_dict(
                componentsschemasconnect_v_1_connectors_item_data
            )

            response_200.append(componentsschemasconnect_v_1_connectors_item)

        return response_200

    if response.status_code == 401:
        response_401 = ConnectorError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ConnectorError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = ConnectorError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ConnectorError | list[ConnectorTask]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    kafka_cluster_id: str,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ConnectorError | list[ConnectorTask]]:
    """List of Connector Tasks

     [![General Availability](https://img.shields.io/badge/Lifecycle%20Stage-
    General%20Availability-%2345c6e8)](#section/Versioning/API-Lifecycle-Policy)

    Get a list of tasks currently running for the connector.

    Args:
        environment_id (str):
        kafka_cluster_id (str):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConnectorError | list[ConnectorTask]]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        kafka_cluster_id=kafka_cluster_id,
        connector_name=connector_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    kafka_cluster_id: str,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | ConnectorError | list[ConnectorTask] | None:
    """List of Connector Tasks

     [![General Availability](https://img.shields.io/badge/Lifecycle%20Stage-
    General%20Availability-%2345c6e8)](#section/Versioning/API-Lifecycle-Policy)

    Get a list of tasks currently running for the connector.

    Args:
        environment_id (str):
        kafka_cluster_id (str):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConnectorError | list[ConnectorTask]
    """

    return sync_detailed(
        environment_id=environment_id,
        kafka_cluster_id=kafka_cluster_id,
        connector_name=connector_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    kafka_cluster_id: str,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ConnectorError | list[ConnectorTask]]:
    """List of Connector Tasks

     [![General Availability](https://img.shields.io/badge/Lifecycle%20Stage-
    General%20Availability-%2345c6e8)](#section/Versioning/API-Lifecycle-Policy)

    Get a list of tasks currently running for the connector.

    Args:
        environment_id (str):
        kafka_cluster_id (str):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConnectorError | list[ConnectorTask]]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        kafka_cluster_id=kafka_cluster_id,
        connector_name=connector_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    kafka_cluster_id: str,
    connector_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | ConnectorError | list[ConnectorTask] | None:
    """List of Connector Tasks

     [![General Availability](https://img.shields.io/badge/Lifecycle%20Stage-
    General%20Availability-%2345c6e8)](#section/Versioning/API-Lifecycle-Policy)

    Get a list of tasks currently running for the connector.

    Args:
        environment_id (str):
        kafka_cluster_id (str):
        connector_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConnectorError | list[ConnectorTask]
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            kafka_cluster_id=kafka_cluster_id,
            connector_name=connector_name,
            client=client,
        )
    ).parsed
