"""A typed client for Confluent Cloud's Connect v1 API (see `ConnectClient`). Everything public is importable from
here; the modules behind it may move. They load on first use, so that importing the package (as the command line's
`--help` does) costs no httpx."""

import logging
from importlib import import_module
from typing import TYPE_CHECKING

from . import errors
from .errors import *  # noqa: F403 - the whole hierarchy, as listed in errors.__all__

__all__ = ["REDACTED", "AsyncConnectClient", "ConnectClient", "ConnectorTask", "ConnectorTaskConfig", "ConnectorTaskId"]
__all__ += ["RetryPolicy", "TaskResults", "is_sensitive_key"]
__all__ += errors.__all__

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports each name when it is first asked for
    from confluent_connect_api.models import ConnectorTask, ConnectorTaskConfig, ConnectorTaskId
    from confluent_connect_api.redaction import REDACTED, is_sensitive_key

    from ._client import AsyncConnectClient, ConnectClient, TaskResults
    from ._retry import RetryPolicy
else:  # hidden from mypy, to which a misspelt name stays an error
    _HOMES = dict.fromkeys(["AsyncConnectClient", "ConnectClient", "TaskResults"], "._client")
    _HOMES |= dict.fromkeys(["ConnectorTask", "ConnectorTaskConfig", "ConnectorTaskId"], "confluent_connect_api.models")
    _HOMES |= dict.fromkeys(["REDACTED", "is_sensitive_key"], "confluent_connect_api.redaction")
    _HOMES["RetryPolicy"] = "._retry"

    def __getattr__(name: str) -> object:
        if name not in _HOMES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value = getattr(import_module(_HOMES[name], __name__), name)
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


logging.getLogger(__name__).addHandler(logging.NullHandler())  # the application decides what is shown
