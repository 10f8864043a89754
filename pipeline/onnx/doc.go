// Package onnx imports float ONNX models as opml graphs (Decode, Load) and
// exports graphs as ONNX models (Encode). docs/onnx.md is the user's guide;
// this comment states the rules.
//
// # Import
//
// Decode accepts a ModelProto whose ai.onnx opset is 1 to 17 (MinOpset,
// MaxOpset; below 7 only the legacyOps, whose older definitions equal the
// ones imported), with exactly one graph input besides the initializers, a
// float tensor of rank 1 to 4 whose first dimension may be symbolic or
// unset (it becomes 1) and whose other dimensions are fixed, and exactly
// one graph output. A language model may have a second input named
// position_ids (bindPositionIDs, positions.go): it is bound to the
// constant positions 0..T−1 when it only indexes Gathers of constant
// tables (the rotary cos/sin), an error otherwise. Nodes are processed in a
// topological order (the file's when it is one). Initializers may be
// FLOAT, INT64 or INT32 (held as int64), in their typed field or raw_data;
// external data and sparse initializers are rejected.
//
// A graph input of INT64 or INT32 is token ids: the model is a language
// model, only Gathers of a constant table may read the ids, and plan
// (llm.go) recognizes the LLaMA-family subgraphs before the node-by-node
// import: embedding (Embed), RMSNorm and LayerNorm (Norm, their weight
// and bias folded into the MatMuls that read them), SwiGLU (GluMul) and
// attention (MatMul with group and causal mode, causal Softmax, Rope on
// Q and K; Q, K and V each a linear path from one source, evaluated
// symbolically). A region that fails its checks is imported node by node.
// docs/onnx.md, "Language models", lists the forms and checks.
//
// Ops (anything else, and any attribute not listed, is an error):
//
//   - Conv: constant weights and optional bias; pads, strides,
//     kernel_shape (must match the weights), auto_pad; group and
//     dilations as the dense convolution with zero weights across groups
//     and between dilated taps (denseConvWeights).
//   - Gemm: alpha, beta, transA 0 or 1 (a Gather transposes A), transB 0
//     or 1, constant B and C, A [M, K], C broadcast per column: Dense with
//     W = alpha·B' ([N, K]), B = beta·C.
//   - MatMul of two computed values [.., M, K] × [.., K, N]: Gathers
//     "<name>/a" and "<name>/b" to [P, M, N, K], a Mul "<name>/product" and
//     a Reduce sum over K (matMulComputed).
//   - MatMul of a computed [..., M, K] by a constant [K, N]: Dense with Bᵀ
//     over the rows (Reshape "<name>/rows" and "<name>/unrows" around it
//     unless the value is [M, K]).
//   - Add, Sub, Mul, Div: see folding below and Affine; of two computed
//     values (numpy broadcasting by Gathers "<name>/expand<k>") a graph
//     Add (Sub: of a Neg "<name>/neg") or Mul (Div: by a Reciprocal
//     "<name>/reciprocal"). LogSoftmax: ONNX's decomposition, steps
//     "<name>/max", "/shift", "/exp", "/sum", "/log".
//   - Relu; GlobalAveragePool; GlobalMaxPool (a MaxPool over the plane);
//     MaxPool (storage_order 0) and AveragePool with kernel_shape,
//     strides, pads, auto_pad, dilations 1, ceil_mode (1: the end padded
//     for the partial last window) and count_include_pad (1 with padding:
//     a Gather "<name>/pad" of zeros, then no padding; not with ceil_mode).
//   - Flatten, Reshape (constant shape; 0 copies the input dimension unless
//     allowzero=1, -1 is inferred), Squeeze, Unsqueeze, and a Transpose
//     that only moves size-1 axes: a graph Reshape of rank 1 to 4.
//   - The elementwise functions, reductions and data movement below.
//   - Softmax: see below.
//   - Identity, Dropout (inference: training_mode absent or a constant
//     false; ratio ignored), Cast to FLOAT of a computed value: aliases.
//   - BatchNormalization: folded (below); spatial 1 before opset 9,
//     training_mode 0 from opset 14, momentum ignored.
//   - Constant (value, value_float(s), value_int(s)); and, on constants
//     only, Transpose, Reshape, Flatten, Squeeze, Unsqueeze, Identity,
//     Add, Sub, Mul, Div (numpy broadcasting; integer Div truncates),
//     Relu, Shape (also of a computed value, whose shape is static; opset
//     15 start/end), Gather, Concat, Cast between float and integers.
//     PyTorch's x.view(x.size(0), -1) subgraph folds this way.
//
// Only the first output of a node is supported (Split aside: each output
// a Gather "<name>/<k>"); other outputs (MaxPool's
// Indices, Dropout's mask, BatchNormalization's training outputs) must be
// unused.
//
// # Folding
//
// A constant operand of Add, Sub, Mul or Div on a computed value v folds
// into the Conv or Dense node computing v, if v has no other consumer
// (Shape nodes aside) and is not the graph output, and the constant is a
// scalar or per output channel: after numpy right-alignment with v's shape
// ([1, C, H, W] or [1, C]) every dimension is 1 except possibly the channel
// axis, which is 1 or C, and its rank is at most v's. With k the constant
// as a C-vector, the node's weights W (rows = output channels) and bias B
// become:
//
//	v + k, k + v   B' = B + k          (B = 0 if absent)
//	v − k          B' = B − k
//	k − v          W' = −W, B' = k − B
//	v · k, k · v   W' = W·k, B' = B·k  (no bias stays no bias)
//	v / k          W' = W·(1/k), B' = B·(1/k); k must have no zero
//
// BatchNormalization(v; γ, β, μ, σ², ε) folds the same way, with
// s = γ/√(σ²+ε) computed in float64 per channel: W' = W·s and
// B' = (B − μ)·s + β, each rounded once to float32; σ²+ε must be positive.
// Where no Conv or Dense can absorb it, a BatchNormalization, or an Add,
// Sub, Mul or Div by a constant varying along one axis, is a node of its
// own with a diagonal weight matrix: a 1×1 Conv on the channels of an
// image [1, C, H, W], a Dense over the rows (Reshapes "<name>/rows" and
// "<name>/unrows" unless rank 2) on the last axis; other axes are an
// error. The folded node
// keeps its name and takes the folded op's output name.
//
// # Elementwise functions and reductions
//
// Every ONNX function of one input (Sigmoid, Tanh, Erf, Exp, Log, Sqrt,
// Neg, Abs, Reciprocal, Softplus, Softsign, Elu, Selu, LeakyRelu,
// HardSigmoid, HardSwish, ThresholdedRelu, Celu, Shrink, the trigonometric
// and hyperbolic functions and their inverses, Ceil, Floor, Round, Sign),
// Clip with constant bounds, PRelu with a constant scalar slope and Pow by
// a constant scalar exponent are a graph Unary of that graph.Fn; on a
// constant they fold. Add, Sub, Mul and Div of a computed value and a
// scalar constant that cannot fold into a Conv or Dense are a Unary Affine
// (α·x + β), merged into an Affine that computes the value and has no other
// use. Sum and Mean of computed values of one shape are graph Adds (Mean
// then an Affine by 1/n); Sum, Mean, Max and Min of one input are aliases.
// ReduceMax and ReduceMean and ReduceSum (separate axes first moved last by
// a Gather "<name>/transpose", the result reshaped by "<name>/reshape"; axes
// an attribute,
// or ReduceSum's input from opset 13; keepdims; noop_with_empty_axes) are
// a graph Reduce; ReduceMin, ReduceSumSquare, ReduceL1, ReduceL2,
// ReduceLogSum and ReduceLogSumExp are a Reduce between Unary nodes named
// "<name>/<step>" with values "<output>_<step>". A reduction to rank 0 is
// an error.
//
// # Data movement
//
// Transpose (where elements move), Slice, Pad (constant, edge, reflect),
// Expand, Tile, Concat (at most two computed inputs, not mixed with
// constants), Gather with constant indices, DepthToSpace and SpaceToDepth
// of computed values are one graph Gather each: the constant folding code
// runs on index tensors (each input's element numbers, the second offset
// by the first's count; Pad's fill −1) and its result is the index table.
// A Gather of a one-use Gather composes into it, and a one-use Reshape
// before or after a Gather is absorbed, so a chain is one Gather named
// after its first node.
//
// # 1-D windows
//
// Conv, ConvTranspose and the pools of a 1-D input [1, C, L] run as the
// 2-D op on the image [1, C, L, 1]: a Gather "<name>/to2d" (the VM holds
// images channel-last), window attributes widened with a trailing axis
// of size 1 (one value v → [v, 1], pads [b, e] → [b, 0, e, 0]), rank-3
// weights given a trailing 1, and a Gather "<name>/to1d" back.
//
// # ConvTranspose
//
// A 2-D ConvTranspose of batch 1 is the convolution it equals: a graph
// Gather "<name>/spread" (the input spread by the strides, padded or
// cropped by keff − 1 − pad, fill 0), then a stride-1 Conv by the kernel
// flipped in both spatial axes with its channel axes swapped per group
// (groups and dilations dense as for Conv). output_shape and SAME auto_pad
// resolve the pads as ONNX does (a negative total extends the output).
//
// # Resize
//
// Resize (opset 11+) and Upsample are a graph Dense over the rows
// [A, Π in] of the resized trailing axes ("<name>/rows", "<name>/unrows"),
// whose weights are the Kronecker product of each axis's interpolation
// matrix computed as ONNX's reference does (resizeMatrix).
// tf_crop_and_resize is an error.
//
// # Normalizations
//
// LayerNormalization (opset 17, stash_type 1) and InstanceNormalization are
// their definitions in steps "<name>/mean", "/centre", "/square",
// "/variance", "/epsilon", "/rsqrt", "/normalize", then the scale and bias
// as an Affine (single values) or axisAffine (along one axis).
//
// # Softmax axis
//
// A graph Softmax normalizes the last axis. Before opset 13 ONNX Softmax
// normalizes over the flattened axes from axis on (default 1): unless that
// is the last axis alone, it becomes Reshape [A, R] → Softmax → Reshape
// back. From opset 13 it normalizes the single axis (default -1): a graph
// Softmax when only axes of size 1 follow it, otherwise ONNX's
// decomposition exp(x − max)·(1/Σ) (softmaxInner).
//
// # auto_pad
//
// VALID is no padding. SAME_UPPER and SAME_LOWER give, per spatial axis,
// out = ceil(in / stride) and total = max(0, (out−1)·stride + kernel − in)
// padding, split as total/2 (rounded down) at the beginning for
// SAME_UPPER, rounded up for SAME_LOWER, and the rest at the end. Explicit
// non-zero pads together with auto_pad other than NOTSET are an error.
//
// # Names
//
// Graph values are named after ONNX values: a folded or aliased value
// takes the later ONNX name where its producer has no other consumer. An
// unnamed node is named "<op>_<index>" (its position in the file); a
// flattened Softmax adds nodes "<name>/flatten" and "<name>/unflatten" and
// values "<output>_flat" and "<output>_softmax".
// Nodes that do not contribute to the output are dropped.
//
// # Export
//
// Encode writes ai.onnx opset 14, IR version 7, weights as raw_data
// initializers named "<node>.weight", "<node>.bias", "<node>.shape", and
// standard ops only: Conv, Gemm (transB=1) for Dense, Add, Relu, MaxPool,
// AveragePool, GlobalAveragePool, Reshape (int64 shape initializer),
// Softmax (axis=-1). Zero Strides are written as no strides attribute,
// zero Pads as no pads attribute, so Decode(Encode(g)) equals g for every
// valid g with a non-empty name, non-empty node names, Strides both zero or
// both set, and no node that does not reach the output.
//
// # Tensors
//
// DecodeTensor reads a serialized FLOAT TensorProto (the input and output
// files of ONNX's backend tests) with the initializer decoder and its
// limits.
//
// # Guarantees
//
// Decode, DecodeTensor and Encode are deterministic: the same input gives
// the same graph, tensor or bytes, bit for bit, on every platform (folding
// rounds with explicit conversions, so no fused multiply-add changes a
// result). Decode and DecodeTensor never panic on any input (FuzzDecode, FuzzDecodeMutated) and bounds what it
// allocates by the input's size; every error is prefixed "onnx: ", and an
// error about one node is a *NodeError naming the node, its op and, where
// the problem is an attribute, the attribute and its value. Decode and
// Encode keep no state between calls and are safe for concurrent use; the
// returned graph belongs to the caller.
package onnx
