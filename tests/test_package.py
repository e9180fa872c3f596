"""What importing the package does: every public name there as listed, each loaded when first asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest

import confluent_connect
from confluent_connect_api.redaction import REDACTED


def in_fresh_interpreter(code: str, **environ: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, env=environ or None
    )


def test_every_public_name_is_importable_and_listed_yet_loaded_on_first_use() -> None:
    """A fresh import loads no httpx; `import *` gives all of __all__, dir() lists it, and only then is httpx loaded."""
    probe = """
import sys
import confluent_connect as package
print("httpx" in sys.modules, sorted(set(package.__all__) - set(dir(package))))
names = {}
exec("from confluent_connect import *", names)
print(sorted(set(package.__all__) - set(names)), "httpx" in sys.modules)
"""
    done = in_fresh_interpreter(probe)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == ["False []", "[] True"]


def test_a_name_loaded_late_is_the_one_its_module_defines() -> None:
    """A lazy name is the object its module defines, kept once loaded; an unknown one is an AttributeError."""
    assert (confluent_connect.REDACTED, confluent_connect.is_sensitive_key("kafka.api.secret")) == (REDACTED, True)
    assert vars(confluent_connect)["ConnectClient"] is confluent_connect.ConnectClient
    assert confluent_connect.ConnectClient.__name__ == "ConnectClient"
    with pytest.raises(AttributeError, match="has no attribute 'ConectClient'"):
        confluent_connect.ConectClient  # noqa: B018
