package lm

import (
	"math"
	"math/rand/v2"
	"testing"
)

// tiny is a small config exercising every feature: grouped-query attention
// (4 query heads on 2 KV heads), several layers, a vocabulary above 256.
func tiny(norm NormKind) Config {
	return Config{Vocab: 300, Context: 7, Dim: 8, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 4,
		Hidden: 12, Eps: 1e-5, RopeTheta: 10000, Norm: norm}
}

// tinyPartial is tiny with heads of 8 whose first 4 dims rotate (partial
// rotary).
func tinyPartial(norm NormKind) Config {
	c := tiny(norm)
	c.HeadDim, c.RotaryDims = 8, 4
	return c
}

func randomModel(t testing.TB, c Config, seed uint64) *Model {
	t.Helper()
	m, err := NewModel(c)
	if err != nil {
		t.Fatal(err)
	}
	// Larger than the training init, so that attention is far from uniform
	// and every path carries gradient; norm weights and biases random too.
	r := rand.New(rand.NewPCG(seed, 1))
	for i := range m.Data {
		m.Data[i] = float32(r.NormFloat64() * 0.5)
	}
	return m
}

func randomSeq(r *rand.Rand, n, vocab int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = r.IntN(vocab)
	}
	return s
}

// TestGradientFiniteDifference checks the hand-written backward pass against
// central finite differences of the loss, coordinate by coordinate, on every
// parameter tensor, for RMSNorm and LayerNorm models.
func TestGradientFiniteDifference(t *testing.T) {
	for _, c := range []Config{tiny(RMSNorm), tiny(LayerNorm), tinyPartial(RMSNorm)} {
		name := c.Norm.String()
		if c.RotaryDims != 0 {
			name += "-partial-rotary"
		}
		t.Run(name, func(t *testing.T) {
			m := randomModel(t, c, 7)
			r := rand.New(rand.NewPCG(9, 9))
			seqs := [][]int{randomSeq(r, c.Context+1, c.Vocab), randomSeq(r, 4, c.Vocab)}
			tr := NewTrainer(m, AdamW{}, 2)
			g, _, err := tr.Gradient(seqs)
			if err != nil {
				t.Fatal(err)
			}
			// The loss in float64 over float32 forward passes.
			lossAt := func() float64 {
				var sum float64
				n := 0
				for _, s := range seqs {
					l, err := m.Loss(s[:len(s)-1], s[1:])
					if err != nil {
						t.Fatal(err)
					}
					sum += l
					n += len(s) - 1
				}
				return sum / float64(n)
			}
			off := 0
			checked, significant := 0, 0
			for _, ten := range m.Tensors() {
				// a few coordinates of every tensor, and for the embedding
				// rows that occur in the sequences
				idx := []int{0, len(ten.Data) / 2, len(ten.Data) - 1, r.IntN(len(ten.Data))}
				if ten.Name == "model.embed_tokens.weight" {
					idx = append(idx, seqs[0][0]*c.Dim+1, seqs[1][2]*c.Dim+3)
				}
				for _, i := range idx {
					p := off + i
					old := m.Data[p]
					const h = 1e-2
					m.Data[p] = old + h
					lp := lossAt()
					m.Data[p] = old - h
					lm := lossAt()
					m.Data[p] = old
					num := (lp - lm) / (2 * h)
					got := float64(g.Data[p])
					if math.Abs(num-got) > 2e-3+2e-2*math.Abs(num) {
						t.Errorf("%s[%d]: backward %.6g, finite difference %.6g", ten.Name, i, got, num)
					}
					checked++
					if math.Abs(num) > 1e-2 {
						significant++
					}
				}
				off += len(ten.Data)
			}
			// A check on vanishing gradients would prove nothing.
			if significant < checked/3 {
				t.Errorf("only %d of %d checked gradients exceed 1e-2", significant, checked)
			}
			t.Logf("%d coordinates checked, %d above 1e-2", checked, significant)
		})
	}
}
