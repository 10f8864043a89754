package randmodel

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/opml-dev/opml/vm/model"
	"github.com/opml-dev/opml/vm/ops"
)

// OpKinds are the kinds whose model ends in ops of one opcode, named as
// the opcode (ops.Opcode.String), in opcode order; every opcode is
// covered.
var OpKinds = []string{"gemm", "conv2d", "relu", "maxpool2d", "avgpool2d", "add", "reshape", "softmax", "argmax", "lut", "gather",
	"mul", "max", "min", "embed", "matmul", "norm", "rope", "glumul"}

// Kinds are every model generator: the kinds of opcodes 1-9, then models
// that exercise in-place ReLU and Add, int32 Argmax outputs through Reshape,
// a five-op program (op proofs with siblings) and empty schedules, then the
// kinds added later (lut: a version-2 model with a Lut into a new tensor and
// an in-place Lut; gather: a version-2 model of two Gathers, the second with
// an In2; mul, max, min: a version-2 model of four such ops, into a new
// tensor and then in place of In, of In2 and of both; tokens: a version-2
// model whose input is int32 token ids, read by two Reshapes; embed: a
// version-2 model embedding int32 ids, fills included; norm and rope: two
// such ops, into a new tensor and then in place; glumul: an RMSNorm, then
// two GluMuls in place of its output, the second gated by that output
// itself; matmul: a version-2 attention chain, MatMul in causal-N or full
// mode, a causal Softmax and a second MatMul in causal-K or full mode, B
// operands gathered from the input with G = 1 or 2; causal-softmax: a
// causal Softmax over rows whose count need not be a multiple of the row
// length). New kinds are appended: a kind's index seeds the golden
// vectors (vm/golden_test.go) and names the kind in fuzz corpora, so it
// never changes.
var Kinds = append(append(append(append(append([]string(nil), OpKinds[:9]...), "inplace", "argmax-reshape", "chain", "empty"),
	OpKinds[9:14]...), "tokens", "matmul", "causal-softmax"), "embed", "norm", "rope", "glumul")

// Input is a random model's input values: Int8 for a model whose input is
// int8, Int32 for one whose input is int32 (the tokens kind); the other is
// nil.
type Input struct {
	Int8  []int8
	Int32 []int32
}

// Len is the number of input values.
func (in Input) Len() int { return len(in.Int8) + len(in.Int32) }

// Dim returns a tensor dimension in [1, hi], or one of the leaf edges.
func Dim(r *rand.Rand, hi int) uint32 {
	switch r.IntN(8) {
	case 0:
		return 1
	case 1:
		return 32 // exactly one leaf
	case 2:
		return 33 // one element into a second leaf
	case 3:
		return 64 // exactly two leaves
	}
	return uint32(1 + r.IntN(hi))
}

// Int8s returns n uniform int8 values.
func Int8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for k := range v {
		v[k] = int8(r.IntN(256) - 128)
	}
	return v
}

// Channels returns n per-channel requantization records for a reduction of
// length k, scaled so that outputs are mostly in int8 range.
func Channels(r *rand.Rand, n, k int) []model.Channel {
	ch := make([]model.Channel, n)
	b := 0
	for 1<<b < k {
		b++
	}
	base := 31 + b/2 + 6
	for c := range ch {
		ch[c] = model.Channel{Bias: int32(r.IntN(4000) - 2000), Mult: int32(1<<30 + r.IntN(1<<30)), Shift: uint8(base - 2 + r.IntN(5))}
		if r.IntN(3) == 0 {
			// A power-of-two multiplier: the quotient is often an exact
			// tie, which exercises the rounding rule.
			ch[c].Mult = 1 << 30
		}
	}
	return ch
}

// Quant returns random zero points and a clamp range (full, fused ReLU or
// narrower).
func Quant(r *rand.Rand) model.Quant {
	q := model.Quant{ZIn: int8(r.IntN(41) - 20), ZOut: int8(r.IntN(41) - 20), Lo: -128, Hi: 127}
	switch r.IntN(3) {
	case 0:
		q.Lo = q.ZOut // fused ReLU
	case 1:
		q.Lo, q.Hi = int8(r.IntN(60)-80), int8(r.IntN(60)+10)
	}
	return q
}

// ExpTable returns a valid softmax exp table: T[d] = 65536 · (k/(k+1))^d, floor.
func ExpTable(r *rand.Rand) [256]int32 {
	var t [256]int32
	num := int64(2 + r.IntN(60))
	v := int64(65536)
	for d := range t {
		t[d] = int32(v)
		v = v * num / (num + 1)
	}
	return t
}

// Window returns a window over an h × w input; pools need every window to
// touch the input, so their bottom/right padding stays below the kernel.
func Window(r *rand.Rand, h, w uint32, pool bool) model.Window {
	win := model.Window{KH: uint16(1 + r.IntN(3)), KW: uint16(1 + r.IntN(3)), SH: uint16(1 + r.IntN(2)), SW: uint16(1 + r.IntN(2))}
	if r.IntN(3) != 0 {
		win.PadT, win.PadL = uint16(r.IntN(int(win.KH))), uint16(r.IntN(int(win.KW)))
		win.PadB, win.PadR = uint16(r.IntN(int(win.KH))), uint16(r.IntN(int(win.KW)))
		if !pool && r.IntN(4) == 0 {
			win.PadB += win.KH // conv windows may lie entirely in the padding
		}
	}
	for uint32(win.KH) > h+uint32(win.PadT+win.PadB) {
		win.KH--
	}
	for uint32(win.KW) > w+uint32(win.PadL+win.PadR) {
		win.KW--
	}
	if win.PadT >= win.KH {
		win.PadT = win.KH - 1
	}
	if win.PadL >= win.KW {
		win.PadL = win.KW - 1
	}
	if pool {
		win.PadB, win.PadR = min(win.PadB, win.KH-1), min(win.PadR, win.KW-1)
	}
	return win
}

// AddParams returns Add parameters whose outputs are mostly in range (the
// output shift undoes the 20-bit headroom and the input scales); the exact
// power-of-two multipliers make rounding ties frequent.
func AddParams(r *rand.Rand) model.AddParams {
	mul := func() int32 {
		if r.IntN(2) == 0 {
			return 1 << 30
		}
		return int32(1<<30 + r.IntN(1<<30))
	}
	p := model.AddParams{ZA: int8(r.IntN(21) - 10), ZB: int8(r.IntN(21) - 10), ZOut: int8(r.IntN(21) - 10),
		MulA: mul(), MulB: mul(), MulOut: mul(),
		ShA: uint8(30 + r.IntN(3)), ShB: uint8(30 + r.IntN(3)), ShOut: uint8(44 + r.IntN(9)), Lo: int8(r.IntN(40) - 128), Hi: int8(127 - r.IntN(40))}
	if r.IntN(4) == 0 {
		p.ShOut = uint8(19 + r.IntN(4)) // saturating
	}
	return p
}

// Model returns a random model of the given kind (one of Kinds) and a random
// input for it.
func Model(r *rand.Rand, kind string) (*model.Model, Input, error) {
	switch kind {
	case "tokens":
		m, v, err := tokens(r)
		return m, Input{Int32: v}, err
	case "embed":
		m, v, err := embed(r)
		return m, Input{Int32: v}, err
	}
	m, v, err := int8Model(r, kind)
	return m, Input{Int8: v}, err
}

// TokenIDs returns n int32 input values: small ids, ids of a 2^17-token
// vocabulary, arbitrary int32 values and the edges 0, 127, 128, 255, 256,
// 2^31 - 1, -1 and -2^31 (every byte of the 4-byte encoding varies).
func TokenIDs(r *rand.Rand, n int) []int32 {
	edges := []int32{0, 127, 128, 255, 256, math.MaxInt32, -1, math.MinInt32}
	v := make([]int32, n)
	for k := range v {
		switch r.IntN(4) {
		case 0:
			v[k] = int32(r.IntN(256))
		case 1:
			v[k] = int32(r.IntN(1 << 17))
		case 2:
			v[k] = int32(r.Uint32())
		default:
			v[k] = edges[r.IntN(len(edges))]
		}
	}
	return v
}

// tokens builds a version-2 model whose input is int32 token ids [rows, n]
// (rule H7), reshaped to [rows·n] and then to [n, rows]: every step of the
// first Reshape reads an int32 input element. Rows of 32, 33 or 64 ids
// (Dim) span several leaves.
func tokens(r *rand.Rand) (*model.Model, []int32, error) {
	rows, n := 1+r.IntN(3), int(Dim(r, 20))
	b := model.NewBuilder()
	x := b.InputInt32(uint32(rows), uint32(n))
	x = b.Reshape(x, uint32(rows*n))
	x = b.Reshape(x, uint32(n), uint32(rows))
	m, err := b.Build(x)
	return m, TokenIDs(r, rows*n), err
}

// int8Model is Model for the kinds whose input is int8.
func int8Model(r *rand.Rand, kind string) (*model.Model, []int8, error) {
	switch kind {
	case "inplace":
		return inPlace(r)
	case "empty":
		return empty(r)
	case "lut":
		return lut(r)
	case "gather":
		return gather(r)
	case "mul":
		return binary(r, ops.OpMul)
	case "max":
		return binary(r, ops.OpMax)
	case "min":
		return binary(r, ops.OpMin)
	case "matmul":
		return attention(r)
	case "causal-softmax":
		rows, n := 1+r.IntN(70), Dim(r, 40)
		b := model.NewBuilder()
		m, err := b.Build(b.SoftmaxCausal(b.Input(uint32(rows), n), ExpTable(r)))
		return m, Int8s(r, rows*int(n)), err
	case "norm":
		return rowOps(r, ops.OpNorm)
	case "rope":
		return rowOps(r, ops.OpRope)
	case "glumul":
		return gluMul(r)
	}
	b := model.NewBuilder()
	var x model.T
	var numel int
	spatial := kind == "conv2d" || kind == "maxpool2d" || kind == "avgpool2d"
	if spatial {
		h, w, c := 1+r.IntN(5), 1+r.IntN(5), int(Dim(r, 40))
		x, numel = b.Input(uint32(h), uint32(w), uint32(c)), h*w*c
	} else {
		rows, n := 1+r.IntN(3), int(Dim(r, 70))
		x, numel = b.Input(uint32(rows), uint32(n)), rows*n
	}
	if r.IntN(3) == 0 {
		x = b.ReLU(x, int8(r.IntN(11)-5))
	}
	shape := b.Shape(x)
	switch kind {
	case "gemm":
		rows := int(shape[0])
		m := []int{1, rows}[r.IntN(2)]
		k := numel / m
		n := int(Dim(r, 40))
		x = b.Gemm(x, uint32(m), uint32(n), Int8s(r, n*k), Channels(r, n, k), Quant(r))
	case "conv2d":
		win := Window(r, shape[0], shape[1], false)
		oc := int(Dim(r, 12))
		k := int(win.KH) * int(win.KW) * int(shape[2])
		x = b.Conv2D(x, uint32(oc), win, Int8s(r, oc*k), Channels(r, oc, k), Quant(r))
	case "relu":
		x = b.ReLU(x, int8(r.IntN(41)-20))
	case "maxpool2d", "avgpool2d":
		lo, hi := int8(-128), int8(127)
		if r.IntN(2) == 0 {
			lo, hi = int8(r.IntN(40)-60), int8(r.IntN(40)+20)
		}
		if r.IntN(8) == 0 {
			lo, hi = 10, -10 // Lo > Hi yields Hi
		}
		x = b.Pool2D(x, kind == "maxpool2d", Window(r, shape[0], shape[1], true), lo, hi)
	case "add":
		y := b.ReLU(x, int8(r.IntN(11)-5))
		x = b.Add(x, y, AddParams(r))
	case "reshape":
		if numel%2 == 0 && r.IntN(2) == 0 {
			x = b.Reshape(x, 2, uint32(numel/2))
		} else {
			x = b.Reshape(x, uint32(numel))
		}
	case "softmax":
		x = b.Softmax(x, ExpTable(r))
	case "argmax":
		x = b.Argmax(x)
	case "argmax-reshape":
		// int32 elements through Reshape: [rows] -> [rows, 1] or [1, rows].
		x = b.Argmax(x)
		rows := b.Shape(x)[0]
		if r.IntN(2) == 0 {
			x = b.Reshape(x, rows, 1)
		} else {
			x = b.Reshape(x, 1, rows)
		}
	case "chain":
		// Five ops: program depth 5, so op proofs have three siblings.
		rows := int(shape[0])
		n := int(Dim(r, 20))
		x = b.Gemm(x, uint32(rows), uint32(n), Int8s(r, n*(numel/rows)), Channels(r, n, numel/rows), Quant(r))
		x = b.ReLU(x, int8(r.IntN(11)-5))
		x = b.Softmax(x, ExpTable(r))
		x = b.Argmax(x)
		x = b.Reshape(x, 1, b.Shape(x)[0])
	default:
		return nil, nil, fmt.Errorf("randmodel: unknown kind %q", kind)
	}
	m, err := b.Build(x)
	return m, Int8s(r, numel), err
}

// ceilLog2 is the least d with 2^d >= n.
func ceilLog2(n uint64) uint8 {
	d := uint8(0)
	for d < 64 && uint64(1)<<d < n {
		d++
	}
	return d
}

// inPlace builds, by hand, a model whose ReLU and Add write over their
// input: ReLU x -> t, ReLU t -> t, Add (t, x) -> t, Add (t, t) -> t.
func inPlace(r *rand.Rand) (*model.Model, []int8, error) {
	rows, n := uint32(1+r.IntN(3)), Dim(r, 70)
	in := ops.NewTensor(ops.Int8, rows, n)
	t := ops.NewTensor(ops.Int8, rows, n)
	inSize := uint64(1) << ceilLog2(in.Leaves())
	outSize := uint64(1) << ceilLog2(t.Leaves())
	t.Addr = uint32((inSize + outSize - 1) / outSize * outSize)
	addDesc := func(a, b ops.Tensor) ops.Desc {
		p := AddParams(r)
		return ops.Desc{Op: ops.OpAdd, In: a, In2: b, Out: t, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi,
			MulIn: p.MulA, MulIn2: p.MulB, MulOut: p.MulOut, ShIn: p.ShA, ShIn2: p.ShB, ShOut: p.ShOut}
	}
	program := []ops.Desc{
		{Op: ops.OpReLU, In: in, Out: t, ZIn: int8(r.IntN(11) - 5)},
		{Op: ops.OpReLU, In: t, Out: t, ZIn: int8(r.IntN(21) - 10)},
		addDesc(t, in),
		addDesc(t, t),
	}
	h := model.Header{RAMLeaves: uint32(uint64(t.Addr) + outSize), Input: in, Output: t}
	m, err := model.New(h, program, nil)
	return m, Int8s(r, int(rows*n)), err
}

// empty builds models whose ops have empty schedules (one no-op step
// each): zero-size tensors, an empty Gemm reduction, an empty Softmax row.
func empty(r *rand.Rand) (*model.Model, []int8, error) {
	b := model.NewBuilder()
	x := b.Input(uint32(1+r.IntN(3)), 0)
	y := b.ReLU(x, 3)
	z := b.Softmax(y, ExpTable(r))
	n := 1 + r.IntN(3)
	z = b.Gemm(z, 1, uint32(n), nil, Channels(r, n, 0), Quant(r))
	m, err := b.Build(z)
	return m, nil, err
}

// LutTable returns a random Lut table (any table is valid); every few
// tables is monotone, like the sigmoid and tanh tables an importer builds.
func LutTable(r *rand.Rand) [256]int8 {
	var t [256]int8
	if r.IntN(3) == 0 {
		for k := range t {
			t[k] = int8(k/2 - 64)
		}
		return t
	}
	copy(t[:], Int8s(r, 256))
	return t
}

// lut builds, by hand, a version-2 model of two Lut ops: in -> t into a new
// tensor, then t -> t in place (the builder's Lut always writes a new
// tensor). The inputs -128 and 127, the table's first and last entries,
// are always among the input values.
func lut(r *rand.Rand) (*model.Model, []int8, error) {
	rows, n := uint32(1+r.IntN(3)), Dim(r, 70)
	in := ops.NewTensor(ops.Int8, rows, n)
	t := ops.NewTensor(ops.Int8, rows, n)
	inSize := uint64(1) << ceilLog2(in.Leaves())
	outSize := uint64(1) << ceilLog2(t.Leaves())
	t.Addr = uint32((inSize + outSize - 1) / outSize * outSize)
	weights := make([]byte, 2*ops.LutTableLeaves*ops.LeafSize)
	for k := 0; k < 2; k++ {
		tab := LutTable(r)
		ops.PutLutTable(weights[k*ops.LutTableLeaves*ops.LeafSize:], &tab)
	}
	program := []ops.Desc{
		{Op: ops.OpLut, In: in, Out: t, W: 0},
		{Op: ops.OpLut, In: t, Out: t, W: ops.LutTableLeaves},
	}
	h := model.Header{RAMLeaves: uint32(uint64(t.Addr) + outSize), Input: in, Output: t}
	m, err := model.New(h, program, weights)
	x := Int8s(r, int(rows*n))
	x[r.IntN(len(x))] = -128
	x[r.IntN(len(x))] = 127
	return m, x, err
}

// GatherTable returns a random Gather index table of n entries over
// sources elements: mostly in-range indices, and fills (negative indices,
// indices at and beyond sources, the int32 extremes). The first and last
// sources are always among the entries when n > 1.
func GatherTable(r *rand.Rand, n int, sources uint64) []int32 {
	idx := make([]int32, n)
	for e := range idx {
		switch r.IntN(10) {
		case 0:
			idx[e] = int32(-1 - r.IntN(4))
		case 1:
			idx[e] = int32(sources + uint64(r.IntN(4)))
		case 2:
			idx[e] = []int32{math.MinInt32, math.MaxInt32}[r.IntN(2)]
		default:
			if sources > 0 {
				idx[e] = int32(r.Uint64N(sources))
			}
		}
	}
	if n > 1 && sources > 0 {
		idx[r.IntN(n)], idx[r.IntN(n)] = 0, int32(sources-1)
	}
	return idx
}

// gather builds a version-2 model of two Gathers: in -> t (a transpose of
// in, or a random table with fills), then (in, t) -> out, a random table
// over in's and t's elements (In2 present) whose indices include the first
// and last elements of both sources.
func gather(r *rand.Rand) (*model.Model, []int8, error) {
	rows, n := 1+r.IntN(3), int(Dim(r, 70))
	b := model.NewBuilder()
	x := b.Input(uint32(rows), uint32(n))
	numel := rows * n
	var t model.T
	if r.IntN(2) == 0 {
		// Transpose [rows, n] -> [n, rows]: t[j][i] = x[i][j].
		idx := make([]int32, numel)
		for i := 0; i < rows; i++ {
			for j := 0; j < n; j++ {
				idx[j*rows+i] = int32(i*n + j)
			}
		}
		t = b.Gather(x, -1, []uint32{uint32(n), uint32(rows)}, idx, 0)
	} else {
		shape := []uint32{uint32(1 + r.IntN(3)), Dim(r, 50)}
		t = b.Gather(x, -1, shape, GatherTable(r, int(shape[0]*shape[1]), uint64(numel)), int8(r.IntN(256)-128))
	}
	tn := uint64(1)
	for _, d := range b.Shape(t) {
		tn *= uint64(d)
	}
	shape := []uint32{uint32(1 + r.IntN(2)), uint32(1 + r.IntN(2)), Dim(r, 40)}
	outN := int(shape[0] * shape[1] * shape[2])
	idx := GatherTable(r, outN, uint64(numel)+tn)
	if outN >= 4 {
		// The first and last elements of In and of In2.
		idx[0], idx[1], idx[2], idx[outN-1] = 0, int32(numel-1), int32(numel), int32(uint64(numel)+tn-1)
	}
	out := b.Gather(x, t, shape, idx, int8(r.IntN(256)-128))
	m, err := b.Build(out)
	return m, Int8s(r, numel), err
}

// MulParams returns Mul parameters whose outputs are mostly in range (the
// output scale about 2^-7 of the product's, as for two int8 inputs of unit
// scale); the power-of-two multipliers make rounding ties frequent, and one
// in four saturates.
func MulParams(r *rand.Rand) model.MulParams {
	p := model.MulParams{ZA: int8(r.IntN(41) - 20), ZB: int8(r.IntN(41) - 20), ZOut: int8(r.IntN(21) - 10),
		Mul: 1 << 30, Sh: uint8(36 + r.IntN(3)), Lo: int8(r.IntN(40) - 128), Hi: int8(127 - r.IntN(40))}
	if r.IntN(2) == 0 {
		p.Mul = int32(1<<30 + r.IntN(1<<30))
	}
	if r.IntN(4) == 0 {
		p.Sh = uint8(28 + r.IntN(4)) // saturating
	}
	return p
}

// binary builds, by hand, a version-2 model of four ops of opcode op (Mul,
// Max or Min): (in, in) -> t into a new tensor, then (t, in) -> t in place
// of In, (in, t) -> t in place of In2 and (t, t) -> t in place of both (the
// builder always writes a new tensor). The inputs -128 and 127 are always
// among the input values; rows of Dim elements leave padding lanes.
func binary(r *rand.Rand, op ops.Opcode) (*model.Model, []int8, error) {
	rows, n := uint32(1+r.IntN(3)), Dim(r, 70)
	in := ops.NewTensor(ops.Int8, rows, n)
	t := ops.NewTensor(ops.Int8, rows, n)
	inSize := uint64(1) << ceilLog2(in.Leaves())
	outSize := uint64(1) << ceilLog2(t.Leaves())
	t.Addr = uint32((inSize + outSize - 1) / outSize * outSize)
	desc := func(a, b ops.Tensor) ops.Desc {
		if op == ops.OpMul {
			p := MulParams(r)
			return ops.Desc{Op: op, In: a, In2: b, Out: t, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
		}
		p := AddParams(r)
		return ops.Desc{Op: op, In: a, In2: b, Out: t, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi,
			MulIn: p.MulA, MulIn2: p.MulB, MulOut: p.MulOut, ShIn: p.ShA, ShIn2: p.ShB, ShOut: p.ShOut}
	}
	program := []ops.Desc{desc(in, in), desc(t, in), desc(in, t), desc(t, t)}
	h := model.Header{RAMLeaves: uint32(uint64(t.Addr) + outSize), Input: in, Output: t}
	m, err := model.New(h, program, nil)
	x := Int8s(r, int(rows*n))
	x[r.IntN(len(x))] = -128
	x[r.IntN(len(x))] = 127
	return m, x, err
}

// MatMulParams returns MatMul parameters for dot products of k terms:
// MulParams with the shift raised by log2(k), so that most outputs are in
// range and some saturate.
func MatMulParams(r *rand.Rand, k int) model.MulParams {
	p := MulParams(r)
	p.Sh += ceilLog2(uint64(k))
	return p
}

// attention builds a version-2 model of the attention pattern on an input
// x [P, M, K]: scores = MatMul(x, kt) with kt [PB, N, K] gathered from x
// (G = P/PB is 1 or 2) or x itself, in causal-N mode (N = M) or full mode; a causal
// Softmax over the scores; then MatMul(probs, vt), vt [PB, D, N] gathered
// from x, in causal-K mode (when N = M) or full mode. M crosses a leaf
// (33) sometimes, so causal-K rows use one and two chunks.
func attention(r *rand.Rand) (*model.Model, []int8, error) {
	PB := uint32(1 + r.IntN(2))
	P := PB * uint32(1+r.IntN(2))
	M := uint32(1 + r.IntN(6))
	if r.IntN(4) == 0 {
		M = 33
	}
	K := Dim(r, 40)
	b := model.NewBuilder()
	x := b.Input(P, M, K)
	numel := uint64(P * M * K)
	mode1, N := uint16(ops.MatMulCausalN), M
	if r.IntN(3) == 0 {
		mode1, N = ops.MatMulFull, uint32(1+r.IntN(8))
	}
	kt := x // scores of x with itself (In2 = In) when G = 1 and N = M
	if PB != P || N != M || r.IntN(2) != 0 {
		kt = b.Gather(x, -1, []uint32{PB, N, K}, GatherTable(r, int(PB*N*K), numel), int8(r.IntN(21)-10))
	}
	s := b.MatMul(x, kt, mode1, MatMulParams(r, int(K)))
	pr := b.SoftmaxCausal(s, ExpTable(r))
	D := 1 + uint32(r.IntN(9))
	vt := b.Gather(x, -1, []uint32{PB, D, N}, GatherTable(r, int(PB*D*N), numel), int8(r.IntN(21)-10))
	mode2 := uint16(ops.MatMulFull)
	if N == M && r.IntN(4) != 0 {
		mode2 = ops.MatMulCausalK
	}
	p := MatMulParams(r, int(N))
	p.ZA = -128 // the probabilities' zero point
	out := b.MatMul(pr, vt, mode2, p)
	m, err := b.Build(out)
	return m, Int8s(r, int(numel)), err
}

// AttentionBlock builds one causal attention block at a given shape: the
// input is Q [P, T, hd]; Kᵀ's rows [PB, T, hd] and Vᵀ [PB, hd, T] are
// gathered from it (random indices); scores = MatMul(Q, K) causal-N
// (G = P/PB query heads per KV head), a causal Softmax, then
// MatMul(probs, Vᵀ) causal-K. At the LLM's shape (4, 2, 64, 16) it is the
// attention of one layer, for gas and trace benchmarks.
func AttentionBlock(r *rand.Rand, P, PB, T, hd uint32) (*model.Model, []int8, error) {
	n := int(P * T * hd)
	idx := func(k int) []int32 {
		v := make([]int32, k)
		for e := range v {
			v[e] = int32(r.IntN(n))
		}
		return v
	}
	b := model.NewBuilder()
	q := b.Input(P, T, hd)
	k := b.Gather(q, -1, []uint32{PB, T, hd}, idx(int(PB*T*hd)), 0)
	vt := b.Gather(q, -1, []uint32{PB, hd, T}, idx(int(PB*hd*T)), 0)
	s := b.MatMul(q, k, ops.MatMulCausalN, model.MulParams{ZA: 3, ZB: -2, ZOut: 1, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 40})
	p := b.SoftmaxCausal(s, ExpTable(r))
	out := b.MatMul(p, vt, ops.MatMulCausalK, model.MulParams{ZA: -128, ZB: 4, ZOut: -1, Lo: -128, Hi: 127, Mul: 1 << 30, Sh: 38})
	m, err := b.Build(out)
	return m, Int8s(r, n), err
}
