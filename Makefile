# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup system-deps lint sample-site clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) system-deps

system-deps:
	bash scripts/install-system-deps.sh

demo: setup
	$(BIN)/foi-archive demo

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .

# Regenerates the committed sample site (not needed by demo or test).
sample-site: $(STAMP)
	$(BIN)/python scripts/make_sample_site.py

clean:
	rm -rf data/raw data/foi.db data/foi.db.* test-artifacts
