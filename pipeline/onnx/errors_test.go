package onnx

import (
	"testing"

	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
	ob "github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
)

// convWith is x -> Conv "conv" (w) -> y with attributes.
func convWith(attrs ...ob.Attr) *ob.Model {
	return img(13).Node("Conv", "conv", S("x", "w"), S("y"), attrs...).Output("y")
}

// afterConv is x -> Conv "conv" (w, b) -> t -> op "n" (t, k) -> y with
// constant k of dims.
func afterConv(op string, dims []int64, k []float32) *ob.Model {
	return img(13).Init("k", dims, k).Node("Conv", "conv", S("x", "w", "b"), S("t")).
		Node(op, "n", S("t", "k"), S("y")).Output("y")
}

func poolWith(op string, attrs ...ob.Attr) *ob.Model {
	return img(13).Node(op, "pool", S("x"), S("y"), attrs...).Output("y")
}

func bnAfter(opset int64, producer func(*ob.Model) *ob.Model, attrs ...ob.Attr) *ob.Model {
	m := img(opset).Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).
		Init("mean", []int64{3}, mean).Init("var", []int64{3}, varnc)
	return producer(m).Node("BatchNormalization", "bn", S("t", "gamma", "beta", "mean", "var"), S("y"), attrs...).Output("y")
}

func convT(m *ob.Model) *ob.Model { return m.Node("Conv", "conv", S("x", "w", "b"), S("t")) }

// mutate applies f to the model's proto.
func mutate(m *ob.Model, f func(*onnxpb.ModelProto)) *ob.Model { f(m.Proto()); return m }

func errorCases() []struct {
	name  string
	model *ob.Model
	want  wantErr
} {
	type C = struct {
		name  string
		model *ob.Model
		want  wantErr
	}
	conv := func(attr, msg string) wantErr { return wantErr{"conv", "Conv", attr, msg} }
	return []C{
		// Conv attributes.
		{"conv/group=2 of 3 output channels", convWith(ob.Int("group", 2)), conv("group=2", "must divide the input's 2 channels and the weights' 3 output channels")},
		{"conv/dilations that do not fit", convWith(ob.Ints("dilations", 3, 3)), conv("", "do not fit input")},
		{"conv/kernel_shape mismatch", convWith(ob.Ints("kernel_shape", 2, 2)), conv("kernel_shape=[2 2]", "does not match")},
		{"conv/3-D kernel_shape", convWith(ob.Ints("kernel_shape", 3, 3, 3)), conv("kernel_shape=[3 3 3]", "want 2")},
		{"conv/auto_pad with pads", convWith(ob.String("auto_pad", "SAME_UPPER"), ob.Ints("pads", 1, 1, 1, 1)), conv("auto_pad=SAME_UPPER", "cannot be combined")},
		{"conv/auto_pad unknown", convWith(ob.String("auto_pad", "FOO")), conv("auto_pad=FOO", "unknown value")},
		{"conv/pads of 2 values", convWith(ob.Ints("pads", 1, 1)), conv("pads=[1 1]", "want 4")},
		{"conv/negative pads", convWith(ob.Ints("pads", -1, 0, 0, 0)), conv("pads=[-1 0 0 0]", "negative pads")},
		{"conv/zero stride", convWith(ob.Ints("strides", 0, 1)), conv("strides=[0 1]", "out of range")},
		{"conv/unknown attribute", convWith(ob.Int("foo", 1)), conv("foo=1", "is not supported")},
		{"conv/attribute of the wrong type", convWith(ob.Float("group", 1)), conv("group=1", "has type FLOAT, want INT")},
		{"conv/attribute given twice", convWith(ob.Int("group", 1), ob.Int("group", 1)), conv("group=1", "given twice")},
		{"conv/attribute reference", convWith(func() ob.Attr {
			a := ob.Int("group", 1)
			a.Proto().RefAttrName = ptr("g")
			return a
		}()), conv("group", "only valid in functions")},
		{"conv/computed weights", img(13).Node("Conv", "conv", S("x", "x"), S("y")).Output("y"), conv("", "(weights) must be a constant")},
		{"conv/int weights", ob.New(13).Input("x", 1, 2, 5, 5).InitInt64("w", []int64{1, 2, 1, 1}, 1, 2).
			Node("Conv", "conv", S("x", "w"), S("y")).Output("y"), conv("", "has type int64, want float")},
		{"conv/weight channels", ob.New(13).Input("x", 1, 2, 5, 5).Init("w", []int64{1, 4, 1, 1}, ramp(4)).
			Node("Conv", "conv", S("x", "w"), S("y")).Output("y"), conv("", "4 input channels per group of 1, the input has 2")},
		{"conv/bias shape", img(13).Init("b2", []int64{2}, vals(1, 2)).Node("Conv", "conv", S("x", "w", "b2"), S("y")).Output("y"), conv("", "want [3]")},
		{"conv/kernel larger than input", ob.New(13).Input("x", 1, 2, 5, 5).Init("w", []int64{1, 2, 7, 7}, ramp(98)).
			Node("Conv", "conv", S("x", "w"), S("y")).Output("y"), conv("", "do not fit")},
		{"conv/1-D input", vec(13).Init("w", []int64{1, 4, 1}, ramp(4)).Node("Conv", "conv", S("x", "w"), S("y")).Output("y"), conv("", "only 2-D convolutions")},
		{"conv/one input", img(13).Node("Conv", "conv", S("x"), S("y")).Output("y"), conv("", "has 1 inputs, want 2 to 3")},

		// Gemm, MatMul.
		{"gemm/transA=1 of [1, 4]", vec(13).Init("B", []int64{3, 4}, gemmB).Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transA", 1)).Output("y"),
			wantErr{"fc", "Gemm", "", "which does not multiply input shape [4 1]"}},
		{"gemm/transA=2", vec(13).Init("B", []int64{3, 4}, gemmB).Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transA", 2)).Output("y"),
			wantErr{"fc", "Gemm", "transA=2", "want 0 or 1"}},
		{"gemm/matrix bias", ob.New(13).Input("x", 2, 4).Init("B", []int64{4, 3}, make([]float32, 12)).Init("C", []int64{2, 3}, make([]float32, 6)).
			Node("Gemm", "fc", S("x", "B", "C"), S("y")).Output("y"), wantErr{"fc", "Gemm", "", "per-channel or scalar"}},
		{"gemm/transB=2", vec(13).Init("B", []int64{3, 4}, gemmB).Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transB", 2)).Output("y"),
			wantErr{"fc", "Gemm", "transB=2", "want 0 or 1"}},
		{"gemm/computed B", vec(13).Node("Gemm", "fc", S("x", "x"), S("y")).Output("y"), wantErr{"fc", "Gemm", "", "(B) must be a constant"}},
		{"gemm/B does not multiply", vec(13).Init("B", []int64{5, 3}, ramp(15)).Node("Gemm", "fc", S("x", "B"), S("y")).Output("y"),
			wantErr{"fc", "Gemm", "", "does not multiply"}},
		{"gemm/C not per output", vec(13).Init("B", []int64{3, 4}, gemmB).Init("C", []int64{2, 3}, ramp(6)).
			Node("Gemm", "fc", S("x", "B", "C"), S("y"), ob.Int("transB", 1)).Output("y"), wantErr{"fc", "Gemm", "", "does not broadcast"}},
		{"gemm/unknown attribute", vec(13).Init("B", []int64{3, 4}, gemmB).Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transB", 1), ob.Int("broadcast", 1)).Output("y"),
			wantErr{"fc", "Gemm", "broadcast=1", "is not supported"}},
		{"matmul/computed B of another K", vec(13).Op("Relu", "relu", "x", "r").Node("MatMul", "mm", S("x", "r"), S("y")).Output("y"),
			wantErr{"mm", "MatMul", "", "want [.., M, K] and [.., K, N] with the same leading dimensions"}},
		{"matmul/constant A", vec(13).Init("A", []int64{1, 4}, ramp(4)).Node("MatMul", "mm", S("A", "x"), S("y")).Output("y"),
			wantErr{"mm", "MatMul", "", "must be a computed value"}},
		{"matmul/two constants", vec(13).Init("A", []int64{1, 4}, ramp(4)).Node("MatMul", "mm", S("A", "A"), S("y")).Output("y"),
			wantErr{"mm", "MatMul", "", "MatMul of two constants"}},

		// Elementwise ops.
		{"mul/per-row after relu", img(13).Init("k", []int64{1, 1, 5, 1}, vals(1, 2, 3, 4, 5)).Op("Relu", "relu", "x", "r").Node("Mul", "n", S("r", "k"), S("y")).Output("y"),
			wantErr{"n", "Mul", "", "a constant along axis 2 of [1 2 5 5] is not supported (only the last axis, or the channels of an image [1, C, H, W])"}},
		{"add/spatially varying to the graph input", img(13).Init("k", []int64{1, 1, 5, 5}, ramp(25)).Node("Add", "n", S("x", "k"), S("y")).Output("y"),
			wantErr{"n", "Add", "", "per-channel or scalar"}},
		{"mul/spatially varying constant", afterConv("Mul", []int64{1, 3, 3, 3}, ramp(27)), wantErr{"n", "Mul", "", "per-channel or scalar"}},
		{"add/constant of higher rank", afterConv("Add", []int64{1, 1, 3, 1, 1}, ramp(3)), wantErr{"n", "Add", "", "higher rank"}},
		{"add/int constant", img(13).InitInt64("k", []int64{}, 2).Node("Conv", "conv", S("x", "w"), S("t")).
			Node("Add", "n", S("t", "k"), S("y")).Output("y"), wantErr{"n", "Add", "", "want float"}},
		{"add/spatial constant to a conv output used twice", img(13).Init("k", []int64{1, 1, 3, 3}, ramp(9)).Node("Conv", "conv", S("x", "w"), S("t")).
			Node("Add", "n", S("t", "k"), S("u")).Op("Relu", "relu", "t", "r").Node("Add", "sum", S("u", "r"), S("y")).Output("y"),
			wantErr{"n", "Add", "", "does not broadcast to [1 3 3 3] as a per-channel or scalar constant"}},
		{"div/scalar by a computed value", vec(13).Init("k", nil, vals(2)).Node("Div", "n", S("k", "x"), S("y")).Output("y"),
			wantErr{"n", "Div", "", "division of constant \"k\" by a computed value"}},
		{"div/by a scalar zero", vec(13).Init("k", nil, vals(0)).Node("Div", "n", S("x", "k"), S("y")).Output("y"),
			wantErr{"n", "Div", "", "is zero: division by zero"}},
		{"reduce/axis out of range", ob.New(13).Input("x", 2, 3, 4).Op("ReduceMax", "n", "x", "y", ob.Ints("axes", 0, 3)).Output("y"),
			wantErr{"n", "ReduceMax", "axes=[0 3]", "out of range"}},
		{"reduce/to a scalar", ob.New(13).Input("x", 2, 3).Op("ReduceMean", "n", "x", "y", ob.Int("keepdims", 0)).Output("y"),
			wantErr{"n", "ReduceMean", "keepdims=0", "scalar (rank 0)"}},
		{"reduce/repeated axis", ob.New(13).Input("x", 2, 3).Op("ReduceMax", "n", "x", "y", ob.Ints("axes", 1, -1)).Output("y"),
			wantErr{"n", "ReduceMax", "axes=[1 -1]", "repeats axis 1"}},
		{"reduce/prod", ob.New(13).Input("x", 2, 3).Op("ReduceProd", "n", "x", "y").Output("y"),
			wantErr{"n", "ReduceProd", "", "op ReduceProd is not supported: a product of many int8 values has no lowering with bounded error"}},
		{"reduce/sum computed axes", ob.New(13).Input("x", 2, 3).Node("ReduceSum", "n", S("x", "x"), S("y")).Output("y"),
			wantErr{"n", "ReduceSum", "", "(axes) must be a constant"}},
		{"pow/tensor exponent", vec(13).Init("e", []int64{4}, vals(1, 2, 3, 4)).Node("Pow", "n", S("x", "e"), S("y")).Output("y"),
			wantErr{"n", "Pow", "", "only a single value is supported"}},
		{"variadic/Max of a constant and a value", vec(13).Init("k", []int64{1, 4}, vals(1, 2, 3, 4)).Node("Max", "n", S("x", "k"), S("y")).Output("y"),
			wantErr{"n", "Max", "", "input \"k\" must be a computed value, not a constant"}},
		{"variadic/Sum of different shapes", vec(13).InitInt64("s", []int64{2}, 2, 2).Node("Reshape", "rs", S("x", "s"), S("r")).Node("Sum", "n", S("x", "r"), S("y")).Output("y"),
			wantErr{"n", "Sum", "", "shapes [1 4] and [2 2] do not broadcast"}},
		{"pow/computed exponent", img(13).Op("Relu", "relu", "x", "r").Node("Pow", "n", S("x", "r"), S("y")).Output("y"),
			wantErr{"n", "Pow", "", "(exponent) must be a constant"}},
		{"add/computed shapes do not broadcast", img(13).Node("Conv", "conv", S("x", "w"), S("t")).Node("Add", "n", S("x", "t"), S("y")).Output("y"),
			wantErr{"n", "Add", "", "shapes [1 2 5 5] and [1 3 3 3] do not broadcast"}},
		{"div/by zero", afterConv("Div", []int64{3, 1, 1}, vals(1, 0, 2)), wantErr{"n", "Div", "", "division by zero"}},
		{"div/constant by computed", img(13).Init("k", []int64{}, vals(2)).Node("Conv", "conv", S("x", "w"), S("t")).
			Node("Div", "n", S("k", "t"), S("y")).Output("y"), wantErr{"n", "Div", "", "division of constant"}},
		{"add/constants that do not broadcast", img(13).Init("a", []int64{2}, vals(1, 2)).Init("c", []int64{3}, vals(1, 2, 3)).
			Node("Add", "n", S("a", "c"), S("k")).Node("Conv", "conv", S("x", "w", "k"), S("y")).Output("y"),
			wantErr{"n", "Add", "", "do not broadcast"}},
		{"add/constant expansion beyond the budget", img(13).Init("a", []int64{4096, 1}, make([]float32, 4096)).Init("c", []int64{1, 4096}, make([]float32, 4096)).
			Node("Add", "n", S("a", "c"), S("k")).Node("Conv", "conv", S("x", "w", "k"), S("y")).Output("y"),
			wantErr{"n", "Add", "", "more memory"}},

		// Pools.
		{"maxpool/storage_order=1", poolWith("MaxPool", ob.Ints("kernel_shape", 2, 2), ob.Int("storage_order", 1)),
			wantErr{"pool", "MaxPool", "storage_order=1", "only storage_order=0"}},
		{"maxpool/dilations", poolWith("MaxPool", ob.Ints("kernel_shape", 2, 2), ob.Ints("dilations", 2, 2)),
			wantErr{"pool", "MaxPool", "dilations=[2 2]", "only dilation 1"}},
		{"maxpool/no kernel_shape", poolWith("MaxPool"), wantErr{"pool", "MaxPool", "kernel_shape", "is required"}},
		{"maxpool/pads as large as the kernel", poolWith("MaxPool", ob.Ints("kernel_shape", 2, 2), ob.Ints("pads", 2, 0, 0, 0)),
			wantErr{"pool", "MaxPool", "pads=[2 0 0 0]", "entirely in the padding"}},
		{"maxpool/indices output used", img(13).Node("MaxPool", "pool", S("x"), S("p", "idx"), ob.Ints("kernel_shape", 2, 2)).
			Node("Add", "add", S("p", "idx"), S("y")).Output("y"), wantErr{"pool", "MaxPool", "", "output 1 (\"idx\") is used"}},
		{"avgpool/count_include_pad=1 with ceil_mode and pads", poolWith("AveragePool", ob.Ints("kernel_shape", 2, 2), ob.Ints("pads", 1, 1, 1, 1),
			ob.Int("count_include_pad", 1), ob.Int("ceil_mode", 1)),
			wantErr{"pool", "AveragePool", "count_include_pad=1", "not supported with ceil_mode=1 and padding"}},
		{"avgpool/ceil_mode=2", poolWith("AveragePool", ob.Ints("kernel_shape", 2, 2), ob.Int("ceil_mode", 2)),
			wantErr{"pool", "AveragePool", "ceil_mode=2", "want 0 or 1"}},
		{"globalaveragepool/on [1,F]", vec(13).Op("GlobalAveragePool", "gap", "x", "y").Output("y"), wantErr{"gap", "GlobalAveragePool", "", "want [1, C, H, W]"}},

		// BatchNormalization.
		{"batchnorm/after relu, wrong channel count", bnAfter(13, func(m *ob.Model) *ob.Model { return m.Op("Relu", "relu", "x", "t") }),
			wantErr{"bn", "BatchNormalization", "", "input \"gamma\" (scale) has shape [3], want [2]"}},
		{"batchnorm/on a rank-3 input", ob.New(13).Input("x", 1, 3, 4).Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).
			Init("mean", []int64{3}, mean).Init("var", []int64{3}, varnc).Node("BatchNormalization", "bn", S("x", "gamma", "beta", "mean", "var"), S("y")).Output("y"),
			wantErr{"bn", "BatchNormalization", "", "a constant along axis 1 of [1 3 4] is not supported"}},
		{"batchnorm/opset 7 spatial=0", bnAfter(7, convT, ob.Int("spatial", 0)), wantErr{"bn", "BatchNormalization", "spatial=0", "only spatial=1"}},
		{"batchnorm/opset 14 training_mode=1", bnAfter(14, convT, ob.Int("training_mode", 1)),
			wantErr{"bn", "BatchNormalization", "training_mode=1", "only inference"}},
		{"batchnorm/opset 13 has no training_mode", bnAfter(13, convT, ob.Int("training_mode", 0)),
			wantErr{"bn", "BatchNormalization", "training_mode=0", "is not supported"}},
		{"batchnorm/computed mean", img(13).Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).Init("var", []int64{3}, varnc).
			Node("Conv", "conv", S("x", "w"), S("t")).Op("Relu", "relu", "x", "r").
			Node("BatchNormalization", "bn", S("t", "gamma", "beta", "r", "var"), S("y")).Output("y"),
			wantErr{"bn", "BatchNormalization", "", "(mean) must be a constant"}},
		{"batchnorm/parameter shape", img(13).Init("gamma", []int64{2}, vals(1, 1)).Init("beta", []int64{3}, beta).
			Init("mean", []int64{3}, mean).Init("var", []int64{3}, varnc).Node("Conv", "conv", S("x", "w"), S("t")).
			Node("BatchNormalization", "bn", S("t", "gamma", "beta", "mean", "var"), S("y")).Output("y"),
			wantErr{"bn", "BatchNormalization", "", "want [3]"}},
		{"batchnorm/negative variance", img(13).Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).
			Init("mean", []int64{3}, mean).Init("var", []int64{3}, vals(1, -1, 1)).Node("Conv", "conv", S("x", "w"), S("t")).
			Node("BatchNormalization", "bn", S("t", "gamma", "beta", "mean", "var"), S("y")).Output("y"),
			wantErr{"bn", "BatchNormalization", "", "is not positive"}},

		// Softmax.
		{"softmax/axis out of range", vec(13).Op("Softmax", "sm", "x", "y", ob.Int("axis", 2)).Output("y"),
			wantErr{"sm", "Softmax", "axis=2", "out of range"}},
		// Shapes.
		{"transpose/rank 5 result", img(11).Op("Unsqueeze", "un", "x", "u", ob.Ints("axes", 4)).Op("Transpose", "tr", "u", "y", ob.Ints("perm", 0, 2, 3, 1, 4)).Output("y"),
			wantErr{"un", "Unsqueeze", "", "must have rank 1 to 4"}},
		{"transpose/invalid perm", vec(13).Op("Transpose", "tr", "x", "y", ob.Ints("perm", 0, 0)).Output("y"),
			wantErr{"tr", "Transpose", "perm=[0 0]", "not a permutation"}},
		{"reshape/rank 5", img(13).InitInt64("s", []int64{5}, 1, 2, 5, 5, 1).Node("Reshape", "r", S("x", "s"), S("y")).Output("y"),
			wantErr{"r", "Reshape", "", "must have rank 1 to 4"}},
		{"reshape/computed shape", vec(13).Node("Reshape", "r", S("x", "x"), S("y")).Output("y"), wantErr{"r", "Reshape", "", "(shape) must be a constant"}},
		{"reshape/float shape", vec(13).Init("s", []int64{2}, vals(1, 4)).Node("Reshape", "r", S("x", "s"), S("y")).Output("y"),
			wantErr{"r", "Reshape", "", "want int64"}},
		{"reshape/two -1", img(13).InitInt64("s", []int64{3}, 1, -1, -1).Node("Reshape", "r", S("x", "s"), S("y")).Output("y"),
			wantErr{"r", "Reshape", "", "more than one -1"}},
		{"reshape/wrong element count", img(13).InitInt64("s", []int64{2}, 1, 7).Node("Reshape", "r", S("x", "s"), S("y")).Output("y"),
			wantErr{"r", "Reshape", "", "does not hold the 50 elements"}},
		{"reshape/-1 that does not divide", img(13).InitInt64("s", []int64{3}, 1, 7, -1).Node("Reshape", "r", S("x", "s"), S("y")).Output("y"),
			wantErr{"r", "Reshape", "", "does not fit"}},
		{"reshape/allowzero=1 with a zero", img(14).InitInt64("s", []int64{2}, 1, 0).Node("Reshape", "r", S("x", "s"), S("y"), ob.Int("allowzero", 1)).Output("y"),
			wantErr{"r", "Reshape", "", "invalid dimension 0"}},
		{"reshape/0 copying a zero dimension of a constant, and -1", vec(13).Init("e", []int64{0, 3}, nil).InitInt64("s", []int64{2}, 0, -1).
			Node("Reshape", "r", S("e", "s"), S("k")).Node("Add", "add", S("x", "k"), S("y")).Output("y"),
			wantErr{"r", "Reshape", "", "does not fit"}},
		{"flatten/axis out of range", img(13).Op("Flatten", "fl", "x", "y", ob.Int("axis", 5)).Output("y"),
			wantErr{"fl", "Flatten", "axis=5", "out of range"}},
		{"unsqueeze/opset 13 axes attribute", vec(13).Op("Unsqueeze", "un", "x", "y", ob.Ints("axes", 0)).Output("y"),
			wantErr{"un", "Unsqueeze", "axes=[0]", "is an input from opset 13"}},
		{"unsqueeze/no axes", vec(11).Op("Unsqueeze", "un", "x", "y").Output("y"), wantErr{"un", "Unsqueeze", "axes", "is required"}},
		{"unsqueeze/repeated axis", vec(11).Op("Unsqueeze", "un", "x", "y", ob.Ints("axes", 2, 2)).Output("y"), wantErr{"un", "Unsqueeze", "", "repeat"}},
		{"squeeze/axis of size 2", vec(11).Op("Squeeze", "sq", "x", "y", ob.Ints("axes", 1)).Output("y"), wantErr{"sq", "Squeeze", "", "is not 1"}},
		{"concat/constant and computed inputs", vec(13).Init("k", []int64{1, 2}, vals(1, 2)).Node("Concat", "cat", S("x", "k"), S("y"), ob.Int("axis", 1)).Output("y"),
			wantErr{"cat", "Concat", "", "mixes constant and computed data inputs"}},
		{"concat/three computed inputs", vec(13).Node("Concat", "cat", S("x", "x", "x"), S("y"), ob.Int("axis", 1)).Output("y"),
			wantErr{"cat", "Concat", "", "has 3 computed data inputs: at most 2"}},
		{"concat/shapes differ off the axis", vec(13).Op("Transpose", "tr", "x", "t").Node("Concat", "cat", S("x", "t"), S("y"), ob.Int("axis", 1)).Output("y"),
			wantErr{"cat", "Concat", "", "input shapes [1 4] and [4 1] differ off axis 1"}},
		{"concat/no axis", vec(13).InitInt64("a", []int64{1}, 1).Node("Concat", "cat", S("a", "a"), S("c")).
			Node("Reshape", "r", S("x", "c"), S("y")).Output("y"), wantErr{"cat", "Concat", "axis", "is required"}},
		{"gather/computed data, index out of range", vec(13).InitInt64("i", []int64{1}, 4).Node("Gather", "g", S("x", "i"), S("y"), ob.Int("axis", 1)).Output("y"),
			wantErr{"g", "Gather", "", "index 4 is out of range for dimension 4"}},
		{"slice/step 0", vec(13).InitInt64("s", []int64{1}, 0).InitInt64("e", []int64{1}, 2).InitInt64("a", []int64{1}, 1).InitInt64("st", []int64{1}, 0).
			Node("Slice", "sl", S("x", "s", "e", "a", "st"), S("y")).Output("y"), wantErr{"sl", "Slice", "", "step 0 on axis 1"}},
		{"slice/empty", vec(13).InitInt64("s", []int64{1}, 3).InitInt64("e", []int64{1}, 1).InitInt64("a", []int64{1}, 1).
			Node("Slice", "sl", S("x", "s", "e", "a"), S("y")).Output("y"), wantErr{"sl", "Slice", "", "is empty"}},
		{"pad/wrong length", vec(13).InitInt64("p", []int64{2}, 1, 1).Node("Pad", "pd", S("x", "p"), S("y")).Output("y"),
			wantErr{"pd", "Pad", "", "want 4 values"}},
		{"pad/reflect too wide", vec(13).InitInt64("p", []int64{4}, 0, 4, 0, 0).Node("Pad", "pd", S("x", "p"), S("y"), ob.String("mode", "reflect")).Output("y"),
			wantErr{"pd", "Pad", "", "reflect pads"}},
		{"pad/unknown mode", vec(13).InitInt64("p", []int64{4}, 0, 1, 0, 0).Node("Pad", "pd", S("x", "p"), S("y"), ob.String("mode", "wrap")).Output("y"),
			wantErr{"pd", "Pad", "mode=wrap", "want constant, reflect or edge"}},
		{"tile/zero repeats", vec(13).InitInt64("r", []int64{2}, 1, 0).Node("Tile", "tl", S("x", "r"), S("y")).Output("y"),
			wantErr{"tl", "Tile", "", "not positive"}},
		{"expand/incompatible", vec(13).InitInt64("s", []int64{2}, 1, 3).Node("Expand", "ex", S("x", "s"), S("y")).Output("y"),
			wantErr{"ex", "Expand", "", "do not broadcast"}},
		{"depthtospace/channels", img(13).Op("DepthToSpace", "d2s", "x", "y", ob.Int("blocksize", 2)).Output("y"),
			wantErr{"d2s", "DepthToSpace", "", "not a multiple of blocksize²"}},
		{"spacetodepth/no blocksize", img(13).Op("SpaceToDepth", "s2d", "x", "y").Output("y"),
			wantErr{"s2d", "SpaceToDepth", "blocksize", "must be given"}},
		{"gather/index out of range", vec(13).InitInt64("i", []int64{}, 5).Op("Shape", "sh", "x", "s").
			Node("Gather", "g", S("s", "i"), S("d")).Node("Reshape", "r", S("x", "d"), S("y")).Output("y"),
			wantErr{"g", "Gather", "", "out of range"}},

		// Other ops and node structure.
		{"unsupported op", vec(13).Op("Hardmax", "hm", "x", "y").Output("y"), wantErr{"hm", "Hardmax", "", "op Hardmax is not supported"}},
		{"unary/prelu per-channel slope", vec(13).Init("s", []int64{4}, vals(1, 2, 3, 4)).Node("PRelu", "pr", S("x", "s"), S("y")).Output("y"),
			wantErr{"pr", "PRelu", "", "only a single value is supported (a per-channel slope is not)"}},
		{"unary/prelu computed slope", vec(13).Node("PRelu", "pr", S("x", "x"), S("y")).Output("y"), wantErr{"pr", "PRelu", "", "(slope) must be a constant"}},
		{"unary/clip min above max", vec(13).Init("lo", nil, vals(2)).Init("hi", nil, vals(1)).Node("Clip", "cl", S("x", "lo", "hi"), S("y")).Output("y"),
			wantErr{"cl", "Clip", "", "min is above max"}},
		{"unary/clip opset 6 bound inputs", ob.New(6).Input("x", 1, 4).Init("lo", nil, vals(0)).Node("Clip", "cl", S("x", "lo"), S("y")).Output("y"),
			wantErr{"cl", "Clip", "", "has 2 inputs, want 1"}},
		{"unary/celu alpha 0", vec(13).Op("Celu", "ce", "x", "y", ob.Float("alpha", 0)).Output("y"), wantErr{"ce", "Celu", "", "alpha must not be 0"}},
		{"unary/elu unknown attribute", vec(13).Op("Elu", "el", "x", "y", ob.Float("beta", 1)).Output("y"), wantErr{"el", "Elu", "beta=1", "is not supported"}},
		{"unary/sigmoid legacy consumed_inputs", ob.New(5).Input("x", 1, 4).Op("Sigmoid", "sig", "x", "y", ob.Ints("consumed_inputs", 0)).Output("y"),
			wantErr{"sig", "Sigmoid", "consumed_inputs=[0]", "is not supported"}},
		{"custom domain", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Node[0].Domain = ptr("com.microsoft")
		}), wantErr{"relu", "Relu", "", "domain \"com.microsoft\" is not supported"}},
		{"dropout/training_mode true", vec(13).Init("ratio", []int64{}, vals(0.5)).InitInt64("train", []int64{}, 1).
			Node("Dropout", "do", S("x", "ratio", "train"), S("y")).Output("y"), wantErr{"do", "Dropout", "", "must be false"}},
		{"dropout/opset 13 ratio attribute", vec(13).Op("Dropout", "do", "x", "y", ob.Float("ratio", 0.5)).Output("y"),
			wantErr{"do", "Dropout", "ratio=0.5", "is not supported"}},
		{"cast/computed to int64", vec(13).Op("Cast", "cast", "x", "y", ob.Int("to", 7)).Output("y"),
			wantErr{"cast", "Cast", "to=7", "can only be cast to FLOAT"}},
		{"cast/to double", vec(13).Op("Cast", "cast", "x", "y", ob.Int("to", 11)).Output("y"),
			wantErr{"cast", "Cast", "to=11", "only FLOAT, INT64 and INT32"}},
		{"cast/no to", vec(13).Op("Cast", "cast", "x", "y").Output("y"), wantErr{"cast", "Cast", "to", "is required"}},
		{"constant/value_string", vec(13).Node("Constant", "k", nil, S("c"), ob.String("value_string", "hi")).Node("Add", "add", S("x", "c"), S("y")).Output("y"),
			wantErr{"k", "Constant", "value_string=hi", "is not supported"}},
		{"constant/two values", vec(13).Node("Constant", "k", nil, S("c"), ob.Float("value_float", 1), ob.Int("value_int", 1)).Node("Add", "add", S("x", "c"), S("y")).Output("y"),
			wantErr{"k", "Constant", "", "has 2 value attributes"}},
		{"constant/external data", vec(13).Node("Constant", "k", nil, S("c"), func() ob.Attr {
			a := ob.Tensor("value", []int64{1}, vals(1))
			a.Proto().T.DataLocation = onnxpb.TensorProto_EXTERNAL.Enum()
			return a
		}()).Node("Add", "add", S("x", "c"), S("y")).Output("y"), wantErr{"k", "Constant", "value=<tensor [1]>", "external data"}},
		{"node/undefined input", vec(13).Op("Relu", "relu", "nope", "y").Output("y"), wantErr{"relu", "Relu", "", "input \"nope\" is not defined"}},
		{"node/cycle", vec(13).Node("Add", "a", S("x", "b"), S("a")).Node("Relu", "b", S("a"), S("b")).Output("b"),
			wantErr{"b", "Relu", "", "cycle"}},
		{"node/output defined twice", vec(13).Op("Relu", "r1", "x", "y").Op("Relu", "r2", "x", "y").Output("y"),
			wantErr{"r2", "Relu", "", "already defined"}},
		{"node/output shadows the input", vec(13).Op("Relu", "r1", "x", "x").Output("x"), wantErr{"r1", "Relu", "", "already defined"}},
		{"node/no output", vec(13).Node("Relu", "r1", S("x"), nil).Op("Relu", "r2", "x", "y").Output("y"), wantErr{"r1", "Relu", "", "has no output"}},
		{"node/too many inputs", vec(13).Node("Relu", "relu", S("x", "x"), S("y")).Output("y"), wantErr{"relu", "Relu", "", "has 2 inputs, want 1"}},
		{"node/required input omitted", img(13).Node("Conv", "conv", S("x", "", "b"), S("y")).Output("y"), conv("", "required input 1 is omitted")},

		// The model.
		{"model/malformed bytes", nil, wantErr{msg: "malformed model"}},
		{"model/opset 6 Add", ob.New(6).Input("x", 1, 4).Node("Add", "add", S("x", "x"), S("y")).Output("y"),
			wantErr{"add", "Add", "", "op Add at opset 6 is not supported: its definition before opset 7 differs"}},
		{"model/opset 6 Erf", ob.New(6).Input("x", 1, 4).Op("Erf", "erf", "x", "y").Output("y"), wantErr{"erf", "Erf", "", "op Erf at opset 6 is not supported"}},
		{"model/opset 18", ob.New(18).Input("x", 1, 4).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "opset 18 is not supported"}},
		{"model/no ai.onnx opset", ob.New(0).Opset("ai.onnx.ml", 3).Input("x", 1, 4).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "imports no ai.onnx opset"}},
		{"model/ai.onnx imported twice", vec(13).Opset("", 12).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "imported twice"}},
		{"model/no graph", mutate(vec(13), func(m *onnxpb.ModelProto) { m.Graph = nil }), wantErr{msg: "has no graph"}},
		{"model/two inputs", vec(13).Input("z", 1, 4).Node("Add", "add", S("x", "z"), S("y")).Output("y"), wantErr{msg: "2 inputs besides initializers [\"x\" \"z\"], want exactly 1"}},
		{"model/no input", ob.New(13).Init("k", []int64{1}, vals(1)).Op("Relu", "relu", "k", "y").Output("y"), wantErr{msg: "0 inputs besides initializers"}},
		{"model/two outputs", vec(13).Op("Relu", "relu", "x", "y").Output("y").Output("x"), wantErr{msg: "2 outputs"}},
		{"model/symbolic batch of a rank-1 input is a dimension", ob.New(13).Input("x", 4, -1).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "symbolic dimension 1"}},
		{"conv/batch 2", ob.New(13).Input("x", 2, 2, 5, 5).Init("w", []int64{3, 2, 3, 3}, wConv).Node("Conv", "conv", S("x", "w"), S("y")).Output("y"),
			wantErr{"conv", "Conv", "", "only 2-D convolutions of batch 1"}},
		{"maxpool/batch 2", ob.New(13).Input("x", 2, 2, 5, 5).Op("MaxPool", "mp", "x", "y", ob.Ints("kernel_shape", 2, 2)).Output("y"),
			wantErr{"mp", "MaxPool", "", "only 2-D pooling of batch 1"}},
		{"resize/tf_crop_and_resize", ob.New(13).Input("x", 1, 1, 2, 2).Init("roi", []int64{8}, make([]float32, 8)).Init("scales", []int64{4}, vals(1, 1, 2, 2)).
			Node("Resize", "r", S("x", "roi", "scales"), S("y"), ob.String("coordinate_transformation_mode", "tf_crop_and_resize")).Output("y"),
			wantErr{"r", "Resize", "coordinate_transformation_mode=tf_crop_and_resize", "its extrapolated outputs are constants"}},
		{"resize/opset 10", ob.New(10).Input("x", 1, 1, 2, 2).Init("scales", []int64{4}, vals(1, 1, 2, 2)).Node("Resize", "r", S("x", "scales"), S("y")).Output("y"),
			wantErr{"r", "Resize", "", "Resize before opset 11 is not supported"}},
		{"resize/scales and sizes", ob.New(13).Input("x", 1, 1, 2, 2).Init("scales", []int64{4}, vals(1, 1, 2, 2)).InitInt64("sizes", []int64{4}, 1, 1, 4, 4).
			Node("Resize", "r", S("x", "", "scales", "sizes"), S("y")).Output("y"), wantErr{"r", "Resize", "", "needs either scales or sizes"}},
		{"resize/nearest mode", ob.New(13).Input("x", 1, 1, 2, 2).Init("scales", []int64{4}, vals(1, 1, 2, 2)).
			Node("Resize", "r", S("x", "", "scales"), S("y"), ob.String("nearest_mode", "nearest")).Output("y"),
			wantErr{"r", "Resize", "nearest_mode=nearest", "is not an ONNX mode"}},
		{"convtranspose/batch 2", ob.New(13).Input("x", 2, 1, 3).Init("w", []int64{1, 1, 2}, vals(1, 2)).Node("ConvTranspose", "ct", S("x", "w"), S("y")).Output("y"),
			wantErr{"ct", "ConvTranspose", "", "only 2-D transposed convolutions of batch 1"}},
		{"conv/1-D pads of a 2-D window", ob.New(13).Input("x", 1, 1, 5).Init("w", []int64{1, 1, 2}, vals(1, 2)).Node("Conv", "cv", S("x", "w"), S("y"), ob.Ints("pads", 0, 0, 0, 0)).Output("y"),
			wantErr{"cv", "Conv", "pads=[0 0 0 0]", "has 4 values, want 2 (a 1-D window)"}},
		{"convtranspose/weights of other channels", img(13).Init("w2", []int64{3, 1, 1, 1}, vals(1, 2, 3)).Node("ConvTranspose", "ct", S("x", "w2"), S("y")).Output("y"),
			wantErr{"ct", "ConvTranspose", "", "want [2, OC/group, KH, KW]"}},
		{"convtranspose/pads with output_shape", img(13).Init("w2", []int64{2, 1, 1, 1}, vals(1, 2)).Node("ConvTranspose", "ct", S("x", "w2"), S("y"),
			ob.Ints("output_shape", 5, 5), ob.Ints("pads", 0, 0, 0, 0)).Output("y"), wantErr{"ct", "ConvTranspose", "pads=[0 0 0 0]", "cannot be given with output_shape"}},
		{"split/sizes that do not add up", vec(13).InitInt64("sp", []int64{2}, 1, 2).Node("Split", "sp", S("x", "sp"), S("a", "b"), ob.Int("axis", 1)).
			Node("Add", "add", S("a", "b"), S("y")).Output("y"), wantErr{"sp", "Split", "", "does not add up to the size 4"}},
		{"split/unequal parts", vec(13).Node("Split", "sp", S("x"), S("a", "b", "c"), ob.Int("axis", 1)).Node("Add", "add", S("a", "b"), S("y")).Output("y"),
			wantErr{"sp", "Split", "", "does not split into 3 equal parts"}},
		{"gemm/rank 3 input", ob.New(13).Input("x", 2, 2, 4).Init("w", []int64{4, 3}, make([]float32, 12)).Node("Gemm", "gm", S("x", "w"), S("y")).Output("y"),
			wantErr{"gm", "Gemm", "", "want [M, K]"}},
		{"model/symbolic feature dimension", ob.New(13).Input("x", 1, -1).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "symbolic dimension 1"}},
		{"model/unknown feature dimension", ob.New(13).Input("x", 1, 0).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "no valid size for dimension 1"}},
		{"model/input rank 5", ob.New(13).Input("x", 1, 4, 4, 2, 2).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "rank 5, want 1 to 4"}},
		{"model/input too large", ob.New(13).Input("x", 1, 1<<20, 1<<20, 1<<20).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "too large"}},
		{"model/int64 input", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Input[0] = ob.ValueInfo("x", 7, []int64{1, 4})
		}), wantErr{msg: "integer tensor (token ids): only a Gather of a constant table (an embedding) and Shape may read it, node \"relu\" (Relu) does"}},
		{"model/int8 input", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Input[0] = ob.ValueInfo("x", 3, []int64{1, 4})
		}), wantErr{msg: "element type INT8, want FLOAT (or INT64/INT32 token ids)"}},
		{"where/of a computed value", vec(13).InitBool("c", []int64{1, 4}, []bool{true, false, true, false}).Init("z", nil, vals(0)).
			Node("Where", "w", S("c", "x", "z"), S("y")).Output("y"), wantErr{"w", "Where", "", "imported only as the causal mask"}},
		{"model/input without shape", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Input[0].Type.GetTensorType().Shape = nil
		}), wantErr{msg: "has no shape"}},
		{"model/sequence input", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Input[0].Type.Value = &onnxpb.TypeProto_SequenceType{SequenceType: &onnxpb.TypeProto_Sequence{}}
		}), wantErr{msg: "is not a tensor"}},
		{"model/initializer size mismatch", vec(13).Init("k", []int64{3}, vals(1, 2)).Op("Relu", "relu", "x", "y").Output("y"),
			wantErr{msg: "initializer \"k\": raw_data has 8 bytes, shape [3] needs 12"}},
		{"model/initializer float_data size mismatch", vec(13).InitFloatData("k", []int64{3}, vals(1, 2)).Op("Relu", "relu", "x", "y").Output("y"),
			wantErr{msg: "float_data has 2 values"}},
		{"model/initializer double", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Initializer = append(m.Graph.Initializer, &onnxpb.TensorProto{Name: ptr("d"), DataType: ptr(int32(11)), Dims: []int64{1}, DoubleData: []float64{1}})
		}), wantErr{msg: "initializer \"d\": data type DOUBLE is not supported"}},
		{"model/initializer external", mutate(vec(13).Init("k", []int64{1}, vals(1)).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Initializer[0].DataLocation = onnxpb.TensorProto_EXTERNAL.Enum()
		}), wantErr{msg: "external data is not supported"}},
		{"model/initializer without name", vec(13).Init("", []int64{1}, vals(1)).Op("Relu", "relu", "x", "y").Output("y"), wantErr{msg: "an initializer has no name"}},
		{"model/initializer twice", vec(13).Init("k", []int64{1}, vals(1)).Init("k", []int64{1}, vals(1)).Op("Relu", "relu", "x", "y").Output("y"),
			wantErr{msg: "initializer \"k\" is defined twice"}},
		{"model/sparse initializer", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.SparseInitializer = []*onnxpb.SparseTensorProto{{}}
		}), wantErr{msg: "sparse initializers"}},
		{"model/constant output", vec(13).Init("k", []int64{1}, vals(1)).Op("Identity", "id", "k", "y").Output("y"), wantErr{msg: "output \"y\" is a constant"}},
		{"model/output not computed", vec(13).Op("Relu", "relu", "x", "y").Output("z"), wantErr{msg: "output \"z\" is not computed by any node"}},
		{"model/output shape mismatch", vec(13).Op("Relu", "relu", "x", "y").Output("y", -1, 5), wantErr{msg: "declared with dimension 1 = 5"}},
		{"model/output rank mismatch", vec(13).Op("Relu", "relu", "x", "y").Output("y", -1, 4, 1), wantErr{msg: "declared with rank 3"}},
		{"model/int64 output", mutate(vec(13).Op("Relu", "relu", "x", "y").Output("y"), func(m *onnxpb.ModelProto) {
			m.Graph.Output[0] = ob.ValueInfo("y", 7, nil)
		}), wantErr{msg: "element type INT64"}},
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range errorCases() {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte("\x0a\x05not a model")
			if tc.model != nil {
				data = tc.model.Bytes()
			}
			g, err := Decode(data)
			if err == nil {
				t.Fatalf("no error; graph %+v", g)
			}
			checkErr(t, err, tc.want)
		})
	}
}

// TestDecodeBatchNormTrainingOutputs: a BatchNormalization whose training
// outputs (running mean, ...) feed another node is rejected.
func TestDecodeBatchNormTrainingOutputs(t *testing.T) {
	m := img(9).Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).
		Init("mean", []int64{3}, mean).Init("var", []int64{3}, varnc).
		Node("Conv", "conv", S("x", "w", "b"), S("t")).
		Node("BatchNormalization", "bn", S("t", "gamma", "beta", "mean", "var"), S("y", "mean_out")).
		Node("Add", "add", S("y", "mean_out"), S("z")).Output("z")
	_, err := Decode(m.Bytes())
	checkErr(t, err, wantErr{"bn", "BatchNormalization", "", "output 1 (\"mean_out\") is used"})
}
