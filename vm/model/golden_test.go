package model

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/golden"
	"github.com/opml-dev/opml/vm/ops"
)

// goldenModel uses every op of version 1 once, with fixed small weights;
// with lut it also uses the ops of version 2, Lut and Gather (before the
// Softmax; the Gather reads its input as In and as In2 and fills one
// element), so it is a version-2 model.
func goldenModel(t *testing.T, lut bool) *Model {
	seq := func(n, mod int) []int8 {
		w := make([]int8, n)
		for k := range w {
			w[k] = int8(k%mod - mod/2)
		}
		return w
	}
	ch := func(n int) []Channel {
		c := make([]Channel, n)
		for k := range c {
			c[k] = Channel{Bias: int32(k - n/2), Mult: 1<<30 + int32(k), Shift: 36}
		}
		return c
	}
	var table [256]int32
	for d, v := 0, int64(65536); d < 256; d++ {
		table[d] = int32(v)
		v = v * 15 / 16
	}
	b := NewBuilder()
	x := b.Input(4, 4, 3)
	x = b.Conv2D(x, 4, Window{KH: 3, KW: 3, SH: 1, SW: 1, PadT: 1, PadL: 1, PadB: 1, PadR: 1}, seq(4*9*3, 7), ch(4), Quant{ZIn: -1, ZOut: 2, Lo: 2, Hi: 127})
	y := b.ReLU(x, 3)
	x = b.Add(x, y, AddParams{ZA: 2, ZB: 3, ZOut: -1, MulA: 1 << 30, MulB: 1 << 30, MulOut: 1 << 30, ShA: 31, ShB: 31, ShOut: 20, Lo: -128, Hi: 127})
	x = b.Pool2D(x, true, Window{KH: 2, KW: 2, SH: 2, SW: 2}, -128, 127)
	x = b.Pool2D(x, false, Window{KH: 1, KW: 1, SH: 1, SW: 1}, -128, 127)
	x = b.Reshape(x, 16)
	x = b.Gemm(x, 1, 5, seq(5*16, 9), ch(5), Quant{Lo: -128, Hi: 127})
	if lut {
		var t [256]int8
		for k := range t {
			t[k] = int8(k/2 - 64) // a monotone activation
		}
		x = b.Lut(x, t)
		x = b.Gather(x, x, b.Shape(x), []int32{9, 3, -1, 6, 0}, -20)
		g := b.Gather(x, -1, b.Shape(x), []int32{4, 3, 2, 1, 0}, 0)
		x = b.Mul(x, g, MulParams{ZA: -20, ZB: -20, ZOut: 1, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 38})
		q := AddParams{ZA: 1, ZB: -20, ZOut: 0, MulA: 1 << 30, MulB: 1 << 30, MulOut: 1 << 30, ShA: 31, ShB: 32, ShOut: 20, Lo: -128, Hi: 127}
		y := b.Max(x, g, q)
		x = b.Min(y, x, q)
	}
	x = b.Softmax(x, table)
	m, err := b.Build(b.Argmax(x))
	require.NoError(t, err)
	return m
}

// goldenLLMModel uses the transformer ops of version 2 (Embed, Norm in
// both modes, Rope, GluMul) on an int32 token input, as a decoder block
// strings them together.
func goldenLLMModel(t *testing.T) *Model {
	table := make([][]int8, 6)
	for v := range table {
		table[v] = make([]int8, 8)
		for l := range table[v] {
			table[v][l] = int8(13*v - 7*l)
		}
	}
	cos, sin := make([][]int16, 4), make([][]int16, 4)
	for i := range cos {
		cos[i], sin[i] = make([]int16, 4), make([]int16, 4)
		for p := range cos[i] {
			cos[i][p], sin[i][p] = int16(16384-1000*i-100*p), int16(1000*i+300*p)
		}
	}
	var glu [256]int16
	for k := range glu {
		glu[k] = int16(40 * (k - 128))
	}
	q := RowParams{ZIn: 1, ZOut: -2, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 44}
	b := NewBuilder()
	x := b.Embed(b.InputInt32(4), 8, table, -5)
	h := b.Norm(x, NormParams{Mode: ops.NormRMS, EpsQ: 262, RowParams: RowParams{ZIn: -5, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 41}})
	r := b.Rope(h, cos, sin, q)
	u := b.Norm(h, NormParams{Mode: ops.NormLayer, EpsQ: 7, RowParams: RowParams{ZOut: 3, Lo: -100, Hi: 100, Mul: 1<<30 + 5, Sh: 41}})
	u = b.GluMul(r, u, glu, q)
	m, err := b.Build(b.Argmax(u))
	require.NoError(t, err)
	return m
}

// TestLLMModelFileGolden pins the model file and ID of goldenLLMModel
// (every_op_llm, a version-2 file).
func TestLLMModelFileGolden(t *testing.T) {
	m := goldenLLMModel(t)
	require.Equal(t, uint8(Version2), m.Header.Version)
	golden.Check(t, filepath.Join("testdata", "every_op_llm.opml"), m.Encode(), "go test ./vm/model -update")
	golden.Check(t, filepath.Join("testdata", "every_op_llm.id"), []byte(fmt.Sprintf("%s N=%d\n", m.ID().Hex(), m.Header.NumSteps)), "go test ./vm/model -update")
	b, err := os.ReadFile(filepath.Join("testdata", "every_op_llm.opml"))
	require.NoError(t, err)
	back, err := Decode(b)
	require.NoError(t, err)
	require.Equal(t, m.ID(), back.ID())
	var seen []ops.Opcode
	for _, d := range back.Ops {
		seen = append(seen, d.Op)
	}
	require.Equal(t, []ops.Opcode{ops.OpEmbed, ops.OpNorm, ops.OpRope, ops.OpNorm, ops.OpGluMul, ops.OpArgmax}, seen)
}

// TestModelFileGolden pins the model file encoding and the model ID of a
// model that uses every op of version 1 (every_op, a version-1 file: the
// builder writes the lowest version that expresses a model, so it is what
// it was before version 2 existed) and of one that also uses Lut, Gather,
// Mul, Max and Min (every_op_v2, a version-2 file) (docs/spec.md §3.5, §3.6).
func TestModelFileGolden(t *testing.T) {
	for _, c := range []struct {
		name    string
		lut     bool
		version uint8
	}{{"every_op", false, Version1}, {"every_op_v2", true, Version2}} {
		m := goldenModel(t, c.lut)
		require.Equal(t, c.version, m.Header.Version, c.name)
		enc := m.Encode()
		golden.Check(t, filepath.Join("testdata", c.name+".opml"), enc, "go test ./vm/model -update")
		golden.Check(t, filepath.Join("testdata", c.name+".id"), []byte(fmt.Sprintf("%s N=%d\n", m.ID().Hex(), m.Header.NumSteps)), "go test ./vm/model -update")
		b, err := os.ReadFile(filepath.Join("testdata", c.name+".opml"))
		require.NoError(t, err)
		require.Equal(t, c.version, b[4], c.name)
		back, err := Decode(b)
		require.NoError(t, err)
		require.Equal(t, m.ID(), back.ID())
	}
}
