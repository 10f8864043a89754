package ops

import "encoding/binary"

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

func (glumul) run(d *Desc, ram, rom []byte) {
	t := rom[uint64(d.W)*LeafSize:][:GluTableLeaves*LeafSize]
	L, n := d.In.RowLeaves(), d.In.RowLen()
	for row := uint64(0); row < d.In.Rows(); row++ {
		g := ram[(uint64(d.In.Addr)+row*L)*LeafSize:][:n]
		u := ram[(uint64(d.In2.Addr)+row*L)*LeafSize:][:n]
		for e := range g {
			k := lutIndex(int8(g[e]))
			u[e] = gluOut(d, int32(int16(binary.BigEndian.Uint16(t[2*k:]))), int8(u[e]))
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
