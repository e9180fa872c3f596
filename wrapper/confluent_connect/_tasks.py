"""Listing a connector's tasks: what the sync and async clients share, minus the I/O.

The request (method, path, percent-encoding) and the decoding of the 200 body come from the
generated operation, so regenerating from a newer spec changes what runs here. This module
adds what the generated code does not do: refuse bad identifiers before sending, turn every
non-200 answer into a typed exception, and keep an undecodable body instead of crashing.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from confluent_connect_api import AuthenticatedClient
from confluent_connect_api.api.status import list_connector_tasks as operation
from confluent_connect_api.models import ConnectorTask
from confluent_connect_api.types import ShapeError

from ._responses import error_from_response, request_id
from ._validation import check_identifier
from .errors import ResponseDecodeError, TransportError

__all__ = ["request_for", "tasks_from", "transport_error"]


def request_for(environment_id: str, kafka_cluster_id: str, connector_name: str) -> dict[str, Any]:
    """Keyword arguments for httpx's `request()`, from the generated operation."""
    kwargs: dict[str, Any] = operation._get_kwargs(
        environment_id=check_identifier("environment_id", environment_id),
        kafka_cluster_id=check_identifier("kafka_cluster_id", kafka_cluster_id),
        connector_name=check_identifier("connector_name", connector_name),
    )
    return kwargs


def tasks_from(response: httpx.Response, api: AuthenticatedClient) -> list[ConnectorTask]:
    """Every task in a 200 response; any other response raises the matching ApiError."""
    if response.status_code != 200:
        raise error_from_response(response)
    # The operation returns a JSON array. The generated decoder would iterate an object's
    # keys (and give [] for `{}`), so the shape is checked before decoding.
    if response.content.lstrip()[:1] != b"[":
        raise _decode_error(response, "the body is not a JSON array")
    try:
        parsed = operation._parse_response(client=api, response=response)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise _decode_error(response, "the body is not valid JSON") from None
    except KeyError as missing:
        raise _decode_error(response, f"a task lacks the required key {missing}") from None
    except ShapeError as wrong:  # its message names key and types, never the value
        raise _decode_error(response, f"a task is not the documented shape: {wrong}") from None
    except (TypeError, ValueError, AttributeError) as error:
        # The exception's own text may quote a value, and values may be secrets.
        raise _decode_error(
            response, f"a task is not the documented shape ({type(error).__name__})"
        ) from None
    if not isinstance(parsed, list) or not all(isinstance(t, ConnectorTask) for t in parsed):
        raise _decode_error(response, "the body is not a list of tasks")
    return parsed


def _decode_error(response: httpx.Response, reason: str) -> ResponseDecodeError:
    return ResponseDecodeError(
        reason,
        status_code=response.status_code,
        content=response.content,
        request_id=request_id(response),
        response=response,
    )


def transport_error(error: httpx.RequestError, request: dict[str, Any]) -> TransportError:
    """Our TransportError for an httpx one (chain it with `raise ... from error`)."""
    detail = str(error) or type(error).__name__
    notes = getattr(error, "__notes__", [])
    if notes:
        detail = f"{detail} ({'; '.join(notes)})"
    return TransportError(
        f"{type(error).__name__}: {detail}", method=request["method"].upper(), url=request["url"]
    )
