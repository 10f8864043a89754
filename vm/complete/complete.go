package complete

import (
	"fmt"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// Result is a greedy completion.
type Result struct {
	Tokens []int32 // the n generated tokens
	Input  []int32 // the teacher-forced input x: prompt ‖ Tokens[:n−1] ‖ zeros, T ids
	Passes int     // fast-path passes run: n (the last, over the final x, also checks the whole completion)
}

// Context returns T, the number of ids a completion model reads, or an
// error if the header h is not a completion model's (int32 input and
// output of equal Numel). The oracle's requestCompletion makes the same
// check (docs/protocol.md §3.6).
func Context(h *model.Header) (int, error) {
	in, out := h.Input, h.Output
	if in.DType != ops.Int32 || out.DType != ops.Int32 || in.Numel() != out.Numel() {
		return 0, fmt.Errorf("complete: not a completion model: input %s %v and output %s %v must both be int32 of one element count",
			in.DType, in.Shape(), out.DType, out.Shape())
	}
	return int(in.Numel()), nil
}

// Greedy generates n tokens after prompt on completion model m: pass i
// runs the model on prompt ‖ c_0 … c_{i−1} (padded with id 0) and takes
// c_i = output[P − 1 + i]. It needs 1 ≤ P, 1 ≤ n and P + n − 1 ≤ T.
func Greedy(m *model.Model, prompt []int32, n int) (*Result, error) {
	return GreedyWith(m, prompt, n, nil)
}

// GreedyWith is Greedy with every fast-path pass run inside wrap (nil: run
// directly): a node bounds its concurrent VM runs this way.
func GreedyWith(m *model.Model, prompt []int32, n int, wrap func(func() error) error) (*Result, error) {
	if wrap == nil {
		wrap = func(f func() error) error { return f() }
	}
	pass := func(x []int32) (out []int64, err error) {
		err = wrap(func() error { out, err = run(m, x); return err })
		return out, err
	}
	T, err := Context(&m.Header)
	if err != nil {
		return nil, err
	}
	P := len(prompt)
	if P < 1 || n < 1 || P+n-1 > T {
		return nil, fmt.Errorf("complete: a prompt of %d tokens and %d to generate do not fit the context of %d (need 1 ≤ P, 1 ≤ n, P + n − 1 ≤ T)", P, n, T)
	}
	x := make([]int32, T)
	copy(x, prompt)
	r := &Result{}
	var out []int64
	for i := range n {
		if out, err = pass(x); err != nil {
			return nil, err
		}
		r.Passes++
		c := int32(out[P-1+i])
		r.Tokens = append(r.Tokens, c)
		if i < n-1 {
			x[P+i] = c
		}
	}
	// The last pass ran over the final x = prompt ‖ c_0 … c_{n−2} ‖ 0 …:
	// its output must give the whole completion (what a claim asserts).
	for i, c := range r.Tokens {
		if int32(out[P-1+i]) != c {
			return nil, fmt.Errorf("complete: model %s is not causal: token %d is %d after its own prefix and %d in the pass over the whole input", m.ID(), i, c, out[P-1+i])
		}
	}
	r.Input = x
	return r, nil
}

func run(m *model.Model, x []int32) ([]int64, error) {
	ram, err := vm.ExecuteInt32(m, x)
	if err != nil {
		return nil, fmt.Errorf("complete: %w", err)
	}
	return vm.ReadTensor(m.Header.Output, ram), nil
}
