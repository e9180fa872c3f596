"""The features above the operations (calling any endpoint, patching a config, waiting for a state, fanning out) are
flows: generators that yield the calls they need (an operation, or the client's I/O: `_send`, `_sleep`, `_gather`) and
take back each call's result, or its ConnectError thrown in. Each is written once, as a method of both clients
(`Feature`): `ConnectClient` drives it blocking, `AsyncConnectClient` awaiting, so both behave alike, and a test can
drive a flow on a fake clock."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Coroutine, Generator, Iterable, Mapping
from functools import update_wrapper
from types import MethodType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, NamedTuple, ParamSpec, Self, TypeVar, overload

from confluent_connect_api.api import AsyncOperations, SyncOperations
from confluent_connect_api.redaction import scrub_value

from ._body import check_body, is_masked
from ._calls import check_identifier, decode_json, raw_request
from ._credentials import scrub
from .errors import ConnectError, ConnectorFailedError, InvalidArgumentError, NotFoundError, WaitTimeoutError

if TYPE_CHECKING:
    from confluent_connect_api.models import AlterOffsetStatus, ConnectorStatus, ConnectorTask

T = TypeVar("T")
P = ParamSpec("P")
TaskResults = dict[str, "list[ConnectorTask] | ConnectError"]
LONGEST_POLL, NOT_FOUND_GRACE, _TRACE_LENGTH = 15.0, 30.0, 300
_SPACE = re.compile(r"\s+")


class Call(NamedTuple):
    """A method of the client (an operation, or `_sleep`: asyncio's in the async client, a fake one in tests)."""

    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = {}  # noqa: RUF012 - a NamedTuple default, never mutated


Flow = Generator[Call, Any, T]  # yields calls; returns its result


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


class Feature(Generic[P, T]):
    """A flow (taking the client first) as a method of both clients: blocking, or awaitable."""

    def __init__(self, flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        self.flow, self.__doc__ = flow, flow.__doc__

        def blocking(client: Any, *args: Any, **kwargs: Any) -> Any:
            return run(flow(client, *args, **kwargs), client)

        async def awaiting(client: Any, *args: Any, **kwargs: Any) -> Any:
            return await arun(flow(client, *args, **kwargs), client)

        # bound to a client, a method as Python has them: the flow's name, doc and (through __wrapped__) signature
        self._methods = (update_wrapper(blocking, flow), update_wrapper(awaiting, flow))

    def __call__(self, client: Any, /, *args: P.args, **kwargs: P.kwargs) -> Any:  # ConnectClient.x(client, ...)
        return self.__get__(client, type(client))(*args, **kwargs)

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: AsyncOperations, owner: type) -> Callable[P, Coroutine[Any, Any, T]]: ...
    @overload
    def __get__(self, client: SyncOperations, owner: type) -> Callable[P, T]: ...
    def __get__(self, client: Any, owner: type) -> Any:
        return self if client is None else MethodType(self._methods[isinstance(client, AsyncOperations)], client)


def request(
    client: Any, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: object = None
) -> Flow[Any]:
    """Call any endpoint, one the API description lacks included, with every guarantee of the generated methods:
    `path` is relative to the base URL (another host is refused), `json` is checked as every body is (JSON, no masked
    secret), POST is never resent, errors are typed and masked. Returns the decoded JSON, or None for an empty body."""
    return (yield Call("_send", (raw_request(method, path, params, json), decode_json)))


def update_connector_config(
    client: Any, environment_id: str, kafka_cluster_id: str, connector_name: str, *,
    set: Mapping[str, str] | None = None, remove: Iterable[str] = (),
) -> Flow[Mapping[str, str]]:  # fmt: skip
    """Change some keys of a connector's config and keep the rest: reads the config, applies `set` (key to value) and
    `remove` (keys), and writes the whole config back (PUT config replaces it all). Refuses, before writing, when a key
    whose value the server masks is neither in `set` nor in `remove`: the write would store the mask. Read-modify-write
    with no check on the server: two writers at once race, the later wins. Returns the config as the server now holds
    it (secrets masked)."""
    ids, (changes, removals) = (environment_id, kafka_cluster_id, connector_name), _changes(set, remove)
    current = yield Call("get_connector_config", ids)
    if absent := [key for key in removals if key not in current]:
        raise InvalidArgumentError("remove", f"names keys the config does not have: {', '.join(absent)}")
    hidden = [key for key, value in current.items() if is_masked(value) and key not in changes and key not in removals]
    if hidden:
        raise InvalidArgumentError(
            "set",
            f"must give the real values of {', '.join(hidden)}: the server masks secrets when it returns them, so "
            "writing the config back would store the mask in their place (or name them in remove=)",
        )
    config = {key: value for key, value in current.items() if key not in removals} | changes
    connector: Any = yield Call("create_or_update_connector_config", ids, {"body": config})
    return connector.config  # type: ignore[no-any-return]


def _changes(set: Mapping[str, str] | None, remove: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """`set` and `remove` checked before anything is sent: str to str, keys to remove, no key in both."""
    if set is not None and not isinstance(set, Mapping):
        raise InvalidArgumentError("set", f"must be a mapping of config keys to values, not {type(set).__name__}")
    if isinstance(remove, str | bytes) or not isinstance(remove, Iterable):
        raise InvalidArgumentError("remove", f"must be a collection of config keys, not {type(remove).__name__}")
    changes, removals = dict(set or {}), list(dict.fromkeys(remove))
    for argument, keys in (("set", list(changes)), ("remove", removals)):
        for key in keys:
            if not isinstance(key, str) or not key:
                raise InvalidArgumentError(argument, f"has a key that is not a non-empty str: {key!r}")
    for key, value in changes.items():
        if not isinstance(value, str):
            raise InvalidArgumentError("set", f"has a {type(value).__name__} for {key}: config values are strings")
    if both := [key for key in removals if key in changes]:
        raise InvalidArgumentError("remove", f"names keys that set= also sets: {', '.join(both)}")
    if not changes and not removals:
        raise InvalidArgumentError("set", "and remove= are both empty: there is nothing to change")
    check_body(changes, "set")
    return changes, removals


class Pace(NamedTuple):
    """How long to wait in all, the first pause between polls, and the clock both are read on."""

    timeout: float
    poll_interval: float
    clock: Callable[[], float]


def wait_for_connector(
    client: Any, environment_id: str, kafka_cluster_id: str, connector_name: str, *, state: str = "RUNNING",
    timeout: float = 600.0, poll_interval: float = 1.0, failed_grace: float = 0.0,
) -> Flow[ConnectorStatus]:  # fmt: skip
    """Poll the connector's status until it is in `state` (RUNNING: every task too), and return that status. Raises
    ConnectorFailedError when the connector or a task goes FAILED (unless FAILED is awaited), with their traces;
    WaitTimeoutError, with the last state seen, after `timeout` seconds. Just after creating a connector, "not found"
    is waited out for up to 30 s. Polls start `poll_interval` apart and back off to 15 s.

    The service acts asynchronously: right after a restart the status still reads FAILED, so pass `failed_grace`
    (seconds from the start during which FAILED is waited through), e.g. 60. Right after a config change the state
    read may still be the old one."""
    ids, pace = (
        (environment_id, kafka_cluster_id, connector_name),
        Pace(timeout, poll_interval, client._transport.clock),
    )
    if not isinstance(state, str) or not state.strip():
        raise InvalidArgumentError("state", f"must be a state such as RUNNING or PAUSED, not {state!r}")
    grace = failed_grace
    if isinstance(grace, bool) or not isinstance(grace, int | float) or not 0 <= grace < math.inf:
        raise InvalidArgumentError("failed_grace", f"must be a number of seconds >= 0, not {grace!r}")
    wanted, name, start = state.strip().upper(), ids[2], pace.clock()

    def judge(status: Any) -> bool:
        tasks = status.tasks or []
        if status.connector.state == wanted and (wanted != "RUNNING" or all(t.state == "RUNNING" for t in tasks)):
            return True
        failed = [f"task {t.id} is FAILED: {_excerpt(t.msg)}" for t in tasks if t.state == "FAILED"]
        if status.connector.state == "FAILED":  # the live service adds validation_errors, which the document lacks
            problems = [*map(str, status.get("validation_errors") or []), status.connector.trace]
            failed.insert(0, f"is FAILED: {_excerpt(' '.join(p for p in problems if p))}")
        if failed and wanted != "FAILED" and pace.clock() - start >= grace:
            said = f"connector {name!r}{'' if failed[0][0] == 'i' else ':'} {'; '.join(failed)}"
            raise ConnectorFailedError(said, status)
        return False

    def seen(status: Any) -> str:
        tasks = status.tasks or []
        states = ", ".join(f"{s} {sum(t.state == s for t in tasks)}" for s in dict.fromkeys(t.state for t in tasks))
        return f"{status.connector.state}" + (f" (tasks: {states})" if tasks else " (no tasks)")

    return _poll(Call("read_connector_status", ids), judge, seen, f"connector {name!r} to be {wanted}", pace)


def wait_for_offsets_request(
    client: Any, environment_id: str, kafka_cluster_id: str, connector_name: str, *, timeout: float = 600.0,
    poll_interval: float = 1.0,
) -> Flow[AlterOffsetStatus]:  # fmt: skip
    """Poll the connector's offsets request until APPLIED and return its status; ConnectorFailedError if it goes
    FAILED, WaitTimeoutError after `timeout` seconds."""
    ids, pace = (
        (environment_id, kafka_cluster_id, connector_name),
        Pace(timeout, poll_interval, client._transport.clock),
    )
    what = f"the offsets request for connector {connector_name!r}"

    def judge(status: Any) -> bool:
        if status.status.phase == "FAILED":
            raise ConnectorFailedError(f"{what} FAILED: {_excerpt(status.status.message)}", status)
        return bool(status.status.phase == "APPLIED")

    read = Call("get_connector_offsets_request_status", ids)
    return _poll(read, judge, lambda status: status.status.phase, f"{what} to be APPLIED", pace)


def _poll(read: Call, judge: Callable[[Any], bool], seen: Callable[[Any], str], what: str, pace: Pace) -> Flow[Any]:
    """Poll with `read` until `judge` says done (or raises), each pause half as long again as the last, up to 15 s;
    WaitTimeoutError past the timeout. A connector not found at first may be just created: waited for, up to 30 s."""
    timeout, clock = pace.timeout, pace.clock
    for argument, value in (("timeout", timeout), ("poll_interval", pace.poll_interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            raise InvalidArgumentError(argument, f"must be a number of seconds > 0, not {value!r}")
    start, status, interval = clock(), None, float(pace.poll_interval)
    while True:
        try:
            status = yield read
        except NotFoundError:
            if clock() - start > min(NOT_FOUND_GRACE, timeout) or status is not None:
                raise
        else:
            if judge(status):
                return status
        left = start + timeout - clock()
        if left <= 0:
            last = seen(status) if status is not None else "not found"
            raise WaitTimeoutError(f"gave up waiting for {what} after {timeout:g} s: last seen {last}", status)
        yield Call("_sleep", (min(interval, left),))
        interval = min(interval * 1.5, LONGEST_POLL)


def list_tasks_many(
    client: Any, environment_id: str, kafka_cluster_id: str, connector_names: Iterable[str], *, concurrency: int = 8
) -> Flow[TaskResults]:
    """The tasks of many connectors, `concurrency` requests in flight (threads, or tasks): for every name, in the
    order given, its tasks or the ConnectError it got (costing no other's result). Repeated names are asked once."""
    check_identifier("environment_id", environment_id)
    check_identifier("kafka_cluster_id", kafka_cluster_id)
    if isinstance(connector_names, str | bytes) or not isinstance(connector_names, Iterable):
        kind = type(connector_names).__name__
        raise InvalidArgumentError("connector_names", f"must be a collection of names, not {kind}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidArgumentError("concurrency", f"must be an int >= 1, not {concurrency!r}")
    names = list(connector_names)
    for index, name in enumerate(names):
        check_identifier(f"connector_names[{index}]", name)
    names = list(dict.fromkeys(names))
    calls = [Call("list_tasks", (environment_id, kafka_cluster_id, name)) for name in names]
    return dict(zip(names, (yield Call("_gather", (calls, concurrency))), strict=True))


def _excerpt(text: object) -> str:
    """A trace as one masked line, cut to a few hundred characters: the first lines say what went wrong."""
    line = _SPACE.sub(" ", scrub_value(scrub(text))).strip() if isinstance(text, str) else ""
    return (line if len(line) <= _TRACE_LENGTH else line[: _TRACE_LENGTH - 1] + "…") or "(no trace)"
