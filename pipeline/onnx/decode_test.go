package onnx

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/onnx/internal/onnxpb"
	ob "github.com/opml-dev/opml/pipeline/onnx/onnxbuild"
)

// S is a list of value names.
func S(names ...string) []string { return names }

// Shared test data: x [1, 2, 5, 5], conv weights [3, 2, 3, 3], bias [3].
var (
	wConv  = ramp(54)
	bConv  = vals(0.5, 1.5, -2)
	gamma  = vals(1, 2, 0.5)
	beta   = vals(0.1, -0.2, 0.3)
	mean   = vals(0.5, -1, 2)
	varnc  = vals(1, 0.25, 4)
	epsDef = float64(float32(1e-5))
)

// img starts a model with input x [N, 2, 5, 5] (symbolic batch) and the
// conv weights w (and bias b).
func img(opset int64) *ob.Model {
	return ob.New(opset).Input("x", -1, 2, 5, 5).
		Init("w", []int64{3, 2, 3, 3}, wConv).
		Init("b", []int64{3}, bConv)
}

// vec starts a model with input x [N, 4].
func vec(opset int64) *ob.Model { return ob.New(opset).Input("x", -1, 4) }

func g4(nodes ...graph.Node) *graph.Graph {
	return &graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2, 5, 5}, Nodes: nodes, Output: nodes[len(nodes)-1].Output}
}

func g2(nodes ...graph.Node) *graph.Graph {
	g := g4(nodes...)
	g.InputShape = []int{1, 4}
	return g
}

// conv is the expected Conv node over x with the shared weights.
func conv(name, out string, w, b []float32) graph.Node {
	n := graph.Node{Name: name, Op: graph.Conv, Inputs: S("x"), Output: out, W: tens(w, 3, 2, 3, 3), Kernel: [2]int{3, 3}}
	if b != nil {
		n.B = tens(b, 3)
	}
	return n
}

func dense(name, in, out string, w []float32, n, k int, b []float32) graph.Node {
	d := graph.Node{Name: name, Op: graph.Dense, Inputs: S(in), Output: out, W: tens(w, n, k)}
	if b != nil {
		d.B = tens(b, n)
	}
	return d
}

func with(n graph.Node, f func(*graph.Node)) graph.Node { f(&n); return n }

var gemmB = ramp(12) // [4, 3] or [3, 4]

func decodeCases() []struct {
	name  string
	model *ob.Model
	want  *graph.Graph
} {
	// The SAME cases: x [1, 2, 7, 6], W [3, 2, 4, 3], strides 2. Per axis
	// out = ceil(in/2): H 4 with total pad (4-1)·2+4-7 = 3, W 3 with
	// total (3-1)·2+3-6 = 1; SAME_UPPER puts the odd one at the end.
	w43 := ramp(72)
	same := func(mode string) *ob.Model {
		return ob.New(13).Input("x", 1, 2, 7, 6).Init("w", []int64{3, 2, 4, 3}, w43).
			Node("Conv", "conv", S("x", "w"), S("y"), ob.String("auto_pad", mode), ob.Ints("strides", 2, 2)).Output("y", 1, 3, 4, 3)
	}
	sameWant := func(pads [4]int) *graph.Graph {
		return &graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2, 7, 6}, Output: "y", Nodes: []graph.Node{
			{Name: "conv", Op: graph.Conv, Inputs: S("x"), Output: "y", W: tens(w43, 3, 2, 4, 3), Kernel: [2]int{4, 3}, Strides: [2]int{2, 2}, Pads: pads}}}
	}
	poolSame := func(mode string, pads [4]int) (*ob.Model, *graph.Graph) {
		m := ob.New(13).Input("x", 1, 2, 7, 6).
			Node("MaxPool", "pool", S("x"), S("y"), ob.Ints("kernel_shape", 4, 3), ob.Ints("strides", 2, 2), ob.String("auto_pad", mode)).Output("y")
		return m, &graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2, 7, 6}, Output: "y", Nodes: []graph.Node{
			{Name: "pool", Op: graph.MaxPool, Inputs: S("x"), Output: "y", Kernel: [2]int{4, 3}, Strides: [2]int{2, 2}, Pads: pads}}}
	}
	mpUpper, mpUpperWant := poolSame("SAME_UPPER", [4]int{1, 0, 2, 1})
	mpLower, mpLowerWant := poolSame("SAME_LOWER", [4]int{2, 1, 1, 0})

	s := vals(2, 0.5, -1)
	c := vals(1, 2, 3)
	bnW, bnB := bnFold(wConv, bConv, gamma, beta, mean, varnc, epsDef)
	bnW0, bnB0 := bnFold(wConv, nil, gamma, beta, mean, varnc, 1e-3)
	chainW, chainB := bnFold(scaleRows(wConv, s), mulv(c, s), gamma, beta, mean, varnc, epsDef)
	bn := func(m *ob.Model) *ob.Model {
		return m.Init("gamma", []int64{3}, gamma).Init("beta", []int64{3}, beta).
			Init("mean", []int64{3}, mean).Init("var", []int64{3}, varnc)
	}
	bnIn := func(x string) []string { return S(x, "gamma", "beta", "mean", "var") }
	denseBNW, denseBNB := bnFold(gemmB, c, gamma, beta, mean, varnc, epsDef)

	res := ramp(36)
	pyView := func(opset int64) *ob.Model {
		m := img(opset).Node("Conv", "conv", S("x", "w"), S("c")).
			Op("Shape", "shape", "c", "s").
			InitInt64("zero", []int64{}, 0).
			Node("Gather", "gather", S("s", "zero"), S("n"), ob.Int("axis", 0)).
			InitInt64("minus1", []int64{1}, -1)
		if opset < 13 {
			m.Op("Unsqueeze", "unsq", "n", "n1", ob.Ints("axes", 0))
		} else {
			m.InitInt64("axes0", []int64{1}, 0).Node("Unsqueeze", "unsq", S("n", "axes0"), S("n1"))
		}
		return m.Node("Concat", "cat", S("n1", "minus1"), S("shp"), ob.Int("axis", 0)).
			Node("Reshape", "view", S("c", "shp"), S("y")).Output("y", -1, 27)
	}
	flatW := func(opset int64) *ob.Model {
		return ob.New(opset).Input("x", -1, 2, 5, 5).Init("wflat", []int64{54}, wConv).
			Node("Constant", "wshape", nil, S("ws"), ob.TensorInt64("value", []int64{4}, 3, 2, 3, 3)).
			Node("Reshape", "rw", S("wflat", "ws"), S("w")).
			Node("Conv", "conv", S("x", "w"), S("y")).Output("y")
	}
	ir3 := img(9).IRVersion(3).Node("Conv", "conv", S("x", "w", "b"), S("y")).Output("y")
	ir3.Proto().Graph.Input = append(ir3.Proto().Graph.Input,
		ob.ValueInfo("w", 1, []int64{3, 2, 3, 3}), ob.ValueInfo("b", 1, []int64{3}))
	i32 := img(13).Node("Conv", "conv", S("x", "w"), S("c")).Node("Reshape", "r", S("c", "shape32"), S("y")).Output("y")
	i32.Proto().Graph.Initializer = append(i32.Proto().Graph.Initializer, &onnxpb.TensorProto{
		Name: ptr("shape32"), Dims: []int64{2}, DataType: ptr(int32(onnxpb.TensorProto_INT32)), Int32Data: []int32{1, -1}})

	cases := []struct {
		name  string
		model *ob.Model
		want  *graph.Graph
	}{
		// Conv.
		{"conv/defaults", img(13).Node("Conv", "conv", S("x", "w"), S("y")).Output("y", -1, 3, 3, 3),
			g4(conv("conv", "y", wConv, nil))},
		{"conv/all attributes", img(13).Node("Conv", "conv", S("x", "w", "b"), S("y"),
			ob.Ints("kernel_shape", 3, 3), ob.Ints("strides", 2, 2), ob.Ints("pads", 1, 1, 1, 1),
			ob.Ints("dilations", 1, 1), ob.Int("group", 1), ob.String("auto_pad", "NOTSET")).Output("y", -1, 3, 3, 3),
			g4(with(conv("conv", "y", wConv, bConv), func(n *graph.Node) { n.Strides = [2]int{2, 2}; n.Pads = [4]int{1, 1, 1, 1} }))},
		{"conv/asymmetric pads and strides", img(13).Node("Conv", "conv", S("x", "w"), S("y"),
			ob.Ints("strides", 1, 2), ob.Ints("pads", 0, 2, 1, 0)).Output("y", 1, 3, 4, 3),
			g4(with(conv("conv", "y", wConv, nil), func(n *graph.Node) { n.Strides = [2]int{1, 2}; n.Pads = [4]int{0, 2, 1, 0} }))},
		{"conv/auto_pad SAME_UPPER odd total", same("SAME_UPPER"), sameWant([4]int{1, 0, 2, 1})},
		{"conv/auto_pad SAME_LOWER odd total", same("SAME_LOWER"), sameWant([4]int{2, 1, 1, 0})},
		{"conv/auto_pad SAME_UPPER stride 1", img(13).Node("Conv", "conv", S("x", "w"), S("y"), ob.String("auto_pad", "SAME_UPPER")).Output("y", -1, 3, 5, 5),
			g4(with(conv("conv", "y", wConv, nil), func(n *graph.Node) { n.Pads = [4]int{1, 1, 1, 1} }))},
		{"conv/auto_pad VALID with zero pads", img(13).Node("Conv", "conv", S("x", "w"), S("y"),
			ob.String("auto_pad", "VALID"), ob.Ints("pads", 0, 0, 0, 0), ob.Ints("strides", 2, 2)).Output("y", -1, 3, 2, 2),
			g4(with(conv("conv", "y", wConv, nil), func(n *graph.Node) { n.Strides = [2]int{2, 2} }))},
		{"conv/unnamed node", img(13).Node("Conv", "", S("x", "w"), S("y")).Output("y"),
			g4(conv("Conv_0", "y", wConv, nil))},
		{"conv/weights from a Constant node", ob.New(13).Input("x", -1, 2, 5, 5).
			Constant("wc", "w", []int64{3, 2, 3, 3}, wConv).Node("Conv", "conv", S("x", "w"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, nil))},
		{"conv/weights stored as float_data", ob.New(13).Input("x", -1, 2, 5, 5).InitFloatData("w", []int64{3, 2, 3, 3}, wConv).
			Node("Conv", "conv", S("x", "w"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, nil))},
		{"conv/weights reshaped from a flat initializer", flatW(13), g4(conv("conv", "y", wConv, nil))},
		{"conv/IR version 3, initializers listed as inputs", ir3, g4(conv("conv", "y", wConv, bConv))},

		// Folding a constant into the preceding Conv.
		{"fold/add per-channel [1,C,1,1] into a bias-less conv", img(13).Init("c", []int64{1, 3, 1, 1}, c).
			Node("Conv", "conv", S("x", "w"), S("t")).Node("Add", "add", S("t", "c"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, c))},
		{"fold/add scalar to the bias", img(13).Init("k", []int64{}, vals(0.25)).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("Add", "add", S("k", "t"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, addv(bConv, fill(3, 0.25))))},
		{"fold/mul per-channel [C,1,1]", img(13).Init("s", []int64{3, 1, 1}, s).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("Mul", "mul", S("t", "s"), S("y")).Output("y"),
			g4(conv("conv", "y", scaleRows(wConv, s), mulv(bConv, s)))},
		{"fold/mul scalar keeps no bias", img(13).Constant("k", "three", []int64{1}, vals(3)).
			Node("Conv", "conv", S("x", "w"), S("t")).Node("Mul", "mul", S("three", "t"), S("y")).Output("y"),
			g4(conv("conv", "y", scaleRows(wConv, fill(3, 3)), nil))},
		{"fold/sub constant", img(13).Init("c", []int64{3, 1, 1}, c).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("Sub", "sub", S("t", "c"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, addv(bConv, mulv(c, fill(3, -1)))))},
		{"fold/constant minus conv", img(13).Init("c", []int64{3, 1, 1}, c).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("Sub", "sub", S("c", "t"), S("y")).Output("y"),
			g4(conv("conv", "y", scaleRows(wConv, fill(3, -1)), addv(c, mulv(bConv, fill(3, -1)))))},
		{"fold/div by constant", img(13).Init("d", []int64{3, 1, 1}, vals(2, 4, 0.5)).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("Div", "div", S("t", "d"), S("y")).Output("y"),
			g4(conv("conv", "y", scaleRows(wConv, vals(0.5, 0.25, 2)), mulv(bConv, vals(0.5, 0.25, 2))))},
		{"fold/a consumer that does not reach the output is not a use", img(13).Init("s", []int64{3, 1, 1}, s).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("Mul", "mul", S("t", "s"), S("y")).
			Node("Mul", "dead", S("t", "s"), S("z")).Output("y"),
			g4(conv("conv", "y", scaleRows(wConv, s), mulv(bConv, s)))},
		{"fold/through Identity", img(13).Init("c", []int64{3, 1, 1}, c).
			Node("Conv", "conv", S("x", "w"), S("t")).Op("Identity", "id", "t", "u").Node("Add", "add", S("u", "c"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, c))},
		{"fold/batchnorm after conv with bias (opset 13)", bn(img(13)).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).Node("BatchNormalization", "bn", bnIn("t"), S("y")).Output("y"),
			g4(conv("conv", "y", bnW, bnB))},
		{"fold/batchnorm opset 7 spatial=1 epsilon, no conv bias", bn(img(7)).
			Node("Conv", "conv", S("x", "w"), S("t")).
			Node("BatchNormalization", "bn", bnIn("t"), S("y"), ob.Int("spatial", 1), ob.Float("epsilon", 1e-3), ob.Float("momentum", 0.99)).Output("y"),
			g4(conv("conv", "y", bnW0, bnB0))},
		{"fold/batchnorm opset 15 training_mode=0", bn(img(15)).
			Node("Conv", "conv", S("x", "w", "b"), S("t")).
			Node("BatchNormalization", "bn", bnIn("t"), S("y"), ob.Int("training_mode", 0)).Output("y"),
			g4(conv("conv", "y", bnW, bnB))},
		{"fold/add, mul and batchnorm in a chain", bn(img(13)).Init("c", []int64{3, 1, 1}, c).Init("s", []int64{1, 3, 1, 1}, s).
			Node("Conv", "conv", S("x", "w"), S("t1")).Node("Add", "add", S("t1", "c"), S("t2")).
			Node("Mul", "mul", S("t2", "s"), S("t3")).Node("BatchNormalization", "bn", bnIn("t3"), S("y")).Output("y"),
			g4(conv("conv", "y", chainW, chainB))},
		{"fold/constants folded before use as a bias", img(13).Init("b1", []int64{3}, vals(1, 2, 3)).Init("b2", []int64{1}, vals(1)).
			Init("two", []int64{}, vals(2)).Init("one", []int64{}, vals(1)).
			Node("Add", "a", S("b1", "b2"), S("s1")).Node("Mul", "m", S("s1", "two"), S("s2")).
			Node("Sub", "s", S("s2", "one"), S("s3")).Node("Div", "d", S("s3", "two"), S("bb")).
			Node("Conv", "conv", S("x", "w", "bb"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, vals(1.5, 2.5, 3.5)))},
		{"fold/int constant cast to float as a bias", img(13).InitInt64("ci", []int64{3, 1, 1}, 1, 2, 3).
			Node("Cast", "cast", S("ci"), S("cf"), ob.Int("to", 1)).
			Node("Conv", "conv", S("x", "w"), S("t")).Node("Add", "add", S("t", "cf"), S("y")).Output("y"),
			g4(conv("conv", "y", wConv, c))},

		// Gemm and MatMul.
		{"gemm/transB=0 alpha beta C[N]", vec(13).Init("B", []int64{4, 3}, gemmB).Init("C", []int64{3}, c).
			Node("Gemm", "fc", S("x", "B", "C"), S("y"), ob.Float("alpha", 0.5), ob.Float("beta", 2), ob.Int("transA", 0), ob.Int("transB", 0)).Output("y", -1, 3),
			g2(dense("fc", "x", "y", mulv(transpose2(gemmB, 4, 3), fill(12, 0.5)), 3, 4, mulv(c, fill(3, 2))))},
		{"gemm/transB=1 C[1,N]", vec(13).Init("B", []int64{3, 4}, gemmB).Init("C", []int64{1, 3}, c).
			Node("Gemm", "fc", S("x", "B", "C"), S("y"), ob.Int("transB", 1)).Output("y"),
			g2(dense("fc", "x", "y", gemmB, 3, 4, c))},
		{"gemm/C scalar [1] broadcast", vec(13).Init("B", []int64{3, 4}, gemmB).Init("C", []int64{1}, vals(7)).
			Node("Gemm", "fc", S("x", "B", "C"), S("y"), ob.Int("transB", 1)).Output("y"),
			g2(dense("fc", "x", "y", gemmB, 3, 4, fill(3, 7)))},
		{"gemm/no C", vec(13).Init("B", []int64{3, 4}, gemmB).
			Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transB", 1)).Output("y"),
			g2(dense("fc", "x", "y", gemmB, 3, 4, nil))},
		{"gemm/B flattened from a 4-D constant", vec(13).Init("B4", []int64{3, 4, 1, 1}, gemmB).
			Op("Flatten", "fl", "B4", "B").Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transB", 1)).Output("y"),
			g2(dense("fc", "x", "y", gemmB, 3, 4, nil))},
		{"matmul/then add bias", vec(13).Init("B", []int64{4, 3}, gemmB).Init("C", []int64{3}, c).
			Node("MatMul", "mm", S("x", "B"), S("t")).Node("Add", "add", S("t", "C"), S("y")).Output("y", -1, 3),
			g2(dense("mm", "x", "y", transpose2(gemmB, 4, 3), 3, 4, c))},
		{"matmul/by a transposed constant", vec(13).Init("Wt", []int64{3, 4}, gemmB).
			Node("Transpose", "tr", S("Wt"), S("B"), ob.Ints("perm", 1, 0)).Node("MatMul", "mm", S("x", "B"), S("y")).Output("y"),
			g2(dense("mm", "x", "y", gemmB, 3, 4, nil))},
		{"matmul/default perm transposes", vec(13).Init("Wt", []int64{3, 4}, gemmB).
			Op("Transpose", "tr", "Wt", "B").Node("MatMul", "mm", S("x", "B"), S("y")).Output("y"),
			g2(dense("mm", "x", "y", gemmB, 3, 4, nil))},
		{"fold/batchnorm after gemm", bn(vec(13)).Init("B", []int64{3, 4}, gemmB).Init("C", []int64{3}, c).
			Node("Gemm", "fc", S("x", "B", "C"), S("t"), ob.Int("transB", 1)).Node("BatchNormalization", "bn", bnIn("t"), S("y")).Output("y"),
			g2(dense("fc", "x", "y", denseBNW, 3, 4, denseBNB))},

		// Add of two computed values, Relu, pools.
		{"add/residual", ob.New(13).Input("x", -1, 2, 5, 5).Init("w", []int64{2, 2, 3, 3}, res).
			Node("Conv", "conv", S("x", "w"), S("c"), ob.Ints("pads", 1, 1, 1, 1)).Op("Relu", "relu", "c", "r").
			Node("Add", "add", S("r", "x"), S("y")).Output("y", -1, 2, 5, 5),
			g4(graph.Node{Name: "conv", Op: graph.Conv, Inputs: S("x"), Output: "c", W: tens(res, 2, 2, 3, 3), Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
				graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("c"), Output: "r"},
				graph.Node{Name: "add", Op: graph.Add, Inputs: S("r", "x"), Output: "y"})},
		{"relu", vec(13).Op("Relu", "relu", "x", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"maxpool/kernel strides pads storage_order", img(10).Node("MaxPool", "pool", S("x"), S("y"),
			ob.Ints("kernel_shape", 3, 3), ob.Ints("strides", 2, 2), ob.Ints("pads", 1, 1, 1, 1), ob.Int("storage_order", 0), ob.Int("ceil_mode", 0), ob.Ints("dilations", 1, 1), ob.String("auto_pad", "NOTSET")).Output("y", -1, 2, 3, 3),
			g4(graph.Node{Name: "pool", Op: graph.MaxPool, Inputs: S("x"), Output: "y", Kernel: [2]int{3, 3}, Strides: [2]int{2, 2}, Pads: [4]int{1, 1, 1, 1}})},
		{"maxpool/auto_pad SAME_UPPER odd total", mpUpper, mpUpperWant},
		{"maxpool/auto_pad SAME_LOWER odd total", mpLower, mpLowerWant},
		{"maxpool/ceil_mode=1 where windows tile exactly", img(13).Node("MaxPool", "pool", S("x"), S("y"),
			ob.Ints("kernel_shape", 3, 3), ob.Ints("strides", 2, 2), ob.Int("ceil_mode", 1)).Output("y", -1, 2, 2, 2),
			g4(graph.Node{Name: "pool", Op: graph.MaxPool, Inputs: S("x"), Output: "y", Kernel: [2]int{3, 3}, Strides: [2]int{2, 2}})},
		{"avgpool/count_include_pad=0 with pads", img(13).Node("AveragePool", "pool", S("x"), S("y"),
			ob.Ints("kernel_shape", 2, 2), ob.Ints("pads", 1, 1, 0, 0), ob.Int("count_include_pad", 0), ob.String("auto_pad", "NOTSET")).Output("y", -1, 2, 5, 5),
			g4(graph.Node{Name: "pool", Op: graph.AvgPool, Inputs: S("x"), Output: "y", Kernel: [2]int{2, 2}, Pads: [4]int{1, 1, 0, 0}})},
		{"avgpool/count_include_pad=1 without pads", img(7).Node("AveragePool", "pool", S("x"), S("y"),
			ob.Ints("kernel_shape", 2, 2), ob.Ints("strides", 2, 2), ob.Int("count_include_pad", 1)).Output("y", -1, 2, 2, 2),
			g4(graph.Node{Name: "pool", Op: graph.AvgPool, Inputs: S("x"), Output: "y", Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}})},
		{"avgpool/auto_pad SAME_UPPER", img(13).Node("AveragePool", "pool", S("x"), S("y"),
			ob.Ints("kernel_shape", 2, 2), ob.String("auto_pad", "SAME_UPPER")).Output("y", -1, 2, 5, 5),
			g4(graph.Node{Name: "pool", Op: graph.AvgPool, Inputs: S("x"), Output: "y", Kernel: [2]int{2, 2}, Pads: [4]int{0, 0, 1, 1}})},
		{"globalaveragepool", img(13).Op("GlobalAveragePool", "gap", "x", "y").Output("y", -1, 2, 1, 1),
			g4(graph.Node{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "y"})},

		// Shapes.
		{"flatten/default axis", img(13).Op("Flatten", "fl", "x", "y").Output("y", -1, 50),
			g4(graph.Node{Name: "fl", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 50}})},
		{"flatten/axis 0", img(13).Op("Flatten", "fl", "x", "y", ob.Int("axis", 0)).Output("y"),
			g4(graph.Node{Name: "fl", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 50}})},
		{"flatten/axis -3", img(13).Op("Flatten", "fl", "x", "y", ob.Int("axis", -3)).Output("y"),
			g4(graph.Node{Name: "fl", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 50}})},
		{"reshape/0 and -1", img(13).InitInt64("shape", []int64{2}, 0, -1).Node("Reshape", "r", S("x", "shape"), S("y")).Output("y", -1, 50),
			g4(graph.Node{Name: "r", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 50}})},
		{"reshape/explicit rank 3, allowzero=1", img(14).InitInt64("shape", []int64{3}, 1, 10, 5).
			Node("Reshape", "r", S("x", "shape"), S("y"), ob.Int("allowzero", 1)).Output("y"),
			g4(graph.Node{Name: "r", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 10, 5}})},
		{"reshape/int32 shape initializer", i32,
			g4(conv("conv", "c", wConv, nil), graph.Node{Name: "r", Op: graph.Reshape, Inputs: S("c"), Output: "y", Shape: []int{1, 27}})},
		{"reshape/PyTorch view pattern, opset 11", pyView(11),
			g4(conv("conv", "c", wConv, nil), graph.Node{Name: "view", Op: graph.Reshape, Inputs: S("c"), Output: "y", Shape: []int{1, 27}})},
		{"reshape/PyTorch view pattern, opset 13", pyView(13),
			g4(conv("conv", "c", wConv, nil), graph.Node{Name: "view", Op: graph.Reshape, Inputs: S("c"), Output: "y", Shape: []int{1, 27}})},
		{"transpose/computed value moving size-1 axes", img(13).Op("GlobalAveragePool", "gap", "x", "p").
			Op("Transpose", "tr", "p", "y", ob.Ints("perm", 0, 2, 3, 1)).Output("y", -1, 1, 1, 2),
			g4(graph.Node{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "p"},
				graph.Node{Name: "tr", Op: graph.Reshape, Inputs: S("p"), Output: "y", Shape: []int{1, 1, 1, 2}})},
		{"squeeze/computed, opset 11 axes attribute", img(11).Op("GlobalAveragePool", "gap", "x", "p").
			Op("Squeeze", "sq", "p", "y", ob.Ints("axes", 2, 3)).Output("y", -1, 2),
			g4(graph.Node{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "p"},
				graph.Node{Name: "sq", Op: graph.Reshape, Inputs: S("p"), Output: "y", Shape: []int{1, 2}})},
		{"squeeze/computed, opset 13 all size-1 axes but batch", img(13).Op("GlobalAveragePool", "gap", "x", "p").
			InitInt64("ax", []int64{2}, -1, -2).Node("Squeeze", "sq", S("p", "ax"), S("y")).Output("y"),
			g4(graph.Node{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "p"},
				graph.Node{Name: "sq", Op: graph.Reshape, Inputs: S("p"), Output: "y", Shape: []int{1, 2}})},
		{"unsqueeze/computed", vec(13).InitInt64("ax", []int64{1}, -1).Node("Unsqueeze", "un", S("x", "ax"), S("y")).Output("y", -1, 4, 1),
			g2(graph.Node{Name: "un", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 4, 1}})},

		// Softmax axis rules.
		{"softmax/opset 13 default axis -1", vec(13).Op("Softmax", "sm", "x", "y").Output("y"),
			g2(graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("x"), Output: "y"})},
		{"softmax/opset 11 default axis 1 on [1,F]", vec(11).Op("Softmax", "sm", "x", "y").Output("y"),
			g2(graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("x"), Output: "y"})},
		{"softmax/opset 7 axis 0 on [1,F] is over everything", vec(7).Op("Softmax", "sm", "x", "y", ob.Int("axis", 0)).Output("y"),
			g2(graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("x"), Output: "y"})},
		{"softmax/opset 11 axis 1 on [1,C,1,1] flattens", img(11).Op("GlobalAveragePool", "gap", "x", "p").
			Op("Softmax", "sm", "p", "y").Output("y", -1, 2, 1, 1),
			g4(graph.Node{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "p"},
				graph.Node{Name: "sm/flatten", Op: graph.Reshape, Inputs: S("p"), Output: "y_flat", Shape: []int{1, 2}},
				graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("y_flat"), Output: "y_softmax"},
				graph.Node{Name: "sm/unflatten", Op: graph.Reshape, Inputs: S("y_softmax"), Output: "y", Shape: []int{1, 2, 1, 1}})},
		{"softmax/opset 13 axis 1 on [1,C,1,1]", img(13).Op("GlobalAveragePool", "gap", "x", "p").
			Op("Softmax", "sm", "p", "y", ob.Int("axis", 1)).Output("y"),
			g4(graph.Node{Name: "gap", Op: graph.GlobalAvgPool, Inputs: S("x"), Output: "p"},
				graph.Node{Name: "sm/flatten", Op: graph.Reshape, Inputs: S("p"), Output: "y_flat", Shape: []int{1, 2}},
				graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("y_flat"), Output: "y_softmax"},
				graph.Node{Name: "sm/unflatten", Op: graph.Reshape, Inputs: S("y_softmax"), Output: "y", Shape: []int{1, 2, 1, 1}})},

		// Constants of every form, and folding ops on constants.
		{"constant/value_floats, value_ints, value_float, value_int", img(13).
			Node("Constant", "kf", nil, S("kf"), ob.Floats("value_floats", 1, 2, 3)).
			Node("Constant", "ks", nil, S("ks"), ob.Ints("value_ints", 3, 1, 1)).
			Node("Reshape", "kr", S("kf", "ks"), S("k")).
			Node("Constant", "two", nil, S("two"), ob.Float("value_float", 2)).
			Node("Constant", "onei", nil, S("onei"), ob.Int("value_int", 3)).
			Node("Cast", "onef", S("onei"), S("three"), ob.Int("to", 1)).
			Node("Conv", "conv", S("x", "w"), S("t")).Node("Add", "add", S("t", "k"), S("u")).
			Node("Mul", "mul", S("u", "two"), S("v")).Node("Mul", "mul3", S("three", "v"), S("y")).Output("y"),
			g4(conv("conv", "y", scaleRows(wConv, fill(3, 6)), mulv(c, fill(3, 6))))},
		{"shape/opset 15 start and end", img(15).InitInt64("one", []int64{1}, 1).InitInt64("m1", []int64{1}, -1).
			Op("Shape", "sh", "x", "c", ob.Int("start", 1), ob.Int("end", -2)).
			Node("Concat", "cat", S("one", "c", "m1"), S("s"), ob.Int("axis", 0)).
			Node("Reshape", "r", S("x", "s"), S("y")).Output("y", -1, 2, 25),
			g4(graph.Node{Name: "r", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 2, 25}})},
		{"masks/constant folding", ob.New(17).Input("x", 1, 2).
			InitInt64("two", []int64{2}, 2, 2).InitInt64("one", []int64{1}, 1).InitInt64("k", nil, 1).
			InitInt64("r0", nil, 1).InitInt64("r1", nil, -1).InitInt64("rd", nil, -1).Init("zero", nil, vals(0)).
			Node("ConstantOfShape", "ones", S("two"), S("ones"), ob.Tensor("value", []int64{1}, vals(2))).
			Node("Trilu", "tri", S("ones", "k"), S("tri"), ob.Int("upper", 1)).
			Node("Equal", "eq", S("tri", "zero"), S("eq")).
			Node("ConstantOfShape", "three", S("one"), S("three"), ob.Tensor("value", []int64{1}, vals(3))).
			Node("Where", "wh", S("eq", "three", "tri"), S("w")).
			Node("Range", "rev", S("r0", "r1", "rd"), S("rev")).
			Node("MatMul", "mm", S("x", "w"), S("t")).Node("Mul", "scale", S("t", "three"), S("t3")).
			Node("Gather", "g", S("t3", "rev"), S("y"), ob.Int("axis", 1)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "mm", Op: graph.Dense, Inputs: S("x"), Output: "t3", W: tens(vals(9, 9, 6, 9), 2, 2)}, // w = [[3, 2], [3, 3]] (Trilu upper k=1 keeps [0, 1]), Wᵀ·3
				{Name: "g", Op: graph.Gather, Inputs: S("t3"), Output: "y", Shape: []int{1, 2}, Index: []int{1, 0}}}}},
		{"gather/vector and negative indices", img(13).InitInt64("idx", []int64{2}, 0, -1).InitInt64("m1", []int64{1}, -1).
			Op("Shape", "sh", "x", "s").Node("Gather", "g", S("s", "idx"), S("d"), ob.Int("axis", -1)).
			Node("Concat", "cat", S("d", "m1"), S("s2"), ob.Int("axis", -1)).
			Node("Reshape", "r", S("x", "s2"), S("y")).Output("y"),
			g4(graph.Node{Name: "r", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 5, 10}})},
		{"transpose/3-D constant", vec(13).Init("t3", []int64{2, 3, 4}, ramp(24)).InitInt64("s", []int64{2}, 4, 6).
			Op("Transpose", "tr", "t3", "t4", ob.Ints("perm", 2, 0, 1)).
			Node("Reshape", "r", S("t4", "s"), S("B")).Node("MatMul", "mm", S("x", "B"), S("y")).Output("y"),
			func() *graph.Graph {
				in := ramp(24)
				b := make([]float32, 24) // b[i][j*3+k] = in[j][k][i], i < 4
				for i := range 4 {
					for j := range 2 {
						for k := range 3 {
							b[i*6+j*3+k] = in[j*12+k*4+i]
						}
					}
				}
				return g2(dense("mm", "x", "y", transpose2(b, 4, 6), 6, 4, nil))
			}()},
		{"relu and squeeze without axes on constants, concat on axis 1", vec(13).Init("c3", []int64{1, 3, 1}, vals(-1, 2, -3)).
			Init("a", []int64{1, 1}, vals(5)).Init("b2", []int64{1, 2}, vals(-6, 7)).Init("B", []int64{3, 4}, gemmB).
			Op("Squeeze", "sq", "c3", "c").Op("Relu", "relu", "c", "C").
			Node("Concat", "cat", S("a", "b2"), S("C2"), ob.Int("axis", 1)).
			Node("Gemm", "fc", S("x", "B", "C"), S("h"), ob.Int("transB", 1)).Node("Add", "add", S("h", "C2"), S("y")).Output("y"),
			g2(dense("fc", "x", "y", gemmB, 3, 4, vals(5, -4, 7)))},
		{"cast/float constant to int64 shape", img(13).Init("sf", []int64{2}, vals(1, 50)).
			Op("Cast", "cast", "sf", "s", ob.Int("to", 7)).Node("Reshape", "r", S("x", "s"), S("y")).Output("y"),
			g4(graph.Node{Name: "r", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{1, 50}})},
		{"avgpool/auto_pad VALID", img(13).Node("AveragePool", "pool", S("x"), S("y"), ob.Ints("kernel_shape", 2, 3), ob.Ints("strides", 3, 1), ob.String("auto_pad", "VALID")).Output("y", -1, 2, 2, 3),
			g4(graph.Node{Name: "pool", Op: graph.AvgPool, Inputs: S("x"), Output: "y", Kernel: [2]int{2, 3}, Strides: [2]int{3, 1}})},
		{"maxpool/auto_pad VALID", img(13).Node("MaxPool", "pool", S("x"), S("y"), ob.Ints("kernel_shape", 2, 2), ob.String("auto_pad", "VALID")).Output("y", -1, 2, 4, 4),
			g4(graph.Node{Name: "pool", Op: graph.MaxPool, Inputs: S("x"), Output: "y", Kernel: [2]int{2, 2}})},
		{"avgpool/ceil_mode=1 exact, auto_pad SAME_LOWER", img(13).Node("AveragePool", "pool", S("x"), S("y"),
			ob.Ints("kernel_shape", 3, 3), ob.Ints("strides", 2, 2), ob.String("auto_pad", "SAME_LOWER"), ob.Int("ceil_mode", 1)).Output("y", -1, 2, 3, 3),
			g4(graph.Node{Name: "pool", Op: graph.AvgPool, Inputs: S("x"), Output: "y", Kernel: [2]int{3, 3}, Strides: [2]int{2, 2}, Pads: [4]int{1, 1, 1, 1}})},

		// Identities and the graph boundary.
		{"identity/of the input, of weights, of the output", img(13).Op("Identity", "i1", "x", "xi").Op("Identity", "i2", "w", "wi").
			Node("Conv", "conv", S("xi", "wi"), S("c")).Op("Identity", "i3", "c", "y").Output("y"),
			g4(conv("conv", "y", wConv, nil))},
		{"dropout/opset 10 ratio attribute", vec(10).Op("Dropout", "do", "x", "d", ob.Float("ratio", 0.3)).Op("Relu", "relu", "d", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"dropout/opset 13 ratio and training_mode inputs, unused mask", vec(13).Init("ratio", []int64{}, vals(0.5)).
			Node("Constant", "tm", nil, S("train"), ob.TensorInt64("value", []int64{}, 0)).
			Node("Dropout", "do", S("x", "ratio", "train"), S("d", "mask"), ob.Int("seed", 3)).Op("Relu", "relu", "d", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"cast/computed value to float", vec(13).Op("Cast", "cast", "x", "xf", ob.Int("to", 1)).Op("Relu", "relu", "xf", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"input/batch dimension unset", ob.New(13).Input("x", 0, 4).Op("Relu", "relu", "x", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"input/batch dimension 1", ob.New(13).Input("x", 1, 4).Op("Relu", "relu", "x", "y").Output("y", 1, 4),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"pipeline/graph/nodes out of order are sorted", vec(13).Op("Relu", "r2", "t", "y").Op("Relu", "r1", "x", "t").Output("y"),
			g2(graph.Node{Name: "r1", Op: graph.Relu, Inputs: S("x"), Output: "t"}, graph.Node{Name: "r2", Op: graph.Relu, Inputs: S("t"), Output: "y"})},
		{"pipeline/graph/dead nodes are dropped", vec(13).Op("Relu", "dead", "x", "unused").Op("Relu", "relu", "x", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		{"pipeline/graph/name and opset import spelled ai.onnx", ob.New(0).Opset("ai.onnx", 13).Opset("ai.onnx.ml", 3).Name("net").Input("x", -1, 4).
			Op("Relu", "relu", "x", "y").Output("y"),
			func() *graph.Graph {
				g := g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})
				g.Name = "net"
				return g
			}()},
	}
	return append(cases, unaryCases()...)
}

// unaryCases imports every elementwise function, with its attributes, on
// inputs of every rank, and the general shapes around them.
func unaryCases() []struct {
	name  string
	model *ob.Model
	want  *graph.Graph
} {
	type tc = struct {
		name  string
		model *ob.Model
		want  *graph.Graph
	}
	shapes := [][]int64{{3, 4, 5}, {7}, {2, 3}, {2, 3, 4, 5}}
	var cases []tc
	k := 0
	for op, kind := range unaryKinds {
		if op == "PRelu" || op == "Clip" {
			continue
		}
		shape := shapes[k%len(shapes)]
		k++
		want := &graph.Graph{Name: "test", Input: "x", InputShape: ints(shape), Output: "y", Nodes: []graph.Node{
			{Name: "u", Op: graph.Unary, Inputs: S("x"), Output: "y", Fn: graph.Fn{Kind: kind}}}}
		m := ob.New(13).Input("x", shape...)
		var attrs []ob.Attr
		f := &want.Nodes[0].Fn
		switch op {
		case "Elu", "Celu", "ThresholdedRelu", "LeakyRelu":
			attrs, f.Alpha = []ob.Attr{ob.Float("alpha", 0.5)}, 0.5
		case "Selu":
			attrs, f.Alpha, f.Beta = []ob.Attr{ob.Float("alpha", 2), ob.Float("gamma", 3)}, 2, 3
		case "HardSigmoid":
			attrs, f.Alpha, f.Beta = []ob.Attr{ob.Float("alpha", 0.25), ob.Float("beta", 0.75)}, 0.25, 0.75
		case "Shrink":
			attrs, f.Alpha, f.Beta = []ob.Attr{ob.Float("lambd", 1.5), ob.Float("bias", 0.5)}, 1.5, 0.5
		}
		cases = append(cases, tc{"unary/" + op, m.Op(op, "u", "x", "y", attrs...).Output("y"), want})
	}
	red := func(r graph.Reduction, axes []int, keep bool) graph.Node {
		return graph.Node{Op: graph.Reduce, Reduction: r, Axes: axes, KeepDims: keep}
	}
	un := func(k graph.FnKind, a float64) graph.Node {
		return graph.Node{Op: graph.Unary, Fn: graph.Fn{Kind: k, Alpha: a}}
	}
	for _, rc := range []struct {
		op    string
		opset int64
		attrs []ob.Attr
		axes  []int64 // ReduceSum's input from opset 13
		chain []graph.Node
	}{
		{"ReduceMax", 13, []ob.Attr{ob.Ints("axes", 1), ob.Int("keepdims", 0)}, nil, []graph.Node{red(graph.ReduceMax, []int{1}, false)}},
		{"ReduceMin", 13, []ob.Attr{ob.Ints("axes", -1), ob.Int("keepdims", 1)}, nil, []graph.Node{un(graph.Neg, 0), red(graph.ReduceMax, []int{2}, true), un(graph.Neg, 0)}},
		{"ReduceMean", 13, nil, nil, []graph.Node{red(graph.ReduceMean, []int{0, 1, 2}, true)}},
		{"ReduceMean", 12, []ob.Attr{ob.Ints("axes", 0), ob.Int("keepdims", 0)}, nil, []graph.Node{red(graph.ReduceMean, []int{0}, false)}},
		{"ReduceSum", 13, []ob.Attr{ob.Int("keepdims", 1), ob.Int("noop_with_empty_axes", 0)}, []int64{-2, -1}, []graph.Node{red(graph.ReduceSum, []int{1, 2}, true)}},
		{"ReduceSum", 11, []ob.Attr{ob.Ints("axes", 0, 1)}, nil, []graph.Node{red(graph.ReduceSum, []int{0, 1}, true)}},
		{"ReduceSumSquare", 13, []ob.Attr{ob.Ints("axes", 1), ob.Int("keepdims", 1)}, nil, []graph.Node{un(graph.Pow, 2), red(graph.ReduceSum, []int{1}, true)}},
		{"ReduceL1", 13, []ob.Attr{ob.Ints("axes", 1), ob.Int("keepdims", 1)}, nil, []graph.Node{un(graph.Abs, 0), red(graph.ReduceSum, []int{1}, true)}},
		{"ReduceL2", 13, []ob.Attr{ob.Ints("axes", 1), ob.Int("keepdims", 1)}, nil, []graph.Node{un(graph.Pow, 2), red(graph.ReduceSum, []int{1}, true), un(graph.Sqrt, 0)}},
		{"ReduceLogSum", 13, []ob.Attr{ob.Ints("axes", 1), ob.Int("keepdims", 1)}, nil, []graph.Node{red(graph.ReduceSum, []int{1}, true), un(graph.Log, 0)}},
		{"ReduceLogSumExp", 13, []ob.Attr{ob.Ints("axes", 1), ob.Int("keepdims", 1)}, nil, []graph.Node{un(graph.Exp, 0), red(graph.ReduceSum, []int{1}, true), un(graph.Log, 0)}},
	} {
		m := ob.New(rc.opset).Input("x", 2, 3, 4)
		in := S("x")
		if rc.axes != nil {
			m.InitInt64("axes", []int64{int64(len(rc.axes))}, rc.axes...)
			in = S("x", "axes")
		}
		m.Node(rc.op, "r", in, S("y"), rc.attrs...).Output("y")
		want := &graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3, 4}, Output: "y"}
		prev := "x"
		for k, n := range rc.chain {
			n.Name, n.Inputs, n.Output = "r", S(prev), "y"
			if len(rc.chain) > 1 {
				name := n.Fn.Kind.String()
				if n.Op == graph.Reduce {
					name = "reduce_" + n.Reduction.String()
				}
				n.Name = "r/" + name
				if k < len(rc.chain)-1 {
					n.Output = "y_" + name
				}
			}
			prev = n.Output
			want.Nodes = append(want.Nodes, n)
		}
		cases = append(cases, tc{fmt.Sprintf("reduce/%s opset %d", rc.op, rc.opset), m, want})
	}
	slices.SortFunc(cases, func(a, b tc) int { return strings.Compare(a.name, b.name) })
	one := func(f graph.Fn, shape ...int) *graph.Graph {
		return &graph.Graph{Name: "test", Input: "x", InputShape: shape, Output: "y", Nodes: []graph.Node{
			{Name: "u", Op: graph.Unary, Inputs: S("x"), Output: "y", Fn: f}}}
	}
	maxF := float64(math.MaxFloat32)
	return append(cases,
		tc{"unary/defaults", vec(13).Op("Selu", "u", "x", "y").Output("y"),
			one(graph.Fn{Kind: graph.Selu, Alpha: float64(float32(1.67326319217681884765625)), Beta: float64(float32(1.05070102214813232421875))}, 1, 4)},
		tc{"unary/PRelu scalar slope", vec(13).Init("s", []int64{1}, vals(0.25)).Node("PRelu", "u", S("x", "s"), S("y")).Output("y"),
			one(graph.Fn{Kind: graph.LeakyRelu, Alpha: 0.25}, 1, 4)},
		tc{"unary/Clip opset 13 both bounds", vec(13).Init("lo", nil, vals(-1)).Init("hi", nil, vals(2)).Node("Clip", "u", S("x", "lo", "hi"), S("y")).Output("y"),
			one(graph.Fn{Kind: graph.Clip, Alpha: -1, Beta: 2}, 1, 4)},
		tc{"unary/Clip opset 13 max only", vec(13).Init("hi", nil, vals(6)).Node("Clip", "u", S("x", "", "hi"), S("y")).Output("y"),
			one(graph.Fn{Kind: graph.Clip, Alpha: -maxF, Beta: 6}, 1, 4)},
		tc{"unary/Clip opset 6 attributes", ob.New(6).Input("x", 3).Op("Clip", "u", "x", "y", ob.Float("min", 0), ob.Float("max", 6)).Output("y"),
			one(graph.Fn{Kind: graph.Clip, Alpha: 0, Beta: 6}, 3)},
		tc{"unary/of constants folds", vec(13).Init("one", nil, vals(1)).Init("four", nil, vals(4)).Op("Neg", "neg", "one", "lo").Op("Sqrt", "sqrt", "four", "hi").
			Node("Clip", "u", S("x", "lo", "hi"), S("y")).Output("y"),
			one(graph.Fn{Kind: graph.Clip, Alpha: -1, Beta: 2}, 1, 4)},
		tc{"unary/opset 1 legacy op", ob.New(1).Input("x", 2, 3).Op("Elu", "u", "x", "y").Output("y"),
			one(graph.Fn{Kind: graph.Elu, Alpha: 1}, 2, 3)},
		tc{"input/rank 3 with a symbolic batch", ob.New(13).Input("x", -1, 3, 4).Op("Relu", "relu", "x", "y").Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 3, 4}, Output: "y", Nodes: []graph.Node{
				{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"}}}},
		tc{"flatten/axis 2 of [2,3,4,5]", ob.New(13).Input("x", 2, 3, 4, 5).Op("Flatten", "fl", "x", "y", ob.Int("axis", 2)).Output("y", 6, 20),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3, 4, 5}, Output: "y", Nodes: []graph.Node{
				{Name: "fl", Op: graph.Reshape, Inputs: S("x"), Output: "y", Shape: []int{6, 20}}}}},
		tc{"affine/scalar arithmetic on a computed value merges into one function", vec(13).Init("two", nil, vals(2)).Init("three", nil, vals(3)).
			Op("Sigmoid", "sig", "x", "s").Node("Mul", "mul", S("s", "two"), S("m")).Node("Sub", "sub", S("three", "m"), S("d")).
			Node("Div", "div", S("d", "two"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 4}, Output: "y", Nodes: []graph.Node{
				{Name: "sig", Op: graph.Unary, Inputs: S("x"), Output: "s", Fn: graph.Fn{Kind: graph.Sigmoid}},
				{Name: "mul", Op: graph.Unary, Inputs: S("s"), Output: "y", Fn: graph.Fn{Kind: graph.Affine, Alpha: -1, Beta: 1.5}}}}},
		tc{"pow/scalar exponent", vec(13).Init("e", nil, vals(2)).Node("Pow", "u", S("x", "e"), S("y")).Output("y"),
			one(graph.Fn{Kind: graph.Pow, Alpha: 2}, 1, 4)},
		tc{"reduce/ReduceSum noop with empty axes", ob.New(13).Input("x", 2, 3).Op("ReduceSum", "r", "x", "s", ob.Int("noop_with_empty_axes", 1)).Op("Relu", "relu", "s", "y").Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3}, Output: "y", Nodes: []graph.Node{{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"}}}},
		tc{"softmax/opset 13 default axis of [1,C,H,W]: the rows", img(13).Op("Softmax", "sm", "x", "y").Output("y"),
			g4(graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("x"), Output: "y"})},
		tc{"softmax/opset 11 axis 2 of [1,C,H,W] flattens to [2, 25]", img(11).Op("Softmax", "sm", "x", "y", ob.Int("axis", 2)).Output("y"),
			g4(graph.Node{Name: "sm/flatten", Op: graph.Reshape, Inputs: S("x"), Output: "y_flat", Shape: []int{2, 25}},
				graph.Node{Name: "sm", Op: graph.Softmax, Inputs: S("y_flat"), Output: "y_softmax"},
				graph.Node{Name: "sm/unflatten", Op: graph.Reshape, Inputs: S("y_softmax"), Output: "y", Shape: []int{1, 2, 5, 5}})},
		tc{"variadic/Max of one input is the input", vec(13).Op("Max", "mx", "x", "m").Op("Min", "mn", "m", "n").Op("Relu", "relu", "n", "y").Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"})},
		tc{"variadic/Sum of three values is two Adds", vec(13).Op("Relu", "relu", "x", "r").Op("Sigmoid", "sig", "x", "s").Node("Sum", "sum", S("x", "r", "s"), S("y")).Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "r"},
				graph.Node{Name: "sig", Op: graph.Unary, Inputs: S("x"), Output: "s", Fn: graph.Fn{Kind: graph.Sigmoid}},
				graph.Node{Name: "sum/add1", Op: graph.Add, Inputs: S("x", "r"), Output: "y_add1"},
				graph.Node{Name: "sum/add2", Op: graph.Add, Inputs: S("y_add1", "s"), Output: "y"})},
		tc{"variadic/Mean of two values is an Add and a scale", vec(13).Op("Relu", "relu", "x", "r").Node("Mean", "mean", S("x", "r"), S("y")).Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "r"},
				graph.Node{Name: "mean/add1", Op: graph.Add, Inputs: S("x", "r"), Output: "y_add1"},
				graph.Node{Name: "mean/mean", Op: graph.Unary, Inputs: S("y_add1"), Output: "y", Fn: graph.Fn{Kind: graph.Affine, Alpha: 0.5}})},
		tc{"movement/Transpose of a computed value", ob.New(13).Input("x", 2, 3).Op("Transpose", "tr", "x", "y").Output("y"),
			gat("tr", []int{3, 2}, 0, []int{0, 3, 1, 4, 2, 5}, 2, 3)},
		tc{"movement/Slice opset 13", ob.New(13).Input("x", 2, 3).InitInt64("s", []int64{1}, 1).InitInt64("e", []int64{1}, 3).InitInt64("a", []int64{1}, 1).InitInt64("st", []int64{1}, 1).
			Node("Slice", "sl", S("x", "s", "e", "a", "st"), S("y")).Output("y"),
			gat("sl", []int{2, 2}, 0, []int{1, 2, 4, 5}, 2, 3)},
		tc{"movement/Slice backwards", ob.New(13).Input("x", 2, 3).InitInt64("s", []int64{1}, -1).InitInt64("e", []int64{1}, -4).InitInt64("a", []int64{1}, -1).InitInt64("st", []int64{1}, -1).
			Node("Slice", "sl", S("x", "s", "e", "a", "st"), S("y")).Output("y"),
			gat("sl", []int{2, 3}, 0, []int{2, 1, 0, 5, 4, 3}, 2, 3)},
		tc{"movement/Slice opset 9 attributes", ob.New(9).Input("x", 2, 3).Op("Slice", "sl", "x", "y", ob.Ints("starts", 0), ob.Ints("ends", 1), ob.Ints("axes", 0)).Output("y"),
			gat("sl", []int{1, 3}, 0, []int{0, 1, 2}, 2, 3)},
		tc{"movement/Pad constant", ob.New(13).Input("x", 2, 3).InitInt64("p", []int64{4}, 0, 1, 0, 0).Init("v", nil, vals(0.5)).
			Node("Pad", "pd", S("x", "p", "v"), S("y")).Output("y"),
			gat("pd", []int{2, 4}, 0.5, []int{-1, 0, 1, 2, -1, 3, 4, 5}, 2, 3)},
		tc{"movement/Pad edge", ob.New(13).Input("x", 3).InitInt64("p", []int64{2}, 1, 1).Node("Pad", "pd", S("x", "p"), S("y"), ob.String("mode", "edge")).Output("y"),
			gat("pd", []int{5}, 0, []int{0, 0, 1, 2, 2}, 3)},
		tc{"movement/Pad reflect opset 2", ob.New(2).Input("x", 3).Op("Pad", "pd", "x", "y", ob.Ints("pads", 2, 1), ob.String("mode", "reflect"), ob.Float("value", 0)).Output("y"),
			gat("pd", []int{6}, 0, []int{2, 1, 0, 1, 2, 1}, 3)},
		tc{"movement/Tile", ob.New(13).Input("x", 2).InitInt64("r", []int64{1}, 3).Node("Tile", "tl", S("x", "r"), S("y")).Output("y"),
			gat("tl", []int{6}, 0, []int{0, 1, 0, 1, 0, 1}, 2)},
		tc{"movement/Expand", ob.New(13).Input("x", 3, 1).InitInt64("s", []int64{3}, 2, 1, 2).Node("Expand", "ex", S("x", "s"), S("y")).Output("y"),
			gat("ex", []int{2, 3, 2}, 0, []int{0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2}, 3, 1)},
		tc{"movement/DepthToSpace DCR", ob.New(13).Input("x", 1, 8, 1, 1).Op("DepthToSpace", "d2s", "x", "y", ob.Int("blocksize", 2)).Output("y"),
			gat("d2s", []int{1, 2, 2, 2}, 0, []int{0, 2, 4, 6, 1, 3, 5, 7}, 1, 8, 1, 1)},
		tc{"movement/DepthToSpace CRD", ob.New(13).Input("x", 1, 8, 1, 1).Op("DepthToSpace", "d2s", "x", "y", ob.Int("blocksize", 2), ob.String("mode", "CRD")).Output("y"),
			gat("d2s", []int{1, 2, 2, 2}, 0, []int{0, 1, 2, 3, 4, 5, 6, 7}, 1, 8, 1, 1)},
		tc{"movement/SpaceToDepth", ob.New(13).Input("x", 1, 1, 2, 4).Op("SpaceToDepth", "s2d", "x", "y", ob.Int("blocksize", 2)).Output("y"),
			gat("s2d", []int{1, 4, 1, 2}, 0, []int{0, 2, 1, 3, 4, 6, 5, 7}, 1, 1, 2, 4)},
		tc{"movement/Concat of two computed values", vec(13).Op("Relu", "relu", "x", "r").Node("Concat", "cat", S("x", "r"), S("y"), ob.Int("axis", 0)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 4}, Output: "y", Nodes: []graph.Node{
				{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "r"},
				{Name: "cat", Op: graph.Gather, Inputs: S("x", "r"), Output: "y", Shape: []int{2, 4}, Index: []int{0, 1, 2, 3, 4, 5, 6, 7}}}}},
		tc{"movement/Gather of a computed value", vec(13).InitInt64("i", []int64{2}, 3, -4).Node("Gather", "g", S("x", "i"), S("y"), ob.Int("axis", 1)).Output("y"),
			gat("g", []int{1, 2}, 0, []int{3, 0}, 1, 4)},
		tc{"movement/a chain is one Gather", ob.New(13).Input("x", 2, 3).Op("Transpose", "tr", "x", "t").
			InitInt64("s", []int64{1}, 0).InitInt64("e", []int64{1}, 2).InitInt64("a", []int64{1}, 0).Node("Slice", "sl", S("t", "s", "e", "a"), S("u")).
			InitInt64("shape", []int64{1}, 4).Node("Reshape", "rs", S("u", "shape"), S("y")).Output("y"),
			gat("tr", []int{4}, 0, []int{0, 3, 1, 4}, 2, 3)},
		tc{"binary/Sub of a broadcast computed value", ob.New(13).Input("x", 2, 3).Op("ReduceMax", "m", "x", "mx", ob.Ints("axes", 1)).
			Node("Sub", "sub", S("x", "mx"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3}, Output: "y", Nodes: []graph.Node{
				{Name: "m", Op: graph.Reduce, Inputs: S("x"), Output: "mx", Reduction: graph.ReduceMax, Axes: []int{1}, KeepDims: true},
				{Name: "sub/expand1", Op: graph.Gather, Inputs: S("mx"), Output: "y_expand1", Shape: []int{2, 3}, Index: []int{0, 0, 0, 1, 1, 1}},
				{Name: "sub/neg", Op: graph.Unary, Inputs: S("y_expand1"), Output: "y_neg", Fn: graph.Fn{Kind: graph.Neg}},
				{Name: "sub", Op: graph.Add, Inputs: S("x", "y_neg"), Output: "y"}}}},
		tc{"rows/Gemm of two rows, transA", ob.New(13).Input("x", 4, 2).Init("B", []int64{4, 3}, vals(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).Node("Gemm", "fc", S("x", "B"), S("y"), ob.Int("transA", 1)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{4, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "fc/transposeA", Op: graph.Gather, Inputs: S("x"), Output: "y_transposed", Shape: []int{2, 4}, Index: []int{0, 2, 4, 6, 1, 3, 5, 7}},
				{Name: "fc", Op: graph.Dense, Inputs: S("y_transposed"), Output: "y", W: tens([]float32{0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11}, 3, 4)}}}},
		tc{"rows/MatMul of a rank-3 value", ob.New(13).Input("x", 2, 3, 4).Init("B", []int64{4, 2}, vals(0, 1, 2, 3, 4, 5, 6, 7)).Node("MatMul", "mm", S("x", "B"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3, 4}, Output: "y", Nodes: []graph.Node{
				{Name: "mm/rows", Op: graph.Reshape, Inputs: S("x"), Output: "y_rows", Shape: []int{6, 4}},
				{Name: "mm", Op: graph.Dense, Inputs: S("y_rows"), Output: "y_product", W: tens([]float32{0, 2, 4, 6, 1, 3, 5, 7}, 2, 4)},
				{Name: "mm/unrows", Op: graph.Reshape, Inputs: S("y_product"), Output: "y", Shape: []int{2, 3, 2}}}}},
		tc{"affine/per-channel Mul of the input is a diagonal 1×1 Conv", img(13).Init("k", []int64{1, 2, 1, 1}, vals(2, 3)).Node("Mul", "n", S("x", "k"), S("y")).Output("y"),
			g4(graph.Node{Name: "n", Op: graph.Conv, Inputs: S("x"), Output: "y", W: tens(vals(2, 0, 0, 3), 2, 2, 1, 1), B: tens(vals(0, 0), 2), Kernel: [2]int{1, 1}})},
		tc{"affine/Sub of a last-axis constant is a diagonal Dense over the rows", ob.New(13).Input("x", 2, 3, 2).Init("k", []int64{2}, vals(1, 2)).Node("Sub", "n", S("k", "x"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "n/rows", Op: graph.Reshape, Inputs: S("x"), Output: "y_rows", Shape: []int{6, 2}},
				{Name: "n", Op: graph.Dense, Inputs: S("y_rows"), Output: "y_affine", W: tens(vals(-1, 0, 0, -1), 2, 2), B: tens(vals(1, 2), 2)},
				{Name: "n/unrows", Op: graph.Reshape, Inputs: S("y_affine"), Output: "y", Shape: []int{2, 3, 2}}}}},
		tc{"conv/depthwise, dilated: dense weights with zeros", ob.New(13).Input("x", 1, 2, 5, 5).Init("w", []int64{2, 1, 2, 1}, vals(1, 2, 3, 4)).
			Node("Conv", "conv", S("x", "w"), S("y"), ob.Int("group", 2), ob.Ints("dilations", 2, 1)).Output("y"),
			g4(graph.Node{Name: "conv", Op: graph.Conv, Inputs: S("x"), Output: "y", Kernel: [2]int{3, 1},
				W: tens(vals(1, 0, 2, 0, 0, 0, 0, 0, 0, 3, 0, 4), 2, 2, 3, 1)})},
		tc{"binary/Div of two computed values is a Mul by the reciprocal", vec(13).Op("Sigmoid", "sig", "x", "s").Node("Div", "div", S("x", "s"), S("y")).Output("y"),
			g2(graph.Node{Name: "sig", Op: graph.Unary, Inputs: S("x"), Output: "s", Fn: graph.Fn{Kind: graph.Sigmoid}},
				graph.Node{Name: "div/reciprocal", Op: graph.Unary, Inputs: S("s"), Output: "y_reciprocal", Fn: graph.Fn{Kind: graph.Recip}},
				graph.Node{Name: "div", Op: graph.Mul, Inputs: S("x", "y_reciprocal"), Output: "y"})},
		tc{"variadic/Max of three values", vec(13).Op("Relu", "relu", "x", "r").Op("Sigmoid", "sig", "x", "s").Node("Max", "mx", S("x", "r", "s"), S("y")).Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "r"},
				graph.Node{Name: "sig", Op: graph.Unary, Inputs: S("x"), Output: "s", Fn: graph.Fn{Kind: graph.Sigmoid}},
				graph.Node{Name: "mx/max1", Op: graph.Max, Inputs: S("x", "r"), Output: "y_max1"},
				graph.Node{Name: "mx/max2", Op: graph.Max, Inputs: S("y_max1", "s"), Output: "y"})},
		tc{"variadic/Min of two values", vec(13).Op("Relu", "relu", "x", "r").Node("Min", "mn", S("x", "r"), S("y")).Output("y"),
			g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "r"},
				graph.Node{Name: "mn", Op: graph.Min, Inputs: S("x", "r"), Output: "y"})},
		tc{"logsoftmax/ONNX's decomposition", vec(13).Op("LogSoftmax", "lsm", "x", "y", ob.Int("axis", -1)).Output("y"),
			g2(graph.Node{Name: "lsm/max", Op: graph.Reduce, Inputs: S("x"), Output: "y_max", Reduction: graph.ReduceMax, Axes: []int{1}, KeepDims: true},
				graph.Node{Name: "lsm/shift/expand1", Op: graph.Gather, Inputs: S("y_max"), Output: "y_shifted_expand1", Shape: []int{1, 4}, Index: []int{0, 0, 0, 0}},
				graph.Node{Name: "lsm/shift/neg", Op: graph.Unary, Inputs: S("y_shifted_expand1"), Output: "y_shifted_neg", Fn: graph.Fn{Kind: graph.Neg}},
				graph.Node{Name: "lsm/shift", Op: graph.Add, Inputs: S("x", "y_shifted_neg"), Output: "y_shifted"},
				graph.Node{Name: "lsm/exp", Op: graph.Unary, Inputs: S("y_shifted"), Output: "y_exp", Fn: graph.Fn{Kind: graph.Exp}},
				graph.Node{Name: "lsm/sum", Op: graph.Reduce, Inputs: S("y_exp"), Output: "y_sum", Reduction: graph.ReduceSum, Axes: []int{1}, KeepDims: true},
				graph.Node{Name: "lsm/log", Op: graph.Unary, Inputs: S("y_sum"), Output: "y_log", Fn: graph.Fn{Kind: graph.Log}},
				graph.Node{Name: "lsm/expand1", Op: graph.Gather, Inputs: S("y_log"), Output: "y_expand1", Shape: []int{1, 4}, Index: []int{0, 0, 0, 0}},
				graph.Node{Name: "lsm/neg", Op: graph.Unary, Inputs: S("y_expand1"), Output: "y_neg", Fn: graph.Fn{Kind: graph.Neg}},
				graph.Node{Name: "lsm", Op: graph.Add, Inputs: S("y_shifted", "y_neg"), Output: "y"})},
		tc{"softmax/opset 13 inner axis: ONNX's decomposition", vec(13).Op("Softmax", "sm", "x", "y", ob.Int("axis", 0)).Output("y"),
			g2(graph.Node{Name: "sm/max", Op: graph.Reduce, Inputs: S("x"), Output: "y_max", Reduction: graph.ReduceMax, Axes: []int{0}, KeepDims: true},
				graph.Node{Name: "sm/shift/neg", Op: graph.Unary, Inputs: S("y_max"), Output: "y_shifted_neg", Fn: graph.Fn{Kind: graph.Neg}},
				graph.Node{Name: "sm/shift", Op: graph.Add, Inputs: S("x", "y_shifted_neg"), Output: "y_shifted"},
				graph.Node{Name: "sm/exp", Op: graph.Unary, Inputs: S("y_shifted"), Output: "y_exp", Fn: graph.Fn{Kind: graph.Exp}},
				graph.Node{Name: "sm/sum", Op: graph.Reduce, Inputs: S("y_exp"), Output: "y_sum", Reduction: graph.ReduceSum, Axes: []int{0}, KeepDims: true},
				graph.Node{Name: "sm/reciprocal", Op: graph.Unary, Inputs: S("y_sum"), Output: "y_reciprocal", Fn: graph.Fn{Kind: graph.Recip}},
				graph.Node{Name: "sm", Op: graph.Mul, Inputs: S("y_exp", "y_reciprocal"), Output: "y"})},
		tc{"resize/nearest ×2 is a Dense of the interpolation matrix", ob.New(13).Input("x", 1, 1, 1, 2).Init("scales", []int64{4}, vals(1, 1, 1, 2)).
			Node("Resize", "r", S("x", "", "scales"), S("y"), ob.String("mode", "nearest"), ob.String("coordinate_transformation_mode", "half_pixel"),
				ob.String("nearest_mode", "round_prefer_floor"), ob.Float("cubic_coeff_a", -0.75), ob.Int("exclude_outside", 0), ob.Float("extrapolation_value", 0)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "r/rows", Op: graph.Reshape, Inputs: S("x"), Output: "y_rows", Shape: []int{1, 2}},
				{Name: "r", Op: graph.Dense, Inputs: S("y_rows"), Output: "y_resized", W: tens(vals(1, 0, 1, 0, 0, 1, 0, 1), 4, 2)},
				{Name: "r/unrows", Op: graph.Reshape, Inputs: S("y_resized"), Output: "y", Shape: []int{1, 1, 1, 4}}}}},
		tc{"resize/linear to sizes, align_corners", ob.New(13).Input("x", 3).InitInt64("sizes", []int64{1}, 5).
			Node("Resize", "r", S("x", "", "", "sizes"), S("y"), ob.String("mode", "linear"), ob.String("coordinate_transformation_mode", "align_corners")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{3}, Output: "y", Nodes: []graph.Node{
				{Name: "r/rows", Op: graph.Reshape, Inputs: S("x"), Output: "y_rows", Shape: []int{1, 3}},
				{Name: "r", Op: graph.Dense, Inputs: S("y_rows"), Output: "y_resized", W: tens(vals(1, 0, 0, 0.5, 0.5, 0, 0, 1, 0, 0, 0.5, 0.5, 0, 0, 1), 5, 3)},
				{Name: "r/unrows", Op: graph.Reshape, Inputs: S("y_resized"), Output: "y", Shape: []int{5}}}}},
		tc{"resize/Upsample opset 9 nearest", ob.New(9).Input("x", 1, 1, 1, 2).Init("scales", []int64{4}, vals(1, 1, 1, 2)).
			Node("Upsample", "r", S("x", "scales"), S("y"), ob.String("mode", "nearest")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "r/rows", Op: graph.Reshape, Inputs: S("x"), Output: "y_rows", Shape: []int{1, 2}},
				{Name: "r", Op: graph.Dense, Inputs: S("y_rows"), Output: "y_resized", W: tens(vals(1, 0, 1, 0, 0, 1, 0, 1), 4, 2)},
				{Name: "r/unrows", Op: graph.Reshape, Inputs: S("y_resized"), Output: "y", Shape: []int{1, 1, 1, 4}}}}},
		tc{"resize/Upsample opset 7 scales attribute", ob.New(7).Input("x", 1, 1, 1, 2).
			Op("Upsample", "r", "x", "y", ob.Floats("scales", 1, 1, 1, 2)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "r/rows", Op: graph.Reshape, Inputs: S("x"), Output: "y_rows", Shape: []int{1, 2}},
				{Name: "r", Op: graph.Dense, Inputs: S("y_rows"), Output: "y_resized", W: tens(vals(1, 0, 1, 0, 0, 1, 0, 1), 4, 2)},
				{Name: "r/unrows", Op: graph.Reshape, Inputs: S("y_resized"), Output: "y", Shape: []int{1, 1, 1, 4}}}}},
		tc{"convtranspose/stride 2: a spread Gather and a Conv by the flipped kernel", ob.New(13).Input("x", 1, 1, 1, 2).Init("w", []int64{1, 1, 1, 2}, vals(1, 2)).
			Node("ConvTranspose", "ct", S("x", "w"), S("y"), ob.Ints("strides", 1, 2), ob.Ints("kernel_shape", 1, 2), ob.Ints("dilations", 1, 1),
				ob.Int("group", 1), ob.Ints("output_padding", 0, 0), ob.Ints("pads", 0, 0, 0, 0), ob.String("auto_pad", "NOTSET")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 1, 2}, Output: "y", Nodes: []graph.Node{
				// x0 _ x1 padded by one zero each side: [0, x0, 0, x1, 0].
				{Name: "ct/spread", Op: graph.Gather, Inputs: S("x"), Output: "y_spread", Shape: []int{1, 1, 1, 5}, Index: []int{-1, 0, -1, 1, -1}},
				{Name: "ct", Op: graph.Conv, Inputs: S("y_spread"), Output: "y", Kernel: [2]int{1, 2}, W: tens(vals(2, 1), 1, 1, 1, 2)}}}},
		tc{"convtranspose/output_shape", ob.New(13).Input("x", 1, 1, 1, 2).Init("w", []int64{1, 1, 1, 1}, vals(3)).
			Node("ConvTranspose", "ct", S("x", "w"), S("y"), ob.Ints("output_shape", 1, 3)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "ct/spread", Op: graph.Gather, Inputs: S("x"), Output: "y_spread", Shape: []int{1, 1, 1, 3}, Index: []int{0, 1, -1}},
				{Name: "ct", Op: graph.Conv, Inputs: S("y_spread"), Output: "y", Kernel: [2]int{1, 1}, W: tens(vals(3), 1, 1, 1, 1)}}}},
		tc{"conv1d/ConvTranspose of [1, C, L] as the image [1, C, L, 1]", ob.New(13).Input("x", 1, 1, 3).Init("w", []int64{1, 1, 2}, vals(1, 2)).
			Node("ConvTranspose", "ct", S("x", "w"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 3}, Output: "y", Nodes: []graph.Node{
				{Name: "ct/to2d", Op: graph.Gather, Inputs: S("x"), Output: "y_2d_spread", Shape: []int{1, 1, 5, 1}, Index: []int{-1, 0, 1, 2, -1}},
				{Name: "ct", Op: graph.Conv, Inputs: S("y_2d_spread"), Output: "y_2d", Kernel: [2]int{2, 1}, W: tens(vals(2, 1), 1, 1, 2, 1)},
				{Name: "ct/to1d", Op: graph.Gather, Inputs: S("y_2d"), Output: "y", Shape: []int{1, 1, 4}, Index: []int{0, 1, 2, 3}}}}},
		tc{"conv1d/MaxPool of [1, C, L]", ob.New(13).Input("x", 1, 2, 3).Op("MaxPool", "mp", "x", "y", ob.Ints("kernel_shape", 2), ob.Ints("strides", 1), ob.Ints("pads", 1, 0)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2, 3}, Output: "y", Nodes: []graph.Node{
				{Name: "mp/to2d", Op: graph.Gather, Inputs: S("x"), Output: "x_2d", Shape: []int{1, 2, 3, 1}, Index: []int{0, 1, 2, 3, 4, 5}},
				{Name: "mp", Op: graph.MaxPool, Inputs: S("x_2d"), Output: "y_2d", Kernel: [2]int{2, 1}, Strides: [2]int{1, 1}, Pads: [4]int{1, 0, 0, 0}},
				{Name: "mp/to1d", Op: graph.Gather, Inputs: S("y_2d"), Output: "y", Shape: []int{1, 2, 3}, Index: []int{0, 1, 2, 3, 4, 5}}}}},
		tc{"pools/ceil_mode: a partial last window, by end padding", ob.New(13).Input("x", 1, 1, 5, 5).
			Op("MaxPool", "pool", "x", "y", ob.Ints("kernel_shape", 2, 2), ob.Ints("strides", 2, 2), ob.Int("ceil_mode", 1)).Output("y", 1, 1, 3, 3),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 5, 5}, Output: "y", Nodes: []graph.Node{
				{Name: "pool", Op: graph.MaxPool, Inputs: S("x"), Output: "y", Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}, Pads: [4]int{0, 0, 1, 1}}}}},
		tc{"pools/count_include_pad=1: explicit zeros by a Gather", ob.New(13).Input("x", 1, 1, 1, 2).
			Op("AveragePool", "pool", "x", "y", ob.Ints("kernel_shape", 1, 2), ob.Ints("pads", 0, 1, 0, 0), ob.Int("count_include_pad", 1)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 1, 1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "pool/pad", Op: graph.Gather, Inputs: S("x"), Output: "y_padded", Shape: []int{1, 1, 1, 3}, Index: []int{-1, 0, 1}},
				{Name: "pool", Op: graph.AvgPool, Inputs: S("y_padded"), Output: "y", Kernel: [2]int{1, 2}}}}},
		tc{"reduce/separate axes: a transpose first", ob.New(13).Input("x", 2, 3, 4).Op("ReduceMax", "n", "x", "y", ob.Ints("axes", 0, 2)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 3, 4}, Output: "y", Nodes: []graph.Node{
				{Name: "n/transpose", Op: graph.Gather, Inputs: S("x"), Output: "y_transposed", Shape: []int{3, 2, 4},
					Index: []int{0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 8, 9, 10, 11, 20, 21, 22, 23}},
				{Name: "n", Op: graph.Reduce, Inputs: S("y_transposed"), Output: "y_reduce_max", Reduction: graph.ReduceMax, Axes: []int{1, 2}},
				{Name: "n/reshape", Op: graph.Reshape, Inputs: S("y_reduce_max"), Output: "y", Shape: []int{1, 3, 1}}}}},
		tc{"lrn/squares, a channel-window sum over the rows, the power, the product", ob.New(13).Input("x", 1, 2, 1, 1).
			Op("LRN", "lrn", "x", "y", ob.Int("size", 3), ob.Float("alpha", 0.5), ob.Float("beta", 0.75), ob.Float("bias", 1)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2, 1, 1}, Output: "y", Nodes: []graph.Node{
				{Name: "lrn/square", Op: graph.Unary, Inputs: S("x"), Output: "y_square", Fn: graph.Fn{Kind: graph.Pow, Alpha: 2}},
				{Name: "lrn/transpose", Op: graph.Gather, Inputs: S("y_square"), Output: "y_transpose", Shape: []int{1, 2}, Index: []int{0, 1}},
				{Name: "lrn/sum", Op: graph.Dense, Inputs: S("y_transpose"), Output: "y_sum", W: tens(vals(1, 1, 1, 1), 2, 2)},
				{Name: "lrn/untranspose", Op: graph.Gather, Inputs: S("y_sum"), Output: "y_untranspose", Shape: []int{1, 2, 1, 1}, Index: []int{0, 1}},
				{Name: "lrn/scale", Op: graph.Unary, Inputs: S("y_untranspose"), Output: "y_scale", Fn: graph.Fn{Kind: graph.Affine, Alpha: float64(float32(0.5) / 3), Beta: 1}},
				{Name: "lrn/power", Op: graph.Unary, Inputs: S("y_scale"), Output: "y_power", Fn: graph.Fn{Kind: graph.Pow, Alpha: -0.75}},
				{Name: "lrn", Op: graph.Mul, Inputs: S("x", "y_power"), Output: "y"}}}},
		tc{"split/two halves, one Gather each", ob.New(13).Input("x", 1, 4).InitInt64("sp", []int64{2}, 2, 2).
			Node("Split", "sp", S("x", "sp"), S("a", "b"), ob.Int("axis", 1)).Node("Add", "add", S("a", "b"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 4}, Output: "y", Nodes: []graph.Node{
				{Name: "sp/0", Op: graph.Gather, Inputs: S("x"), Output: "a", Shape: []int{1, 2}, Index: []int{0, 1}},
				{Name: "sp/1", Op: graph.Gather, Inputs: S("x"), Output: "b", Shape: []int{1, 2}, Index: []int{2, 3}},
				{Name: "add", Op: graph.Add, Inputs: S("a", "b"), Output: "y"}}}},
		tc{"split/opset 11 equal parts by the attribute", ob.New(11).Input("x", 4).Node("Split", "sp", S("x"), S("a", "b"), ob.Ints("split", 3, 1)).
			Node("Max", "mx", S("a"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{4}, Output: "y", Nodes: []graph.Node{
				{Name: "sp/0", Op: graph.Gather, Inputs: S("x"), Output: "y", Shape: []int{3}, Index: []int{0, 1, 2}}}}},
		tc{"norm/InstanceNormalization steps", ob.New(13).Input("x", 1, 2, 1, 2).Init("s", []int64{2}, vals(2, 2)).Init("b", []int64{2}, vals(1, 1)).
			Node("InstanceNormalization", "in", S("x", "s", "b"), S("y"), ob.Float("epsilon", 0.5)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2, 1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "in/mean", Op: graph.Reduce, Inputs: S("x"), Output: "y_mean", Reduction: graph.ReduceMean, Axes: []int{2, 3}, KeepDims: true},
				{Name: "in/centre/expand1", Op: graph.Gather, Inputs: S("y_mean"), Output: "y_centre_expand1", Shape: []int{1, 2, 1, 2}, Index: []int{0, 0, 1, 1}},
				{Name: "in/centre/neg", Op: graph.Unary, Inputs: S("y_centre_expand1"), Output: "y_centre_neg", Fn: graph.Fn{Kind: graph.Neg}},
				{Name: "in/centre", Op: graph.Add, Inputs: S("x", "y_centre_neg"), Output: "y_centre"},
				{Name: "in/square", Op: graph.Unary, Inputs: S("y_centre"), Output: "y_square", Fn: graph.Fn{Kind: graph.Pow, Alpha: 2}},
				{Name: "in/variance", Op: graph.Reduce, Inputs: S("y_square"), Output: "y_variance", Reduction: graph.ReduceMean, Axes: []int{2, 3}, KeepDims: true},
				{Name: "in/epsilon", Op: graph.Unary, Inputs: S("y_variance"), Output: "y_epsilon", Fn: graph.Fn{Kind: graph.Affine, Alpha: 1, Beta: 0.5}},
				{Name: "in/rsqrt", Op: graph.Unary, Inputs: S("y_epsilon"), Output: "y_rsqrt", Fn: graph.Fn{Kind: graph.Pow, Alpha: -0.5}},
				{Name: "in/normalize/expand1", Op: graph.Gather, Inputs: S("y_rsqrt"), Output: "y_normalized_expand1", Shape: []int{1, 2, 1, 2}, Index: []int{0, 0, 1, 1}},
				{Name: "in/normalize", Op: graph.Mul, Inputs: S("y_centre", "y_normalized_expand1"), Output: "y_normalized"},
				{Name: "in", Op: graph.Unary, Inputs: S("y_normalized"), Output: "y", Fn: graph.Fn{Kind: graph.Affine, Alpha: 2, Beta: 1}}}}},
		tc{"norm/LayerNormalization steps, the scale a diagonal Dense", ob.New(17).Input("x", 1, 2).Init("s", []int64{2}, vals(2, 3)).Init("b", []int64{2}, vals(1, 0)).
			Node("LayerNormalization", "ln", S("x", "s", "b"), S("y"), ob.Int("axis", -1), ob.Float("epsilon", 0.5), ob.Int("stash_type", 1)).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{1, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "ln/mean", Op: graph.Reduce, Inputs: S("x"), Output: "y_mean", Reduction: graph.ReduceMean, Axes: []int{1}, KeepDims: true},
				{Name: "ln/centre/expand1", Op: graph.Gather, Inputs: S("y_mean"), Output: "y_centre_expand1", Shape: []int{1, 2}, Index: []int{0, 0}},
				{Name: "ln/centre/neg", Op: graph.Unary, Inputs: S("y_centre_expand1"), Output: "y_centre_neg", Fn: graph.Fn{Kind: graph.Neg}},
				{Name: "ln/centre", Op: graph.Add, Inputs: S("x", "y_centre_neg"), Output: "y_centre"},
				{Name: "ln/square", Op: graph.Unary, Inputs: S("y_centre"), Output: "y_square", Fn: graph.Fn{Kind: graph.Pow, Alpha: 2}},
				{Name: "ln/variance", Op: graph.Reduce, Inputs: S("y_square"), Output: "y_variance", Reduction: graph.ReduceMean, Axes: []int{1}, KeepDims: true},
				{Name: "ln/epsilon", Op: graph.Unary, Inputs: S("y_variance"), Output: "y_epsilon", Fn: graph.Fn{Kind: graph.Affine, Alpha: 1, Beta: 0.5}},
				{Name: "ln/rsqrt", Op: graph.Unary, Inputs: S("y_epsilon"), Output: "y_rsqrt", Fn: graph.Fn{Kind: graph.Pow, Alpha: -0.5}},
				{Name: "ln/normalize/expand1", Op: graph.Gather, Inputs: S("y_rsqrt"), Output: "y_normalized_expand1", Shape: []int{1, 2}, Index: []int{0, 0}},
				{Name: "ln/normalize", Op: graph.Mul, Inputs: S("y_centre", "y_normalized_expand1"), Output: "y_normalized"},
				{Name: "ln", Op: graph.Dense, Inputs: S("y_normalized"), Output: "y", W: tens(vals(2, 0, 0, 3), 2, 2), B: tens(vals(1, 0), 2)}}}},
		tc{"matmul/of two computed values: gathers, a Mul, a sum over K", ob.New(13).Input("x", 2, 2).Op("Relu", "relu", "x", "r").Node("MatMul", "mm", S("x", "r"), S("y")).Output("y"),
			&graph.Graph{Name: "test", Input: "x", InputShape: []int{2, 2}, Output: "y", Nodes: []graph.Node{
				{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "r"},
				{Name: "mm/a", Op: graph.Gather, Inputs: S("x"), Output: "y_a", Shape: []int{2, 2, 2}, Index: []int{0, 1, 0, 1, 2, 3, 2, 3}},
				{Name: "mm/b", Op: graph.Gather, Inputs: S("r"), Output: "y_b", Shape: []int{2, 2, 2}, Index: []int{0, 2, 1, 3, 0, 2, 1, 3}},
				{Name: "mm/product", Op: graph.Mul, Inputs: S("y_a", "y_b"), Output: "y_product"},
				{Name: "mm", Op: graph.Reduce, Inputs: S("y_product"), Output: "y", Reduction: graph.ReduceSum, Axes: []int{2}}}}},
		tc{"globalmaxpool", img(13).Op("GlobalMaxPool", "gmp", "x", "y").Output("y", -1, 2, 1, 1),
			g4(graph.Node{Name: "gmp", Op: graph.MaxPool, Inputs: S("x"), Output: "y", Kernel: [2]int{5, 5}})},
	)
}

// gat is a graph of one Gather node of the input x.
func gat(name string, shape []int, fill float32, index []int, in ...int) *graph.Graph {
	return &graph.Graph{Name: "test", Input: "x", InputShape: in, Output: "y", Nodes: []graph.Node{
		{Name: name, Op: graph.Gather, Inputs: S("x"), Output: "y", Shape: shape, Index: index, Fill: fill}}}
}

func ints(v []int64) []int {
	out := make([]int, len(v))
	for k, x := range v {
		out[k] = int(x)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases() {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Decode(tc.model.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if d := diffGraph(g, tc.want); d != "" {
				t.Fatal(d)
			}
			if err := g.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestDecodeCoversOps checks that the table imports every op the package
// supports.
func TestDecodeCoversOps(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range decodeCases() {
		for _, n := range tc.model.Proto().Graph.Node {
			seen[n.GetOpType()] = true
		}
	}
	for op := range handlers {
		if !seen[op] {
			t.Errorf("op %s has no TestDecode case", op)
		}
	}
}

// TestDecodeFoldsBatchNormExactly pins the documented rounding: s in
// float64, one rounding to float32.
func TestDecodeFoldsBatchNormExactly(t *testing.T) {
	m := ob.New(13).Input("x", 1, 1).Init("B", []int64{1, 1}, vals(3)).Init("C", []int64{1}, vals(0.7)).
		Init("gamma", []int64{1}, vals(1.3)).Init("beta", []int64{1}, vals(-0.1)).
		Init("mean", []int64{1}, vals(0.2)).Init("var", []int64{1}, vals(0.9)).
		Node("Gemm", "fc", S("x", "B", "C"), S("t"), ob.Int("transB", 1)).
		Node("BatchNormalization", "bn", S("t", "gamma", "beta", "mean", "var"), S("y")).Output("y")
	g, err := Decode(m.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	s := float64(float32(1.3)) / math.Sqrt(float64(float32(0.9))+float64(float32(1e-5)))
	wantW := float32(float64(float32(3)) * s)
	wantB := float32((float64(float32(0.7))-float64(float32(0.2)))*s + float64(float32(-0.1)))
	if g.Nodes[0].W.Data[0] != wantW || g.Nodes[0].B.Data[0] != wantB {
		t.Fatalf("folded w, b = %v, %v; want %v, %v", g.Nodes[0].W.Data[0], g.Nodes[0].B.Data[0], wantW, wantB)
	}
}

// TestDecodeDoesNotAliasConstants checks that folding into one Conv leaves
// another Conv sharing its weights unchanged.
func TestDecodeDoesNotAliasConstants(t *testing.T) {
	m := img(13).Init("s", []int64{}, vals(2)).
		Node("Conv", "c1", S("x", "w", "b"), S("t1")).Node("Mul", "mul", S("t1", "s"), S("u1")).
		Node("Conv", "c2", S("x", "w", "b"), S("u2")).
		Node("Add", "add", S("u1", "u2"), S("y")).Output("y")
	g, err := Decode(m.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(g.Nodes[1].W.Data, wConv) || !slices.Equal(g.Nodes[1].B.Data, bConv) {
		t.Fatal("folding Mul into c1 changed c2's shared weights")
	}
	if g.Nodes[0].W.Data[1] != 2*wConv[1] {
		t.Fatal("Mul not folded into c1")
	}
}

func TestLoad(t *testing.T) {
	path := t.TempDir() + "/m.onnx"
	if _, err := Load(path); err == nil || err.Error()[:6] != "onnx: " {
		t.Fatalf("Load of a missing file: %v", err)
	}
	data, err := Encode(g2(graph.Node{Name: "relu", Op: graph.Relu, Inputs: S("x"), Output: "y"}))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 1 || g.Nodes[0].Op != graph.Relu {
		t.Fatalf("Load: %+v", g)
	}
}

// supportedAttrs are the attributes Decode accepts, per op (docs/onnx.md).
var supportedAttrs = map[string][]string{
	"Conv":                  {"auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"},
	"Gemm":                  {"alpha", "beta", "transA", "transB"},
	"MaxPool":               {"auto_pad", "ceil_mode", "dilations", "kernel_shape", "pads", "storage_order", "strides"},
	"AveragePool":           {"auto_pad", "ceil_mode", "count_include_pad", "kernel_shape", "pads", "strides"},
	"Flatten":               {"axis"},
	"Reshape":               {"allowzero"},
	"Transpose":             {"perm"},
	"Softmax":               {"axis"},
	"Constant":              {"value", "value_float", "value_floats", "value_int", "value_ints"},
	"Dropout":               {"ratio", "seed"},
	"BatchNormalization":    {"epsilon", "momentum", "spatial", "training_mode"},
	"Shape":                 {"start", "end"},
	"Gather":                {"axis"},
	"Unsqueeze":             {"axes"},
	"Squeeze":               {"axes"},
	"Concat":                {"axis"},
	"Cast":                  {"to"},
	"Elu":                   {"alpha"},
	"Celu":                  {"alpha"},
	"ThresholdedRelu":       {"alpha"},
	"LeakyRelu":             {"alpha"},
	"Selu":                  {"alpha", "gamma"},
	"HardSigmoid":           {"alpha", "beta"},
	"Shrink":                {"lambd", "bias"},
	"Clip":                  {"min", "max"},
	"Slice":                 {"starts", "ends", "axes"},
	"Pad":                   {"mode", "pads", "value"},
	"DepthToSpace":          {"blocksize", "mode"},
	"SpaceToDepth":          {"blocksize"},
	"LogSoftmax":            {"axis"},
	"Resize":                {"coordinate_transformation_mode", "cubic_coeff_a", "exclude_outside", "extrapolation_value", "mode", "nearest_mode"},
	"Upsample":              {"mode", "scales"},
	"LRN":                   {"alpha", "beta", "bias", "size"},
	"Split":                 {"axis", "split"},
	"LayerNormalization":    {"axis", "epsilon", "stash_type"},
	"InstanceNormalization": {"epsilon"},
	"ConvTranspose":         {"auto_pad", "dilations", "group", "kernel_shape", "output_padding", "output_shape", "pads", "strides"},
	"ReduceMax":             {"axes", "keepdims"},
	"ReduceMin":             {"axes", "keepdims"},
	"ReduceMean":            {"axes", "keepdims"},
	"ReduceSum":             {"axes", "keepdims", "noop_with_empty_axes"},
	"ReduceSumSquare":       {"axes", "keepdims"},
	"ReduceL1":              {"axes", "keepdims"},
	"ReduceL2":              {"axes", "keepdims"},
	"ReduceLogSum":          {"axes", "keepdims"},
	"ReduceLogSumExp":       {"axes", "keepdims"},
}

// TestDecodeCoversAttributes checks that the table imports every supported
// attribute of every op, and the auto_pad modes of every window op.
func TestDecodeCoversAttributes(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range decodeCases() {
		for _, n := range tc.model.Proto().Graph.Node {
			for _, a := range n.Attribute {
				seen[n.GetOpType()+"."+a.GetName()] = true
				if a.GetName() == "auto_pad" {
					seen[n.GetOpType()+".auto_pad="+string(a.S)] = true
				}
			}
		}
	}
	for op, attrs := range supportedAttrs {
		for _, a := range attrs {
			if !seen[op+"."+a] {
				t.Errorf("%s attribute %s has no TestDecode case", op, a)
			}
		}
	}
	for _, op := range []string{"Conv", "MaxPool", "AveragePool"} {
		for _, mode := range []string{"NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"} {
			if !seen[op+".auto_pad="+mode] {
				t.Errorf("%s auto_pad=%s has no TestDecode case", op, mode)
			}
		}
	}
}
