"""Features above the operations (patching a config, waiting for a state) are flows: plain generators that yield the
operation calls and the sleeps they need and take back each call's result, or its ConnectError thrown in. The logic is
written once; each client drives it with its own I/O (`run` blocking, `arun` awaiting), so both behave alike and a
test can drive a flow on a fake clock."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, NamedTuple, TypeVar

from .errors import ConnectError

T = TypeVar("T")


class Call(NamedTuple):
    """An operation of the client (its method name) with its arguments."""

    operation: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = {}  # noqa: RUF012 - a NamedTuple default, never mutated


Flow = Generator[Call | float, Any, T]  # yields a call or seconds to sleep; returns its result


def run(flow: Flow[T], client: Any, sleep: Callable[[float], object]) -> T:
    """Drive `flow` with `client`'s blocking methods."""
    result: Any = None
    failure: ConnectError | None = None
    while True:
        try:
            step = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        result, failure = None, None
        if not isinstance(step, Call):
            sleep(step)
            continue
        try:
            result = getattr(client, step.operation)(*step.args, **step.kwargs)
        except ConnectError as error:
            failure = error


async def arun(flow: Flow[T], client: Any, sleep: Callable[[float], Awaitable[object]]) -> T:
    """Drive `flow` with `client`'s awaitable methods: `run` but for `await`."""
    result: Any = None
    failure: ConnectError | None = None
    while True:
        try:
            step = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        result, failure = None, None
        if not isinstance(step, Call):
            await sleep(step)
            continue
        try:
            result = await getattr(client, step.operation)(*step.args, **step.kwargs)
        except ConnectError as error:
            failure = error
