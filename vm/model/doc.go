// Package model defines the opml model: its header, the model ID that
// commits to it, the versioned binary model file, and a Builder that lays out
// tensors in RAM and constants in the weights region.
//
// A model is a program (op descriptors, in order) plus a weights region
// (32-byte leaves of int8 weights, per-channel records, exp tables, Lut
// tables and Gather index tables). The
// model ID is the root of a depth-3 Merkle tree over eight leaves: the three
// header leaves, a zero leaf, the program root, the weights root and two zero
// leaves (docs/spec.md §3). The file and header carry one version, 1 or 2
// (version 2 adds the Lut, Gather, Mul, Max, Min and MatMul ops, the causal Softmax, the transformer
// ops Embed, Norm, Rope and GluMul, and an int32 input,
// Builder.InputInt32, for token ids); New and the Builder write the
// lowest version that expresses the input and the program (MinVersion), so
// a model with an int8 input and none of those ops is a version-1 file
// (docs/spec.md §3.6, decision 16). header.go (decoding, the header rules, the
// model ID) is mirrored function for function by contracts/src/vm/Header.sol;
// the rest is Go-only (vm/doc.go).
//
// Guarantees: Decode never panics and rejects every malformed or
// non-canonical file with an error prefixed "model: "; a decoded model is
// valid (every op passes ops.Desc.Validate and ValidateData, and the model
// rules M4–M6 of docs/spec.md §3.6 hold) and Encode returns exactly the
// bytes it was decoded from. A Model is immutable after
// construction and safe for concurrent reads. Integer-only, no I/O.
package model
