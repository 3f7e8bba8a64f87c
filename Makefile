PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test fuzz eval bench bench-geocoding bench-api bench-soak bench-spark screenshots clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { echo "error: eventwire needs Python 3.11; run make PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire extract --example --format text
	$(BIN)/eventwire ingest src/eventwire/data/example.txt --db eventwire.db
	$(BIN)/eventwire events --db eventwire.db
	@echo "Browse it: EVENTWIRE_TOKEN=me:a-long-secret $(BIN)/eventwire serve   (then open http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

# The readers under atheris (libFuzzer) for a set time; crash-* files hold any input that crashed one.
FUZZ_SECONDS ?= 300
fuzz: $(STAMP)
	mkdir -p .fuzz-corpus
	$(BIN)/python scripts/fuzz_readers.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 .fuzz-corpus

eval: $(STAMP)
	$(BIN)/eventwire eval ../shared/corpus/seed.gold.jsonl
	$(BIN)/eventwire eval ../shared/corpus/wikinews.gold.jsonl

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

bench-geocoding: $(STAMP)
	$(BIN)/python benchmarks/geocoding.py

bench-api: $(STAMP)
	$(BIN)/python benchmarks/api.py

bench-soak: $(STAMP)
	$(BIN)/python benchmarks/soak.py

bench-spark: $(STAMP)
	$(BIN)/python benchmarks/spark.py

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .fuzz-corpus
