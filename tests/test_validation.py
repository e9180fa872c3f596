"""Identifiers: refused before sending when unsafe, percent-encoded exactly otherwise."""

from __future__ import annotations

import httpx
import pytest
from conftest import CLUSTER, ENV, Connect

from confluent_connect import InvalidArgumentError

PREFIX = b"/connect/v1/environments/env-abc123/clusters/lkc-abc123/connectors/"


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("plain-name_1", b"plain-name_1"),
        ("with space", b"with%20space"),
        ("a/b", b"a%2Fb"),
        ("what?x=1", b"what%3Fx%3D1"),
        ("frag#ment", b"frag%23ment"),
        ("100%", b"100%25"),
        ("%2F", b"%252F"),
        ("café", b"caf%C3%A9"),
        ("日本", b"%E6%97%A5%E6%9C%AC"),
        ("...", b"..."),
        ("a..b", b"a..b"),
        ("+&=;,", b"%2B%26%3D%3B%2C"),
    ],
)
def test_connector_name_reaches_exactly_the_intended_path(connect: Connect, name: str, wire: bytes) -> None:
    """Every character that means something in a URL is percent-encoded."""
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json=[])

    connect.list_tasks(handler, connector=name)
    assert seen == [PREFIX + wire + b"/tasks"]


def test_every_identifier_is_encoded(connect: Connect) -> None:
    """Environment and cluster IDs are encoded like the connector name."""
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json=[])

    connect.call(handler, "list_tasks", "env/1", "lkc 2", "c?3")
    assert seen == [b"/connect/v1/environments/env%2F1/clusters/lkc%202/connectors/c%3F3/tasks"]


@pytest.mark.parametrize(
    ("arguments", "argument", "problem"),
    [
        ((ENV, CLUSTER, ""), "connector_name", "must not be empty"),
        (("", CLUSTER, "c"), "environment_id", "must not be empty"),
        ((ENV, "", "c"), "kafka_cluster_id", "must not be empty"),
        ((ENV, CLUSTER, "."), "connector_name", "must not be '.': it would change the path"),
        ((ENV, CLUSTER, ".."), "connector_name", "must not be '..': it would change the path"),
        ((ENV, "..", "c"), "kafka_cluster_id", "must not be '..': it would change the path"),
        ((ENV, CLUSTER, "line\nbreak"), "connector_name", "must not contain a control character ('\\n' at 4)"),
        ((ENV, CLUSTER, "nul\x00"), "connector_name", "must not contain a control character ('\\x00' at 3)"),
        ((ENV, CLUSTER, "del\x7f"), "connector_name", "must not contain a control character ('\\x7f' at 3)"),
        ((ENV, CLUSTER, "c1\x9f"), "connector_name", "must not contain a control character ('\\x9f' at 2)"),
        ((ENV, CLUSTER, "a\ud800b"), "connector_name", "must not contain a lone surrogate ('\\ud800' at 1)"),
        ((ENV, CLUSTER, "a\udfffb"), "connector_name", "must not contain a lone surrogate ('\\udfff' at 1)"),
        ((ENV, CLUSTER, None), "connector_name", "must be a string, not NoneType"),
        ((123, CLUSTER, "c"), "environment_id", "must be a string, not int"),
        ((ENV, CLUSTER, "x" * 1025), "connector_name", "is 1025 characters, over 1024"),
    ],
)
def test_bad_identifier_is_refused_before_sending(
    connect: Connect, arguments: tuple[object, ...], argument: str, problem: str
) -> None:
    """A ValueError naming the argument, and no request at all."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    with pytest.raises(InvalidArgumentError) as caught:
        connect.call(handler, "list_tasks", *arguments)
    assert (caught.value.argument, caught.value.problem) == (argument, problem)
    assert str(caught.value) == f"{argument} {problem}"
    assert isinstance(caught.value, ValueError)
    assert sent == []


def test_a_name_of_1024_characters_is_sent(connect: Connect) -> None:
    """The limit is 1,024 characters: one that long still goes, percent-encoded."""
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json=[])

    connect.list_tasks(handler, connector="é" * 1024)
    assert seen == [PREFIX + b"%C3%A9" * 1024 + b"/tasks"]
