# Two commands for a bare machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-reliability install install-test browser migrate seed eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Debian's Chromium and a Japanese font for the browser tests (Playwright drives Chromium;
# nothing is downloaded by Playwright itself).
BROWSER_PACKAGES := chromium fonts-ipafont-gothic
browser:
	@missing=$$(for p in $(BROWSER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Missing for the browser tests: $$missing (sudo apt-get install $$missing)" >&2; exit 1; fi; fi

migrate: install
	$(BIN)/intake db upgrade

seed: migrate
	$(BIN)/intake seed

# HOST=0.0.0.0 PORT=8080 make run serves elsewhere; the simulator follows.
HOST ?= 127.0.0.1
PORT ?= 8000
run: seed
	$(BIN)/intake serve --host $(HOST) --port $(PORT)

# Every test, on SQLite and PostgreSQL (INTAKE_TEST_BACKENDS narrows it), as CI runs it.
test: install-test browser
	$(BIN)/pytest -q

# Only the reliability and security tests (crashes, restarts, faults, fuzzing): a convenience.
test-reliability: install-test
	$(BIN)/pytest -q tests/reliability tests/security

# The held-out parts in the repository; DEV=<folder> adds the development sets kept outside it
# (dev_triage.jsonl, dev_address.jsonl).
eval: install
	$(BIN)/intake eval
	$(BIN)/intake eval kb
	$(if $(DEV),$(BIN)/intake eval --data $(DEV)/dev_triage.jsonl)
	$(if $(DEV),$(BIN)/intake eval address $(DEV)/dev_address.jsonl)

clean:
	rm -rf $(VENV) var/*.sqlite3*
