package reference

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/graph"
)

// tiny is a small classifier over [1, 1, 6, 6] images that uses every op,
// asymmetric pads included, so that training exercises every gradient.
func tiny(t *testing.T, seed uint64) *graph.Graph {
	g := &graph.Graph{Name: "tiny", Input: "x", InputShape: []int{1, 1, 6, 6}, Output: "p", Nodes: []graph.Node{
		{Name: "c1", Op: graph.Conv, Inputs: []string{"x"}, Output: "c1", W: graph.NewTensor(4, 1, 3, 3), B: graph.NewTensor(4),
			Kernel: [2]int{3, 3}, Pads: [4]int{1, 0, 1, 2}},
		{Name: "r1", Op: graph.Relu, Inputs: []string{"c1"}, Output: "r1"},
		{Name: "c2", Op: graph.Conv, Inputs: []string{"r1"}, Output: "c2", W: graph.NewTensor(4, 4, 3, 3),
			Kernel: [2]int{3, 3}, Pads: [4]int{1, 1, 1, 1}},
		{Name: "a", Op: graph.Add, Inputs: []string{"c2", "r1"}, Output: "a"},
		{Name: "mp", Op: graph.MaxPool, Inputs: []string{"a"}, Output: "mp", Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}, Pads: [4]int{0, 0, 0, 1}},
		{Name: "ap", Op: graph.AvgPool, Inputs: []string{"mp"}, Output: "ap", Kernel: [2]int{2, 2}, Pads: [4]int{1, 0, 0, 1}},
		{Name: "gap", Op: graph.GlobalAvgPool, Inputs: []string{"ap"}, Output: "gap"},
		{Name: "f", Op: graph.Reshape, Inputs: []string{"gap"}, Output: "f", Shape: []int{1, 4}},
		{Name: "d", Op: graph.Dense, Inputs: []string{"f"}, Output: "d", W: graph.NewTensor(3, 4), B: graph.NewTensor(3)},
		{Name: "p", Op: graph.Softmax, Inputs: []string{"d"}, Output: "p"},
	}}
	require.NoError(t, g.Validate())
	require.NoError(t, InitWeights(g, seed))
	return g
}

// bars is a 3-class problem: a bright horizontal bar, vertical bar or
// diagonal on a noisy 6×6 background.
func bars(n int, seed uint64) ([][]float32, []int) {
	r := rand.New(rand.NewPCG(seed, 3))
	xs := make([][]float32, n)
	labels := make([]int, n)
	for i := range xs {
		x := make([]float32, 36)
		for k := range x {
			x[k] = float32(r.Float64() * 0.3)
		}
		l, p := r.IntN(3), r.IntN(6)
		for k := 0; k < 6; k++ {
			switch l {
			case 0:
				x[p*6+k] = 1
			case 1:
				x[k*6+p] = 1
			case 2:
				x[k*6+k] = 1
			}
		}
		xs[i], labels[i] = x, l
	}
	return xs, labels
}

// crossEntropy is the mean of -log p[label] over the examples, by Runner.
func crossEntropy(t *testing.T, g *graph.Graph, xs [][]float32, labels []int) float64 {
	r, err := NewRunner(g)
	require.NoError(t, err)
	defer r.Close()
	sum := 0.0
	for i, x := range xs {
		y, err := r.Output(&graph.Tensor{Shape: g.InputShape, Data: x})
		require.NoError(t, err)
		sum -= math.Log(float64(y.Data[labels[i]]))
	}
	return sum / float64(len(xs))
}

func TestTrainLossDecreases(t *testing.T) {
	g := tiny(t, 1)
	xs, labels := bars(60, 1)
	before := crossEntropy(t, g, xs, labels)
	stats, err := Train(g, xs, labels, TrainConfig{Epochs: 8, BatchSize: 10, LearnRate: 0.02, Seed: 1, Logf: t.Logf})
	require.NoError(t, err)
	require.Len(t, stats.StepLoss, 8*6)
	require.Len(t, stats.EpochLoss, 8)
	after := crossEntropy(t, g, xs, labels)
	t.Logf("cross-entropy %.4f -> %.4f; epoch losses %.4f", before, after, stats.EpochLoss)
	require.Less(t, stats.EpochLoss[7], 0.7*stats.EpochLoss[0])
	require.Less(t, after, 0.7*before)
	// The trained weights were written back: the graph now classifies
	// fresh examples of the problem better than chance.
	r, err := NewRunner(g)
	require.NoError(t, err)
	txs, tls := bars(60, 2)
	var ts []*graph.Tensor
	for _, x := range txs {
		ts = append(ts, &graph.Tensor{Shape: g.InputShape, Data: x})
	}
	acc, err := Accuracy(r, ts, tls)
	require.NoError(t, err)
	t.Logf("accuracy on fresh examples %.2f", acc)
	require.Greater(t, acc, 0.6)
}

// TestTrainFirstLoss: with one full batch, the first step's loss is the
// cross-entropy of the untrained graph, as computed by the batch-1 Runner
// (the batched training graph and the loss composition agree with Run).
func TestTrainFirstLoss(t *testing.T) {
	g := tiny(t, 2)
	xs, labels := bars(12, 3)
	want := crossEntropy(t, g, xs, labels)
	stats, err := Train(g, xs, labels, TrainConfig{Epochs: 1, BatchSize: 12, Seed: 1})
	require.NoError(t, err)
	require.Len(t, stats.StepLoss, 1)
	require.InDelta(t, want, stats.StepLoss[0], 1e-5)
}

func TestTrainDeterministic(t *testing.T) {
	run := func(seed uint64) (*graph.Graph, *TrainStats) {
		g := tiny(t, 3)
		xs, labels := bars(30, 4)
		stats, err := Train(g, xs, labels, TrainConfig{Epochs: 2, BatchSize: 5, LearnRate: 0.01, Seed: seed,
			Augment: func(r *rand.Rand, x []float32) { x[r.IntN(len(x))] += 0.5 }})
		require.NoError(t, err)
		return g, stats
	}
	g1, s1 := run(1)
	g2, s2 := run(1)
	g3, s3 := run(2)
	require.Equal(t, s1.StepLoss, s2.StepLoss)
	for i := range g1.Nodes {
		require.Equal(t, g1.Nodes[i].W, g2.Nodes[i].W, g1.Nodes[i].Name)
		require.Equal(t, g1.Nodes[i].B, g2.Nodes[i].B, g1.Nodes[i].Name)
	}
	require.NotEqual(t, s1.StepLoss, s3.StepLoss)
	require.NotEqual(t, g1.Nodes[0].W, g3.Nodes[0].W)
}

func TestTrainAfterEpoch(t *testing.T) {
	g := tiny(t, 4)
	xs, labels := bars(20, 5)
	var seen []int
	_, err := Train(g, xs, labels, TrainConfig{Epochs: 3, BatchSize: 10, Seed: 1,
		AfterEpoch: func(epoch int, loss float64, cur *graph.Graph) error {
			require.Same(t, g, cur)
			seen = append(seen, epoch)
			if epoch == 2 {
				return errStop
			}
			return nil
		}})
	require.ErrorIs(t, err, errStop)
	require.Equal(t, []int{1, 2}, seen)
}

type stopErr struct{}

func (stopErr) Error() string { return "stop" }

var errStop error = stopErr{}

func TestTrainErrors(t *testing.T) {
	xs, labels := bars(4, 6)
	noSoftmax := tiny(t, 1)
	noSoftmax.Output = "d"
	cases := []struct {
		name   string
		g      *graph.Graph
		xs     [][]float32
		labels []int
		cfg    TrainConfig
		want   string
	}{
		{"nil graph", nil, xs, labels, TrainConfig{Epochs: 1, BatchSize: 1}, "reference: nil graph"},
		{"invalid graph", &graph.Graph{}, xs, labels, TrainConfig{Epochs: 1, BatchSize: 1}, "reference: graph: input and output must be named"},
		{"no softmax", noSoftmax, xs, labels, TrainConfig{Epochs: 1, BatchSize: 1}, "reference: training needs the graph output \"d\" to be a Softmax"},
		{"labels count", tiny(t, 1), xs, labels[:3], TrainConfig{Epochs: 1, BatchSize: 1}, "reference: 4 examples but 3 labels"},
		{"zero epochs", tiny(t, 1), xs, labels, TrainConfig{BatchSize: 1}, "reference: epochs 0 and batch size 1 must be positive"},
		{"big batch", tiny(t, 1), xs, labels, TrainConfig{Epochs: 1, BatchSize: 5}, "reference: batch size 5 exceeds the 4 examples"},
		{"short example", tiny(t, 1), [][]float32{xs[0], xs[1][:5], xs[2], xs[3]}, labels, TrainConfig{Epochs: 1, BatchSize: 1}, "reference: example 1 has 5 elements, want 36"},
		{"label range", tiny(t, 1), xs, []int{0, 1, 3, 2}, TrainConfig{Epochs: 1, BatchSize: 1}, "reference: label 2 is 3, want 0..2"},
		{"negative label", tiny(t, 1), xs, []int{0, -1, 0, 2}, TrainConfig{Epochs: 1, BatchSize: 1}, "reference: label 1 is -1"},
		{"learn rate", tiny(t, 1), xs, labels, TrainConfig{Epochs: 1, BatchSize: 1, LearnRate: -1}, "reference: learn rate -1"},
		{"nan learn rate", tiny(t, 1), xs, labels, TrainConfig{Epochs: 1, BatchSize: 1, LearnRate: math.NaN()}, "reference: learn rate NaN"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Train(c.g, c.xs, c.labels, c.cfg)
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), c.want), err.Error())
		})
	}
}

// TestTrainNonFinite: non-finite data is rejected, and a diverging run
// stops with an error instead of writing NaNs into the graph (or
// crashing in gorgonia).
func TestTrainNonFinite(t *testing.T) {
	xs, labels := bars(4, 7)
	bad := slices.Clone(xs)
	bad[2] = slices.Clone(bad[2])
	bad[2][5] = float32(math.Inf(-1))
	_, err := Train(tiny(t, 1), bad, labels, TrainConfig{Epochs: 1, BatchSize: 2})
	require.EqualError(t, err, "reference: example 2 element 5 is -Inf")

	_, err = Train(tiny(t, 1), xs, labels, TrainConfig{Epochs: 1, BatchSize: 2,
		Augment: func(_ *rand.Rand, x []float32) { x[1] = float32(math.NaN()) }})
	require.ErrorContains(t, err, "reference: epoch 1: augmented example")
	require.ErrorContains(t, err, "element 1 is NaN")

	g := tiny(t, 1)
	g.Nodes[2].W.Data[3] = float32(math.NaN())
	_, err = Train(g, xs, labels, TrainConfig{Epochs: 1, BatchSize: 2})
	require.EqualError(t, err, "reference: node \"c2\" (Conv): weight element 3 is NaN")

	// Huge (finite) weights overflow to Inf and NaN inside the forward
	// pass and the backward max pool sees NaN.
	g = tiny(t, 1)
	for i := range g.Nodes {
		if w := g.Nodes[i].W; w != nil {
			for k := range w.Data {
				w.Data[k] *= 3e37
			}
		}
	}
	before := g.Clone()
	_, err = Train(g, xs, labels, TrainConfig{Epochs: 1, BatchSize: 2})
	require.ErrorContains(t, err, "reference: epoch 1 step 0: loss is")
	require.Equal(t, before, g)
}

func TestModels(t *testing.T) {
	for _, c := range []struct {
		g      *graph.Graph
		params int
	}{
		{MLP(), 784*128 + 128 + 128*10 + 10},
		{CNN(), 8*25 + 8 + 16*8*25 + 16 + 784*10 + 10},
	} {
		shapes, err := c.g.Shapes()
		require.NoError(t, err, c.g.Name)
		require.Equal(t, []int{1, 10}, shapes[c.g.Output])
		n := 0
		for _, node := range c.g.Nodes {
			if node.W != nil {
				n += len(node.W.Data)
			}
			if node.B != nil {
				n += len(node.B.Data)
			}
		}
		require.Equal(t, c.params, n, c.g.Name)
		require.NoError(t, InitWeights(c.g, 7))
		w := c.g.Nodes[0].W.Data
		bound := float32(math.Sqrt(6 / float64(graph.Numel(c.g.Nodes[0].W.Shape[1:]))))
		var sum float64
		for _, v := range w {
			require.LessOrEqual(t, float32(math.Abs(float64(v))), bound)
			sum += float64(v)
		}
		require.Less(t, math.Abs(sum/float64(len(w))), float64(bound)/10)
		again := c.g.Clone()
		require.NoError(t, InitWeights(again, 7))
		require.Equal(t, c.g, again)
	}
	if shapes, err := CNN().Shapes(); err == nil {
		require.Equal(t, []int{1, 16, 7, 7}, shapes["pool2"])
	}
}
