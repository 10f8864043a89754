package accuracy_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/accuracy"
	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/quantize"
	"github.com/opml-dev/opml/pipeline/reference"
)

func tiny(r *rand.Rand) *graph.Graph {
	w := graph.NewTensor(3, 6)
	for i := range w.Data {
		w.Data[i] = r.Float32()*2 - 1
	}
	return &graph.Graph{Input: "x", InputShape: []int{1, 6}, Output: "p", Nodes: []graph.Node{
		{Name: "fc", Op: graph.Dense, Inputs: []string{"x"}, Output: "l", W: w},
		{Name: "sm", Op: graph.Softmax, Inputs: []string{"l"}, Output: "p"},
	}}
}

func TestMeasure(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	g := tiny(r)
	run, err := reference.NewRunner(g)
	require.NoError(t, err)
	defer run.Close()
	var samples []accuracy.Sample
	var calib []*graph.Tensor
	for k := 0; k < 50; k++ {
		x := graph.NewTensor(1, 6)
		for i := range x.Data {
			x.Data[i] = r.Float32()
		}
		out, err := run.Output(x)
		require.NoError(t, err)
		label := graph.Argmax(out.Data)
		if k%5 == 0 {
			label = (label + 1) % 3 // every fifth label is wrong for both
		}
		samples = append(samples, accuracy.Sample{X: x, Label: label})
		calib = append(calib, x)
	}
	res, err := quantize.Compile(g, calib, run.Run, quantize.Options{})
	require.NoError(t, err)
	var calls int
	rep, err := accuracy.Measure(g, run.Run, res.Model, res.Card, samples, func(done int) { calls = done })
	require.NoError(t, err)
	require.Equal(t, 50, calls)
	require.Equal(t, 50, rep.Samples)
	require.InDelta(t, 0.8, rep.FloatAccuracy, 1e-9) // labels are the float argmax but for every fifth
	require.GreaterOrEqual(t, rep.Agreement, 0.9)
	require.InDelta(t, rep.FloatAccuracy, rep.VMAccuracy, 0.1)
	require.Greater(t, rep.MaxAbsError, 0.0)
	require.LessOrEqual(t, rep.MeanAbsError, rep.MaxAbsError)
	require.Contains(t, rep.LogitsCompared, "logits")
	require.Contains(t, rep.String(), "argmax agreement")

	_, err = accuracy.Measure(g, run.Run, res.Model, res.Card, nil, nil)
	require.ErrorContains(t, err, "accuracy: no samples")
	// A card for another model is refused.
	other := tiny(r)
	orun, err := reference.NewRunner(other)
	require.NoError(t, err)
	defer orun.Close()
	res2, err := quantize.Compile(other, calib, orun.Run, quantize.Options{})
	require.NoError(t, err)
	_, err = accuracy.Measure(g, run.Run, res2.Model, res.Card, samples, nil)
	require.ErrorContains(t, err, "card is for model")
}
