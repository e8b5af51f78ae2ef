# Two commands work on a fresh machine with only Python 3: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: setup demo test bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## demo: set up .venv and run the main job on the bundled corpus
demo: $(STAMP)
	$(BIN)/python demo.py

## test: set up .venv and run the whole suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## bench: throughput and accuracy against named baselines (slow; not part of test)
bench: $(STAMP)
	for f in benchmarks/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache
