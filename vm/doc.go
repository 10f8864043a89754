// Package vm is the opml virtual machine: the state and its hash, the pure
// step function Step(state, witness) that the onchain arbiter mirrors, and
// Trace, which runs a model on the fast path and answers StateAt(t) and
// ProveStep(t) from checkpoints at op boundaries.
//
// docs/spec.md is the normative definition. The Solidity step verifier
// mirrors state.go, witness.go and step.go function for function.
//
// Guarantees: integer-only and bit-exactly deterministic on every platform
// (no floats, clocks, goroutines, I/O or randomness; enforced by
// purity_test.go). Step is a pure function of its arguments, never panics,
// and returns an error only when the witness does not prove the accesses the
// step needs. The number of steps N of a model is a pure function of its
// program. A Trace is not safe for concurrent use; a Model is.
package vm
