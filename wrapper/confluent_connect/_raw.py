"""`client.with_raw_response`: every generated operation answering its response as received, for the request id of a
success (support asks for it), the rate-limit headers, or how many retries it took. Errors are raised as by the plain
methods; the body is decoded only when `parse()` asks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from confluent_connect_api.api import AsyncRawOperations, SyncRawOperations
from confluent_connect_api.redaction import REDACTED, is_sensitive_key

from ._calls import outcome, prepare
from ._credentials import scrub
from ._retry import retry_record

if TYPE_CHECKING:
    from ._client import AsyncConnectClient, ConnectClient

T = TypeVar("T")


class RawResponse(Generic[T]):
    """An operation's answer as received: `status_code`, `headers`, `request_id`, `retries` (requests sent beyond
    the first), and `parse()`, which returns what the plain method returns (or raises its ResponseDecodeError)."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self._response, self._parse = response, parse
        self.status_code: int = response.status_code
        self.headers: Mapping[str, str] = response.headers
        self.request_id: str | None = response.headers.get("x-request-id")
        self.retries: int = retry_record(response).attempts - 1
        # A header a proxy or server adds may carry a credential: masked now, while the client knows its secrets.
        shown = {k: REDACTED if is_sensitive_key(k) else v for k, v in self.headers.items()}
        self._shown = scrub(f"RawResponse(status_code={self.status_code}, retries={self.retries}, headers={shown})")

    def parse(self) -> T:
        return outcome(self._response, self._parse)

    def __repr__(self) -> str:
        return self._shown


class SyncRaw(SyncRawOperations):
    def __init__(self, client: ConnectClient) -> None:
        self._client = client

    def _call(self, name: str, arguments: dict[str, Any], parse: Callable[[httpx.Response], T]) -> RawResponse[T]:
        return self._client._send(prepare(name, arguments), lambda response: RawResponse(response, parse))


class AsyncRaw(AsyncRawOperations):
    def __init__(self, client: AsyncConnectClient) -> None:
        self._client = client

    async def _call(self, name: str, arguments: dict[str, Any], parse: Callable[..., T]) -> RawResponse[T]:
        return await self._client._send(prepare(name, arguments), lambda response: RawResponse(response, parse))
