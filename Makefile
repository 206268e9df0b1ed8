# Two set-up commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench package clean lint

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: install python3-venv (sudo apt install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/carrousel

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_timeline.py

package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	PYTHON=$(PY) bash packaging/build_linux.sh

clean:
	rm -rf build dist $(VENV)
