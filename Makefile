# armgen: `make generate` regenerates generated/ from the specs; `make test` is the whole suite.
SPECS_ROOT ?= ../shared/azure-rest-api-specs
NETWORK    := $(SPECS_ROOT)/specification/network/resource-manager/Microsoft.Network/stable
GO         ?= go
ARMGEN     := $(GO) tool armgen

.PHONY: all build generate specs-root check-generate test fmt-check tidy-check node-tools vet unit bench bench-decode corpus docs-site fuzz sdk-compat docs-browser sdk-compat-autorest

all: build

# The modules of this repository: the generator (.), the runtime the generated code imports
# (runtime/, its own module so users' modules never depend on the generator), and bench/.
# `./...` stops at a module boundary, so build, vet and unit run in runtime/ too.
MODULES := . runtime bench

build:
	$(GO) build ./...
	cd runtime && $(GO) build ./...

## generate: regenerate every package and docs page under generated/ (one run per API version:
## the Go package and both docs flavors from one load). One target per version, so that
## `make -k generate CHECK=--check` checks them all.
VERSIONS     := 2022-01-01 2024-01-01
NETWORK_ARGS  = --root $(SPECS_ROOT) --spec $(NETWORK)/$*/networkWatcher.json --rules specs/rules/network-watcher.json
# The go docs pages of each version link to the other's (--other-version).
OTHER_2022-01-01 := 2024-01-01
OTHER_2024-01-01 := 2022-01-01
generate: $(foreach v,$(VERSIONS),gen-$(v))

# specs-root: stop with a message naming SPECS_ROOT when the specs are not there (a clone, or a
# sparse checkout of the folders below, of Azure/azure-rest-api-specs; README.md says how).
SPECS_FOLDERS := $(foreach v,$(VERSIONS),specification/network/resource-manager/Microsoft.Network/stable/$(v))
specs-root:
	@for d in $(SPECS_FOLDERS); do \
	  if [ ! -d "$(SPECS_ROOT)/$$d" ]; then \
	    echo "make: no specs at SPECS_ROOT=$(SPECS_ROOT): the folder $(SPECS_ROOT)/$$d does not exist." >&2; \
	    echo "  Clone Azure/azure-rest-api-specs (or a sparse checkout of: $(SPECS_FOLDERS); README.md, 'Where the specs come from')" >&2; \
	    echo "  and pass its folder: make $(MAKECMDGOALS) SPECS_ROOT=/path/to/azure-rest-api-specs" >&2; \
	    exit 1; \
	  fi; \
	done

gen-%: specs-root
	$(ARMGEN) generate $(CHECK) $(NETWORK_ARGS) --out generated/network/$*/armnetwork --other-version $(NETWORK)/$(OTHER_$*)/networkWatcher.json \
	  --docs go=generated/docs/go/$* --docs grucloud=generated/docs/grucloud/$*

## check-generate: fail if generated/ is not what `make generate` writes (armgen --check: nothing
## is written) or differs from what is committed (modified or untracked files)
check-generate: specs-root
	@$(MAKE) --no-print-directory -k generate CHECK=--check ARMGEN="$(ARMGEN)" || { echo "generated/ is stale: run 'make generate' and commit the result"; exit 1; }
	@git diff --exit-code --stat -- generated/ || { echo "generated/ differs from what is committed: commit it"; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard -- generated/); \
	  if [ -n "$$untracked" ]; then echo "untracked generated files (commit them):"; echo "$$untracked"; exit 1; fi

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>&1); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	cd runtime && $(GO) vet ./...

unit:
	$(GO) test -count=1 -timeout 30m ./...
	cd runtime && $(GO) test -count=1 ./...

## tidy-check: every module's go.mod and go.sum are what `go mod tidy` makes them
tidy-check:
	@for m in $(MODULES); do \
	  (cd $$m && $(GO) mod tidy -diff) || { echo "$$m/go.mod is not tidy: run 'cd $$m && go mod tidy'"; exit 1; }; \
	done

# The suites that need Node (node and npm on PATH). Where they are, `make test` installs their
# tools into .tools/ with the scripts .ci/run uses and runs them with ARMGEN_REQUIRE_NODE=1, so
# they cannot skip; where they are not, it says which suites it skipped, last.
NODE_SUITES := the docs differential tests against Node and prettier (generator/docs/inspect, generator/docs/jsprint, generator/docs), the AutoRest test-server conformance suite (internal/conformance) and the golden tests on test-server specs (generator/build, generator/golang)
HAVE_NODE   := $(shell command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && echo yes)
ifeq ($(HAVE_NODE),yes)
export ARMGEN_REQUIRE_NODE := 1
endif

## node-tools: where node and npm exist, install prettier 2.8.8 and the AutoRest test server into .tools/
node-tools:
ifeq ($(HAVE_NODE),yes)
	@sh scripts/install-node-tools.sh
	@sh scripts/install-testserver.sh
endif

## test: the whole suite, as CI runs it
test: fmt-check tidy-check vet node-tools unit check-generate
	@echo "make test: not run here: the Docusaurus site checks (internal/sitecheck skips without ARMGEN_SITE_BUILD): run make docs-site"
ifneq ($(HAVE_NODE),yes)
	@echo "make test: SKIPPED (node or npm not on PATH): $(NODE_SUITES). Install Node.js with npm and run make test again (it installs the rest: scripts/install-node-tools.sh, scripts/install-testserver.sh)."
endif

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

## fuzz: a fuzzing campaign: each fuzz target for FUZZTIME (default 1m; FUZZTARGETS="FuzzPipeline ..."
## for a subset, FUZZPARALLEL workers, default 1), then the coverage the seeds and the campaign's
## corpus reach; summary in _fuzz/SUMMARY.md. The seed corpora run in make test (go test).
FUZZTIME ?= 1m
FUZZPARALLEL ?= 1
fuzz:
	FUZZTIME=$(FUZZTIME) FUZZTARGETS="$(FUZZTARGETS)" FUZZPARALLEL=$(FUZZPARALLEL) GO=$(GO) bash scripts/fuzz.sh

## docs-site: build the docs site from generated/docs/go and docs/ with Docusaurus 3 (site/, with
## the guide and offline search) and the generated pages with Docusaurus 2.0.0-beta.21 (site/v2/,
## the version GruCloud's site pins), check the HTML of every page against its Markdown and the
## two builds against each other (internal/sitecheck), then look at the site in Chromium
## (docs-browser). ARMGEN_SITE_TESTDATA=1 adds the hostile test spec's pages (under
## /testdata/hostile/) to both builds. npm ci runs when a package-lock.json is newer than its
## installed node_modules.
docs-site: site/node_modules/.package-lock.json site/v2/node_modules/.package-lock.json
	cd site && ARMGEN_SITE_TESTDATA=1 npm run build
	cd site/v2 && ARMGEN_SITE_TESTDATA=1 npm run build
	ARMGEN_SITE_BUILD=$(CURDIR)/site/build ARMGEN_SITE_BUILD_V2=$(CURDIR)/site/v2/build ARMGEN_SITE_TESTDATA=1 \
	  $(GO) test -count=1 -v -run 'TestSite' ./internal/sitecheck
	@$(MAKE) --no-print-directory docs-browser

## docs-browser: the built site (site/build) in headless Chromium at 1280 px, driven by
## puppeteer-core (site/scripts/browser-check.js): the landing page lists every package, search
## finds the PacketCapture page, no page scrolls sideways and no table or code block of the
## generated pages is wider than the page, no console errors. Screenshots and report.json go
## to site/build/browser-check/. Needs Debian's chromium (apt-get install chromium; .ci/run
## installs it) or CHROMIUM_PATH.
docs-browser: site/node_modules/.package-lock.json
	cd site && node scripts/browser-check.js --build build --docs ../generated/docs/go

site/node_modules/.package-lock.json: site/package-lock.json
	cd site && npm ci --no-audit --no-fund

site/v2/node_modules/.package-lock.json: site/v2/package-lock.json
	cd site/v2 && npm ci --no-audit --no-fund

## sdk-compat: how far armgen's package of SPEC (or CONFIG [TAG]) is a drop-in for the Azure SDK
## module MODULE at VERSION: its example tests compiled against it, apidiff -incompatible
## (RUN=1 also runs the examples; not part of make test, which runs internal/sdkcompat's cases)
sdk-compat:
	$(GO) run ./internal/sdkcompat/cmd/sdkcompat -module $(MODULE) -version $(VERSION) -root $(SPECS_ROOT) \
	  $(if $(SPEC),-spec $(SPEC)) $(if $(CONFIG),-config $(CONFIG)) $(if $(TAG),-tag $(TAG)) $(if $(FILES),-files $(FILES)) $(if $(RUN),-run)

## sdk-compat-autorest: apidiff -incompatible from the package AutoRest itself generates for the
## mirror's Network readme at AUTOREST_TAG (scripts/autorest-network.sh installs AutoRest into
## .tools/autorest and caches its output in .tools/autorest-out/; the first run takes minutes)
## to armgen's package of the same tag. Not part of make test.
AUTOREST_TAG ?= package-2021-02
sdk-compat-autorest:
	@dir=$$(sh scripts/autorest-network.sh $(SPECS_ROOT) $(AUTOREST_TAG)) && \
	  $(GO) run ./internal/sdkcompat/cmd/sdkcompat -autorest $$dir -root $(SPECS_ROOT) \
	    -config $(SPECS_ROOT)/specification/network/resource-manager/readme.md -tag $(AUTOREST_TAG)
