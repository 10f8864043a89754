// Package graph is opml's float model representation: a small, normalized
// inference graph that the ONNX importer produces, the gorgonia float
// reference executes and trains, and the quantizer lowers to a VM model.
//
// A Graph has one input and one output, values of rank 1 to 4 (MaxRank),
// NCHW layout with batch size 1 where an op has image semantics (Conv and
// the pools; as ONNX), and float32 constants. Unary applies one of a
// closed set of elementwise functions (Fn), each defined once by Fn.Eval. Its nodes are in execution order and only
// use the ops of this package, already normalized: ONNX's Constant,
// Identity, BatchNormalization, Transpose of constants, Sub and Mul by
// constants and constant biases are folded away by the importer, Gemm and
// MatMul are one Dense op with weights [out, in], and every attribute is
// resolved (no auto_pad, no -1 or 0 in a Reshape shape).
//
// The language-model ops (llm.go) are Embed (token ids, the integer graph
// input marked by InputInt, to rows of a table), MatMul of two computed
// values (grouped heads, causal modes, a scale), Norm (RMS or Layer over
// the last axis), Rope (interleaved pairs, per-row cos/sin), GluMul
// (silu(a)·b) and the causal Softmax.
//
// Guarantees: Validate checks a graph completely (shapes, weights sizes,
// references, acyclicity by construction, at most MaxElements elements in
// every value and weight tensor) and returns an error prefixed
// "graph: " naming the node; Shapes infers every value's shape. A Graph is
// a plain value: not safe for concurrent mutation, safe for concurrent
// reads. No I/O.
package graph
