"""Scrubbing for vcrpy cassettes: record real traffic without committing a secret.

    import vcr  # type: ignore[import-untyped]  # vcrpy ships no type information
    from confluent_connect.testing import vcr_config

    recorder = vcr.VCR(**vcr_config(), cassette_library_dir="tests/cassettes")

The Authorization header is replaced, JSON bodies have every sensitive value masked (the
same rule as repr and logs), and the client's own credentials are masked in any text.
Nothing here imports vcrpy: the functions take and return its plain dictionaries.
"""

from __future__ import annotations

import json
from typing import Any

from confluent_connect_api.redaction import REDACTED
from confluent_connect_api.types import redacted_data

from .._credentials import scrub


def _cleaned(body: bytes | str) -> bytes | str:
    """A recorded body with secrets masked: by key when it is JSON, else as text."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    try:  # masked by key, then the client's own credentials in any text value ("invalid key KEY:SECRET")
        cleaned = json.dumps(_scrubbed(redacted_data(json.loads(text))), ensure_ascii=False)
    except ValueError:
        cleaned = scrub(text)
    return cleaned.encode() if isinstance(body, bytes) else cleaned


def _scrubbed(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _scrubbed(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_scrubbed(value) for value in data]
    return scrub(data) if isinstance(data, str) else data


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy's `before_record_response`: mask secrets in the recorded body, and cookies the server sets."""
    for name, values in response.get("headers", {}).items():
        if name.lower() == "set-cookie":
            values[:] = [REDACTED for _ in values]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes | str):
        cleaned = _cleaned(body)
        response["body"]["string"] = cleaned
        length = len(cleaned if isinstance(cleaned, bytes) else cleaned.encode())
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() == "content-length":
                headers[name] = [str(length)]
    return response


def scrub_request(request: Any) -> Any:
    """vcrpy's `before_record_request`: mask secrets in a recorded request body."""
    body = getattr(request, "body", None)
    if isinstance(body, bytes | str) and body:
        request.body = _cleaned(body)
    return request


def vcr_config() -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` that keep secrets out of cassettes."""
    return {
        "filter_headers": [("authorization", REDACTED), ("cookie", REDACTED)],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }
