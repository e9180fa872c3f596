"""A local Connect v1 API for tests, demos and benchmarks: what moto is for AWS.

    from confluent_connect.testing import ConnectSimulator, Fault

    with ConnectSimulator(rate_limit=5) as sim:
        sim.inject("gcs-logs-sink", Fault.errors(503, count=2))
        with sim.client() as client:
            tasks = client.list_tasks("env-demo1", "lkc-demo1", "gcs-logs-sink")

It serves the whole Connect v1 API, statefully: connectors listed (and expanded), created,
read, reconfigured, paused, resumed, restarted and deleted; their status, tasks and offsets
(and requests to alter them); the managed plugins, config validation and translation. Where
the live service and Confluent's document differ, it answers as the live service does: a
change takes effect after `transition_delay` seconds (on a clock a test may supply), a
config it would refuse is refused, and a secret written back as a mask makes the connector
FAIL. `fail`, `fail_on_create` and `fail_next_offsets_request` make things go wrong on demand.

From the command line: `python -m confluent_connect.testing --help`. As a pytest fixture:
`pytest_plugins = ["confluent_connect.testing.pytest_plugin"]`, then `connect_simulator`.
Standard library only: nothing new is installed for users who never start it.
"""

from ._cassettes import scrub_request, scrub_response, vcr_config
from ._data import MASK, Connector, Fault, connectors_from_json, seed_connectors
from ._server import ConnectSimulator, error_body

__all__ = [
    "MASK",
    "ConnectSimulator",
    "Connector",
    "Fault",
    "connectors_from_json",
    "error_body",
    "scrub_request",
    "scrub_response",
    "seed_connectors",
    "vcr_config",
]
