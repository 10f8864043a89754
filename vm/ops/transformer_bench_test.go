package ops

import (
	"encoding/binary"
	"testing"
)

// BenchmarkTransformerOps: the fast path of the elementwise, row and
// data-movement ops of the LLM of issue 15 at its shapes (T = 64 tokens,
// D = 64, 4 heads of 16, a 256-entry vocabulary; bytes = elements
// written): Embed, Norm (both modes), Rope, GluMul, the residual Add, the
// causal Softmax over [4, 64, 64] scores, and Gather transposing V's
// [64, 32] into [2, 16, 64].
func BenchmarkTransformerOps(b *testing.B) {
	x := NewTensor(Int8, 64, 64)
	y := x
	y.Addr = uint32(x.Leaves())
	ids := NewTensor(Int32, 64)
	ids.Addr = uint32(2 * x.Leaves())
	scores := NewTensor(Int8, 4, 64, 64)
	scores.Addr = uint32(ids.End())
	probs := scores
	probs.Addr = uint32(scores.End())
	v := NewTensor(Int8, 64, 32)
	v.Addr = uint32(probs.End())
	vt := NewTensor(Int8, 2, 16, 64)
	vt.Addr = uint32(v.End())
	tab := uint32(EmbedTableLeaves(256, 64)) // the Gather table, after the embedding
	lim := Limits{RAMLeaves: vt.End(), ROMLeaves: uint64(tab) + GatherTableLeaves(vt.Numel())}
	ram := make([]byte, lim.RAMLeaves*LeafSize)
	rom := make([]byte, lim.ROMLeaves*LeafSize)
	for k := range ram {
		ram[k] = byte(k * 7)
	}
	for k := range rom {
		rom[k] = byte(k*13 + 5)
	}
	for i := 0; i < 64; i++ {
		binary.BigEndian.PutUint32(ram[uint64(ids.Addr)*LeafSize+uint64(4*i):], uint32(i*3))
	}
	idx := make([]int32, vt.Numel())
	for e := range idx { // vt[h][d][t] = v[t][16h + d]
		h, d, t := e/(16*64), e/64%16, e%64
		idx[e] = int32(t*32 + 16*h + d)
	}
	PutGatherTable(rom[uint64(tab)*LeafSize:], idx)
	for _, c := range []struct {
		name string
		d    Desc
	}{
		{"embed", Desc{Op: OpEmbed, In: ids, Out: x, M: 256}},
		{"norm-rms", Desc{Op: OpNorm, In: x, Out: y, M: 262, MulOut: 1 << 30, ShOut: 41, Lo: -128, Hi: 127}},
		{"norm-layer", Desc{Op: OpNorm, In: x, Out: y, KH: NormLayer, M: 262, MulOut: 1 << 30, ShOut: 41, Lo: -128, Hi: 127}},
		{"rope", Desc{Op: OpRope, In: x, Out: x, MulOut: 1 << 30, ShOut: 44, Lo: -128, Hi: 127}},
		{"glumul", Desc{Op: OpGluMul, In: x, In2: y, Out: y, MulOut: 1 << 30, ShOut: 44, Lo: -128, Hi: 127}},
		{"add", Desc{Op: OpAdd, In: x, In2: y, Out: y, ZIn: 3, ZIn2: -5, ZOut: 1, Lo: -128, Hi: 127,
			MulIn: 1 << 30, MulIn2: 3 << 28, MulOut: 1 << 30, ShIn: 31, ShIn2: 31, ShOut: 50}},
		{"softmax-causal", Desc{Op: OpSoftmax, In: scores, Out: probs, W: 0, KH: 1}},
		{"gather-transpose", Desc{Op: OpGather, In: v, Out: vt, W: tab, ZIn: -1}},
	} {
		if err := c.d.Validate(lim); err != nil {
			b.Fatal(c.name, err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(c.d.Out.Numel()))
			for b.Loop() {
				c.d.Run(ram, rom)
			}
		})
	}
}
