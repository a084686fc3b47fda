# humdoc — set-up, run, test. Every target builds the virtual environment it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Tests run in parallel, one worker per core; a test file stays on one worker so that its
# module-scoped fixtures are built once (PYTEST_ARGS adds options, e.g. PYTEST_ARGS=-x).
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist loadfile

.PHONY: run test test-extended lint bench fuzz crashtest clean venv translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "humdoc needs Python 3.11 or newer" >&2; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { echo "python3-venv is missing: apt-get install python3-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/humdoc

test: $(STAMP)
	$(PYTEST) $(PYTEST_ARGS)

# The whole suite again, with every corpus-wide test over the full sample corpus (CORPUS=folder
# holding cctv-age/ and exif-samples/, see tests/corpus/SOURCES.md) instead of the bundled trim.
test-extended: $(STAMP)
	@test -d "$(CORPUS)/exif-samples" -a -d "$(CORPUS)/cctv-age" || { echo "usage: make test-extended CORPUS=<folder holding cctv-age/ and exif-samples/>" >&2; exit 2; }
	HUMDOC_EXTENDED_CORPUS="$(abspath $(CORPUS))" $(PYTEST) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check humdoc tests bench installer fuzz crashtest
	$(BIN)/ruff format --check humdoc tests bench installer fuzz crashtest
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench

# Coverage-guided fuzzing (atheris) of every parser that reads outside input, FUZZ_SECONDS per
# target; prints cases run and findings and fails on any finding (see fuzz/README.md).
FUZZ_SECONDS ?= 20
fuzz: $(STAMP)
	$(BIN)/python -m fuzz --seconds $(FUZZ_SECONDS)

# SIGKILL a real child process at random points of every writing operation, CRASH_KILLS times
# each, and check what survived; prints a table and fails on any loss (see crashtest/README.md).
crashtest: $(STAMP)
	$(BIN)/python -m crashtest

# Refresh every resources/translations/humdoc_<lang>.ts from the strings in humdoc/gui (new
# strings arrive unfinished, removed ones go), then compile each to the .qm humdoc loads.
# English is the source; humdoc_en.ts holds only its plural forms ("1 file", "2 files").
# tests/gui/test_translations.py fails while any string is missing, unfinished or stale.
LANGUAGES := ar es fr my uk
GUI_SOURCES = $(sort $(wildcard humdoc/gui/*.py))
translations: $(STAMP)
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate -locations none -no-obsolete $(GUI_SOURCES) -ts resources/translations/humdoc_$$lang.ts || exit 1; \
		$(BIN)/pyside6-lrelease resources/translations/humdoc_$$lang.ts -qm resources/translations/humdoc_$$lang.qm || exit 1; \
	done
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $(GUI_SOURCES) -ts resources/translations/humdoc_en.ts
	$(BIN)/pyside6-lrelease resources/translations/humdoc_en.ts -qm resources/translations/humdoc_en.qm

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
include installer/Makefile.inc
