# eventwire — every install step lives here. Quick start: `make demo`, then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.duckdb

.PHONY: install web demo test bench lint clean

install: $(STAMP) web

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	$(BIN)/eventwire gazetteer build
	touch $(STAMP)

# Web UI assets (Leaflet and the Natural Earth basemap from npm, copied into src/eventwire/web/vendor by
# scripts/build-web.mjs). The copies are committed, so without npm the step says so and the UI still works.
WEB_STAMP := node_modules/.eventwire-web

web: $(WEB_STAMP)

$(WEB_STAMP): package.json package-lock.json scripts/build-web.mjs
	@if command -v npm >/dev/null 2>&1; then \
		(npm ci --no-audit --no-fund --loglevel=error && node scripts/build-web.mjs && touch $@) \
			|| echo "npm step failed: using the committed web assets in src/eventwire/web/vendor"; \
	else echo "npm not found: using the committed web assets in src/eventwire/web/vendor"; fi

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
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache build *.egg-info node_modules test-artifacts
