# opml build / test entry points. `make help` lists targets.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
MAKEFLAGS += --no-print-directory

GO       ?= go
FUZZTIME ?= 10s
BIN      := bin/opml

# A real geth for the e2e tests (the newest whose dependencies the module
# proxy serves here); installed by `go install` into its own directory.
GETH_VERSION := v1.17.8
GETH         := bin/tools/geth-$(GETH_VERSION)/geth

# Foundry's anvil, the second EVM client (e2e TestAnvil*): the npm package
# that ships the binary, pinned exactly in tooling/anvil/package.json and its
# lockfile, installed with npm ci into its own directory.
ANVIL_VERSION := 1.7.1
ANVIL_DIR     := bin/tools/anvil-$(ANVIL_VERSION)
ANVIL         := $(ANVIL_DIR)/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil
# Headless Chromium for the browser tests (testkit/browser: the explorer's
# e2e test): Debian's chromium package, which .ci/run installs; CHROMIUM
# overrides the path. The full lane requires it, so those tests cannot skip.
CHROMIUM     ?= $(or $(wildcard /usr/bin/chromium),$(shell command -v chromium chromium-browser 2>/dev/null | head -n 1),/usr/bin/chromium)
E2E_ENV      := OPML_GETH=$(CURDIR)/$(GETH) OPML_E2E_REQUIRE_GETH=1 OPML_ANVIL=$(CURDIR)/$(ANVIL) OPML_E2E_REQUIRE_ANVIL=1 \
                OPML_CHROMIUM=$(CHROMIUM) OPML_E2E_REQUIRE_CHROMIUM=1

# Linters, pinned, run with `go run pkg@version`: the module proxy (or the
# module cache) serves them and they stay out of go.mod's module graph; go
# caches the built executables, staticcheck its analysis.
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
DEADCODE    := $(GO) run golang.org/x/tools/cmd/deadcode@v0.52.0

# Extra go test flags for make check, e.g. GOTESTFLAGS=-count=1 to rerun
# packages whose results go test has cached.
GOTESTFLAGS ?=

.PHONY: all help build check test test-arm64 e2e tools bench fuzz lint gofmt vet staticcheck deadcode demo demo-llm explorer-screenshot load load-capacity load-burst load-soak update-golden onnx-conformance clean contracts bindings check-contracts npm-ci gas fixtures train-fixtures train-lm fortunes

all: build

help:
	@echo "make build          go build ./... and $(BIN)"
	@echo "make check          the fast lane, after every change: gofmt, vet, staticcheck, go test -short ./..."
	@echo "                    (no npm, solc, geth, qemu or Chromium; e2e, browser and crash tests are skipped; GOTESTFLAGS=-count=1 reruns cached results)"
	@echo "make test           the full lane (CI): contracts check, go test ./... (incl. e2e against a devnet, geth $(GETH_VERSION) and anvil $(ANVIL_VERSION),"
	@echo "                    browser tests in headless Chromium), race tests, lint, arm64 tests under qemu"
	@echo "make e2e            end-to-end tests: built opml processes against a devnet and a real geth --dev"
	@echo "make tools          install geth $(GETH_VERSION) and anvil $(ANVIL_VERSION) (for the e2e tests) under bin/tools"
	@echo "make test-arm64     VM/fixtures tests cross-compiled for linux/arm64, run under qemu (ARM64_TEST_FLAGS=...)"
	@echo "make bench          benchmark report: go test -bench (bench.txt), gas tests, opml bench -> BENCHMARKS.md (installs apt fortunes for the LM held-out text; QUICK=1: under 2 min)"
	@echo "make load           the load goals (BENCHMARKS.md §9): capacity, 1,000-request burst and one-hour soak on a 2 s-block devnet,"
	@echo "                    nodes as processes (about 105 minutes; each alone: make load-capacity|load-burst|load-soak)"
	@echo "make fuzz           every Fuzz* target for FUZZTIME each (FUZZTIME=$(FUZZTIME)), then 20 crash trials of the challenger binary"
	@echo "                    (the committed seed corpora under testdata/fuzz/ are replayed by every go test, so by make check/test;"
	@echo "                    contracts/verifier's covers every op: go test -run TestFuzzCorpus ./contracts/verifier/ -update regenerates it)"
	@echo "make lint           gofmt check, go vet, staticcheck, deadcode -test (each also alone: make gofmt|vet|staticcheck|deadcode)"
	@echo "make demo           the whole protocol on an in-process devnet: a false claim disproven, an honest result delivered"
	@echo "make explorer-screenshot  regenerate docs/img/explorer-game.png: e2e TestExplorer's game page in headless Chromium"
	@echo "make demo-llm       the LLM demo: a liar changes one token of a completion, loses at one step; the honest text is delivered"
	@echo "make update-golden  regenerate golden files (go test -update)"
	@echo "make onnx-conformance regenerate docs/onnx-conformance.md: ONNX's backend tests (apt libonnx-testdata) through"
	@echo "                    importer, quantizer and VM (checked by go test ./pipeline/onnx/conformance, so by make check/test)"
	@echo "make fixtures       recompile the VM fixtures from the trained ONNX models and record their golden results"
	@echo "make train-fixtures retrain the fixture models in gorgonia (about 3 minutes), then make fixtures"
	@echo "make train-lm       retrain the language model on Debian's fortunes (fixtures/trained/lm.onnx; needs apt package fortunes)"
	@echo "make contracts      compile contracts/src and the consumer kit (contracts/kit) with the pinned solc, regenerate artifacts and"
	@echo "                    Go bindings; compile the kit with the oldest solc it supports (0.8.20) too"
	@echo "make check-contracts regenerate contracts and fail if anything committed differs"
	@echo "make gas            gas report of every contract call under the pinned chain rules"
	@echo "make clean"

build:
	$(GO) build ./...
	$(GO) build -o $(BIN) ./cmd/opml

# The fast lane. Everything that needs npm/solc (make contracts), geth (the
# e2e suite), Chromium (browser tests, testkit/browser), qemu (test-arm64)
# or builds the opml binary and runs it as processes (e2e, the crash test)
# is left to the full lane: those tests skip themselves with -short. go test
# caches the results of packages that did not change, which -short makes
# sound (no test builds a binary the cache cannot see).
check: gofmt vet staticcheck
	$(GO) test -short $(GOTESTFLAGS) ./...

# The full lane, what CI runs (.ci/run).
# The concurrency tests run a second time under the race detector.
RACE_PKGS := ./vm ./node ./challenger ./infra/nodestore ./infra/txmgr ./tooling/devnet ./pipeline/onnx ./pipeline/reference

test: check-contracts $(GETH) $(ANVIL)
	$(E2E_ENV) $(GO) test -count=1 -timeout 30m ./...
	$(GO) test -count=1 -race -run 'Concurrent|Parallel' $(RACE_PKGS)
	$(MAKE) lint
	$(MAKE) test-arm64

test-arm64:
	bash scripts/test-arm64.sh

e2e: $(GETH) $(ANVIL)
	$(E2E_ENV) $(GO) test -count=1 -timeout 30m -v ./e2e

tools: $(GETH) $(ANVIL)

# The README's screenshot of a game in opml explorer, taken by the browser
# test (a real dispute in `opml demo --explorer`, headless Chromium).
explorer-screenshot:
	$(E2E_ENV) $(GO) test -count=1 -run 'TestExplorer$$' ./e2e -args -explorer.screenshot=$(CURDIR)/docs/img/explorer-game.png

$(GETH):
	GOBIN=$(CURDIR)/$(dir $(GETH)) $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

$(ANVIL): tooling/anvil/package.json tooling/anvil/package-lock.json
	mkdir -p $(ANVIL_DIR)
	cp tooling/anvil/package.json tooling/anvil/package-lock.json $(ANVIL_DIR)/
	cd $(ANVIL_DIR) && npm ci --no-audit --no-fund --loglevel=error
	test -x $(ANVIL) && touch $(ANVIL)

# The benchmark report. go test -bench writes the benchstat-ready
# micro-benchmarks to bench.txt; the gas report tests write gas-*.md; opml
# bench measures the rest in one process and renders BENCHMARKS.md from all
# of it (tooling/benchreport/). QUICK=1 is the short suite.
BENCH_PKGS  := ./vm/... ./pipeline/reference ./fixtures/fixturebuild ./node/dispute
BENCH_FLAGS := $(if $(QUICK),-benchtime=100ms -count=1,-benchtime=500ms -count=5)
bench: $(if $(QUICK),,fortunes)
	$(GO) test -run='^$$' -bench=. -benchmem $(BENCH_FLAGS) $(BENCH_PKGS) | tee bench.txt
	GAS_REPORT=$(CURDIR)/gas-verifier.md $(GO) test -count=1 -run 'TestGasReport' ./contracts/verifier
	GAS_REPORT=$(CURDIR)/gas-arbiter.md $(GO) test -count=1 -run 'TestGasReport' ./contracts/arbiter
	$(GO) run ./cmd/opml bench $(if $(QUICK),--quick) --bench-txt bench.txt --gas-verifier gas-verifier.md --gas-arbiter gas-arbiter.md --json BENCHMARKS.json --out BENCHMARKS.md

# The load goals (BENCHMARKS.md §9; docs/nodes.md "Load generator and soak
# test"): opml loadgen on an in-process devnet with 2 s fixed blocks, a
# 10-minute challenge window and the nodes as processes of their own. Each
# run writes its JSON report under $(LOAD_RESULTS) (committed; checked by
# go test ./tooling/benchreport), then BENCHMARKS.md is re-rendered from
# BENCHMARKS.json (the last make bench's figures) without measuring again.
# Not run by CI: capacity about 15 minutes, burst about 15, soak 75. The
# soak sends for 61m: --duration counts the ~32 s start-up, and the goal
# wants requests spanning a full hour (3,600 s; 60m spanned 3,568 s).
LOAD_RESULTS := tooling/loadgen/results
LOAD_CHAIN   := --devnet --node-processes --fixed-block-time --block-time 2s --challenge-window 600
load: load-capacity load-burst load-soak

load-capacity: build
	mkdir -p $(LOAD_RESULTS)
	./$(BIN) loadgen $(LOAD_CHAIN) --burst 50 --rate block --duration 3m --accounts 25 --lies 0.1 --models mlp=1 --timeout 40m --progress 10s --json > $(LOAD_RESULTS)/capacity.json.tmp
	mv $(LOAD_RESULTS)/capacity.json.tmp $(LOAD_RESULTS)/capacity.json
	./$(BIN) bench --render BENCHMARKS.json --out BENCHMARKS.md

load-burst: build
	mkdir -p $(LOAD_RESULTS)
	./$(BIN) loadgen $(LOAD_CHAIN) --burst 1000 --requests 1000 --rate block --accounts 50 --lies 0.1 --models mlp=18,cnn=1,lm=1 --timeout 40m --progress 10s --json > $(LOAD_RESULTS)/burst.json.tmp
	mv $(LOAD_RESULTS)/burst.json.tmp $(LOAD_RESULTS)/burst.json
	./$(BIN) bench --render BENCHMARKS.json --out BENCHMARKS.md

load-soak: build
	mkdir -p $(LOAD_RESULTS)
	./$(BIN) loadgen $(LOAD_CHAIN) --burst 5 --rate block --duration 61m --accounts 8 --lies 0.1 --models mlp=18,cnn=1,lm=1 --retention.blocks 300 --seed 1 --timeout 85m --progress 30s --json > $(LOAD_RESULTS)/soak.json.tmp
	mv $(LOAD_RESULTS)/soak.json.tmp $(LOAD_RESULTS)/soak.json
	./$(BIN) bench --render BENCHMARKS.json --out BENCHMARKS.md

fuzz:
	FUZZTIME=$(FUZZTIME) bash scripts/fuzz-all.sh
	OPML_CRASH_TRIALS=20 $(GO) test -count=1 -run TestChallengerCrash ./node

lint: gofmt vet staticcheck deadcode

vet:
	$(GO) vet ./...

# gofmt check over tracked + untracked-but-not-ignored .go files (testdata/
# excluded, as the go tool does); falls back to find(1) outside a git checkout.
gofmt:
	@files=$$( { git ls-files -co --exclude-standard -- '*.go' 2>/dev/null \
	            || find . -name '*.go' -not -path './.git/*'; } \
	          | { grep -v -E '(^|/)testdata/' || true; } \
	          | while IFS= read -r f; do if [ -f "$$f" ]; then printf '%s\n' "$$f"; fi; done ); \
	unformatted=$$(if [ -n "$$files" ]; then printf '%s\n' "$$files" | xargs -d '\n' gofmt -l; fi); \
	if [ -n "$$unformatted" ]; then \
	  echo "gofmt: these files are not formatted (run gofmt -w on them):"; \
	  printf '%s\n' "$$unformatted" | sed 's/^/  /'; \
	  exit 1; \
	fi; \
	echo "gofmt: ok"

# staticcheck with its default checks over every package except the abigen
# bindings (generated: their findings, such as errors.New("Unknown error"),
# can only be fixed in abigen). Justified exclusions go in staticcheck.conf,
# each with its reason.
staticcheck:
	@pkgs=$$($(GO) list ./... | grep -v -E '/contracts/(test)?bindings$$'); \
	$(STATICCHECK) $$pkgs; echo "staticcheck: ok"

# Functions that nothing reaches from a main or a test (generated files
# excepted): remove them. deadcode reports without failing, so any output
# fails here.
deadcode:
	@out=$$($(DEADCODE) -test ./...); \
	if [ -n "$$out" ]; then \
	  echo "deadcode: unreachable functions (remove them):"; printf '%s\n' "$$out" | sed 's/^/  /'; exit 1; \
	fi; echo "deadcode: ok"

demo: build
	./$(BIN) demo

demo-llm: build
	./$(BIN) demo --model lm

# Every test package that checks golden files through testkit/golden (which
# defines the -update flag), found from the test imports.
GOLDEN_PKGS = $(shell $(GO) list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... \
                | grep -F 'opml/testkit/golden' | grep -v '^github.com/opml-dev/opml/testkit/golden ' | cut -d' ' -f1)
update-golden:
	$(GO) test -count=1 $(GOLDEN_PKGS) -update

# ONNX's own backend tests through the importer, quantizer and VM: the
# table docs/onnx-conformance.md (pipeline/onnx/conformance). Needs the
# Debian package libonnx-testdata (.ci/run installs it); about a second.
onnx-conformance:
	$(GO) test -count=1 -run '^TestConformance$$' ./pipeline/onnx/conformance -update

# The fixture pipeline: fixtures/trained/*.onnx (trained in gorgonia on
# fixtures/mnist) -> fixtures/models/*.opml + cards + inputs -> golden results.
fixtures:
	$(GO) run ./fixtures/compile
	$(GO) test -count=1 ./fixtures -update

train-fixtures:
	$(GO) run ./fixtures/train
	$(MAKE) fixtures

# The language model of issue 15 (pipeline/lm), trained on the fortune files
# of Debian's fortunes package; writes fixtures/trained/lm.onnx and
# lm-training.json, then re-records the golden completions. Not run by CI.
FORTUNES ?= /usr/share/games/fortunes
train-lm: fortunes
	$(GO) run ./fixtures/lmtrain -fortunes $(FORTUNES)
	$(GO) test -count=1 -run TestTrainedLM ./pipeline/lm -update

# The fortune files (Debian package fortunes): the language model's
# training text and, in make bench (not QUICK), its held-out accuracy
# windows; without them opml bench falls back to the committed sample.
fortunes:
	@[ -d $(FORTUNES) ] || bash scripts/apt-install.sh fortunes
	@[ -d $(FORTUNES) ] || { echo "make fortunes: $(FORTUNES) is missing after installing fortunes" >&2; exit 1; }

clean:
	rm -rf bin bench.txt coverage.out coverage.html *.coverprofile
	find . -name '*.test' -type f -not -path './.git/*' -delete

# ---- contracts ----
# solc comes from npm (contracts/package.json pins it exactly; the lockfile
# pins its dependencies); abigen runs as a Go tool at go.mod's go-ethereum.
CONTRACT_GEN := contracts/artifacts contracts/bindings contracts/testbindings

contracts/node_modules/.package-lock.json: contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund --loglevel=error

npm-ci: contracts/node_modules/.package-lock.json

# The consumer kit (contracts/kit) is compiled twice: with the pinned solc in
# the build above, and alone with the oldest solc its pragma allows (the npm
# alias solc-0.8.20 in contracts/package.json), which must give the same ABIs.
contracts: npm-ci
	cd contracts && node scripts/compile.js
	cd contracts && node scripts/compile.js --oldest
	$(MAKE) bindings

bindings:
	@mkdir -p contracts/bindings contracts/testbindings
	$(GO) tool abigen --v2 --combined-json contracts/artifacts/combined.json --pkg bindings --out contracts/bindings/bindings.go
	$(GO) tool abigen --v2 --combined-json contracts/artifacts/combined-test.json --pkg testbindings --out contracts/testbindings/testbindings.go

# Regenerates every generated contract file and fails on any difference from
# what is committed (including new or deleted files).
check-contracts: contracts
	@if [ -n "$$(git status --porcelain -- $(CONTRACT_GEN))" ]; then \
	  echo "check-contracts: generated contract files differ from the committed ones (run make contracts and commit):"; \
	  git status --porcelain -- $(CONTRACT_GEN); git --no-pager diff --stat -- $(CONTRACT_GEN); exit 1; \
	fi; echo "check-contracts: ok"

# Gas of every contract call under the pinned rules (contracts/chainconfig);
# the markdown tables go to gas-*.md for BENCHMARKS.md.
gas:
	GAS_REPORT=$(CURDIR)/gas-verifier.md $(GO) test -count=1 -run 'TestGasReport' -v ./contracts/verifier | tee gas.txt
	GAS_REPORT=$(CURDIR)/gas-arbiter.md $(GO) test -count=1 -run 'TestGasReport' -v ./contracts/arbiter | tee -a gas.txt
