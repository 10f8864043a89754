package lm

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkTrainStep measures one AdamW step of the default model on a
// batch of 16 sequences of 64 tokens with 2 workers.
func BenchmarkTrainStep(b *testing.B) {
	c := Default()
	m, err := NewModel(c)
	if err != nil {
		b.Fatal(err)
	}
	m.Init(1)
	r := rand.New(rand.NewPCG(1, 2))
	seqs := make([][]int, 16)
	for i := range seqs {
		seqs[i] = randomSeq(r, c.Context+1, c.Vocab)
	}
	tr := NewTrainer(m, AdamW{Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, WeightDecay: 0.1, Clip: 1}, 2)
	b.ResetTimer()
	for range b.N {
		if _, _, err := tr.Step(seqs, 1e-3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkForward measures one forward pass of the default model over 64
// tokens.
func BenchmarkForward(b *testing.B) {
	c := Default()
	m, _ := NewModel(c)
	m.Init(1)
	ids := randomSeq(rand.New(rand.NewPCG(1, 2)), c.Context, c.Vocab)
	a := newActs(c)
	b.ResetTimer()
	for range b.N {
		m.forward(a, ids)
	}
}
