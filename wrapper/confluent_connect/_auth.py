"""Authentication as httpx auth flows: one generator each serves the sync and async clients.

httpx applies an auth flow to the request the caller makes, not to redirects: when a
redirect leads to another origin, httpx drops the Authorization header, so credentials are
never sent anywhere but the configured endpoint.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Generator

import httpx

from ._redact import register_secret
from .errors import ConfigurationError


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
    """A Bearer token: a fixed string, or a callable asked for a fresh one.

    STS tokens live at most 15 minutes, so a callable is asked again when the server
    answers 401, and the request is sent once more with the new token. Threads and tasks
    sharing the client share the token; only one of them refreshes a stale one.
    """

    def __init__(self, token: str | Callable[[], str]) -> None:
        self._provider = None if isinstance(token, str) else token
        self._token: str | None = header_safe(token, "token") if isinstance(token, str) else None
        self._lock = threading.Lock()
        if self._token is not None:
            register_secret(self._token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._current(stale=None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self._provider is not None:
            token = self._current(stale=token)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    def _current(self, stale: str | None) -> str:
        """The token to send; asks the provider when there is none yet or `stale` is it."""
        with self._lock:
            if self._token is None or (stale is not None and self._token == stale):
                assert self._provider is not None
                fresh = self._provider()
                if not isinstance(fresh, str) or not fresh.strip():
                    raise ConfigurationError("the token callable returned no token")
                self._token = header_safe(fresh, "the token callable's token")
                register_secret(self._token)
            return self._token

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
