package model

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/vm/ops"
)

// Builder assembles a model: it records ops on symbolic tensors, packs
// weights in the layout the ops read, and on Build places tensors in RAM
// (the input at leaf 0 in an aligned subtree, every other tensor after it in
// creation order, the output last in an aligned subtree of its own).
// The first error sticks and is returned by Build.
type Builder struct {
	tensors []ops.Tensor // unplaced
	pending []pendingOp
	weights []byte
	err     error
}

// T is a tensor handle of a Builder.
type T int

type pendingOp struct {
	d            ops.Desc
	in, in2, out T // -1 when unused
}

// Channel is one output channel's requantization: y = clamp(ZOut +
// round((acc + Bias) * Mult / 2^Shift), Lo, Hi).
type Channel struct {
	Bias  int32
	Mult  int32
	Shift uint8
}

// Quant holds the zero points and clamp of a Gemm or Conv2D.
type Quant struct {
	ZIn, ZOut int8
	Lo, Hi    int8 // fused activation: [-128, 127] none, [ZOut, 127] ReLU
}

// Window is the geometry of a Conv2D or pool. Padding on all four sides
// determines the output size; the VM itself needs only top and left.
type Window struct {
	KH, KW, SH, SW         uint16
	PadT, PadL, PadB, PadR uint16
}

// AddParams are the quantization parameters of Add (see ops.OpAdd).
type AddParams struct {
	ZA, ZB, ZOut       int8
	MulA, MulB, MulOut int32
	ShA, ShB, ShOut    uint8
	Lo, Hi             int8
}

// MulParams are the quantization parameters of Mul (see ops.OpMul): the
// zero points of the inputs and the output, the output clamp, and the
// multiplier and shift that rescale the product to the output's scale.
type MulParams struct {
	ZA, ZB, ZOut, Lo, Hi int8
	Mul                  int32
	Sh                   uint8
}

// RowParams are the quantization parameters of Rope and GluMul (see
// ops.OpRope, ops.OpGluMul): the input zero point (Rope: of x; GluMul: of
// u), the output zero point and clamp, and the multiplier and shift of the
// output rescale.
type RowParams struct {
	ZIn, ZOut, Lo, Hi int8
	Mul               int32
	Sh                uint8
}

// NormParams are Norm's parameters (see ops.OpNorm): the mode (ops.NormRMS
// or ops.NormLayer), EpsQ = round(eps / S_in² · 2^16) >= 1, and the
// rescale of the normalized value (16 fractional bits) to the output.
type NormParams struct {
	Mode uint16
	EpsQ uint32
	RowParams
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{} }

func (b *Builder) fail(format string, args ...any) T {
	if b.err == nil {
		b.err = fmt.Errorf("model: build: "+format, args...)
	}
	return -1
}

func (b *Builder) tensor(t T) (ops.Tensor, bool) {
	if t < 0 || int(t) >= len(b.tensors) {
		b.fail("unknown tensor handle %d", t)
		return ops.Tensor{}, false
	}
	return b.tensors[t], true
}

func (b *Builder) newTensor(dt ops.DType, shape ...uint32) T {
	if len(shape) > 4 {
		return b.fail("rank %d > 4", len(shape))
	}
	b.tensors = append(b.tensors, ops.NewTensor(dt, shape...))
	return T(len(b.tensors) - 1)
}

// Shape returns a tensor's shape.
func (b *Builder) Shape(t T) []uint32 {
	tt, _ := b.tensor(t)
	return tt.Shape()
}

// Input declares the int8 input tensor. It must be the first tensor.
func (b *Builder) Input(shape ...uint32) T {
	if len(b.tensors) != 0 {
		return b.fail("Input must be declared first")
	}
	return b.newTensor(ops.Int8, shape...)
}

// InputInt32 declares an int32 input tensor (token ids, docs/spec.md §11
// decision 19). It must be the first tensor. A model with an int32 input is
// version 2 (rule H7, MinVersion).
func (b *Builder) InputInt32(shape ...uint32) T {
	if len(b.tensors) != 0 {
		return b.fail("InputInt32 must be declared first")
	}
	return b.newTensor(ops.Int32, shape...)
}

// addWeights appends leaves to the weights region and returns the first leaf.
func (b *Builder) addWeights(p []byte) uint32 {
	addr := uint32(len(b.weights) / ops.LeafSize)
	b.weights = append(b.weights, p...)
	if pad := len(p) % ops.LeafSize; pad != 0 {
		b.weights = append(b.weights, make([]byte, ops.LeafSize-pad)...)
	}
	return addr
}

func (b *Builder) addChannels(ch []Channel) uint32 {
	p := make([]byte, ops.ChanParamsLeaves(uint64(len(ch)))*ops.LeafSize)
	for k, c := range ch {
		ops.PutChanParams(p[16*k:], c.Bias, c.Mult, c.Shift)
	}
	return b.addWeights(p)
}

func (b *Builder) op(d ops.Desc, in, in2, out T) T {
	b.pending = append(b.pending, pendingOp{d: d, in: in, in2: in2, out: out})
	return out
}

// Gemm appends Out[m][n] = act(requant(bias[n] + sum_k (X[m][k] - ZIn) W[n][k])).
// The input's rows are split into m groups (m = 1: the whole input, any
// rank, is one vector of K = numel elements). w is N x K row-major.
func (b *Builder) Gemm(x T, m, n uint32, w []int8, ch []Channel, q Quant) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	if m == 0 || xt.Rows()%uint64(m) != 0 {
		return b.fail("gemm: M = %d does not divide %d input rows", m, xt.Rows())
	}
	G, rowLen, cpr := xt.Rows()/uint64(m), xt.RowLen(), xt.RowLeaves()
	K := G * rowLen
	if uint64(len(w)) != uint64(n)*K || len(ch) != int(n) {
		return b.fail("gemm: got %d weights and %d channels, want %d x %d and %d", len(w), len(ch), n, K, n)
	}
	p := make([]byte, uint64(n)*G*cpr*ops.LeafSize)
	for j := uint64(0); j < uint64(n); j++ {
		for g := uint64(0); g < G; g++ {
			for c := uint64(0); c < rowLen; c++ {
				p[(j*G+g)*cpr*ops.LeafSize+c] = byte(w[j*K+g*rowLen+c])
			}
		}
	}
	out := b.newTensor(ops.Int8, m, n)
	if m == 1 {
		b.tensors[out] = ops.NewTensor(ops.Int8, n)
	}
	d := ops.Desc{Op: ops.OpGemm, W: b.addWeights(p), CP: b.addChannels(ch), M: m, ZIn: q.ZIn, ZOut: q.ZOut, Lo: q.Lo, Hi: q.Hi}
	return b.op(d, x, -1, out)
}

func outSize(in, pad1, pad2, k, s uint16) (uint32, bool) {
	span := uint32(in) + uint32(pad1) + uint32(pad2)
	if s == 0 || k == 0 || span < uint32(k) {
		return 0, false
	}
	return (span-uint32(k))/uint32(s) + 1, true
}

func (b *Builder) window(op string, x T, win Window) (ops.Tensor, uint32, uint32, bool) {
	xt, ok := b.tensor(x)
	if !ok {
		return xt, 0, 0, false
	}
	if xt.Rank != 3 {
		b.fail("%s: input %v must be [H, W, C]", op, xt.Shape())
		return xt, 0, 0, false
	}
	oh, ok1 := outSize(uint16(xt.Dims[0]), win.PadT, win.PadB, win.KH, win.SH)
	ow, ok2 := outSize(uint16(xt.Dims[1]), win.PadL, win.PadR, win.KW, win.SW)
	if !ok1 || !ok2 || xt.Dims[0] > 1<<16-1 || xt.Dims[1] > 1<<16-1 {
		b.fail("%s: window %+v does not fit input %v", op, win, xt.Shape())
		return xt, 0, 0, false
	}
	return xt, oh, ow, true
}

func windowDesc(op ops.Opcode, win Window) ops.Desc {
	return ops.Desc{Op: op, KH: win.KH, KW: win.KW, SH: win.SH, SW: win.SW, PadT: win.PadT, PadL: win.PadL}
}

// Conv2D appends a convolution with oc output channels; w is
// [oc][KH][KW][C] row-major.
func (b *Builder) Conv2D(x T, oc uint32, win Window, w []int8, ch []Channel, q Quant) T {
	xt, oh, ow, ok := b.window("conv2d", x, win)
	if !ok {
		return -1
	}
	C, cpc := uint64(xt.Dims[2]), xt.RowLeaves()
	taps := uint64(win.KH) * uint64(win.KW)
	if uint64(len(w)) != uint64(oc)*taps*C || len(ch) != int(oc) {
		return b.fail("conv2d: got %d weights and %d channels, want %d and %d", len(w), len(ch), uint64(oc)*taps*C, oc)
	}
	p := make([]byte, uint64(oc)*taps*cpc*ops.LeafSize)
	for o := uint64(0); o < uint64(oc); o++ {
		for t := uint64(0); t < taps; t++ {
			for c := uint64(0); c < C; c++ {
				p[((o*taps+t)*cpc)*ops.LeafSize+c] = byte(w[(o*taps+t)*C+c])
			}
		}
	}
	d := windowDesc(ops.OpConv2D, win)
	d.W, d.CP = b.addWeights(p), b.addChannels(ch)
	d.ZIn, d.ZOut, d.Lo, d.Hi = q.ZIn, q.ZOut, q.Lo, q.Hi
	return b.op(d, x, -1, b.newTensor(ops.Int8, oh, ow, oc))
}

// Pool2D appends a max (max = true) or average pool clamped to [lo, hi].
func (b *Builder) Pool2D(x T, max bool, win Window, lo, hi int8) T {
	op, name := ops.OpAvgPool2D, "avgpool2d"
	if max {
		op, name = ops.OpMaxPool2D, "maxpool2d"
	}
	xt, oh, ow, ok := b.window(name, x, win)
	if !ok {
		return -1
	}
	d := windowDesc(op, win)
	d.Lo, d.Hi = lo, hi
	return b.op(d, x, -1, b.newTensor(ops.Int8, oh, ow, xt.Dims[2]))
}

// ReLU appends y = max(x, zp) into a new tensor.
func (b *Builder) ReLU(x T, zp int8) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	return b.op(ops.Desc{Op: ops.OpReLU, ZIn: zp}, x, -1, b.newTensor(xt.DType, xt.Shape()...))
}

// Add appends an elementwise requantized sum of two same-shape tensors.
func (b *Builder) Add(x, y T, p AddParams) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	d := ops.Desc{Op: ops.OpAdd, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, MulIn: p.MulA, MulIn2: p.MulB, MulOut: p.MulOut,
		ShIn: p.ShA, ShIn2: p.ShB, ShOut: p.ShOut, Lo: p.Lo, Hi: p.Hi}
	return b.op(d, x, y, b.newTensor(xt.DType, xt.Shape()...))
}

// Mul appends an elementwise requantized product of two same-shape int8
// tensors into a new tensor of x's shape (ops.OpMul, TFLite's int8 MUL). A
// model that uses it is version 2 (MinVersion).
func (b *Builder) Mul(x, y T, p MulParams) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	d := ops.Desc{Op: ops.OpMul, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, MulOut: p.Mul, ShOut: p.Sh, Lo: p.Lo, Hi: p.Hi}
	return b.op(d, x, y, b.newTensor(xt.DType, xt.Shape()...))
}

// Max appends the elementwise maximum of two same-shape int8 tensors into a
// new tensor of x's shape (ops.OpMax): both inputs are rescaled as Add
// rescales them, compared, and the larger is rescaled to the output. A
// model that uses it is version 2 (MinVersion).
func (b *Builder) Max(x, y T, p AddParams) T { return b.minMax(ops.OpMax, x, y, p) }

// Min is Max with the smaller of the two rescaled inputs (ops.OpMin).
func (b *Builder) Min(x, y T, p AddParams) T { return b.minMax(ops.OpMin, x, y, p) }

func (b *Builder) minMax(op ops.Opcode, x, y T, p AddParams) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	d := ops.Desc{Op: op, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, MulIn: p.MulA, MulIn2: p.MulB, MulOut: p.MulOut,
		ShIn: p.ShA, ShIn2: p.ShB, ShOut: p.ShOut, Lo: p.Lo, Hi: p.Hi}
	return b.op(d, x, y, b.newTensor(xt.DType, xt.Shape()...))
}

// Reshape appends a copy of x into a tensor of the given shape.
func (b *Builder) Reshape(x T, shape ...uint32) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	return b.op(ops.Desc{Op: ops.OpReshape}, x, -1, b.newTensor(xt.DType, shape...))
}

// Softmax appends a softmax over rows with the given exp table
// (table[d] = round(2^16 exp(-beta * inputScale * d)), table[0] = 2^16).
func (b *Builder) Softmax(x T, table [256]int32) T { return b.softmax(x, table, 0) }

// SoftmaxCausal appends a causal softmax (ops.OpSoftmax with KH = 1): row r
// uses only its first (r mod RowLen) + 1 elements, and the outputs past
// them are not written (the new tensor keeps zeros there). A model that
// uses it is version 2 (MinVersion).
func (b *Builder) SoftmaxCausal(x T, table [256]int32) T { return b.softmax(x, table, 1) }

func (b *Builder) softmax(x T, table [256]int32, causal uint16) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	p := make([]byte, ops.SoftmaxTableLeaves*ops.LeafSize)
	for k, v := range table {
		binary.BigEndian.PutUint32(p[4*k:], uint32(v))
	}
	return b.op(ops.Desc{Op: ops.OpSoftmax, W: b.addWeights(p), KH: causal}, x, -1, b.newTensor(ops.Int8, xt.Shape()...))
}

// MatMul appends the product of two int8 activations (ops.OpMatMul) into a
// new tensor [P, M, N]: a is [P, M, K], bt is [PB, N, K] (the rows of Bᵀ;
// PB divides P, and A head p uses B head p / (P/PB)); mode is
// ops.MatMulFull, MatMulCausalN or MatMulCausalK; p holds the zero points
// of a (ZA) and bt (ZB), the output's, the clamp and the multiplier and
// shift of s_a·s_b/s_out. A model that uses it is version 2 (MinVersion).
func (b *Builder) MatMul(a, bt T, mode uint16, p MulParams) T {
	at, ok := b.tensor(a)
	if !ok {
		return -1
	}
	btt, ok := b.tensor(bt)
	if !ok {
		return -1
	}
	if at.Rank != 3 || btt.Rank != 3 {
		return b.fail("matmul: a %v and b %v must be of rank 3", at.Shape(), btt.Shape())
	}
	d := ops.Desc{Op: ops.OpMatMul, KH: mode, ZIn: p.ZA, ZIn2: p.ZB, ZOut: p.ZOut, MulOut: p.Mul, ShOut: p.Sh, Lo: p.Lo, Hi: p.Hi}
	return b.op(d, a, bt, b.newTensor(ops.Int8, at.Dims[0], at.Dims[1], btt.Dims[1]))
}

// Lut appends y = table[x + 128], elementwise, into a new int8 tensor of
// x's shape (ops.OpLut: a unary activation as a lookup table built from the
// quantization). A model that uses it is version 2 (MinVersion).
func (b *Builder) Lut(x T, table [256]int8) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	if xt.DType != ops.Int8 {
		return b.fail("lut: input must be int8")
	}
	p := make([]byte, ops.LutTableLeaves*ops.LeafSize)
	ops.PutLutTable(p, &table)
	return b.op(ops.Desc{Op: ops.OpLut, W: b.addWeights(p)}, x, -1, b.newTensor(ops.Int8, xt.Shape()...))
}

// Gather appends out[e] = source element idx[e] into a new int8 tensor of
// the given shape (ops.OpGather: the data-movement op that Transpose, Slice,
// Pad, Expand, Tile, Concat, DepthToSpace and constant-index Gather lower
// to). The sources are the elements of x in row-major order, then those of
// x2 (x2 = -1 for none); an index outside them, negative ones included,
// yields fill. idx has one entry per output element and is written into the
// weights. A model that uses it is version 2 (MinVersion).
func (b *Builder) Gather(x, x2 T, shape []uint32, idx []int32, fill int8) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	if xt.DType != ops.Int8 {
		return b.fail("gather: input must be int8")
	}
	if x2 >= 0 {
		x2t, ok := b.tensor(x2)
		if !ok {
			return -1
		}
		if x2t.DType != ops.Int8 {
			return b.fail("gather: second input must be int8")
		}
	}
	if len(shape) > 4 {
		return b.fail("gather: rank %d > 4", len(shape))
	}
	if n := ops.NewTensor(ops.Int8, shape...).Numel(); uint64(len(idx)) != n {
		return b.fail("gather: %d indices for %d output elements", len(idx), n)
	}
	p := make([]byte, ops.GatherTableLeaves(uint64(len(idx)))*ops.LeafSize)
	ops.PutGatherTable(p, idx)
	return b.op(ops.Desc{Op: ops.OpGather, W: b.addWeights(p), ZIn: fill}, x, x2, b.newTensor(ops.Int8, shape...))
}

// Embed appends the token embedding of the int32 ids (ops.OpEmbed): a new
// int8 tensor [Numel(ids), d] whose row i is table[ids[i]], or fill for an
// id outside [0, len(table)). Every table row has d elements. A model that
// uses it is version 2 (MinVersion).
func (b *Builder) Embed(ids T, d uint32, table [][]int8, fill int8) T {
	it, ok := b.tensor(ids)
	if !ok {
		return -1
	}
	if it.DType != ops.Int32 {
		return b.fail("embed: ids must be int32")
	}
	for v, row := range table {
		if len(row) != int(d) {
			return b.fail("embed: table row %d has %d elements, want %d", v, len(row), d)
		}
	}
	if it.Numel() > 1<<32-1 || uint64(len(table)) > 1<<32-1 {
		return b.fail("embed: too many ids or table rows")
	}
	p := make([]byte, ops.EmbedTableLeaves(uint64(len(table)), uint64(d))*ops.LeafSize)
	ops.PutEmbedTable(p, table, uint64(d))
	desc := ops.Desc{Op: ops.OpEmbed, W: b.addWeights(p), M: uint32(len(table)), ZOut: fill}
	return b.op(desc, ids, -1, b.newTensor(ops.Int8, uint32(it.Numel()), d))
}

// Norm appends RMSNorm or LayerNorm over x's rows into a new int8 tensor
// of x's shape (ops.OpNorm). A model that uses it is version 2
// (MinVersion).
func (b *Builder) Norm(x T, p NormParams) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	d := ops.Desc{Op: ops.OpNorm, KH: p.Mode, M: p.EpsQ, ZIn: p.ZIn, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
	return b.op(d, x, -1, b.newTensor(xt.DType, xt.Shape()...))
}

// Rope appends the rotary embedding of x's interleaved pairs into a new
// int8 tensor of x's shape (ops.OpRope): cos[i][p] and sin[i][p], Q14, are
// the rotation of pair p of row i (len(cos) = Rows(x), len(cos[i]) =
// RowLen(x)/2). A model that uses it is version 2 (MinVersion).
func (b *Builder) Rope(x T, cos, sin [][]int16, p RowParams) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	n := xt.RowLen()
	if uint64(len(cos)) != xt.Rows() || len(sin) != len(cos) {
		return b.fail("rope: %d cos and %d sin rows for %d rows", len(cos), len(sin), xt.Rows())
	}
	for i := range cos {
		if uint64(len(cos[i])) != n/2 || len(sin[i]) != len(cos[i]) {
			return b.fail("rope: row %d has %d cos and %d sin, want %d", i, len(cos[i]), len(sin[i]), n/2)
		}
	}
	w := make([]byte, ops.RopeTableLeaves(xt.Rows(), n)*ops.LeafSize)
	ops.PutRopeTable(w, cos, sin, n)
	d := ops.Desc{Op: ops.OpRope, W: b.addWeights(w), ZIn: p.ZIn, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
	return b.op(d, x, -1, b.newTensor(xt.DType, xt.Shape()...))
}

// GluMul appends SwiGLU's product u ← requant(table[g + 128]·(u − p.ZIn))
// (ops.OpGluMul), in place of u, and returns u: table holds
// silu(dequantize(g)) as int16 at a fixed scale. A model that uses it is
// version 2 (MinVersion).
func (b *Builder) GluMul(g, u T, table [256]int16, p RowParams) T {
	if _, ok := b.tensor(g); !ok {
		return -1
	}
	if _, ok := b.tensor(u); !ok {
		return -1
	}
	w := make([]byte, ops.GluTableLeaves*ops.LeafSize)
	ops.PutGluTable(w, &table)
	d := ops.Desc{Op: ops.OpGluMul, W: b.addWeights(w), ZIn2: p.ZIn, ZOut: p.ZOut, Lo: p.Lo, Hi: p.Hi, MulOut: p.Mul, ShOut: p.Sh}
	return b.op(d, g, u, u)
}

// Argmax appends the per-row argmax (int32 [rows]).
func (b *Builder) Argmax(x T) T {
	xt, ok := b.tensor(x)
	if !ok {
		return -1
	}
	if xt.Rows() > 1<<32-1 {
		return b.fail("argmax: too many rows")
	}
	return b.op(ops.Desc{Op: ops.OpArgmax}, x, -1, b.newTensor(ops.Int32, uint32(xt.Rows())))
}

// Build places the tensors and returns the validated model whose output is
// out.
func (b *Builder) Build(out T) (*Model, error) {
	if b.err != nil {
		return nil, b.err
	}
	if len(b.tensors) == 0 {
		return nil, fmt.Errorf("model: build: no input declared")
	}
	if _, ok := b.tensor(out); !ok {
		return nil, b.err
	}
	placed := append([]ops.Tensor(nil), b.tensors...)
	next := uint64(1) << depthFor(placed[0].Leaves())
	for k := 1; k < len(placed); k++ {
		if T(k) == out {
			continue
		}
		placed[k].Addr = uint32(next)
		next += placed[k].Leaves()
	}
	if out != 0 {
		size := uint64(1) << depthFor(placed[out].Leaves())
		next = (next + size - 1) / size * size
		placed[out].Addr = uint32(next)
		next += size
	}
	if next > 1<<32-1 {
		return nil, fmt.Errorf("model: build: tensors need %d leaves of RAM", next)
	}
	program := make([]ops.Desc, len(b.pending))
	for k, p := range b.pending {
		d := p.d
		d.In, d.Out = placed[p.in], placed[p.out]
		if p.in2 >= 0 {
			d.In2 = placed[p.in2]
		}
		program[k] = d
	}
	h := Header{RAMLeaves: uint32(next), Input: placed[0], Output: placed[out]}
	return New(h, program, b.weights)
}
