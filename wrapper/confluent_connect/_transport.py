"""An httpx transport that retries, under both clients, so every operation gets it.

One class serves the sync and the async client: each drives `_retry.retry_flow`, which
decides everything (whether to send, wait or give up) and does no I/O. What the transport
adds is the I/O: sending on the wrapped transport and reading the body (so a connection
broken mid-body is retried like any other broken connection), closing a response that
will not be returned, and sleeping.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Generator
from typing import Any

import httpx

from ._ratelimit import RateLimitState
from ._retry import Outcome, RetryPolicy, Step, Wait, retry_flow


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a sync or an async transport with the retry policy and shared rate-limit state."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        state: RateLimitState,
        *,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner, self._policy, self._state = inner, policy, state
        self._sleep, self._clock, self._random = sleep, clock, random

    def _flow(self, request: httpx.Request) -> Generator[Step, Outcome, httpx.Response]:
        return retry_flow(
            request, self._policy, self._state, clock=self._clock, random=self._random
        )

    # The two loops below are the same loop; only `await` differs. The flow is closed in
    # `finally`: an exception or a cancellation still releases its place in the shared
    # rate-limit window.

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        sleep = self._sleep or time.sleep
        flow, outcome = self._flow(request), None
        try:
            while True:
                try:
                    step = flow.send(outcome)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                if isinstance(step, Wait):
                    if step.discard is not None:
                        step.discard.close()
                    outcome = sleep(step.seconds)
                    continue
                try:
                    outcome = self._inner.handle_request(request)
                    outcome.read()
                except httpx.TransportError as error:
                    outcome = error
        finally:
            flow.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        if self._sleep is None:
            import asyncio  # noqa: PLC0415 - imported when first needed: it is slow to import

            self._sleep = asyncio.sleep
        flow, outcome = self._flow(request), None
        try:
            while True:
                try:
                    step = flow.send(outcome)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                if isinstance(step, Wait):
                    if step.discard is not None:
                        await step.discard.aclose()
                    outcome = await self._sleep(step.seconds)
                    continue
                try:
                    outcome = await self._inner.handle_async_request(request)
                    await outcome.aread()
                except httpx.TransportError as error:
                    outcome = error
        finally:
            flow.close()

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()
