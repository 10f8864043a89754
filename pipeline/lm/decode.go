package lm

import (
	"fmt"
	"math"
)

// Greedy generates n tokens after prompt by greedy decoding: each step runs
// Forward over the sequence so far and appends the argmax of the last row
// (the lowest id among equal maxima). len(prompt)+n must not exceed the
// context.
//
// Teacher forcing gives the same tokens: Forward computes row t from
// ids[0..t] alone, by the same operations in the same order whatever
// follows (causal attention over j ≤ t only, row-wise matrix products and
// norms), so one pass over prompt‖completion returns, at positions
// len(prompt)−1 … len(prompt)+n−2, bit-identical rows to the ones greedy
// decoding saw; TeacherForced uses that.
func (m *Model) Greedy(prompt []int, n int) ([]int, error) {
	if len(prompt) == 0 || n < 0 || len(prompt)+n > m.Context {
		return nil, fmt.Errorf("lm: greedy: prompt of %d tokens + %d new exceeds the context %d (or is empty)", len(prompt), n, m.Context)
	}
	seq := append([]int(nil), prompt...)
	a := newActs(m.Config)
	if err := m.checkIDs(seq); err != nil {
		return nil, err
	}
	for range n {
		m.forward(a, seq)
		seq = append(seq, argmax(a.logits[(len(seq)-1)*m.Vocab:len(seq)*m.Vocab]))
	}
	return seq[len(prompt):], nil
}

// TeacherForced returns, for a sequence prompt‖completion, the argmax at
// every position that predicts a completion token: the completion greedy
// decoding would have produced if the given completion is greedy's, so
// claimed == TeacherForced(prompt, claimed) verifies a greedy completion in
// one pass.
func (m *Model) TeacherForced(prompt, completion []int) ([]int, error) {
	if len(prompt) == 0 || len(prompt)+len(completion) > m.Context {
		return nil, fmt.Errorf("lm: teacher-forced: prompt of %d tokens + %d exceeds the context %d (or is empty)", len(prompt), len(completion), m.Context)
	}
	seq := append(append([]int(nil), prompt...), completion...)
	logits, err := m.Forward(seq)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(completion))
	for i := range out {
		t := len(prompt) - 1 + i
		out[i] = argmax(logits[t*m.Vocab : (t+1)*m.Vocab])
	}
	return out, nil
}

// argmax is the index of the largest value (the first among equals; NaN
// never wins).
func argmax(row []float32) int {
	best, bv := 0, float32(math.Inf(-1))
	for i, v := range row {
		if v > bv {
			best, bv = i, v
		}
	}
	return best
}
