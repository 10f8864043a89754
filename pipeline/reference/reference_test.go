package reference

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
)

func tensorOf(shape []int, data ...float32) *graph.Tensor {
	if len(data) != graph.Numel(shape) {
		panic("test tensor size")
	}
	return &graph.Tensor{Shape: shape, Data: data}
}

func seq(n int, from, step float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = from + float32(i)*step
	}
	return v
}

// single is a graph of one node applied to the input "x".
func single(inShape []int, n graph.Node) *graph.Graph {
	n.Name, n.Output = "y", "y"
	if n.Inputs == nil {
		n.Inputs = []string{"x"}
	}
	return &graph.Graph{Name: "t", Input: "x", InputShape: inShape, Output: "y", Nodes: []graph.Node{n}}
}

// TestOps checks every op against values computed by hand.
func TestOps(t *testing.T) {
	x33 := seq(9, 1, 1)     // 1..9 as a 3×3 image
	neg33 := seq(9, -1, -1) // -1..-9
	x44 := seq(16, 0, 1)    // 0..15 as a 4×4 image
	ln2, ln3 := float32(math.Log(2)), float32(math.Log(3))
	cases := []struct {
		name string
		g    *graph.Graph
		x    *graph.Tensor
		want *graph.Tensor
	}{
		{"conv valid bias", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.Conv, Kernel: [2]int{2, 2},
			W: tensorOf([]int{1, 1, 2, 2}, 1, 2, 3, 4), B: tensorOf([]int{1}, 0.5)}),
			tensorOf([]int{1, 1, 3, 3}, x33...),
			// 1·1+2·2+4·3+5·4 = 37, 2+6+15+24 = 47, 4+10+21+32 = 67, 5+12+24+36 = 77
			tensorOf([]int{1, 1, 2, 2}, 37.5, 47.5, 67.5, 77.5)},
		{"conv pad 1 stride 2 two channels", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.Conv, Kernel: [2]int{3, 3},
			Strides: [2]int{2, 2}, Pads: [4]int{1, 1, 1, 1},
			W: tensorOf([]int{2, 1, 3, 3}, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0)}),
			tensorOf([]int{1, 1, 3, 3}, x33...),
			// ones: window sums around the corners; centre tap: the corners
			tensorOf([]int{1, 2, 2, 2}, 12, 16, 24, 28, 1, 3, 7, 9)},
		{"conv asymmetric pads", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.Conv, Kernel: [2]int{2, 2},
			Pads: [4]int{1, 0, 0, 1}, W: tensorOf([]int{1, 1, 2, 2}, 1, 0, 0, 1)}),
			tensorOf([]int{1, 1, 3, 3}, x33...),
			// padded rows: [0 0 0 0] [1 2 3 0] [4 5 6 0] [7 8 9 0]; y = p(r,c) + p(r+1,c+1)
			tensorOf([]int{1, 1, 3, 3}, 2, 3, 0, 6, 8, 3, 12, 14, 6)},
		{"conv asymmetric pads and strides", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.Conv, Kernel: [2]int{1, 1},
			Strides: [2]int{2, 1}, Pads: [4]int{0, 2, 1, 0}, W: tensorOf([]int{1, 1, 1, 1}, 2), B: tensorOf([]int{1}, 1)}),
			tensorOf([]int{1, 1, 3, 3}, x33...),
			// padded 4×5, rows 0 and 2: [0 0 1 2 3] [0 0 7 8 9] → 2p+1
			tensorOf([]int{1, 1, 2, 5}, 1, 1, 3, 5, 7, 1, 1, 15, 17, 19)},
		{"conv two input channels", single([]int{1, 2, 2, 2}, graph.Node{Op: graph.Conv, Kernel: [2]int{2, 2},
			W: tensorOf([]int{1, 2, 2, 2}, 1, 1, 1, 1, 1, 0, 0, -1), B: tensorOf([]int{1}, -1)}),
			tensorOf([]int{1, 2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8),
			tensorOf([]int{1, 1, 1, 1}, 6)}, // (1+2+3+4) + (5-8) - 1
		{"dense bias", single([]int{1, 3}, graph.Node{Op: graph.Dense,
			W: tensorOf([]int{2, 3}, 1, 0, -1, 2, 1, 0), B: tensorOf([]int{2}, 0.5, -1)}),
			tensorOf([]int{1, 3}, 1, 2, 3),
			tensorOf([]int{1, 2}, -1.5, 3)},
		{"dense no bias", single([]int{1, 2}, graph.Node{Op: graph.Dense, W: tensorOf([]int{3, 2}, 1, 1, 2, 0, 0, -4)}),
			tensorOf([]int{1, 2}, 3, -1),
			tensorOf([]int{1, 3}, 2, 6, 4)},
		{"relu", single([]int{1, 4}, graph.Node{Op: graph.Relu}),
			tensorOf([]int{1, 4}, -1.5, 0, 2, float32(math.Copysign(0, -1))),
			tensorOf([]int{1, 4}, 0, 0, 2, 0)},
		{"add", &graph.Graph{Input: "x", InputShape: []int{1, 4}, Output: "y", Nodes: []graph.Node{
			{Name: "r", Op: graph.Relu, Inputs: []string{"x"}, Output: "r"},
			{Name: "y", Op: graph.Add, Inputs: []string{"r", "x"}, Output: "y"}}},
			tensorOf([]int{1, 4}, -1, 2, -3, 4),
			tensorOf([]int{1, 4}, -1, 4, -3, 8)},
		{"add a value to itself", single([]int{1, 1, 1, 3}, graph.Node{Op: graph.Add, Inputs: []string{"x", "x"}}),
			tensorOf([]int{1, 1, 1, 3}, 1, -2, 0.5),
			tensorOf([]int{1, 1, 1, 3}, 2, -4, 1)},
		{"maxpool 2x2 stride 2", single([]int{1, 1, 4, 4}, graph.Node{Op: graph.MaxPool, Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}}),
			tensorOf([]int{1, 1, 4, 4}, x44...),
			tensorOf([]int{1, 1, 2, 2}, 5, 7, 13, 15)},
		{"maxpool two channels", single([]int{1, 2, 2, 2}, graph.Node{Op: graph.MaxPool, Kernel: [2]int{2, 1}}),
			tensorOf([]int{1, 2, 2, 2}, 1, -2, 3, -4, -5, 6, -7, 8),
			tensorOf([]int{1, 2, 1, 2}, 3, -2, -5, 8)},
		{"maxpool symmetric pads ignore padding", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.MaxPool, Kernel: [2]int{2, 2},
			Pads: [4]int{1, 1, 1, 1}}),
			tensorOf([]int{1, 1, 3, 3}, neg33...),
			tensorOf([]int{1, 1, 4, 4}, -1, -1, -2, -3, -1, -1, -2, -3, -4, -4, -5, -6, -7, -7, -8, -9)},
		{"maxpool asymmetric pads", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.MaxPool, Kernel: [2]int{2, 2},
			Pads: [4]int{1, 1, 0, 0}}),
			tensorOf([]int{1, 1, 3, 3}, neg33...),
			tensorOf([]int{1, 1, 3, 3}, -1, -1, -2, -1, -1, -2, -4, -4, -5)},
		{"maxpool asymmetric pads stride 2", single([]int{1, 1, 4, 4}, graph.Node{Op: graph.MaxPool, Kernel: [2]int{3, 3},
			Strides: [2]int{2, 2}, Pads: [4]int{0, 0, 1, 1}}),
			tensorOf([]int{1, 1, 4, 4}, x44...),
			tensorOf([]int{1, 1, 2, 2}, 10, 11, 14, 15)},
		{"avgpool 2x2 stride 2", single([]int{1, 1, 4, 4}, graph.Node{Op: graph.AvgPool, Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}}),
			tensorOf([]int{1, 1, 4, 4}, x44...),
			tensorOf([]int{1, 1, 2, 2}, 2.5, 4.5, 10.5, 12.5)},
		{"avgpool pads excluded from count", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.AvgPool, Kernel: [2]int{3, 3},
			Pads: [4]int{1, 1, 1, 1}}),
			tensorOf([]int{1, 1, 3, 3}, x33...),
			tensorOf([]int{1, 1, 3, 3}, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7)},
		{"avgpool asymmetric pads bottom right", single([]int{1, 1, 3, 3}, graph.Node{Op: graph.AvgPool, Kernel: [2]int{2, 2},
			Strides: [2]int{2, 2}, Pads: [4]int{0, 0, 1, 1}}),
			tensorOf([]int{1, 1, 3, 3}, x33...),
			tensorOf([]int{1, 1, 2, 2}, 3, 4.5, 7.5, 9)},
		{"avgpool asymmetric pads top, two channels", single([]int{1, 2, 2, 2}, graph.Node{Op: graph.AvgPool, Kernel: [2]int{2, 2},
			Pads: [4]int{1, 0, 0, 0}}),
			tensorOf([]int{1, 2, 2, 2}, 1, 2, 3, 4, 0, -2, 4, 8),
			tensorOf([]int{1, 2, 2, 1}, 1.5, 2.5, -1, 2.5)},
		{"global avgpool", single([]int{1, 2, 2, 2}, graph.Node{Op: graph.GlobalAvgPool}),
			tensorOf([]int{1, 2, 2, 2}, 1, 2, 3, 4, -1, 0, 0, 5),
			tensorOf([]int{1, 2, 1, 1}, 2.5, 1)},
		{"global avgpool 1x3", single([]int{1, 1, 1, 3}, graph.Node{Op: graph.GlobalAvgPool}),
			tensorOf([]int{1, 1, 1, 3}, 1, 2, 6),
			tensorOf([]int{1, 1, 1, 1}, 3)},
		{"reshape flatten", single([]int{1, 2, 2, 1}, graph.Node{Op: graph.Reshape, Shape: []int{1, 4}}),
			tensorOf([]int{1, 2, 2, 1}, 1, 2, 3, 4),
			tensorOf([]int{1, 4}, 1, 2, 3, 4)},
		{"reshape unflatten", single([]int{1, 6}, graph.Node{Op: graph.Reshape, Shape: []int{1, 3, 2}}),
			tensorOf([]int{1, 6}, 6, 5, 4, 3, 2, 1),
			tensorOf([]int{1, 3, 2}, 6, 5, 4, 3, 2, 1)},
		{"softmax", single([]int{1, 3}, graph.Node{Op: graph.Softmax}),
			tensorOf([]int{1, 3}, 0, ln2, ln3),
			tensorOf([]int{1, 3}, 1.0/6, 2.0/6, 3.0/6)},
		{"softmax large", single([]int{1, 3}, graph.Node{Op: graph.Softmax}),
			tensorOf([]int{1, 3}, 1000, 1000, -1000),
			tensorOf([]int{1, 3}, 0.5, 0.5, 0)},
		{"softmax one element", single([]int{1, 1}, graph.Node{Op: graph.Softmax}),
			tensorOf([]int{1, 1}, -7),
			tensorOf([]int{1, 1}, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := Run(c.g, c.x)
			require.NoError(t, err)
			got := out[c.g.Output]
			require.Equal(t, c.want.Shape, got.Shape)
			require.InDeltaSlice(t, c.want.Data, got.Data, 1e-5, "got %v", got.Data)
			require.Equal(t, c.x, out[c.g.Input])
		})
	}
}

// chain is a graph with every op, asymmetric pads included.
func chain(t *testing.T, seed uint64) *graph.Graph {
	g := &graph.Graph{Name: "chain", Input: "in", InputShape: []int{1, 2, 7, 6}, Output: "p", Nodes: []graph.Node{
		{Name: "c1", Op: graph.Conv, Inputs: []string{"in"}, Output: "c1", W: graph.NewTensor(3, 2, 3, 2), B: graph.NewTensor(3),
			Kernel: [2]int{3, 2}, Strides: [2]int{1, 2}, Pads: [4]int{1, 0, 2, 1}},
		{Name: "r1", Op: graph.Relu, Inputs: []string{"c1"}, Output: "r1"},
		{Name: "c2", Op: graph.Conv, Inputs: []string{"r1"}, Output: "c2", W: graph.NewTensor(3, 3, 3, 3),
			Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
		{Name: "a", Op: graph.Add, Inputs: []string{"c2", "c1"}, Output: "a"},
		{Name: "mp", Op: graph.MaxPool, Inputs: []string{"a"}, Output: "mp", Kernel: [2]int{2, 2}, Strides: [2]int{2, 1}, Pads: [4]int{0, 1, 1, 0}},
		{Name: "ap", Op: graph.AvgPool, Inputs: []string{"mp"}, Output: "ap", Kernel: [2]int{3, 2}, Strides: [2]int{1, 2}, Pads: [4]int{2, 1, 0, 1}},
		{Name: "gap", Op: graph.GlobalAvgPool, Inputs: []string{"ap"}, Output: "gap"},
		{Name: "f", Op: graph.Reshape, Inputs: []string{"ap"}, Output: "f"},
		{Name: "d", Op: graph.Dense, Inputs: []string{"f"}, Output: "d", B: graph.NewTensor(4)},
		{Name: "p", Op: graph.Softmax, Inputs: []string{"d"}, Output: "p"},
	}}
	// Size the reshape and the dense layer from the avgpool output.
	head := &graph.Graph{Input: g.Input, InputShape: g.InputShape, Output: "ap", Nodes: g.Nodes[:6]}
	shapes, err := head.Shapes()
	require.NoError(t, err)
	k := graph.Numel(shapes["ap"])
	g.Nodes[7].Shape = []int{1, k}
	g.Nodes[8].W = graph.NewTensor(4, k)
	require.NoError(t, InitWeights(g, seed))
	r := rand.New(rand.NewPCG(seed, 99))
	for i := range g.Nodes {
		if b := g.Nodes[i].B; b != nil {
			for j := range b.Data {
				b.Data[j] = float32(r.NormFloat64())
			}
		}
	}
	return g
}

func randomInput(shape []int, seed uint64) *graph.Tensor {
	r := rand.New(rand.NewPCG(seed, 7))
	x := graph.NewTensor(shape...)
	for i := range x.Data {
		x.Data[i] = float32(r.NormFloat64())
	}
	return x
}

// TestRunAgainstOracle compares every value of a graph using every op
// (asymmetric pads and strides included) with the plain-Go oracle of
// oracle_test.go.
func TestRunAgainstOracle(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		g := chain(t, seed)
		x := randomInput(g.InputShape, seed)
		got, err := Run(g, x)
		require.NoError(t, err)
		want := oracle(t, g, x)
		shapes, err := g.Shapes()
		require.NoError(t, err)
		require.Len(t, got, len(shapes))
		for name, w := range want {
			require.Equal(t, shapes[name], got[name].Shape, name)
			require.InDeltaSlice(t, w.Data, got[name].Data, 1e-4, "value %s", name)
		}
	}
}

// TestRunnerMatchesRun: a Runner gives Run's results, repeatedly, for
// different inputs, and is not affected by later changes to the graph or
// to returned tensors.
func TestRunnerMatchesRun(t *testing.T) {
	g := chain(t, 5)
	pristine := g.Clone()
	r, err := NewRunner(g)
	require.NoError(t, err)
	defer r.Close()
	var first map[string]*graph.Tensor
	for i := uint64(0); i < 4; i++ {
		x := randomInput(g.InputShape, 10+i%2) // inputs alternate
		want, err := Run(pristine, x)
		require.NoError(t, err)
		got, err := r.Run(x)
		require.NoError(t, err)
		require.Equal(t, want, got)
		out, err := r.Output(x)
		require.NoError(t, err)
		require.Equal(t, want[g.Output], out)
		c, err := r.Classify(x)
		require.NoError(t, err)
		require.Equal(t, graph.Argmax(out.Data), c)
		if i == 0 {
			first = got
			// Scribble on what was returned and on the graph.
			for _, v := range got {
				clear(v.Data)
			}
			clear(g.Nodes[0].W.Data)
		}
	}
	again, err := r.Run(randomInput(g.InputShape, 10))
	require.NoError(t, err)
	require.NotEqual(t, first["c1"].Data, again["c1"].Data) // first was cleared
	fresh, err := Run(chain(t, 5), randomInput(g.InputShape, 10))
	require.NoError(t, err)
	require.Equal(t, fresh, again)
}

func TestRunnerConcurrent(t *testing.T) {
	g := chain(t, 6)
	x := randomInput(g.InputShape, 6)
	want, err := Run(g, x)
	require.NoError(t, err)
	shared, err := NewRunner(g)
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			got, err := shared.Run(x)
			if err == nil && !equal(got, want) {
				err = errMismatch
			}
			errs <- err
		}()
		go func() {
			defer wg.Done()
			got, err := Run(g, x)
			if err == nil && !equal(got, want) {
				err = errMismatch
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}

type mismatch struct{}

func (mismatch) Error() string { return "results differ" }

var errMismatch error = mismatch{}

func equal(a, b map[string]*graph.Tensor) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok || !slices.Equal(v.Shape, w.Shape) || !slices.Equal(v.Data, w.Data) {
			return false
		}
	}
	return true
}

func TestErrors(t *testing.T) {
	good := single([]int{1, 2}, graph.Node{Op: graph.Relu})
	x := tensorOf([]int{1, 2}, 1, 2)
	cases := []struct {
		name string
		g    *graph.Graph
		x    *graph.Tensor
		want string
	}{
		{"nil graph", nil, x, "reference: nil graph"},
		{"invalid graph", single([]int{1, 2}, graph.Node{Op: graph.Dense, W: graph.NewTensor(2, 3)}), x, "reference: graph: node \"y\" (Dense): weights must be [N, 2]"},
		{"unknown op", single([]int{1, 2}, graph.Node{Op: graph.Op(99)}), x, "reference: graph: node \"y\" (Op(99)): unknown op"},
		{"no output", &graph.Graph{Input: "x", InputShape: []int{1, 2}, Output: "z"}, x, "reference: graph: output \"z\""},
		{"nil input", good, nil, "reference: nil input"},
		{"input shape", good, tensorOf([]int{1, 1, 2}, 1, 2), "reference: input shape [1 1 2], want [1 2]"},
		{"input size", good, &graph.Tensor{Shape: []int{1, 2}, Data: []float32{1}}, "reference: input has 1 elements, want 2"},
		{"input NaN", good, tensorOf([]int{1, 2}, 0, float32(math.NaN())), "reference: input element 1 is NaN"},
		{"input Inf", good, tensorOf([]int{1, 2}, float32(math.Inf(1)), 0), "reference: input element 0 is +Inf"},
		{"weight Inf", single([]int{1, 2}, graph.Node{Op: graph.Dense, W: tensorOf([]int{1, 2}, 1, 2), B: tensorOf([]int{1}, float32(math.Inf(-1)))}), x,
			"reference: node \"y\" (Dense): weight element 0 is -Inf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Run(c.g, c.x)
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), c.want), err.Error())
		})
	}
	r, err := NewRunner(good)
	require.NoError(t, err)
	require.NoError(t, r.Close())
	require.NoError(t, r.Close())
	_, err = r.Run(x)
	require.EqualError(t, err, "reference: runner is closed")
}

// TestRunOverflow: finite but huge weights overflow to Inf and NaN inside
// the graph; execution reports them (no error, no panic).
func TestRunOverflow(t *testing.T) {
	g := chain(t, 8)
	for i := range g.Nodes {
		if w := g.Nodes[i].W; w != nil {
			for k := range w.Data {
				w.Data[k] *= 3e37
			}
		}
	}
	out, err := Run(g, randomInput(g.InputShape, 8))
	require.NoError(t, err)
	nonFinite := 0
	for _, name := range []string{"c2", "a", "mp", "ap", "gap", "d", "p"} {
		for _, v := range out[name].Data {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				nonFinite++
			}
		}
	}
	require.Positive(t, nonFinite)
}

// TestIdentityGraph: a graph without nodes outputs its input.
func TestIdentityGraph(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{1, 3}, Output: "x"}
	x := tensorOf([]int{1, 3}, 1, 5, 2)
	out, err := Run(g, x)
	require.NoError(t, err)
	require.Equal(t, map[string]*graph.Tensor{"x": x}, out)
	r, err := NewRunner(g)
	require.NoError(t, err)
	c, err := r.Classify(x)
	require.NoError(t, err)
	require.Equal(t, 1, c)
	_, err = Train(g, [][]float32{{1, 2, 3}}, []int{0}, TrainConfig{Epochs: 1, BatchSize: 1})
	require.EqualError(t, err, `reference: training needs the graph output "x" to be a Softmax`)
}
