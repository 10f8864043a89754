package vm

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The golden edge cases of the attention ops (docs/spec.md §6.14 MatMul,
// §6.8 causal Softmax): small models whose outputs are computed by hand
// below (TestAttentionEdgeOutputs), recorded as step vectors by
// TestGoldenVectors.

// unit is the MatMul requantization that keeps the dot product: m/2^s = 1.
var unit = model.MulParams{Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 30}

// edgeExpTable is the exp table of the spec's Softmax example (§6.8):
// T[d] = 65536 · (15/16)^d, floor at every step.
var edgeExpTable = func() [256]int32 {
	var t [256]int32
	for d, v := 0, int64(65536); d < 256; d++ {
		t[d] = int32(v)
		v = v * 15 / 16
	}
	return t
}()

// edgeOnes is 33·33 ones: a [1, 33, 33] input.
var edgeOnes = fill(33*33, 1)

// edgeGQAInput is A [4, 1, 33] with head p's row all p + 1.
var edgeGQAInput = func() []int8 {
	x := make([]int8, 4*33)
	for k := range x {
		x[k] = int8(k/33 + 1)
	}
	return x
}()

func attentionEdgeCases(t *testing.T) []goldenCase {
	return []goldenCase{
		// Causal-N: S = X·Xᵀ for X = [[1 2] [3 4] [5 6]] (In2 = In); row m
		// writes n <= m, the rest of the new tensor stays zero.
		edgeModel(t, "edge_matmul_causal_n", []int8{1, 2, 3, 4, 5, 6}, func(b *model.Builder) model.T {
			x := b.Input(1, 3, 2)
			return b.MatMul(x, x, ops.MatMulCausalN, unit)
		}),
		// Causal-K with K = 33: X = ones [1, 33, 33], B = X (N = 33): row
		// m sums k <= m, m + 1 terms; row 32 takes a second chunk with one
		// lane. Every element of row m is m + 1.
		edgeModel(t, "edge_matmul_causal_k", edgeOnes, func(b *model.Builder) model.T {
			x := b.Input(1, 33, 33)
			return b.MatMul(x, x, ops.MatMulCausalK, unit)
		}),
		// Grouped-query attention, G = 2, and K = 33 (not a multiple of
		// 32), N = 1: A heads p = 0..3 are rows of p + 1, B head 0 is all ones
		// and B head 1 is zero but for lane 32 (the second chunk's only
		// lane). Heads 0 and 1 use B head 0 (33·(p+1)), heads 2 and 3 B
		// head 1 (p + 1).
		edgeModel(t, "edge_matmul_gqa", edgeGQAInput, func(b *model.Builder) model.T {
			x := b.Input(4, 1, 33)
			idx := make([]int32, 66)
			for k := range 33 {
				idx[k] = 0 // A[0][0][0] = 1
				idx[33+k] = -1
			}
			idx[65] = 0
			bt := b.Gather(x, -1, []uint32{2, 1, 33}, idx, 0)
			return b.MatMul(x, bt, ops.MatMulFull, unit)
		}),
		// Saturating requantization: multiplier 2^31 - 1 with shift 0
		// saturates the dot products 100·1 and -100·1 at the int32 ends,
		// then ZOut and the clamp give Hi and Lo; the zero point of B
		// (-100) turns the row [0] into 100 and [-100] into 0.
		edgeModel(t, "edge_matmul_saturate", []int8{1, 0, -100, -128}, func(b *model.Builder) model.T {
			x := b.Input(4)
			a := b.Gather(x, -1, []uint32{1, 1, 1}, []int32{0}, 0)
			bt := b.Gather(x, -1, []uint32{1, 3, 1}, []int32{1, 2, 3}, 0)
			return b.MatMul(a, bt, ops.MatMulFull, model.MulParams{ZB: -100, ZOut: 5, Lo: -50, Hi: 60, Mul: 1<<31 - 1, Sh: 0})
		}),
		// Causal Softmax over two heads of 3 × 3 scores: row r uses its
		// first r mod 3 + 1 elements; the 99s past them are never read, the
		// outputs past them never written (zero).
		edgeModel(t, "edge_softmax_causal", []int8{5, 99, 99, 10, 8, 99, 10, 8, 10, -128, 99, 99, 8, 10, 99, 0, 0, 0},
			func(b *model.Builder) model.T {
				return b.SoftmaxCausal(b.Input(6, 3), edgeExpTable)
			}),
	}
}

// TestAttentionEdgeOutputs pins what the attention edge cases compute
// (hand-computed), and that every step of each meets the fast path.
func TestAttentionEdgeOutputs(t *testing.T) {
	causalK := make([]int64, 33*33)
	for k := range causalK {
		causalK[k] = int64(k/33 + 1)
	}
	want := map[string][]int64{
		"edge_matmul_causal_n": {5, 0, 0, 11, 25, 0, 17, 39, 61},
		"edge_matmul_causal_k": causalK,
		"edge_matmul_gqa":      {33, 66, 3, 4},
		"edge_matmul_saturate": {60, 5, -50},
		// Rows: [5] -> 127; [10 8] -> 8 -8 (the §6.8 example); [10 8 10]:
		// sum 188,672, 16,777,216/188,672 = 88.9 -> 89, 14,745,600/188,672
		// = 78.2 -> 78; [-128] -> 127; [8 10] -> -8 8; [0 0 0]: 256/3 =
		// 85.3 -> 85.
		"edge_softmax_causal": {127, 0, 0, 8, -8, 0, -39, -50, -39, 127, 0, 0, -8, 8, 0, -43, -43, -43},
	}
	for _, c := range attentionEdgeCases(t) {
		require.Contains(t, want, c.name)
		require.Equal(t, uint8(model.Version2), c.model.Header.Version, c.name)
		tr, err := c.trace()
		require.NoError(t, err)
		require.Equal(t, want[c.name], tr.Output(), c.name)
		checkAllSteps(t, tr)
	}
}

// BenchmarkStateAtAttention: StateAt at random steps of one attention
// block at the LLM's shape (4 query heads, 2 KV heads, T = 64, head dim
// 16), whose MatMuls and Softmax are ragged: the iteration of a step is
// found by binary search over the op's closed-form prefix sums.
func BenchmarkStateAtAttention(b *testing.B) {
	m, in, err := randmodel.AttentionBlock(rand.New(rand.NewPCG(15, 16)), 4, 2, 64, 16)
	require.NoError(b, err)
	tr, err := NewTrace(m, in)
	require.NoError(b, err)
	r := rand.New(rand.NewPCG(5, 5))
	for b.Loop() {
		if _, err := tr.StateAt(r.Uint64N(tr.Steps())); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tr.Steps()), "steps")
}
