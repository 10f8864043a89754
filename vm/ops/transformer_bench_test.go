package ops

import (
	"encoding/binary"
	"testing"
)

// BenchmarkTransformerOps: the fast path of Embed, Norm (both modes), Rope
// and GluMul at the shapes of the LLM of issue 15 (T = 64 tokens, D = 64,
// a 256-entry vocabulary; bytes = elements written).
func BenchmarkTransformerOps(b *testing.B) {
	x := NewTensor(Int8, 64, 64)
	y := x
	y.Addr = uint32(x.Leaves())
	ids := NewTensor(Int32, 64)
	ids.Addr = uint32(2 * x.Leaves())
	lim := Limits{RAMLeaves: ids.End(), ROMLeaves: EmbedTableLeaves(256, 64)}
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
	for _, c := range []struct {
		name string
		d    Desc
	}{
		{"embed", Desc{Op: OpEmbed, In: ids, Out: x, M: 256}},
		{"norm-rms", Desc{Op: OpNorm, In: x, Out: y, M: 262, MulOut: 1 << 30, ShOut: 41, Lo: -128, Hi: 127}},
		{"norm-layer", Desc{Op: OpNorm, In: x, Out: y, KH: NormLayer, M: 262, MulOut: 1 << 30, ShOut: 41, Lo: -128, Hi: 127}},
		{"rope", Desc{Op: OpRope, In: x, Out: x, MulOut: 1 << 30, ShOut: 44, Lo: -128, Hi: 127}},
		{"glumul", Desc{Op: OpGluMul, In: x, In2: y, Out: y, MulOut: 1 << 30, ShOut: 44, Lo: -128, Hi: 127}},
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
