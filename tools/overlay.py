"""Apply `openapi/overlay.yaml`: our corrections to the vendor document.

The format is described at the top of `openapi/overlay.yaml`. Every rule checks that the
vendor text still says what the rule corrects; when it does not, `OverlayError` names the
rule, so a stale correction is noticed instead of silently doing nothing.
"""

from __future__ import annotations

import copy
from typing import Any

KNOWN_KEYS = {"name", "why", "target", "expect", "remove-items", "remove-keys", "set"}


class OverlayError(Exception):
    """A rule is malformed or no longer applies to the vendor document."""


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of `document` with every rule of `overlay` applied, in order."""
    result = copy.deepcopy(document)
    rules = overlay.get("rules", [])
    if not isinstance(rules, list):
        raise OverlayError("overlay: `rules` must be a list")
    for index, rule in enumerate(rules):
        _apply_rule(result, rule, index)
    return result


def _apply_rule(document: dict[str, Any], rule: Any, index: int) -> None:
    if not isinstance(rule, dict) or not isinstance(rule.get("name"), str):
        raise OverlayError(f"overlay rule #{index + 1} has no name")
    name = rule["name"]
    unknown = set(rule) - KNOWN_KEYS
    if unknown:
        raise OverlayError(f"overlay rule {name!r}: unknown keys {sorted(unknown)}")
    if not isinstance(rule.get("target"), str):
        raise OverlayError(f"overlay rule {name!r} has no target")

    def stale(detail: str) -> OverlayError:
        return OverlayError(
            f"overlay rule {name!r} no longer applies: {detail}. The vendor document has "
            "changed at this place; review the rule in openapi/overlay.yaml (delete it if "
            "Confluent's text is now right, or point it at the new place)."
        )

    target = rule["target"]
    try:
        node = resolve_pointer(document, target)
    except KeyError as missing:
        raise stale(f"{target} does not exist ({missing.args[0]})") from None

    for key, value in (rule.get("expect") or {}).items():
        if not isinstance(node, dict) or node.get(key) != value:
            found = node.get(key) if isinstance(node, dict) else node
            raise stale(f"expected {key}: {value!r} at {target}, found {found!r}")

    for item in rule.get("remove-items") or []:
        if not isinstance(node, list) or item not in node:
            raise stale(f"{item!r} is not in the list at {target}")
        node.remove(item)

    for key in rule.get("remove-keys") or []:
        if not isinstance(node, dict) or key not in node:
            raise stale(f"{key!r} is not at {target}")
        del node[key]

    for key, value in (rule.get("set") or {}).items():
        if not isinstance(node, dict):
            raise stale(f"{target} is not an object")
        node[key] = copy.deepcopy(value)


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Follow a JSON Pointer (RFC 6901); raise KeyError naming the first missing step."""
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise KeyError(f"{pointer!r} is not a JSON Pointer")
    node = document
    for raw in pointer[1:].split("/"):
        step = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            raise KeyError(step)
    return node
