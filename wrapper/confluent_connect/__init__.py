"""A typed client for Confluent Cloud's Connect v1 API.

    from confluent_connect import ConnectClient

    with ConnectClient() as client:  # CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET
        tasks = client.list_tasks("env-abc123", "lkc-abc123", "my-connector")

Everything public is importable from here; the modules behind it may move.
"""

import logging

from confluent_connect_api.models import ConnectorTask, ConnectorTaskConfig, ConnectorTaskId

from ._client import AsyncConnectClient, ConnectClient, TaskResults
from ._redact import REDACTED, is_sensitive_key
from ._retry import RetryPolicy
from .errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ConnectError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)

# A library logs, the application decides what is shown (retries are WARNINGs).
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "REDACTED",
    "ApiError",
    "AsyncConnectClient",
    "AuthenticationError",
    "ConfigurationError",
    "ConnectClient",
    "ConnectError",
    "ConnectorTask",
    "ConnectorTaskConfig",
    "ConnectorTaskId",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "TaskResults",
    "TransportError",
    "UnexpectedStatusError",
    "is_sensitive_key",
]
