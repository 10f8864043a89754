package randmodel

import (
	"math"
	"math/rand/v2"

	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The generators of the transformer ops of format version 2 (Embed, Norm,
// Rope, GluMul; docs/spec.md §6.15-§6.18).

// RowParams returns Rope or GluMul parameters whose outputs are mostly in
// range for products of about 2^bits (the shift undoes them), and one in
// four saturating.
func RowParams(r *rand.Rand, bits int) model.RowParams {
	p := model.RowParams{ZIn: int8(r.IntN(21) - 10), ZOut: int8(r.IntN(21) - 10), Mul: int32(1<<30 + r.IntN(1<<30)),
		Sh: uint8(30 + bits + r.IntN(3) - 1), Lo: int8(r.IntN(40) - 128), Hi: int8(127 - r.IntN(40))}
	if r.IntN(4) == 0 {
		p.Sh = uint8(20 + r.IntN(4)) // saturating
	}
	return p
}

// NormParams returns Norm parameters of the given mode: EpsQ small (1,
// realistic) or the largest, and outputs of about 32 codes per unit of the
// normalized value (the quotient carries 16 fractional bits).
func NormParams(r *rand.Rand, mode uint16) model.NormParams {
	p := model.NormParams{Mode: mode, EpsQ: uint32(1 + r.IntN(3000)), RowParams: RowParams(r, 11)}
	switch r.IntN(6) {
	case 0:
		p.EpsQ = 1
	case 1:
		p.EpsQ = math.MaxUint32
	}
	return p
}

// RopeTable returns the cos and sin (Q14) of rows × pairs rotations by
// the angles pos·10000^(−2p/(2·pairs)) of rotary embeddings, and every few
// rows arbitrary int16 values (any table is valid).
func RopeTable(r *rand.Rand, rows, pairs int) (cos, sin [][]int16) {
	cos, sin = make([][]int16, rows), make([][]int16, rows)
	for i := range cos {
		cos[i], sin[i] = make([]int16, pairs), make([]int16, pairs)
		for p := range cos[i] {
			if r.IntN(5) == 0 {
				cos[i][p], sin[i][p] = int16(r.Uint32()), int16(r.Uint32())
				continue
			}
			th := float64(i) * math.Pow(10000, -float64(2*p)/float64(2*pairs))
			cos[i][p] = int16(math.Round(ops.RopeOne * math.Cos(th)))
			sin[i][p] = int16(math.Round(ops.RopeOne * math.Sin(th)))
		}
	}
	return cos, sin
}

// GluTable returns a GluMul table: silu of the gate codes at a random
// input scale, in Q12, or (one in four) arbitrary int16 values.
func GluTable(r *rand.Rand) [256]int16 {
	var t [256]int16
	if r.IntN(4) == 0 {
		for k := range t {
			t[k] = int16(r.Uint32())
		}
		return t
	}
	scale := 0.01 + 0.1*r.Float64()
	for k := range t {
		x := float64(k-128) * scale
		t[k] = int16(math.Round(4096 * x / (1 + math.Exp(-x))))
	}
	return t
}

// embed builds a version-2 model whose int32 input ids [rows, n] are
// embedded by a table of V rows of D elements, then by a second table of
// at most 3 rows (the output): mostly in-range ids, and negative,
// at-or-beyond-V and int32-extreme ones (the fill). Rows of D elements
// (Dim) leave padding lanes or span several leaves.
func embed(r *rand.Rand) (*model.Model, []int32, error) {
	rows, n := 1+r.IntN(2), 1+r.IntN(6)
	V, D := 1+r.IntN(20), Dim(r, 70)
	table := make([][]int8, V)
	for v := range table {
		table[v] = Int8s(r, int(D))
	}
	// A second table of 0 to 3 rows of D2 elements (V = 0: every id is
	// the fill).
	V2, D2 := r.IntN(4), uint32(1+r.IntN(40))
	table2 := make([][]int8, V2)
	for v := range table2 {
		table2[v] = Int8s(r, int(D2))
	}
	b := model.NewBuilder()
	x := b.InputInt32(uint32(rows), uint32(n))
	b.Embed(x, D, table, int8(r.IntN(256)-128))
	out := b.Embed(x, D2, table2, int8(r.IntN(256)-128))
	m, err := b.Build(out)
	ids := make([]int32, rows*n)
	for k := range ids {
		switch r.IntN(6) {
		case 0:
			ids[k] = []int32{-1, int32(V), math.MaxInt32, math.MinInt32}[r.IntN(4)]
		default:
			ids[k] = int32(r.IntN(V))
		}
	}
	ids[0], ids[len(ids)-1] = 0, int32(V-1)
	return m, ids, err
}

// rowOps builds, by hand, a version-2 model of two ops of a row kind: in
// -> t into a new tensor, then t -> t in place. Norm: LayerNorm, then
// RMSNorm; Rope: rows of an even length. The inputs -128 and 127 are always
// among the input values, and one model in four has constant rows.
func rowOps(r *rand.Rand, op ops.Opcode) (*model.Model, []int8, error) {
	rows, n := uint32(1+r.IntN(3)), Dim(r, 70)
	if op == ops.OpRope && n%2 == 1 {
		n++
	}
	in := ops.NewTensor(ops.Int8, rows, n)
	t := ops.NewTensor(ops.Int8, rows, n)
	inSize := uint64(1) << ceilLog2(in.Leaves())
	outSize := uint64(1) << ceilLog2(t.Leaves())
	t.Addr = uint32((inSize + outSize - 1) / outSize * outSize)
	var weights []byte
	desc := func(a ops.Tensor, k int) ops.Desc {
		if op == ops.OpNorm {
			p := NormParams(r, uint16(1-k))
			return ops.Desc{Op: op, In: a, Out: t, KH: p.Mode, M: p.EpsQ, ZIn: p.ZIn, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
		}
		cos, sin := RopeTable(r, int(rows), int(n/2))
		w := uint32(len(weights) / ops.LeafSize)
		tab := make([]byte, ops.RopeTableLeaves(uint64(rows), uint64(n))*ops.LeafSize)
		ops.PutRopeTable(tab, cos, sin, uint64(n))
		weights = append(weights, tab...)
		p := RowParams(r, 14)
		return ops.Desc{Op: op, In: a, Out: t, W: w, ZIn: p.ZIn, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
	}
	program := []ops.Desc{desc(in, 0), desc(t, 1)}
	h := model.Header{RAMLeaves: uint32(uint64(t.Addr) + outSize), Input: in, Output: t}
	m, err := model.New(h, program, weights)
	x := Int8s(r, int(rows*n))
	if r.IntN(4) == 0 {
		v := int8(r.IntN(256) - 128)
		for k := range x {
			x[k] = v
		}
		return m, x, err
	}
	x[r.IntN(len(x))] = -128
	x[r.IntN(len(x))] = 127
	return m, x, err
}

// gluMul builds, by hand, a version-2 model: an RMSNorm of the input x
// into u, then GluMul(g = x, u) in place of u, then GluMul(g = u, u) (the
// gate is the up operand itself). The inputs -128 and 127 are always among
// the input values.
func gluMul(r *rand.Rand) (*model.Model, []int8, error) {
	rows, n := uint32(1+r.IntN(3)), Dim(r, 70)
	in := ops.NewTensor(ops.Int8, rows, n)
	u := ops.NewTensor(ops.Int8, rows, n)
	inSize := uint64(1) << ceilLog2(in.Leaves())
	outSize := uint64(1) << ceilLog2(u.Leaves())
	u.Addr = uint32((inSize + outSize - 1) / outSize * outSize)
	weights := make([]byte, 2*ops.GluTableLeaves*ops.LeafSize)
	glu := func(g ops.Tensor, k int) ops.Desc {
		tab := GluTable(r)
		ops.PutGluTable(weights[k*ops.GluTableLeaves*ops.LeafSize:], &tab)
		p := RowParams(r, 15)
		return ops.Desc{Op: ops.OpGluMul, In: g, In2: u, Out: u, W: uint32(k * ops.GluTableLeaves), ZIn2: p.ZIn, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
	}
	np := NormParams(r, ops.NormRMS)
	program := []ops.Desc{
		{Op: ops.OpNorm, In: in, Out: u, M: np.EpsQ, ZIn: np.ZIn, ZOut: np.ZOut, Lo: -128, Hi: 127, MulOut: np.Mul, ShOut: np.Sh},
		glu(in, 0),
		glu(u, 1),
	}
	h := model.Header{RAMLeaves: uint32(uint64(u.Addr) + outSize), Input: in, Output: u}
	m, err := model.New(h, program, weights)
	x := Int8s(r, int(rows*n))
	x[r.IntN(len(x))] = -128
	x[r.IntN(len(x))] = 127
	return m, x, err
}
