// Package ops defines the operations of the opml VM: the tensor descriptor,
// the fixed 128-byte op descriptor, the op table, and for every op its static
// validation, its static step schedule, its micro-step semantics (one bounded
// step reading and writing a few 32-byte memory leaves through Mem) and its
// fast path (the whole op over flat memory).
//
// docs/spec.md §4–§6 is the normative text. The Solidity step verifier
// (contracts/src/vm/ops) mirrors this package exactly, file for file:
// tensor.go, desc.go, kernel.go and one file per op family (gemm.go,
// pool.go, elementwise.go, reshape.go, softmax.go, lut.go, gather.go,
// binary.go, matmul.go, embed.go, norm.go, rope.go, glumul.go), each naming
// its twin in a comment below its imports.
//
// File layout. A mirrored file X.go holds only the step semantics its
// Solidity twin holds (validation, schedule, micro-step and their helpers).
// Everything only the Go side has is in X_offchain.go beside it: the fast
// path (run, and its dense and sparse dot-product kernels), writtenThrough
// (which lets a trace rebuild memory without replaying an op), the
// model-loading data rules (validateData), op names, and the encoders of the
// formats the verifier decodes. The kernel interface is split the same way:
// kernel declares the mirrored methods and embeds offchainKernel
// (kernel_offchain.go) for the rest. vm/mirror_test.go checks the layout and
// the function-for-function correspondence against the Solidity sources;
// its table is the place to record a renamed, inlined or one-sided
// function, and a new Solidity file (for example a contract that only
// dispatches to op libraries, which it lists as dispatch-only).
//
// Fast-path kernels. Gemm and MatMul compute their dot products with three
// int8-sized operands packed into each int64 word (21-bit lanes, one
// multiplication serving three output elements, two input rows per pass;
// type packed in gemm_offchain.go): every lane's partial sum stays below
// 2^20 in magnitude because the sums are unpacked after a block of terms
// sized from the operands' bound, and the unpacked sums add up exactly in
// int64, whose low 32 bits are the step semantics' wrapped int32 sum.
// Requantization, division by a row's sum or root, and the output clamp
// use the branch-free forms of vm/fixedpoint (Requantizer, Output,
// DivRounder); elementwise ops look per-byte rescalings up in 256-entry
// tables made once per run.
//
// Guarantees: integer-only and deterministic; every function is total on
// validated descriptors and never panics on any input a validated descriptor
// admits; the fast path of an op leaves memory exactly as running all its
// micro-steps in schedule order does (tested by property and fuzz tests in
// package vm). Nothing here keeps state: safe for concurrent use as long as
// callers do not share the memory they pass in.
package ops
