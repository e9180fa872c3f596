"""`make cassettes`: record tests/cassettes/*.yaml against the local simulator.

Each scenario of tests/cassette_scenarios.py runs once with vcrpy recording; the recorder
is configured with confluent_connect.testing.vcr_config(), so credentials and secret values
are scrubbed before anything is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import vcr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from cassette_scenarios import SCENARIOS, client_options, simulator  # noqa: E402

from confluent_connect import ConnectClient, ConnectError  # noqa: E402
from confluent_connect.testing import vcr_config  # noqa: E402

CASSETTES = ROOT / "tests" / "cassettes"


def main() -> int:
    CASSETTES.mkdir(parents=True, exist_ok=True)
    for old in CASSETTES.glob("*.yaml"):
        old.unlink()
    recorder = vcr.VCR(**vcr_config(), record_mode="all", cassette_library_dir=str(CASSETTES))
    for scenario in SCENARIOS:
        with simulator() as sim:
            sim.inject(scenario.connector, *scenario.faults)
            with (
                recorder.use_cassette(f"{scenario.name}.yaml"),
                ConnectClient(**client_options(sim.url)) as client,
            ):
                try:
                    tasks = client.list_tasks("env-demo1", "lkc-demo1", scenario.connector)
                    outcome = f"{len(tasks)} tasks"
                except ConnectError as error:
                    outcome = type(error).__name__
        print(f"recorded {scenario.name}: {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
