"""`make update-spec SPEC=path/to/new.yaml`: take a new Connect v1 description from Confluent.

Validates the new document, puts it in place of openapi/connect-v1.yaml, applies the
overlay and regenerates (stopping, with the old document restored, when a correction no
longer applies or the wrapper's needs go missing), then prints what changed in the
generated API. The Makefile runs the tests after it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from api_surface import changes, surface
from generate import (
    DEFAULT_OUT,
    DEFAULT_OVERLAY,
    DEFAULT_SPEC,
    GenerationError,
    generate,
    load_document,
)
from openapi_spec_validator import validate
from overlay import OverlayError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="the new OpenAPI document (YAML or JSON)")
    args = parser.parse_args(argv)
    try:
        validate(load_document(args.spec))
    except Exception as error:
        print(f"update-spec: {args.spec} is not a valid OpenAPI document: {error}", file=sys.stderr)
        return 1
    before = surface(DEFAULT_OUT)
    previous = DEFAULT_SPEC.read_bytes()
    shutil.copyfile(args.spec, DEFAULT_SPEC)
    try:
        generate(DEFAULT_SPEC, DEFAULT_OVERLAY, DEFAULT_OUT)
    except (OverlayError, GenerationError) as error:
        DEFAULT_SPEC.write_bytes(previous)
        print(f"update-spec: {error}", file=sys.stderr)
        print("update-spec: openapi/connect-v1.yaml and generated/ are unchanged.", file=sys.stderr)
        return 1
    lines = changes(before, surface(DEFAULT_OUT))
    print(f"Updated openapi/connect-v1.yaml from {args.spec} and regenerated generated/.")
    print("What changed in the generated API:" if lines else "No operation or model changed.")
    for line in lines:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
