"""The bare generated client of the same document: the peer `make bench` measures this project against.

openapi-python-client (the version pinned for `make generate`) with its own templates and none of ours, on the very
document `make generate` reads (Confluent's, with openapi/overlay.yaml applied), written to a temporary folder as the
package `bare_connect_api`. What it costs to be this project rather than that is then a ratio taken in one run.
"""

from __future__ import annotations

import base64
import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from generate import DEFAULT_OVERLAY, DEFAULT_SPEC, effective_document  # noqa: E402 - tools/ is not a package

PACKAGE = "bare_connect_api"
CONFIG = f"""\
package_name_override: {PACKAGE}
project_name_override: bare-connect-api
use_path_prefixes_for_title_model_names: false
post_hooks: []
"""


class Peer(NamedTuple):
    """The bare client's modules that the benchmark calls."""

    folder: Path  # holds the package; on sys.path
    client: ModuleType
    list_tasks: ModuleType  # api.status.list_connector_tasks
    list_expanded: ModuleType  # api.connectors.list_connectors_with_expansions
    models: ModuleType

    def make_client(self, base_url: str, key: str, secret: str, transport: httpx.BaseTransport | None = None) -> Any:
        """Its AuthenticatedClient sending a Cloud API key as HTTP Basic, as this project's clients do."""
        token = base64.b64encode(f"{key}:{secret}".encode()).decode()
        options: dict[str, Any] = {} if transport is None else {"transport": transport}
        return self.client.AuthenticatedClient(base_url=base_url, token=token, prefix="Basic", httpx_args=options)


def generate_peer(folder: Path) -> Peer:
    """Generate the bare client into `folder` and import it."""
    document, _ = effective_document(DEFAULT_SPEC, DEFAULT_OVERLAY)
    (folder / "document.json").write_text(json.dumps(document), encoding="utf-8")
    (folder / "config.yml").write_text(CONFIG, encoding="utf-8")
    command = [
        sys.executable, "-m", "openapi_python_client", "generate", "--path", str(folder / "document.json"),
        "--config", str(folder / "config.yml"), "--meta", "none", "--output-path", str(folder / PACKAGE),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"the bare client could not be generated:\n{(done.stdout + done.stderr)[-3000:]}")
    sys.path.insert(0, str(folder))
    return Peer(
        folder,
        importlib.import_module(f"{PACKAGE}.client"),
        importlib.import_module(f"{PACKAGE}.api.status.list_connector_tasks"),
        importlib.import_module(f"{PACKAGE}.api.connectors.list_connectors_with_expansions"),
        importlib.import_module(f"{PACKAGE}.models"),
    )
