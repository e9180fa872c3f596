"""GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...types import ShapeError

METHOD = "GET"
PATH = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors"  # the template, as spans name it (url.template)
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
        "url": "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors".format(
            environment_id=quote(str(environment_id), safe=""),
            kafka_cluster_id=quote(str(kafka_cluster_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: httpx.Response) -> list[str]:
    """The documented success value of a 2xx response; a body of another shape raises."""
    response_200 = cast(list[str], response.json())
    if not isinstance(response_200, list) or not all(
        isinstance(item, str) for item in response_200
    ):
        raise ShapeError("response_200", "", "array of str", response_200)

    return response_200
