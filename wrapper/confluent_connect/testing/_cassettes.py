"""Scrubbing for vcrpy cassettes: record real traffic without committing a secret.

    import vcr  # type: ignore[import-untyped]  # vcrpy ships no type information
    from confluent_connect.testing import vcr_config

    recorder = vcr.VCR(**vcr_config(), cassette_library_dir="tests/cassettes")

The Authorization header is replaced, JSON bodies have every sensitive value masked (the
same rule as repr and logs), and the client's own credentials, and what a request sent under
a secret key, are masked in any text.

A request to a loopback address is recorded as `http://127.0.0.1` whatever its port, and
vcrpy applies the same hook to the requests it replays: a cassette recorded against the
simulator replays against a simulator on any other port (a recorder of your own can match
on method, path and query instead: `match_on=("method", "path", "query")`).
Nothing here imports vcrpy: the functions take and return its plain dictionaries.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Collection
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from confluent_connect_api.redaction import REDACTED, is_sensitive_key
from confluent_connect_api.types import redacted_data

from .._credentials import scrub


def _cleaned(body: bytes | str, also: Collection[str] = ()) -> bytes | str:
    """A recorded body with secrets masked: by key when it is JSON, else as text; `also`: more secrets to mask."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    try:  # masked by key, then the client's own credentials in any text value ("invalid key KEY:SECRET")
        cleaned = json.dumps(_scrubbed(redacted_data(json.loads(text)), also), ensure_ascii=False)
    except ValueError:
        cleaned = scrub(text, also)
    return cleaned.encode() if isinstance(body, bytes) else cleaned


def _scrubbed(data: Any, also: Collection[str]) -> Any:
    if isinstance(data, dict):
        return {key: _scrubbed(value, also) for key, value in data.items()}
    if isinstance(data, list):
        return [_scrubbed(value, also) for value in data]
    return scrub(data, also) if isinstance(data, str) else data


def _sent_secrets(body: object, found: set[str]) -> None:
    """The values a recorded request's JSON carries under secret keys (a server may quote them back)."""
    try:
        data = json.loads(body) if isinstance(body, bytes | str) and body else None
    except ValueError:
        return
    pending = [data]
    while pending:
        item = pending.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
        for key, value in pairs:
            if isinstance(value, str) and isinstance(key, str) and len(value) >= 4 and is_sensitive_key(key):
                found.add(value)
            elif isinstance(value, dict | list):
                pending.append(value)


def scrub_response(response: dict[str, Any], also: Collection[str] = ()) -> dict[str, Any]:
    """vcrpy's `before_record_response`: mask secrets in the recorded body (and `also`), and cookies the server
    sets."""
    for name, values in response.get("headers", {}).items():
        if name.lower() == "set-cookie":
            values[:] = [REDACTED for _ in values]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes | str):
        cleaned = _cleaned(body, also)
        response["body"]["string"] = cleaned
        length = len(cleaned if isinstance(cleaned, bytes) else cleaned.encode())
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() == "content-length":
                headers[name] = [str(length)]
    return response


LOOPBACK = "127.0.0.1"  # what a loopback host and port are recorded as


def _loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def scrub_request(request: Any) -> Any:
    """vcrpy's `before_record_request`: mask secrets in a recorded request body, and record a
    loopback host (the simulator on whatever port it got) as 127.0.0.1 with no port, in the
    URI and the Host header."""
    body = getattr(request, "body", None)
    if isinstance(body, bytes | str) and body:
        request.body = _cleaned(body)
    uri = getattr(request, "uri", None)
    if isinstance(uri, str):
        parts = urlsplit(uri)
        if _loopback(parts.hostname):
            request.uri = urlunsplit(parts._replace(netloc=LOOPBACK))
            headers = getattr(request, "headers", {})
            for name in [name for name in headers if name.lower() == "host"]:
                headers[name] = LOOPBACK
    return request


def vcr_config() -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` that keep secrets out of cassettes. What a request sent under a secret
    key is masked in every response recorded after it, as the client masks it in the errors it raises."""
    sent: set[str] = set()

    def before_record_request(request: Any) -> Any:
        _sent_secrets(getattr(request, "body", None), sent)
        return scrub_request(request)

    return {
        "filter_headers": [("authorization", REDACTED), ("cookie", REDACTED)],
        "before_record_request": before_record_request,
        "before_record_response": lambda response: scrub_response(response, sent),
        "decode_compressed_response": True,
    }
