package graph

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func cnn() *Graph {
	return &Graph{Name: "cnn", Input: "x", InputShape: []int{1, 1, 28, 28}, Output: "p", Nodes: []Node{
		{Name: "c", Op: Conv, Inputs: []string{"x"}, Output: "c", W: NewTensor(8, 1, 5, 5), B: NewTensor(8), Kernel: [2]int{5, 5}, Pads: [4]int{2, 2, 2, 2}},
		{Name: "r", Op: Relu, Inputs: []string{"c"}, Output: "r"},
		{Name: "m", Op: MaxPool, Inputs: []string{"r"}, Output: "m", Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}},
		{Name: "a", Op: AvgPool, Inputs: []string{"m"}, Output: "a", Kernel: [2]int{3, 2}, Strides: [2]int{2, 1}, Pads: [4]int{1, 0, 2, 1}},
		{Name: "s", Op: Add, Inputs: []string{"a", "a"}, Output: "s"},
		{Name: "g", Op: GlobalAvgPool, Inputs: []string{"s"}, Output: "g"},
		{Name: "f", Op: Reshape, Inputs: []string{"g"}, Output: "f", Shape: []int{1, 8}},
		{Name: "d", Op: Dense, Inputs: []string{"f"}, Output: "d", W: NewTensor(10, 8)},
		{Name: "p", Op: Softmax, Inputs: []string{"d"}, Output: "p"},
	}}
}

func TestShapes(t *testing.T) {
	shapes, err := cnn().Shapes()
	require.NoError(t, err)
	require.Equal(t, map[string][]int{
		"x": {1, 1, 28, 28}, "c": {1, 8, 28, 28}, "r": {1, 8, 28, 28}, "m": {1, 8, 14, 14},
		// (14 + 1 + 2 - 3) / 2 + 1 = 8, (14 + 0 + 1 - 2) / 1 + 1 = 14
		"a": {1, 8, 8, 14}, "s": {1, 8, 8, 14}, "g": {1, 8, 1, 1}, "f": {1, 8}, "d": {1, 10}, "p": {1, 10},
	}, shapes)
}

func TestShapesErrors(t *testing.T) {
	cases := []struct {
		name string
		edit func(g *Graph)
		want string
	}{
		{"unnamed input", func(g *Graph) { g.Input = "" }, "graph: input and output must be named"},
		{"batch 2 into a conv", func(g *Graph) { g.InputShape[0] = 2 }, `graph: node "c" (Conv): input shape [2 1 28 28] is not [1, C, H, W]`},
		{"rank 5 input", func(g *Graph) { g.InputShape = []int{1, 1, 1, 28, 28} }, "graph: input shape [1 1 1 28 28] must have rank 1 to 4"},
		{"rank 0 input", func(g *Graph) { g.InputShape = nil }, "graph: input shape [] must have rank 1 to 4"},
		{"zero dim", func(g *Graph) { g.InputShape[2] = 0 }, "non-positive dimension"},
		{"huge input", func(g *Graph) { g.InputShape = []int{1, 1 << 20, 1 << 20} }, "graph: input shape [1 1048576 1048576] has more than"},
		{"overflowing input", func(g *Graph) { g.InputShape = []int{1, 1 << 32, 1 << 32} }, "has more than"},
		{"unknown input", func(g *Graph) { g.Nodes[1].Inputs = []string{"nope"} }, `graph: node "r" (Relu): input "nope" is not the graph input`},
		{"later input", func(g *Graph) { g.Nodes[1].Inputs = []string{"m"} }, `input "m" is not the graph input or an earlier node's output`},
		{"add arity", func(g *Graph) { g.Nodes[4].Inputs = []string{"a"} }, `node "s" (Add): has 1 inputs, want 2`},
		{"relu arity", func(g *Graph) { g.Nodes[1].Inputs = []string{"c", "c"} }, "has 2 inputs, want 1"},
		{"duplicate output", func(g *Graph) { g.Nodes[1].Output = "c" }, `output "c" is already defined`},
		{"output is input", func(g *Graph) { g.Nodes[1].Output = "x" }, `output "x" is already defined`},
		{"unnamed output", func(g *Graph) { g.Nodes[1].Output = "" }, "output is not named"},
		{"missing graph output", func(g *Graph) { g.Output = "q" }, `graph: output "q" is not produced by any node`},
		{"conv no weights", func(g *Graph) { g.Nodes[0].W = nil }, "weights must be [OC, 1, KH, KW]"},
		{"conv zero channels", func(g *Graph) { g.Nodes[0].W = NewTensor(0, 1, 5, 5); g.Nodes[0].B = nil }, "with OC ≥ 1"},
		{"conv short data", func(g *Graph) { g.Nodes[0].W.Data = g.Nodes[0].W.Data[1:] }, "weights must be"},
		{"conv overflowing weights", func(g *Graph) {
			g.Nodes[0].W = &Tensor{Shape: []int{1 << 32, 1, 1 << 32, 5}}
			g.Nodes[0].Kernel = [2]int{1 << 32, 5}
		}, "weights must be"},
		{"conv kernel", func(g *Graph) { g.Nodes[0].Kernel = [2]int{3, 3} }, "kernel [3 3] does not match weights [8 1 5 5]"},
		{"conv bias", func(g *Graph) { g.Nodes[0].B = NewTensor(7) }, "bias shape [7], want [8]"},
		{"conv bias data", func(g *Graph) { g.Nodes[0].B.Data = nil }, "bias shape [8], want [8]"},
		{"conv on features", func(g *Graph) { g.Nodes[0].Inputs = []string{"x"}; g.InputShape = []int{1, 784} }, "input shape [1 784] is not [1, C, H, W]"},
		{"conv too big kernel", func(g *Graph) { g.Nodes[0].Pads = [4]int{}; g.InputShape = []int{1, 1, 4, 4} }, "do not fit input"},
		{"negative stride", func(g *Graph) { g.Nodes[2].Strides = [2]int{-1, 2} }, "do not fit input"},
		{"negative pad", func(g *Graph) { g.Nodes[3].Pads[1] = -1 }, "do not fit input"},
		{"pool pad as large as kernel", func(g *Graph) { g.Nodes[3].Pads[2] = 3 }, "a pooling window would lie entirely in the padding"},
		{"pool zero kernel", func(g *Graph) { g.Nodes[2].Kernel = [2]int{0, 2} }, "do not fit input"},
		{"add shapes", func(g *Graph) { g.Nodes[4].Inputs = []string{"a", "m"} }, "input shapes [1 8 8 14] and [1 8 14 14] differ"},
		{"gap on features", func(g *Graph) { g.Nodes[5].Inputs = []string{"d"}; g.Nodes[5].Output = "g2" }, `input "d" is not the graph input`},
		{"reshape count", func(g *Graph) { g.Nodes[6].Shape = []int{1, 9} }, "shape [1 9]: want rank 1 to 4 and 8 elements"},
		{"reshape rank 5", func(g *Graph) { g.Nodes[6].Shape = []int{1, 1, 1, 2, 4} }, "want rank 1 to 4"},
		{"reshape negative", func(g *Graph) { g.Nodes[6].Shape = []int{1, -2, -4} }, "non-positive dimension"},
		{"reshape overflow", func(g *Graph) { g.Nodes[6].Shape = []int{1, 1<<61 + 1, 8} }, "has more than"},
		{"dense input rank", func(g *Graph) { g.Nodes[7].Inputs = []string{"g"} }, "input shape [1 8 1 1] is not [M, K]"},
		{"dense weights", func(g *Graph) { g.Nodes[7].W = NewTensor(10, 9) }, "weights must be [N, 8] with N ≥ 1"},
		{"dense zero outputs", func(g *Graph) { g.Nodes[7].W = NewTensor(0, 8) }, "weights must be [N, 8] with N ≥ 1"},
		{"dense bias", func(g *Graph) { g.Nodes[7].B = &Tensor{Shape: []int{10, 1}, Data: make([]float32, 10)} }, "bias shape [10 1], want [10]"},
		{"unary function", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Fn = Unary, Fn{Kind: fnEnd} }, `node "r" (Unary): unknown function FnKind(42)`},
		{"unary parameter", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Fn = Unary, Fn{Kind: Clip, Alpha: 2, Beta: 1} }, "Clip(min=2, max=1): min is above max"},
		{"unary NaN parameter", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Fn = Unary, Fn{Kind: Elu, Alpha: math.NaN()} }, "parameters must be finite"},
		{"reduce no axes", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Reduction = Reduce, ReduceMax }, `node "r" (Reduce): no axes`},
		{"reduce separate axes", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Reduction, g.Nodes[1].Axes = Reduce, ReduceSum, []int{1, 3} }, "axes [1 3] are not sorted, contiguous axes"},
		{"reduce axis out of range", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Reduction, g.Nodes[1].Axes = Reduce, ReduceSum, []int{4} }, "of a rank-4 value"},
		{"reduce kind", func(g *Graph) { g.Nodes[1].Op, g.Nodes[1].Axes = Reduce, []int{1} }, "unknown reduction Reduction(0)"},
		{"reduce to a scalar", func(g *Graph) {
			g.InputShape = []int{3}
			g.Nodes = []Node{{Name: "r", Op: Reduce, Reduction: ReduceMax, Inputs: []string{"x"}, Output: "y", Axes: []int{0}}}
			g.Output = "y"
		}, "gives a scalar"},
		{"unknown op", func(g *Graph) { g.Nodes[1].Op = 0 }, `node "r" (Op(0)): unknown op`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := cnn()
			c.edit(g)
			_, err := g.Shapes()
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), "graph: "), err.Error())
			require.Contains(t, err.Error(), c.want)
			require.Equal(t, err, g.Validate())
		})
	}
}

func TestPoolOut(t *testing.T) {
	for _, c := range []struct {
		n, k, s, lo, hi, want int
		ok                    bool
	}{
		{28, 5, 1, 2, 2, 28, true},
		{28, 2, 2, 0, 0, 14, true},
		{7, 2, 2, 0, 0, 3, true}, // floor
		{3, 3, 1, 0, 0, 1, true},
		{2, 3, 1, 0, 0, 0, false},
		{2, 3, 1, 1, 0, 1, true},
		{5, 0, 1, 0, 0, 0, false},
		{5, 1, 0, 0, 0, 0, false},
		{5, 1, 1, -1, 0, 0, false},
	} {
		got, ok := PoolOut(c.n, c.k, c.s, c.lo, c.hi)
		require.Equal(t, c.ok, ok, "%+v", c)
		require.Equal(t, c.want, got, "%+v", c)
	}
}

func TestCloneIsDeep(t *testing.T) {
	g := cnn()
	c := g.Clone()
	require.Equal(t, g, c)
	c.InputShape[2] = 5
	c.Nodes[0].W.Data[0] = 1
	c.Nodes[0].B.Shape[0] = 3
	c.Nodes[0].Inputs[0] = "y"
	c.Nodes[6].Shape[1] = 2
	require.Equal(t, cnn(), g)
	require.Nil(t, (*Tensor)(nil).Clone())
}

func TestOpString(t *testing.T) {
	require.Equal(t, "GlobalAvgPool", GlobalAvgPool.String())
	require.Equal(t, "Op(42)", Op(42).String())
	require.Equal(t, 1, Numel(nil))
	require.Equal(t, []int{2, 3}, NewTensor(2, 3).Shape)
	require.Len(t, NewTensor(2, 3).Data, 6)
}

func TestArgmax(t *testing.T) {
	nan := float32(math.NaN())
	require.Equal(t, -1, Argmax(nil))
	require.Equal(t, 1, Argmax([]float32{1, 3, 3, 2}))
	require.Equal(t, 2, Argmax([]float32{nan, -5, 0}))
	require.Equal(t, 0, Argmax([]float32{nan, nan}))
}
