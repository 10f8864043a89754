// Package quantize turns a float graph (package graph) into a VM model:
// post-training int8 quantization calibrated on sample inputs, in the
// gemmlowp/TFLite scheme the VM implements (docs/spec.md §2, §6), and the
// NCHW-to-HWC lowering onto the VM's ops. It also writes the model card
// (package modelcard) that maps floats onto the model's int8 input and
// output.
//
// The scheme (docs/quantization.md): activations per tensor, asymmetric
// int8, ranges from the calibration samples by min/max or by percentile;
// weights per output channel, symmetric int8 (zero point 0, ±127); biases
// int32 at scale S_in·S_w[c]; every rescale a (multiplier, shift) pair with
// the multiplier in [2^30, 2^31). ReLU after Conv, Dense or Add is fused
// as the lower clamp. Pools, ReLU and Reshape keep their input's
// quantization; Softmax outputs scale 1/256, zero point −128 through an exp
// table computed here. Every elementwise function (graph.Unary) is a Lut
// op whose 256-entry table maps each input code through the function to
// the output's quantization (TFLite's LUT construction), refused when the
// input's step makes its error exceed 5% of the output's range; a Reduce
// is a pool over the [A, R, B] view of its input. Values that are not
// images are held in ONNX's row-major order, any rank up to 4.
//
// Guarantees: Compile is deterministic (the same graph, samples and options
// give the same model bytes on every platform: float arithmetic here is
// IEEE-754 float64 without fused operations that could differ); it
// returns an error prefixed "quantize: " naming the node for anything it
// cannot lower exactly (never a silently different model) and never
// panics. Safe for concurrent use with distinct arguments.
package quantize
