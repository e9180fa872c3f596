"""`ConnectClient` and `AsyncConnectClient`, which differ only where they do I/O. Every operation is a generated method
(`confluent_connect_api.api`) handing its name and arguments to the client's one `_call`: checked and built by
`_calls.prepare`, sent on the one connection pool (whose transport retries), answered by `_calls.outcome`."""

from __future__ import annotations

import copy
import math
import os
from collections.abc import Callable
from contextvars import copy_context
from dataclasses import replace
from types import FunctionType
from typing import Any, Self, TypeVar

import httpx

from confluent_connect_api.api import AsyncOperations, AsyncRawOperations, SyncOperations, SyncRawOperations

from . import _flows as flows
from . import _tracing as tracing
from ._calls import outcome, prepare, transport_error
from ._credentials import TokenSource, forget, resolve_auth, resolve_base_url
from ._flows import Call, Feature, TaskResults
from ._ratelimit import RateLimitState
from ._raw import AsyncRaw, SyncRaw
from ._retry import RETRY_POLICY, RetryPolicy
from ._transport import MAX_RESPONSE_SIZE, RetryTransport
from .errors import ConfigurationError, ConnectError

__all__ = ["AsyncConnectClient", "ConnectClient", "TaskResults"]
T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)  # a slow read can be a large listing


class _BaseClient:
    """What both clients share: settings resolved once, then one pool that retries."""

    _network: Callable[..., Any]  # the httpx transport class: sync or async
    _pool: Callable[..., Any]  # the httpx client class

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        token: TokenSource | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        proxy: str | httpx.URL | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_response_size: int = MAX_RESPONSE_SIZE,
    ) -> None:
        """Credentials: `api_key` and `api_secret` (a Cloud API key), or `token` (a string, or a callable, sync or
        async, returning a fresh one), else CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET. `base_url`: else
        CONFLUENT_CLOUD_REST_ENDPOINT, else https://api.confluent.cloud. `timeout`: seconds (or an httpx.Timeout) for
        each attempt, its whole answer included. `retry`: a RetryPolicy (`max_retries` sets just that). `proxy`: else
        HTTPS_PROXY/HTTP_PROXY/ALL_PROXY/NO_PROXY as httpx reads them. `transport` replaces the network (tests pass
        httpx.MockTransport). `max_response_size`: the most bytes an answer may hold once decoded (64 MiB).
        """
        self._pid = os.getpid()  # its connections belong to this process
        self.base_url = resolve_base_url(base_url, os.environ)
        self._origin = str(self.base_url).rstrip("/")  # joined to a path here: httpx would parse the URL twice
        self._auth = resolve_auth(api_key, api_secret, token, os.environ)
        self.retry_policy = _retry_policy(retry or RetryPolicy(), max_retries)
        self._timeout, self._owner = _checked_timeout(timeout), True  # False: a with_options client, sharing the pool
        self._shared: dict[str, Any] = {}  # this client's and its with_options copies': the event loop they serve
        if isinstance(max_response_size, bool) or not isinstance(max_response_size, int) or max_response_size < 1:
            raise ConfigurationError(f"max_response_size must be a number of bytes >= 1, not {max_response_size!r}")
        network = transport or self._network(proxy=proxy or _environment_proxy(self.base_url))
        self._transport = RetryTransport(network, self.retry_policy, RateLimitState(), max_size=max_response_size)
        # Redirects are followed within the origin only: the transport refuses any other.
        self._http = self._pool(
            base_url=self.base_url, auth=self._auth, timeout=self._timeout, transport=self._transport,
            headers={"User-Agent": "confluent-connect-python"}, follow_redirects=True,
        )  # fmt: skip
        self._http._cookies = _Cookies()  # httpx sets its jar in __init__, and its setter wraps a plain one around ours

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, auth={type(self._auth).__name__})"

    def __init_subclass__(cls) -> None:
        if getattr(cls.__init__, "__code__", None) is not _BaseClient.__init__.__code__:  # a user's own, or inherited
            return  # else: a wrong keyword's TypeError would name _BaseClient, not the class called
        init = _BaseClient.__init__
        named = FunctionType(init.__code__, init.__globals__, "__init__", None, init.__closure__)
        named.__kwdefaults__, named.__doc__ = init.__kwdefaults__, init.__doc__
        named.__annotations__, named.__qualname__ = init.__annotations__, f"{cls.__name__}.__init__"
        setattr(cls, "__init__", named)  # noqa: B010 - mypy refuses assigning a method

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, retry: RetryPolicy | None = None,
        max_retries: int | None = None,
    ) -> Self:  # fmt: skip
        """This client with its own `timeout` and `retry` (or just `max_retries`), for a one-off long listing or a call
        that must not be retried: `client.with_options(max_retries=0).delete_connector(...)`. It shares the
        credentials, the connection pool and the rate-limit state (one budget per key); closing it closes nothing,
        closing this client closes both."""
        derived = copy.copy(self)
        derived.retry_policy = _retry_policy(retry or self.retry_policy, max_retries)
        derived._timeout = self._timeout if timeout is None else _checked_timeout(timeout)
        derived._owner = False
        return derived

    def _sending(self, request: dict[str, Any]) -> dict[str, Any]:
        """`request` as the pool takes it, once the client can send: its whole URL, a derived client's options."""
        self._ready()
        request["url"] = self._origin + request["url"]
        if not self._owner:
            request["timeout"] = self._timeout
            request["extensions"] = {**request.get("extensions", {}), RETRY_POLICY: self.retry_policy}
        return request

    def _ready(self) -> None:
        if self._http.is_closed:
            raise ConfigurationError(f"this {type(self).__name__} is closed: create a new one")
        if os.getpid() != self._pid:  # a forked child: the pool's locks and sockets are the parent's
            raise ConfigurationError(f"this {type(self).__name__} belongs to the process that forked this one: create "
                                     "one in this process, after the fork")  # fmt: skip

    # The features above the operations, each written once for both clients (see _flows).
    request = Feature(flows.request)
    update_connector_config = Feature(flows.update_connector_config)
    wait_for_connector = Feature(flows.wait_for_connector)
    wait_for_offsets_request = Feature(flows.wait_for_offsets_request)
    list_tasks_many = Feature(flows.list_tasks_many)


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, reading a response's cookies only when it sets some: httpx copies every header of every
    response into an `email.message.Message` to look for them, a seventh of a call's own time."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _retry_policy(policy: RetryPolicy, max_retries: int | None) -> RetryPolicy:
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy, not {type(policy).__name__}")
    try:
        return policy if max_retries is None else replace(policy, max_retries=max_retries)
    except ValueError as error:
        raise ConfigurationError(str(error)) from None


def _checked_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """`timeout` as httpx takes it, each limit None or seconds >= 0: a wrong one is refused now, not at a call."""
    for limit in timeout.as_dict().values() if isinstance(timeout, httpx.Timeout) else [timeout]:
        number = isinstance(limit, int | float) and not isinstance(limit, bool)
        if limit is not None and not (number and math.isfinite(limit) and limit >= 0):
            raise ConfigurationError(f"timeout must be seconds >= 0 or an httpx.Timeout, not {timeout!r}")
    return httpx.Timeout(timeout)


def _environment_proxy(url: httpx.URL) -> str | None:  # the environment's proxy for `url`, as httpx would read it
    import urllib.request  # noqa: PLC0415 - slow to import; needed once per client

    proxies = urllib.request.getproxies_environment()
    return None if urllib.request.proxy_bypass(url.host) else proxies.get(url.scheme) or proxies.get("all")


class ConnectClient(SyncOperations, _BaseClient):
    """A client for Confluent Cloud's Connect v1 API: one method per operation. Safe to share between threads; one
    connection pool serves them all.

        from confluent_connect import ConnectClient

        with ConnectClient() as client:  # credentials from CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET
            for task in client.list_tasks("env-demo1", "lkc-demo1", "gcs-logs-sink"):
                print(task.id.task, task.config["connector.class"])
    """

    _http: httpx.Client
    _network, _pool = httpx.HTTPTransport, httpx.Client

    def _sleep(self, seconds: float) -> None:
        self._transport.sleep(seconds)

    list_tasks = SyncOperations.list_connector_tasks  # the name users know

    @property
    def with_raw_response(self) -> SyncRawOperations:
        """Every operation answering a RawResponse: status, headers, request id, retries and `parse()`."""
        return SyncRaw(self)

    def _call(self, name: str, arguments: dict[str, Any], parse: Callable[..., T]) -> T:
        return self._send(prepare(name, arguments), parse)

    def _send(self, request: dict[str, Any], parse: Callable[..., T]) -> T:
        with tracing.span(request := self._sending(request)) as span:
            try:
                response = self._http.request(**request)
            except httpx.RequestError as error:
                raise transport_error(error) from error
            return outcome(tracing.answered(span, response), parse)

    def _gather(self, calls: list[Call], concurrency: int) -> list[Any]:
        """Each call's result, or the ConnectError it got, `concurrency` at a time on threads."""
        self._ready()

        def one(call: Call) -> Any:
            try:
                return getattr(self, call.method)(*call.args)
            except ConnectError as error:
                return error

        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - slow import, rarely used

        contexts = [copy_context() for _ in calls]  # the caller's, in each thread: its span is their calls' parent
        with ThreadPoolExecutor(max_workers=min(concurrency, len(calls) or 1)) as pool:
            return list(pool.map(lambda context, call: context.run(one, call), contexts, calls))

    def close(self) -> None:
        """Close the connection pool; the client cannot be used after. In a forked child, only forgets it. A client
        from `with_options` closes nothing."""
        if self._owner and os.getpid() == self._pid:
            self._http.close()
        if self._owner:
            forget(self._auth)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncConnectClient(AsyncOperations, _BaseClient):
    """The asyncio twin of `ConnectClient`: the same arguments, awaitable methods. Close it with `await
    client.aclose()` or `async with`. It serves the event loop it is first used on (its connections belong to that
    loop)."""

    _http: httpx.AsyncClient
    _network, _pool = httpx.AsyncHTTPTransport, httpx.AsyncClient

    async def _sleep(self, seconds: float) -> None:
        await self._transport.async_sleep(seconds)

    list_tasks = AsyncOperations.list_connector_tasks  # the name users know

    @property
    def with_raw_response(self) -> AsyncRawOperations:
        """Every operation answering a RawResponse (awaited): status, headers, request id, retries and `parse()`."""
        return AsyncRaw(self)

    def _ready(self) -> None:
        import asyncio  # noqa: PLC0415 - the running loop has imported it already

        if self._shared.setdefault("loop", asyncio.get_running_loop()) is not asyncio.get_running_loop():
            raise ConfigurationError(f"this {type(self).__name__} belongs to another event loop: create one per loop")
        super()._ready()

    async def _call(self, name: str, arguments: dict[str, Any], parse: Callable[..., T]) -> T:
        return await self._send(prepare(name, arguments), parse)

    async def _send(self, request: dict[str, Any], parse: Callable[..., T]) -> T:
        with tracing.span(request := self._sending(request)) as span:
            try:
                response = await self._http.request(**request)
            except httpx.RequestError as error:
                raise transport_error(error) from error
            return outcome(tracing.answered(span, response), parse)

    async def _gather(self, calls: list[Call], concurrency: int) -> list[Any]:
        """Each call's result, or the ConnectError it got, `concurrency` requests in flight."""
        import asyncio  # noqa: PLC0415 - the running loop has imported it already

        self._ready()
        pending, results = iter(enumerate(calls)), list[Any](calls)

        async def worker() -> None:
            for index, call in pending:  # the workers share one iterator: each call is made once
                try:
                    results[index] = await getattr(self, call.method)(*call.args)
                except ConnectError as error:
                    results[index] = error

        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, len(calls))):
                group.create_task(worker())
        return results

    async def aclose(self) -> None:
        """`ConnectClient.close`, awaitable."""
        if self._owner and os.getpid() == self._pid:
            await self._http.aclose()
        if self._owner:
            forget(self._auth)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
