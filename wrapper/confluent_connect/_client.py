"""`ConnectClient` and `AsyncConnectClient`, which differ only where they do I/O. Every operation is a generated method
(`confluent_connect_api.api`) handing its name and arguments to the client's one `_call`: checked and built by
`_calls.prepare`, sent on the one connection pool (whose transport retries), answered by `_calls.outcome`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from types import FunctionType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import attrs
import httpx

from confluent_connect_api.api import AsyncOperations, SyncOperations

from ._calls import check_identifier, decode_json, outcome, prepare, raw_request, transport_error
from ._credentials import TokenSource, forget, resolve_auth, resolve_base_url
from ._flows import Pace, arun, connector_state, offsets_request, patch_config, run
from ._ratelimit import RateLimitState
from ._retry import RetryPolicy
from ._transport import MAX_RESPONSE_SIZE, RetryTransport
from .errors import ConfigurationError, ConnectError, InvalidArgumentError

if TYPE_CHECKING:
    from confluent_connect_api.models import AlterOffsetStatus, ConnectorStatus, ConnectorTask

TaskResults = dict[str, "list[ConnectorTask] | ConnectError"]
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
        try:
            policy = retry or RetryPolicy()
            self.retry_policy = policy if max_retries is None else attrs.evolve(policy, max_retries=max_retries)
        except ValueError as error:
            raise ConfigurationError(str(error)) from None
        if isinstance(max_response_size, bool) or not isinstance(max_response_size, int) or max_response_size < 1:
            raise ConfigurationError(f"max_response_size must be a number of bytes >= 1, not {max_response_size!r}")
        per_attempt = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
        network = transport or self._network(proxy=proxy or _environment_proxy(self.base_url))
        self._transport = RetryTransport(
            network, self.retry_policy, RateLimitState(), deadline=per_attempt, max_size=max_response_size
        )
        # Redirects are followed within the origin only: the transport refuses any other.
        self._http = self._pool(
            base_url=self.base_url, auth=self._auth, timeout=timeout, transport=self._transport,
            headers={"User-Agent": "confluent-connect-python"}, follow_redirects=True,
        )  # fmt: skip

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

    def _ready(self) -> None:
        if self._http.is_closed:
            raise ConfigurationError(f"this {type(self).__name__} is closed: create a new one")
        if os.getpid() != self._pid:  # a forked child: the pool's locks and sockets are the parent's
            raise ConfigurationError(f"this {type(self).__name__} belongs to the process that forked this one: create "
                                     "one in this process, after the fork")  # fmt: skip

    def _fan_out(self, environment_id: str, cluster_id: str, names: Iterable[str], concurrency: int) -> list[str]:
        """Check every argument of a fan-out, and the client, before the first request; drop repeated names."""
        check_identifier("environment_id", environment_id)
        check_identifier("kafka_cluster_id", cluster_id)
        if isinstance(names, str | bytes) or not isinstance(names, Iterable):
            raise InvalidArgumentError("connector_names", f"must be a collection of names, not {type(names).__name__}")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidArgumentError("concurrency", f"must be an int >= 1, not {concurrency!r}")
        names = list(names)
        for index, name in enumerate(names):
            check_identifier(f"connector_names[{index}]", name)
        self._ready()
        return list(dict.fromkeys(names))


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

    def _call(self, name: str, arguments: dict[str, Any], parse: Callable[..., T]) -> T:
        return self._send(prepare(name, arguments), parse)

    def _send(self, request: dict[str, Any], parse: Callable[..., T]) -> T:
        self._ready()
        request["url"] = self._origin + request["url"]
        try:
            response = self._http.request(**request)
        except httpx.RequestError as error:
            raise transport_error(error) from error
        return outcome(response, parse)

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: object = None) -> Any:
        """Call any endpoint, one the API description lacks included, with every guarantee of the generated methods:
        `path` is relative to the base URL (another host is refused), `json` is checked as every body is (JSON, no
        masked secret), POST is never resent, errors are typed and masked. Returns the decoded JSON, or None for an
        empty body."""
        return self._send(raw_request(method, path, params, json), decode_json)

    def update_connector_config(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str, *,
        set: Mapping[str, str] | None = None, remove: Iterable[str] = (),
    ) -> Mapping[str, str]:  # fmt: skip
        """Change some keys of a connector's config and keep the rest: reads the config, applies `set` (key to value)
        and `remove` (keys), and writes the whole config back (PUT config replaces it all). Refuses, before writing,
        when a key whose value the server masks is neither in `set` nor in `remove`: the write would store the mask.
        Read-modify-write with no check on the server: two writers at once race, the later wins. Returns the config as
        the server now holds it (secrets masked)."""
        return run(patch_config((environment_id, kafka_cluster_id, connector_name), set, remove), self)

    def wait_for_connector(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str, *, state: str = "RUNNING",
        timeout: float = 600.0, poll_interval: float = 1.0, failed_grace: float = 0.0,
    ) -> ConnectorStatus:  # fmt: skip
        """Poll the connector's status until it is in `state` (RUNNING: every task too), and return that status.
        Raises ConnectorFailedError when the connector or a task goes FAILED (unless FAILED is awaited), with their
        traces; WaitTimeoutError, with the last state seen, after `timeout` seconds. Just after creating a connector,
        "not found" is waited out for up to 30 s. Polls start `poll_interval` apart and back off to 15 s.

        The service acts asynchronously: right after a restart the status still reads FAILED, so pass `failed_grace`
        (seconds from the start during which FAILED is waited through), e.g. 60. Right after a config change the
        state read may still be the old one."""
        pace = Pace(timeout, poll_interval, self._transport.clock, failed_grace)
        return run(connector_state((environment_id, kafka_cluster_id, connector_name), state, pace), self)

    def wait_for_offsets_request(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str, *, timeout: float = 600.0,
        poll_interval: float = 1.0,
    ) -> AlterOffsetStatus:  # fmt: skip
        """Poll the connector's offsets request until APPLIED and return its status; ConnectorFailedError if it goes
        FAILED, WaitTimeoutError after `timeout` seconds."""
        pace = Pace(timeout, poll_interval, self._transport.clock)
        return run(offsets_request((environment_id, kafka_cluster_id, connector_name), pace), self)

    def list_tasks_many(
        self, environment_id: str, kafka_cluster_id: str, connector_names: Iterable[str], *, concurrency: int = 8
    ) -> TaskResults:
        """The tasks of many connectors, `concurrency` at a time, on threads: for every name, in the order given, its
        tasks or the ConnectError it got (costing no other's result)."""
        names = self._fan_out(environment_id, kafka_cluster_id, connector_names, concurrency)

        def one(name: str) -> list[ConnectorTask] | ConnectError:
            try:
                return self.list_tasks(environment_id, kafka_cluster_id, name)
            except ConnectError as error:
                return error

        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - slow import, rarely used

        with ThreadPoolExecutor(max_workers=min(concurrency, len(names) or 1)) as pool:
            return dict(zip(names, pool.map(one, names), strict=True))

    def close(self) -> None:
        """Close the connection pool; the client cannot be used after. In a forked child, only forgets it."""
        if os.getpid() == self._pid:
            self._http.close()
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

    def _ready(self) -> None:
        import asyncio  # noqa: PLC0415 - the running loop has imported it already

        if vars(self).setdefault("_loop", asyncio.get_running_loop()) is not asyncio.get_running_loop():
            raise ConfigurationError(f"this {type(self).__name__} belongs to another event loop: create one per loop")
        super()._ready()

    async def _call(self, name: str, arguments: dict[str, Any], parse: Callable[..., T]) -> T:
        return await self._send(prepare(name, arguments), parse)

    async def _send(self, request: dict[str, Any], parse: Callable[..., T]) -> T:
        self._ready()
        request["url"] = self._origin + request["url"]
        try:
            response = await self._http.request(**request)
        except httpx.RequestError as error:
            raise transport_error(error) from error
        return outcome(response, parse)

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: object = None
    ) -> Any:
        """`ConnectClient.request`, awaitable."""
        return await self._send(raw_request(method, path, params, json), decode_json)

    async def update_connector_config(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str, *,
        set: Mapping[str, str] | None = None, remove: Iterable[str] = (),
    ) -> Mapping[str, str]:  # fmt: skip
        """`ConnectClient.update_connector_config`, awaitable: read-modify-write, refusing to write a masked secret."""
        return await arun(patch_config((environment_id, kafka_cluster_id, connector_name), set, remove), self)

    async def wait_for_connector(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str, *, state: str = "RUNNING",
        timeout: float = 600.0, poll_interval: float = 1.0, failed_grace: float = 0.0,
    ) -> ConnectorStatus:  # fmt: skip
        """`ConnectClient.wait_for_connector`, awaitable; sleeping between polls frees the event loop."""
        pace = Pace(timeout, poll_interval, self._transport.clock, failed_grace)
        return await arun(connector_state((environment_id, kafka_cluster_id, connector_name), state, pace), self)

    async def wait_for_offsets_request(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str, *, timeout: float = 600.0,
        poll_interval: float = 1.0,
    ) -> AlterOffsetStatus:  # fmt: skip
        """`ConnectClient.wait_for_offsets_request`, awaitable."""
        pace = Pace(timeout, poll_interval, self._transport.clock)
        return await arun(offsets_request((environment_id, kafka_cluster_id, connector_name), pace), self)

    async def list_tasks_many(
        self, environment_id: str, kafka_cluster_id: str, connector_names: Iterable[str], *, concurrency: int = 8
    ) -> TaskResults:
        """The tasks of many connectors, `concurrency` requests in flight: for every name, in the order given, its
        tasks or the ConnectError it got (costing no other's result)."""
        import asyncio  # noqa: PLC0415 - slow import; the running loop has it loaded anyway

        names = self._fan_out(environment_id, kafka_cluster_id, connector_names, concurrency)
        results: TaskResults = {}
        pending = iter(names)

        async def worker() -> None:
            for name in pending:  # the workers share one iterator: each name is taken once
                try:
                    results[name] = await self.list_tasks(environment_id, kafka_cluster_id, name)
                except ConnectError as error:
                    results[name] = error

        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, len(names))):
                group.create_task(worker())
        return {name: results[name] for name in names}

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used after. In a forked child, only forgets it."""
        if os.getpid() == self._pid:
            await self._http.aclose()
        forget(self._auth)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
