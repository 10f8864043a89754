package randmodel

import (
	"math"
	"math/big"
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

// pythagorean are (a, b, c) with a² + b² = c²: rotations by angles whose
// cos a/c and sin b/c are exact rationals.
var pythagorean = [][3]int64{{4, 3, 5}, {12, 5, 13}, {15, 8, 17}, {24, 7, 25}, {21, 20, 29}, {35, 12, 37}, {40, 9, 41}, {45, 28, 53}}

// RopeTable returns the cos and sin (Q14) of rows × pairs rotations: pair p
// of row i is rotated i times by the angle of pythagorean[p mod 8] (row i
// is position i, each pair its own frequency, as in rotary embeddings),
// computed exactly in big integers and rounded once, so the tables (and
// the golden vectors built from them) are the same on every architecture;
// every few rows holds arbitrary int16 values (any table is valid).
func RopeTable(r *rand.Rand, rows, pairs int) (cos, sin [][]int16) {
	cos, sin = make([][]int16, rows), make([][]int16, rows)
	for i := range cos {
		cos[i], sin[i] = make([]int16, pairs), make([]int16, pairs)
		arbitrary := r.IntN(5) == 0
		for p := range cos[i] {
			if arbitrary {
				cos[i][p], sin[i][p] = int16(r.Uint32()), int16(r.Uint32())
				continue
			}
			t := pythagorean[p%len(pythagorean)]
			// (a + bi)^i = re + im·i; cos = re / c^i, sin = im / c^i.
			re, im := big.NewInt(1), big.NewInt(0)
			for k := 0; k < i; k++ {
				re, im = new(big.Int).Sub(new(big.Int).Mul(re, big.NewInt(t[0])), new(big.Int).Mul(im, big.NewInt(t[1]))),
					new(big.Int).Add(new(big.Int).Mul(re, big.NewInt(t[1])), new(big.Int).Mul(im, big.NewInt(t[0])))
			}
			den := new(big.Int).Exp(big.NewInt(t[2]), big.NewInt(int64(i)), nil)
			cos[i][p], sin[i][p] = q14(re, den), q14(im, den)
		}
	}
	return cos, sin
}

// q14 is round(2^14 · num / den) (ties away from zero) for |num| ≤ den.
func q14(num, den *big.Int) int16 {
	n := new(big.Int).Lsh(num, 15)
	n.Add(n, new(big.Int).Mul(den, big.NewInt(int64(num.Sign()))))
	return int16(n.Quo(n, new(big.Int).Lsh(den, 1)).Int64())
}

// GluTable returns a GluMul table: hard swish, g·relu6(g + 3)/6 (the
// integer-exact stand-in for silu that mobile networks use), of the gate
// codes at the scale 1/16, in Q10, or (one in four) arbitrary int16 values.
// Integer arithmetic only, so the golden vectors built from it are the same
// on every architecture.
func GluTable(r *rand.Rand) [256]int16 {
	var t [256]int16
	if r.IntN(4) == 0 {
		for k := range t {
			t[k] = int16(r.Uint32())
		}
		return t
	}
	// x = g/16; hardswish(x) · 2^10 = g · min(max(g + 48, 0), 96) · 2^10 / (16 · 16 · 6).
	for k := range t {
		g := int64(k - 128)
		t[k] = int16(g * min(max(g+48, 0), 96) * 1024 / 1536)
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
