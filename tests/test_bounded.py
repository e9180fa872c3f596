"""Answers are read up to a limit, counted on the decoded bytes as they stream: a compressed bomb or an endless body
stops early with a TransportError, and memory stays bounded. A real server on 127.0.0.1 sends them."""

from __future__ import annotations

import asyncio
import json
import threading
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from conftest import tasks_body

from confluent_connect import AsyncConnectClient, ConfigurationError, ConnectClient, TransportError

MIB = 1024 * 1024


@cache
def gzip_of_zeros(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * MIB
    return b"".join(packer.compress(block) for _ in range(size // MIB)) + packer.flush()


class Server:
    """Answers every request with `body` (sent chunked and endless when `body` is None); counts requests."""

    def __init__(self, body: bytes | None, headers: dict[str, str]) -> None:
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                owner.requests += 1
                self.send_response(200)
                for name, value in headers.items():
                    self.send_header(name, value)
                if body is not None:
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"[" + b'"x",' * 16000
                try:
                    while True:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                except OSError:
                    return

            def log_message(self, *args: Any) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def list_tasks(mode: str, url: str, **options: Any) -> Any:
    options = {"api_key": "KEY00001", "api_secret": "secret-0001", "base_url": url, **options}
    if mode == "sync":
        with ConnectClient(**options) as client:
            return client.list_tasks("env", "lkc", "c")

    async def run() -> Any:
        async with AsyncConnectClient(**options) as client:
            return await client.list_tasks("env", "lkc", "c")

    return asyncio.run(run())


def peak_memory(call: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        call()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_compressed_bomb_stops_at_the_limit_without_filling_memory(mode: str) -> None:
    """256 MiB of zeros in 256 KB of gzip: TransportError naming the limit, one request, a bounded peak. The peak is
    the limit plus one decoded chunk: a 64 KB read of gzip can decode to about 64 MiB at once (1,032:1), measured
    at 140-150 MB with zlib's buffer growth."""
    with Server(gzip_of_zeros(256 * MIB), {"Content-Type": "application/json", "Content-Encoding": "gzip"}) as url:
        error: list[TransportError] = []

        def call() -> None:
            with pytest.raises(TransportError) as raised:
                list_tasks(mode, url, max_response_size=8 * MIB)
            error.append(raised.value)

        peak = peak_memory(call)
    assert "could not be read (it is over max_response_size (8,388,608 bytes))" in str(error[0])
    assert peak < 200 * MIB  # the whole answer would be 256 MiB, and twice that while joined


def test_an_endless_chunked_body_stops_at_the_limit(mode: str) -> None:
    """A plain body that never ends is cut at max_response_size and not asked for again."""
    server = Server(None, {"Content-Type": "application/json"})
    with server as url, pytest.raises(TransportError, match=r"max_response_size \(1,048,576 bytes\)"):
        list_tasks(mode, url, max_response_size=MIB)
    assert server.requests == 1


def test_an_answer_within_the_limit_is_read_whole(mode: str) -> None:
    """A gzip body under the limit decodes as usual."""
    tasks = b'[{"id": {"connector": "c", "task": 0}, "config": {"connector.class": "S", "name": "c"}}]'
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    with Server(packer.compress(tasks) + packer.flush(), {"Content-Encoding": "gzip"}) as url:
        result = list_tasks(mode, url, max_response_size=len(tasks))
    assert result[0].config["connector.class"] == "S"


@pytest.mark.parametrize("size", [0, -1, 1.5, True, "64"])
def test_a_limit_that_is_not_a_positive_number_of_bytes_is_refused(size: Any) -> None:
    """ConfigurationError at construction, naming the option."""
    with pytest.raises(ConfigurationError, match="max_response_size must be a number of bytes >= 1"):
        ConnectClient(api_key="KEY00001", api_secret="secret-0001", max_response_size=size)


# --- bodies in pieces, on a fake clock ------------------------------------------------------


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in pieces; before each piece after the first, the fake clock moves on by `gap` seconds."""

    def __init__(self, pieces: list[bytes], clock: list[float], gap: float) -> None:
        self.pieces, self.clock, self.gap = pieces, clock, gap

    def __iter__(self) -> Iterator[bytes]:
        for number, piece in enumerate(self.pieces):
            self.clock[0] += self.gap if number else 0.0
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def list_tasks_in_pieces(mode: str, pieces: list[bytes], gap: float = 0.0, **options: Any) -> Any:
    """list_tasks against an answer sent in `pieces`, `gap` seconds apart on the client's (fake) clock."""
    clock = [1000.0]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=Pieces(pieces, clock, gap))

    options = {"api_key": "KEY00001", "api_secret": "secret-0001", "max_retries": 0, **options}
    kind = ConnectClient if mode == "sync" else AsyncConnectClient
    client = kind(transport=httpx.MockTransport(handler), **options)
    client._transport.clock = lambda: clock[0]
    if isinstance(client, ConnectClient):
        with client:
            return client.list_tasks("env", "lkc", "c")

    async def run() -> Any:
        async with client:
            return await client.list_tasks("env", "lkc", "c")

    return asyncio.run(run())


def halves(body: bytes) -> list[bytes]:
    return [body[: len(body) // 2], body[len(body) // 2 :]]


def test_an_answer_in_pieces_is_read_whole(mode: str) -> None:
    """The pieces are joined as they came, nothing between them."""
    tasks = list_tasks_in_pieces(mode, halves(json.dumps(tasks_body("c")).encode()))
    assert [task.id.task for task in tasks] == [0, 1]


def test_pieces_each_under_the_limit_count_together(mode: str) -> None:
    """Three pieces of 6 bytes against a limit of 10: the answer is over it, though no piece is."""
    with pytest.raises(TransportError, match=r"it is over max_response_size \(10 bytes\)"):
        list_tasks_in_pieces(mode, [b"[     ", b"      ", b"     ]"], max_response_size=10)


def test_the_last_piece_may_come_as_the_read_timeout_ends(mode: str) -> None:
    """A read timeout of 5 s, the second half 5 s after the first: in time."""
    tasks = list_tasks_in_pieces(mode, halves(json.dumps(tasks_body("c")).encode()), gap=5.0, timeout=5.0)
    assert len(tasks) == 2


def test_a_piece_after_the_read_timeout_is_a_timeout_that_says_so(mode: str) -> None:
    """The second half 5.5 s after the first, against a read timeout of 5 s: a TransportError in the timeout's words,
    caused by httpx's ReadTimeout saying the answer took too long."""
    with pytest.raises(TransportError) as caught:
        list_tasks_in_pieces(mode, halves(json.dumps(tasks_body("c")).encode()), gap=5.5, timeout=5.0)
    assert str(caught.value).endswith("no complete answer from api.confluent.cloud:443 within the timeout")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert str(caught.value.__cause__) == "the answer took longer than the timeout"
