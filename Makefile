# Guardian's two contracts with a newcomer: `make run` and `make test`, on a fresh machine.
# Both create .venv when it is missing; the stamp file reinstalls when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint typecheck pytest bench translations clean

run: $(RUN_STAMP) translations
	$(BIN)/guardian

test: $(DEV_STAMP) translations lint typecheck pytest

lint: $(DEV_STAMP)
	$(BIN)/ruff check guardian tests bench tools

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

pytest: $(DEV_STAMP)
	$(BIN)/pytest

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Guardian needs Python 3.11 or newer")'
	@$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment. On Debian or Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(DEV_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@ $(RUN_STAMP)

# Qt translations: refresh the catalogues from the code, fill them, build the .qm files the program
# loads. Chinese comes from the team's table; English is the source language, so its catalogue
# repeats the sources (the place to improve a wording without touching the code).
# (pyside6-lupdate finds no Python strings when given a folder: name the files.)
I18N := resources/i18n
PY_SOURCES := $(shell find guardian -name '*.py' | sort)

translations: $(RUN_STAMP)
	@$(BIN)/pyside6-lupdate -silent $(PY_SOURCES) -ts $(I18N)/guardian_zh_CN.ts -no-obsolete \
		-source-language en -target-language zh_CN
	@$(BIN)/pyside6-lupdate -silent $(PY_SOURCES) -ts $(I18N)/guardian_en.ts -no-obsolete \
		-source-language en -target-language en
	$(BIN)/python tools/fill_translations.py $(I18N)/guardian_zh_CN.ts tools/zh_CN.toml
	$(BIN)/python tools/fill_translations.py $(I18N)/guardian_en.ts --from-source
	@for ts in $(I18N)/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done

# ActivityWatch's aw-core, for bench/versus_aw.py, in an environment of its own (its pins are not
# Guardian's). The version is pinned so that figures compare across runs.
AW_VENV := .venv-aw
AW_CORE := aw-core==0.5.18
$(AW_VENV)/.installed: Makefile
	$(PYTHON) -m venv $(AW_VENV)
	$(AW_VENV)/bin/pip install --quiet '$(AW_CORE)'
	@touch $@

# Figures, not pass/fail tests: Guardian against aw-core on the same stream, a synthetic year
# through accounting and the store, the dashboard, the agent's footprint (each backend), the
# limit-to-lock latency and the cold start to the tray of the real agent on Xvfb. bench/all.py
# runs each benchmark, which prints its own table, then one summary of the figures against their
# targets, with the machine; it fails when a benchmark fails, not when a target is missed.
bench: $(DEV_STAMP) translations $(AW_VENV)/.installed
	$(BIN)/python bench/all.py --aw-python $(AW_VENV)/bin/python

# The one-folder PyInstaller bundle, dist/guardian/ (executable guardian), then checks that it
# starts (version, doctor, a preset, the store, the dashboard, a PDF, the agent's tray and SIGTERM)
# and prints its size and the agent's cold start to the tray.
.PHONY: bundle
bundle: $(DEV_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/guardian.spec
	$(BIN)/python installer/check_bundle.py dist/guardian

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .hypothesis

# The Debian package around the bundle in dist/guardian (`make bundle`):
# dist/guardian_<version>_<arch>.deb, its size printed. As root on Debian,
# installer/linux/check_deb.sh installs it, checks it and purges it.
.PHONY: deb
deb: $(RUN_STAMP)
	@test -x dist/guardian/guardian || { echo "No bundle in dist/guardian: run make bundle first"; exit 1; }
	$(BIN)/python -m guardian.packaging.deb dist/guardian dist
