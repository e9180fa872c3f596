"""The Connect v1 API's routes over the simulator's state: what each request does and answers.

Routes (under /connect/v1/environments/{env}/clusters/{cluster}):

    GET    /connectors                          names; with ?expand=info,status,id a map
    POST   /connectors                          201 the new connector, PROVISIONING; 409 if it exists
    GET    /connectors/{name}                   the connector
    DELETE /connectors/{name}                   200 {"error": null}
    GET    /connectors/{name}/config            the config
    PUT    /connectors/{name}/config            200 the updated connector (201 if created)
    PUT    /connectors/{name}/pause|resume      202, no body
    POST   /connectors/{name}/restart           202, no body
    GET    /connectors/{name}/status|tasks      the status, the task configs
    GET    /connectors/{name}/offsets           the offsets
    POST   /connectors/{name}/offsets/request   202 the alteration, PENDING
    GET    /connectors/{name}/offsets/request/status
    GET    /connector-plugins                   the plugins
    PUT    /connector-plugins/{plugin}/config/validate
    PUT    /connector-plugins/{plugin}/config/translate?mask_sensitive=true

What a write starts happens after the simulator's delay (see `_lifecycle.py`). A config is
refused as the live service refuses it: a `connector.class` that is not one of the plugins
(custom connectors aside), or a plugin's required keys missing. Any other path answers 501.
Where the live service and Confluent's document differ, the answer is the live service's.
"""

from __future__ import annotations

import datetime
import json
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote

from . import _lifecycle, _plugins
from ._data import Connector, ErrorShape
from ._lifecycle import Key

_PREFIX = ("connect", "v1", "environments")
_EXPANSIONS = ("id", "info", "status")
_ALTERED = (
    "The Connect framework-managed offsets for this connector have been {done} successfully."
    " However, if this connector manages offsets externally, they will need to be manually"
    " {done} in the system that the connector uses."
)

# (the path after the cluster, with "*" for the name) -> the methods it answers
_ROUTES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("connectors",): ("GET", "POST"),
    ("connectors", "*"): ("GET", "DELETE"),
    ("connectors", "*", "config"): ("GET", "PUT"),
    ("connectors", "*", "pause"): ("PUT",),
    ("connectors", "*", "resume"): ("PUT",),
    ("connectors", "*", "restart"): ("POST",),
    ("connectors", "*", "status"): ("GET",),
    ("connectors", "*", "tasks"): ("GET",),
    ("connectors", "*", "offsets"): ("GET",),
    ("connectors", "*", "offsets", "request"): ("POST",),
    ("connectors", "*", "offsets", "request", "status"): ("GET",),
    ("connector-plugins",): ("GET",),
    ("connector-plugins", "*", "config", "validate"): ("PUT",),
    ("connector-plugins", "*", "config", "translate"): ("PUT",),
}


def error_body(status: int, message: str, shape: ErrorShape) -> tuple[bytes, str]:
    """A body in one of the shapes Confluent's services (or a proxy) answer errors with."""
    if shape == "connect":
        data: Any = {"error": {"code": status, "message": message}}
    elif shape == "kafka-connect":
        data = {"error_code": status, "message": message}
    elif shape == "cloud":
        data = {"errors": [{"status": str(status), "code": f"http_{status}", "title": message,
                            "detail": message, "resolution": "Try again later."}]}  # fmt: skip
    elif shape == "html":
        page = f"<html><head><title>{status}</title></head><body><h1>{status} {message}</h1>"
        return (page + "<hr><center>proxy</center></body></html>").encode(), "text/html"
    else:
        return f"{status} {message}".encode(), "text/plain"
    return json.dumps(data).encode(), "application/json"


class Reply(NamedTuple):
    status: int
    body: bytes = b""
    content_type: str = "application/json"


def reply(status: int, data: Any) -> Reply:
    return Reply(status, json.dumps(data).encode())


def refuse(status: int, message: str, shape: ErrorShape = "connect") -> Reply:
    return Reply(status, *error_body(status, message, shape))


class Route(NamedTuple):
    """A request's place in the API: which route, for which cluster (and connector)."""

    environment: str
    cluster: str
    pattern: tuple[str, ...]
    name: str | None  # the connector's or the plugin's


def parse_route(path: str) -> Route | None:
    """The route a raw (percent-encoded) path names, or None."""
    parts = path.strip("/").split("/")
    if len(parts) < 6 or tuple(parts[:3]) != _PREFIX or parts[4] != "clusters":
        return None
    rest = parts[6:]
    pattern = tuple("*" if n == 1 else part for n, part in enumerate(rest))
    if pattern not in _ROUTES or "" in rest:
        return None
    name = unquote(rest[1]) if len(rest) > 1 else None
    return Route(unquote(parts[3]), unquote(parts[5]), pattern, name)


def _now(*, fraction: bool = True, later: float = 0.0) -> str:
    """An ISO 8601 UTC time as the live service writes it (nanoseconds, `Z`), `later`
    seconds from now."""
    seconds, rest = divmod(time.time_ns() + round(later * 10**9), 10**9)
    moment = datetime.datetime.fromtimestamp(seconds, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{moment}.{rest:09d}Z" if fraction else f"{moment}Z"


class ConnectApi:
    """The simulator's state (connectors by environment, cluster and name), what is due to
    happen to them, and its routes."""

    def __init__(self, connectors: Iterable[Connector], *, delay: float, clock: Callable[[], float]) -> None:
        self.connectors: dict[Key, Connector] = {}
        self.clusters: set[tuple[str, str]] = set()
        self.lock = threading.RLock()
        self.timeline = _lifecycle.Timeline(delay, clock)
        self.doomed: dict[Key, str] = {}  # created connectors that are to fail, with their traces
        self.offsets_failures: dict[Key, str] = {}  # the next offsets request's failure message
        for connector in connectors:
            self.add(connector)

    def add(self, connector: Connector) -> None:
        with self.lock:
            self.clusters.add((connector.environment, connector.cluster))
            key = (connector.environment, connector.cluster, connector.name)
            self.connectors[key] = connector
            self.timeline.forget(key)

    def settle(self) -> None:
        """Apply what is due by now (the caller holds the lock)."""
        self.timeline.settle(self.connectors)

    def find(self, route: Route) -> Connector | None:
        if route.pattern[0] != "connectors" or route.name is None:
            return None
        return self.connectors.get((route.environment, route.cluster, route.name))

    def handle(self, method: str, route: Route, query: str, body: bytes) -> Reply:
        """Answer one authenticated request; the caller has found its route."""
        if method not in _ROUTES[route.pattern]:
            return refuse(405, "Method Not Allowed")
        with self.lock:
            self.settle()
            missing = self._missing_cluster(route)
            if missing:
                return refuse(404, missing)
            data: Any = None
            if body.strip():
                try:
                    data = json.loads(body)
                except ValueError:
                    return refuse(400, "the request body is not valid JSON")
            return self._dispatch(method, route, parse_qs(query), data)

    def _missing_cluster(self, route: Route) -> str:
        if not any(pair[0] == route.environment for pair in self.clusters):
            return f"environment {route.environment!r} not found"
        if (route.environment, route.cluster) not in self.clusters:
            return f"cluster {route.cluster!r} not found"
        return ""

    def _dispatch(self, method: str, route: Route, query: dict[str, list[str]], data: Any) -> Reply:
        pattern, name = route.pattern, route.name or ""
        if pattern == ("connector-plugins",):
            return reply(200, _plugins.listing())
        if pattern == ("connector-plugins", "*", "config", "translate"):
            return _translate(name, data, mask=query.get("mask_sensitive", ["true"])[-1].lower() != "false")
        if pattern[0] == "connector-plugins":
            return _validate(name, data)
        if pattern == ("connectors",):
            if method == "POST":
                return self._create(route, data)
            return self._listing(route, query.get("expand", []))
        connector = self.find(route)
        if pattern == ("connectors", "*", "config") and method == "PUT":
            return self._put_config(route, connector, data)
        if connector is None:  # the live service's shape for a connector it does not know
            return refuse(404, f"connector {name!r} not found", "kafka-connect")
        return self._connector_route(method, pattern[2:], connector, data)

    def _connector_route(self, method: str, suffix: tuple[str, ...], connector: Connector, data: Any) -> Reply:
        key = (connector.environment, connector.cluster, connector.name)
        if suffix == ():
            if method == "DELETE":
                del self.connectors[key]
                self.timeline.forget(key)
                return reply(200, {"error": None})
            return reply(200, _info(connector))
        lifecycle = {("pause",): _lifecycle.pause, ("resume",): _lifecycle.resume, ("restart",): _lifecycle.restart}
        if suffix in lifecycle:
            self.timeline.later(key, lifecycle[suffix])
            return Reply(202)
        if suffix == ("offsets", "request"):
            return self._alter_offsets(connector, data)
        if suffix == ("offsets", "request", "status"):
            if connector.offset_request is None:
                message = f"no offsets request has been made for connector {connector.name!r}"
                return refuse(404, message)
            return reply(200, connector.offset_request)
        if suffix == ("config",):
            return reply(200, connector.current_config())
        if suffix == ("status",):
            return reply(200, _status(connector))
        if suffix == ("tasks",):
            return reply(200, connector.body())
        observed = {"observed_at": _now(fraction=False)}
        offsets = {"name": connector.name, "id": connector.ident(), "offsets": connector.offsets}
        return reply(200, {**offsets, "metadata": observed})

    def _listing(self, route: Route, expand: Sequence[str]) -> Reply:
        wanted = {part.strip() for value in expand for part in value.split(",") if part.strip()}
        unknown = sorted(wanted - set(_EXPANSIONS))
        if unknown:
            return refuse(400, f"invalid expand value {unknown[0]!r}: use id, info or status")
        here = [
            connector
            for (environment, cluster, _), connector in self.connectors.items()
            if (environment, cluster) == (route.environment, route.cluster)
        ]
        if not wanted:
            return reply(200, [connector.name for connector in here])
        parts = {
            "id": lambda c: {"id": c.ident(), "id_type": "ID"},
            "info": _info,
            "status": _status,
        }
        return reply(
            200,
            {c.name: {key: parts[key](c) for key in _EXPANSIONS if key in wanted} | {"extensions": {}} for c in here},
        )

    def _create(self, route: Route, data: Any) -> Reply:
        if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"]:
            return refuse(400, "name is required")
        name, config = data["name"], data.get("config")
        problem = _config_problem(name, config)
        if problem or not isinstance(config, dict):
            return refuse(400, problem)
        if (route.environment, route.cluster, name) in self.connectors:
            return refuse(409, f"Connector {name} already exists")
        connector = self._provision(route, name, config)
        if isinstance(data.get("offsets"), list):  # newer clients send initial offsets
            connector.offsets = list(data["offsets"])
        return reply(201, _info(connector))

    def _put_config(self, route: Route, connector: Connector | None, data: Any) -> Reply:
        name = route.name or ""
        problem = _config_problem(name, data)
        if problem or not isinstance(data, dict):
            return refuse(400, problem)
        if connector is None:
            return reply(201, _info(self._provision(route, name, data)))
        _lifecycle.configure(connector, data)  # stored now; its state follows after the delay
        self.timeline.later((route.environment, route.cluster, name), _lifecycle.start)
        return reply(200, _info(connector))

    def _provision(self, route: Route, name: str, config: dict[str, str]) -> Connector:
        """A new connector: PROVISIONING, no tasks, until the delay has passed."""
        key = (route.environment, route.cluster, name)
        connector = Connector(name, [], route.environment, route.cluster, state="PROVISIONING")
        _lifecycle.configure(connector, config)
        self.add(connector)
        doomed = self.doomed.pop(key, "")
        self.timeline.later(key, lambda c: _lifecycle.start(c, doomed))
        return connector

    def _alter_offsets(self, connector: Connector, data: Any) -> Reply:
        kind = data.get("type") if isinstance(data, dict) else None
        if kind not in ("PATCH", "DELETE"):
            return refuse(400, "type must be PATCH or DELETE")
        offsets = data.get("offsets") or []
        valid = isinstance(offsets, list) and all(
            isinstance(o, dict) and isinstance(o.get("partition"), dict) for o in offsets
        )
        if not valid or (kind == "PATCH" and not offsets):
            return refuse(400, "offsets must be a list of {partition, offset} objects")
        pending = connector.offset_request is not None and connector.offset_request["status"]["phase"] == "PENDING"
        if pending:
            return refuse(409, f"an offsets request for connector {connector.name!r} is still pending")
        key = (connector.environment, connector.cluster, connector.name)
        request = {
            "id": connector.ident(), "name": connector.name, "offsets": offsets,
            "requested_at": _now(), "type": kind,
        }  # fmt: skip
        connector.offset_request = {"request": request, "status": {"phase": "PENDING"}, "applied_at": None}
        failure, applied_at = self.offsets_failures.pop(key, None), _now(later=self.timeline.delay)
        self.timeline.later(key, lambda c: _settle_offsets(c, request, applied_at, failure))
        return reply(202, request)

    # --- what tests make happen -------------------------------------------------------------

    def fail(self, key: Key, trace: str, task: int | None) -> None:
        with self.lock:
            self.settle()
            _lifecycle.fail(self.connectors[key], trace, task)

    def fail_on_create(self, key: Key, trace: str) -> None:
        with self.lock:
            self.doomed[key] = trace

    def fail_next_offsets_request(self, key: Key, message: str) -> None:
        with self.lock:
            self.offsets_failures[key] = message


def _config_problem(name: str, config: Any) -> str:
    if not isinstance(config, dict) or not config:
        return "config is required"
    if not all(isinstance(value, str) for value in config.values()):
        return "config values must be strings"
    if config.get("name", name) != name:
        return f"Connector name configuration ({config['name']}) doesn't match connector name ({name})"
    if config.get("confluent.connector.type") == "CUSTOM":  # its own plugin: nothing to check it against
        return ""
    connector_class = config.get("connector.class", "")
    if not connector_class:
        return 'Missing required configuration "connector.class" which has no default value.'
    plugin = _plugins.PLUGINS.get(connector_class)
    if plugin is None:
        offered = ", ".join(_plugins.PLUGINS)
        return f'Invalid connector class "{connector_class}": not a connector plugin of this cluster ({offered})'
    missing = _plugins.missing(plugin, {**config, "name": name})
    if missing:
        lines = "".join(f'\nMissing required configuration "{key}" which has no default value.' for key in missing)
        return f"Connector configuration is invalid and contains the following {len(missing)} error(s):{lines}"
    return ""


def _info(connector: Connector) -> dict[str, Any]:
    return {
        "name": connector.name,
        "type": connector.kind(),
        "config": connector.current_config(),
        "tasks": [{"connector": connector.name, "task": n} for n in range(len(connector.tasks))],
    }


def _status(connector: Connector) -> dict[str, Any]:
    worker = connector.name  # the live service names the connector as its worker
    return {
        "name": connector.name,
        "connector": {"state": connector.state, "worker_id": worker, "trace": connector.trace},
        "tasks": [
            {"id": n, "state": connector.task_state(n), "worker_id": worker, "msg": connector.task_traces.get(n, "")}
            for n in range(len(connector.tasks))
        ],
        "type": connector.kind(),
        **connector.status_extra,
    }


def _validate(plugin_name: str, data: Any) -> Reply:
    plugin = _plugins.find(plugin_name)
    if plugin is None:  # what Kafka Connect answers, in its own shape
        message = "Failed to find any class that implements Connector and which name matches " + plugin_name
        return refuse(500, message, "kafka-connect")
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        return refuse(400, "the body must be a config object of strings")
    given = data.get("connector.class")
    if given and _plugins.find(given) is not plugin:
        return refuse(400, f"Included connector type {given} does not match request type {plugin.alias}")
    return reply(200, _plugins.validation(plugin, data))


def _translate(plugin_name: str, data: Any, *, mask: bool) -> Reply:
    plugin = _plugins.find(plugin_name)
    if plugin is None:
        return refuse(404, f"connector plugin {plugin_name!r} not found")
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        return refuse(400, "the body must be a config object of strings")
    given = data.get("connector.class")  # a self-managed config names the Java class
    if given and given not in (plugin.alias, plugin.java_class):
        return refuse(400, f"Included connector type {given} does not match request type {plugin.alias}")
    return reply(200, _plugins.translation(plugin, data, mask=mask))


def _partition_key(partition: Any) -> str:
    """A partition's identity, whether its values come as numbers or strings (the live
    service has been seen to echo `"kafka_partition": "0"`)."""
    if not isinstance(partition, dict):
        return json.dumps(partition)
    return json.dumps({key: str(value) for key, value in partition.items()}, sort_keys=True)


def _settle_offsets(connector: Connector, request: dict[str, Any], applied_at: str, failure: str | None) -> None:
    """An offsets request once its delay has passed: APPLIED, the offsets changed, or FAILED."""
    if failure is not None:
        connector.offset_request = {"request": request, "status": {"phase": "FAILED", "message": failure},
                                    "applied_at": None}  # fmt: skip
        return
    kind, offsets = request["type"], request["offsets"]
    previous = [dict(entry) for entry in connector.offsets]
    named = {_partition_key(o["partition"]) for o in offsets}
    kept = [o for o in connector.offsets if _partition_key(o.get("partition")) not in named]
    if kind == "PATCH":
        connector.offsets = [*kept, *offsets]
    else:
        connector.offsets = kept if offsets else []
    done = "altered" if kind == "PATCH" else "reset"
    connector.offset_request = {
        "request": request,
        "status": {"phase": "APPLIED", "message": _ALTERED.format(done=done)},
        "previous_offsets": previous,
        "applied_at": applied_at,
    }
