// Package randmodel generates small random VM models for tests and fuzz
// targets: every op family, with the shapes that matter (one element,
// partial last leaves, exact leaf multiples, multi-leaf channels, zero
// sizes), padding taps, in-place ReLU and Add, int32 Argmax outputs (also
// reshaped) and programs deep enough that op proofs have siblings.
//
// Guarantees: Model is a pure function of the generator's state, so a seed
// names a model on every platform; every model it returns without error is
// valid (model.New / Builder.Build accepted it). Not for production use: it
// exists so that the VM tests and the Go-vs-EVM differential tests draw from
// one generator. Safe for concurrent use with distinct *rand.Rand values.
package randmodel
