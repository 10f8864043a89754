package ops

import "encoding/binary"

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

func (rope) run(d *Desc, ram, rom []byte) {
	L, n := d.In.RowLeaves(), d.In.RowLen()
	H := RopeHalves(n)
	for i := uint64(0); i < d.In.Rows(); i++ {
		for h := uint64(0); h < H; h++ {
			x := *leafAt(ram, uint64(d.In.Addr)+i*L+h/2)
			ropeLanes(d, &x, leafAt(rom, uint64(d.W)+i*H+h), leafAt(ram, uint64(d.Out.Addr)+i*L+h/2), h, ropePairs(n, h))
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
