# Ishinomaki SNS portal. `make run` and `make test` work on a fresh Debian 12 machine with
# Python 3.11 and the PostgreSQL 15 binaries; everything else comes from PyPI, npm and apt.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_PASSWORD ?= demo-pass-2016
PORT ?= 8000
SIM_PORT ?= 8765
REDIS_PORT ?= 6379
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test install assets chromium lint typecheck messages compilemessages bench clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(PY)
	$(PY) -m pip install -q --disable-pip-version-check uv==0.13.9
	$(VENV)/bin/uv pip install -q --python $(PY) -r pyproject.toml --extra dev -c constraints.txt
	touch $(STAMP)

install: $(STAMP) assets

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

assets: node_modules/.package-lock.json

# The demo's environment: every process of `make run` inherits it through honcho.
RUN_ENV := DJANGO_DEBUG=true REDIS_URL=redis://127.0.0.1:$(REDIS_PORT)/0 \
	FACEBOOK_GRAPH_URL=http://127.0.0.1:$(SIM_PORT) FACEBOOK_DIALOG_URL=http://127.0.0.1:$(SIM_PORT) \
	FACEBOOK_APP_ID=1234567890 FACEBOOK_APP_SECRET=demo-app-secret FACEBOOK_WEBHOOK_VERIFY_TOKEN=demo-verify-token \
	PORTAL_BASE_URL=http://127.0.0.1:$(PORT)

## make run: the whole product on embedded defaults (SQLite, embedded Redis, Graph API simulator).
run: install
	mkdir -p var
	$(RUN_ENV) $(PY) manage.py migrate --no-input -v 0
	$(RUN_ENV) $(PY) manage.py seed_demo --password $(DEMO_PASSWORD)
	@echo "Portal: http://127.0.0.1:$(PORT)/  (users ict, secretariat, tourism-admin, tourism-operator, auditor; password $(DEMO_PASSWORD))"
	$(RUN_ENV) WEB_PORT=$(PORT) SIM_PORT=$(SIM_PORT) REDIS_PORT=$(REDIS_PORT) $(VENV)/bin/honcho -f Procfile.dev start

chromium:
	@# Japanese and emoji fonts too: without them the screenshots show boxes for the text.
	@if [ ! -x $(CHROMIUM) ] || ! fc-list 2>/dev/null | grep -qi ipa \
	    || ! fc-list 2>/dev/null | grep -qi "noto color emoji"; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic fonts-noto-color-emoji >/dev/null; \
	  else echo "Chromium or its fonts are missing: install the packages chromium, fonts-ipafont-gothic and fonts-noto-color-emoji"; exit 1; fi; \
	fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

## make test: lint, migrations check, unit, integration and browser tests on a throwaway
## PostgreSQL cluster and Redis that tools/testenv.py starts and always stops.
test: install chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy $(MYPY_TARGETS)
	$(PY) tools/testenv.py -- bash -c '\
	  set -e; \
	  DJANGO_SETTINGS_MODULE=ishinomaki_sns.settings.test $(PY) manage.py makemigrations --check --dry-run; \
	  $(PY) -m pytest $(PYTEST_ARGS)'

messages:
	DJANGO_DEBUG=true $(PY) manage.py makemessages -l ja --ignore=node_modules --ignore=.venv --ignore=staticfiles
	DJANGO_DEBUG=true $(PY) manage.py makemessages -l ja -d djangojs --ignore=node_modules --ignore=.venv --ignore=staticfiles

compilemessages:
	DJANGO_DEBUG=true $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

## make bench: every benchmark script (benchmarks/[a-z]*.py) on a throwaway PostgreSQL and Redis.
bench: install
	$(PY) tools/testenv.py -- bash -c 'for b in benchmarks/[a-z]*.py; do echo "== $$b"; $(PY) $$b || exit 1; done'

clean:
	rm -rf $(VENV) node_modules var staticfiles screenshots

# Static types on the code that writes and reads (STYLE.md): services, selectors, the Graph client.
MYPY_TARGETS := ishinomaki_sns/graph/client ishinomaki_sns/graph/errors.py ishinomaki_sns/graph/usage.py \
	accounts/services.py accounts/services_people.py accounts/services_requests.py accounts/selectors.py pages/services pages/selectors.py \
	guidelines/services.py guidelines/selectors.py comments/services comments/selectors.py \
	moderation/services moderation/selectors \
	insights/services.py insights/selectors incidents/services.py incidents/selectors.py \
	publishing/services publishing/selectors.py publishing/screening.py \
	scoring/services.py scoring/selectors.py \
	records/services.py records/selectors.py records/retention.py moderation/audit_chain.py
typecheck: install
	$(VENV)/bin/mypy $(MYPY_TARGETS)
