# mapgen: two commands do everything on a fresh machine with Python 3.11+.
#   make map    create .venv, install mapgen, build the map of the seed report (prints where it is)
#   make test   create .venv, install mapgen with its test tools, run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: map test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'

map: install
	$(BIN)/mapgen build seeds/ -o build/map.html

test: install-dev
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: install-dev
	$(BIN)/ruff check mapgen tests benchmarks
	$(BIN)/mypy mapgen

bench: install-dev
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf build .pytest_cache
