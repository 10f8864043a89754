package graph

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// decoder is one attention block over token ids, in the language-model
// ops: T = 4 tokens, D = 8, 2 query heads and 1 KV head of 4.
func decoder() *Graph {
	cos, sin := NewTensor(8, 2), NewTensor(8, 2)
	kcos, ksin := NewTensor(4, 2), NewTensor(4, 2)
	for _, t := range []*Tensor{cos, kcos} {
		for k := range t.Data {
			t.Data[k] = 1
		}
	}
	return &Graph{Name: "lm", Input: "ids", InputShape: []int{1, 4}, InputInt: true, Output: "o", Nodes: []Node{
		{Name: "e", Op: Embed, Inputs: []string{"ids"}, Output: "e", W: NewTensor(300, 8)},
		{Name: "n", Op: Norm, Inputs: []string{"e"}, Output: "n", Norm: NormRMS, Eps: 1e-5},
		{Name: "r", Op: Reshape, Inputs: []string{"n"}, Output: "r", Shape: []int{2, 4, 4}},
		{Name: "q", Op: Rope, Inputs: []string{"r"}, Output: "q", W: cos, B: sin},
		{Name: "kv", Op: Reshape, Inputs: []string{"n"}, Output: "kv", Shape: []int{1, 4, 8}},
		{Name: "g", Op: Gather, Inputs: []string{"kv"}, Output: "k", Shape: []int{1, 4, 4}, Index: make([]int, 16)},
		{Name: "kr", Op: Rope, Inputs: []string{"k"}, Output: "kr", W: kcos, B: ksin},
		{Name: "s", Op: MatMul, Inputs: []string{"q", "kr"}, Output: "s", Group: 2, Scale: 0.5, Causal: CausalN},
		{Name: "p", Op: Softmax, Inputs: []string{"s"}, Output: "p", Causal: CausalN},
		{Name: "v", Op: Gather, Inputs: []string{"kv"}, Output: "v", Shape: []int{1, 4, 4}, Index: make([]int, 16)},
		{Name: "pv", Op: MatMul, Inputs: []string{"p", "v"}, Output: "pv", Group: 2, Causal: CausalK},
		{Name: "f", Op: Reshape, Inputs: []string{"pv"}, Output: "f", Shape: []int{1, 4, 8}},
		{Name: "o", Op: GluMul, Inputs: []string{"f", "e"}, Output: "o"},
	}}
}

func TestShapesLM(t *testing.T) {
	shapes, err := decoder().Shapes()
	require.NoError(t, err)
	require.Equal(t, []int{1, 4, 8}, shapes["e"])
	require.Equal(t, []int{2, 4, 4}, shapes["s"])
	require.Equal(t, []int{2, 4, 4}, shapes["pv"])
	require.Equal(t, []int{1, 4, 8}, shapes["o"])
}

func TestShapesErrorsLM(t *testing.T) {
	cases := []struct {
		name string
		edit func(g *Graph)
		want string
	}{
		{"float ids", func(g *Graph) { g.InputInt = false }, `node "e" (Embed): input "ids" is not the graph's integer (token id) input`},
		{"ids read by a norm", func(g *Graph) { g.Nodes[1].Inputs = []string{"ids"} }, `node "n" (Norm): reads the integer (token id) input "ids": only Embed may`},
		{"embed table rank", func(g *Graph) { g.Nodes[0].W = NewTensor(300) }, "table must be [V, D]"},
		{"embed ids rank 4", func(g *Graph) { g.InputShape = []int{1, 1, 1, 4} }, "the rows would have rank 5"},
		{"norm mode", func(g *Graph) { g.Nodes[1].Norm = 0 }, "unknown normalization"},
		{"norm eps", func(g *Graph) { g.Nodes[1].Eps = -1 }, "eps -1 must be finite and ≥ 0"},
		{"rope table rows", func(g *Graph) { g.Nodes[3].W = NewTensor(4, 2) }, "cos and sin tables must be [8, 2]"},
		{"rope odd rows", func(g *Graph) { g.Nodes[2].Shape = []int{2, 16, 1} }, "pairs need an even length"},
		{"matmul group", func(g *Graph) { g.Nodes[7].Group = 1 }, "want A [P, M, K], B [P/G, N, K]"},
		{"matmul rank", func(g *Graph) { g.Nodes[4].Shape = []int{4, 8}; g.Nodes[7].Inputs = []string{"q", "kv"} }, "want A [P, M, K] and B [PB, N, K]"},
		{"matmul arity", func(g *Graph) { g.Nodes[7].Inputs = []string{"q"} }, "has 1 inputs, want 2"},
		{"matmul mode", func(g *Graph) { g.Nodes[7].Causal = 7 }, "unknown causal mode"},
		{"causal-K needs M = K", func(g *Graph) {
			g.Nodes[7].Causal = CausalK
			g.Nodes[2].Shape = []int{2, 2, 8}
			g.Nodes[3].W, g.Nodes[3].B = NewTensor(4, 4), NewTensor(4, 4)
		}, "A [P, M, K], B [P/G, N, K]"},
		{"scale", func(g *Graph) { g.Nodes[7].Scale = float32(math.Inf(1)) }, "scale +Inf is not finite"},
		{"causal softmax on a non-square", func(g *Graph) { g.Nodes[8].Inputs = []string{"e"} }, "needs rows of square matrices"},
		{"softmax causal-K", func(g *Graph) { g.Nodes[8].Causal = CausalK }, "causal mode causal-K is not one of a Softmax"},
		{"glu shapes", func(g *Graph) { g.Nodes[12].Inputs = []string{"f", "pv"} }, "input shapes [1 4 8] and [2 4 4] differ"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := decoder()
			tc.edit(g)
			_, err := g.Shapes()
			require.ErrorContains(t, err, tc.want)
		})
	}
}
