package quantize_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/modelcard"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/vm"
)

func randTensor(r *rand.Rand, scale float64, shape ...int) *graph.Tensor {
	t := graph.NewTensor(shape...)
	for i := range t.Data {
		t.Data[i] = float32((r.Float64()*2 - 1) * scale)
	}
	return t
}

// cnnGraph is a small CNN using every op: conv (padded, strided), fused and
// standalone ReLU, max and average pools, a residual Add, global average
// pooling, flatten, dense and softmax.
func cnnGraph(r *rand.Rand) *graph.Graph {
	c1 := randTensor(r, 0.5, 6, 2, 3, 3)
	c2 := randTensor(r, 0.3, 6, 6, 3, 3)
	return &graph.Graph{
		Name: "cnn", Input: "x", InputShape: []int{1, 2, 9, 8}, Output: "prob",
		Nodes: []graph.Node{
			{Name: "conv1", Op: graph.Conv, Inputs: []string{"x"}, Output: "c1", W: c1, B: randTensor(r, 0.2, 6), Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
			{Name: "relu1", Op: graph.Relu, Inputs: []string{"c1"}, Output: "r1"},
			{Name: "pool1", Op: graph.MaxPool, Inputs: []string{"r1"}, Output: "p1", Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}, Pads: [4]int{0, 0, 1, 0}},
			{Name: "conv2", Op: graph.Conv, Inputs: []string{"p1"}, Output: "c2", W: c2, Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
			{Name: "add", Op: graph.Add, Inputs: []string{"c2", "p1"}, Output: "a"},
			{Name: "relu2", Op: graph.Relu, Inputs: []string{"a"}, Output: "r2"},
			{Name: "pool2", Op: graph.AvgPool, Inputs: []string{"r2"}, Output: "p2", Kernel: [2]int{2, 2}, Strides: [2]int{1, 1}, Pads: [4]int{0, 0, 1, 1}},
			{Name: "flat", Op: graph.Reshape, Inputs: []string{"p2"}, Output: "f", Shape: []int{1, 6 * 5 * 4}},
			{Name: "fc", Op: graph.Dense, Inputs: []string{"f"}, Output: "logits", W: randTensor(r, 0.2, 10, 6*5*4), B: randTensor(r, 0.1, 10)},
			{Name: "softmax", Op: graph.Softmax, Inputs: []string{"logits"}, Output: "prob"},
		},
	}
}

func gapGraph(r *rand.Rand) *graph.Graph {
	return &graph.Graph{
		Name: "gap", Input: "x", InputShape: []int{1, 3, 5, 5}, Output: "prob",
		Nodes: []graph.Node{
			{Name: "conv", Op: graph.Conv, Inputs: []string{"x"}, Output: "c", W: randTensor(r, 0.5, 7, 3, 2, 2), B: randTensor(r, 0.2, 7), Kernel: [2]int{2, 2}, Strides: [2]int{2, 1}},
			{Name: "relu", Op: graph.Relu, Inputs: []string{"c"}, Output: "rc"},
			{Name: "gap", Op: graph.GlobalAvgPool, Inputs: []string{"rc"}, Output: "g"},
			{Name: "flat", Op: graph.Reshape, Inputs: []string{"g"}, Output: "f", Shape: []int{1, 7}},
			{Name: "softmax", Op: graph.Softmax, Inputs: []string{"f"}, Output: "prob"},
		},
	}
}

func mlpGraph(r *rand.Rand) *graph.Graph {
	return &graph.Graph{
		Name: "mlp", Input: "x", InputShape: []int{1, 40}, Output: "prob",
		Nodes: []graph.Node{
			{Name: "fc1", Op: graph.Dense, Inputs: []string{"x"}, Output: "h", W: randTensor(r, 0.3, 24, 40), B: randTensor(r, 0.1, 24)},
			{Name: "relu", Op: graph.Relu, Inputs: []string{"h"}, Output: "hr"},
			{Name: "fc2", Op: graph.Dense, Inputs: []string{"hr"}, Output: "logits", W: randTensor(r, 0.3, 10, 24)},
			{Name: "softmax", Op: graph.Softmax, Inputs: []string{"logits"}, Output: "prob"},
		},
	}
}

func pixels(r *rand.Rand, shape ...int) *graph.Tensor {
	t := graph.NewTensor(shape...)
	for i := range t.Data {
		t.Data[i] = float32(r.IntN(256)) / 255
	}
	return t
}

// The compiled model, run on the VM, tracks the float graph: the
// dequantized logits (and probabilities) stay within a few output steps of
// the float values, and the argmax agrees on (nearly) every sample.
func TestCompileTracksFloat(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    func(*rand.Rand) *graph.Graph
	}{{"mlp", mlpGraph}, {"cnn", cnnGraph}, {"gap", gapGraph}} {
		for _, opt := range []quantize.Options{{}, {Method: quantize.Percentile, Percentile: 99.9}} {
			t.Run(tc.name+"/"+string(opt.Method), func(t *testing.T) {
				r := rand.New(rand.NewPCG(1, uint64(len(tc.name))))
				g := tc.g(r)
				eval := textbook(g)
				var calib []*graph.Tensor
				for range 64 {
					calib = append(calib, pixels(r, g.InputShape...))
				}
				res, err := quantize.Compile(g, calib, eval, opt)
				require.NoError(t, err)
				require.NotNil(t, res.Card.Logits)
				require.NoError(t, res.Card.Check(res.Model))

				var agree, n int
				var maxErr, rangeLogits float64
				for range 100 {
					x := pixels(r, g.InputShape...)
					want, err := eval(x)
					require.NoError(t, err)
					ram, prob := runCompiled(t, res, x)
					logits, err := res.Card.Logits.Dequantize(vm.ReadTensor(res.Model.Ops[res.Card.Logits.Op].Out, ram))
					require.NoError(t, err)
					wl := want[g.Nodes[len(g.Nodes)-1].Inputs[0]].Data
					wp := want[g.Output].Data
					lo, hi := math.Inf(1), math.Inf(-1)
					for i := range wl {
						maxErr = max(maxErr, math.Abs(float64(logits[i]-wl[i])))
						lo, hi = min(lo, float64(wl[i])), max(hi, float64(wl[i]))
						require.InDelta(t, wp[i], prob[i], 0.05, "probability %d", i)
					}
					rangeLogits = max(rangeLogits, hi-lo)
					if graph.Argmax(logits) == graph.Argmax(wl) {
						agree++
					}
					n++
				}
				t.Logf("%s: logits max abs error %.4f over a logit range of %.3f; argmax agreement %d/%d", tc.name, maxErr, rangeLogits, agree, n)
				require.Less(t, maxErr, 0.06*rangeLogits, "logit error")
				require.GreaterOrEqual(t, agree, 90, "argmax agreement")
			})
		}
	}
}

// Compile is deterministic: the same inputs give the same model and card.
func TestCompileDeterministic(t *testing.T) {
	build := func() *quantize.Result {
		r := rand.New(rand.NewPCG(5, 5))
		g := cnnGraph(r)
		calib := []*graph.Tensor{pixels(r, g.InputShape...), pixels(r, g.InputShape...)}
		res, err := quantize.Compile(g, calib, textbook(g), quantize.Options{Name: "cnn", Source: []byte("onnx")})
		require.NoError(t, err)
		return res
	}
	a, b := build(), build()
	require.Equal(t, a.Model.Encode(), b.Model.Encode())
	require.True(t, a.Card.Equal(b.Card))
	require.Equal(t, "cnn", a.Card.Name)
	require.Len(t, a.Card.Source.ONNXSHA256, 64)
	require.Equal(t, modelcard.LayoutNCHWAsHWC, a.Card.Input.Layout)
	require.InDelta(t, 1.0/255, a.Card.Input.Scale, 1e-12)
	require.Equal(t, int8(-128), a.Card.Input.ZeroPoint)
}

// What the VM layout cannot express fails with an error naming the node.
func TestCompileRejects(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	calib := func(g *graph.Graph) []*graph.Tensor { return []*graph.Tensor{pixels(r, g.InputShape...)} }
	conv := graph.Node{Name: "conv", Op: graph.Conv, Inputs: []string{"x"}, Output: "c", W: randTensor(r, 1, 4, 2, 1, 1), Kernel: [2]int{1, 1}}

	// A flattened NCHW tensor as the output: the VM order differs.
	g := &graph.Graph{Input: "x", InputShape: []int{1, 2, 3, 3}, Output: "f", Nodes: []graph.Node{conv,
		{Name: "flat", Op: graph.Reshape, Inputs: []string{"c"}, Output: "f", Shape: []int{1, 36}}}}
	_, err := quantize.Compile(g, calib(g), textbook(g), quantize.Options{})
	require.ErrorContains(t, err, "flattened NCHW")

	// Softmax over a flattened multi-pixel, multi-channel tensor.
	g = &graph.Graph{Input: "x", InputShape: []int{1, 2, 3, 3}, Output: "s", Nodes: []graph.Node{conv,
		{Name: "flat", Op: graph.Reshape, Inputs: []string{"c"}, Output: "f", Shape: []int{1, 36}},
		{Name: "sm", Op: graph.Softmax, Inputs: []string{"f"}, Output: "s"}}}
	_, err = quantize.Compile(g, calib(g), textbook(g), quantize.Options{})
	require.ErrorContains(t, err, `node "sm" (Softmax)`)

	// Options and samples.
	_, err = quantize.Compile(g, nil, textbook(g), quantize.Options{})
	require.ErrorContains(t, err, "no calibration samples")
	_, err = quantize.Compile(g, calib(g), textbook(g), quantize.Options{Method: quantize.Percentile, Percentile: 30})
	require.ErrorContains(t, err, "percentile 30")
	_, err = quantize.Compile(g, []*graph.Tensor{graph.NewTensor(1, 5)}, textbook(g), quantize.Options{})
	require.ErrorContains(t, err, "calibration sample 0 has shape")
}

// A graph without nodes (an ONNX Identity or inference Dropout) is a model
// with no ops whose output is its input.
func TestCompileIdentity(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	g := &graph.Graph{Input: "x", InputShape: []int{3, 4, 5}, Output: "x"}
	x := graph.NewTensor(3, 4, 5)
	for k := range x.Data {
		x.Data[k] = float32(r.NormFloat64())
	}
	res, err := quantize.Compile(g, []*graph.Tensor{x}, textbook(g), quantize.Options{})
	require.NoError(t, err)
	require.Empty(t, res.Model.Ops)
	require.Equal(t, uint64(1), res.Model.Header.NumSteps, "the halting step only")
	checkClose(t, res, textbook(g), x, "x")
}

// A function too steep for the int8 step of its input is refused, naming
// the node: acosh near 1 moves by ~0.2 within one step of [1, 10].
func TestCompileUnaryRefusesSteep(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{8}, Output: "y", Nodes: []graph.Node{
		{Name: "u", Op: graph.Unary, Inputs: []string{"x"}, Output: "y", Fn: graph.Fn{Kind: graph.Acosh}}}}
	x := &graph.Tensor{Shape: []int{8}, Data: []float32{1, 1.01, 1.1, 2, 3, 5, 8, 10}}
	_, err := quantize.Compile(g, []*graph.Tensor{x}, textbook(g), quantize.Options{})
	require.ErrorContains(t, err, `quantize: node "u" (Unary): Acosh is too steep or discontinuous for an int8 input`)
}
