"""A local stand-in for Confluent Cloud's Connect v1 API, on 127.0.0.1.

It answers every route of the API (see `_api.py`), statefully, as the live service does:
Basic or Bearer authentication, `X-Request-Id` on every response, `X-RateLimit-*` headers
with a configurable limit and `Retry-After` on 429 (an empty body, as the live service
sends), changes that take effect after a delay, failures and faults on demand. Standard
library only.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import math
import socket
import struct
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import urlsplit

from .._client import AsyncConnectClient, ConnectClient
from ._api import ConnectApi, Reply, error_body, parse_route, refuse
from ._data import Connector, Fault, seed_connectors
from ._lifecycle import Key

__all__ = ["ConnectSimulator", "error_body"]

_MAX_BODY = 10 * 1024 * 1024


class _RateLimiter:
    """Fixed windows of `window` seconds allowing `limit` requests each."""

    def __init__(self, limit: int | None, window: float, reset_format: str) -> None:
        self.limit, self.window, self.reset_format = limit, window, reset_format
        self._lock = threading.Lock()
        self._start = time.monotonic()
        self._index = -1
        self._used = 0

    def take(self) -> tuple[dict[str, str], bool]:
        """Headers for this response, and whether it is over the limit."""
        if self.limit is None:
            return {}, False
        now = time.monotonic() - self._start
        with self._lock:
            index = int(now // self.window)
            if index != self._index:
                self._index, self._used = index, 0
            limited = self._used >= self.limit
            if not limited:
                self._used += 1
            remaining = self.limit - self._used
        reset = (index + 1) * self.window - now
        shown = str(math.ceil(reset)) if self.reset_format == "integer" else f"{reset:.3f}"
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": shown,
        }
        if limited:
            headers["Retry-After"] = shown
        return headers, limited


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    server: _Server

    def setup(self) -> None:
        super().setup()
        # The standard library's server otherwise stalls ~40 ms per keep-alive response
        # (Nagle's algorithm meeting delayed ACKs).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.simulator._track(self.connection, open_=True)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        self.server.simulator._track(self.connection, open_=False)

    def do_GET(self) -> None:
        self.server.simulator._answer(self)

    do_PUT = do_DELETE = do_PATCH = do_POST = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a test's output is not the place for an access log."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, simulator: ConnectSimulator, port: int) -> None:
        self.simulator = simulator
        super().__init__(("127.0.0.1", port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hang up (and faults hang up on them): not worth a traceback."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class ConnectSimulator:
    """A Connect v1 API on 127.0.0.1, for tests, demos and benchmarks.

        with ConnectSimulator() as sim:
            with sim.client() as client:
                client.list_tasks("env-demo1", "lkc-demo1", "gcs-logs-sink")

    `rate_limit` requests are allowed per `window` seconds (None: no limit). The live
    service sends X-RateLimit-Reset in whole seconds; `reset_format="fractional"` sends
    milliseconds instead, so that tests can compress time with sub-second windows.

    What a request starts takes effect `transition_delay` seconds later, as read from
    `clock` (a fake clock moves connectors exactly when a test says): a created connector
    is PROVISIONING, without tasks, until then; pause, resume, restart and a new config
    change nothing before it; an offsets alteration is PENDING until then. `fail`,
    `fail_on_create` and `fail_next_offsets_request` make things go wrong on demand.
    """

    api_key = "SIMULATORKEY0001"
    api_secret = "simulator-secret-do-not-use"  # noqa: S105 - the simulator's own
    token = "simulator-token-do-not-use"  # noqa: S105

    def __init__(
        self,
        connectors: Iterable[Connector] | None = None,
        *,
        rate_limit: int | None = None,
        window: float = 1.0,
        reset_format: Literal["integer", "fractional"] = "integer",
        port: int = 0,
        transition_delay: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not (isinstance(transition_delay, int | float) and 0 <= transition_delay < math.inf):
            raise ValueError(f"transition_delay must be a number of seconds >= 0, not {transition_delay!r}")
        self._api = ConnectApi(
            seed_connectors() if connectors is None else connectors, delay=float(transition_delay), clock=clock
        )
        self._limiter = _RateLimiter(rate_limit, window, reset_format)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self.statuses: Counter[int] = Counter()
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- data ---------------------------------------------------------------------------

    def add(self, connector: Connector) -> None:
        """Serve one more connector (replacing one of the same name)."""
        self._api.add(connector)

    @property
    def transition_delay(self) -> float:
        """Seconds between a request and the change it starts."""
        return self._api.timeline.delay

    def connector(self, name: str, environment: str = "env-demo1", cluster: str = "lkc-demo1") -> Connector:
        """A connector as the simulator holds it now (what is due has happened): change it,
        and the answers change."""
        with self._api.lock:
            self._api.settle()
            return self._api.connectors[(environment, cluster, name)]

    def fail(
        self,
        name: str,
        trace: str,
        *,
        task: int | None = None,
        environment: str = "env-demo1",
        cluster: str = "lkc-demo1",
    ) -> None:
        """Make the connector (or its task number `task`) FAILED now, with `trace` as the
        connector's `trace` (or the task's `msg`). A restart brings it back RUNNING, unless
        it holds what keeps it from running (a secret written as a mask, say)."""
        self._api.fail(_key(name, environment, cluster), trace, task)

    def fail_on_create(
        self, name: str, trace: str, *, environment: str = "env-demo1", cluster: str = "lkc-demo1"
    ) -> None:
        """When a connector of this name is next created, it goes PROVISIONING, then FAILED
        with `trace` (and no tasks) after the delay."""
        self._api.fail_on_create(_key(name, environment, cluster), trace)

    def fail_next_offsets_request(
        self, name: str, message: str, *, environment: str = "env-demo1", cluster: str = "lkc-demo1"
    ) -> None:
        """The connector's next offsets alteration is PENDING, then FAILED with `message`;
        its offsets stay as they were."""
        self._api.fail_next_offsets_request(_key(name, environment, cluster), message)

    def inject(self, name: str, *faults: Fault, environment: str = "env-demo1", cluster: str = "lkc-demo1") -> None:
        """Add faults to a connector's next requests, on any of its routes."""
        with self._api.lock:
            self.connector(name, environment, cluster).faults.extend(faults)

    # --- lifecycle ----------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the simulator is not running: call start() or use `with`")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> Self:
        self._server = _Server(self, self._port)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name="connect-simulator", daemon=True,
        )  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; nothing is left running."""
        if self._server is None:
            return
        self._server.shutdown()
        with self._lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self, **options: Any) -> ConnectClient:
        """A ConnectClient for this simulator (the simulator's key unless told otherwise)."""
        return ConnectClient(**self._client_options(options))

    def async_client(self, **options: Any) -> AsyncConnectClient:
        """An AsyncConnectClient for this simulator."""
        return AsyncConnectClient(**self._client_options(options))

    def _client_options(self, options: dict[str, Any]) -> dict[str, Any]:
        options.setdefault("base_url", self.url)
        if "token" not in options:
            options.setdefault("api_key", self.api_key)
            options.setdefault("api_secret", self.api_secret)
        return options

    # --- serving ------------------------------------------------------------------------

    def _track(self, connection: socket.socket, *, open_: bool) -> None:
        with self._lock:
            (self._open.add if open_ else self._open.discard)(connection)

    def _authorized(self, header: str | None) -> bool:
        if header is None:
            return False
        kind, _, value = header.partition(" ")
        if kind.lower() == "bearer":
            return value == self.token
        if kind.lower() == "basic":
            try:
                decoded = base64.b64decode(value, validate=True).decode()
            except ValueError:
                return False
            return decoded == f"{self.api_key}:{self.api_secret}"
        return False

    def _answer(self, handler: _Handler) -> None:
        body = _read_body(handler)
        if body is None:
            self._reply(handler, refuse(413, "request body too large"))
            handler.close_connection = True
            return
        if not self._authorized(handler.headers.get("Authorization")):
            self._reply(handler, refuse(401, "Unauthorized"))
            return
        headers, limited = self._limiter.take()
        if limited:  # the live service's 429 may carry no body at all
            self._send(handler, 429, b"", "application/json", headers=headers)
            return
        url = urlsplit(handler.path)
        route = parse_route(url.path)
        if route is None:
            message = (
                f"{handler.command} {url.path} is not an operation of the Connect v1 API that this simulator serves"
            )
            self._reply(handler, refuse(501, message), headers)
            return
        with self._api.lock:
            connector = self._api.find(route)
            fault = connector.take_fault() if connector is not None else None
        if fault is not None and self._misbehave(handler, fault, headers):
            return
        answer = self._api.handle(handler.command, route, url.query, body)
        if fault is not None and fault.kind == "truncate":  # done, but the answer is cut short
            cut = answer.body[: len(answer.body) // 2]
            self._send(
                handler, answer.status, cut, answer.content_type, headers=headers,
                length=len(cut) + 64,
            )  # fmt: skip
            self._drop(handler, abort=False)
            return
        self._reply(handler, answer, headers)

    def _misbehave(self, handler: _Handler, fault: Fault, headers: dict[str, str]) -> bool:
        """Act out a fault; True when the request is answered (or abandoned) by it."""
        if fault.kind in ("latency", "truncate"):
            time.sleep(fault.delay)
            return False
        if fault.kind == "rate-limit":
            retry = {**headers, "Retry-After": str(fault.retry_after), "X-RateLimit-Remaining": "0"}
            self._send(handler, 429, b"", "application/json", headers=retry)
        elif fault.kind == "status":
            body = error_body(fault.status, _reason(fault.status), fault.shape)
            self._reply(handler, Reply(fault.status, *body), headers)
        else:  # reset: counted as status 0, as no status is sent
            with self._lock:
                self.statuses[0] += 1
            self._drop(handler, abort=True)
        return True

    @staticmethod
    def _drop(handler: _Handler, *, abort: bool) -> None:
        handler.close_connection = True
        connection = handler.connection
        with contextlib.suppress(OSError):
            if abort:  # an RST instead of an orderly close
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            connection.shutdown(socket.SHUT_RDWR)

    def _reply(self, handler: _Handler, answer: Reply, headers: dict[str, str] | None = None) -> None:
        self._send(handler, answer.status, answer.body, answer.content_type, headers=headers)

    def _send(
        self,
        handler: _Handler,
        status: int,
        body: bytes,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        with self._lock:
            request_id = f"sim-{next(self._ids):06d}"
            self.statuses[status] += 1
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body) if length is None else length))
        handler.send_header("X-Request-Id", request_id)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)


def _key(name: str, environment: str, cluster: str) -> Key:
    return (environment, cluster, name)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _read_body(handler: _Handler) -> bytes | None:
    """The request's body, read whatever the route (a keep-alive connection needs it gone);
    None when it is too large to accept."""
    try:
        length = int(handler.headers.get("Content-Length") or 0)
    except ValueError:
        length = 0
    if length > _MAX_BODY:
        return None
    return handler.rfile.read(length) if length > 0 else b""
