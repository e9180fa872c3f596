"""Everything this package raises.

    ConnectError                      base of everything below
    ├── InvalidArgumentError          (also ValueError) bad input, raised before anything is sent
    ├── ConfigurationError            (also ValueError) no credentials, an unsafe base URL, ...
    ├── ApiError                      the server answered with an error status
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── RateLimitError            429, after the retries this client allows
    │   ├── BadRequestError           400: the request was refused as wrong (for a config: what is wrong)
    │   ├── ConflictError             409: the connector already exists
    │   ├── ServerError               5xx, after the retries this client allows
    │   └── UnexpectedStatusError     any other status: 418, a redirect that was not followed, ...
    ├── ResponseDecodeError           a success status whose body is not what the API documents
    ├── TransportError                no usable response: connection refused, timeout, ...
    ├── ConnectorFailedError          waiting, a connector, task or offsets request went FAILED
    └── WaitTimeoutError              (also TimeoutError) waiting, the state was not reached in time

An `ApiError` keeps what the server said: `status_code`, `error_code`, `message`, `request_id` (quote it to Confluent
support) and the `response`. Messages never embed a whole body, nor a credential. Errors copy and pickle (a worker
process can raise one to its parent), leaving `response` behind: its request carries the Authorization header.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: importing the errors costs no httpx
    import httpx

__all__ = ["ApiError", "AuthenticationError", "BadRequestError", "ConfigurationError", "ConflictError", "ConnectError"]
__all__ += ["ConnectorFailedError", "InvalidArgumentError", "NotFoundError", "PermissionDeniedError", "RateLimitError"]
__all__ += ["ResponseDecodeError", "ServerError", "TransportError", "UnexpectedStatusError", "WaitTimeoutError"]


class ConnectError(Exception):
    """Base class of every exception this package raises."""

    response: httpx.Response | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        state = {key: value for key, value in vars(self).items() if key != "response"}
        return (_restore, (type(self), self.args, state))


def _restore(kind: type[ConnectError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    vars(error).update(state)
    return error


class InvalidArgumentError(ConnectError, ValueError):
    """An argument was refused before any request was sent; `argument` names it."""

    def __init__(self, argument: str, problem: str) -> None:
        self.argument, self.problem = argument, problem
        super().__init__(f"{argument} {problem}")


class ConfigurationError(ConnectError, ValueError):
    """The client cannot be set up as asked (missing credentials, an unsafe base URL, ...)."""


def status_text(status_code: int) -> str:
    """`404 Not Found`, or just the number for a status HTTP has no phrase for."""
    known = {status.value: status.phrase for status in HTTPStatus}
    return f"{status_code} {known.get(status_code, '')}".rstrip()


class ApiError(ConnectError):
    """The server answered with an error status; `str()` reads like ``404 Not Found: resource not found (request id
    abc-123)``. `attempts` counts the requests sent, `waited` the seconds waited between them."""

    def __init__(
        self, *, status_code: int, message: str = "", error_code: str | None = None,
        request_id: str | None = None, resolution: str | None = None, attempts: int = 1,
        waited: float = 0.0, retry_after: float | None = None, response: httpx.Response | None = None,
    ) -> None:  # fmt: skip
        self.status_code, self.message, self.error_code = status_code, message, error_code
        self.request_id, self.resolution, self.response = request_id, resolution, response
        self.attempts, self.waited, self.retry_after = attempts, waited, retry_after
        super().__init__(message)

    def __str__(self) -> str:
        notes = [f"gave up after {self.attempts} attempts, {self.waited:.1f} s waited"] if self.attempts > 1 else []
        if self.retry_after is not None:
            notes.append(f"asked to wait {self.retry_after:g} s")
        text = status_text(self.status_code) + (f": {self.message}" if self.message else "")
        text += f" [{'; '.join(notes)}]" if notes else ""
        return text + (f" (request id {self.request_id})" if self.request_id else "")


class AuthenticationError(ApiError):
    """401: the credentials were missing, wrong or expired."""


class PermissionDeniedError(ApiError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(ApiError):
    """404: no such environment, cluster or connector (or no access to it)."""


class RateLimitError(ApiError):
    """429 after the retries allowed, or a wait asked for over max_wait; `retry_after` is the wait in seconds the
    server last asked for (None if it said none)."""


class BadRequestError(ApiError):
    """400: the server refused the request as wrong; for a config, `message` says which key and why."""


class ConflictError(ApiError):
    """409: the request conflicts with what exists, as creating a connector whose name is taken."""


class ServerError(ApiError):
    """5xx: the service (or a proxy in front of it) failed."""


class UnexpectedStatusError(ApiError):
    """A status no operation expects: 418, 422, a redirect that was not followed..."""


class ResponseDecodeError(ConnectError):
    """A success status whose body is not valid JSON, or not the documented shape: `content` is the body as received.
    The message names what was wrong, never values (secrets)."""

    def __init__(self, reason: str, response: httpx.Response) -> None:
        self.reason, self.response, self.status_code = reason, response, response.status_code
        from ._credentials import scrub  # noqa: PLC0415 - imports httpx: not when the errors are imported

        self.content, self.request_id = response.content, scrub(response.headers.get("x-request-id", "")) or None
        text = f"{status_text(self.status_code)} with a body that cannot be decoded: {reason}"
        super().__init__(text + (f" (request id {self.request_id})" if self.request_id else ""))


class TransportError(ConnectError):
    """No usable response: the connection was refused, timed out or broke off. The message names method, host, port
    and path, and the cause in words; httpx's error is `__cause__`."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method, self.url = method, url
        super().__init__(f"{method} {url}: {message}")


class ConnectorFailedError(ConnectError):
    """While waiting for a state, the connector, one of its tasks or an offsets request went FAILED. `status` is the
    last status read (a ConnectorStatus or an AlterOffsetStatus); the message quotes the traces, masked and cut."""

    def __init__(self, message: str, status: Any) -> None:
        self.status = status
        super().__init__(message)


class WaitTimeoutError(ConnectError, TimeoutError):
    """The state waited for was not reached within the timeout; `status` is the last one read (None if none was)."""

    def __init__(self, message: str, status: Any = None) -> None:
        self.status = status
        super().__init__(message)
