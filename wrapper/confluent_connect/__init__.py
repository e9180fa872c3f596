"""A typed client for Confluent Cloud's Connect v1 API (see `ConnectClient`). Everything public is importable from
here; the modules behind it may move."""

import logging

from confluent_connect_api.models import ConnectorTask, ConnectorTaskConfig, ConnectorTaskId
from confluent_connect_api.redaction import REDACTED, is_sensitive_key
from confluent_connect_api.types import RawResponse

from . import errors
from ._client import AsyncConnectClient, ConnectClient, TaskResults
from ._retry import RetryPolicy
from ._tracing import instrument, uninstrument
from .errors import *  # noqa: F403 - the whole hierarchy, as listed in errors.__all__

logging.getLogger(__name__).addHandler(logging.NullHandler())  # the application decides what is shown

__all__ = ["REDACTED", "AsyncConnectClient", "ConnectClient", "ConnectorTask", "ConnectorTaskConfig", "ConnectorTaskId"]
__all__ += ["RawResponse", "RetryPolicy", "TaskResults", "instrument", "is_sensitive_key", "uninstrument"]
__all__ += errors.__all__
