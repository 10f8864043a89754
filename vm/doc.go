// Package vm is the opml virtual machine: the state and its hash, the pure
// step function Step(state, witness) that the onchain arbiter mirrors, and
// Trace, which runs a model on the fast path and answers StateAt(t) and
// ProveStep(t) from sparse checkpoints at op boundaries (each op's output,
// and a full RAM tree at the boundaries of CheckpointPlan). A model's input is int8
// (EncodeInput, Execute, NewTrace) or, in format version 2, int32 token ids
// (EncodeInputInt32, ExecuteInt32, NewTraceInt32); each encoder takes only
// the values of its model's input type.
//
// docs/spec.md is the normative definition. The Solidity step verifier
// (contracts/src/vm) mirrors the VM exactly, file for file and function for
// function (spec §1.4): state.go, witness.go, step.go, mem.go and errors.go
// here, and the files of vm/ops, vm/model (header.go), vm/merkle
// (merkle.go) and vm/fixedpoint. A mirrored file X.go holds only what its
// Solidity twin holds; what only Go has lives in X_offchain.go beside it
// (here the witness encoder) or in Go-only files (trace.go, execute.go,
// input.go, stepvector.go). mirror_test.go holds the table of twins and
// checks it against both trees in both directions.
//
// Step rejects a witness that does not prove what the step reads with a
// *RejectError whose Reason is named exactly after the custom error the
// onchain verifier reverts with for the same input, with the same arguments
// (errors.go, contracts/src/vm/Errors.sol, spec §7.4); errors.Is(err,
// ErrWitness) holds for all of them. DecodeState rejects a non-state with
// ReasonBadPreState.
//
// Guarantees: integer-only and bit-exactly deterministic on every platform
// (no floats, clocks, goroutines, I/O or randomness; enforced by
// purity_test.go). Step is a pure function of its arguments, never panics,
// and returns an error only when the witness does not prove the accesses the
// step needs; the reason is the first failing check in the order of spec
// §7.2–§7.3, a function of the input. The number of steps N of a model is a
// pure function of its program. A Trace is not safe for concurrent use; a
// Model is.
package vm
