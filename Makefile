# Cercle — developer commands. A fresh machine with Python 3.11 needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench soak screenshots translations package package-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/cercle

# The layers (import-linter, contracts in pyproject.toml), ruff and mypy first: seconds, before the suite's minutes.
# The suite on up to four processes (pytest-xdist), a test file to each: 13 min instead of 35 on two cores;
# the 15 slowest tests are named at the end, to see where CI's 45 minutes go.
test: $(TEST_STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check app tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --benchmark-disable --numprocesses auto --maxprocesses 4 --dist loadfile --durations=15

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -q --benchmark-enable

# The real window on a 40-member, 5-year centre, every page 500 times: no crash, no memory growth.
# About 8 min of processor time; not part of `make test` (tests/soak has no test_ file).
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.soak.soak_window --rounds 500

screenshots: $(STAMP)
	rm -rf docs/screenshots/fr docs/screenshots/en
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.screenshots docs/screenshots

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete app -ts resources/translations/cercle_fr.ts
	$(BIN)/pyside6-lrelease resources/translations/cercle_fr.ts -qm resources/translations/cercle_fr.qm
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -pluralonly app -ts resources/translations/cercle_en.ts
	$(BIN)/pyside6-lrelease resources/translations/cercle_en.ts -qm resources/translations/cercle_en.qm

PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[package]'
	touch $@

package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/cercle.spec
	@du -sh dist/cercle

# Build, then run the built program as a user's computer would: version, check, start and paint.
package-test: package
	QT_QPA_PLATFORM=offscreen sh packaging/smoke-test.sh dist/cercle

clean:
	rm -rf $(VENV) build dist .pytest_cache .benchmarks
