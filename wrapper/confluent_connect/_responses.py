"""Turning an error response into the exception that describes it.

Confluent's services answer errors in three JSON shapes, and a proxy in front of them can
answer with HTML or plain text:

    {"error": {"code": 404, "message": "resource not found"}}           the documented one
    {"error_code": 500, "message": "Failed to find any class ..."}       Apache Kafka Connect's
    {"errors": [{"status": "401", "code": "...", "title": "...",
                 "detail": "...", "resolution": "..."}]}                  Confluent Cloud's
    <html><body><h1>502 Bad Gateway</h1>...                              a proxy's

Message, code and request id are taken from whichever shape arrived; a whole body is never
put in a message.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

import httpx

from ._ratelimit import wait_requested
from ._redact import scrub
from ._retry import RETRY_RECORD, RetryRecord
from .errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedStatusError,
    status_text,
)

EXCERPT_LENGTH = 200

_BY_STATUS: dict[int, type[ApiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
}


class ErrorBody(NamedTuple):
    """What an error body says, whatever its shape."""

    message: str = ""
    code: str | None = None
    resolution: str | None = None


def parse_error_body(content: bytes, content_type: str = "") -> ErrorBody:
    """Message, code and resolution from any of the three shapes, or an excerpt of text.

    Bounded work whatever arrives: JSON is read from bodies of at most 64 KB (error bodies
    are small), an excerpt from the first 4 KB, and nesting too deep to parse is text.
    """
    text = content[:_JSON_LIMIT].decode("utf-8", errors="replace").strip()
    if not text:
        return ErrorBody()
    try:
        if len(content) > _JSON_LIMIT:
            raise ValueError("too long to be an error document")
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ErrorBody(message=excerpt(text, html_like="html" in content_type.lower()))
    # JSON of no known shape is not excerpted: its values may be anything, secrets included.
    return _from_json(data) or ErrorBody()


def _from_json(data: Any) -> ErrorBody | None:
    if not isinstance(data, dict):
        return None
    error = data.get("error")
    if isinstance(error, dict):
        return ErrorBody(message=_text(error.get("message")), code=_code(error.get("code")))
    if isinstance(error, str):
        return ErrorBody(message=error, code=_code(data.get("error_code") or data.get("code")))
    if "error_code" in data or "message" in data:
        return ErrorBody(message=_text(data.get("message")), code=_code(data.get("error_code")))
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        message = _text(first.get("detail")) or _text(first.get("title"))
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more)"
        return ErrorBody(
            message=message,
            code=_code(first.get("code") or first.get("status")),
            resolution=_text(first.get("resolution")) or None,
        )
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _code(value: Any) -> str | None:
    if isinstance(value, bool) or value is None or value == "":
        return None
    return str(value) if isinstance(value, str | int) else None


_JSON_LIMIT, _EXCERPT_SOURCE = 65536, 4096
_SPACE = re.compile(r"\s+")


def excerpt(text: str, *, html_like: bool = False) -> str:
    """A short, one-line excerpt of a text or HTML body, from its first 4 KB."""
    text = text[:_EXCERPT_SOURCE]
    if html_like or text.lstrip().startswith("<"):
        text = _text_of_html(text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > EXCERPT_LENGTH:
        text = text[: EXCERPT_LENGTH - 1].rstrip() + "…"
    return text


def _text_of_html(page: str) -> str:
    """The text of an HTML page, tags and script/style blocks dropped, in one forward scan."""
    import html  # noqa: PLC0415 - only proxies answer HTML

    lower, kept, at = page.lower(), [], 0
    while (start := page.find("<", at)) >= 0:
        kept.append(page[at:start])
        block = next((b for b in ("script", "style") if lower.startswith(b, start + 1)), None)
        if block is not None:
            start = lower.find(f"</{block}", start)
        close = page.find(">", start) if start >= 0 else -1
        if close < 0:
            return html.unescape(" ".join(kept))
        kept.append(" ")
        at = close + 1
    kept.append(page[at:])
    return html.unescape("".join(kept))


def _without_status(message: str, status: int) -> str:
    """A proxy's page repeats its status ("502 Bad Gateway 502 Bad Gateway"): said once."""
    for repeated in (status_text(status), str(status)):
        message = re.sub(re.escape(repeated), " ", message, flags=re.IGNORECASE)
    return _SPACE.sub(" ", message).strip()


def request_id(response: httpx.Response) -> str | None:
    return response.headers.get("x-request-id") or None


def error_from_response(response: httpx.Response) -> ApiError:
    """The ApiError subclass for an error response, with what the server said."""
    body = parse_error_body(response.content, response.headers.get("content-type", ""))
    record = response.extensions.get(RETRY_RECORD)
    if not isinstance(record, RetryRecord):
        record = RetryRecord(attempts=1, waited=0.0)
    fields: dict[str, Any] = {
        "status_code": response.status_code,
        "message": scrub(_without_status(body.message, response.status_code)),
        "error_code": body.code,
        "request_id": request_id(response),
        "resolution": body.resolution,
        "attempts": record.attempts,
        "waited": record.waited,
        "response": response,
    }
    status = response.status_code
    if status == 429:
        return RateLimitError(retry_after=wait_requested(response.headers), **fields)
    if status >= 500:
        return ServerError(**fields)
    return _BY_STATUS.get(status, UnexpectedStatusError)(**fields)


def foreign_redirect(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """The response, unless it redirects to another origin or from https to http: httpx
    would follow (dropping the credentials) and the answer from there would pass for this
    API's. That raises UnexpectedStatusError naming where it pointed."""
    if not response.has_redirect_location:
        return response
    here, there = request.url, request.url.join(response.headers["location"])
    if (there.scheme, there.host, there.port) == (here.scheme, here.host, here.port):
        return response
    port = f":{there.port}" if there.port else ""
    raise UnexpectedStatusError(
        status_code=response.status_code,
        message=f"redirected to {there.scheme}://{there.host}{port}{there.path}, "
        "another origin: not followed",
        request_id=request_id(response),
        response=response,
    )
