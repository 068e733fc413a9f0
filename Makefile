# Loopbaanwijzer: `make run` sets everything up and starts the assistant; `make test` sets up and runs all tests.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
REQ_HASH := $(shell sha256sum requirements.txt | cut -c1-16)
STAMP := $(VENV)/.installed-$(REQ_HASH)
export TF_CPP_MIN_LOG_LEVEL ?= 3
export PYTHONWARNINGS ?= ignore
export SQLALCHEMY_SILENCE_UBER_WARNING ?= 1

.PHONY: setup run chat train check sync-nlu test test-unit test-rasa test-http test-scale bench eval clean

$(STAMP): requirements.txt scripts/find-python310
	@PYTHON310=$$(scripts/find-python310) || exit 1; \
	if [ ! -x $(PY) ]; then echo "Virtuele omgeving maken met $$PYTHON310..."; "$$PYTHON310" -m venv $(VENV); fi
	@echo "Pakketten installeren (eerste keer ongeveer een minuut)..."
	@$(PY) -m pip install --disable-pip-version-check -q --upgrade pip
	@$(PY) -m pip install --disable-pip-version-check --progress-bar on -q -r requirements.txt
	@rm -f $(VENV)/.installed-*; touch $(STAMP)

setup: $(STAMP)
	@$(PY) -m bot setup

run: setup
	@$(PY) -m bot run

chat: setup
	@$(PY) -m bot chat

train: setup
	@$(PY) -m bot train

check: setup
	@$(PY) -m bot check

sync-nlu: setup
	@$(PY) -m bot sync-nlu

# Everything CI runs.
test: setup
	@$(PY) -m bot train
	@scripts/install-browser
	@$(MAKE) --no-print-directory test-unit test-rasa test-http test-scale

test-unit:
	$(PY) -m pytest -q -m "not http and not model" tests

# Rasa's own checks; their long output goes to results/*.log and is shown only when they fail.
test-rasa:
	@mkdir -p results
	@echo "rasa data validate --fail-on-warning"
	@$(PY) -m rasa data validate --fail-on-warning --domain domain.yml --data data --config config.yml \
		> results/validate.log 2>&1 || { cat results/validate.log; exit 1; }
	@echo "rasa test core --fail-on-prediction-errors (tests/test_stories.yml)"
	@$(PY) -m rasa test core --model models/loopbaanwijzer.tar.gz --stories tests/test_stories.yml \
		--fail-on-prediction-errors --out results/core > results/core.log 2>&1 \
		|| { tail -40 results/core.log; cat results/core/failed_test_stories.yml; exit 1; }
	@grep -h "Correct:" results/core.log | sed 's/.*rasa.core.test *- */  /' 

# Tests on the trained model: held-out messages, then the running servers over HTTP and in a browser.
test-http:
	$(PY) -m pytest -q -m "(model or http or browser) and not scale" tests

# Two Rasa processes sharing conversations in PostgreSQL and locks in Redis: Debian's packages (installed
# when missing), started on 127.0.0.1 in a throw-away folder and stopped again afterwards.
test-scale:
	@services=$$(mktemp -d /tmp/loopbaanwijzer-services.XXXXXX); \
	trap 'scripts/start-test-services stop "$$services"' EXIT; \
	settings=$$(scripts/start-test-services start "$$services") || exit 1; \
	env $$settings $(PY) -m pytest -q -m scale tests

# The assistant under load beside Rasa's own `rasa init` bot: docs/benchmarks.md.
bench: setup
	@$(PY) -m bot train
	$(PY) -m bot.tooling.loadbench $(BENCH_ARGS)

eval: setup
	@$(PY) -m bot train
	$(PY) -m bot.tooling.bench
	$(PY) -m bot.tooling.loadbench
	$(PY) -m bot.tooling.nlu_eval $(EVAL_ARGS)

clean:
	rm -rf .cache .state models results
