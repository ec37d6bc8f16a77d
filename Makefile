# The two commands of the README: `make demo` and `make test`. Both install everything first.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: install demo test lint bench fuzz-long

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

# The property-based suite at a million examples (hours); CI runs it at 10,000.
fuzz-long: install
	PELISAANNOT_FUZZ=long $(PY) -m pytest -q tests/robust/test_fuzz.py
