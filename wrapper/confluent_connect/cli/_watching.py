"""The client the command line uses: a ConnectClient that reports each state a wait reads, as it reads it.

The library's waits poll through the client's own methods (`read_connector_status`, and
`get_connector_offsets_request_status` for an offsets request), so overriding those two is enough to see every poll:
the waiting itself (its backoff, its grace after a restart, its errors) stays the library's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._client import ConnectClient
from ._console import Console, StateWatch

if TYPE_CHECKING:
    from confluent_connect_api.models import AlterOffsetStatus, ConnectorStatus

# Right after a restart the service still shows FAILED until it acts: waited through for this long (or the timeout).
RESTART_GRACE = 60.0


class WatchingClient(ConnectClient):
    """A ConnectClient whose status reads, while a wait runs, are told to the console as state changes."""

    watch: StateWatch | None = None

    def read_connector_status(self, environment_id: str, kafka_cluster_id: str, connector_name: str) -> ConnectorStatus:
        status = super().read_connector_status(environment_id, kafka_cluster_id, connector_name)
        if self.watch is not None:
            self.watch.seen(described(status))
        return status

    def get_connector_offsets_request_status(
        self, environment_id: str, kafka_cluster_id: str, connector_name: str
    ) -> AlterOffsetStatus:
        status = super().get_connector_offsets_request_status(environment_id, kafka_cluster_id, connector_name)
        if self.watch is not None:
            self.watch.seen(f"offsets request {status.status.phase}")
        return status

    def wait_reporting(
        self, console: Console, ids: tuple[str, str, str], *, state: str, timeout: float, poll_interval: float,
        failed_grace: float = 0.0,
    ) -> ConnectorStatus:  # fmt: skip
        """`wait_for_connector`, each state change on the console as it is seen."""
        self.watch = StateWatch(console, ids[2])
        try:
            return self.wait_for_connector(
                *ids, state=state, timeout=timeout, poll_interval=poll_interval, failed_grace=failed_grace
            )
        finally:
            self.watch = None

    def wait_offsets_reporting(
        self, console: Console, ids: tuple[str, str, str], *, timeout: float, poll_interval: float
    ) -> AlterOffsetStatus:
        """`wait_for_offsets_request`, each phase on the console as it is seen."""
        self.watch = StateWatch(console, ids[2])
        try:
            return self.wait_for_offsets_request(*ids, timeout=timeout, poll_interval=poll_interval)
        finally:
            self.watch = None


def described(status: ConnectorStatus) -> str:
    """`RUNNING, tasks: RUNNING 2`, `PROVISIONING, no tasks`, `RUNNING, tasks: RUNNING 1, FAILED 1`."""
    tasks = [str(task.state) for task in status.tasks or []]
    counts = ", ".join(f"{state} {tasks.count(state)}" for state in dict.fromkeys(tasks))
    return f"{status.connector.state}, " + (f"tasks: {counts}" if tasks else "no tasks")
