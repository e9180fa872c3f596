"""What a generated package offers, read from its source: operations and model fields.

Used by `make update-spec` to print what a new spec changed in the generated API. It reads
the files with `ast` and imports nothing, so it works on any version of the package.
"""

from __future__ import annotations

import ast
from pathlib import Path

Surface = dict[str, dict[str, str]]  # {"operations": {name: what}, "models": {...}}


def surface(package: Path) -> Surface:
    """Operations (`tag.module` -> `METHOD path`) and model fields (`Model.field` -> type)."""
    operations: dict[str, str] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name != "__init__.py":
            operations[f"{module.parent.name}.{module.stem}"] = _request_line(module)
    fields: dict[str, str] = {}
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                fields[node.name] = ""
                for item in node.body:
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                        fields.update(_field(node.name, item))
    return {"operations": operations, "models": fields}


def _field(model: str, item: ast.AnnAssign) -> dict[str, str]:
    """A declared property and its type; the properties marked x-redact, as one entry."""
    assert isinstance(item.target, ast.Name)
    name, annotation = item.target.id, ast.unparse(item.annotation)
    if name == "_redacted_keys" and item.value is not None:
        marked = sorted(
            node.value for node in ast.walk(item.value) if isinstance(node, ast.Constant)
        )
        return {f"{model}.(x-redact)": ", ".join(map(str, marked))} if marked else {}
    if annotation.startswith("ClassVar") or name == "additional_properties":
        return {}
    return {f"{model}.{name}": annotation}


def _request_line(module: Path) -> str:
    method, url = "?", "?"
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "method":
                    method = str(ast.literal_eval(value)).upper()
                if isinstance(key, ast.Constant) and key.value == "url":
                    template = value
                    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                        template = value.func.value  # "...".format(...)
                    url = str(ast.literal_eval(template))
    return f"{method} {url}"


def changes(before: Surface, after: Surface) -> list[str]:
    """Lines saying what was added (+), removed (-) or changed (~)."""
    lines: list[str] = []
    for kind, label in (("operations", "operation"), ("models", "model")):
        old, new = before[kind], after[kind]
        for name in sorted(old.keys() | new.keys()):
            what = label if "." not in name or kind == "operations" else "field"
            if name not in old:
                lines.append(f"+ {what} {name}" + (f": {new[name]}" if new[name] else ""))
            elif name not in new:
                lines.append(f"- {what} {name}" + (f": {old[name]}" if old[name] else ""))
            elif old[name] != new[name]:
                lines.append(f"~ {what} {name}: {old[name]} -> {new[name]}")
    return lines
