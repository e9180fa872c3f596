"""GET /connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ...models.connector_expansion_map import ConnectorExpansionMap
from ...models.list_connectors_with_expansions_expand_item import (
    ListConnectorsWithExpansionsExpandItem,
)
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors"  # the template, as spans name it (url.template)
PATH_PARAMETERS = (
    "environment_id",
    "kafka_cluster_id",
)
BODY_MODEL: type | None = None
# Query parameters taking an enum: name -> (the enum, whether a list of its values).
ENUM_PARAMETERS: dict[str, tuple[type, bool]] = {
    "expand": (ListConnectorsWithExpansionsExpandItem, True),
}


def _get_kwargs(
    environment_id: str,
    kafka_cluster_id: str,
    *,
    expand: list[ListConnectorsWithExpansionsExpandItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = (
        ",".join(json_expand)
        if not isinstance(json_expand, Unset)
        else "info,status,id"
    )
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    # In the URL rather than httpx's `params`, which would send "," as "%2C"; a bool as
    # JSON spells it (true/false), not as Python does.
    query = "&".join(
        f"{quote(k)}={quote(str(v).lower() if isinstance(v, bool) else str(v), safe=',')}"
        for k, v in params.items()
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/environments/{environment_id}/clusters/{kafka_cluster_id}/connectors".format(
            environment_id=quote(str(environment_id), safe=""),
            kafka_cluster_id=quote(str(kafka_cluster_id), safe=""),
        ),
    }
    if query:
        _kwargs["url"] += "?" + query

    return _kwargs


def parse_success(response: httpx.Response) -> ConnectorExpansionMap:
    """The documented success value of a 2xx response; a body of another shape raises."""
    response_200 = ConnectorExpansionMap._decode(response.json(), True)

    return response_200
