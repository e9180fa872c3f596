"""Where the client's credentials and endpoint come from, and what is refused.

Credentials, first match wins:
  1. `api_key=` and `api_secret=` (a Cloud API key, sent as HTTP Basic);
  2. `token=`, a string or a callable returning a fresh one (sent as a Bearer token);
  3. the environment variables CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET.

Endpoint: `base_url=`, else CONFLUENT_CLOUD_REST_ENDPOINT, else https://api.confluent.cloud.
Plain http:// is refused unless the host is this machine, so credentials never travel in
clear text over a network.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

import httpx

from ._auth import ApiKeyAuth, TokenAuth
from ._constants import DEFAULT_BASE_URL, ENV_API_KEY, ENV_API_SECRET, ENV_BASE_URL
from .errors import ConfigurationError

TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]


def resolve_auth(
    *,
    api_key: str | None,
    api_secret: str | None,
    token: TokenSource | None,
    environ: Mapping[str, str],
) -> ApiKeyAuth | TokenAuth:
    """The authentication the arguments and environment ask for, or ConfigurationError."""
    if api_key is not None or api_secret is not None:
        return ApiKeyAuth(
            _required(api_key, "api_key", "api_secret"),
            _required(api_secret, "api_secret", "api_key"),
        )
    if token is not None:
        if isinstance(token, str):
            if not token:
                raise ConfigurationError("token is empty")
        elif not callable(token):
            raise ConfigurationError(
                f"token must be a string or a callable returning one, not {type(token).__name__}"
            )
        return TokenAuth(token)
    key, secret = environ.get(ENV_API_KEY), environ.get(ENV_API_SECRET)
    if key and secret:
        return ApiKeyAuth(key, secret)
    if key or secret:
        missing = ENV_API_SECRET if key else ENV_API_KEY
        raise ConfigurationError(
            f"{missing} is not set, but {ENV_API_KEY if key else ENV_API_SECRET} is: "
            "set both to use a Cloud API key"
        )
    raise ConfigurationError(
        "no credentials: pass api_key= and api_secret= (a Cloud API key) or token=, "
        f"or set {ENV_API_KEY} and {ENV_API_SECRET}"
    )


def _required(value: str | None, name: str, given: str) -> str:
    if not value:
        raise ConfigurationError(f"{name} is missing or empty, but {given} was given")
    return value


def resolve_base_url(base_url: str | httpx.URL | None, environ: Mapping[str, str]) -> httpx.URL:
    """The endpoint to call; refuses what would leak credentials."""
    raw = base_url if base_url is not None else environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError) as error:
        raise ConfigurationError(f"base_url {str(raw)!r} is not a URL: {error}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"base_url must be an https:// URL with a host, not {url!s}")
    if url.userinfo:
        raise ConfigurationError(
            "base_url must not carry credentials; pass api_key=/api_secret= or token="
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url must not have a query or fragment: {url!s}")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"base_url {url!s} is plain http to another machine: credentials would travel "
            "in clear text. Use https:// (plain http is allowed for localhost only)."
        )
    return url


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1."""
    if host.lower() in {"localhost", "localhost."}:
        return True
    import ipaddress  # noqa: PLC0415 - only plain-http URLs get here; slow to import

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
