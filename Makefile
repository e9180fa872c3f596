# Every target that runs Python first makes .venv from the pinned requirements, so a fresh
# clone needs only python3 (3.11+) and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready

.PHONY: test lint typecheck check-generated pytest test-deps generate update-spec demo bench cassettes mutation clean

$(READY): pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e .
	touch $@

## test: lint, type-check, prove generated/ is what the spec gives, run the tests
test: lint typecheck check-generated pytest

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(READY)
	$(BIN)/mypy

check-generated: $(READY)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python tools/generate.py --check

pytest: $(READY)
	$(BIN)/pytest

## test-deps: the tests against the lowest and the newest httpx and attrs that pyproject.toml allows (.deps/)
test-deps: $(READY)
	$(BIN)/python tools/test_deps.py

## demo: an operator's story with the CLI against the local simulator, in under a minute
demo: $(READY)
	$(BIN)/python tools/demo.py

## cassettes: re-record tests/cassettes/ against the simulator (scrubbed as they are written)
cassettes: $(READY)
	$(BIN)/python tools/record_cassettes.py

## bench: speed and rate-limit efficiency as ratios; writes bench/results.json (minutes)
bench: $(READY)
	$(BIN)/python bench/bench.py

## mutation: mutation testing with mutmut in its own .venv-mutation: by default the core modules (_retry, _ratelimit,
## _calls, _credentials, _transport), each against the fast test files that exercise it, in minutes; prints each module's
## score and the surviving mutants (MODULES="_body _retry" for others, TESTS="test_retry" for these files only,
## MODULES=all TESTS=all for every module against the fast suite: over an hour; tools/mutation.py)
MUTATION_VENV := .venv-mutation
$(MUTATION_VENV)/.ready: pyproject.toml requirements-dev.txt requirements-mutation.txt
	$(PYTHON) -m venv $(MUTATION_VENV)
	$(MUTATION_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-mutation.txt -e .
	touch $@

mutation: $(MUTATION_VENV)/.ready
	$(MUTATION_VENV)/bin/python tools/mutation.py $(if $(TESTS),--tests "$(TESTS)") $(MODULES)

## generate: regenerate generated/ and docs/api.md from openapi/ (vendor document + overlay)
generate: $(READY)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python tools/generate.py

## update-spec: take a new vendor document (SPEC=path [SOURCE=text] [PUBLISHED=YYYY-MM-DD]): all or nothing,
## with a CHANGELOG.md entry and the next version (tools/update_spec.py)
update-spec: $(READY)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/new.yaml [SOURCE=...] [PUBLISHED=...]" >&2; exit 2; }
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python tools/update_spec.py "$(SPEC)" --test-command "$(MAKE) test" \
		$(if $(SOURCE),--source "$(SOURCE)") $(if $(PUBLISHED),--published "$(PUBLISHED)")

clean:
	rm -rf $(VENV) $(MUTATION_VENV) .mutation .deps .pytest_cache .mypy_cache .ruff_cache
