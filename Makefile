# opml build / test entry points. `make help` lists targets.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
MAKEFLAGS += --no-print-directory

GO       ?= go
FUZZTIME ?= 10s
BIN      := bin/opml

.PHONY: all help build test test-arm64 bench fuzz lint demo update-golden clean

all: build

help:
	@echo "make build          go build ./... and $(BIN)"
	@echo "make test           go test ./..., lint, arm64 tests under qemu"
	@echo "make test-arm64     VM/fixtures tests cross-compiled for linux/arm64, run under qemu (ARM64_TEST_FLAGS=...)"
	@echo "make bench          benchmarks, also written to bench.txt"
	@echo "make fuzz           every Fuzz* target for FUZZTIME each (FUZZTIME=$(FUZZTIME))"
	@echo "make lint           go vet + gofmt check"
	@echo "make demo           run the CLI on the fixture models"
	@echo "make update-golden  regenerate golden files (go test -update)"
	@echo "make clean"

build:
	$(GO) build ./...
	$(GO) build -o $(BIN) ./cmd/opml

test:
	$(GO) test -count=1 ./...
	$(MAKE) lint
	$(MAKE) test-arm64

test-arm64:
	bash scripts/test-arm64.sh

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./... | tee bench.txt

fuzz:
	FUZZTIME=$(FUZZTIME) bash scripts/fuzz-all.sh

# gofmt check over tracked + untracked-but-not-ignored .go files (testdata/
# excluded, as the go tool does); falls back to find(1) outside a git checkout.
lint:
	$(GO) vet ./...
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

demo: build
	./$(BIN) run --model fixtures/models/mlp.opml --input fixtures/inputs/mlp_input.json
	./$(BIN) run --model fixtures/models/cnn.opml --input fixtures/inputs/cnn_input.json

# Every test package under vm/ and fixtures/ checks golden files through
# internal/golden, which defines the -update flag.
update-golden:
	$(GO) test -count=1 ./vm/... ./fixtures/... -update

clean:
	rm -rf bin bench.txt coverage.out coverage.html *.coverprofile
	find . -name '*.test' -type f -not -path './.git/*' -delete
