# Two entry points for a fresh machine: `make run` and `make test`.
# Each creates the virtual environment when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt's xcb window plugin needs these on a bare Debian machine (DESIGN.md). The
# reading font (Amiri) comes with the Python package fontpkg-amiri and is loaded
# at start-up: no system font is needed.
DEBIAN_PKGS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1

run: $(STAMP)
	@if [ -z "$$QT_QPA_PLATFORM" ] && command -v ldconfig >/dev/null && \
	   ! (ldconfig -p | grep -q libxcb-cursor.so.0 && ldconfig -p | grep -q libxcb-icccm.so.4 \
	      && ldconfig -p | grep -q libxcb-keysyms.so.1); then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq $(DEBIAN_PKGS); \
	  else echo "For a window: sudo apt-get install $(DEBIAN_PKGS)"; fi; \
	fi
	$(BIN)/annotator

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# lint-imports checks the layering contracts of pyproject.toml ([tool.importlinter]);
# tests/test_layers.py runs it under `make test` too.
lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/ruff check annotator tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV)
