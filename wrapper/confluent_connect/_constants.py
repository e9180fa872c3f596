"""Defaults and names, in one place."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.confluent.cloud"

# The environment variables Confluent's own tools read.
ENV_API_KEY = "CONFLUENT_CLOUD_API_KEY"
ENV_API_SECRET = "CONFLUENT_CLOUD_API_SECRET"  # noqa: S105 - a variable's name, not a secret
ENV_BASE_URL = "CONFLUENT_CLOUD_REST_ENDPOINT"

# A slow connect means a network problem; a slow read can be a large connector list.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# Retries: Confluent asks for capped exponential backoff with jitter and publishes no limits.
DEFAULT_MAX_RETRIES = 5
DEFAULT_BACKOFF_INITIAL = 0.5  # seconds before the first retry, doubling each time ...
DEFAULT_BACKOFF_MAX = 30.0  # ... up to this
# The longest single wait the server may ask for (Retry-After, X-RateLimit-Reset) that the
# client sleeps through. Asked for more, it raises RateLimitError at once with `retry_after`
# instead of freezing a script for an hour.
DEFAULT_MAX_WAIT = 60.0
# The most time one call spends waiting between its attempts, all retries together.
DEFAULT_RETRY_BUDGET = 120.0

# How many connectors list_tasks_many reads at once.
DEFAULT_CONCURRENCY = 8

LOGGER_NAME = "confluent_connect"
USER_AGENT = "confluent-connect-python"
