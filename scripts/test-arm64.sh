#!/usr/bin/env bash
# Run the tests of the VM (and fixtures, ONNX and model-card) packages
# cross-compiled for linux/arm64 under qemu user-mode emulation: one
# `go test -exec qemu-aarch64` over the packages, -short, uncached.
#
# The VM must give bit-identical results on every architecture; running its
# tests on arm64 catches anything that silently depends on amd64 behaviour.
# go test -exec runs each test binary in its package directory, as a native
# run does, so relative testdata/ and ../fixtures paths resolve.
#
# Usage: scripts/test-arm64.sh [package patterns...]   (default: ./vm/... ./fixtures/... ./pipeline/onnx/... ./pipeline/modelcard/...)
# Env:   ARM64_TEST_FLAGS  extra go test flags, e.g. "-run=TestMatMul -v"
#                          (the test binary's -test.run=... spellings work too)
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
	# Only pass patterns whose directory exists: `go test ./missing/...` is an error.
	patterns=()
	for p in ./vm/... ./fixtures/... ./pipeline/onnx/... ./pipeline/modelcard/...; do
		[[ -d "${p%/...}" ]] && patterns+=("$p")
	done
fi
if [[ ${#patterns[@]} -eq 0 ]]; then
	echo "test-arm64: no packages to test (no vm/ or fixtures/ directory)"
	exit 0
fi

extra=()
if [[ -n "${ARM64_TEST_FLAGS:-}" ]]; then
	read -r -a extra <<<"$ARM64_TEST_FLAGS"
fi

echo "test-arm64: using $qemu ($("$qemu" --version | head -n1))"
# -exec runs every test binary as `$qemu binary flags...`; -count=1: an
# emulated run is the point, never a cached result.
CGO_ENABLED=0 GOOS=linux GOARCH=arm64 go test -exec "$qemu" -short -count=1 \
	${extra[@]+"${extra[@]}"} "${patterns[@]}"
