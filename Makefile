# The two commands of the README: `make demo` and `make test`. Both install everything first.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: install demo test lint bench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	bash scripts/install-system-deps.sh
	bash scripts/install-browser.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[ner,dev,web]'
	touch $@

demo: install
	$(VENV)/bin/pelisaannot demo

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check pelisaannot tests benchmarks

bench: install
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/false_alarms.py
	$(PY) benchmarks/api_bench.py
