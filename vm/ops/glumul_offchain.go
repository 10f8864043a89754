package ops

import (
	"encoding/binary"

	"github.com/opml-dev/opml/vm/fixedpoint"
)

// The Go-only part of glumul.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of GluMul, and the table encoder.

func (glumul) name() string { return "glumul" }

// validateData: every table is valid (docs/spec.md §6.18 has no data
// rule).
func (glumul) validateData(*Desc, []byte) error { return nil }

func (glumul) writtenThrough(d *Desc, i uint64) uint64 {
	return elemEnd(d.Out, i, d.Out.RowLen()-1)
}

// run: the table decoded once, indexed by the gate's byte.
func (glumul) run(d *Desc, ram, rom []byte) {
	t := rom[uint64(d.W)*LeafSize:][:GluTableLeaves*LeafSize]
	var silu [256]int32 // silu[byte(g)] = T[g + 128]
	for v := range silu {
		silu[v] = int32(int16(binary.BigEndian.Uint16(t[2*lutIndex(int8(v)):])))
	}
	o := fixedpoint.NewOutput(d.MulOut, d.ShOut, d.ZOut, d.Lo, d.Hi)
	L, n := d.In.RowLeaves(), d.In.RowLen()
	for row := uint64(0); row < d.In.Rows(); row++ {
		g := ram[(uint64(d.In.Addr)+row*L)*LeafSize:][:n]
		u := ram[(uint64(d.In2.Addr)+row*L)*LeafSize:][:n]
		for e := range g {
			u[e] = byte(o.Apply(silu[g[e]] * (int32(int8(u[e])) - int32(d.ZIn2))))
		}
	}
}

// PutGluTable encodes a GluMul table into b (GluTableLeaves leaves): entry
// g + 128, big-endian int16, at bytes [2(g + 128), +2).
func PutGluTable(b []byte, table *[256]int16) {
	for k, v := range table {
		binary.BigEndian.PutUint16(b[2*k:], uint16(v))
	}
}
