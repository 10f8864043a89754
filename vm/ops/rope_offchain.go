package ops

import (
	"encoding/binary"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// The Go-only part of rope.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Rope, and the table encoder.

func (rope) name() string { return "rope" }

// validateData: every table is valid (docs/spec.md §6.17 has no data
// rule: any int16 cos and sin give a defined rotation).
func (rope) validateData(*Desc, []byte) error { return nil }

func (rope) writtenThrough(d *Desc, i uint64) uint64 {
	return leafEnd(d.Out, (i+1)*d.Out.RowLeaves()-1)
}

// run: pair by pair over each row, each pair read before it is written
// (Out is In or disjoint from it).
func (rope) run(d *Desc, ram, rom []byte) {
	L, n := d.In.RowLeaves(), d.In.RowLen()
	H := RopeHalves(n)
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	z := int32(d.ZIn)
	for i := uint64(0); i < d.In.Rows(); i++ {
		x := ram[(uint64(d.In.Addr)+i*L)*LeafSize:][:n]
		out := ram[(uint64(d.Out.Addr)+i*L)*LeafSize:][:n]
		for p := uint64(0); p < n/2; p++ {
			cos, sin := ropeAngle(leafAt(rom, uint64(d.W)+i*H+p/RopePairs), int(p%RopePairs))
			a, b := int32(int8(x[2*p]))-z, int32(int8(x[2*p+1]))-z
			out[2*p], out[2*p+1] = byte(o.Apply(a*cos-b*sin)), byte(o.Apply(a*sin+b*cos))
		}
	}
}

// RopeTableLeaves is the size in ROM of a Rope table for rows rows of n
// elements: rows·RopeHalves(n) leaves.
func RopeTableLeaves(rows, n uint64) uint64 { return rows * RopeHalves(n) }

// PutRopeTable encodes a Rope table into b (RopeTableLeaves(rows, n)
// leaves) for rows of n elements: cos[i][p] and sin[i][p] (Q14) are pair
// p's of row i, len(cos[i]) = n/2. Unused pairs of a row's last leaf are
// zero.
func PutRopeTable(b []byte, cos, sin [][]int16, n uint64) {
	H := RopeHalves(n)
	for i := range cos {
		for h := uint64(0); h < H; h++ {
			leaf := b[(uint64(i)*H+h)*LeafSize:][:LeafSize]
			clear(leaf)
			for t := uint64(0); t < RopePairs && RopePairs*h+t < uint64(len(cos[i])); t++ {
				p := RopePairs*h + t
				binary.BigEndian.PutUint16(leaf[2*t:], uint16(cos[i][p]))
				binary.BigEndian.PutUint16(leaf[2*RopePairs+2*t:], uint16(sin[i][p]))
			}
		}
	}
}
