"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# confluent-connect: redaction.
#
# What is shown (repr, str, logs, errors, CLI output) never carries a secret. A value is
# masked when the API description marks its property `x-redact: true` (each model lists
# those in `_redacted_keys`), or when its key names a secret. Connector configs are open
# maps whose keys the description cannot list, so the key rule is what protects them.
# Keys are compared lower-cased, with "_" and "-" read as ".". Examples:
#
#   masked: kafka.api.secret, kafka.api.key, gcs.credentials.config, database.password,
#           aws.secret.access.key, aws.access.key.id, sasl.jaas.config, snowflake.private.key,
#           connection.password, oauth2.client.secret, bearer.token, datadog.api_key,
#           schema.registry.basic.auth.user.info, ssl.key.password, Authorization
#   shown:  kafka.endpoint, kafka.auth.mode, kafka.service.account.id, connector.class,
#           gcs.bucket.name, tasks.max, topics, flush.size, name
#
# Reading a value by its key still returns what the server sent: redaction protects what
# is shown, not what the caller asks for.


class ShapeError(TypeError):
    """A value in a response is not of the JSON type the API description documents.

    The message names the model, the key and both types, never the value (it may be a
    secret); `value` keeps it for whoever asks.
    """

    def __init__(self, model: str, key: str, expected: str, value: object) -> None:
        self.model, self.key, self.expected, self.value = model, key, expected, value
        super().__init__(f"{model}[{key!r}] is {type(value).__name__}, not {expected}")


REDACTED = "[redacted]"

_SENSITIVE_KEY = re.compile(
    r"secret|passw(?:or)?d|credential|token|jaas|authorization|cookie"
    r"|(?:api|access|private|secret|session|signing|encryption)\.?key"
    r"|user\.?info"
)


def is_sensitive_key(key: str) -> bool:
    """Whether a value stored under `key` is to be masked wherever it is shown."""
    return (
        _SENSITIVE_KEY.search(key.lower().replace("_", ".").replace("-", "."))
        is not None
    )


def redact(value: Any, redacted_keys: frozenset[str] = frozenset()) -> Any:
    """A copy of plain JSON-like data with the values of sensitive keys masked, at any depth.

    Generated models are returned as they are: their own repr() masks what they hold.
    """
    if hasattr(value, "_redacted_keys"):
        return value
    if isinstance(value, Mapping):
        return {
            key: REDACTED
            if key in redacted_keys or (isinstance(key, str) and is_sensitive_key(key))
            else redact(item, redacted_keys)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact(item, redacted_keys) for item in value]
    return value


def redacted_repr(model: Any) -> str:
    """repr() of a generated model, with what `redact` would mask masked."""
    redacted_keys: frozenset[str] = model._redacted_keys
    parts = []
    for attribute, key in model._json_keys.items():
        value = getattr(model, attribute)
        if isinstance(value, Unset):
            continue
        if key in redacted_keys or is_sensitive_key(key):
            parts.append(f"{attribute}={REDACTED!r}")
        else:
            parts.append(f"{attribute}={redact(value, redacted_keys)!r}")
    additional = getattr(model, "additional_properties", None)
    if additional:
        parts.append(f"additional_properties={redact(additional, redacted_keys)!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


__all__ = [
    "REDACTED",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ShapeError",
    "Unset",
    "is_sensitive_key",
    "redact",
    "redacted_repr",
]
