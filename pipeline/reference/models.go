package reference

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/opml-dev/opml/pipeline/graph"
)

// MLP is the fixture multilayer perceptron for MNIST, with zero weights:
// input [1, 784] → Dense 784→128 → Relu → Dense 128→10 → Softmax.
func MLP() *graph.Graph {
	return &graph.Graph{
		Name:       "mlp",
		Input:      "input",
		InputShape: []int{1, 784},
		Output:     "probs",
		Nodes: []graph.Node{
			{Name: "fc1", Op: graph.Dense, Inputs: []string{"input"}, Output: "fc1", W: graph.NewTensor(128, 784), B: graph.NewTensor(128)},
			{Name: "relu1", Op: graph.Relu, Inputs: []string{"fc1"}, Output: "relu1"},
			{Name: "fc2", Op: graph.Dense, Inputs: []string{"relu1"}, Output: "fc2", W: graph.NewTensor(10, 128), B: graph.NewTensor(10)},
			{Name: "probs", Op: graph.Softmax, Inputs: []string{"fc2"}, Output: "probs"},
		},
	}
}

// CNN is the fixture convolutional network for MNIST (the classic LeNet-like
// shape, kept small), with zero weights: input [1, 1, 28, 28] → Conv 5×5
// 1→8 pad 2 → Relu → MaxPool 2×2 stride 2 → Conv 5×5 8→16 pad 2 → Relu →
// MaxPool 2×2 stride 2 → Reshape [1, 784] → Dense 784→10 → Softmax.
func CNN() *graph.Graph {
	pool := func(name, in string) graph.Node {
		return graph.Node{Name: name, Op: graph.MaxPool, Inputs: []string{in}, Output: name, Kernel: [2]int{2, 2}, Strides: [2]int{2, 2}}
	}
	return &graph.Graph{
		Name:       "cnn",
		Input:      "input",
		InputShape: []int{1, 1, 28, 28},
		Output:     "probs",
		Nodes: []graph.Node{
			{Name: "conv1", Op: graph.Conv, Inputs: []string{"input"}, Output: "conv1", W: graph.NewTensor(8, 1, 5, 5), B: graph.NewTensor(8),
				Kernel: [2]int{5, 5}, Strides: [2]int{1, 1}, Pads: [4]int{2, 2, 2, 2}},
			{Name: "relu1", Op: graph.Relu, Inputs: []string{"conv1"}, Output: "relu1"},
			pool("pool1", "relu1"),
			{Name: "conv2", Op: graph.Conv, Inputs: []string{"pool1"}, Output: "conv2", W: graph.NewTensor(16, 8, 5, 5), B: graph.NewTensor(16),
				Kernel: [2]int{5, 5}, Strides: [2]int{1, 1}, Pads: [4]int{2, 2, 2, 2}},
			{Name: "relu2", Op: graph.Relu, Inputs: []string{"conv2"}, Output: "relu2"},
			pool("pool2", "relu2"),
			{Name: "flatten", Op: graph.Reshape, Inputs: []string{"pool2"}, Output: "flatten", Shape: []int{1, 16 * 7 * 7}},
			{Name: "fc", Op: graph.Dense, Inputs: []string{"flatten"}, Output: "fc", W: graph.NewTensor(10, 16*7*7), B: graph.NewTensor(10)},
			{Name: "probs", Op: graph.Softmax, Inputs: []string{"fc"}, Output: "probs"},
		},
	}
}

// InitWeights sets every Conv and Dense weight to He-uniform random values
// (uniform in ±sqrt(6 / fan-in), fan-in = C·KH·KW or K) and every bias to
// zero. Node i draws from PCG(seed, i), so the result depends only on the
// seed and the graph.
func InitWeights(g *graph.Graph, seed uint64) error {
	if g == nil {
		return fmt.Errorf("reference: nil graph")
	}
	if _, err := g.Shapes(); err != nil {
		return fmt.Errorf("reference: %v", err)
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Op != graph.Conv && n.Op != graph.Dense {
			continue
		}
		fanIn := graph.Numel(n.W.Shape[1:])
		bound := math.Sqrt(6 / float64(fanIn))
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		for k := range n.W.Data {
			n.W.Data[k] = float32((2*r.Float64() - 1) * bound)
		}
		if n.B != nil {
			clear(n.B.Data)
		}
	}
	return nil
}
