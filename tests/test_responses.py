"""Error bodies: the three JSON shapes Confluent uses, and what proxies send."""

from __future__ import annotations

import pytest

from confluent_connect._calls import ErrorBody, excerpt, parse_error_body


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            b'{"error": {"code": 404, "message": "resource not found"}}',
            ErrorBody(message="resource not found", code="404"),
        ),
        (
            b'{"error_code": 500, "message": "Failed to find any class that implements Connector"}',
            ErrorBody(message="Failed to find any class that implements Connector", code="500"),
        ),
        (
            b'{"errors": [{"status": "401", "code": "unauthenticated", "title": "Unauthorized",'
            b' "detail": "The API key is invalid", "resolution": "Check the key"}]}',
            ErrorBody(message="The API key is invalid", code="unauthenticated", resolution="Check the key"),
        ),
        (
            b'{"errors": [{"status": "403", "title": "Forbidden"}, {"title": "second"}]}',
            ErrorBody(message="Forbidden (and 1 more)", code="403"),
        ),
        (b'{"error": "plain string", "code": 7}', ErrorBody(message="plain string", code="7")),
        (b'{"message": "only a message"}', ErrorBody(message="only a message")),
        (b"{}", ErrorBody()),
        (b'["unexpected"]', ErrorBody()),
        (b'{"database.password": "hunter2"}', ErrorBody()),
        (b"", ErrorBody()),
        (b"upstream connect error", ErrorBody(message="upstream connect error")),
        (
            b"<html><body><h1>503</h1> Service&nbsp;Unavailable</body></html>",
            ErrorBody(message="503 Service Unavailable"),
        ),
        (b'{"error": {"code": true, "message": 5}}', ErrorBody()),
    ],
)
def test_error_body_shapes(body: bytes, expected: ErrorBody) -> None:
    """Message, code and resolution come from whichever shape arrived."""
    assert parse_error_body(body) == expected


def test_excerpt_is_short_and_on_one_line() -> None:
    """A long text is cut to 200 characters with an ellipsis; whitespace is folded."""
    text = excerpt("word\n\t " * 100)
    assert len(text) == 200
    assert text.endswith("…")
    assert "\n" not in text


def test_script_and_style_are_not_text() -> None:
    """Script and style contents are dropped from HTML excerpts."""
    assert excerpt("<script>var secret = 1;</script><style>b{}</style><p>Bad Gateway</p>") == "Bad Gateway"
