"""One generic call serves every generated operation: what sync and async share, minus I/O.

The generated methods (`confluent_connect_api.api.SyncOperations`/`AsyncOperations`) hand
the clients an operation's name, its arguments and its decoder. Before sending, `prepare`
refuses bad path parameters and turns a plain mapping given as a body into its model; after,
`outcome` turns every non-2xx answer into a typed ApiError and every body that is not the
documented shape into ResponseDecodeError. Nothing here knows any one operation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from confluent_connect_api.api import operation
from confluent_connect_api.types import ShapeError

from ._redact import scrub
from ._responses import error_from_response, request_id
from ._validation import check_identifier
from .errors import InvalidArgumentError, ResponseDecodeError, TransportError

T = TypeVar("T")

# What decoding a body of the wrong shape raises from generated code: the JSON parser, a
# missing required key, a value of the wrong type, a date that does not parse, nesting deeper
# than Python recurses. The exception's own text may quote a value, so it is not shown.
_DECODE_FAILURES = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


def prepare(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """httpx `request()` keyword arguments for operation `name`, or InvalidArgumentError."""
    module = operation(name)
    checked = dict(arguments)
    for parameter in module.PATH_PARAMETERS:
        check_identifier(parameter, checked[parameter])
    body = checked.get("body")
    if isinstance(body, Mapping) and not hasattr(body, "to_dict"):
        checked["body"] = _body_model(module.BODY_MODEL, body)
    kwargs: dict[str, Any] = module._get_kwargs(**checked)
    return kwargs


def _body_model(model: Any, body: Mapping[str, Any]) -> Any:
    if model is None:
        return dict(body)
    try:
        return model.from_dict(body)
    except ShapeError as wrong:
        raise InvalidArgumentError("body", f"is not a {model.__name__}: {wrong}") from None
    except KeyError as missing:
        raise InvalidArgumentError("body", f"lacks the required key {missing}") from None
    except _DECODE_FAILURES as error:
        raise InvalidArgumentError(
            "body", f"is not a {model.__name__} ({type(error).__name__})"
        ) from None


def outcome(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The decoded success value, or the ApiError / ResponseDecodeError the response means."""
    if not response.is_success:
        raise error_from_response(response)
    try:
        return parse(response)
    except json.JSONDecodeError:
        reason = "the body is not valid JSON"
    except UnicodeDecodeError:
        reason = "the body is not UTF-8 text"
    except ShapeError as wrong:  # its message names key and types, never the value
        reason = f"it is not the documented shape: {wrong}"
    except KeyError as missing:
        reason = f"it lacks the required key {missing}"
    except RecursionError:
        reason = "it is nested deeper than this client decodes"
    except _DECODE_FAILURES as error:
        reason = f"it is not the documented shape ({type(error).__name__})"
    raise ResponseDecodeError(
        reason,
        status_code=response.status_code,
        content=response.content,
        request_id=request_id(response),
        response=response,
    )


# httpx's failures in words; `{at}` is the host and port. The first match wins.
_CAUSES: tuple[tuple[type[httpx.RequestError], str], ...] = (
    (httpx.ConnectTimeout, "no connection to {at} within the timeout"),
    (httpx.ReadTimeout, "no complete answer from {at} within the timeout"),
    (httpx.WriteTimeout, "could not send to {at} within the timeout"),
    (httpx.PoolTimeout, "no free connection to {at} within the timeout"),
    (httpx.ProxyError, "the proxy for {at} failed"),
    (httpx.ConnectError, "could not connect to {at}"),
    (httpx.RemoteProtocolError, "{at} closed the connection or answered with broken HTTP"),
    (httpx.LocalProtocolError, "the request could not be written as HTTP"),
    (httpx.ReadError, "the connection to {at} broke while reading the answer"),
    (httpx.WriteError, "the connection to {at} broke while sending"),
)


def transport_error(error: httpx.RequestError) -> TransportError:
    """Our TransportError for an httpx one, in words (chain it with `raise ... from error`).

    The cause is named by host and port, with the operating system's reason when there is
    one ("connection refused"); httpx's text is scrubbed, since it can quote a header.
    """
    request = error.request
    url = request.url
    at = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"
    cause = next((text for kind, text in _CAUSES if isinstance(error, kind)), "the request failed")
    detail = re.sub(r"^\[Errno -?\d+\]\s*", "", str(error)).strip().rstrip(".")
    if detail and not isinstance(error, httpx.LocalProtocolError | httpx.TimeoutException):
        cause = f"{cause} ({scrub(detail[:1].lower() + detail[1:])})"
    notes = getattr(error, "__notes__", [])  # the retry flow's "gave up after ..."
    if notes:
        cause = f"{cause} [{'; '.join(notes)}]"
    where = str(url.copy_with(query=None))
    return TransportError(cause.format(at=at), method=request.method, url=where)
