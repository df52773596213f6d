# Run `make help` for the list of targets.
SWIFT ?= swift
SPEC ?= Spec/xai-openapi.json
OVERLAY ?= Spec/xai-overlay.yaml
CONFIG ?= Spec/generator.yaml
BUILD := .build
GENERATOR := $(BUILD)/debug/generator
MERGED_SPEC := $(BUILD)/xai-merged.json
GENERATE_ARGS := --spec $(SPEC) --overlay $(OVERLAY) --config $(CONFIG)

.PHONY: help setup generator generate check-drift merged-spec build test

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

setup: ## Install what is missing: libyaml-dev (apt) and the Python test tools (.venv)
	@scripts/bootstrap.sh

generator: ## Build the generator
	@scripts/bootstrap.sh --no-python
	$(SWIFT) build --product generator

generate: generator ## Regenerate Sources/GeneratedClient and the example catalog from Spec/
	$(GENERATOR) generate $(GENERATE_ARGS)

check-drift: generator ## Fail with a diff if the committed client differs from a fresh generation
	$(GENERATOR) generate $(GENERATE_ARGS) --check

merged-spec: generator ## Write the spec with the overlay applied to .build/xai-merged.json
	$(GENERATOR) merged-spec --spec $(SPEC) --overlay $(OVERLAY) --output $(MERGED_SPEC)

build: setup ## Build everything, tests included
	$(SWIFT) build --build-tests

test: build check-drift merged-spec ## Build once, check drift, run every test
	MERGED_SPEC=$(CURDIR)/$(MERGED_SPEC) VALIDATOR_PYTHON=$(CURDIR)/.venv/bin/python $(SWIFT) test --skip-build
