"""httpx transports that retry: under the generated client, so every operation gets it.

Both drive `_retry.retry_flow`; all they add is the I/O: sending on the wrapped transport,
reading the body (so that a connection broken mid-body is retried like any other broken
connection), closing a response that will not be returned, and sleeping.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable

import httpx

from ._ratelimit import RateLimitState
from ._retry import Outcome, RetryPolicy, Wait, retry_flow


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport with the retry policy and the shared rate-limit state."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        state: RateLimitState,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner, self._policy, self._state = inner, policy, state
        self._sleep, self._clock, self._random = sleep, clock, random

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = retry_flow(
            request, self._policy, self._state, clock=self._clock, random=self._random
        )
        outcome: Outcome = None
        # close() in finally: an exception here (an interrupt, a bug) still lets the flow
        # release its place in the shared rate-limit window.
        try:
            while True:
                try:
                    step = flow.send(outcome)
                except StopIteration as done:
                    response: httpx.Response = done.value
                    return response
                if isinstance(step, Wait):
                    if step.discard is not None:
                        step.discard.close()
                    self._sleep(step.seconds)
                    outcome = None
                    continue
                try:
                    outcome = self._inner.handle_request(request)
                    outcome.read()
                except httpx.TransportError as error:
                    outcome = error
        finally:
            flow.close()

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport with the retry policy and the shared rate-limit state."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        state: RateLimitState,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner, self._policy, self._state = inner, policy, state
        self._sleep, self._clock, self._random = sleep, clock, random

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._sleep is None:
            import asyncio  # noqa: PLC0415 - imported when first needed: it is slow to import

            self._sleep = asyncio.sleep
        flow = retry_flow(
            request, self._policy, self._state, clock=self._clock, random=self._random
        )
        outcome: Outcome = None
        try:  # close() in finally: a cancelled task still releases its place
            while True:
                try:
                    step = flow.send(outcome)
                except StopIteration as done:
                    response: httpx.Response = done.value
                    return response
                if isinstance(step, Wait):
                    if step.discard is not None:
                        await step.discard.aclose()
                    await self._sleep(step.seconds)
                    outcome = None
                    continue
                try:
                    outcome = await self._inner.handle_async_request(request)
                    await outcome.aread()
                except httpx.TransportError as error:
                    outcome = error
        finally:
            flow.close()

    async def aclose(self) -> None:
        await self._inner.aclose()
