// Package ops defines the operations of the opml VM: the tensor descriptor,
// the fixed 128-byte op descriptor, the op table, and for every op its static
// validation, its static step schedule, its micro-step semantics (one bounded
// step reading and writing a few 32-byte memory leaves through Mem) and its
// fast path (the whole op over flat memory).
//
// docs/spec.md §4–§6 is the normative text; the Solidity step verifier mirrors
// each op family file one for one (gemm.go, pool.go, elementwise.go,
// reshape.go, softmax.go).
//
// Guarantees: integer-only and deterministic; every function is total on
// validated descriptors and never panics on any input a validated descriptor
// admits; the fast path of an op leaves memory exactly as running all its
// micro-steps in schedule order does (tested by property and fuzz tests in
// package vm). Nothing here keeps state: safe for concurrent use as long as
// callers do not share the memory they pass in.
package ops
