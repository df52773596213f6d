# Run `make help` for the list of targets.
SWIFT ?= swift
# The upstream document; `make update-spec SPEC=path` replaces it.
XAI_SPEC ?= Spec/xai-openapi.json
OVERLAY ?= Spec/xai-overlay.yaml
CONFIG ?= Spec/generator.yaml
# Client and test kit folders; update-spec's test points them elsewhere.
OUTPUT ?= Sources/GeneratedClient
TEST_KIT_OUTPUT ?= Sources/XAITesting
BASE ?= origin/main
BUILD := .build
GENERATOR := $(BUILD)/debug/generator
MERGED_SPEC := $(BUILD)/xai-merged.json
GENERATE_ARGS := --spec $(XAI_SPEC) --overlay $(OVERLAY) --config $(CONFIG) --output $(OUTPUT) --test-kit-output $(TEST_KIT_OUTPUT)

.PHONY: help setup generator generate check-drift merged-spec update-spec api-report build test test-fast test-client test-tools corpus fuzz bench snippets docs

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

setup: ## Install what is missing: libyaml-dev (apt) and the Python test tools (.venv)
	@scripts/bootstrap.sh

generator: ## Build the generator
	@scripts/bootstrap.sh --no-python
	@scripts/embed-templates.sh
	@$(SWIFT) build --product generator 2>&1 | grep -v "^warning: .*unhandled\|^ */.*\.\(txt\|yaml\|json\|md\)$$" || true

generate: generator ## Regenerate Sources/GeneratedClient, its test kit Sources/XAITesting and the example catalog from Spec/
	$(GENERATOR) generate $(GENERATE_ARGS)

check-drift: generator ## Fail with a diff if the committed client differs from a fresh generation
	$(GENERATOR) generate $(GENERATE_ARGS) --check

merged-spec: generator ## Write the spec with the overlay applied to .build/xai-merged.json
	$(GENERATOR) merged-spec --spec $(XAI_SPEC) --overlay $(OVERLAY) --output $(MERGED_SPEC)

update-spec: generator ## SPEC=path: replace the upstream spec, regenerate, print the API change report and the diff stat
	@scripts/update-spec.sh "$(SPEC)" "$(XAI_SPEC)" "$(OVERLAY)" "$(CONFIG)" "$(OUTPUT)" "$(GENERATOR)" "$(TEST_KIT_OUTPUT)"

api-report: generator ## Markdown report of API changes since BASE (default origin/main), for a CI job summary
	@mkdir -p $(BUILD)/base
	@git show $(BASE):$(XAI_SPEC) > $(BUILD)/base/spec.json
	@git show $(BASE):$(OVERLAY) > $(BUILD)/base/overlay.yaml
	@$(GENERATOR) diff $(BUILD)/base/spec.json $(XAI_SPEC) --old-overlay $(BUILD)/base/overlay.yaml --new-overlay $(OVERLAY) --format markdown

snippets: ## Extract README.md's and the DocC article's Swift blocks into Tests/ReadmeSnippets/main.swift
	@python3 scripts/readme-snippets.py

docs: ## Build the DocC documentation of the xAI client (swift-docc-plugin) into .build/docs
	$(SWIFT) package --allow-writing-to-directory $(BUILD)/docs generate-documentation --target XAI \
		--output-path $(BUILD)/docs --warnings-as-errors

build: setup snippets ## Build everything, tests included
	$(SWIFT) build --build-tests

test: build check-drift test-fast test-client test-tools docs corpus ## Everything, as CI runs it: drift, every part below, the docs and the corpus

test-fast: build ## Generator and runtime unit tests: no servers, no corpus (seconds once built)
	$(SWIFT) test --skip-build --filter '^GeneratorTests\.' --filter '^GeneratedClientRuntimeTests\.'

test-client: build merged-spec ## The xAI client against local servers (validating mock, hostile, fault injection), and the mock's own tests
	MERGED_SPEC=$(CURDIR)/$(MERGED_SPEC) .venv/bin/python Tests/Python/test_mock_server.py
	MERGED_SPEC=$(CURDIR)/$(MERGED_SPEC) VALIDATOR_PYTHON=$(CURDIR)/.venv/bin/python $(SWIFT) test --skip-build --filter '^GeneratedClientTests\.'

test-tools: build ## update-spec on a changed spec, and the example package built and run as another team would
	scripts/test-update-spec.sh
	scripts/test-example-package.sh

corpus: generator ## Generate and compile a client for every document in ../shared/corpus; print the table
	scripts/corpus.sh

fuzz: ## libFuzzer for FUZZ_SECONDS (default 600) on the generator and on the runtime's parsers of server input (FUZZ_TARGET=all|generator|runtime)
	scripts/fuzz.sh

bench: ## Benchmarks against apple/swift-openapi-generator (generation, compile, decoding, streaming, client)
	scripts/bench.sh
