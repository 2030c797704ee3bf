# armgen: `make generate` regenerates generated/ from the specs; `make test` is the whole suite.
SPECS_ROOT ?= ../shared/azure-rest-api-specs
NETWORK    := $(SPECS_ROOT)/specification/network/resource-manager/Microsoft.Network/stable
GO         ?= go
ARMGEN     := $(GO) run ./cmd/armgen

.PHONY: all build generate check-generate test fmt-check tidy-check vet unit bench bench-decode corpus

all: build

# The modules of this repository: the generator (.), the runtime the generated code imports
# (runtime/, its own module so users' modules never depend on the generator), and bench/.
# `./...` stops at a module boundary, so build, vet and unit run in runtime/ too.
MODULES := . runtime bench

build:
	$(GO) build ./...
	cd runtime && $(GO) build ./...

## generate: regenerate every package and docs page under generated/ (one run per API version: the Go package and both docs flavors from one load)
generate:
	$(ARMGEN) generate --root $(SPECS_ROOT) --spec $(NETWORK)/2022-01-01/networkWatcher.json --rules specs/rules/network-watcher.json --out generated/network/2022-01-01/networkwatcher \
	  --docs go=generated/docs/go/2022-01-01 --docs grucloud=generated/docs/grucloud/2022-01-01
	$(ARMGEN) generate --root $(SPECS_ROOT) --spec $(NETWORK)/2024-01-01/networkWatcher.json --rules specs/rules/network-watcher.json --out generated/network/2024-01-01/networkwatcher \
	  --docs go=generated/docs/go/2024-01-01 --docs grucloud=generated/docs/grucloud/2024-01-01

## check-generate: regenerate, then fail if generated/ differs from what is committed
check-generate: generate
	@git diff --exit-code --stat -- generated/ || { echo "generated/ is stale: run 'make generate' and commit the result"; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard -- generated/); \
	  if [ -n "$$untracked" ]; then echo "untracked generated files (commit them):"; echo "$$untracked"; exit 1; fi

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>&1); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	cd runtime && $(GO) vet ./...

unit:
	$(GO) test -count=1 ./...
	cd runtime && $(GO) test -count=1 ./...

## tidy-check: every module's go.mod and go.sum are what `go mod tidy` makes them
tidy-check:
	@for m in $(MODULES); do \
	  (cd $$m && $(GO) mod tidy -diff) || { echo "$$m/go.mod is not tidy: run 'cd $$m && go mod tidy'"; exit 1; }; \
	done

## test: the whole suite, as CI runs it
test: fmt-check tidy-check vet unit check-generate

## bench: the benchmarks quoted in README.md
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./generator/... ./internal/validatetest

## bench-decode: decode speed of generated models vs the Azure SDK's armnetwork (separate module bench/; not part of make test)
bench-decode:
	cd bench && $(GO) test -run '^$$' -bench . -benchmem -count 5
	cd bench && $(GO) run ./cmd/compare

## corpus: armgen on every spec of the mirror, then go build, vet and the example tests of everything
## (not part of make test; CORPUS_FILTER=regexp for a subset; report in _corpus/REPORT.md)
corpus:
	SPECS_ROOT=$(SPECS_ROOT) $(GO) run ./internal/corpus $(CORPUS_FLAGS)
