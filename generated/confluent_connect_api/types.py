"""Contains some shared types for properties"""

from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import (
    dataclass,  # not attrs: importing the client needs no attrs until a model is decoded
)
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    Protocol,
    Self,
    TypeVar,
    cast,
    runtime_checkable,
)


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # confluent-connect: pickled and copied as the module's UNSET, so `is UNSET` holds after both.
    def __reduce__(self) -> str:
        return "UNSET"


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


@dataclass(slots=True, weakref_slot=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(slots=True, weakref_slot=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@runtime_checkable
class RawResponse(Protocol[T_co]):
    """An operation's answer as received (`client.with_raw_response.<operation>(...)`): its status, headers, request
    id and retries, and `parse()`, which returns what the plain method returns."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def retries(self) -> int: ...
    def parse(self) -> T_co: ...


# confluent-connect: decoding errors, the base of every generated model, and redaction.
#
# Decoding. Each generated model has a `_decode`: straight-line code generated from its schema
# that walks the parsed JSON once and raises KeyError for a missing required key and
# ShapeError for a value of another JSON type, at any depth, before any model is returned.
# The model then keeps the checked dict and builds its typed fields (nested models, lists of
# them) from it when one is first read. So decoding costs one pass over what json.loads made,
# while a bad value still fails the call that received it, never a later read.
#
# What is shown (repr, str, logs, errors, CLI output) never carries a secret. The rule for
# which keys and values are secret is `redaction.py` beside this module (a copy of
# templates/redaction.py, which is linted, type-checked and tested as it is). Here it is
# applied to models: a value is masked when its model's property is marked `x-redact: true`
# in the API description (each model lists those in `_redacted_keys`; the mark belongs to
# that model and field only), or when its key names a secret, or when it is the value of a
# name/value entry whose name names a secret (`redaction.mask_named_values`). Reading a value
# by its key still returns what the server sent: redaction protects what is shown.

from .redaction import (
    REDACTED,
    is_sensitive_key,
    mask_entry,
    mask_named_values,
    names_a_secret,
    redact,
)


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


V_co = TypeVar("V_co", covariant=True)


class ReadOnlyMapping(Mapping[str, V_co]):
    """A model's additional properties: read-only, picklable, and masked in its repr."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, V_co]) -> None:
        self._items: dict[str, V_co] = dict(items)

    @classmethod
    def _over(cls, items: dict[str, V_co]) -> "ReadOnlyMapping[V_co]":
        """A view of `items`, not a copy: for a dict that nothing else holds."""
        view = _new(cls)
        view._items = items
        return view

    def __getitem__(self, key: str) -> V_co:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReadOnlyMapping):
            return self._items == other._items
        return (
            self._items == other if isinstance(other, dict) else super().__eq__(other)
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({redacted_data(self)!r})"

    def __reduce__(self) -> Any:
        return (type(self), (self._items,))


_new = object.__new__
_setattr = object.__setattr__
_getattribute = object.__getattribute__


class GeneratedModel:
    """What every generated model shares: how it is decoded, built, pickled and copied.

    A model decoded from JSON (`from_dict`, or an operation's answer) keeps the checked JSON
    in `_data` and builds its typed fields from it when one is first read (`_fill`). A model
    made by its constructor, or by `attrs.evolve`, has every field from the start and `_data`
    None. Either way it pickles, copies and deep-copies equal to itself.

    A model whose fields are name/value entries (a plugin config's definition and value)
    marks them all `_entry_secret` when one of them names a secret, so that each is masked
    even when shown apart from the others.
    """

    __slots__ = ("_data", "_entry_secret")
    _data: dict[str, Any] | None
    _entry_secret: bool  # unset unless a sibling entry names a secret
    _json_keys: ClassVar[
        dict[str, str]
    ]  # attribute name -> JSON key, for declared properties
    _attributes: ClassVar[dict[str, str]]  # JSON key -> attribute name
    _redacted_keys: ClassVar[
        frozenset[str]
    ]  # JSON keys the API description marks x-redact
    _entry_fields: ClassVar[
        tuple[str, ...]
    ] = ()  # the model fields of a name/value entry, if it is one

    @classmethod
    def _decode(cls, src: Any, owned: bool) -> Self:
        """`src` checked against the model's schema (KeyError, ShapeError), and the model over
        it: over `src` itself when the caller `owned` it (JSON just parsed, which nothing else
        holds), else over a copy."""
        raise NotImplementedError

    @classmethod
    def _check(cls, src: Any, owned: bool) -> dict[str, Any]:
        """The checked dict a model keeps, for a parent whose checks do not include this model's."""
        return cast(dict[str, Any], cls._decode(src, owned)._data)

    def _fill(self, data: dict[str, Any]) -> None:
        """Set every typed field from the checked `data`."""
        raise NotImplementedError

    @classmethod
    def _wrap(cls, data: dict[str, Any]) -> Self:
        """A model over data already checked."""
        model = _new(cls)
        _set_data(model, data)
        return model

    def __attrs_post_init__(self) -> None:
        _set_data(self, None)
        if self._entry_fields:
            self._mark_entries()
        try:
            extra = _getattribute(self, "additional_properties")
        except AttributeError:  # a schema without additional properties
            return
        _setattr(self, "additional_properties", _additional(type(self), extra))

    def _mark_entries(self) -> None:
        """Mark every model among the fields when one of them names a secret (the name/value rule)."""
        entries = [
            entry
            for entry in (getattr(self, name) for name in self._entry_fields)
            if isinstance(entry, GeneratedModel)
        ]
        if any(names_a_secret(_naming(entry)) for entry in entries):
            for entry in entries:
                _setattr(entry, "_entry_secret", True)

    if not TYPE_CHECKING:  # type checkers keep refusing attributes that do not exist

        def __getattr__(self, name: str) -> Any:
            # Called only for an empty slot: the typed fields of a decoded model, on first read.
            if name in type(self)._json_keys or name == "additional_properties":
                data = _getattribute(self, "_data")
                if data is not None:
                    self._fill(data)
                    return _getattribute(self, name)
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            )

    def __reduce__(self) -> Any:
        cls, secret = type(self), _is_secret_entry(self)
        if self._data is not None:
            return (_decoded, (cls, self._data, secret))
        attributes = getattr(
            cls, "__attrs_attrs__", ()
        )  # attrs.fields(cls), for a class attrs made
        return (
            _built,
            (
                cls,
                {
                    field.alias: getattr(self, field.name)
                    for field in attributes
                    if field.init
                },
                secret,
            ),
        )


_set_data = GeneratedModel.__dict__["_data"].__set__


def _decoded(
    cls: type[GeneratedModel], data: dict[str, Any], secret: bool
) -> GeneratedModel:
    model = cls._wrap(data)
    if secret:
        _setattr(model, "_entry_secret", True)
    return model


def _built(
    cls: type[GeneratedModel], arguments: dict[str, Any], secret: bool
) -> GeneratedModel:
    model = cls(**arguments)
    if secret:
        _setattr(model, "_entry_secret", True)
    return model


def _is_secret_entry(model: GeneratedModel) -> bool:
    try:
        return _getattribute(model, "_entry_secret") is True
    except AttributeError:
        return False


def _naming(model: GeneratedModel) -> dict[str, object]:
    """An entry's `name` and `type`, declared or additional, as the name/value rule reads them."""
    extra = getattr(model, "additional_properties", None) or {}
    named = {key: extra[key] for key in ("name", "type") if key in extra}
    for key in ("name", "type"):
        if key in model._attributes:
            named[key] = getattr(model, model._attributes[key])
    return named


def _additional(cls: type[GeneratedModel], extra: object) -> ReadOnlyMapping[Any]:
    """The additional properties a constructor was given, refused loudly where they would be
    lost or ambiguous: not a mapping, a key that is not a string, or a declared property's key
    (set that through its field)."""
    if isinstance(extra, ReadOnlyMapping):
        items = extra._items
    elif isinstance(extra, Mapping):
        items = dict(extra)
    else:
        raise TypeError(
            f"{cls.__name__}: additional_properties must be a mapping, not {type(extra).__name__}"
        )
    for key in items:
        if not isinstance(key, str):
            raise TypeError(
                f"{cls.__name__}: additional property names are strings, not {type(key).__name__}"
            )
        if key in cls._attributes:
            raise ValueError(
                f"{cls.__name__}: {key!r} is the field {cls._attributes[key]}; set it as {cls._attributes[key]}=, "
                "not in additional_properties"
            )
    return ReadOnlyMapping._over(items)


def redacted_data(value: Any) -> Any:
    """JSON-like data of a model (or lists and mappings of models) with secrets masked.

    Each model masks by its own `x-redact` marks; plain mappings by the key rule; both by the
    name/value rule.
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
    if _is_secret_entry(
        value
    ):  # a value whose definition, beside it, says it is a secret
        mask_entry(data)
    return mask_named_values(data)


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
    "GeneratedModel",
    "ReadOnlyMapping",
    "RequestFiles",
    "Response",
    "ShapeError",
    "Unset",
    "is_sensitive_key",
    "redact",
    "redacted_data",
    "redacted_repr",
]
