"""A typed client for Confluent Cloud's Connect v1 API (see `ConnectClient`). Everything public is importable from
here, loaded on first use (importing the package costs no httpx); the modules behind it may move."""

import logging
import os
import warnings
from importlib import import_module
from typing import TYPE_CHECKING

from . import errors
from .errors import *  # noqa: F403 - the whole hierarchy, as listed in errors.__all__

__all__ = ["REDACTED", "AsyncConnectClient", "ConnectClient", "ConnectorTask", "ConnectorTaskConfig", "ConnectorTaskId"]
__all__ += ["RawResponse", "RetryPolicy", "TaskResults", "instrument", "is_sensitive_key", "uninstrument"]
__all__ += errors.__all__

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports each name when it is first asked for
    from confluent_connect_api.models import ConnectorTask, ConnectorTaskConfig, ConnectorTaskId
    from confluent_connect_api.redaction import REDACTED, is_sensitive_key
    from confluent_connect_api.types import RawResponse

    from ._client import AsyncConnectClient, ConnectClient, TaskResults
    from ._retry import RetryPolicy
    from ._tracing import instrument, uninstrument
else:  # hidden from mypy, to which a misspelt name stays an error
    _HOMES = dict.fromkeys(["AsyncConnectClient", "ConnectClient", "TaskResults"], "._client")
    _HOMES |= dict.fromkeys(["ConnectorTask", "ConnectorTaskConfig", "ConnectorTaskId"], "confluent_connect_api.models")
    _HOMES |= dict.fromkeys(["REDACTED", "is_sensitive_key"], "confluent_connect_api.redaction")
    _HOMES |= {"RetryPolicy": "._retry", "RawResponse": "confluent_connect_api.types"}
    _HOMES |= dict.fromkeys(["instrument", "uninstrument"], "._tracing")

    def __getattr__(name: str) -> object:
        if name not in _HOMES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value = getattr(import_module(_HOMES[name], __name__), name)
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


def _log_to_stderr(level: str) -> None:
    """CONFLUENT_CONNECT_LOG=debug|info|warning: this package's records from that level on, on stderr, masked."""
    if level.strip().lower() not in ("debug", "info", "warning"):
        warnings.warn(f"CONFLUENT_CONNECT_LOG={level!r} is ignored: it takes debug, info or warning", stacklevel=2)
        return
    from ._credentials import redacting_filter  # noqa: PLC0415 - httpx, only when logging is asked for

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redacting_filter)  # on the handler: records of child loggers, and before a client opens, too
    logging.getLogger(__name__).addHandler(handler)
    logging.getLogger(__name__).setLevel(level.strip().upper())


logging.getLogger(__name__).addHandler(logging.NullHandler())  # the application decides what is shown
if os.environ.get("CONFLUENT_CONNECT_LOG"):
    _log_to_stderr(os.environ["CONFLUENT_CONNECT_LOG"])
