"""The client's own credentials never show: in exception messages, and in log records.

Which keys and values are secret is decided in the generated package
(`confluent_connect_api.redaction`, from templates/redaction.py), and models mask by their
`x-redact` marks; this module adds the credentials each open client holds (API secret,
token, the Authorization header). Each client's secrets are kept while it is open, with no
cap shared by other clients; the log filter is on this package's, httpx's and httpcore's
loggers while at least one client is open, and removed after the last one closes.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref

from confluent_connect_api.redaction import REDACTED

# An Authorization header however it is printed: "Authorization: Bearer x",
# (b'Authorization', b'Basic x'), {'authorization': 'Bearer x'}.
_AUTHORIZATION = re.compile(
    r"""(authorization['"]?\s*[:,=]\s*(?:b(?=['"]))?['"]?)(?:(?:basic|bearer)\s+)?[^\s'"]+""",
    re.IGNORECASE,
)
# Logger filters do not apply to child loggers, so httpcore's are named one by one.
_LOGGERS = ["confluent_connect", "httpx", "httpcore", "httpcore.connection", "httpcore.http11"]
_LOGGERS += ["httpcore.http2", "httpcore.proxy", "httpcore.socks"]
_KEPT_PER_OWNER = 8  # a token provider's latest tokens; older ones expired long ago
_owners: weakref.WeakKeyDictionary[object, list[str]] = weakref.WeakKeyDictionary()
_lock = threading.RLock()  # re-entered when a collected owner's finalizer runs


def register_secret(owner: object, value: str) -> None:
    """Mask `value` wherever this package shows text, for as long as `owner` lives."""
    if len(value) < 4:  # too short to mask without mangling ordinary text
        return
    with _lock:
        if owner not in _owners:
            weakref.finalize(owner, _drop_filter_if_unused)
        kept = _owners.setdefault(owner, [])
        kept[:] = [*(old for old in kept if old != value), value][-_KEPT_PER_OWNER:]
        for name in _LOGGERS:
            if _FILTER not in logging.getLogger(name).filters:
                logging.getLogger(name).addFilter(_FILTER)


def forget(owner: object) -> None:
    """`owner` (a client's auth) is closed: its secrets need no masking, and once no client
    is open the log filter goes too."""
    with _lock:
        _owners.pop(owner, None)
    _drop_filter_if_unused()


def _drop_filter_if_unused() -> None:
    with _lock:
        if not _owners:
            for name in _LOGGERS:
                logging.getLogger(name).removeFilter(_FILTER)


def scrub(text: str) -> str:
    """`text` with Authorization values and the open clients' credentials masked."""
    text = _AUTHORIZATION.sub(lambda match: match.group(1) + REDACTED, text)
    with _lock:
        secrets = sorted({s for kept in _owners.values() for s in kept}, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with `scrub` before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if (cleaned := scrub(message)) != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = RedactingFilter()
