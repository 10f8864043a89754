package reference

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
)

// The ops gorgonia lacks run as kernelOps: an elementwise function, a
// rank-changing Gather with a fill, Max and Min of two values, and a
// Reduce (gorgonia's own ops, composed).
func TestKernelOps(t *testing.T) {
	g := &graph.Graph{Input: "x", InputShape: []int{2, 3}, Output: "y", Nodes: []graph.Node{
		{Name: "erf", Op: graph.Unary, Inputs: []string{"x"}, Output: "e", Fn: graph.Fn{Kind: graph.Erf}},
		// [2, 3] -> [3, 1, 3]: the transpose, then a fill row.
		{Name: "tr", Op: graph.Gather, Inputs: []string{"x"}, Output: "t", Shape: []int{3, 1, 3}, Index: []int{0, 3, -1, 1, 4, -1, 2, 5, -1}, Fill: 7},
		{Name: "max", Op: graph.Max, Inputs: []string{"x", "e"}, Output: "m"},
		{Name: "min", Op: graph.Min, Inputs: []string{"x", "e"}, Output: "n"},
		{Name: "sum", Op: graph.Reduce, Inputs: []string{"x"}, Output: "s", Reduction: graph.ReduceMean, Axes: []int{1}, KeepDims: true},
		{Name: "cat", Op: graph.Gather, Inputs: []string{"m", "n"}, Output: "y", Shape: []int{12}, Index: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}},
	}}
	x := &graph.Tensor{Shape: []int{2, 3}, Data: []float32{-1, 0, 0.5, 1, 2, -2}}
	vals, err := Run(g, x)
	require.NoError(t, err)
	for k, v := range x.Data {
		e := float32(math.Erf(float64(v)))
		require.Equal(t, e, vals["e"].Data[k])
		require.Equal(t, max(v, e), vals["m"].Data[k])
		require.Equal(t, min(v, e), vals["n"].Data[k])
	}
	require.Equal(t, []int{3, 1, 3}, vals["t"].Shape)
	require.Equal(t, []float32{-1, 1, 7, 0, 2, 7, 0.5, -2, 7}, vals["t"].Data)
	require.InDeltaSlice(t, []float32{-0.5 / 3, 1.0 / 3}, vals["s"].Data, 1e-6)
	require.Equal(t, append(vals["m"].Data, vals["n"].Data...), vals["y"].Data)
}
