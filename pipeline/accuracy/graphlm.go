package accuracy

import (
	"fmt"

	"github.com/opml-dev/opml/pipeline/graph"
	"github.com/opml-dev/opml/pipeline/quantize"
)

// GraphLM is a language model graph (token ids [1, T] or [T] → logits
// [1, T, V] or [T, V]: quantize.Completion) run by a float evaluator,
// such as reference.Runner.Output on the graph imported from ONNX: the
// float side of `opml eval` for language models.
type GraphLM struct {
	Context, Vocab int
	shape          []int
	run            func(*graph.Tensor) (*graph.Tensor, error)
}

// NewGraphLM wraps g and run (which evaluates g's output).
func NewGraphLM(g *graph.Graph, run func(*graph.Tensor) (*graph.Tensor, error)) (*GraphLM, error) {
	if !quantize.Completion(g) {
		return nil, fmt.Errorf("accuracy: not a language model graph: want token ids [1, T] in and logits [1, T, V] out, got input %v (integer %v)", g.InputShape, g.InputInt)
	}
	shapes, err := g.Shapes()
	if err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	o := shapes[g.Output]
	return &GraphLM{Context: graph.Numel(g.InputShape), Vocab: o[len(o)-1], shape: g.InputShape, run: run}, nil
}

// Forward runs ids (1 to T of them, each in [0, V)) padded with id 0 to
// the context and returns the first len(ids) rows of the logits: in a
// causal model row t depends on ids[0..t] only, not on the padding.
func (f *GraphLM) Forward(ids []int) ([]float32, error) {
	if len(ids) == 0 || len(ids) > f.Context {
		return nil, fmt.Errorf("accuracy: %d ids for a context of %d", len(ids), f.Context)
	}
	x := graph.NewTensor(f.shape...)
	for k, id := range ids {
		if id < 0 || id >= f.Vocab {
			return nil, fmt.Errorf("accuracy: token %d is outside the vocabulary of %d", id, f.Vocab)
		}
		x.Data[k] = float32(id)
	}
	y, err := f.run(x)
	if err != nil {
		return nil, fmt.Errorf("accuracy: %w", err)
	}
	if len(y.Data) != f.Context*f.Vocab {
		return nil, fmt.Errorf("accuracy: the graph gave %d logits, want %d", len(y.Data), f.Context*f.Vocab)
	}
	return y.Data[:len(ids)*f.Vocab], nil
}

// Greedy decodes as vm/complete.Greedy does, in float: pass i runs
// prompt ‖ c_0 … c_{i−1} and c_i is the argmax (the first maximum) of
// row P − 1 + i. It needs 1 ≤ P, 1 ≤ n and P + n − 1 ≤ T.
func (f *GraphLM) Greedy(prompt []int, n int) ([]int, error) {
	P := len(prompt)
	if P < 1 || n < 1 || P+n-1 > f.Context {
		return nil, fmt.Errorf("accuracy: a prompt of %d tokens and %d to generate do not fit the context of %d", P, n, f.Context)
	}
	seq := append(make([]int, 0, P+n), prompt...)
	for range n {
		logits, err := f.Forward(seq)
		if err != nil {
			return nil, err
		}
		t := len(seq) - 1
		seq = append(seq, argmax(logits[t*f.Vocab:(t+1)*f.Vocab]))
	}
	return seq[P:], nil
}
