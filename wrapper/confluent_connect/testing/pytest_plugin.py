"""pytest fixture: `connect_simulator`, a running ConnectSimulator stopped after the test.

Enable with `pytest_plugins = ["confluent_connect.testing.pytest_plugin"]` in a conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import ConnectSimulator


@pytest.fixture
def connect_simulator() -> Iterator[ConnectSimulator]:
    """The seeded simulator on 127.0.0.1, no rate limit; add faults with `inject`."""
    with ConnectSimulator() as simulator:
        yield simulator
