"""PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...models.connector import Connector
from ...models.connector_config_update import ConnectorConfigUpdate

METHOD = "PUT"
PATH = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config"  # the template, as spans name it (url.template)
PATH_PARAMETERS = (
    "environment_id",
    "kafka_cluster_id",
    "connector_name",
)
BODY_MODEL: type | None = ConnectorConfigUpdate
# Query parameters taking an enum: name -> (the enum, whether a list of its values).
ENUM_PARAMETERS: dict[str, tuple[type, bool]] = {}


def _get_kwargs(
    environment_id: str,
    kafka_cluster_id: str,
    connector_name: str,
    *,
    body: ConnectorConfigUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors/{connector_name}/config".format(
            environment_id=quote(str(environment_id), safe=""),
            kafka_cluster_id=quote(str(kafka_cluster_id), safe=""),
            connector_name=quote(str(connector_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: httpx.Response) -> Connector:
    """The documented success value of a 2xx response; a body of another shape raises."""
    response_201 = Connector._decode(response.json(), True)

    return response_201
