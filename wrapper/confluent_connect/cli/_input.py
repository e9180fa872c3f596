"""What the command line reads besides its arguments: JSON files (or stdin), and --set values from files and the
environment. Everything refused here is refused before anything is sent, naming the file or key, never a value."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

from confluent_connect_api.redaction import REDACTED

from ._errors import InputError

_CREATE_KEYS = frozenset({"name", "config"})


def label(path: str) -> str:
    """How a file is named in messages: stdin for `-`."""
    return "stdin" if path == "-" else path


def read_json(path: str) -> Any:
    """The JSON document in a file (`-`: stdin); a repeated key, NaN or Infinity is refused, as the service would."""
    try:
        text = sys.stdin.read() if path == "-" else _read(path)
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {label(path)}: {_reason(error)}") from None
    try:
        return json.loads(text, object_pairs_hook=_unique(path), parse_constant=_not_json(path))
    except json.JSONDecodeError as error:  # its message gives line and column, never the text
        raise InputError(f"{label(path)} is not JSON: {error}") from None


def connector_file(path: str, *, named: bool = True) -> tuple[str, dict[str, str]]:
    """(name, config) from a file holding create's body `{"name": ..., "config": {...}}` or a flat config with a
    `name` key, as Confluent's CLI takes it; the config carries the name. `named=False`: the name may be absent."""
    data, where = read_json(path), label(path)
    if not isinstance(data, dict):
        raise InputError(f'{where} must hold a JSON object: a config, or {{"name": ..., "config": {{...}}}}')
    if isinstance(data.get("config"), dict):
        if extra := sorted(set(data) - _CREATE_KEYS):
            raise InputError(f"{where} has keys besides name and config: {', '.join(extra)}")
        config, outer = data["config"], data.get("name")
        if outer is not None and "name" in config and config["name"] != outer:
            raise InputError(f"{where} names the connector twice, differently: name and config's name")
        name = outer if outer is not None else config.get("name")
    else:
        config, name = data, data.get("name")
    if not all(isinstance(value, str) for value in config.values()):
        wrong = [key for key, value in config.items() if not isinstance(value, str)]
        raise InputError(f"{where}: config values must be strings (quote them): {', '.join(wrong)}")
    if name is None and not named:
        return "", dict(config)
    if not isinstance(name, str) or not name:
        raise InputError(f"{where} has no connector name: give a name key")
    return name, {**config, "name": name}


def offsets_file(path: str) -> list[Any]:
    """The offsets in a file: a list of {partition, offset} objects, or what `offsets -o json` prints."""
    data, where = read_json(path), label(path)
    offsets = data.get("offsets") if isinstance(data, dict) else data
    if not isinstance(offsets, list) or not offsets or not all(isinstance(item, dict) for item in offsets):
        raise InputError(f'{where} must hold a non-empty list of {{"partition": ..., "offset": ...}} objects')
    return offsets


def settings(pairs: list[str], environ: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """--set KEY=VALUE pairs as a config change, and the keys whose values were typed on the command line. A value
    `@PATH` is read from a file (trailing newlines dropped), `env:NAME` from the environment, `raw:TEXT` is TEXT."""
    changes: dict[str, str] = {}
    typed = []
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key:
            raise InputError("--set takes KEY=VALUE: one is missing its key or its '='")
        if key in changes:
            raise InputError(f"--set {key} is given twice")
        if value.startswith("@"):
            try:
                value = _read(value[1:]).rstrip("\r\n")
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(f"--set {key}: cannot read {value[1:]}: {_reason(error)}") from None
        elif value.startswith("env:"):
            if value[4:] not in environ:
                raise InputError(f"--set {key}: the environment variable {value[4:]} is not set")
            value = environ[value[4:]]
        else:
            typed.append(key)
            value = value.removeprefix("raw:")
        changes[key] = value
    return changes, typed


def refuse_shown_masks(data: Any, where: str) -> None:
    """Refuse a value holding `[redacted]`: what this command line shows in place of a secret, so a file saved from
    its output. Written back, it would replace the secret (or the part of a URL it stands for)."""
    keys = list(dict.fromkeys(_holding_mask(data, "")))
    if keys:
        raise InputError(
            f"{where} carries {REDACTED}, this command line's stand-in for a secret: written back, it would take the "
            f"secret's place; give the real values of: {', '.join(keys)}"
        )


def _holding_mask(data: Any, key: str) -> list[str]:
    if isinstance(data, str):
        return [key or "(a value)"] if REDACTED in data else []
    if isinstance(data, dict):
        return [found for name, value in data.items() for found in _holding_mask(value, str(name))]
    if isinstance(data, list):
        return [found for value in data for found in _holding_mask(value, key)]
    return []


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else type(error).__name__


def _unique(path: str) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in items:
            if key in seen:
                raise InputError(f"{label(path)} has the key {key!r} twice")
            seen[key] = value
        return seen

    return pairs


def _not_json(path: str) -> Any:
    def refuse(constant: str) -> None:
        raise InputError(f"{label(path)} holds {constant}, which is not JSON")

    return refuse
