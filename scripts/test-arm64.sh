#!/usr/bin/env bash
# Cross-compile the test binaries of the VM (and fixtures) packages for
# linux/arm64 and run them under qemu user-mode emulation.
#
# The VM must give bit-identical results on every architecture; running its
# tests on arm64 catches anything that silently depends on amd64 behaviour.
#
# Usage: scripts/test-arm64.sh [package patterns...]   (default: ./vm/... ./fixtures/... ./pipeline/onnx/... ./pipeline/modelcard/...)
# Env:   ARM64_TEST_FLAGS  extra flags for the test binaries, e.g. "-test.run=TestMatMul -test.v"
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

qemu=""
for cand in qemu-aarch64-static qemu-aarch64; do
	if command -v "$cand" >/dev/null 2>&1; then
		qemu=$(command -v "$cand")
		break
	fi
done
if [[ -z "$qemu" ]]; then
	echo "test-arm64: qemu-aarch64 not found; install Debian's qemu-user-static (.ci/run does)" >&2
	exit 1
fi

if [[ $# -gt 0 ]]; then
	patterns=("$@")
else
	# Only pass patterns whose directory exists: `go list ./missing/...` is an error.
	patterns=()
	for p in ./vm/... ./fixtures/... ./pipeline/onnx/... ./pipeline/modelcard/...; do
		[[ -d "${p%/...}" ]] && patterns+=("$p")
	done
fi
if [[ ${#patterns[@]} -eq 0 ]]; then
	echo "test-arm64: no packages to test (no vm/ or fixtures/ directory)"
	exit 0
fi

# "<import path>\t<dir>" for every package that has test files.
pkgs=$(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{"\t"}}{{.Dir}}{{end}}' "${patterns[@]}")
if [[ -z "$pkgs" ]]; then
	echo "test-arm64: no packages with tests in ${patterns[*]}"
	exit 0
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/opml-arm64.XXXXXX")
trap 'rm -rf "$tmpdir"' EXIT

extra=()
verbose=false
if [[ -n "${ARM64_TEST_FLAGS:-}" ]]; then
	read -r -a extra <<<"$ARM64_TEST_FLAGS"
	for f in "${extra[@]}"; do
		case "$f" in
		-test.v | --test.v | -test.v=true | --test.v=true | -test.v=test2json) verbose=true ;;
		esac
	done
fi

echo "test-arm64: using $qemu ($("$qemu" --version | head -n1))"

failed=()
while IFS=$'\t' read -r pkg dir; do
	[[ -n "$pkg" ]] || continue
	bin="$tmpdir/${pkg//\//_}.test"
	if ! CGO_ENABLED=0 GOOS=linux GOARCH=arm64 go test -c -o "$bin" "$pkg"; then
		printf 'arm64 FAIL\t%s\t(build failed)\n' "$pkg"
		failed+=("$pkg")
		continue
	fi
	log="$tmpdir/${pkg//\//_}.log"
	start=$SECONDS
	# Run from the package directory, like `go test` does, so relative
	# testdata/ and ../fixtures paths resolve.
	if (cd "$dir" && "$qemu" "$bin" -test.short -test.count=1 -test.v=false ${extra[@]+"${extra[@]}"}) >"$log" 2>&1; then
		if $verbose; then cat "$log"; fi
		printf 'arm64 ok  \t%s\t%ds\n' "$pkg" "$((SECONDS - start))"
	else
		echo "----- arm64 test output: $pkg -----"
		cat "$log"
		echo "-----"
		printf 'arm64 FAIL\t%s\t%ds\n' "$pkg" "$((SECONDS - start))"
		failed+=("$pkg")
	fi
done <<<"$pkgs"

if [[ ${#failed[@]} -gt 0 ]]; then
	echo "test-arm64: FAILED: ${failed[*]}" >&2
	exit 1
fi
