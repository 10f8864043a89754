package model

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/golden"
	"github.com/opml-dev/opml/vm/ops"
)

// attentionTable is the exp table T[d] = 65536 · (15/16)^d (floor).
func attentionTable() [256]int32 {
	var t [256]int32
	for d, v := 0, int64(65536); d < 256; d++ {
		t[d] = int32(v)
		v = v * 15 / 16
	}
	return t
}

// goldenAttention is a small attention block: Q [2, 3, 40] (the input),
// K gathered as [1, 3, 40] (G = 2), causal-N scores, a causal Softmax, Vᵀ
// gathered as [1, 5, 3], then causal-K P·V.
func goldenAttention(t *testing.T) *Model {
	b := NewBuilder()
	q := b.Input(2, 3, 40)
	idx := func(n, mod int) []int32 {
		v := make([]int32, n)
		for k := range v {
			v[k] = int32((7*k + 3) % mod)
		}
		return v
	}
	k := b.Gather(q, -1, []uint32{1, 3, 40}, idx(120, 240), 0)
	s := b.MatMul(q, k, ops.MatMulCausalN, MulParams{ZA: 1, ZB: -2, ZOut: 3, Lo: -128, Hi: 127, Mul: 1<<30 + 5, Sh: 42})
	p := b.SoftmaxCausal(s, attentionTable())
	vt := b.Gather(q, -1, []uint32{1, 5, 3}, idx(15, 240), 0)
	m, err := b.Build(b.MatMul(p, vt, ops.MatMulCausalK, MulParams{ZA: -128, ZB: 4, ZOut: -5, Lo: -100, Hi: 100, Mul: 1 << 30, Sh: 39}))
	require.NoError(t, err)
	return m
}

// TestAttentionModelGolden pins the file encoding, the model ID and N of
// an attention block (docs/spec.md §6.14, §6.8; a version-2 file): N
// counts the ragged iterations of the causal ops in closed form.
func TestAttentionModelGolden(t *testing.T) {
	m := goldenAttention(t)
	require.Equal(t, uint8(Version2), m.Header.Version)
	// N by hand: Gather 120; causal-N 2 heads × (1+2+3) elements × (2
	// chunks + 1); causal Softmax 2 heads × rows of 1, 2, 3 elements
	// (1 leaf + 2n each); Gather 15; causal-K 2 × 3 rows × 5 elements ×
	// (1 chunk + 1); the halting step.
	want := uint64(120 + 2*6*3 + 2*((1+2)+(1+4)+(1+6)) + 15 + 2*3*5*2 + 1)
	require.Equal(t, want, m.Header.NumSteps)
	enc := m.Encode()
	golden.Check(t, filepath.Join("testdata", "attention_v2.opml"), enc, "go test ./vm/model -update")
	golden.Check(t, filepath.Join("testdata", "attention_v2.id"), []byte(fmt.Sprintf("%s N=%d\n", m.ID().Hex(), m.Header.NumSteps)), "go test ./vm/model -update")
	back, err := Decode(enc)
	require.NoError(t, err)
	require.Equal(t, m.ID(), back.ID())
}

// TestAttentionModelRules: MatMul and the causal Softmax make a model
// version 2 and are refused in a version-1 model by New and Decode (V1);
// the MatMul rules MM1-MM6 and the canonical zero rule are enforced.
func TestAttentionModelRules(t *testing.T) {
	m := goldenAttention(t)
	require.Equal(t, uint8(Version2), MinVersion(m.Header.Input, m.Ops))
	h1 := m.Header
	h1.Version = Version1
	_, err := New(h1, m.Ops, m.Weights)
	require.ErrorContains(t, err, "model: op 0: gather (opcode 11) is not defined in model version 1 (rule V1)")

	// A causal Softmax alone: version 2; under version 1 refused, by New
	// and by Decode; the same op without the flag is version 1.
	b := NewBuilder()
	sm, err := b.Build(b.SoftmaxCausal(b.Input(4, 4), attentionTable()))
	require.NoError(t, err)
	require.Equal(t, uint8(Version2), sm.Header.Version)
	h1 = sm.Header
	h1.Version = Version1
	_, err = New(h1, sm.Ops, sm.Weights)
	require.ErrorContains(t, err, "model: op 0: causal softmax (opcode 8, KH 1) is not defined in model version 1 (rule V1)")
	bad := sm.Encode()
	bad[4], bad[8] = Version1, Version1
	_, err = Decode(bad)
	require.ErrorContains(t, err, "is not defined in model version 1 (rule V1)")
	plain := sm.Ops[0]
	plain.KH = 0
	require.Equal(t, uint8(Version1), MinVersion(sm.Header.Input, []ops.Desc{plain}))
	flag2 := sm.Ops[0]
	flag2.KH = 2
	_, err = New(sm.Header, []ops.Desc{flag2}, sm.Weights)
	require.ErrorContains(t, err, "causal flag 2: want 0 or 1")

	// MatMul rules, on the last op (causal-K P·V: A [2, 3, 3], B [1, 5, 3]).
	last := len(m.Ops) - 1
	for _, c := range []struct {
		name string
		edit func(d *ops.Desc)
		want string
	}{
		{"MM1 rank", func(d *ops.Desc) { d.In2 = at(ops.NewTensor(ops.Int8, 5, 3), d.In2.Addr) }, "must be int8 of rank 3"},
		{"MM1 dtype", func(d *ops.Desc) { d.Out.DType = ops.Int32 }, "must be int8 of rank 3"},
		{"MM2 K", func(d *ops.Desc) { d.In2.Dims[2] = 2 }, "want [P, M, K], [PB, N, K] -> [P, M, N]"},
		{"MM2 Out", func(d *ops.Desc) { d.Out.Dims[2] = 4 }, "want [P, M, K], [PB, N, K] -> [P, M, N]"},
		{"MM3 PB", func(d *ops.Desc) { d.In2.Dims[0] = 0 }, "heads must be >= 1 and divide"},
		{"MM4 mode", func(d *ops.Desc) { d.KH = 3 }, "mode 3"},
		{"MM4 causal-N needs M = N", func(d *ops.Desc) { d.KH = ops.MatMulCausalN }, "mode 1 with M = 3, N = 5"},
		{"MM5 overlap", func(d *ops.Desc) { d.Out.Addr = d.In2.Addr }, "overlaps an input"},
		{"MM6 multiplier", func(d *ops.Desc) { d.MulOut = -1 }, "multiplier -1 must be >= 0"},
		{"MM6 shift", func(d *ops.Desc) { d.ShOut = 63 }, "shift 63 <= 62"},
		{"V2 canonical", func(d *ops.Desc) { d.W = 1 }, "fields the op does not use must be zero"},
	} {
		prog := append([]ops.Desc(nil), m.Ops...)
		c.edit(&prog[last])
		_, err := New(m.Header, prog, m.Weights)
		require.ErrorContains(t, err, c.want, c.name)
	}
}
