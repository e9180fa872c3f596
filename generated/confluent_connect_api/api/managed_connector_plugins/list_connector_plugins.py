"""GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...models.connector_plugin import ConnectorPlugin
from ...types import ShapeError

METHOD = "GET"
PATH = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins"  # the template, as spans name it (url.template)
PATH_PARAMETERS = (
    "environment_id",
    "kafka_cluster_id",
)
BODY_MODEL: type | None = None
# Query parameters taking an enum: name -> (the enum, whether a list of its values).
ENUM_PARAMETERS: dict[str, tuple[type, bool]] = {}


def _get_kwargs(
    environment_id: str,
    kafka_cluster_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins".format(
            environment_id=quote(str(environment_id), safe=""),
            kafka_cluster_id=quote(str(kafka_cluster_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: httpx.Response) -> list[ConnectorPlugin]:
    """The documented success value of a 2xx response; a body of another shape raises."""
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise ShapeError("response_200", "", "array", _response_200)
    response_200 = [ConnectorPlugin._decode(item, True) for item in _response_200]

    return response_200
