package onnx

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/opml-dev/opml/pipeline/graph"
)

// randGraph returns a random valid graph using every graph op, with the
// field variants Encode distinguishes (bias or not, strides unset or set,
// padding), for round-trip tests and fuzz seeds.
func randGraph(r *rand.Rand) *graph.Graph {
	for {
		if g := tryRandGraph(r); g.Validate() == nil {
			return g
		}
	}
}

func randTensor(r *rand.Rand, shape ...int) *graph.Tensor {
	t := graph.NewTensor(shape...)
	for k := range t.Data {
		t.Data[k] = float32(r.IntN(2001)-1000) / 256
	}
	return t
}

func tryRandGraph(r *rand.Rand) *graph.Graph {
	g := &graph.Graph{Name: "rand", Input: "x"}
	if r.IntN(4) == 0 {
		g.InputShape = []int{1, 1 + r.IntN(6)}
	} else {
		g.InputShape = []int{1, 1 + r.IntN(3), 3 + r.IntN(6), 3 + r.IntN(6)}
	}
	shapes := map[string][]int{"x": g.InputShape}
	names := []string{"x"}
	cur := "x"
	steps := 1 + r.IntN(6)
	for i := range steps {
		s := shapes[cur]
		n := graph.Node{Name: fmt.Sprintf("n%d", i), Inputs: []string{cur}, Output: fmt.Sprintf("v%d", i)}
		var out []int
		if len(s) == 4 {
			switch r.IntN(7) {
			case 0, 1: // Conv
				oc := 1 + r.IntN(4)
				kh, kw := 1+r.IntN(min(3, s[2])), 1+r.IntN(min(3, s[3]))
				n.Op, n.Kernel = graph.Conv, [2]int{kh, kw}
				n.W = randTensor(r, oc, s[1], kh, kw)
				if r.IntN(2) == 0 {
					n.B = randTensor(r, oc)
				}
				randWindow(r, &n)
			case 2: // pool
				n.Op = graph.MaxPool
				if r.IntN(2) == 0 {
					n.Op = graph.AvgPool
				}
				n.Kernel = [2]int{1 + r.IntN(min(3, s[2])), 1 + r.IntN(min(3, s[3]))}
				randWindow(r, &n)
			case 3:
				n.Op = graph.GlobalAvgPool
			case 4:
				n.Op, n.Shape = graph.Reshape, []int{1, graph.Numel(s)}
			case 5:
				n.Op = graph.Relu
			case 6:
				n.Op = graph.Add
				n.Inputs = append(n.Inputs, sameShape(r, names, shapes, s))
			}
		} else {
			switch r.IntN(5) {
			case 0, 1:
				k := 1 + r.IntN(5)
				n.Op, n.W = graph.Dense, randTensor(r, k, s[1])
				if r.IntN(2) == 0 {
					n.B = randTensor(r, k)
				}
			case 2:
				n.Op = graph.Relu
			case 3:
				n.Op = graph.Softmax
			case 4:
				n.Op = graph.Add
				n.Inputs = append(n.Inputs, sameShape(r, names, shapes, s))
			}
		}
		g.Nodes = append(g.Nodes, n)
		g.Output = n.Output
		sh, err := g.Shapes()
		if err != nil {
			return g // invalid: the caller retries
		}
		out = sh[n.Output]
		shapes[n.Output] = out
		names = append(names, n.Output)
		cur = n.Output
	}
	g.Output = cur
	return g
}

// randWindow sets strides (unset, or both set) and pads smaller than the
// kernel.
func randWindow(r *rand.Rand, n *graph.Node) {
	if r.IntN(2) == 0 {
		n.Strides = [2]int{1 + r.IntN(2), 1 + r.IntN(2)}
	}
	if r.IntN(2) == 0 {
		for k := range n.Pads {
			n.Pads[k] = r.IntN(n.Kernel[k%2])
		}
	}
}

// sameShape picks an earlier value of shape s (possibly the current one).
func sameShape(r *rand.Rand, names []string, shapes map[string][]int, s []int) string {
	var same []string
	for _, n := range names {
		if slices.Equal(shapes[n], s) {
			same = append(same, n)
		}
	}
	return same[r.IntN(len(same))]
}
