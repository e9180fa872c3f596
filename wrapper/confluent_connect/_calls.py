"""One generic call serves every generated operation: what sync and async share, minus I/O.

The generated methods (`confluent_connect_api.api.SyncOperations`/`AsyncOperations`) hand
the client an operation's name, arguments and decoder. `prepare` refuses bad path
parameters and turns a plain mapping given as a body into its model; `outcome` turns every
non-2xx answer into an ApiError and every body not of the documented shape into
ResponseDecodeError. Nothing here knows any one operation.

Path parameters are percent-encoded by the generated code, so a name reaches the server as
given. What encoding cannot save is refused: empty, `.` and `..` (URL normalisation would
change the path), control characters, lone surrogates (no UTF-8) and over-long names.
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
from ._responses import error_from_response
from .errors import InvalidArgumentError, ResponseDecodeError, TransportError

T = TypeVar("T")
_UNSENDABLE = re.compile("[\x00-\x1f\x7f-\x9f]|[\ud800-\udfff]")  # control; lone surrogate
MAX_LENGTH = 1024  # percent-encoded, a name may triple; servers refuse URLs of a few KB

# What decoding a body of the wrong shape raises from generated code: the JSON parser, a
# missing required key, a value of the wrong type, a date that does not parse, nesting deeper
# than Python recurses. The exception's own text may quote a value, so it is not shown.
_DECODE_FAILURES = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


def check_identifier(argument: str, value: object) -> str:
    """`value` if it can name a resource in a URL path, else InvalidArgumentError."""
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, f"must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgumentError(argument, "must not be empty")
    if value in {".", ".."}:
        raise InvalidArgumentError(argument, f"must not be {value!r}: it would change the path")
    if len(value) > MAX_LENGTH:
        raise InvalidArgumentError(argument, f"is {len(value)} characters, over {MAX_LENGTH}")
    if found := _UNSENDABLE.search(value):
        what = "a lone surrogate" if "\ud800" <= found[0] <= "\udfff" else "a control character"
        raise InvalidArgumentError(
            argument, f"must not contain {what} ({found[0]!r} at {found.start()})"
        )
    return value


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
    try:
        return dict(body) if model is None else model.from_dict(body)
    except _DECODE_FAILURES as error:
        raise InvalidArgumentError(
            "body", f"is not a {model.__name__}: {_failure(error)}"
        ) from None


def outcome(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The decoded success value, or the ApiError / ResponseDecodeError the response means."""
    if not response.is_success:
        raise error_from_response(response)
    try:
        return parse(response)
    except _DECODE_FAILURES as error:
        raise ResponseDecodeError(_failure(error), response) from None


def _failure(error: BaseException) -> str:
    """What is wrong with a body that did not decode: names keys and types, never values."""
    if isinstance(error, UnicodeDecodeError | json.JSONDecodeError):
        return "the body is not valid JSON (UTF-8 text)"
    if isinstance(error, ShapeError):
        return f"it is not the documented shape: {error}"
    if isinstance(error, KeyError):
        return f"it lacks the required key {error}"
    if isinstance(error, RecursionError):
        return "it is nested deeper than this client decodes"
    return f"it is not the documented shape ({type(error).__name__})"


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
