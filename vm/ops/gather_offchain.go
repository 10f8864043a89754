package ops

import "encoding/binary"

// The Go-only part of gather.go, which has no Solidity twin (see doc.go):
// the fast path, the trace rebuild bound, the (empty) data rule and the op
// name of Gather, and the index-table encoder.

func (gather) name() string { return "gather" }

// validateData: every index table is valid (docs/spec.md §6.11 has no data
// rule: an index outside the sources selects the fill value).
func (gather) validateData(*Desc, []byte) error { return nil }

func (gather) writtenThrough(d *Desc, i uint64) uint64 {
	return elemEnd(d.Out, i, d.Out.RowLen()-1)
}

func (gather) run(d *Desc, ram, rom []byte) {
	tab := rom[uint64(d.W)*LeafSize:]
	n := d.Out.RowLen()
	for i := uint64(0); i < d.Out.Rows(); i++ {
		out := ram[(uint64(d.Out.Addr)+i*d.Out.RowLeaves())*LeafSize:][:n]
		for j := range out {
			e := i*n + uint64(j)
			k := int64(int32(binary.BigEndian.Uint32(tab[4*e:])))
			if src, se, ok := gatherSource(d, k); ok {
				leaf, off := elemAddr(src, se)
				out[j] = ram[leaf*LeafSize+uint64(off)]
			} else {
				out[j] = byte(d.ZIn)
			}
		}
	}
}

// PutGatherTable encodes a Gather index table into b
// (GatherTableLeaves(len(idx)) leaves): entry e, big-endian, at bytes
// [4e, 4e+4).
func PutGatherTable(b []byte, idx []int32) {
	for e, k := range idx {
		binary.BigEndian.PutUint32(b[4*e:], uint32(k))
	}
}
