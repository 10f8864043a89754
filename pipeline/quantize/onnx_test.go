package quantize_test

import (
	"hash/crc32"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx"
	"github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
)

func floats(r *rand.Rand, n int, scale float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = (r.Float32()*2 - 1) * scale
	}
	return v
}

func positive(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = 0.5 + r.Float32()
	}
	return v
}

// onnxCases are hand-built ONNX graphs, one per supported op and attribute
// family, each small enough to compile and check in milliseconds.
func onnxCases(r *rand.Rand) map[string][]byte {
	I := onnxbuild.Int
	Is := onnxbuild.Ints
	S := onnxbuild.String
	return map[string][]byte{
		// A transformer block's pieces: LayerNormalization over the last
		// axis, a MatMul of the rows, GELU as torch decomposes it, a
		// residual Add, a Split and a Concat of the halves swapped.
		"layernorm_matmul_gelu_residual_split": onnxbuild.New(17).Input("x", 1, 4, 8).
			Init("g", []int64{8}, positive(r, 8)).Init("bt", []int64{8}, floats(r, 8, 0.2)).
			Init("w", []int64{8, 8}, floats(r, 64, 0.4)).Init("sq2", nil, []float32{1.4142135}).
			Init("one", nil, []float32{1}).Init("half", nil, []float32{0.5}).InitInt64("sp", []int64{2}, 4, 4).
			Node("LayerNormalization", "ln", []string{"x", "g", "bt"}, []string{"n"}, I("axis", -1), onnxbuild.Float("epsilon", 1e-5)).
			Node("MatMul", "mm", []string{"n", "w"}, []string{"h"}).
			Node("Div", "d", []string{"h", "sq2"}, []string{"hd"}).Op("Erf", "erf", "hd", "e").
			Node("Add", "e1", []string{"e", "one"}, []string{"ep"}).Node("Mul", "m", []string{"h", "ep"}, []string{"hm"}).
			Node("Mul", "m2", []string{"hm", "half"}, []string{"gelu"}).
			Node("Add", "res", []string{"x", "gelu"}, []string{"r"}).
			Node("Split", "split", []string{"r", "sp"}, []string{"lo", "hi"}, I("axis", 2)).
			Node("Concat", "cat", []string{"hi", "lo"}, []string{"y"}, I("axis", 2)).Output("y").Bytes(),
		// Attention: scores Q·Kᵀ of two computed values, a Softmax over the
		// keys, the weighted sum of V.
		"attention_matmul_of_activations": onnxbuild.New(13).Input("x", 1, 4, 6).
			Init("wq", []int64{6, 4}, floats(r, 24, 0.5)).Init("wk", []int64{6, 4}, floats(r, 24, 0.5)).Init("wv", []int64{6, 4}, floats(r, 24, 0.5)).
			Node("MatMul", "q", []string{"x", "wq"}, []string{"q"}).Node("MatMul", "k", []string{"x", "wk"}, []string{"k"}).
			Node("MatMul", "v", []string{"x", "wv"}, []string{"v"}).
			Node("Transpose", "kt", []string{"k"}, []string{"kt"}, Is("perm", 0, 2, 1)).
			Node("MatMul", "s", []string{"q", "kt"}, []string{"s"}).Node("Softmax", "sm", []string{"s"}, []string{"p"}, I("axis", -1)).
			Node("MatMul", "o", []string{"p", "v"}, []string{"y"}).Output("y").Bytes(),
		"conv_bias_pads_relu": onnxbuild.New(13).Input("x", -1, 2, 7, 6).
			Init("w", []int64{4, 2, 3, 3}, floats(r, 72, 0.5)).Init("b", []int64{4}, floats(r, 4, 0.2)).
			Node("Conv", "conv", []string{"x", "w", "b"}, []string{"c"}, Is("pads", 1, 0, 1, 2), Is("strides", 1, 2)).
			Op("Relu", "relu", "c", "y").Output("y").Bytes(),
		"conv_nobias_plus_bias_same_upper": onnxbuild.New(11).Input("x", 1, 3, 7, 7).
			Init("w", []int64{5, 3, 2, 2}, floats(r, 60, 0.5)).Init("b", []int64{1, 5, 1, 1}, floats(r, 5, 0.3)).
			Node("Conv", "conv", []string{"x", "w"}, []string{"c"}, S("auto_pad", "SAME_UPPER"), Is("strides", 2, 2)).
			Node("Add", "bias", []string{"c", "b"}, []string{"y"}).Output("y").Bytes(),
		"conv_same_lower_valid": onnxbuild.New(9).Input("x", 1, 1, 6, 5).
			Init("w1", []int64{3, 1, 3, 2}, floats(r, 18, 0.5)).Init("w2", []int64{2, 3, 2, 2}, floats(r, 24, 0.5)).
			Node("Conv", "c1", []string{"x", "w1"}, []string{"a"}, S("auto_pad", "SAME_LOWER")).
			Node("Conv", "c2", []string{"a", "w2"}, []string{"y"}, S("auto_pad", "VALID")).Output("y").Bytes(),
		"gemm_alpha_beta_transb": onnxbuild.New(13).Input("x", 1, 12).
			Init("w", []int64{5, 12}, floats(r, 60, 0.5)).Init("c", []int64{5}, floats(r, 5, 0.3)).
			Node("Gemm", "fc", []string{"x", "w", "c"}, []string{"y"}, I("transB", 1), onnxbuild.Float("alpha", 0.5), onnxbuild.Float("beta", 2)).
			Output("y").Bytes(),
		"matmul_add_sub_mul": onnxbuild.New(13).Input("x", 1, 10).
			Init("w", []int64{10, 6}, floats(r, 60, 0.5)).Init("b", []int64{6}, floats(r, 6, 0.2)).
			Init("s", []int64{6}, positive(r, 6)).Init("d", []int64{1}, []float32{0.25}).
			Node("MatMul", "mm", []string{"x", "w"}, []string{"a"}).Node("Add", "add", []string{"a", "b"}, []string{"b1"}).
			Node("Mul", "mul", []string{"b1", "s"}, []string{"m"}).Node("Sub", "sub", []string{"m", "d"}, []string{"y"}).
			Output("y").Bytes(),
		"maxpool_pads_same_upper": onnxbuild.New(12).Input("x", 1, 3, 7, 6).
			Node("MaxPool", "p1", []string{"x"}, []string{"a"}, Is("kernel_shape", 3, 2), Is("pads", 1, 0, 1, 1), Is("strides", 2, 1)).
			Node("MaxPool", "p2", []string{"a"}, []string{"y"}, Is("kernel_shape", 2, 2), S("auto_pad", "SAME_UPPER"), Is("strides", 2, 2)).
			Output("y").Bytes(),
		"averagepool_global_flatten_softmax": onnxbuild.New(13).Input("x", 1, 4, 6, 6).
			Node("AveragePool", "p", []string{"x"}, []string{"a"}, Is("kernel_shape", 3, 3), Is("pads", 1, 1, 1, 1), Is("strides", 2, 2)).
			Op("GlobalAveragePool", "g", "a", "gp").Op("Flatten", "f", "gp", "fl").
			Op("Softmax", "sm", "fl", "y").Output("y").Bytes(),
		"reshape_constant_transpose_identity": onnxbuild.New(13).Input("x", 1, 2, 3, 4).
			Node("Constant", "shape", nil, []string{"shape"}, onnxbuild.TensorInt64("value", []int64{2}, 1, -1)).
			Node("Reshape", "r", []string{"x", "shape"}, []string{"flat"}).
			Init("wt", []int64{24, 7}, floats(r, 168, 0.4)).
			Node("Transpose", "t", []string{"wt"}, []string{"w"}, Is("perm", 1, 0)).
			Node("Gemm", "fc", []string{"flat", "w"}, []string{"a"}, I("transB", 1)).
			Op("Identity", "id", "a", "y").Output("y").Bytes(),
		"batchnorm_folded": onnxbuild.New(13).Input("x", 1, 2, 5, 5).
			Init("w", []int64{3, 2, 3, 3}, floats(r, 54, 0.5)).Init("b", []int64{3}, floats(r, 3, 0.2)).
			Init("g", []int64{3}, positive(r, 3)).Init("beta", []int64{3}, floats(r, 3, 0.2)).
			Init("mu", []int64{3}, floats(r, 3, 0.2)).Init("var", []int64{3}, positive(r, 3)).
			Node("Conv", "conv", []string{"x", "w", "b"}, []string{"c"}, Is("pads", 1, 1, 1, 1)).
			Node("BatchNormalization", "bn", []string{"c", "g", "beta", "mu", "var"}, []string{"n"}).
			Op("Relu", "relu", "n", "y").Output("y").Bytes(),
		"residual_add": onnxbuild.New(13).Input("x", 1, 3, 4, 4).
			Init("w", []int64{3, 3, 3, 3}, floats(r, 81, 0.4)).
			Node("Conv", "conv", []string{"x", "w"}, []string{"c"}, Is("pads", 1, 1, 1, 1)).
			Node("Add", "res", []string{"c", "x"}, []string{"s"}).Op("Relu", "relu", "s", "y").Output("y").Bytes(),
		"softmax_opset11": onnxbuild.New(11).Input("x", 1, 9).
			Init("w", []int64{9, 9}, floats(r, 81, 1)).
			Node("MatMul", "mm", []string{"x", "w"}, []string{"a"}).Op("Softmax", "sm", "a", "y").Output("y").Bytes(),
	}
}

// Every hand-built ONNX graph imports, compiles and, run on the VM, tracks
// the float reference. Cases run in name order and each draws its
// calibration inputs from its own seeded source, so the inputs a case sees
// do not depend on map iteration order or on which cases ran before it.
func TestCompileONNXOps(t *testing.T) {
	cases := onnxCases(rand.New(rand.NewPCG(21, 21)))
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		data := cases[name]
		t.Run(name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(21, uint64(crc32.ChecksumIEEE([]byte(name)))))
			g, err := onnx.Decode(data)
			require.NoError(t, err)
			run, err := reference.NewRunner(g)
			require.NoError(t, err)
			defer run.Close()
			sample := func() *graph.Tensor {
				x := graph.NewTensor(g.InputShape...)
				copy(x.Data, floats(r, len(x.Data), 1))
				return x
			}
			var calib []*graph.Tensor
			for range 32 {
				calib = append(calib, sample())
			}
			res, err := quantize.Compile(g, calib, run.Run, quantize.Options{Source: data})
			require.NoError(t, err)
			var maxErr, span float64
			// On the calibration inputs every value is inside its calibrated
			// range, so the error is the arithmetic's alone (no clipping).
			for _, x := range calib {
				want, err := run.Output(x)
				require.NoError(t, err)
				_, got := runCompiled(t, res, x)
				require.Len(t, got, len(want.Data))
				lo, hi := math.Inf(1), math.Inf(-1)
				for i := range got {
					maxErr = max(maxErr, math.Abs(float64(got[i]-want.Data[i])))
					lo, hi = min(lo, float64(want.Data[i])), max(hi, float64(want.Data[i]))
				}
				span = max(span, hi-lo)
			}
			t.Logf("%s: %d ops, N = %d; max abs error %.4f over an output range of %.3f", name, res.Model.Header.NumOps, res.Model.Header.NumSteps, maxErr, span)
			require.Less(t, maxErr, 0.05*span+2*res.Card.Output.Scale, "output error")
		})
	}
}
