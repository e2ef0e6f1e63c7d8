# lagaffektiv: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test bench screenshots lint test-plans clean system-deps translations catalog package test-bundle

$(STAMP): pyproject.toml
	@sh scripts/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment: install Debian's python3-venv (apt-get install python3-venv)."; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@# Compiled once here: where PYTHONDONTWRITEBYTECODE is set, every start would compile src/ again.
	$(PY) -m compileall -q src
	@touch $(STAMP)

system-deps:
	@sh scripts/system-deps.sh

run: $(STAMP)
	$(VENV)/bin/lagaffektiv

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/lagaffektiv lint scenarios

test-plans: $(STAMP)
	$(VENV)/bin/lagaffektiv test-plans scenarios

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen LAGAFFEKTIV_DATA=build/screenshot-data $(PY) scripts/screenshots.py build/screenshots

# After adding UI strings: collect them into the .ts, translate the new entries, compile.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find src/lagaffektiv/app -name '*.py') -ts src/lagaffektiv/app/translations/lagaffektiv_sv.ts
	$(VENV)/bin/pyside6-lrelease src/lagaffektiv/app/translations/lagaffektiv_sv.ts -qm src/lagaffektiv/app/translations/lagaffektiv_sv.qm

# The one-folder bundle for this OS in dist/lagaffektiv/ (docs/packaging.md).
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/lagaffektiv.spec
	@$(PY) scripts/bundle_size.py dist/lagaffektiv

# The self-test of the built bundle, run from pytest (tests/test_packaging_bundle.py).
test-bundle: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m bundle

catalog: $(STAMP)
	$(VENV)/bin/lagaffektiv catalog scenarios > docs/scenarios.md

clean:
	rm -rf $(VENV) build dist .pytest_cache
