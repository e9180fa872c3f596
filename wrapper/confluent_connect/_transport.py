"""The httpx transport under both clients that retries, so every operation gets it. `_retry.retry_flow` decides; the
transport does the I/O it asks for: send and read the body (a connection broken mid-body is retried like any other),
or sleep. The two loops are one loop but for `await`; the flow is closed after, so an error or a cancellation still
frees its rate-limit slot."""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import closing
from typing import Any

import httpx

from ._calls import foreign_redirect
from ._ratelimit import RateLimitState
from ._retry import RETRY_POLICY, RetryPolicy, retry_flow

MAX_RESPONSE_SIZE = 64 * 1024 * 1024  # the largest real listing is a few MB: 64 MiB is generous, and still bounded


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a sync or an async transport with a retry policy and shared rate-limit state."""

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy, state: RateLimitState, *,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] = time.monotonic, random: Callable[[], float] = random.random,
        max_size: int = MAX_RESPONSE_SIZE,
    ) -> None:  # fmt: skip
        self._inner, self._policy, self._state = inner, policy, state
        self._sleep, self.clock, self._random = sleep, clock, random
        self._max_size = max_size

    def sleep(self, seconds: float) -> None:
        """Block for `seconds` (the clock tests give, if any): the sync client's waits between polls, too."""
        (self._sleep or time.sleep)(seconds)

    async def async_sleep(self, seconds: float) -> None:
        """Sleep without blocking the event loop (the async client's waits between polls, too)."""
        if self._sleep is None:
            import asyncio  # noqa: PLC0415 - only the async client pays for importing it

            self._sleep = asyncio.sleep
        await self._sleep(seconds)

    def _flow(self, request: httpx.Request) -> Generator[float | httpx.Response | None, object, None]:
        """The retry flow (seconds to sleep, or None: send and send it the outcome), then the response to hand back,
        unless it redirects to another origin."""
        policy = request.extensions.get(RETRY_POLICY, self._policy)  # a client's with_options may set its own
        response = yield from retry_flow(request, policy, self._state, clock=self.clock, random=self._random)
        yield foreign_redirect(response, request)

    def _bounded(self, response: httpx.Response, request: httpx.Request) -> tuple[httpx.Response, _Cap]:
        """`response`, its body to be read within the request's read timeout; and the cap counting it as decoded."""
        if (deadline := request.extensions.get("timeout", {}).get("read")) is not None:
            response.stream = _Deadline(response.stream, self.clock() + deadline, self.clock, request)
        return response, _Cap(self._max_size, request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        with closing(self._flow(request)) as flow:
            outcome: object = None
            while not isinstance(step := flow.send(outcome), httpx.Response):
                outcome = None
                if step is not None:
                    self.sleep(step)
                    continue
                try:
                    response, cap = self._bounded(self._inner.handle_request(request), request)
                    try:  # what read() does, counting (httpx keeps a read body in _content)
                        response._content = b"".join(map(cap, response.iter_bytes()))
                    except httpx.DecodingError:
                        response.close()
                        raise
                    outcome = response
                except httpx.TransportError as error:
                    outcome = error
            return step

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        with closing(self._flow(request)) as flow:
            outcome: object = None
            while not isinstance(step := flow.send(outcome), httpx.Response):
                outcome = None
                if step is not None:
                    await self.async_sleep(step)
                    continue
                try:
                    response, cap = self._bounded(await self._inner.handle_async_request(request), request)
                    try:
                        response._content = b"".join([cap(chunk) async for chunk in response.aiter_bytes()])
                    except httpx.DecodingError:
                        await response.aclose()
                        raise
                    outcome = response
                except httpx.TransportError as error:
                    outcome = error
            return step

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


class _Cap:
    """Counts a body's bytes as they are decoded: past the limit, a compressed bomb or an endless stream stops (one
    decoded chunk at most over it), with an error saying so; it is not retried."""

    def __init__(self, limit: int, request: httpx.Request) -> None:
        self._left, self._limit, self._request = limit, limit, request

    def __call__(self, chunk: bytes) -> bytes:
        self._left -= len(chunk)
        if self._left < 0:
            raise httpx.DecodingError(f"it is over max_response_size ({self._limit:,} bytes)", request=self._request)
        return chunk


class _Deadline(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that fails once its attempt's time is up: bytes trickled within the read timeout cannot hold a call."""

    def __init__(self, inner: Any, end: float, clock: Callable[[], float], request: Any) -> None:
        self._inner, self._end, self._clock, self._request = inner, end, clock, request

    def _checked(self, chunk: bytes) -> bytes:
        if self._clock() > self._end:
            raise httpx.ReadTimeout("the answer took longer than the timeout", request=self._request)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        return (self._checked(chunk) for chunk in self._inner)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield self._checked(chunk)

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()
