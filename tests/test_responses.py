"""Error bodies: the three JSON shapes Confluent uses, and what proxies send."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from conftest import Connect

from confluent_connect import ConnectError, InvalidArgumentError, ResponseDecodeError, TransportError
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


# --- through a client: what an error says, for each thing an error body can be ------------------------------------


def error_for(connect: Connect, answer: httpx.Response, **kwargs: Any) -> Any:
    """The error a client raises for `answer` to a request() (max_retries 0: one attempt)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return answer

    with pytest.raises(ConnectError) as raised:
        connect.call(handler, "request", kwargs.pop("method", "GET"), "/x", options={"max_retries": 0}, **kwargs)
    return raised.value


def text(status: int, body: str | bytes, content_type: str = "text/plain", **headers: str) -> httpx.Response:
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(
        status,
        content=content,
        headers={"content-type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}},
    )


def test_a_secret_quoted_in_a_text_error_body_is_masked(connect: Connect) -> None:
    """A proxy or server answering in plain text may quote what the request carried under a secret key: masked."""
    body = {"connection.password": "hunter2-correct-horse"}
    error = error_for(connect, text(400, "rejected: hunter2-correct-horse is wrong"), method="PUT", json=body)
    assert error.message == "rejected: [redacted] is wrong"


def test_an_html_body_is_read_as_html_whatever_it_starts_with(connect: Connect) -> None:
    """Served as text/html, tags are dropped even when the page does not start with one."""
    error = error_for(connect, text(503, "Service down: <b>try&nbsp;later</b>", "text/html; charset=utf-8"))
    assert error.message == "Service down: try later"


def test_an_error_body_that_is_not_utf8_is_read_with_replacements(connect: Connect) -> None:
    """Bytes that are not UTF-8 become U+FFFD instead of an exception."""
    assert error_for(connect, text(502, b"upstream \xff failed")).message == "upstream \ufffd failed"


@pytest.mark.parametrize("body", ["[1, 2", '{"database.password": "hunter2"', "[]"])
def test_a_body_that_looks_like_json_is_never_excerpted(connect: Connect, body: str) -> None:
    """Broken or shapeless JSON may hold values that are secrets: the message is empty rather than an excerpt."""
    assert error_for(connect, text(500, body, "application/json")).message == ""


@pytest.mark.parametrize(("padding", "message"), [(65536 - 16, "m"), (65537 - 16, "")])
def test_json_error_bodies_are_read_up_to_64_kib(connect: Connect, padding: int, message: str) -> None:
    """An error document of 65,536 bytes is read; one byte more is not read at all (error bodies are small)."""
    body = '{"message": "m"}' + " " * padding
    assert error_for(connect, text(400, body, "application/json")).message == message


@pytest.mark.parametrize(("length", "shown"), [(1000, "x" * 1000), (1001, "x" * 999 + "…")])
def test_a_json_message_is_cut_past_a_thousand_characters(connect: Connect, length: int, shown: str) -> None:
    """Up to 1,000 characters of the server's message are kept whole; a longer one is cut, with an ellipsis."""
    answer = httpx.Response(400, json={"message": "x" * length})
    assert error_for(connect, answer).message == shown


@pytest.mark.parametrize(("length", "shown"), [(200, "y" * 200), (201, "y" * 198 + "…")])
def test_a_text_excerpt_is_cut_past_two_hundred_characters(connect: Connect, length: int, shown: str) -> None:
    """A text body of 200 characters is shown whole; a longer one is cut to 199, trailing space dropped, then "…"."""
    body = "y" * length if length == 200 else "y" * 198 + " " + "y" * (length - 199)
    assert error_for(connect, text(500, body)).message == shown


@pytest.mark.parametrize(
    ("body", "message", "code", "resolution"),
    [
        ({"error": {"code": "", "message": "m"}}, "m", None, None),  # an empty code is no code
        ({"error": "s", "error_code": 9, "code": 7}, "s", "9", None),  # error_code before code
        ({"error_code": 404}, "", "404", None),  # Apache Kafka Connect's shape without a message
        ({"errors": ["not an object"]}, "", None, None),
        ({"errors": []}, "", None, None),
        ({"errors": [{"detail": "d", "resolution": "Check the key"}]}, "d", None, "Check the key"),
    ],
)
def test_what_each_error_shape_yields(
    connect: Connect, body: dict[str, Any], message: str, code: str | None, resolution: str | None
) -> None:
    """Message, code and resolution reach the error's attributes from whichever shape arrived, odd ones too."""
    error = error_for(connect, httpx.Response(400, json=body))
    assert (error.message, error.error_code, error.resolution) == (message, code, resolution)


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (502, "502 bad gateway: upstream", "upstream"),  # the status text is dropped whatever its case
        (502, "502 Bad Gateway - proxy X", "proxy X"),
        (500, "X-Cache: MISS from proxy X", "X-Cache: MISS from proxy X"),  # no status in it: as it was
    ],
)
def test_a_proxy_page_says_its_status_once(connect: Connect, status: int, body: str, message: str) -> None:
    """The status and its text, repeated by a proxy's page, are said once, by the error itself."""
    assert error_for(connect, text(status, body)).message == message


def test_an_error_at_the_first_attempt_says_one_attempt_and_no_wait(connect: Connect) -> None:
    """attempts 1, waited 0.0, and retry_after None unless the status is a 429 (a 503's Retry-After is not one)."""
    error = error_for(connect, text(503, "busy", retry_after="7"))
    assert (error.attempts, error.waited, error.retry_after) == (1, 0.0, None)


def test_a_429_asking_for_a_date_far_ahead_says_how_long(connect: Connect) -> None:
    """Retry-After as an HTTP-date beyond max_wait: RateLimitError at once, its retry_after in seconds from now."""
    later = email.utils.format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)
    error = error_for(connect, text(429, "slow down", retry_after=later))
    assert 7000 < error.retry_after <= 7200


@pytest.mark.parametrize(
    ("raised", "cause"),
    [
        (
            httpx.ConnectError("Refused by proxy X."),
            "could not connect to api.confluent.cloud:443 (refused by proxy X)",
        ),
        (httpx.CloseError("closing went wrong"), "the request failed (closing went wrong)"),
    ],
)
def test_a_transport_error_says_its_cause_in_words(connect: Connect, raised: Exception, cause: str) -> None:
    """The cause in words for each kind httpx raises ("the request failed" for the rest), httpx's text after it
    without its final full stop."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    with pytest.raises(TransportError) as caught:
        connect.call(handler, "list_tasks", "env-1", "lkc-1", "c", options={"max_retries": 0})
    assert str(caught.value).endswith(f": {cause}")


def test_a_body_of_the_wrong_shape_is_refused_naming_the_model(connect: Connect) -> None:
    """A config value that is not a string: the body is not a NewConnector, and the message says which key."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing is sent")

    with pytest.raises(InvalidArgumentError) as raised:
        connect.call(handler, "create_connector", "env-1", "lkc-1", body={"name": "n", "config": {"a": 1}})
    assert str(raised.value) == (
        "body is not a NewConnector: it is not the documented shape: NewConnectorConfig['a'] is int, not str"
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "the body is not valid JSON (UTF-8 text)"),
        (b"[" * 5000 + b"]" * 5000, "it is nested deeper than this client decodes"),
        (b"[1]", "it is not the documented shape: ConnectorTask is int, not object"),
    ],
)
def test_a_success_that_cannot_be_decoded_says_why(connect: Connect, body: bytes, reason: str) -> None:
    """ResponseDecodeError names what is wrong with the body, never its values."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body)

    with pytest.raises(ResponseDecodeError) as raised:
        connect.call(handler, "list_tasks", "env-1", "lkc-1", "c")
    assert str(raised.value) == f"200 OK with a body that cannot be decoded: {reason}"


def test_a_transport_error_names_the_default_port_of_plain_http(connect: Connect) -> None:
    """http://localhost without a port is port 80 in the message (443 is https's)."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(TransportError) as caught:
        connect.call(handler, "request", "GET", "/x", options={"max_retries": 0, "base_url": "http://localhost"})
    assert str(caught.value) == "GET http://localhost/x: could not connect to localhost:80 (refused)"
