package quantize_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/ops"
)

// uniform returns n inputs of shape with elements uniform in [lo, hi).
func uniform(r *rand.Rand, n int, lo, hi float64, shape ...int) []*graph.Tensor {
	out := make([]*graph.Tensor, n)
	for i := range out {
		x := graph.NewTensor(shape...)
		for k := range x.Data {
			x.Data[k] = float32(lo + (hi-lo)*r.Float64())
		}
		out[i] = x
	}
	return out
}

// unaryDomain returns inputs in f's domain: [lo, hi).
func unaryDomain(k graph.FnKind) (lo, hi float64) {
	switch k {
	case graph.Log, graph.Sqrt, graph.Recip:
		return 0.5, 4
	case graph.Asin, graph.Acos, graph.Atanh:
		return -0.9, 0.9
	case graph.Acosh:
		return 1.1, 4
	case graph.Tan:
		return -1.2, 1.2
	}
	return -4, 4
}

// The functions with a jump in the test's input range.
var discontinuous = map[graph.FnKind]bool{graph.Ceil: true, graph.Floor: true, graph.Round: true, graph.Sign: true,
	graph.ThresholdedRelu: true, graph.Shrink: true}

// Every elementwise function compiles to one Lut op per Unary node on
// inputs of any rank, and the VM's dequantized output stays within 5% of
// the output's range of the float function: the conformance tolerance,
// and the table makes the op exact up to the two quantizations.
func TestCompileUnary(t *testing.T) {
	shapes := [][]int{{3, 4, 5}, {7}, {2, 3}, {2, 3, 4, 5}, {1, 3, 4, 4}, {1, 6}}
	for i, kind := range graph.FnKinds() {
		f := graph.Fn{Kind: kind}
		switch kind {
		case graph.Elu, graph.Celu, graph.ThresholdedRelu:
			f.Alpha = 1
		case graph.LeakyRelu:
			f.Alpha = 0.1
		case graph.Selu:
			f.Alpha, f.Beta = 1.6732632, 1.0507010
		case graph.HardSigmoid:
			f.Alpha, f.Beta = 0.2, 0.5
		case graph.Clip:
			f.Alpha, f.Beta = -1, 2
		case graph.Shrink:
			f.Alpha, f.Beta = 1.5, 0.5
		}
		shape := shapes[i%len(shapes)]
		t.Run(f.String(), func(t *testing.T) {
			g := &graph.Graph{Input: "x", InputShape: shape, Output: "y", Nodes: []graph.Node{
				{Name: "u", Op: graph.Unary, Inputs: []string{"x"}, Output: "y", Fn: f}}}
			r := rand.New(rand.NewPCG(uint64(kind), 7))
			lo, hi := unaryDomain(kind)
			sample := func() *graph.Tensor {
				x := graph.NewTensor(shape...)
				for k := range x.Data {
					x.Data[k] = float32(lo + (hi-lo)*r.Float64())
				}
				return x
			}
			calib := []*graph.Tensor{sample(), sample(), sample()}
			eval := textbook(g)
			res, err := quantize.Compile(g, calib, eval, quantize.Options{})
			if discontinuous[kind] {
				require.ErrorContains(t, err, "too steep or discontinuous")
				require.ErrorContains(t, err, `node "u" (Unary)`)
				return
			}
			require.NoError(t, err)
			require.Len(t, res.Model.Ops, 1, "one Lut op")
			require.Equal(t, shape, res.Card.Output.Shape)
			for _, x := range calib {
				checkClose(t, res, eval, x, "y")
			}
		})
	}
}

// A Unary after a Conv keeps the image layout, and a Flatten of it feeds
// a Dense: the Lut runs on the VM's HWC tensor.
func TestCompileUnaryInCNN(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	g := &graph.Graph{Input: "x", InputShape: []int{1, 2, 5, 5}, Output: "d", Nodes: []graph.Node{
		{Name: "conv", Op: graph.Conv, Inputs: []string{"x"}, Output: "c", W: randTensor(r, 0.5, 3, 2, 3, 3), Kernel: [2]int{3, 3}},
		{Name: "sig", Op: graph.Unary, Inputs: []string{"c"}, Output: "s", Fn: graph.Fn{Kind: graph.Sigmoid}},
		{Name: "flat", Op: graph.Reshape, Inputs: []string{"s"}, Output: "f", Shape: []int{1, 27}},
		{Name: "fc", Op: graph.Dense, Inputs: []string{"f"}, Output: "d", W: randTensor(r, 0.5, 4, 27)},
	}}
	var calib []*graph.Tensor
	for range 16 {
		calib = append(calib, pixels(r, g.InputShape...))
	}
	eval := textbook(g)
	res, err := quantize.Compile(g, calib, eval, quantize.Options{})
	require.NoError(t, err)
	for _, x := range calib {
		checkClose(t, res, eval, x, "d")
	}
}

// Reductions over contiguous axes lower onto pools of the [A, R, B] view
// and stay within 5% of the output's range; an image is reduced over its
// spatial axes as it is; other axes of an HWC image are refused.
func TestCompileReduce(t *testing.T) {
	for _, tc := range []struct {
		shape []int
		axes  []int
		keep  bool
		err   string
	}{
		{[]int{3, 4, 5}, []int{1}, true, ""},
		{[]int{3, 4, 5}, []int{2}, false, ""},
		{[]int{3, 4, 5}, []int{0, 1, 2}, true, ""},
		{[]int{2, 3, 4, 5}, []int{1, 2}, false, ""},
		{[]int{1, 3, 4, 4}, []int{2, 3}, true, ""},
		{[]int{1, 3, 4, 4}, []int{2, 3}, false, ""},
		{[]int{1, 3, 4, 4}, []int{1}, true, "HWC layout"},
	} {
		for _, red := range []graph.Reduction{graph.ReduceMax, graph.ReduceMean, graph.ReduceSum} {
			t.Run(fmt.Sprintf("%v/%v/%v/keep=%v", red, tc.shape, tc.axes, tc.keep), func(t *testing.T) {
				g := &graph.Graph{Input: "x", InputShape: tc.shape, Output: "y", Nodes: []graph.Node{
					{Name: "r", Op: graph.Reduce, Inputs: []string{"x"}, Output: "y", Reduction: red, Axes: tc.axes, KeepDims: tc.keep}}}
				require.NoError(t, g.Validate())
				r := rand.New(rand.NewPCG(uint64(red), 11))
				sample := func() *graph.Tensor {
					x := graph.NewTensor(tc.shape...)
					for k := range x.Data {
						x.Data[k] = float32(4*r.Float64() - 1)
					}
					return x
				}
				calib := []*graph.Tensor{sample(), sample(), sample()}
				eval := textbook(g)
				res, err := quantize.Compile(g, calib, eval, quantize.Options{})
				if tc.err != "" {
					require.ErrorContains(t, err, tc.err)
					return
				}
				require.NoError(t, err)
				for _, x := range calib {
					checkClose(t, res, eval, x, "y")
				}
			})
		}
	}
}

// checkClose runs x through the compiled model and checks every output
// element within 5% of the float output's range.
func checkClose(t *testing.T, res *quantize.Result, eval func(*graph.Tensor) (map[string]*graph.Tensor, error), x *graph.Tensor, out string) {
	t.Helper()
	want, err := eval(x)
	require.NoError(t, err)
	_, got := runCompiled(t, res, x)
	w := want[out].Data
	require.Len(t, got, len(w))
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range w {
		lo, hi = min(lo, float64(v)), max(hi, float64(v))
	}
	bound := 0.05 * (hi - lo) // the conformance rule (docs/onnx.md)
	if hi == lo {
		bound = 0.05 * max(math.Abs(lo), 1)
	}
	for k := range w {
		require.InDelta(t, w[k], got[k], bound, "element %d", k)
	}
}

// A Gather moves int8 codes by an index table addressing the VM's layouts:
// an image (HWC) transposed, padded with a fill value, and two inputs of
// different quantizations concatenated (rescaled to one by Lut tables).
func TestCompileGather(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	img := []int{1, 2, 3, 4}
	transpose := make([]int, 24) // [1,2,3,4] -> [1,4,3,2] (perm 0,3,2,1)
	for e := range transpose {
		w, h, c := e/6, (e/2)%3, e%2
		transpose[e] = (c*3+h)*4 + w
	}
	pad := []int{-1, 0, 1, 2, -1, 3, 4, 5} // [2,3] -> [2,4], a column of fill first
	for _, tc := range []struct {
		name string
		g    *graph.Graph
	}{
		{"transpose of an image", &graph.Graph{Input: "x", InputShape: img, Output: "y", Nodes: []graph.Node{
			{Name: "tr", Op: graph.Gather, Inputs: []string{"x"}, Output: "y", Shape: []int{1, 4, 3, 2}, Index: transpose}}}},
		{"pad with a fill", &graph.Graph{Input: "x", InputShape: []int{2, 3}, Output: "y", Nodes: []graph.Node{
			{Name: "pd", Op: graph.Gather, Inputs: []string{"x"}, Output: "y", Shape: []int{2, 4}, Index: pad, Fill: 0.75}}}},
		{"concat of two quantizations", &graph.Graph{Input: "x", InputShape: []int{2, 3}, Output: "y", Nodes: []graph.Node{
			{Name: "sig", Op: graph.Unary, Inputs: []string{"x"}, Output: "s", Fn: graph.Fn{Kind: graph.Sigmoid}},
			{Name: "cat", Op: graph.Gather, Inputs: []string{"x", "s"}, Output: "y", Shape: []int{4, 3}, Index: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.g.Validate())
			calib := uniform(r, 4, -2, 2, tc.g.InputShape...)
			res, err := quantize.Compile(tc.g, calib, textbook(tc.g), quantize.Options{})
			require.NoError(t, err)
			for _, x := range calib {
				checkClose(t, res, textbook(tc.g), x, "y")
			}
		})
	}
}

// An Add whose terms cancel (x + (0.01 − relu(x)) of x in [0, 100]) is
// refused: its inputs' rounding errors exceed the tolerance on the small
// result. (x + (0.01 − x) would be one exact table of x: selfCombine.)
func TestCompileAddRefusesCancellation(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{4}, Output: "y", Nodes: []graph.Node{
		{Name: "relu", Op: graph.Relu, Inputs: []string{"x"}, Output: "r"},
		{Name: "neg", Op: graph.Unary, Inputs: []string{"r"}, Output: "n", Fn: graph.Fn{Kind: graph.Affine, Alpha: -1, Beta: 0.01}},
		{Name: "add", Op: graph.Add, Inputs: []string{"x", "n"}, Output: "y"}}}
	x := &graph.Tensor{Shape: []int{4}, Data: []float32{0, 30, 60, 100}}
	_, err := quantize.Compile(g, []*graph.Tensor{x}, textbook(g), quantize.Options{})
	require.ErrorContains(t, err, `quantize: node "add" (Add): the inputs' steps`)
	require.ErrorContains(t, err, "the sum cancels most of its terms")
}

// A Softmax over logits offset by thousands (steps of ~39) is refused:
// the inputs' rounding decides its probabilities.
func TestCompileSoftmaxRefusesCoarseInput(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{2, 4}, Output: "y", Nodes: []graph.Node{
		{Name: "sm", Op: graph.Softmax, Inputs: []string{"x"}, Output: "y"}}}
	x := &graph.Tensor{Shape: []int{2, 4}, Data: []float32{0, 1, 2, 3, 10000, 10001, 10002, 10003}}
	_, err := quantize.Compile(g, []*graph.Tensor{x}, textbook(g), quantize.Options{})
	require.ErrorContains(t, err, `quantize: node "sm" (Softmax): input range [0, 1e+04] quantizes in steps of 39.2, coarser than 1`)
}

// A Softmax normalizes every row of a value of any shape: [3, 5] is three
// softmaxes, and [2, 3, 4] in the same layout six.
func TestCompileSoftmaxRows(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	for _, shape := range [][]int{{3, 5}, {2, 3, 4}} {
		g := &graph.Graph{Input: "x", InputShape: shape, Output: "y", Nodes: []graph.Node{
			{Name: "sm", Op: graph.Softmax, Inputs: []string{"x"}, Output: "y"}}}
		x := graph.NewTensor(shape...)
		for k := range x.Data {
			x.Data[k] = float32(6*r.Float64() - 3)
		}
		res, err := quantize.Compile(g, []*graph.Tensor{x}, textbook(g), quantize.Options{})
		require.NoError(t, err)
		checkClose(t, res, textbook(g), x, "y")
	}
}

// A Dense of M rows is one Gemm with M output rows, each VM row one input
// row; a rank-3 input viewed as rows needs no copy.
func TestCompileDenseRows(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	g := &graph.Graph{Input: "x", InputShape: []int{2, 3, 4}, Output: "y", Nodes: []graph.Node{
		{Name: "rows", Op: graph.Reshape, Inputs: []string{"x"}, Output: "m", Shape: []int{6, 4}},
		{Name: "fc", Op: graph.Dense, Inputs: []string{"m"}, Output: "y", W: randTensor(r, 0.5, 5, 4), B: randTensor(r, 0.1, 5)}}}
	calib := uniform(r, 4, -1, 1, 2, 3, 4)
	res, err := quantize.Compile(g, calib, textbook(g), quantize.Options{})
	require.NoError(t, err)
	require.Len(t, res.Model.Ops, 1, "one Gemm, no Reshape")
	for _, x := range calib {
		checkClose(t, res, textbook(g), x, "y")
	}
}

// A chain of elementwise functions, each read only by the next, is one
// table from the chain's input (a Lut per chain, not per node), and a
// function of a sum composes with the sum's rescaling; a function read
// twice is emitted once.
func TestCompileComposesTables(t *testing.T) {
	checkOps(t, rand.New(rand.NewPCG(9, 1)), []opsCase{
		{"gelu-like chain", &graph.Graph{Input: "x", InputShape: []int{3, 4}, Output: "y", Nodes: []graph.Node{
			unaryNode("a", "x", "s", graph.Fn{Kind: graph.Affine, Alpha: 0.7071, Beta: 0}),
			unaryNode("b", "s", "e", graph.Fn{Kind: graph.Erf}),
			unaryNode("c", "e", "y", graph.Fn{Kind: graph.Affine, Alpha: 0.5, Beta: 0.5})}},
			[]ops.Opcode{ops.OpLut}},
		{"l2 norm", &graph.Graph{Input: "x", InputShape: []int{3, 4}, Output: "y", Nodes: []graph.Node{
			unaryNode("sq", "x", "s", graph.Fn{Kind: graph.Pow, Alpha: 2}),
			{Name: "sum", Op: graph.Reduce, Inputs: []string{"s"}, Output: "t", Reduction: graph.ReduceSum, Axes: []int{1}, KeepDims: true},
			unaryNode("sqrt", "t", "y", graph.Fn{Kind: graph.Sqrt})}},
			[]ops.Opcode{ops.OpLut, ops.OpReshape, ops.OpAvgPool2D, ops.OpLut}},
		{"a function read twice", &graph.Graph{Input: "x", InputShape: []int{2, 3}, Output: "y", Nodes: []graph.Node{
			unaryNode("sig", "x", "s", graph.Fn{Kind: graph.Sigmoid}),
			unaryNode("t1", "s", "a", graph.Fn{Kind: graph.Tanh}),
			{Name: "add", Op: graph.Add, Inputs: []string{"s", "a"}, Output: "y"}}},
			[]ops.Opcode{ops.OpLut, ops.OpLut}}, // sigmoid, then s + tanh(s) as one table of s
	})
}

// Mul, Max and Min of two values lower onto the VM's ops; x·f(x) with f a
// pending table of x (SiLU, GELU) is one table instead.
func TestCompileBinary(t *testing.T) {
	checkOps(t, rand.New(rand.NewPCG(10, 10)), []opsCase{
		{"mul", &graph.Graph{Input: "x", InputShape: []int{3, 5}, Output: "y", Nodes: []graph.Node{
			unaryNode("t", "x", "a", graph.Fn{Kind: graph.Tanh}),
			{Name: "relu", Op: graph.Relu, Inputs: []string{"x"}, Output: "b"},
			{Name: "mul", Op: graph.Mul, Inputs: []string{"a", "b"}, Output: "y"}}},
			[]ops.Opcode{ops.OpReLU, ops.OpLut, ops.OpMul}}, // the Lut is emitted where it is read
		{"max and min", &graph.Graph{Input: "x", InputShape: []int{2, 4}, Output: "y", Nodes: []graph.Node{
			unaryNode("s", "x", "a", graph.Fn{Kind: graph.Sigmoid}),
			{Name: "max", Op: graph.Max, Inputs: []string{"x", "a"}, Output: "m"},
			{Name: "min", Op: graph.Min, Inputs: []string{"m", "a"}, Output: "y"}}},
			[]ops.Opcode{ops.OpLut, ops.OpMax, ops.OpMin}},
		{"silu is one table", &graph.Graph{Input: "x", InputShape: []int{2, 4}, Output: "y", Nodes: []graph.Node{
			unaryNode("s", "x", "a", graph.Fn{Kind: graph.Sigmoid}),
			{Name: "mul", Op: graph.Mul, Inputs: []string{"x", "a"}, Output: "y"}}},
			[]ops.Opcode{ops.OpLut}},
		{"gelu is one table", &graph.Graph{Input: "x", InputShape: []int{2, 4}, Output: "y", Nodes: []graph.Node{
			unaryNode("d", "x", "a", graph.Fn{Kind: graph.Affine, Alpha: 1 / math.Sqrt2}),
			unaryNode("e", "a", "b", graph.Fn{Kind: graph.Erf}),
			unaryNode("p", "b", "c", graph.Fn{Kind: graph.Affine, Alpha: 1, Beta: 1}),
			{Name: "mul", Op: graph.Mul, Inputs: []string{"c", "x"}, Output: "m"},
			unaryNode("h", "m", "y", graph.Fn{Kind: graph.Affine, Alpha: 0.5})}},
			[]ops.Opcode{ops.OpLut}},
		{"tanh gelu is one table", &graph.Graph{Input: "x", InputShape: []int{2, 4}, Output: "y", Nodes: []graph.Node{
			unaryNode("cube", "x", "c", graph.Fn{Kind: graph.Pow, Alpha: 3}),
			unaryNode("k", "c", "kc", graph.Fn{Kind: graph.Affine, Alpha: 0.044715}),
			{Name: "inner", Op: graph.Add, Inputs: []string{"x", "kc"}, Output: "in"},
			unaryNode("s", "in", "sc", graph.Fn{Kind: graph.Affine, Alpha: math.Sqrt(2 / math.Pi)}),
			unaryNode("t", "sc", "th", graph.Fn{Kind: graph.Tanh}),
			unaryNode("p", "th", "tp", graph.Fn{Kind: graph.Affine, Alpha: 1, Beta: 1}),
			{Name: "mul", Op: graph.Mul, Inputs: []string{"x", "tp"}, Output: "m"},
			unaryNode("h", "m", "y", graph.Fn{Kind: graph.Affine, Alpha: 0.5})}},
			[]ops.Opcode{ops.OpLut}},
	})
}

// opsCase is a graph, compiled on three inputs uniform in [−2, 2), and the
// ops the model must have.
type opsCase struct {
	name string
	g    *graph.Graph
	ops  []ops.Opcode
}

// checkOps compiles every case, checks its ops and its outputs (checkClose).
func checkOps(t *testing.T, r *rand.Rand, cases []opsCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calib := uniform(r, 3, -2, 2, tc.g.InputShape...)
			res, err := quantize.Compile(tc.g, calib, textbook(tc.g), quantize.Options{})
			require.NoError(t, err)
			var got []ops.Opcode
			for _, d := range res.Model.Ops {
				got = append(got, d.Op)
			}
			require.Equal(t, tc.ops, got)
			for _, x := range calib {
				checkClose(t, res, textbook(tc.g), x, "y")
			}
		})
	}
}

// unaryNode is a graph Unary node.
func unaryNode(name, in, out string, f graph.Fn) graph.Node {
	return graph.Node{Name: name, Op: graph.Unary, Inputs: []string{in}, Output: out, Fn: f}
}

// runCompiled quantizes x by the card, runs the model in the VM and returns
// its RAM and the dequantized output.
func runCompiled(t *testing.T, res *quantize.Result, x *graph.Tensor) ([]byte, []float32) {
	t.Helper()
	q, err := res.Card.Input.Quantize(x.Data)
	require.NoError(t, err)
	ram, err := vm.Execute(res.Model, q)
	require.NoError(t, err)
	got, err := res.Card.Output.Dequantize(vm.ReadTensor(res.Model.Header.Output, ram))
	require.NoError(t, err)
	return ram, got
}
