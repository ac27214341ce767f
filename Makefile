# eventwire — every install step lives here. Quick start: `make demo`, then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.duckdb

.PHONY: install demo test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	$(BIN)/eventwire gazetteer build
	touch $(STAMP)

demo: install
	$(BIN)/eventwire ingest samples/ --db $(DEMO_DB) || test $$? -eq 3
	$(BIN)/eventwire query --db $(DEMO_DB) --kind all --limit 50
	@echo "store: $(abspath $(DEMO_DB))  (try: $(BIN)/eventwire query --db $(DEMO_DB) --country ML)"

test: install
	$(BIN)/pytest -q -n 2

bench: install
	$(BIN)/python benchmarks/run.py

lint: install
	$(BIN)/ruff check src tests benchmarks train
	$(BIN)/mypy src/eventwire

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache build *.egg-info
