# Interview Studio — the README's two commands are `make run` and `make test`; both set everything up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages: what the studio needs to run, and what the tests add (a private PulseAudio daemon with a
# virtual device, espeak-ng speech, sox, Xvfb for real-window screenshots, validators for the desktop files).
APT_RUN := libportaudio2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 fonts-dejavu-core
APT_TEST := $(APT_RUN) pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox xvfb \
            desktop-file-utils appstream poppler-utils
APT_BENCH := $(APT_TEST) praat

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench eval screenshot lint bundle translations translations-update clean system-run system-test \
        system-bench venv

run: system-run venv translations
	$(BIN)/interview-studio $(ARGS)

test: system-test venv translations
	$(BIN)/ruff check studio tests
	$(BIN)/ruff format --check studio tests
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: system-bench venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run.py $(BENCH_ARGS)

# Delivery analysis against real labelled speech (../shared/devset) and takes spliced from it; writes
# bench/results/eval.json.
eval: system-bench venv translations
	$(BIN)/python scripts/eval.py $(EVAL_ARGS)

# Every documented view (studio/ui/screenshots.py) in English and Russian: docs/screenshots/<view>[.ru].png. The demo
# data goes into a temporary folder that --screenshot makes and removes itself.
screenshot: system-run venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/interview-studio --lang en --screenshot docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/interview-studio --lang ru --screenshot docs/screenshots

lint: venv
	$(BIN)/ruff check studio tests
	$(BIN)/ruff format --check studio tests
	$(BIN)/lint-imports
	$(BIN)/mypy

system-run:
	@scripts/ensure-apt.sh $(APT_RUN)
system-test:
	@scripts/ensure-apt.sh $(APT_TEST)
system-bench:
	@scripts/ensure-apt.sh $(APT_BENCH)

venv: $(STAMP)
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(QM)
# Refresh the catalogue from the sources (keeps existing translations); then translate the new entries.
translations-update: venv
	$(BIN)/pyside6-lupdate $$(find studio -name '*.py' | sort) -ts resources/translations/studio_ru.ts \
		-no-obsolete -locations none

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bundle: system-run venv translations
	$(BIN)/python -m pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/studio.spec

clean:
	rm -rf build dist .pytest_cache
