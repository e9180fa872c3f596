"""Secrets never leave through a repr, a log line, an error or a traceback.

A property-based test plants secret values under random sensitive keys (and as the client's
own credentials), drives them through both clients over a real socket with every logger at
DEBUG, and looks for the planted values in everything that could be shown.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import string
import traceback
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confluent_connect import (
    REDACTED,
    AuthenticationError,
    ConnectClient,
    ConnectError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
    UnexpectedStatusError,
    is_sensitive_key,
)
from confluent_connect._credentials import redacting_filter, scrub
from confluent_connect.testing import Connector, ConnectSimulator, Fault, seed_connectors
from confluent_connect_api.models import ConnectorTask, ConnectorTaskConfig

SENSITIVE_WORDS = [
    "secret", "password", "passwd", "credentials", "credential", "token", "private.key",
    "api.key", "apikey", "sasl.jaas.config", "access.key", "user.info", "secret.key",
]  # fmt: skip
QUICK = RetryPolicy(backoff_initial=0.01)
PLAIN_KEYS = [
    "kafka.endpoint", "kafka.auth.mode", "kafka.service.account.id", "connector.class",
    "gcs.bucket.name", "tasks.max", "topics", "flush.size", "name", "key.converter",
]  # fmt: skip


def styled(key: str, style: str) -> str:
    if style == "upper":
        return key.upper()
    if style in "_-":
        return key.replace(".", style)
    return key


# A last word that says the value is about a secret, not the secret (`password.url`).
METADATA = {"url", "uri", "endpoint", "enable", "enabled", "type", "mode", "source", "format"}
METADATA |= {"name", "id", "path", "location", "class"}
segment = st.text(string.ascii_lowercase, min_size=1, max_size=6)
sensitive_keys = st.builds(
    lambda before, word, after, style: styled(".".join([*before, word, *after]), style),
    st.lists(segment, max_size=2),
    st.sampled_from(SENSITIVE_WORDS),
    st.lists(segment, max_size=2).filter(lambda after: not after or after[-1] not in METADATA),
    st.sampled_from(["plain", "upper", "_", "-"]),
)
# Secrets as people have them: whitespace, a trailing newline, non-ASCII letters.
planted_values = st.text(string.ascii_letters + string.digits + "+/= \n\téüß€", min_size=10, max_size=30).map(
    lambda text: f"PLANTED{text}"
)
# A token travels in a header: visible ASCII, though one read from a file ends in a newline.
planted_tokens = st.builds(
    "{}{}".format,
    st.text(string.ascii_letters + string.digits + "-._~+/=", min_size=10, max_size=30).map(
        lambda text: f"PLANTED{text}"
    ),
    st.sampled_from(["", "\n", "\r\n", " ", "\t"]),
)


@pytest.mark.parametrize("key", [w.replace(".", "_") for w in SENSITIVE_WORDS] + ["Authorization"])
def test_sensitive_words_are_recognised(key: str) -> None:
    """Every word of the documented rule makes a key sensitive."""
    assert is_sensitive_key(key)


@pytest.mark.parametrize("key", PLAIN_KEYS)
def test_ordinary_keys_stay_visible(key: str) -> None:
    """What a person needs to read stays readable."""
    assert not is_sensitive_key(key)


def config_with(secrets: dict[str, str]) -> dict[str, str]:
    return {
        "cloud.environment": "prod", "cloud.provider": "aws", "connector.class": "GcsSink",
        "kafka.endpoint": "SASL_SSL://x:9092", "kafka.region": "us-west-2", "name": "planted",
        "flush.size": "1000", **secrets,
    }  # fmt: skip


class Shown:
    """Everything text-shaped that leaves the package during one example."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *values: object) -> None:
        for value in values:
            self.texts.extend([repr(value), str(value)])

    def add_error(self, error: BaseException) -> None:
        self.add(error)
        self.texts.append("".join(traceback.format_exception(error)))

    def leaks(self, secrets: list[str]) -> list[str]:
        blob = "\n".join(self.texts)
        return [secret for secret in secrets if secret in blob]


class ListHandler(logging.Handler):
    def __init__(self, shown: Shown) -> None:
        super().__init__(logging.DEBUG)
        self.shown = shown

    def emit(self, record: logging.LogRecord) -> None:
        self.shown.texts.append(self.format(record))


@pytest.fixture(scope="module")
def simulator() -> Iterator[ConnectSimulator]:
    with ConnectSimulator(seed_connectors()) as sim:
        yield sim


@pytest.fixture
def debug_logs() -> Iterator[Shown]:
    """Every logger at DEBUG, collected; restored afterwards."""
    shown = Shown()
    handler = ListHandler(shown)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    names = ["confluent_connect", "httpx", "httpcore", "httpcore.connection", "httpcore.http11"]
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    root = logging.getLogger()
    root.addHandler(handler)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    yield shown
    root.removeHandler(handler)
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    secrets=st.dictionaries(sensitive_keys, planted_values, min_size=1, max_size=4),
    kafka_secret=planted_values,
    client_secret=planted_values,
    token=planted_tokens,
)
def test_planted_secrets_never_show(
    simulator: ConnectSimulator,
    debug_logs: Shown,
    secrets: dict[str, str],
    kafka_secret: str,
    client_secret: str,
    token: str,
) -> None:
    """No planted value in reprs, strs, DEBUG logs (package, httpx, httpcore) or tracebacks."""
    shown = debug_logs
    shown.texts.clear()
    config = config_with({**secrets, "kafka.api.secret": kafka_secret})
    # Credentials lose surrounding whitespace (a value read from a file ends in a newline): the server knows them so.
    simulator.api_secret, simulator.token = client_secret.strip(), token.strip()
    simulator.add(Connector("planted", [config, config]))
    broken = dict(config)
    del broken["connector.class"]  # decodes to ResponseDecodeError, body full of secrets
    simulator.add(Connector("broken", [broken]))
    simulator.inject("planted", Fault.errors(503, count=1))  # one retry, logged

    with simulator.client(retry=QUICK) as client:
        shown.add(client)
        tasks = client.list_tasks("env-demo1", "lkc-demo1", "planted")
        shown.add(tasks, *tasks, *(task.config for task in tasks), *(task.id for task in tasks))
        for name in ("broken", "missing"):
            try:
                client.list_tasks("env-demo1", "lkc-demo1", name)
            except ConnectError as error:
                shown.add_error(error)

    async def run_async() -> None:
        async with simulator.async_client(token=token, retry=QUICK) as client:
            shown.add(client)
            shown.add(await client.list_tasks("env-demo1", "lkc-demo1", "planted"))
        async with simulator.async_client(token=token.strip() + "-stale") as client:
            try:
                await client.list_tasks("env-demo1", "lkc-demo1", "planted")
            except AuthenticationError as error:
                shown.add_error(error)

    asyncio.run(run_async())
    assert any("httpcore" in text for text in shown.texts)  # DEBUG logging did run
    assert tasks[0].config["kafka.api.secret"] == kafka_secret  # asked for explicitly: given
    assert shown.leaks([*secrets.values(), kafka_secret, client_secret, token]) == []


def test_server_message_echoing_the_clients_secret_is_masked() -> None:
    """An error message that quotes the client's own secret shows it masked."""
    secret = "echoed-client-secret-123"

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": 500, "message": f"bad credentials {secret} for {request.url.path}"}}
        return httpx.Response(500, json=body)

    with (
        ConnectClient(api_key="k", api_secret=secret, max_retries=0, transport=httpx.MockTransport(handler)) as c,
        pytest.raises(ServerError) as caught,
    ):
        c.list_tasks("e", "k", "c")
    assert secret not in str(caught.value)
    assert f"bad credentials {REDACTED}" in str(caught.value)


def test_an_open_clients_secret_stays_masked_however_many_clients_come_and_go() -> None:
    """Each client's secrets are kept while it is open: a thousand other clients opened and
    closed after it (tokens rotated, keys changed) do not push its secret out."""
    secret = "first-client-secret-kept"

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"error": {"code": 500, "message": f"bad {secret}"}})

    network = httpx.MockTransport(echo)  # no TLS context per client: the registry is what is under test
    with ConnectClient(api_key="k", api_secret=secret, max_retries=0, transport=network) as first:
        for n in range(1000):
            ConnectClient(api_key="k", api_secret=f"other-secret-{n:04}", transport=network).close()
            with ConnectClient(token=f"other-token-{n:04}", transport=network):
                pass
        with pytest.raises(ServerError) as caught:
            first.list_tasks("e", "k", "c")
    assert secret not in str(caught.value)
    assert f"bad {REDACTED}" in str(caught.value)


def test_the_log_filter_is_in_place_only_while_a_client_is_open() -> None:
    """The README says the package filters httpx's and httpcore's log records while it is in
    use: the filter comes with the first open client and goes with the last."""

    def filtered() -> list[str]:
        names = ("confluent_connect", "httpx", "httpcore", "httpcore.http11")
        return [n for n in names if redacting_filter in logging.getLogger(n).filters]

    gc.collect()  # clients left open and dropped by earlier tests
    assert filtered() == []
    first = ConnectClient(api_key="k", api_secret="secret-of-first")
    second = ConnectClient(token="token-of-second")
    assert filtered() == ["confluent_connect", "httpx", "httpcore", "httpcore.http11"]
    first.close()
    assert len(filtered()) == 4  # the second is still open
    second.close()
    assert filtered() == []
    dropped = ConnectClient(api_key="k", api_secret="secret-never-closed")
    assert len(filtered()) == 4
    del dropped  # never closed: its collection ends its masking and the filter
    gc.collect()
    assert filtered() == []


def test_decode_error_keeps_the_body_but_does_not_show_it() -> None:
    """ResponseDecodeError.content is the body as sent; its message names no value."""
    body = b'[{"config": {"database.password": "PLANTEDpw", "name": "n"}}]'
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = ConnectClient(api_key="k", api_secret="s", transport=transport)
    with client, pytest.raises(ResponseDecodeError) as caught:
        client.list_tasks("e", "k", "c")
    assert caught.value.content == body
    assert "PLANTEDpw" not in "".join(traceback.format_exception(caught.value))


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer abc.def.ghi",
        "(b'Authorization', b'Basic QUJDOkRFRg==')",
        "{'authorization': 'Bearer tok123'}",
        'headers={"Authorization": "Basic Zm9vOmJhcg=="}',
    ],
)
def test_authorization_values_are_scrubbed_from_text(text: str) -> None:
    """However a header is printed, its value does not survive scrub()."""
    cleaned = scrub(text)
    assert REDACTED in cleaned
    for value in ("abc.def.ghi", "QUJDOkRFRg==", "tok123", "Zm9vOmJhcg=="):
        assert value not in cleaned


def test_model_repr_masks_x_redact_and_sensitive_keys() -> None:
    """The generated models' own repr masks what the spec marks and what the rule names."""
    secrets = {"kafka.api.secret": "PLANTEDa", "my.db.password": "PLANTEDb", "topics": "visible"}
    task = ConnectorTask.from_dict({"id": {"connector": "c", "task": 0}, "config": config_with(secrets)})
    text = repr(task)
    assert "PLANTEDa" not in text
    assert "PLANTEDb" not in text
    assert "visible" in text
    assert "'kafka.api.secret': '[redacted]'" in text
    assert isinstance(task.config, ConnectorTaskConfig)


def test_unexpected_status_does_not_print_the_body() -> None:
    """An undocumented status whose JSON body has no message raises without showing it."""
    body = b'{"database.password": "PLANTED-unexpected"}'
    transport = httpx.MockTransport(lambda request: httpx.Response(418, content=body))
    client = ConnectClient(api_key="k", api_secret="s", transport=transport, max_retries=0)
    with client, pytest.raises(UnexpectedStatusError) as caught:
        client.read_connector_status("e", "k", "c")
    assert caught.value.response is not None
    assert caught.value.response.content == body
    assert "PLANTED" not in "".join(traceback.format_exception(caught.value))
