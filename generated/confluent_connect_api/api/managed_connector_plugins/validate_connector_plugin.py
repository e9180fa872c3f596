"""PUT /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins/{plugin_name}/config/validate"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...models.config_validation import ConfigValidation
from ...models.plugin_config import PluginConfig

METHOD = "PUT"
PATH = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins/{plugin_name}/config/validate"  # the template, as spans name it (url.template)
PATH_PARAMETERS = (
    "environment_id",
    "kafka_cluster_id",
    "plugin_name",
)
BODY_MODEL: type | None = PluginConfig
# Query parameters taking an enum: name -> (the enum, whether a list of its values).
ENUM_PARAMETERS: dict[str, tuple[type, bool]] = {}


def _get_kwargs(
    environment_id: str,
    kafka_cluster_id: str,
    plugin_name: str,
    *,
    body: PluginConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connector-plugins/{plugin_name}/config/validate".format(
            environment_id=quote(str(environment_id), safe=""),
            kafka_cluster_id=quote(str(kafka_cluster_id), safe=""),
            plugin_name=quote(str(plugin_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: httpx.Response) -> ConfigValidation:
    """The documented success value of a 2xx response; a body of another shape raises."""
    response_200 = ConfigValidation._decode(response.json(), True)

    return response_200
