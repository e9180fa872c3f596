"""Optional OpenTelemetry spans (`pip install 'confluent-connect[otel]'`): after `instrument()`, every call is a client
span named after its operation, current while it retries and waits. Its attributes: `http.request.method`,
`url.template` (the path with its parameters unfilled: connector names are not recorded), `server.address`,
`http.response.status_code`, `http.request.resend_count`, `confluent_connect.waited` (seconds waiting on backoff and
the rate limit) and `confluent_connect.request_id` (masked); a failure sets the span's status to ERROR with our error's
masked message (another's: its type alone). Until `instrument()`, nothing of OpenTelemetry is imported, and a call
pays one check."""

from __future__ import annotations

from contextlib import nullcontext
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._credentials import scrub
from ._retry import retry_record
from .errors import ConfigurationError, ConnectError, TransportError

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer, TracerProvider

OPERATION = "confluent_connect.operation"  # its key in httpx.Request.extensions: (name, path template)
_tracer: Tracer | None = None
_OFF = nullcontext()


def instrument(tracer_provider: TracerProvider | None = None) -> None:
    """Trace every call of every client from now on, with `tracer_provider` (else OpenTelemetry's global one)."""
    global _tracer  # noqa: PLW0603 - one switch for the process, as OpenTelemetry's instrumentations have
    try:
        from opentelemetry import trace  # noqa: PLC0415 - optional: only instrumented processes import it
    except ImportError:
        raise ConfigurationError("instrument() needs OpenTelemetry: pip install 'confluent-connect[otel]'") from None
    _tracer = trace.get_tracer("confluent_connect", tracer_provider=tracer_provider)


def uninstrument() -> None:
    """Stop tracing calls."""
    global _tracer  # noqa: PLW0603
    _tracer = None


def span(request: dict[str, Any]) -> _Traced | nullcontext[None]:
    """The span of the call `request` (httpx `request()` keyword arguments) makes, or nothing while tracing is off."""
    return _OFF if _tracer is None else _Traced(_tracer, request)


def answered(span: Span | None, response: httpx.Response) -> httpx.Response:
    """Records on `span` (if any) what the response says."""
    if span is not None:
        attempts, waited = retry_record(response)
        span.set_attribute("http.response.status_code", response.status_code)
        span.set_attribute("http.request.resend_count", attempts - 1)
        span.set_attribute("confluent_connect.waited", waited)
        if request_id := response.headers.get("x-request-id"):
            span.set_attribute("confluent_connect.request_id", scrub(request_id))  # a server may echo anything
    return response


class _Traced:
    def __init__(self, tracer: Tracer, request: dict[str, Any]) -> None:
        from opentelemetry.trace import SpanKind  # noqa: PLC0415 - imported once tracing is on

        name, template = request.get("extensions", {}).get(OPERATION, ("request", None))
        url = httpx.URL(request["url"])
        attributes = {"http.request.method": request["method"].upper(), "server.address": url.host}
        attributes |= {"url.template": template} if template else {}
        self._started = tracer.start_as_current_span(
            name, kind=SpanKind.CLIENT, attributes=attributes, record_exception=False, set_status_on_exception=False
        )

    def __enter__(self) -> Span:
        self._span = self._started.__enter__()
        return self._span

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if error is not None:  # our errors' messages are masked; others' (httpx's, a token provider's) are not recorded
            from opentelemetry.trace import StatusCode  # noqa: PLC0415

            self._span.set_attribute("error.type", type(error).__name__)
            said = str(error) if isinstance(error, ConnectError) else None
            if isinstance(error, TransportError):  # its URL names the connector: the span has the path's template
                said = str(error).removeprefix(f"{error.method} {error.url}: ")
            self._span.set_status(StatusCode.ERROR, said)
        self._started.__exit__(kind, error, trace)
