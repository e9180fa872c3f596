"""Contains some shared types for properties"""

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


# confluent-connect: decoding errors and redaction.
#
# What is shown (repr, str, logs, errors, CLI output) never carries a secret. The rule for
# which keys and values are secret is `redaction.py` beside this module (a copy of
# templates/redaction.py, which is linted, type-checked and tested as it is). Here it is
# applied to models: a value is masked when its model's property is marked `x-redact: true`
# in the API description (each model lists those in `_redacted_keys`; the mark belongs to
# that model and field only), or when its key names a secret. Reading a value by its key
# still returns what the server sent: redaction protects what is shown.

from .redaction import REDACTED, is_sensitive_key, redact


class ShapeError(TypeError):
    """A value in a response is not of the JSON type the API description documents.

    The message names the model, the key and both types, never the value (it may be a
    secret); `value` keeps it for whoever asks.
    """

    def __init__(self, model: str, key: str, expected: str, value: object) -> None:
        self.model, self.key, self.expected, self.value = model, key, expected, value
        where = f"{model}[{key!r}]" if key else model
        super().__init__(f"{where} is {type(value).__name__}, not {expected}")

    def __reduce__(self) -> Any:
        return (type(self), (self.model, self.key, self.expected, self.value))


def redacted_data(value: Any) -> Any:
    """JSON-like data of a model (or lists and mappings of models) with secrets masked.

    Each model masks by its own `x-redact` marks; plain mappings by the key rule.
    """
    json_keys = getattr(value, "_json_keys", None)
    if json_keys is None:
        if isinstance(value, Mapping):
            return redact({key: redacted_data(item) for key, item in value.items()})
        if isinstance(value, list | tuple):
            return [redacted_data(item) for item in value]
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return redact(value)
    masked = value._redacted_keys
    data: dict[str, Any] = {}
    for attribute, key in json_keys.items():
        item = getattr(value, attribute)
        if not isinstance(item, Unset):
            data[key] = (
                REDACTED
                if key in masked or is_sensitive_key(key)
                else redacted_data(item)
            )
    for key, item in (getattr(value, "additional_properties", None) or {}).items():
        data[key] = REDACTED if is_sensitive_key(key) else redacted_data(item)
    return data


def redacted_repr(model: Any) -> str:
    """repr() of a generated model with its secrets masked (what `redacted_data` shows)."""
    shown = redacted_data(model)
    parts = [
        f"{attribute}={shown[key]!r}"
        for attribute, key in model._json_keys.items()
        if key in shown
    ]
    additional = {
        key: shown[key] for key in getattr(model, "additional_properties", None) or {}
    }
    if additional:
        parts.append(f"additional_properties={additional!r}")
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
    "redacted_data",
    "redacted_repr",
]
