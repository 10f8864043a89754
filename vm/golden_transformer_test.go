package vm

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/testkit/randmodel"
	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// The golden step vectors of the transformer ops of format version 2
// (Embed, Norm, Rope, GluMul; docs/spec.md §6.15-§6.18, §10.2) beyond the
// random op_<kind> models: RMSNorm and LayerNorm with realistic parameters,
// and the edge cases.

// normRealistic: eps = 1e-5 at the input scale 0.05 (EpsQ =
// round(1e-5 / 0.05² · 2^16) = 262), outputs at 32 codes per unit
// (Requantize by 2^30 · 2^-41 = 2^-11 of the quotient's 2^16).
func normRealistic(mode uint16, zIn, zOut int8) model.NormParams {
	return model.NormParams{Mode: mode, EpsQ: 262, RowParams: model.RowParams{ZIn: zIn, ZOut: zOut, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 41}}
}

// handModel is a model built by hand (in-place ops the builder does not
// write).
func handModel(t *testing.T, name string, h model.Header, program []ops.Desc, weights []byte, in []int8, in32 []int32) goldenCase {
	t.Helper()
	m, err := model.New(h, program, weights)
	require.NoError(t, err, name)
	return goldenCase{name: name, model: m, input: in, input32: in32}
}

func at(t ops.Tensor, addr uint32) ops.Tensor { t.Addr = addr; return t }

// edgeEmbedTable is row v = [10v + l for l < 33] of a V = 3 table.
var edgeEmbedTable = func() [][]int8 {
	rows := make([][]int8, 3)
	for v := range rows {
		rows[v] = make([]int8, 33)
		for l := range rows[v] {
			rows[v][l] = int8(10*v + l)
		}
	}
	return rows
}()

var edgeEmbedIDs = []int32{-1, 0, 2, 3, math.MaxInt32, math.MinInt32}

// edgeRopeInput: row 0 is rotated by 0 (cos 1, sin 0), row 1 by 90 degrees
// (cos 0, sin 1): (a, b) -> (-b, a), so -(-128) = 128 clamps to 127. Rows
// of 18 elements: a full half leaf (8 pairs) and one pair in the second.
var edgeRopeInput = func() []int8 {
	x := make([]int8, 36)
	for k := range x {
		x[k] = int8(7*k - 100)
	}
	x[0], x[1], x[18], x[19], x[34], x[35] = -128, 127, 5, -128, 127, 3
	return x
}()

func edgeRopeTable() []byte {
	cos := [][]int16{make([]int16, 9), make([]int16, 9)}
	sin := [][]int16{make([]int16, 9), make([]int16, 9)}
	for p := 0; p < 9; p++ {
		cos[0][p], sin[1][p] = ops.RopeOne, ops.RopeOne
	}
	w := make([]byte, ops.RopeTableLeaves(2, 18)*ops.LeafSize)
	ops.PutRopeTable(w, cos, sin, 18)
	return w
}

// edgeGluTable: T[k] = 100·(k − 128), except T[0] = −32768, T[255] = 32767
// and, either side of the table-leaf boundary k = 16, T[15] = 1000 and
// T[16] = −1000.
var edgeGluTable = func() [256]int16 {
	var t [256]int16
	for k := range t {
		t[k] = int16(100 * (k - 128))
	}
	t[0], t[255], t[15], t[16] = -32768, 32767, 1000, -1000
	return t
}()

func transformerGoldenCases(t *testing.T) []goldenCase {
	r := rand.New(rand.NewPCG(15, 17))
	x64 := randmodel.Int8s(r, 4*64)
	x40 := randmodel.Int8s(r, 3*40)
	cases := []goldenCase{
		edgeModel(t, "op_norm_rms", x64, func(b *model.Builder) model.T {
			return b.Norm(b.Input(4, 64), normRealistic(ops.NormRMS, 3, 0))
		}),
		edgeModel(t, "op_norm_layer", x40, func(b *model.Builder) model.T {
			return b.Norm(b.Input(3, 40), normRealistic(ops.NormLayer, -5, 2))
		}),
	}
	// Embed: ids -1, 0, V - 1, V and the int32 extremes; only 0 and 2 read
	// the table, the others are the fill -77. Rows of 33: two leaves each.
	{
		b := model.NewBuilder()
		out := b.Embed(b.InputInt32(6), 33, edgeEmbedTable, -77)
		m, err := b.Build(out)
		require.NoError(t, err)
		cases = append(cases, goldenCase{name: "edge_embed_out_of_range", model: m, input32: edgeEmbedIDs})
	}
	// Norm of rows with variance 0: LayerNorm of the constant rows [7 ...]
	// and [-128 ...] is ZOut (9) exactly, the third row (mean -0.2) gives
	// ±1.58 → 9 ± 2; then RMSNorm in place with ZIn = 9: the all-zero rows
	// take R = isqrt(D²·EpsQ) = 5 and give ZOut (-3), the third ±1.58.
	{
		x := ops.NewTensor(ops.Int8, 3, 5)
		y := at(ops.NewTensor(ops.Int8, 3, 5), 4)
		p1 := normRealistic(ops.NormLayer, 0, 9)
		p2 := normRealistic(ops.NormRMS, 9, -3)
		p1.EpsQ, p1.Sh, p2.EpsQ, p2.Sh = 1, 46, 1, 46 // one code per unit
		program := []ops.Desc{
			{Op: ops.OpNorm, In: x, Out: y, KH: p1.Mode, M: p1.EpsQ, ZIn: p1.ZIn, ZOut: p1.ZOut, Lo: -128, Hi: 127, MulOut: p1.Mul, ShOut: p1.Sh},
			{Op: ops.OpNorm, In: y, Out: y, KH: p2.Mode, M: p2.EpsQ, ZIn: p2.ZIn, ZOut: p2.ZOut, Lo: -128, Hi: 127, MulOut: p2.Mul, ShOut: p2.Sh},
		}
		in := []int8{7, 7, 7, 7, 7, -128, -128, -128, -128, -128, 127, -128, 0, 0, 0}
		cases = append(cases, handModel(t, "edge_norm_constant_row", model.Header{RAMLeaves: 8, Input: x, Output: y}, program, nil, in, nil))
	}
	// Norm saturating: Requantize by 2^31 - 1 with shift 0 overflows int32
	// for every non-zero quotient, clamped to Hi (100) or Lo (-100); the
	// element equal to ZIn gives ZOut (0). In place of the input.
	{
		x := ops.NewTensor(ops.Int8, 1, 4)
		d := ops.Desc{Op: ops.OpNorm, In: x, Out: x, M: 1, Lo: -100, Hi: 100, MulOut: math.MaxInt32}
		cases = append(cases, handModel(t, "edge_norm_saturate", model.Header{RAMLeaves: 1, Input: x, Output: x}, []ops.Desc{d}, nil, []int8{127, -128, 0, 1}, nil))
	}
	// Rope in place of the input (one code per unit: 2^30 · 2^-44 = 2^-14).
	{
		x := ops.NewTensor(ops.Int8, 2, 18)
		d := ops.Desc{Op: ops.OpRope, In: x, Out: x, Lo: -128, Hi: 127, MulOut: 1 << 30, ShOut: 44}
		cases = append(cases, handModel(t, "edge_rope_in_place", model.Header{RAMLeaves: 2, Input: x, Output: x}, []ops.Desc{d}, edgeRopeTable(), edgeRopeInput, nil))
	}
	// GluMul: the gates -128, 127, -113 and -112 read the table's first and
	// last entries and the two sides of a table-leaf boundary; with Zu =
	// 127 the factors are -255 and -122, -132; the largest products clamp
	// to Hi and Lo. Then GluMul gated by u itself (In = In2), in place. The
	// input [2, 4] holds g (row 0) and u's initial values (row 1, copied
	// into u by a Reshape).
	{
		x := ops.NewTensor(ops.Int8, 2, 4)
		g, u := ops.NewTensor(ops.Int8, 1, 4), at(ops.NewTensor(ops.Int8, 1, 4), 2)
		w := make([]byte, ops.GluTableLeaves*ops.LeafSize)
		ops.PutGluTable(w, &edgeGluTable)
		program := []ops.Desc{
			{Op: ops.OpReshape, In: at(ops.NewTensor(ops.Int8, 1, 4), 1), Out: u},
			{Op: ops.OpGluMul, In: g, In2: u, Out: u, ZIn2: 127, ZOut: 1, Lo: -120, Hi: 120, MulOut: 1 << 30, ShOut: 44},
			{Op: ops.OpGluMul, In: u, In2: u, Out: u, Lo: -128, Hi: 127, MulOut: 1 << 30, ShOut: 40},
		}
		in := []int8{-128, 127, -113, -112, -128, -128, 5, -5}
		cases = append(cases, handModel(t, "edge_glumul_extremes", model.Header{RAMLeaves: 3, Input: x, Output: u}, program, w, in, nil))
	}
	return cases
}

// transformerEdgeOutputs are what the transformer edge cases compute
// (hand-computed in the comments of transformerGoldenCases), checked by
// TestEdgeCaseOutputs.
func transformerEdgeOutputs() map[string][]int64 {
	var embed []int64
	for _, id := range edgeEmbedIDs {
		for l := 0; l < 33; l++ {
			if id >= 0 && id < 3 {
				embed = append(embed, int64(edgeEmbedTable[id][l]))
			} else {
				embed = append(embed, -77)
			}
		}
	}
	rope := make([]int64, 36)
	for k := 0; k < 18; k++ {
		rope[k] = int64(edgeRopeInput[k])
	}
	for p := 9; p < 18; p++ {
		a, b := int64(edgeRopeInput[2*p]), int64(edgeRopeInput[2*p+1])
		rope[2*p], rope[2*p+1] = min(-b, 127), a
	}
	return map[string][]int64{
		"edge_embed_out_of_range": embed,
		"edge_norm_constant_row":  {-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -1, -5, -3, -3, -3},
		"edge_norm_saturate":      {100, -100, 0, 100},
		"edge_rope_in_place":      rope,
		"edge_glumul_extremes":    {127, 127, 4, 8},
	}
}
