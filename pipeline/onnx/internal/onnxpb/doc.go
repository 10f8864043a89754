// Package onnxpb holds the Go types of the ONNX protobuf schema, generated
// by protoc-gen-go (google.golang.org/protobuf) from onnx.proto of ONNX
// v1.12.0 (IR version 8, opsets up to 17), kept byte-identical to upstream
// with its Apache-2.0 SPDX header. PROVENANCE.md records where the file
// came from and its sha256; regen.sh regenerates onnx.pb.go (it needs
// protoc; building and testing do not).
//
// The package is internal: opml's public ONNX API is package onnx, and
// tests outside it build models with package pipeline/onnx/onnxbuild.
//
// The file registers proto package "onnx" (file "onnx.proto") in the
// global protobuf registry; a binary must not link a second copy of the
// ONNX schema under the same names.
package onnxpb

//go:generate bash regen.sh
