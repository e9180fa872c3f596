"""pytest fixture: `connect_simulator`, a running ConnectSimulator stopped after the test.

Enable with `pytest_plugins = ["confluent_connect.testing.pytest_plugin"]` in a conftest.py.
A test changes the fixture's simulator with a marker taking ConnectSimulator's keywords,
and `throttled=True` for the sample connector whose first two requests are answered 429:

    @pytest.mark.connect_simulator(throttled=True, rate_limit=5, transition_delay=1.0)
    def test_something(connect_simulator): ...
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._data import seed_connectors
from ._server import ConnectSimulator

# Short enough for a test suite, long enough that a wait or poll loop really waits.
TRANSITION_DELAY = 0.2


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "connect_simulator(throttled=False, **options): the connect_simulator fixture with ConnectSimulator(**options)",
    )


@pytest.fixture
def connect_simulator(request: pytest.FixtureRequest) -> Iterator[ConnectSimulator]:
    """The seeded simulator on 127.0.0.1: no rate limit, no throttled connector, changes
    taking effect 0.2 s after they are asked for; add faults with `inject`, failures with
    `fail`, and ask for more with the `connect_simulator` marker."""
    marker = request.node.get_closest_marker("connect_simulator")
    options = dict(marker.kwargs) if marker is not None else {}
    throttled = bool(options.pop("throttled", False))
    options.setdefault("transition_delay", TRANSITION_DELAY)
    connectors = options.pop("connectors", None)
    with ConnectSimulator(
        seed_connectors(throttled=throttled) if connectors is None else connectors, **options
    ) as simulator:
        yield simulator
