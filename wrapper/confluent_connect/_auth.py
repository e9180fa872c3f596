"""Authentication as httpx auth flows: one generator each serves the sync and async clients.

httpx applies an auth flow to the request the caller makes, not to redirects: when a
redirect leads to another origin, httpx drops the Authorization header, so credentials are
never sent anywhere but the configured endpoint.
"""

from __future__ import annotations

import base64
import inspect
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING

import httpx

from ._redact import register_secret
from .errors import ConfigurationError

if TYPE_CHECKING:
    import asyncio


class ApiKeyAuth(httpx.Auth):
    """A Cloud API key and secret, as HTTP Basic (the key ID is the user name)."""

    def __init__(self, api_key: str, api_secret: str) -> None:
        credentials = base64.b64encode(f"{api_key}:{api_secret}".encode()).decode("ascii")
        self._header = f"Basic {credentials}"
        register_secret(api_secret)
        register_secret(credentials)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=..., api_secret=...)"


class TokenAuth(httpx.Auth):
    """A Bearer token: a fixed string, or a provider asked for a fresh one.

    STS tokens live at most 15 minutes, so a provider is asked again when the server answers
    401, and the request is sent once more with the new token. Threads and tasks sharing the
    client share the token; only one of them refreshes a stale one (a thread lock in the
    sync client, an asyncio lock in the async one), the others wait and reuse it. In the
    async client an `async def` provider is awaited and a plain one runs in a worker
    thread, so a slow provider never blocks the event loop. The flows keep a counter, not
    the token, in their locals, so a traceback with locals cannot show it.
    """

    def __init__(self, token: str | Callable[[], str | Awaitable[str]]) -> None:
        self._provider = None if isinstance(token, str) else token
        self._token: str | None = header_safe(token, "token") if isinstance(token, str) else None
        self._generation = 0  # how many tokens the provider has given
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        if self._token is not None:
            register_secret(self._token)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        seen = self._sync_refresh(None)
        request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code == 401 and self._provider is not None:
            self._sync_refresh(seen)
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        seen = await self._async_refresh(None)
        request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code == 401 and self._provider is not None:
            await self._async_refresh(seen)
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request

    def _stale(self, seen: int | None) -> bool:
        """No token yet, or the one sent (generation `seen`) was refused and not yet replaced."""
        return self._token is None or seen == self._generation

    def _sync_refresh(self, seen: int | None) -> int:
        with self._lock:
            if self._stale(seen):
                assert self._provider is not None
                fresh = self._provider()
                if inspect.isawaitable(fresh):
                    if inspect.iscoroutine(fresh):
                        fresh.close()  # never awaited, by design: say so instead of warning
                    raise ConfigurationError(
                        "token= is an async provider: use it with AsyncConnectClient"
                    )
                self._accept(fresh)
            return self._generation

    async def _async_refresh(self, seen: int | None) -> int:
        import asyncio  # noqa: PLC0415 - only async clients pay for importing asyncio

        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            if self._stale(seen):
                provider = self._provider
                assert provider is not None
                if inspect.iscoroutinefunction(provider):
                    fresh = await provider()
                else:
                    fresh = await asyncio.to_thread(provider)
                    if inspect.isawaitable(fresh):
                        fresh = await fresh
                self._accept(fresh)
            return self._generation

    def _accept(self, fresh: object) -> None:
        if not isinstance(fresh, str) or not fresh.strip():
            raise ConfigurationError(
                f"the token provider returned {'an empty string' if fresh == '' else 'no token'}"
            )
        self._token = header_safe(fresh, "the token provider's token")
        self._generation += 1
        register_secret(self._token)

    def __repr__(self) -> str:
        return "TokenAuth(token=...)"


def header_safe(token: str, name: str) -> str:
    """`token` without the whitespace around it (a file's last newline); refuses what a
    header cannot carry, without repeating the token."""
    stripped = token.strip()
    for position, character in enumerate(stripped):
        if not "!" <= character <= "~":
            raise ConfigurationError(
                f"{name} has {'whitespace' if character.isspace() else 'a character'} "
                f"{hex(ord(character))} at position {position}: a header cannot carry it"
            )
    return stripped
