#!/usr/bin/env bash
# Regenerate onnx.pb.go from onnx.proto. Needed only when onnx.proto
# changes: building and testing use the committed onnx.pb.go and need no
# protoc.
#
# Requires protoc (Debian: apt-get install protobuf-compiler). protoc-gen-go
# is built from google.golang.org/protobuf at the version go.mod pins, so
# the generated code matches the runtime the module links.
#
# Usage: bash pipeline/onnx/internal/onnxpb/regen.sh   (or go generate ./pipeline/onnx/internal/onnxpb)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

# onnx.proto is upstream's file, unmodified (see PROVENANCE.md).
want=a96f50c0fe1ff9180b6025843d4f7efcf53b024c83db55a36cd24a1e44345182
got=$(sha256sum onnx.proto | cut -d' ' -f1)
if [[ "$got" != "$want" ]]; then
	echo "regen.sh: onnx.proto sha256 is $got, PROVENANCE.md records $want;" >&2
	echo "regen.sh: update PROVENANCE.md and this script when replacing onnx.proto" >&2
	exit 1
fi

if ! command -v protoc >/dev/null 2>&1; then
	echo "regen.sh: protoc not found (Debian: apt-get install protobuf-compiler)" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/protoc-gen-go" google.golang.org/protobuf/cmd/protoc-gen-go

# The Go package is given with M= so that onnx.proto stays byte-identical
# to upstream (it has no go_package option).
protoc --plugin=protoc-gen-go="$tmp/protoc-gen-go" \
	--proto_path=. \
	--go_out=. --go_opt=paths=source_relative \
	--go_opt=Monnx.proto=github.com/opml-dev/opml/onnx/internal/onnxpb \
	onnx.proto
gofmt -l onnx.pb.go | (! grep .) || { echo "regen.sh: onnx.pb.go is not gofmt-clean" >&2; exit 1; }
echo "regen.sh: wrote onnx.pb.go ($(protoc --version))"
