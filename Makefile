# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FAST_TESTS := tests/parsers tests/accuracy/test_harness.py tests/test_layout.py tests/test_docs.py tests/crawler/test_rawstore.py tests/crawler/test_registry.py tests/build/test_corpus_period.py

.PHONY: demo test test-fast setup system-deps lint lock sample-site clean

# Exact versions from constraints.txt (what CI tested); pyproject.toml keeps the ranges.
$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) system-deps
	@$(BIN)/python -m nlp.topic_tables >/dev/null  # the topic matcher's tables (nlp/topic_tables.py)

system-deps:
	bash scripts/install-system-deps.sh

demo: setup
	$(BIN)/foi-archive demo

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

# The quick tier (parsers, fields, contract, unit tests; under 90 s): not a substitute for `make test`.
test-fast: setup
	$(BIN)/ruff check .
	$(BIN)/pytest -m "not slow" $(FAST_TESTS)

# Re-pin constraints.txt to the newest versions pyproject.toml allows, in a scratch venv.
lock:
	rm -rf .lock-venv && python3 -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet -e '.[dev]'
	{ echo "# Exact versions CI tested (a pip constraints file). make setup installs with it; refresh with"; \
	  echo "# 'make lock' after changing pyproject.toml's ranges (docs/development.md)."; \
	  .lock-venv/bin/pip freeze --exclude-editable; } > constraints.txt
	rm -rf .lock-venv

lint: $(STAMP)
	$(BIN)/ruff check .

# Regenerates the committed sample site (not needed by demo or test).
sample-site: $(STAMP)
	$(BIN)/python scripts/make_sample_site.py

clean:
	rm -rf data/raw data/foi.db data/foi.db.* test-artifacts
