"""`ConnectClient` and `AsyncConnectClient`: the two differ only where they do I/O.

Every operation of the API is a generated method (`SyncOperations`/`AsyncOperations` from
`confluent_connect_api.api`) that hands its name and arguments to the client's one `_call`:
checked and built by `_calls.prepare`, sent on the client's one httpx client (one connection
pool, whose transport retries), answered by `_calls.outcome`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Self, TypedDict, TypeVar, Unpack

import attrs
import httpx

from confluent_connect_api.api import AsyncOperations, SyncOperations
from confluent_connect_api.models import ConnectorTask

from ._calls import outcome, prepare, transport_error
from ._constants import DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, USER_AGENT
from ._ratelimit import RateLimitState
from ._retry import RetryPolicy
from ._settings import TokenSource, resolve_auth, resolve_base_url
from ._transport import RetryTransport
from ._validation import check_identifier
from .errors import ConfigurationError, ConnectError, InvalidArgumentError

TaskResults = dict[str, list[ConnectorTask] | ConnectError]
T = TypeVar("T")


class ClientOptions(TypedDict, total=False):
    """The keyword arguments both clients take (where each comes from: `_settings`).

    api_key, api_secret  a Cloud API key and its secret, sent as HTTP Basic
    token        a Bearer token, or a callable returning a fresh one (asked again on a 401)
    base_url     the endpoint (default: CONFLUENT_CLOUD_REST_ENDPOINT, else Confluent's)
    timeout      seconds, or an httpx.Timeout (default: 30 s, 10 s to connect)
    retry        a RetryPolicy; `max_retries` sets just that one setting of it
    """

    api_key: str | None
    api_secret: str | None
    token: TokenSource | None
    base_url: str | httpx.URL | None
    timeout: float | httpx.Timeout | None
    retry: RetryPolicy | None
    max_retries: int | None


class _BaseClient:
    """Settings both clients resolve the same way; see `_settings` for the rules."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        token: TokenSource | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
    ) -> None:
        self._base_url = resolve_base_url(base_url, os.environ)
        self._auth = resolve_auth(
            api_key=api_key, api_secret=api_secret, token=token, environ=os.environ
        )
        policy = retry if retry is not None else RetryPolicy()
        if max_retries is not None:
            try:
                policy = attrs.evolve(policy, max_retries=max_retries)
            except ValueError as error:
                raise ConfigurationError(str(error)) from None
        self.retry_policy = policy
        self._rate_limit = RateLimitState()
        self._timeout = timeout

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    def _httpx_options(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "timeout": self._timeout,
            "headers": {"User-Agent": USER_AGENT},
            # httpx drops Authorization when a redirect leaves the origin.
            "follow_redirects": True,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self._base_url)!r}, auth={self._auth!r})"


def _names_for_many(
    environment_id: str, kafka_cluster_id: str, connector_names: Iterable[str], concurrency: int
) -> list[str]:
    """Check every argument of a fan-out before the first request; drop repeated names."""
    check_identifier("environment_id", environment_id)
    check_identifier("kafka_cluster_id", kafka_cluster_id)
    if isinstance(connector_names, str):
        raise InvalidArgumentError("connector_names", "must be a collection of names, not one str")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidArgumentError("concurrency", f"must be an int >= 1, not {concurrency!r}")
    names = list(dict.fromkeys(connector_names))
    for name in names:
        check_identifier("connector_names", name)
    return names


class ConnectClient(SyncOperations, _BaseClient):
    """A client for Confluent Cloud's Connect v1 API.

        with ConnectClient() as client:   # credentials from CONFLUENT_CLOUD_API_KEY/_SECRET
            for task in client.list_tasks("env-abc123", "lkc-abc123", "my-connector"):
                print(task.id.task, task.config["connector.class"])

    Safe to share between threads; one connection pool serves them all.
    """

    def __init__(
        self, *, transport: httpx.BaseTransport | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        """`transport` replaces the network (tests pass `httpx.MockTransport`); the other
        options are those of `ClientOptions`."""
        super().__init__(**options)
        retrying = RetryTransport(
            transport or httpx.HTTPTransport(), self.retry_policy, self._rate_limit
        )
        self._http = httpx.Client(transport=retrying, **self._httpx_options())

    def _call(
        self, name: str, arguments: dict[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        request = prepare(name, arguments)
        try:
            response = self._http.request(**request)
        except httpx.RequestError as error:
            raise transport_error(error, request) from error
        return outcome(response, parse)

    def list_tasks(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str
    ) -> list[ConnectorTask]:
        """Every task of a connector: its ID and configuration (the API does not paginate).

        The seed's name for `list_connector_tasks`, which documents what it raises.
        """
        return self.list_connector_tasks(environment_id, kafka_cluster_id, connector_name)

    def list_tasks_many(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_names: Iterable[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> TaskResults:
        """The tasks of many connectors, `concurrency` at a time, on threads.

        Returns a result for every name, in the order given: its tasks, or the ConnectError
        it got. One connector's failure costs no other's result.
        """
        names = _names_for_many(environment_id, kafka_cluster_id, connector_names, concurrency)

        def one(name: str) -> list[ConnectorTask] | ConnectError:
            try:
                return self.list_tasks(environment_id, kafka_cluster_id, name)
            except ConnectError as error:
                return error

        if not names:
            return {}
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - slow import, rarely used

        with ThreadPoolExecutor(max_workers=min(concurrency, len(names))) as pool:
            return dict(zip(names, pool.map(one, names), strict=True))

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncConnectClient(AsyncOperations, _BaseClient):
    """The asyncio twin of `ConnectClient`: the same arguments, awaitable methods."""

    def __init__(
        self, *, transport: httpx.AsyncBaseTransport | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        """`transport` replaces the network (tests pass `httpx.MockTransport`); the other
        options are those of `ClientOptions`."""
        super().__init__(**options)
        retrying = RetryTransport(
            transport or httpx.AsyncHTTPTransport(), self.retry_policy, self._rate_limit
        )
        self._http = httpx.AsyncClient(transport=retrying, **self._httpx_options())

    async def _call(
        self, name: str, arguments: dict[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        request = prepare(name, arguments)
        try:
            response = await self._http.request(**request)
        except httpx.RequestError as error:
            raise transport_error(error, request) from error
        return outcome(response, parse)

    async def list_tasks(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str
    ) -> list[ConnectorTask]:
        """Every task of a connector: its ID and configuration (the API does not paginate).

        The seed's name for `list_connector_tasks`, which documents what it raises.
        """
        return await self.list_connector_tasks(environment_id, kafka_cluster_id, connector_name)

    async def list_tasks_many(
        self,
        environment_id: str,
        kafka_cluster_id: str,
        connector_names: Iterable[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> TaskResults:
        """The tasks of many connectors, `concurrency` requests in flight at a time.

        Returns a result for every name, in the order given: its tasks, or the ConnectError
        it got. One connector's failure costs no other's result.
        """
        import asyncio  # noqa: PLC0415 - slow import; the running loop has it loaded anyway

        names = _names_for_many(environment_id, kafka_cluster_id, connector_names, concurrency)
        results: dict[str, list[ConnectorTask] | ConnectError] = {}
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
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
