"""What is shown never carries a secret: the rule, the mask, and the log filter.

The rule for which keys and values are secret comes from the generated package
(`confluent_connect_api.redaction`, a copy of templates/redaction.py), and models are masked
by their own `x-redact` marks (`confluent_connect_api.types.redacted_data`), so generated
models and this wrapper mask the same things. On top of that, this module masks the
client's own credentials (API secret, token, the Authorization header) wherever text is
shown: exception messages, and log records of this package, httpx and httpcore.
"""

from __future__ import annotations

import logging
import re
import threading

from confluent_connect_api.redaction import REDACTED, is_sensitive_key, redact
from confluent_connect_api.types import redacted_data

from ._constants import LOGGER_NAME

__all__ = [
    "REDACTED",
    "is_sensitive_key",
    "redact",
    "redacted_data",
    "register_secret",
    "scrub",
]

# Credentials this process's clients hold. Bounded: tokens rotate every few minutes, and the
# newest ones are the ones that matter.
_MAX_SECRETS = 256
_secrets: dict[str, None] = {}
_secrets_lock = threading.Lock()

# An Authorization header however it is printed: "Authorization: Bearer x",
# (b'Authorization', b'Basic x'), {'authorization': 'Bearer x'}.
_AUTHORIZATION = re.compile(
    r"""(authorization['"]?\s*[:,=]\s*(?:b(?=['"]))?['"]?)(?:(?:basic|bearer)\s+)?[^\s'"]+""",
    re.IGNORECASE,
)

# Loggers that see requests made by this package. Logger filters do not apply to child
# loggers, so httpcore's are named one by one.
_LOGGERS = (
    LOGGER_NAME,
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def register_secret(value: str) -> None:
    """Mask `value` from now on wherever this package shows text."""
    if len(value) < 4:  # too short to mask without mangling ordinary text
        return
    with _secrets_lock:
        _secrets.pop(value, None)
        _secrets[value] = None
        while len(_secrets) > _MAX_SECRETS:
            del _secrets[next(iter(_secrets))]
    install_log_filter()


def scrub(text: str) -> str:
    """`text` with Authorization values and registered credentials masked."""
    text = _AUTHORIZATION.sub(lambda match: match.group(1) + REDACTED, text)
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with `scrub` before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = RedactingFilter()


def install_log_filter() -> None:
    """Attach the filter to every logger that sees this package's traffic (idempotent)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
