"""The client's credentials: where they come from (`resolve_auth`), how they are sent, and how they are kept from
showing: each open client's secrets are masked in exception messages and in this package's, httpx's and httpcore's log
records (no cap shared with other clients; the log filter goes after the last client closes)."""

from __future__ import annotations

import inspect
import logging
import re
import threading
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, cast

import httpx

from confluent_connect_api.redaction import REDACTED

from .errors import ConfigurationError

if TYPE_CHECKING:
    import asyncio

DEFAULT_BASE_URL = "https://api.confluent.cloud"
ENV_API_KEY, ENV_BASE_URL = "CONFLUENT_CLOUD_API_KEY", "CONFLUENT_CLOUD_REST_ENDPOINT"
ENV_API_SECRET = "CONFLUENT_CLOUD_API_SECRET"  # noqa: S105 - a variable's name, not a secret
TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]


class ApiKeyAuth(httpx.BasicAuth):
    """A Cloud API key and secret, as HTTP Basic (the key ID is the user name), masked."""

    def __init__(self, api_key: str, api_secret: str) -> None:
        super().__init__(api_key, api_secret)
        register_secret(self, api_secret)
        register_secret(self, self._auth_header.removeprefix("Basic "))


class TokenAuth(httpx.Auth):
    """A Bearer token: a fixed string, or a provider asked again when the server answers 401 (STS tokens live 15
    minutes), and the request sent once more. Threads and tasks share the token; one refreshes a stale one (a thread
    lock; an asyncio lock in the async client, where an `async def` provider is awaited and a plain one runs in a
    worker thread) while the others wait. The flows keep a counter, not the token, in their locals."""

    def __init__(self, token: TokenSource) -> None:
        self._provider = None if isinstance(token, str) else token
        self._token: str | None = header_safe(token, "token") if isinstance(token, str) else None
        self._generation = 0  # how many tokens the provider has given
        self._lock, self._async_lock = threading.Lock(), cast("asyncio.Lock | None", None)
        if self._token is not None:
            register_secret(self, self._token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        seen = self._sync_refresh(None)
        request.headers["Authorization"] = f"Bearer {self._token}"
        if (yield request).status_code == 401 and self._provider is not None:
            self._sync_refresh(seen)
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        seen = await self._async_refresh(None)
        request.headers["Authorization"] = f"Bearer {self._token}"
        if (yield request).status_code == 401 and self._provider is not None:
            await self._async_refresh(seen)
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request

    def _stale(self, seen: int | None) -> bool:  # no token yet, or the one sent (generation `seen`) refused, unreplaced
        return self._token is None or seen == self._generation

    def _sync_refresh(self, seen: int | None) -> int:
        with self._lock:
            if self._stale(seen):
                assert self._provider is not None
                if inspect.isawaitable(fresh := self._provider()):
                    if inspect.iscoroutine(fresh):
                        fresh.close()  # never awaited, by design: say so instead of warning
                    raise ConfigurationError("token= is an async provider: use it with AsyncConnectClient")
                self._accept(fresh)
            return self._generation

    async def _async_refresh(self, seen: int | None) -> int:
        import asyncio  # noqa: PLC0415 - only async clients pay for importing asyncio

        self._async_lock = self._async_lock or asyncio.Lock()
        async with self._async_lock:
            if self._stale(seen) and (provider := self._provider) is not None:
                if inspect.iscoroutinefunction(provider):
                    fresh = await provider()
                elif inspect.isawaitable(fresh := await asyncio.to_thread(provider)):
                    fresh = await fresh
                self._accept(fresh)
            return self._generation

    def _accept(self, fresh: object) -> None:
        if not isinstance(fresh, str) or not fresh.strip():
            empty = "an empty string" if fresh == "" else "no token"
            raise ConfigurationError(f"the token provider returned {empty}")
        self._token = header_safe(fresh, "the token provider's token")
        self._generation += 1
        register_secret(self, self._token)


def header_safe(token: str, name: str) -> str:
    """`token` without surrounding whitespace (a file's last newline); refuses what a header cannot carry, without
    repeating the token."""
    stripped = token.strip()
    for position, character in enumerate(stripped):
        if not "!" <= character <= "~":
            what = f"{'whitespace' if character.isspace() else 'a character'} {hex(ord(character))}"
            raise ConfigurationError(f"{name} has {what} at position {position}: a header cannot carry it")
    return stripped


def resolve_auth(
    api_key: str | None, api_secret: str | None, token: TokenSource | None, environ: Mapping[str, str]
) -> ApiKeyAuth | TokenAuth:
    """The authentication the arguments and environment ask for (first match wins: a Cloud API key as arguments, sent
    as HTTP Basic; a token, as Bearer; the key in the environment), or ConfigurationError."""
    if api_key is not None or api_secret is not None:  # a value read from a file ends in a newline: stripped
        key, secret = (value.strip() if isinstance(value, str) else value for value in (api_key, api_secret))
        pair = {"api_key": key, "api_secret": secret}
        if wrong := [name for name, value in pair.items() if not value or not isinstance(value, str)]:
            other = f", but {set(pair).difference(wrong).pop()} was given" if len(wrong) == 1 else ""
            raise ConfigurationError(f"{wrong[0]} is missing, empty or not a string{other}")
        return ApiKeyAuth(str(key), str(secret))
    if token is not None:
        if not isinstance(token, str) and not callable(token):
            kind = type(token).__name__
            raise ConfigurationError(f"token must be a string or a callable returning one, not {kind}")
        if isinstance(token, str) and not token.strip():
            raise ConfigurationError("token is empty" if not token else "token is only whitespace")
        return TokenAuth(token)
    key, secret = (environ.get(name, "").strip() for name in (ENV_API_KEY, ENV_API_SECRET))
    if key and secret:
        return ApiKeyAuth(key, secret)
    if key or secret:
        missing, given = (ENV_API_SECRET, ENV_API_KEY) if key else (ENV_API_KEY, ENV_API_SECRET)
        state = "is empty" if missing in environ else "is not set"
        raise ConfigurationError(f"{missing} {state}, but {given} is: set both to use a Cloud API key")
    raise ConfigurationError(
        "no credentials: pass api_key= and api_secret= (a Cloud API key) or token=, "
        f"or set {ENV_API_KEY} and {ENV_API_SECRET}"
    )


def resolve_base_url(base_url: str | httpx.URL | None, environ: Mapping[str, str]) -> httpx.URL:
    """The endpoint to call; refuses what would leak credentials, and never repeats its user info or query."""
    raw = base_url if base_url is not None else environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError) as error:  # a TypeError quotes the value: its type is enough
        problem = f"must be a str or httpx.URL, not {type(raw).__name__}" if isinstance(error, TypeError) else error
        raise ConfigurationError(f"base_url is not a URL: {problem}") from None
    if url.userinfo:
        raise ConfigurationError("base_url must not carry credentials; pass api_key=/api_secret= or token=")
    shown = str(url.copy_with(query=None, fragment=None))
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"base_url must be an https:// URL with a host, not {shown}")
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url must not have a query or fragment: {shown}")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"base_url {shown} is plain http to another machine: credentials would travel in clear text. Use https:// "
            "(plain http is allowed for localhost only)."
        )
    return url


def is_loopback(host: str) -> bool:  # localhost, 127.0.0.0/8 or ::1
    import ipaddress  # noqa: PLC0415 - only plain-http URLs get here; slow to import

    try:
        return host.lower() in {"localhost", "localhost."} or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# An Authorization header however it is printed: "Authorization: Bearer x", (b'Authorization', b'Basic x'),
# {'authorization': 'Bearer x'}.
_AUTHORIZATION = re.compile(
    r"""(authorization['"]?\s*[:,=]\s*(?:b(?=['"]))?['"]?)(?:(?:basic|bearer)\s+)?[^\s'"]+""",
    re.IGNORECASE,
)
# Logger filters do not apply to child loggers, so httpcore's are named one by one.
_LOGGERS = ["confluent_connect", "httpx", "httpcore", "httpcore.connection", "httpcore.http11"]
_LOGGERS += ["httpcore.http2", "httpcore.proxy", "httpcore.socks"]
_KEPT_PER_OWNER = 8  # a token provider's latest tokens; older ones expired long ago
_owners: weakref.WeakKeyDictionary[object, list[str]] = weakref.WeakKeyDictionary()
_lock = threading.RLock()  # re-entered when a collected owner's finalizer runs


def register_secret(owner: object, value: str) -> None:
    """Mask `value` wherever this package shows text, for as long as `owner` lives."""
    if len(value) < 4:  # too short to mask without mangling ordinary text
        return
    with _lock:
        if owner not in _owners:
            weakref.finalize(owner, forget)
        kept = _owners.setdefault(owner, [])
        kept[:] = [*(old for old in kept if old != value), value][-_KEPT_PER_OWNER:]
        for name in _LOGGERS:
            if redacting_filter not in logging.getLogger(name).filters:
                logging.getLogger(name).addFilter(redacting_filter)


def forget(owner: object = None) -> None:
    """`owner` (a client's auth) closed or was collected: its secrets need no masking, nor logs once none is open."""
    with _lock:
        if owner is not None:
            _owners.pop(owner, None)
        for name in _LOGGERS if not _owners else ():
            logging.getLogger(name).removeFilter(redacting_filter)


def scrub(text: str, also: Iterable[str] = ()) -> str:
    """`text` with Authorization values, the open clients' credentials and the secrets `also` names masked."""
    text = _AUTHORIZATION.sub(lambda match: match.group(1) + REDACTED, text)
    with _lock:
        secrets = sorted({s for kept in _owners.values() for s in kept} | {*also}, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def redacting_filter(record: logging.LogRecord) -> bool:
    """A log filter: rewrites each record's message with `scrub` before any handler formats it."""
    if (cleaned := scrub(message := record.getMessage())) != message:
        record.msg, record.args = cleaned, None
    return True
