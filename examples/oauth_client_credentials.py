"""An auth mode added from outside the package: OAuth client credentials as a token provider.

`token=` takes any callable returning a token (or an `async def` one for the async client);
the client asks it again when the server answers 401. This class exchanges a client id and
secret for an access token at an identity provider's token URL (RFC 6749, section 4.4), and
keeps the secret out of its repr.

    from confluent_connect import ConnectClient

    provider = ClientCredentials("https://idp.example.com/oauth2/token", "client-id", secret)
    with ConnectClient(token=provider) as client:
        ...
"""

from __future__ import annotations

import httpx


class ClientCredentials:
    """A token provider: each call posts the client credentials and returns `access_token`."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._form = {"grant_type": "client_credentials", **({"scope": scope} if scope else {})}
        self._http = httpx.Client(transport=transport, timeout=10.0)

    def __call__(self) -> str:
        response = self._http.post(self.token_url, data=self._form, auth=(self.client_id, self._client_secret))
        if response.status_code != 200:
            raise RuntimeError(f"{self.token_url} answered {response.status_code} to the exchange")
        token = response.json().get("access_token")
        if not isinstance(token, str):
            raise RuntimeError(f"{self.token_url} answered without an access_token")
        return token

    def close(self) -> None:
        """Close the connection pool to the identity provider."""
        self._http.close()

    def __repr__(self) -> str:
        return f"ClientCredentials({self.token_url!r}, {self.client_id!r}, client_secret=...)"
