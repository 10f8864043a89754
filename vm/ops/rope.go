package ops

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// Mirrored function for function by contracts/src/vm/ops/Rope.sol (the
// mirror table is vm/mirror_test.go). The Go-only part is in
// rope_offchain.go.

// RopePairs is the number of (even, odd) element pairs a Rope step
// rotates: one half leaf of int8 lanes.
const RopePairs = 8

// RopeOne is cos 0 in the table's Q14 fixed point.
const RopeOne = 1 << 14

// RopeHalves returns the number of half leaves (16 elements, 8 pairs) of a
// row of n elements: ceil(n / 16), the steps per row and the table leaves
// per row.
func RopeHalves(n uint64) uint64 { return ceilDiv(n, 2*RopePairs) }

// rope: rotary position embedding in the interleaved-pair convention over
// each row (docs/spec.md §6.17): pair p = (x[2p], x[2p+1]) of row i is
// rotated by the angle the table gives for (i, p): with a = x[2p] − ZIn,
// b = x[2p+1] − ZIn, out[2p] = Clamp(Requantize(a·cos − b·sin, MulOut,
// ShOut) + ZOut, Lo, Hi) and out[2p+1] the same of a·sin + b·cos. The
// table holds int16 cos and sin in Q14, one ROM leaf per (row, half leaf):
// leaf W + i·H + h (H = RopeHalves(RowLen)) holds pairs 8h … 8h + 7 of row
// i, cos of pair 8h + t at bytes [2t, 2t+2) and sin at [16 + 2t, 16 + 2t +
// 2), big-endian. One half leaf per step: read the input leaf, read the
// table leaf, update the output leaf's half. Out is In (in place) or
// disjoint from it.
type rope struct{}

func (rope) canonical(d *Desc) Desc {
	return Desc{Op: d.Op, In: d.In, Out: d.Out, W: d.W, ZIn: d.ZIn, ZOut: d.ZOut, Lo: d.Lo, Hi: d.Hi,
		MulOut: d.MulOut, ShOut: d.ShOut}
}

func (rope) validate(d *Desc, lim Limits) error {
	if d.In.DType != Int8 {
		return fmt.Errorf("input must be int8")
	}
	if err := validateInPlace(d.In, d.Out); err != nil {
		return err
	}
	if d.In.RowLen()%2 != 0 {
		return fmt.Errorf("row length %d is odd", d.In.RowLen())
	}
	if err := validateRequant(d.MulOut, d.ShOut); err != nil {
		return err
	}
	return romFits(lim, d.W, d.In.Rows()*RopeHalves(d.In.RowLen()))
}

func (rope) schedule(d *Desc) (uint64, uint64) { return d.In.Rows(), RopeHalves(d.In.RowLen()) }

// ropeAngle returns pair t's cos and sin from its table leaf.
func ropeAngle(t *[LeafSize]byte, p int) (cos, sin int32) {
	return int32(int16(binary.BigEndian.Uint16(t[2*p:]))), int32(int16(binary.BigEndian.Uint16(t[2*RopePairs+2*p:])))
}

// ropeLanes rotates the first np pairs of half h of x into out.
func ropeLanes(d *Desc, x, t, out *[LeafSize]byte, h uint64, np int) {
	base := int(h%2) * 2 * RopePairs
	rq := func(v int32) byte {
		return byte(fixedpoint.Clamp(int64(fixedpoint.Requantize(v, d.MulOut, d.ShOut))+int64(d.ZOut), d.Lo, d.Hi))
	}
	for p := 0; p < np; p++ {
		a := int32(int8(x[base+2*p])) - int32(d.ZIn)
		b := int32(int8(x[base+2*p+1])) - int32(d.ZIn)
		cos, sin := ropeAngle(t, p)
		out[base+2*p] = rq(a*cos - b*sin)
		out[base+2*p+1] = rq(a*sin + b*cos)
	}
}

// ropePairs is the number of pairs of row length n in half h: min(8, n/2 − 8h).
func ropePairs(n, h uint64) int { return int(min(RopePairs, n/2-RopePairs*h)) }

func (rope) step(d *Desc, i, h uint64, _ *Acc, m Mem) error {
	L, n := d.In.RowLeaves(), d.In.RowLen()
	x, err := m.RAM(uint64(d.In.Addr) + i*L + h/2)
	if err != nil {
		return err
	}
	t, err := m.ROM(uint64(d.W) + i*RopeHalves(n) + h)
	if err != nil {
		return err
	}
	return m.UpdateRAM(uint64(d.Out.Addr)+i*L+h/2, func(out *[LeafSize]byte) { ropeLanes(d, &x, &t, out, h, ropePairs(n, h)) })
}
