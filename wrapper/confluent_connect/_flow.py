"""Features above the operations (patching a config, waiting for a state) are flows: plain generators that yield the
calls they need (an operation, or `_sleep`) and take back each call's result, or its ConnectError thrown in. The logic
is written once; each client drives it with its own I/O (`run` blocking, `arun` awaiting), so both behave alike and a
test can drive a flow on a fake clock."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, NamedTuple, TypeVar

from .errors import ConnectError

T = TypeVar("T")


class Call(NamedTuple):
    """A method of the client (an operation, or `_sleep`) with its arguments."""

    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = {}  # noqa: RUF012 - a NamedTuple default, never mutated


Flow = Generator[Call, Any, T]  # yields calls; returns its result


def sleep(seconds: float) -> Call:
    """The call that pauses a flow: the client's own sleep (asyncio's in the async client, a fake one in tests)."""
    return Call("_sleep", (seconds,))


def run(flow: Flow[T], client: Any) -> T:
    """Drive `flow` with `client`'s blocking methods."""
    result, failure = None, None
    while True:
        try:
            call = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        try:
            result, failure = getattr(client, call.method)(*call.args, **call.kwargs), None
        except ConnectError as error:
            result, failure = None, error


async def arun(flow: Flow[T], client: Any) -> T:
    """Drive `flow` with `client`'s awaitable methods: `run` but for `await`."""
    result, failure = None, None
    while True:
        try:
            call = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        try:
            result, failure = await getattr(client, call.method)(*call.args, **call.kwargs), None
        except ConnectError as error:
            result, failure = None, error
