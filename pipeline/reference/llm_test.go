package reference

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
)

// The language-model ops on values small enough to compute by hand.

func TestEmbed(t *testing.T) {
	g := &graph.Graph{Input: "ids", InputShape: []int{1, 3}, InputInt: true, Output: "e", Nodes: []graph.Node{
		{Name: "e", Op: graph.Embed, Inputs: []string{"ids"}, Output: "e", W: &graph.Tensor{Shape: []int{3, 2}, Data: []float32{1, 2, 3, 4, 5, 6}}},
	}}
	vals, err := Run(g, &graph.Tensor{Shape: []int{1, 3}, Data: []float32{2, 0, 5}})
	require.NoError(t, err)
	require.Equal(t, []int{1, 3, 2}, vals["e"].Shape)
	require.Equal(t, []float32{5, 6, 1, 2, 0, 0}, vals["e"].Data) // id 5 ≥ V: a zero row
	_, err = Run(g, &graph.Tensor{Shape: []int{1, 3}, Data: []float32{2, 0.5, 1}})
	require.ErrorContains(t, err, "a token id is not an integer")
}

func TestNormRopeGlu(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{1, 4}, Output: "y", Nodes: []graph.Node{
		{Name: "rms", Op: graph.Norm, Inputs: []string{"x"}, Output: "rms", Norm: graph.NormRMS, Eps: 0.5},
		{Name: "ln", Op: graph.Norm, Inputs: []string{"x"}, Output: "ln", Norm: graph.NormLayer},
		{Name: "rope", Op: graph.Rope, Inputs: []string{"x"}, Output: "rope",
			W: &graph.Tensor{Shape: []int{1, 2}, Data: []float32{0.6, 0}}, B: &graph.Tensor{Shape: []int{1, 2}, Data: []float32{0.8, 1}}},
		{Name: "y", Op: graph.GluMul, Inputs: []string{"x", "rope"}, Output: "y"},
	}}
	vals, err := Run(g, &graph.Tensor{Shape: []int{1, 4}, Data: []float32{1, 2, 3, 4}})
	require.NoError(t, err)
	// mean square 7.5, + eps 0.5 = 8.
	require.InDeltaSlice(t, []float32{1 / math.Sqrt2 / 2, 2 / math.Sqrt2 / 2, 3 / math.Sqrt2 / 2, 4 / math.Sqrt2 / 2}, vals["rms"].Data, 1e-6)
	// mean 2.5, variance 1.25.
	s := float32(math.Sqrt(1.25))
	require.InDeltaSlice(t, []float32{-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s}, vals["ln"].Data, 1e-6)
	// (1, 2) by cos 0.6, sin 0.8; (3, 4) by a quarter turn.
	require.InDeltaSlice(t, []float32{1*0.6 - 2*0.8, 1*0.8 + 2*0.6, -4, 3}, vals["rope"].Data, 1e-6)
	silu := func(a float64) float64 { return a / (1 + math.Exp(-a)) }
	require.InDeltaSlice(t, []float32{float32(silu(1) * -1), float32(silu(2) * 2), float32(silu(3) * -4), float32(silu(4) * 3)}, vals["y"].Data, 1e-5)
}

// TestCausalAttention: scores with two query heads sharing one key head
// (G = 2), causal-N, the causal Softmax and the causal-K product with V.
func TestCausalAttention(t *testing.T) {
	g := &graph.Graph{Input: "q", InputShape: []int{2, 2, 1}, Output: "o", Nodes: []graph.Node{
		{Name: "k", Op: graph.Gather, Inputs: []string{"q"}, Output: "k", Shape: []int{1, 2, 1}, Index: []int{0, 1}},
		{Name: "s", Op: graph.MatMul, Inputs: []string{"q", "k"}, Output: "s", Group: 2, Scale: 0.5, Causal: graph.CausalN},
		{Name: "p", Op: graph.Softmax, Inputs: []string{"s"}, Output: "p", Causal: graph.CausalN},
		{Name: "v", Op: graph.Gather, Inputs: []string{"q"}, Output: "v", Shape: []int{1, 1, 2}, Index: []int{2, 3}},
		{Name: "o", Op: graph.MatMul, Inputs: []string{"p", "v"}, Output: "o", Group: 2, Causal: graph.CausalK},
	}}
	// Q = [[1], [2]], [[3], [4]]; K = head 0 of Q = [[1], [2]]; Vᵀ = [[3, 4]].
	vals, err := Run(g, &graph.Tensor{Shape: []int{2, 2, 1}, Data: []float32{1, 2, 3, 4}})
	require.NoError(t, err)
	inf := float32(math.Inf(-1))
	require.Equal(t, []float32{0.5, inf, 1, 2, 1.5, inf, 2, 4}, vals["s"].Data)
	sig := func(d float64) float32 { return float32(1 / (1 + math.Exp(-d))) }
	p := vals["p"].Data
	require.InDeltaSlice(t, []float32{1, 0, sig(-1), sig(1), 1, 0, sig(-2), sig(2)}, p, 1e-6)
	// Row 0 sums k ≤ 0 only; row 1 both keys.
	require.InDeltaSlice(t, []float32{3, p[2]*3 + p[3]*4, 3, p[6]*3 + p[7]*4}, vals["o"].Data, 1e-6)
}

// TestTrainRejectsLM: the kernels have no gradient.
func TestTrainRejectsLM(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{1, 4}, Output: "p", Nodes: []graph.Node{
		{Name: "n", Op: graph.Norm, Inputs: []string{"x"}, Output: "n", Norm: graph.NormRMS},
		{Name: "p", Op: graph.Softmax, Inputs: []string{"n"}, Output: "p"},
	}}
	_, err := Train(g, [][]float32{{1, 2, 3, 4}}, []int{1}, TrainConfig{})
	require.ErrorContains(t, err, `node "n": Norm has no gradient`)
}
