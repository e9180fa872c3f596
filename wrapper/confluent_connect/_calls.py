"""One generic call serves every generated operation (sync and async alike, minus I/O): `prepare` checks and builds
the request, refusing path parameters no percent-encoding can save (empty, `.` or `..`, control characters, lone
surrogates, over-long); `outcome` reads the answer. An error status is read from any of three JSON shapes, or a
proxy's HTML or text:
    {"error": {"code": 404, "message": "resource not found"}}                           the documented one
    {"error_code": 500, "message": "Failed to find any class ..."}                       Apache Kafka Connect's
    {"errors": [{"status": "401", "code": "...", "detail": "...", "resolution": "..."}]}  Confluent Cloud's
Message, code and request id are taken from whichever arrived; a whole body is never put in a message."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar

import httpx

from confluent_connect_api.api import operation
from confluent_connect_api.redaction import scrub_value
from confluent_connect_api.types import UNSET, ShapeError, Unset

from . import errors
from ._body import check_body
from ._credentials import scrub
from ._ratelimit import wait_requested
from ._retry import retry_record
from ._tracing import OPERATION
from .errors import InvalidArgumentError, ResponseDecodeError, TransportError

T = TypeVar("T")
_UNSENDABLE = re.compile("[\x00-\x1f\x7f-\x9f]|[\ud800-\udfff]")  # control; lone surrogate
_METHOD = re.compile(r"[A-Za-z]{1,20}")
MAX_LENGTH = 1024  # percent-encoded, a name may triple; servers refuse URLs of a few KB
SENT_SECRETS = "confluent_connect.sent_secrets"  # its key in httpx.Request.extensions

# What decoding a body of the wrong shape raises from generated code: the JSON parser, a missing required key, a value
# of the wrong type, a date that does not parse, nesting deeper than Python recurses. The exception's own text may
# quote a value, so it is not shown.
_DECODE_FAILURES = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


def check_identifier(argument: str, value: object) -> None:
    """InvalidArgumentError unless `value` can name a resource in a URL path."""
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, f"must be a string, not {type(value).__name__}")
    value = str(value)  # what the URL will carry, for a str subclass too
    if not value:
        raise InvalidArgumentError(argument, "must not be empty")
    if value in {".", ".."}:
        raise InvalidArgumentError(argument, f"must not be {value!r}: it would change the path")
    if len(value) > MAX_LENGTH:
        raise InvalidArgumentError(argument, f"is {len(value)} characters, over {MAX_LENGTH}")
    if found := _UNSENDABLE.search(value):
        what = "a lone surrogate" if "\ud800" <= found[0] <= "\udfff" else "a control character"
        raise InvalidArgumentError(argument, f"must not contain {what} ({found[0]!r} at {found.start()})")


def prepare(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """httpx `request()` keyword arguments for operation `name`, or InvalidArgumentError."""
    module, checked = operation(name), dict(arguments)
    for parameter in module.PATH_PARAMETERS:
        check_identifier(parameter, checked[parameter])
    for parameter, (kind, many) in module.ENUM_PARAMETERS.items():
        checked[parameter] = _enum_argument(parameter, checked[parameter], kind, many=many)
    body = checked.get("body", UNSET)
    if isinstance(body, Mapping) and not hasattr(body, "to_dict"):
        check_body(body)  # before the model: the model's own checks may not name where
        checked["body"] = _body_model(module.BODY_MODEL, body)
    elif not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        kind = getattr(module.BODY_MODEL, "__name__", "JSON object")
        raise InvalidArgumentError("body", f"must be a {kind} or a mapping, not {type(body).__name__}")
    try:
        kwargs: dict[str, Any] = module._get_kwargs(**checked)
    except _DECODE_FAILURES as error:  # a model built by hand with a field of the wrong type
        raise InvalidArgumentError("body", f"cannot be sent as JSON: {_failure(error)}") from None
    kwargs["extensions"] = {OPERATION: (name, module.PATH)}
    return with_body(kwargs, kwargs.pop("json", UNSET))


def with_body(kwargs: dict[str, Any], body: object) -> dict[str, Any]:
    """`kwargs` sending `body` as JSON, once `check_body` passes it; the values it carries under secret keys ride
    along in the request's extensions, so that an answer quoting them is masked."""
    if body is not UNSET:
        kwargs["json"] = body
        kwargs["extensions"] = {**kwargs.get("extensions", {}), SENT_SECRETS: check_body(body)}
    return kwargs


def raw_request(method: str, path: str, params: Mapping[str, Any] | None, body: object) -> dict[str, Any]:
    """httpx `request()` keyword arguments for `client.request`, or InvalidArgumentError: a path on the client's own
    host (an absolute URL could send the credentials elsewhere), a body checked as every operation's is."""
    if not isinstance(method, str) or not _METHOD.fullmatch(method):
        raise InvalidArgumentError("method", f"must be an HTTP method such as GET or PUT, not {method!r}")
    if not isinstance(path, str) or not path:
        raise InvalidArgumentError("path", f"must be a non-empty str, not {type(path).__name__}")
    if found := _UNSENDABLE.search(path):
        raise InvalidArgumentError(
            "path", f"must not contain a control character or lone surrogate (at {found.start()})"
        )
    try:
        url = httpx.URL(path)
    except httpx.InvalidURL as error:
        raise InvalidArgumentError("path", f"is not a URL path: {error}") from None
    if url.is_absolute_url or path.startswith(("//", "\\")) or url.userinfo:
        raise InvalidArgumentError("path", "must be a path relative to the client's base URL, not a URL of its own")
    if params is not None and not isinstance(params, Mapping):
        raise InvalidArgumentError("params", f"must be a mapping of query parameters, not {type(params).__name__}")
    if params is not None:
        check_body(params, "params")
    rooted = path if path.startswith("/") else f"/{path}"  # joined to the base URL as a path from its root
    return with_body({"method": method.upper(), "url": rooted, "params": params}, UNSET if body is None else body)


def decode_json(response: httpx.Response) -> Any:
    """The JSON a successful response carries, or None for an empty body (or a retried DELETE's 404)."""
    return response.json() if response.content and response.is_success else None


def _enum_argument(argument: str, value: Any, kind: Any, *, many: bool) -> Any:
    """An enum parameter's members, from members or their string values; else InvalidArgumentError listing them."""
    if isinstance(value, Unset):
        return value
    allowed = ", ".join(member.value for member in kind)
    if many and (isinstance(value, str | bytes) or not isinstance(value, Iterable)):
        raise InvalidArgumentError(argument, f"must be a list of {allowed}, not {type(value).__name__}")
    given = list(value) if many else [value]
    if many and not given:
        raise InvalidArgumentError(argument, f"must name at least one of {allowed}")
    try:
        members = [kind(item) for item in given]
    except ValueError:
        wrong = next(item for item in given if item not in kind.__members__.values())
        shown = repr(wrong) if isinstance(wrong, str) else type(wrong).__name__
        raise InvalidArgumentError(argument, f"takes {allowed}, not {shown}") from None
    return members if many else members[0]


def _body_model(model: Any, body: Mapping[str, Any]) -> Any:
    try:
        return dict(body) if model is None else model.from_dict(body)
    except _DECODE_FAILURES as error:
        raise InvalidArgumentError("body", f"is not a {model.__name__}: {_failure(error)}") from None


def outcome(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The decoded success value, or the ApiError / ResponseDecodeError the response means. A DELETE answered 404
    after an earlier attempt got no answer did what was asked: it is a success (which DELETE's parse reads as None)."""
    attempts, waited = retry_record(response)
    deleted = response.status_code == 404 and response.request.method == "DELETE" and attempts > 1
    if not response.is_success and not deleted:
        raise error_from_response(response, attempts, waited)
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
    (httpx.DecodingError, "the answer from {at} could not be read"),
)


def transport_error(error: httpx.RequestError) -> TransportError:
    """Our TransportError for an httpx one: the cause in words, by host and port, with the operating system's reason
    ("connection refused"); httpx's text is scrubbed, since it can quote a header."""
    request, url = error.request, error.request.url
    at = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"
    cause = next((text for kind, text in _CAUSES if isinstance(error, kind)), "the request failed")
    detail = re.sub(r"^\[Errno -?\d+\]\s*", "", str(error)).strip().rstrip(".")
    if detail and not isinstance(error, httpx.LocalProtocolError | httpx.TimeoutException):
        cause = f"{cause} ({scrub(detail[:1].lower() + detail[1:])})"
    if notes := getattr(error, "__notes__", []):  # the retry flow's "gave up after ..."
        cause = f"{cause} [{'; '.join(notes)}]"
    return TransportError(cause.format(at=at), method=request.method, url=str(url.copy_with(query=None)))


EXCERPT_LENGTH, _JSON_LIMIT, _EXCERPT_SOURCE = 200, 65536, 4096
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"<(script|style)\b.*?(?:</\1[^>]*>|\Z)|<[^>]*>?", re.DOTALL | re.IGNORECASE)


class ErrorBody(NamedTuple):  # what an error body says, whatever its shape
    message: str = ""
    code: str | None = None
    resolution: str | None = None


def parse_error_body(content: bytes, content_type: str = "", sent: Sequence[str] = ()) -> ErrorBody:
    """Message, code and resolution from any of the three shapes, or an excerpt of text, masked (`sent`: values the
    request carried under secret keys). Bounded work: JSON is read from bodies of at most 64 KB (error bodies are
    small), an excerpt from the first 4 KB."""
    text = content[:_JSON_LIMIT].decode("utf-8", errors="replace").strip()
    try:  # JSON of no known shape is not excerpted, nor JSON too long or deep to read: values may be secrets
        if len(content) > _JSON_LIMIT or not text:
            raise ValueError("empty, or too long for an error document")
        return _from_json(json.loads(text), sent)
    except (ValueError, RecursionError):  # masked before the excerpt is cut: no secret shows in part
        html_like = "html" in content_type.lower()
        return ErrorBody("" if text.startswith(("{", "[")) else excerpt(scrub(text, sent), html_like=html_like))


def _from_json(data: Any, sent: Sequence[str]) -> ErrorBody:
    def text(value: Any, cap: int = 1000) -> str:  # a server's text, masked, then capped (50 KB is no message)
        said = scrub_value(scrub(value.strip(), sent)) if isinstance(value, str) else ""
        return said if len(said) <= cap else said[: cap - 1] + "…"

    def code(value: Any) -> str | None:
        usable = isinstance(value, str | int) and not isinstance(value, bool) and value != ""
        return text(str(value), cap=100) if usable else None

    if not isinstance(data, dict):
        return ErrorBody()
    error, problems = data.get("error"), data.get("errors")
    if isinstance(error, dict):
        return ErrorBody(text(error.get("message")), code(error.get("code")))
    if isinstance(error, str):
        return ErrorBody(text(error), code(data.get("error_code") or data.get("code")))
    if "error_code" in data or "message" in data:
        return ErrorBody(text(data.get("message")), code(data.get("error_code")))
    if not isinstance(problems, list) or not problems or not isinstance(problems[0], dict):
        return ErrorBody()
    first, more = problems[0], f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    message = (text(first.get("detail")) or text(first.get("title"))) + more
    return ErrorBody(message, code(first.get("code") or first.get("status")), text(first.get("resolution")) or None)


def excerpt(text: str, *, html_like: bool = False) -> str:
    """A short, one-line excerpt of a text or HTML body (tags, scripts and styles dropped), from its first 4 KB: the
    regular expression's work stays bounded whatever a proxy sends."""
    import html  # noqa: PLC0415 - only proxies answer HTML

    text = text[:_EXCERPT_SOURCE]
    if html_like or text.lstrip().startswith("<"):
        text = html.unescape(_MARKUP.sub(" ", text))
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1].rstrip() + "…"


_ERRORS: dict[int, type[errors.ApiError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    429: errors.RateLimitError,
}


def error_from_response(response: httpx.Response, attempts: int, waited: float) -> errors.ApiError:
    """The ApiError subclass for an error response, with what the server said (masking what the request carried
    under secret keys, should the server quote it)."""
    status, sent = response.status_code, response.request.extensions.get(SENT_SECRETS, ())
    body = parse_error_body(response.content, response.headers.get("content-type", ""), sent)
    kind = _ERRORS.get(status, errors.ServerError if status >= 500 else errors.UnexpectedStatusError)
    return kind(
        status_code=status, message=_without_status(body.message, status), error_code=body.code,
        request_id=_request_id(response), resolution=body.resolution, attempts=attempts, waited=waited,
        retry_after=wait_requested(response.headers) if status == 429 else None, response=response,
    )  # fmt: skip


def _without_status(message: str, status: int) -> str:
    """A proxy's page repeats its status ("502 Bad Gateway 502 Bad Gateway"): said once."""
    said = message
    for repeated in (errors.status_text(status), str(status)):
        said = re.sub(rf"(?<!\w){re.escape(repeated)}(?!\w)", " ", said, flags=re.IGNORECASE)
    return _SPACE.sub(" ", said).strip(" :-" if said != message else " ")  # ": detail" loses its colon


def _request_id(response: httpx.Response) -> str | None:  # masked: a server may echo anything there
    return scrub(response.headers.get("x-request-id", "")) or None


def foreign_redirect(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """The response, unless it redirects to another origin or from https to http: httpx would follow (dropping the
    credentials) and the answer from there would pass for this API's. That raises UnexpectedStatusError naming where
    it pointed."""
    if not response.has_redirect_location:
        return response
    here = request.url
    try:
        there = here.join(response.headers["location"])
    except httpx.InvalidURL:
        where = "a location that is not a URL"
    else:
        if (there.scheme, there.host, there.port) == (here.scheme, here.host, here.port):
            return response
        port = f":{there.port}" if there.port else ""
        where = scrub(f"{there.scheme}://{there.host}{port}{there.path}, another origin")
    raise errors.UnexpectedStatusError(
        status_code=response.status_code, message=f"redirected to {where}: not followed",
        request_id=_request_id(response), response=response,
    )  # fmt: skip
