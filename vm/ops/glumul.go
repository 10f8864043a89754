package ops

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/GluMul.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// glumul_offchain.go.

// GluTableLeaves is the size of a GluMul table in ROM: 256 int16 entries,
// entry k (for the gate g = k − 128) at leaf W + k/16, bytes [2(k mod 16),
// +2), big-endian.
const GluTableLeaves = 256 * 2 / LeafSize

// gluEntriesPerLeaf is the number of int16 entries in one table leaf.
const gluEntriesPerLeaf = LeafSize / 2

// glumul: SwiGLU's product, u ← Clamp(Requantize(T[g + 128]·(u − ZIn2),
// MulOut, ShOut) + ZOut, Lo, Hi) per element (docs/spec.md §6.18), with g
// the gate (In), u the up projection (In2, updated in place: Out = In2)
// and T an int16 table of silu(dequantize(g)) at a fixed scale, built by
// the compiler. One element per step: read g's leaf, read the table leaf,
// update u's leaf (whose old value is u).
type glumul struct{}

func (glumul) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, In2: d.In2, Out: d.Out, W: d.W, ZIn2: d.ZIn2, ZOut: d.ZOut, Lo: d.Lo, Hi: d.Hi,
		MulOut: d.MulOut, ShOut: d.ShOut}
}

func (glumul) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int8 || !d.In.SameShape(d.In2) {
		return fmt.Errorf("inputs %v and %v must be int8 of the same shape", d.In, d.In2)
	}
	if d.Out != d.In2 {
		return fmt.Errorf("output %v must be In2 %v (in place)", d.Out, d.In2)
	}
	if d.In.Addr != d.In2.Addr && d.In.Overlaps(d.In2) {
		return fmt.Errorf("input %v partially overlaps In2 %v", d.In, d.In2)
	}
	if err := validateRequant(d.MulOut, d.ShOut); err != nil {
		return err
	}
	return romFits(lim, d.W, GluTableLeaves)
}

func (glumul) schedule(d *Desc) (uint64, uint64) { return d.In.Rows(), d.In.RowLen() }

// gluEntry is table entry k (the gate k − 128), given its leaf.
func gluEntry(t *[LeafSize]byte, k uint64) int32 {
	return int32(int16(binary.BigEndian.Uint16(t[2*(k%gluEntriesPerLeaf):])))
}

// gluOut is the output for the table entry s and the old value u.
func gluOut(d *Desc, s int32, u int8) byte {
	p := s * (int32(u) - int32(d.ZIn2))
	return byte(fixedpoint.Clamp(int64(fixedpoint.Requantize(p, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi))
}

func (glumul) step(d *Desc, i, j uint64, _ *Acc, m Mem) error {
	gLeaf, gOff := d.In.ElemLeaf(i, j)
	g, err := m.RAM(gLeaf)
	if err != nil {
		return err
	}
	k := lutIndex(int8(g[gOff]))
	t, err := m.ROM(uint64(d.W) + k/gluEntriesPerLeaf)
	if err != nil {
		return err
	}
	s := gluEntry(&t, k)
	uLeaf, uOff := d.In2.ElemLeaf(i, j)
	return m.UpdateRAM(uLeaf, func(out *[LeafSize]byte) { out[uOff] = gluOut(d, s, int8(out[uOff])) })
}
