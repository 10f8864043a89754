package reference

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/opml-dev/opml/pipeline/graph"
)

// Run executes g on x with a fresh Runner and returns every value of the
// graph by name: the input and each node's output.
func Run(g *graph.Graph, x *graph.Tensor) (map[string]*graph.Tensor, error) {
	r, err := NewRunner(g)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return r.Run(x)
}

// Runner executes one graph repeatedly, reusing the compiled gorgonia graph
// and tape machine. It holds a copy of the graph's weights taken by
// NewRunner. Its methods are safe for concurrent use (calls are
// serialized).
type Runner struct {
	mu      sync.Mutex
	g       *graph.Graph
	shapes  map[string][]int
	b       *built
	vm      G.VM
	xData   []float32 // backing array of the input value
	watched []*G.Node // in b.order
	closed  bool
}

// NewRunner validates g (graph.Shapes) and compiles it for batch size 1.
func NewRunner(g *graph.Graph) (*Runner, error) {
	if g == nil {
		return nil, errors.New("reference: nil graph")
	}
	shapes, err := g.Shapes()
	if err != nil {
		return nil, fmt.Errorf("reference: %v", err)
	}
	if err := checkWeights(g); err != nil {
		return nil, err
	}
	g = g.Clone()
	b, err := build(g, shapes, 1)
	if err != nil {
		return nil, err
	}
	r := &Runner{g: g, shapes: shapes, b: b}
	for _, name := range b.order {
		r.watched = append(r.watched, b.values[name])
	}
	r.xData = make([]float32, graph.Numel(g.InputShape))
	if err := G.Let(b.x, dense32(b.x.Shape().Clone(), r.xData)); err != nil {
		return nil, fmt.Errorf("reference: binding the input: %v", err)
	}
	watch := make([]any, len(r.watched))
	for k, n := range r.watched {
		watch[k] = n
	}
	if err := func() (err error) {
		buildMu.Lock()
		defer buildMu.Unlock()
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("reference: gorgonia panicked while compiling the graph: %v", p)
			}
		}()
		// TraceExec with a watch list makes the machine copy each watched
		// value into its node, so that no later instruction can overwrite
		// an intermediate in a reused register.
		r.vm = G.NewTapeMachine(b.eg, G.TraceExec(), G.WithWatchlist(watch...))
		return nil
	}(); err != nil {
		return nil, err
	}
	return r, nil
}

// Close releases the tape machine. A closed Runner returns errors.
func (r *Runner) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	return r.vm.Close()
}

// Run executes the graph on x (of the graph's input shape) and returns
// every value by name.
func (r *Runner) Run(x *graph.Tensor) (map[string]*graph.Tensor, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.run(x); err != nil {
		return nil, err
	}
	out := make(map[string]*graph.Tensor, len(r.b.order))
	for k, name := range r.b.order {
		if k == 0 { // the input, as given (ops may reuse its buffer)
			out[name] = x.Clone()
			continue
		}
		t, err := r.value(r.watched[k], r.shapes[name])
		if err != nil {
			return nil, fmt.Errorf("reference: value %q: %v", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// Output executes the graph on x and returns only its output.
func (r *Runner) Output(x *graph.Tensor) (*graph.Tensor, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.run(x); err != nil {
		return nil, err
	}
	t, err := r.value(r.b.values[r.g.Output], r.shapes[r.g.Output])
	if err != nil {
		return nil, fmt.Errorf("reference: output %q: %v", r.g.Output, err)
	}
	return t, nil
}

// Classify executes the graph on x and returns the index of the largest
// output element (the first one on ties).
func (r *Runner) Classify(x *graph.Tensor) (int, error) {
	y, err := r.Output(x)
	if err != nil {
		return 0, err
	}
	return graph.Argmax(y.Data), nil
}

func (r *Runner) run(x *graph.Tensor) error {
	if r.closed {
		return errors.New("reference: runner is closed")
	}
	if x == nil {
		return errors.New("reference: nil input")
	}
	if !slices.Equal(x.Shape, r.g.InputShape) {
		return fmt.Errorf("reference: input shape %v, want %v", x.Shape, r.g.InputShape)
	}
	if len(x.Data) != len(r.xData) {
		return fmt.Errorf("reference: input has %d elements, want %d", len(x.Data), len(r.xData))
	}
	if k := nonFinite(x.Data); k >= 0 {
		return fmt.Errorf("reference: input element %d is %v", k, x.Data[k])
	}
	copy(r.xData, x.Data)
	defer r.vm.Reset()
	if err := r.vm.RunAll(); err != nil {
		return fmt.Errorf("reference: gorgonia: %v", err)
	}
	return nil
}

// nonFinite is the index of the first NaN or infinite element, or -1.
func nonFinite(v []float32) int {
	for k, f := range v {
		if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
			return k
		}
	}
	return -1
}

// checkWeights rejects NaN and infinite weights and biases.
func checkWeights(g *graph.Graph) error {
	for _, n := range g.Nodes {
		for _, t := range []*graph.Tensor{n.W, n.B} {
			if t == nil {
				continue
			}
			if k := nonFinite(t.Data); k >= 0 {
				return fmt.Errorf("reference: node %q (%s): weight element %d is %v", n.Name, n.Op, k, t.Data[k])
			}
		}
	}
	return nil
}

func (r *Runner) value(n *G.Node, shape []int) (*graph.Tensor, error) {
	v := n.Value()
	if v == nil {
		return nil, errors.New("not computed")
	}
	t, ok := v.(tensor.Tensor)
	if !ok {
		return nil, fmt.Errorf("value of type %T", v)
	}
	if vw, ok := t.(tensor.View); ok && vw.IsMaterializable() {
		t = vw.Materialize()
	}
	data, ok := t.Data().([]float32)
	if !ok {
		return nil, fmt.Errorf("data of type %T", t.Data())
	}
	if len(data) != graph.Numel(shape) {
		return nil, fmt.Errorf("%d elements, want shape %v", len(data), shape)
	}
	return &graph.Tensor{Shape: slices.Clone(shape), Data: slices.Clone(data)}, nil
}
