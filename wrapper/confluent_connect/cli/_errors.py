"""What went wrong, as one line for stderr and an exit code: 1 for the API, the network or a wait; 2 for usage or
bad input, caught before anything was sent. The client's names for arguments become the names the user typed."""

from __future__ import annotations

from ..errors import ConfigurationError, ConnectError, InvalidArgumentError
from ._parser import ENV_BASE_URL, EXIT_FAILED, EXIT_USAGE

# The client's names for what the user typed -> the names the user knows.
_TERMS = {
    "environment_id": "ENVIRONMENT",
    "kafka_cluster_id": "CLUSTER",
    "connector_name": "CONNECTOR",
    "connector_names": "CONNECTOR",
    "plugin_name": "PLUGIN",
    "max_retries": "--max-retries",
    "base_url": ENV_BASE_URL,
    "set": "--set",
    "remove": "--remove",
    "state": "--state",
    "timeout": "--timeout",
    "poll_interval": "--poll-interval",
}
_CONFIGURATION_TERMS = {"max_retries": "--max-retries", "base_url": ENV_BASE_URL}
# Keyword spellings inside the client's messages ("or name them in remove=").
_KEYWORDS = {"set=": "--set", "remove=": "--remove"}


class InputError(Exception):
    """Input the command line refuses itself (a file that is not JSON, a --set without '='): exit 2."""


def explained(error: Exception, label: str = "body") -> tuple[int, str]:
    """(exit code, message) for an error a command raised; `label` names what the client calls `body` (a file)."""
    if isinstance(error, InputError):
        return EXIT_USAGE, str(error)
    if isinstance(error, InvalidArgumentError):
        argument = label if error.argument == "body" else _TERMS.get(error.argument, error.argument)
        problem = error.problem
        for keyword, typed in _KEYWORDS.items():
            problem = problem.replace(keyword, typed)
        return EXIT_USAGE, f"{argument} {problem}"
    if isinstance(error, ConfigurationError):
        message = str(error)
        for term, typed in _CONFIGURATION_TERMS.items():
            message = message.replace(term, typed)
        return EXIT_USAGE, message
    assert isinstance(error, ConnectError)
    return EXIT_FAILED, str(error)
