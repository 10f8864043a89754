// Package reference is opml's float reference: it executes any
// graph.Graph in float32 with gorgonia (gorgonia.org/gorgonia v0.9.18), and
// trains graphs with gorgonia's automatic differentiation. The quantizer
// calibrates on the values Run returns; the fixture models are trained by
// Train (see fixtures/train).
//
// Execution. Run and Runner return every value of the graph (the input and
// each node's output) by name. NewRunner compiles a graph once for batch
// size 1 into a gorgonia tape machine and can be run repeatedly. The ops
// map onto gorgonia as follows (ONNX semantics, graph package docs):
//
//   - Conv: gorgonia.Conv2d (im2col and a matrix product) plus BroadcastAdd
//     of the bias. Conv2d pads symmetrically only; asymmetric pads are
//     applied first by concatenating zero blocks (gorgonia.Concat).
//
//   - Dense: gorgonia.Mul of x [1, K] by Wᵀ [K, N] (held transposed) plus
//     BroadcastAdd of the bias.
//
//   - Add: gorgonia.Add. Relu: gorgonia.Rectify. Reshape: gorgonia.Reshape.
//
//   - Softmax: gorgonia.SoftMax over the last axis (max-subtracted; with a
//     batch > 1, as in training, gorgonia v0.9.18 subtracts a value that is
//     not each row's maximum, which can only cost numerical range — the
//     training loss therefore does not use it, see below).
//
//   - MaxPool: composed, the channels as a batch of one-channel images,
//     -Inf padding by concatenation, gorgonia.Im2Col and gorgonia.Max over
//     each window. gorgonia's MaxPool2D is not used: with four explicit
//     pads it offsets windows by the bottom/right pads, and its gradient
//     panics on a window of NaNs.
//
//   - AvgPool (count_include_pad = 0): composed, zero padding, Im2Col,
//     gorgonia.Sum over each window, gorgonia.HadamardDiv by a constant
//     tensor of the number of window taps inside the input. gorgonia's
//     AveragePool2D divides by the input width and cannot be used.
//
//   - GlobalAvgPool: the same composition with one window covering the
//     plane (gorgonia's GlobalAveragePool2D has no gradient, and Mean over
//     two axes mis-reduces some shapes in v0.9.18).
//
//   - Unary: a gorgonia op (unaryOp) applying graph.Fn.Eval to every
//     element, in float64 rounded once to float32. gorgonia v0.9.18 lacks
//     most of these functions (Erf, the inverse trigonometric ones, Elu,
//     …), and Fn.Eval is the one definition the quantizer also tabulates.
//     It has no gradient; Train rejects it.
//
//   - Reduce: reshaped to [A, R, B] (graph.ReduceSplit), gorgonia.Max or
//     gorgonia.Sum over axis 1, HadamardProd by 1/R for the mean.
//
//   - Mul: gorgonia.HadamardProd. Max, Min: a gorgonia op (pairOp):
//     gorgonia's Max and Min are reductions only.
//
//   - Gather: a gorgonia op (gatherOp) copying elements by the node's
//     index table; gorgonia v0.9.18 has no gather by a table.
//
//   - Embed, MatMul (two computed values, grouped, causal), Norm, Rope,
//     GluMul and the causal Softmax (llm.go): kernelOps evaluating the
//     graph package's definitions directly, accumulating in float64;
//     gorgonia has no op with their grouping, masks or table lookup. An
//     Embed's ids are the float32 input values and must be integers.
//
// No other op is implemented as a hand-written float kernel.
//
// Training. Train minimizes the mean cross-entropy of a graph's output
// Softmax with gorgonia's Adam solver on minibatches (the gorgonia graph
// is built with batch dimension > 1; the trained weights are written back
// into the graph.Graph). The loss is a numerically stable log-softmax of
// the Softmax input composed from Max, Sub, Exp, Sum and Log. MLP and CNN
// build the fixture architectures and InitWeights initializes weights
// deterministically.
//
// Guarantees:
//
//   - Errors are prefixed "reference: ". A graph is validated with
//     graph.Shapes (and non-finite weights, inputs and training examples
//     are rejected) before gorgonia sees it; panics of gorgonia while a
//     graph is built or compiled are recovered and returned as errors.
//     gorgonia executes a tape in its own goroutine, where a panic could
//     not be recovered: validation is what keeps bad graphs from reaching
//     it, and no op used panics on finite or NaN data.
//   - Determinism: execution and training are deterministic for a given
//     Go toolchain and platform (gorgonia's tape machine runs sequentially;
//     its parallel kernels write disjoint outputs; training order and
//     initialization come from seeded PCG generators). Results may differ
//     in the last bits across platforms (e.g. fused multiply-add on arm64):
//     this is a float reference, not the consensus VM.
//   - Concurrency: Run may be called concurrently. A Runner serializes its
//     own calls and owns a copy of the graph taken by NewRunner. Graph
//     construction is serialized internally (gorgonia shares package-level
//     state while building graphs). Train mutates only the graph it is
//     given.
//   - Values are copied out of gorgonia: returned tensors are the caller's.
//
// No logging unless a TrainConfig.Logf is given; no I/O.
package reference
